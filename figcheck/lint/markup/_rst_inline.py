"""reST inline markup: which characters of a paragraph's source text are prose.

docutils resolves inline markup without saying where each piece came from, so this small
tokenizer reads the source text of a located paragraph again. It recognises (in a simplified
form of the reST inline markup recognition rules)::

    literal      := "``" TEXT "``"                 dropped
    role         := ":" NAME ":" "`" TEXT "`"      TEXT kept (less a "<target>"), dropped whole
                  | "`" TEXT "`" ":" NAME ":"      for code-like roles (CODE_ROLES, "py:func")
    reference    := "`" TEXT "`" ("_" | "__")      TEXT kept less its " <url>"
    interpreted  := "`" TEXT "`"                    TEXT kept
    target       := "_`" TEXT "`"                   TEXT kept
    strong       := "**" TEXT "**"                  TEXT kept
    emphasis     := "*" TEXT "*"                    TEXT kept
    substitution := "|" TEXT "|" ["_" | "__"]      dropped (its definition is not prose)
    footnote     := "[" LABEL "]_"                  dropped
    name_ref     := WORD ("_" | "__")               WORD kept
    escape       := "\\" CHAR                       CHAR kept; a backslash before whitespace is
                                                    dropped with it

A start-string follows the start of the text, whitespace or opening punctuation, and precedes
non-whitespace; an end-string follows non-whitespace and precedes the end, whitespace or closing
punctuation. A start-string without its end-string is text. Inline markup does not nest. Every
kind of end-string is found once with one regex and looked up by bisection, so a paragraph full
of unmatched start-strings is still read in n log n.
"""

from __future__ import annotations

import re
from bisect import bisect_left

#: What may stand before a start-string (besides the start of the text).
BEFORE_START = frozenset(" \t\r\n\u00a0'\"([{<-/:‘“«")
#: What may stand after an end-string (besides the end of the text), as a regex class.
_END_CHARS = r"""[\s'")\]}>\-/:.,;!?\\’”»]"""
_AFTER_END = rf"(?={_END_CHARS}|\Z)"
_AFTER_END_OR_UNDERSCORE = rf"(?=_|{_END_CHARS}|\Z)"

PATTERNS = {
    # The characters where markup may start; the text between two of them is kept as it is.
    "interesting": re.compile(r"[\\`*|_\[:]"),
    # End-strings, each after non-whitespace (and, but for literals, not after a backslash).
    "end_literal": re.compile(r"(?<=\S)``" + _AFTER_END),
    "end_strong": re.compile(r"(?<=[^\s\\])\*\*" + _AFTER_END),
    "end_emphasis": re.compile(r"(?<=[^\s\\*])\*" + _AFTER_END),
    "end_interpreted": re.compile(r"(?<=[^\s\\])`" + _AFTER_END_OR_UNDERSCORE),
    "end_substitution": re.compile(r"(?<=[^\s\\])\|" + _AFTER_END_OR_UNDERSCORE),
    # A role before or after interpreted text: ":ref:", ":py:func:".
    "role_prefix": re.compile(r":(?P<name>[A-Za-z0-9](?:[-_.+:]?[A-Za-z0-9]){0,63}):`"),
    "role_suffix": re.compile(r":(?P<name>[A-Za-z0-9](?:[-_.+:]?[A-Za-z0-9]){0,63}):"),
    # The underscores that make a reference: "word_", "`text`__".
    "reference_end": re.compile(r"__?" + _AFTER_END),
    # A footnote or citation reference: "[1]_", "[#note]_", "[*]_", "[CIT2002]_".
    "footnote": re.compile(
        r"\[(?:[0-9]{1,9}|\#[A-Za-z0-9_.-]{0,64}|\*|[A-Za-z][\w.-]{0,64})\]__?" + _AFTER_END
    ),
}
# fmt: off
#: Roles whose text is code or a code name, not prose.
CODE_ROLES = frozenset({
    "attr", "class", "code", "command", "const", "data", "envvar", "exc", "file", "func", "kbd",
    "keyword", "literal", "mailheader", "makevar", "math", "meth", "mimetype", "mod", "newsgroup",
    "obj", "option", "program", "raw", "regexp", "samp", "token",
})
# fmt: on

Ranges = list[tuple[int, int]]


def prose_ranges(text: str) -> Ranges:
    """The ranges of ``text`` that are prose, in order, adjacent ranges merged.

    >>> text = "See ``x = $1`` and *only* `$5 <https://x.org>`_ |sub| [1]_ here_."
    >>> "".join(text[start:end] for start, end in prose_ranges(text))
    'See  and only $5   here.'
    """
    return _Scanner(text).scan()


