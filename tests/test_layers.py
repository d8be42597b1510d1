"""The package's layers: imports point down, never up, and no module imports itself round.

Read from the source with ``ast`` (every import, at the top or inside a function, counts), so
the test sees what a reader of the code sees; docs/architecture.md draws the same layers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import figcheck

PACKAGE = Path(figcheck.__file__).parent

#: Each layer, bottom first, by module name or package prefix; a module may import its own
#: layer and the ones below.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "foundation",
        (
            "figcheck.model",
            "figcheck.errors",
            "figcheck.intervals",
            "figcheck.arithmetic",
            "figcheck._severity",
            "figcheck.user_cache",
            "figcheck._version",
        ),
    ),
    ("reading", ("figcheck.reading",)),
    ("rates", ("figcheck.rates",)),
    ("rules", ("figcheck.rules",)),
    ("engine", ("figcheck.checking",)),
    ("lint", ("figcheck.lint",)),
    (
        "interfaces",
        (
            "figcheck.cli",
            "figcheck.testing",
            "figcheck.strategies",
            "figcheck._strategy_languages",
            "figcheck.distributed",
            "figcheck.pytest_plugin",
            "figcheck._pytest_items",
            "figcheck.__main__",
            "figcheck.detect",
            "figcheck.rate_sources",
            "figcheck.rate_tables",
            "figcheck.rate_update",
            "figcheck",
        ),
    ),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    for index, (_name, members) in enumerate(LAYERS):
        if any(module == member or module.startswith(member + ".") for member in members):
            return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and docs/architecture.md")


def imported(module: str) -> Iterator[str]:
    """The figcheck modules ``module`` imports: ``from a.b import c`` is ``a.b.c`` when that is
    a module, else ``a.b``."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        else:
            continue
        yield from (name for name in names if name in MODULES and name != module)


GRAPH = {module: sorted(set(imported(module))) for module in MODULES}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_imports_only_its_layer_and_below(module: str) -> None:
    upward = [
        f"{target} ({LAYERS[layer_of(target)][0]})"
        for target in GRAPH[module]
        if layer_of(target) > layer_of(module) and module != "figcheck"
    ]
    assert not upward, f"{module} ({LAYERS[layer_of(module)][0]}) imports up: {upward}"


def cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph[target])))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles() -> None:
    graph = {module: [t for t in targets if t != "figcheck"] for module, targets in GRAPH.items()}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """Guards the test above: a cycle of three is found, a chain is not."""
    assert cycles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"]]
    assert cycles({"a": ["b"], "b": ["c"], "c": []}) == []


def test_each_layer_package_says_what_it_may_import() -> None:
    for package in ("reading", "rates", "rules", "lint"):
        docstring = ast.get_docstring(ast.parse((PACKAGE / package / "__init__.py").read_text()))
        assert docstring is not None
        assert "May import" in docstring, package


def test_the_catalog_lists_every_rule_the_registry_runs() -> None:
    from figcheck.rules import all_rules
    from figcheck.rules.catalog import ALL

    assert sorted(ALL, key=lambda rule: rule.code) == sorted(all_rules(), key=lambda r: r.code)
