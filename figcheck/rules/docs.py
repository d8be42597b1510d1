"""Rule documentation rendered from the rule modules, so the docs cannot drift from the code.

``render_rule`` gives one rule's standalone page (``docs/rules/FC101.md`` …, and what
``figcheck explain FC101`` prints); ``render_index`` the table of all rules
(``docs/rules/index.md``); ``rule_pages`` both, keyed by file name, for
``scripts/gen_rule_docs.py``.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from types import ModuleType

from figcheck.rules import RULE_MODULES, rule_module
from figcheck.rules._rule import Example, Rule

INDEX_PAGE = "index.md"

_INDEX_INTRO = (
    "# Rules",
    "",
    "Generated from the rule modules by `scripts/gen_rule_docs.py`; do not edit by hand.",
    "Each rule's examples are executed by the test suite: the flagged text must raise exactly",
    "that rule's code, the clean text nothing at all. `figcheck explain CODE` prints a rule's",
    "page in the terminal.",
    "",
    "| code | name | severity | summary |",
    "| --- | --- | --- | --- |",
)


def explain(code_or_name: str) -> str:
    """The documentation page of the rule with this code or name (``FC103``, ``magnitude-slip``).

    Raises ``KeyError`` naming the known codes when there is no such rule.
    """
    try:
        module = rule_module(code_or_name)
    except KeyError:
        known = ", ".join(m.RULE.code for m in RULE_MODULES)
        raise KeyError(f"unknown rule {code_or_name!r}; known rules: {known}") from None
    return render_rule(module)


def page_name(module: ModuleType) -> str:
    """The file name of a rule's page inside ``docs/rules/``, such as ``FC101.md``."""
    return f"{module.RULE.code}.md"


def rule_pages(modules: Iterable[ModuleType]) -> dict[str, str]:
    """Every generated page of ``docs/rules/``, keyed by file name: the index, then each rule."""
    modules = tuple(modules)
    pages = {INDEX_PAGE: render_index(modules)}
    pages.update((page_name(module), render_rule(module)) for module in modules)
    return pages


def render_index(modules: Iterable[ModuleType]) -> str:
    """The rules index: one table row per rule, its code linking to its page."""
    rows = [_index_row(module) for module in modules]
    return "\n".join([*_INDEX_INTRO, *rows]) + "\n"


def render_rule(module: ModuleType) -> str:
    """One rule's standalone page in Markdown: title, docstring sections, runnable examples."""
    rule: Rule = module.RULE
    title, _, body = inspect.cleandoc(module.__doc__ or "").partition("\n")
    lines = [f"# {rule.code} {rule.name}", ""]
    lines += [f"**Severity:** {rule.severity} · **Since:** {rule.since}", ""]
    lines += [sentence(title.split(": ", 1)[-1]), ""]
    for section, text in docstring_sections(body):
        if section != "Example":
            lines += [f"## {section}", "", text, ""]
    lines += ["## Example", "", *_example("Flagged", module.BAD), *_example("Clean", module.GOOD)]
    return "\n".join(lines).rstrip() + "\n"


def _index_row(module: ModuleType) -> str:
    rule: Rule = module.RULE
    link = f"[{rule.code}]({page_name(module)})"
    return f"| {link} | {rule.name} | {rule.severity} | {sentence(rule.summary)} |"


def sentence(text: str) -> str:
    """``text`` with a capital first letter and one final full stop (the rest left as written)."""
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] + "."


def docstring_sections(body: str) -> list[tuple[str, str]]:
    """Split "Heading\\n    indented text" blocks of a rule docstring."""
    sections: list[tuple[str, list[str]]] = []
    for line in body.strip().splitlines():
        if line and not line.startswith(" "):
            sections.append((line.strip(), []))
        elif sections:
            sections[-1][1].append(line.strip())
    return [(name, " ".join(t for t in text if t)) for name, text in sections]


def _example(label: str, example: Example) -> list[str]:
    date = f" (document date {example.date})" if example.date else " (no document date)"
    return [f"{label}{date}:", "", "```text", example.text.rstrip("\n"), "```", ""]
