"""``figcheck.detect``, as documented before the layers had packages of their own: the
language detection figcheck uses, now ``figcheck.reading.detect``."""

from figcheck.reading.detect import LANGUAGES, detect_language

__all__ = ["LANGUAGES", "detect_language"]
