"""Generate docs/rules.md from the rule modules (their docstrings and examples).

Run ``python scripts/gen_rule_docs.py``; ``tests/test_rules.py`` fails when the page is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from figcheck.rules import RULE_MODULES
from figcheck.rules.docs import render_rules_page

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def main() -> int:
    """Write the page; with ``--check``, only say whether it is up to date."""
    text = render_rules_page(RULE_MODULES)
    if "--check" in sys.argv[1:]:
        stale = not PAGE.exists() or PAGE.read_text(encoding="utf-8") != text
        print(f"{PAGE} is {'stale' if stale else 'up to date'}")
        return int(stale)
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
