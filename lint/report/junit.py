"""JUnit XML for CI servers: a test suite per article, a test case per article and rule, findings as failures."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from lint.model import SEVERITY_RANK, FileReport, Finding, Report
from lint.report import RenderOptions, visible

# characters XML 1.0 cannot carry at all, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    # control and bidi characters shown as marks, as in every format; what XML cannot hold, replaced
    return _NOT_XML.sub("\ufffd", visible(text))


def render(report: Report, options: RenderOptions) -> str:
    s = report.summary
    suites = ET.Element("testsuites", name="medlint")
    total_tests = total_failures = 0
    for file in report.files:
        suite, tests, failures = _suite(file)
        suites.append(suite)
        total_tests += tests
        total_failures += failures
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    suites.set("errors", "0")
    suites.set("time", "0")
    props = ET.Element("properties")
    for name, value in (
        ("medlint.version", report.tool.version),
        ("errors", s.errors),
        ("warnings", s.warnings),
        ("infos", s.infos),
        ("citation_coverage", s.citation_coverage),
    ):
        ET.SubElement(props, "property", name=name, value=str(value))
    if s.fixed is not None:
        ET.SubElement(props, "property", name="fixed", value=str(s.fixed))
    suites.insert(0, props)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _suite(file: FileReport) -> tuple[ET.Element, int, int]:
    path = _clean(file.path)
    by_rule: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in file.findings:
        by_rule[(f.code, f.rule)].append(f)
    suite = ET.Element("testsuite", name=path, errors="0", skipped="0", time="0")
    if not by_rule:  # a clean article still shows up as one passing case
        ET.SubElement(suite, "testcase", classname=path, name="medlint", time="0")
    for (code, rule), findings in sorted(by_rule.items()):
        case = ET.SubElement(suite, "testcase", classname=path, name=f"{code} {rule}", time="0")
        worst = max((f.severity for f in findings), key=SEVERITY_RANK.__getitem__)
        n = len(findings)
        failure = ET.SubElement(
            case, "failure", message=_clean(f"{n} finding{'s' if n != 1 else ''}: {findings[0].message}"), type=worst
        )
        failure.text = "\n".join(
            _clean(f"{file.path}:{f.line}:{f.column}: {f.code} {f.severity} {f.message}") for f in findings
        )
    tests = max(1, len(by_rule))
    suite.set("tests", str(tests))
    suite.set("failures", str(len(by_rule)))
    return suite, tests, len(by_rule)