class _Scanner:
    """One pass over a paragraph's text, keeping ranges."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._kept: Ranges = []
        self._ends = {
            name: [match.start() for match in PATTERNS[f"end_{name}"].finditer(text)]
            for name in ("literal", "strong", "emphasis", "interpreted", "substitution")
        }

    def scan(self) -> Ranges:
        text, at = self._text, 0
        while at < len(text):
            found = PATTERNS["interesting"].search(text, at)
            stop = found.start() if found else len(text)
            self._keep(at, stop)
            if found is None:
                break
            after = self._markup(stop)
            if after is None:
                self._keep(stop, stop + 1)
                after = stop + 1
            at = after
        return self._kept

    def _markup(self, at: int) -> int | None:
        """Read the markup starting at ``at``; the offset after it, or None when there is none."""
        char = self._text[at]
        if char == "\\":
            return self._escape(at)
        if char == "_":
            return self._underscore(at)
        if not self._may_start(at):
            return None
        if char == "`":
            return self._literal(at) if self._text.startswith("``", at) else self._backquote(at)
        if char == "*":
            return self._emphasis(at)
        if char == "|":
            return self._substitution(at)
        if char == ":":
            return self._role_prefix(at)
        return self._footnote(at)

    def _escape(self, at: int) -> int:
        after = at + 2
        if after <= len(self._text) and not self._text[at + 1].isspace():
            self._keep(at + 1, after)
        return min(after, len(self._text))

    def _underscore(self, at: int) -> int | None:
        """The end of a name reference ("word_"), or the start of an inline target ("_`x`")."""
        text = self._text
        if text.startswith("_`", at) and self._may_start(at, 2):
            end = self._end("interpreted", at + 3)
            if end is not None:
                self._keep_plain(at + 2, end)
                return end + 1
        if at > 0 and text[at - 1].isalnum():
            match = PATTERNS["reference_end"].match(text, at)
            return match.end() if match else None
        return None

    def _literal(self, at: int) -> int | None:
        end = self._end("literal", at + 3)
        return None if end is None else end + 2

    def _backquote(self, at: int) -> int | None:
        """Interpreted text, a reference or a role with its name after the text."""
        end = self._end("interpreted", at + 2)
        if end is None:
            return None
        after = end + 1
        role = PATTERNS["role_suffix"].match(self._text, after)
        reference = PATTERNS["reference_end"].match(self._text, after)
        if role is not None:
            self._keep_role_text(at + 1, end, role["name"])
            return role.end()
        if reference is not None:
            self._keep_role_text(at + 1, end, "")
            return reference.end()
        self._keep_plain(at + 1, end)
        return after

    def _role_prefix(self, at: int) -> int | None:
        role = PATTERNS["role_prefix"].match(self._text, at)
        if role is None or not self._may_start(role.end() - 1):
            return None
        end = self._end("interpreted", role.end() + 1)
        if end is None:
            return None
        self._keep_role_text(role.end(), end, role["name"])
        return end + 1

    def _emphasis(self, at: int) -> int | None:
        width = 2 if self._text.startswith("**", at) else 1
        if not self._may_start(at, width):
            return None
        end = self._end("strong" if width == 2 else "emphasis", at + width + 1)
        if end is None:
            return None
        self._keep_plain(at + width, end)
        return end + width

    def _substitution(self, at: int) -> int | None:
        end = self._end("substitution", at + 2)
        if end is None:
            return None
        reference = PATTERNS["reference_end"].match(self._text, end + 1)
        return reference.end() if reference else end + 1

    def _footnote(self, at: int) -> int | None:
        match = PATTERNS["footnote"].match(self._text, at)
        return match.end() if match else None

    def _keep_role_text(self, start: int, end: int, role: str) -> None:
        """Keep the text of a role or reference less an embedded target; none of a code role."""
        if role.lower() in CODE_ROLES or ":" in role:
            return
        self._keep_plain(start, _before_target(self._text, start, end))

    def _keep_plain(self, start: int, end: int) -> None:
        """Keep markup content, where only backslash escapes mean anything."""
        at = start
        while at < end:
            slash = self._text.find("\\", at, end)
            if slash < 0:
                break
            self._keep(at, slash)
            at = self._escape(slash)
        self._keep(at, end)

    def _may_start(self, at: int, width: int = 1) -> bool:
        text = self._text
        before_ok = at == 0 or text[at - 1] in BEFORE_START
        return before_ok and at + width < len(text) and not text[at + width].isspace()

    def _end(self, kind: str, at: int) -> int | None:
        """The first end-string of ``kind`` at or after ``at``."""
        ends = self._ends[kind]
        index = bisect_left(ends, at)
        return ends[index] if index < len(ends) else None

    def _keep(self, start: int, end: int) -> None:
        if end <= start:
            return
        if self._kept and self._kept[-1][1] == start:
            self._kept[-1] = (self._kept[-1][0], end)
        else:
            self._kept.append((start, end))


def _before_target(text: str, start: int, end: int) -> int:
    """Where the text of a reference ends: before an embedded "<target>" (and the whitespace
    before it) when ``text[start:end]`` ends with one ("Python <https://python.org>")."""
    if not text.endswith(">", start, end):
        return end
    bracket = text.rfind("<", start, end)
    if bracket < 0 or (bracket > start and not text[bracket - 1].isspace()):
        return end
    while bracket > start and text[bracket - 1].isspace():
        bracket -= 1
    return bracket
