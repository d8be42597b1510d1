"""Rule documentation rendered from the rule modules, so the docs cannot drift from the code."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from types import ModuleType

from figcheck.rules._rule import Example, Rule


def render_rule(module: ModuleType) -> str:
    """One rule's documentation in Markdown: header, docstring sections, runnable examples."""
    rule: Rule = module.RULE
    title, _, body = inspect.cleandoc(module.__doc__ or "").partition("\n")
    lines = [f"## {rule.code} {rule.name}", "", f"*{rule.severity}* · since {rule.since}", ""]
    lines += [title.split(": ", 1)[-1].rstrip(".").capitalize() + ".", ""]
    for section, text in _sections(body):
        if section != "Example":
            lines += [f"### {section}", "", text, ""]
    lines += ["### Example", "", *_example("Flagged", module.BAD), *_example("Clean", module.GOOD)]
    return "\n".join(lines).rstrip() + "\n"


def render_rules_page(modules: Iterable[ModuleType]) -> str:
    """The whole rules page."""
    parts = [
        "# Rules",
        "",
        "Generated from the rule modules by `scripts/gen_rule_docs.py`; do not edit by hand.",
        "Each example is executed by the test suite: the flagged text must raise exactly that",
        "rule's code, the clean text nothing at all.",
        "",
    ]
    parts += [render_rule(module) for module in modules]
    return "\n".join(parts)


def _sections(body: str) -> list[tuple[str, str]]:
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
    return [f"{label}{date}:", "", "```text", example.text, "```", ""]
