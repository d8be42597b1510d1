"""Generate docs/rules/ from the rule modules (their docstrings and examples).

Writes ``docs/rules/index.md`` (a table of all rules) and one page per rule
(``docs/rules/FC101.md`` …), and deletes pages of rules that no longer exist.

Run ``python scripts/gen_rule_docs.py``; with ``--check`` it writes nothing and exits 1 when a
page is missing, stale or left over. ``tests/test_rules.py`` fails in that case.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from figcheck.rules import RULE_MODULES
from figcheck.rules.docs import rule_pages

RULES_DIR = Path(__file__).resolve().parent.parent / "docs" / "rules"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the pages; with ``--check``, only report the ones that are not up to date."""
    args = sys.argv[1:] if argv is None else argv
    pages = rule_pages(RULE_MODULES)
    if "--check" in args:
        return report(stale_pages(pages, RULES_DIR))
    write_pages(pages, RULES_DIR)
    return 0


def stale_pages(pages: Mapping[str, str], directory: Path) -> list[str]:
    """Names of the pages that are missing or differ, and of leftover ``.md`` files."""
    stale = [name for name, text in pages.items() if _read(directory / name) != text]
    return stale + [path.name for path in _leftovers(pages, directory)]


def write_pages(pages: Mapping[str, str], directory: Path) -> None:
    """Write every page that changed and delete the leftover ones."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        if _read(directory / name) != text:
            (directory / name).write_text(text, encoding="utf-8")
    for path in _leftovers(pages, directory):
        path.unlink()


def report(stale: Sequence[str]) -> int:
    """Print what is stale; 1 when anything is, else 0."""
    if not stale:
        print(f"{RULES_DIR} is up to date")
        return 0
    print(f"{RULES_DIR}: stale: {', '.join(stale)}; run python scripts/gen_rule_docs.py")
    return 1


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _leftovers(pages: Mapping[str, str], directory: Path) -> list[Path]:
    """Markdown files in ``directory`` that no rule generates any more."""
    return sorted(p for p in directory.glob("*.md") if p.name not in pages)


if __name__ == "__main__":
    raise SystemExit(main())
