"""SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDE viewers) import.

One run, whose driver lists the rules with their documentation (the same Markdown as
``figcheck explain``) so a viewer can show why a figure was flagged without leaving the page.
Severities map to levels error → ``error``, warning → ``warning``, info → ``note``.

Positions: ``columnKind`` is ``unicodeCodePoints`` because figcheck counts columns in
characters (SARIF's default is UTF-16 code units); ``endColumn`` is the column just after the
figure, as SARIF defines it. Relative paths become relative URIs against ``%SRCROOT%``, the
base id GitHub and CodeQL use for the checkout; absolute paths become ``file:`` URIs. Each
result carries the finding's evidence under ``properties.evidence``, in the same shape as the
JSON format. Files that could not be read are tool execution notifications, and make
``executionSuccessful`` false. A finding with a suggested fix (``figcheck.lint.fixes``) carries
it as SARIF ``fixes``: one replacement of the figure's region with the expected figure.
"""

from __future__ import annotations

import inspect
import json
import ntpath
import posixpath
from pathlib import PurePosixPath, PureWindowsPath
from types import ModuleType
from urllib.parse import quote

from figcheck.lint.fixes import Edit, edit_for
from figcheck.lint.reporters._common import JsonObject, error_reason, evidence_data, tool_version
from figcheck.lint.results import FileResult, Located, RunResult
from figcheck.model import Finding, Severity
from figcheck.rules import RULE_MODULES
from figcheck.rules.docs import docstring_sections, render_rule, sentence

#: The OASIS address of the SARIF 2.1.0 schema (errata 01), as ``$schema``.
SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: Where people can read about the tool (``tool.driver.informationUri``).
INFORMATION_URI = "https://pypi.org/project/figcheck/"
#: The symbolic root relative paths are resolved against.
SOURCE_ROOT = "%SRCROOT%"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(run: RunResult, *, color: bool = False) -> str:
    """The run as a SARIF log (``color`` is accepted and ignored)."""
    return json.dumps(log(run), indent=2, ensure_ascii=False) + "\n"


def log(run: RunResult) -> JsonObject:
    """The SARIF log as plain data, before serialisation."""
    rules = _rules(run)
    index = {str(rule["id"]): i for i, rule in enumerate(rules)}
    sarif_run: JsonObject = {
        "tool": {"driver": _driver(rules)},
        "invocations": [_invocation(run)],
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(located, index, result.source)
            for result in run.files
            for located in result.findings
        ],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [sarif_run]}


def _driver(rules: list[JsonObject]) -> JsonObject:
    return {
        "name": "figcheck",
        "version": tool_version(),
        "informationUri": INFORMATION_URI,
        "rules": rules,
    }


def _rules(run: RunResult) -> list[JsonObject]:
    """The rules that ran (all of them when the run does not say), plus any rule a finding
    names that the registry does not know, so that every ``ruleIndex`` resolves."""
    used = set(run.rules_used)
    known = [m for m in RULE_MODULES if not used or m.RULE.code in used]
    rules = [_registered_rule(module) for module in known]
    codes = {module.RULE.code for module in known}
    for located in run.findings:
        if located.finding.code not in codes:
            codes.add(located.finding.code)
            rules.append(_unregistered_rule(located.finding))
    return rules


def _registered_rule(module: ModuleType) -> JsonObject:
    rule = module.RULE
    help_markdown = render_rule(module)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": sentence(rule.summary)},
        "fullDescription": {"text": _full_description(module)},
        "help": {"text": help_markdown, "markdown": help_markdown},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"severity": str(rule.severity), "since": rule.since},
    }


def _unregistered_rule(finding: Finding) -> JsonObject:
    """A rule from outside the registry: only what its findings tell about it."""
    return {
        "id": finding.code,
        "name": finding.name,
        "defaultConfiguration": {"level": _LEVELS[finding.severity]},
    }


def _full_description(module: ModuleType) -> str:
    """The docstring's "What it does" section when it comes first, else its title line."""
    title, _, body = inspect.cleandoc(module.__doc__ or "").partition("\n")
    sections = docstring_sections(body)
    if sections and sections[0][0] == "What it does":
        return sections[0][1]
    return sentence(title.split(": ", 1)[-1])


def _result(located: Located, rule_index: dict[str, int], source: str) -> JsonObject:
    finding = located.finding
    data: JsonObject = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical_location(located)}],
        "properties": {
            "name": finding.name,
            "severity": str(finding.severity),
            "evidence": evidence_data(finding.evidence),
        },
    }
    edit = edit_for(located, source)
    if edit is not None:
        data["fixes"] = [_fix(edit, located)]
    return data


def _fix(edit: Edit, located: Located) -> JsonObject:
    """The SARIF ``fix``: the figure's region replaced by the expected figure."""
    change = {
        "artifactLocation": artifact_location(located.path),
        "replacements": [
            {
                "deletedRegion": _physical_location(located)["region"],
                "insertedContent": {"text": edit.replacement},
            }
        ],
    }
    safety = "safe" if edit.safe else "review"
    description = f"Replace {edit.original!r} with {edit.replacement!r} ({safety})"
    return {"description": {"text": description}, "artifactChanges": [change]}


def _physical_location(located: Located) -> JsonObject:
    start, end = located.start, located.end
    region: JsonObject = {
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "charOffset": start.offset,
        "charLength": end.offset - start.offset,
    }
    return {"artifactLocation": artifact_location(located.path), "region": region}


def _invocation(run: RunResult) -> JsonObject:
    return {
        "executionSuccessful": not run.errors,
        "toolExecutionNotifications": [_unreadable(result) for result in run.errors],
    }


def _unreadable(result: FileResult) -> JsonObject:
    location = {"physicalLocation": {"artifactLocation": artifact_location(result.path)}}
    return {"level": "error", "message": {"text": error_reason(result)}, "locations": [location]}


def artifact_location(path: str) -> JsonObject:
    """A path as SARIF wants it: a ``file:`` URI when absolute, else a relative URI with
    forward slashes, percent-encoded, against ``%SRCROOT%``."""
    if posixpath.isabs(path):
        return {"uri": PurePosixPath(path).as_uri()}
    if ntpath.isabs(path) and ntpath.splitdrive(path)[0]:
        return {"uri": PureWindowsPath(path).as_uri()}
    relative = path.replace("\\", "/")
    return {"uri": quote(relative, safe="/"), "uriBaseId": SOURCE_ROOT}
