"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines).

One ``testsuite`` for the run and one ``testcase`` per file, named by its path, so a document
shows up as one test that passed or failed. Inside a file's test case:

- each finding at or above the run's ``fail_on`` is a ``failure`` element (``type`` is the
  rule code, ``message`` the finding's message, the text its place and evidence); a file can
  hold several, though some viewers show only the first;
- findings below ``fail_on`` are listed in ``system-out``: they are reported, but they do
  not fail the test, just as they do not fail the run;
- a file that could not be read has an ``error`` element instead.

The suite's ``failures`` and ``errors`` count test cases, not findings. There is no
timestamp or duration, so the same run always renders the same bytes. Characters XML 1.0
cannot carry are replaced with ``�``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from figcheck.lint.reporters._common import at_least, error_reason, evidence_data
from figcheck.lint.results import FileResult, Located, RunResult

# Everything outside the XML 1.0 ``Char`` production (control characters, lone surrogates).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Evidence keys whose value is a ``[low, high]`` pair.
_INTERVALS = frozenset({"implied", "expected"})


def render(run: RunResult, *, color: bool = False) -> str:
    """The run as a JUnit XML document (``color`` is accepted and ignored)."""
    suite = _suite(run)
    root = ET.Element("testsuites", name="figcheck")
    for key in ("tests", "failures", "errors"):
        root.set(key, suite.get(key, "0"))
    root.append(suite)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _suite(run: RunResult) -> ET.Element:
    cases = [_case(result, run) for result in run.files]
    failures = sum(1 for case in cases if case.find("failure") is not None)
    errors = sum(1 for case in cases if case.find("error") is not None)
    suite = ET.Element("testsuite", name="figcheck", tests=str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="fail_on", value=str(run.fail_on))
    suite.extend(cases)
    return suite


def _case(result: FileResult, run: RunResult) -> ET.Element:
    case = ET.Element("testcase", name=_xml(result.path), classname="figcheck")
    case.set("file", _xml(result.path))
    if result.error is not None:
        reason = _xml(error_reason(result))
        ET.SubElement(case, "error", type="unreadable", message=reason).text = reason
    failing = [f for f in result.findings if at_least(f.finding.severity, run.fail_on)]
    passing = [f for f in result.findings if not at_least(f.finding.severity, run.fail_on)]
    for located in failing:
        finding = located.finding
        failure = ET.SubElement(case, "failure", type=finding.code, message=_xml(finding.message))
        failure.text = _xml(_details(located))
    if passing:
        ET.SubElement(case, "system-out").text = _xml("\n\n".join(map(_details, passing)))
    return case


def _details(located: Located) -> str:
    """Where, what, and the evidence, one fact a line."""
    finding = located.finding
    start = located.start
    lines = [
        f"{located.path}:{start.line}:{start.column}: {finding.code} {finding.name}"
        f" ({finding.severity})",
        finding.message,
    ]
    lines += _evidence_lines(located)
    return "\n".join(lines)


def _evidence_lines(located: Located) -> list[str]:
    """``key: value`` for each piece of evidence present; intervals as ``[low, high]``, other
    lists joined with ``; `` (figures contain commas)."""
    lines = []
    for key, value in evidence_data(located.finding.evidence).items():
        if value is None or value == []:
            continue
        if isinstance(value, list):
            text = f"[{value[0]}, {value[1]}]" if key in _INTERVALS else "; ".join(value)
        else:
            text = str(value)
        lines.append(f"{key}: {text}")
    return lines


def _xml(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced, so the document stays valid."""
    return _NOT_XML.sub("�", text)
