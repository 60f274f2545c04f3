"""Suppression comments and the front matter `medlint: ignore` key, applied by the engine after the rules."""

from __future__ import annotations

from lint.engine.suppress import suppression_comment
from tests.conftest import run_text

RULES = ["uncited-claim", "unused-suppression", "missing-suppression-reason"]


def found(text: str, **kwargs: object) -> list[tuple[int, str]]:
    report = run_text(text, select=kwargs.pop("select", RULES), **kwargs)  # type: ignore[arg-type]
    return [(f.line, f.rule) for f in report.findings]


def test_disable_next_line_covers_only_the_next_line() -> None:
    text = (
        "<!-- medlint-disable-next-line uncited-claim -- figure agreed with the reviewer -->\n"
        "About 80% of adults catch two colds a year.\n"
        "\n"
        "Zinc lozenges shorten colds by 33% in adults.\n"
    )
    assert found(text) == [(4, "uncited-claim")]


def test_disable_enable_range() -> None:
    text = (
        "About 80% of adults catch two colds a year.\n\n"
        "<!-- medlint-disable CIT001 -- quoted from the guideline below -->\n"
        "Vitamin C shortens colds by 8% in adults.\n\n"
        "Zinc lozenges shorten colds by 33% in adults.\n"
        "<!-- medlint-enable -->\n\n"
        "Echinacea halves the risk of a cold in 20% of people.\n"
    )
    assert found(text) == [(1, "uncited-claim"), (9, "uncited-claim")]


def test_a_range_without_enable_runs_to_the_end() -> None:
    text = "Intro text.\n\n<!-- medlint-disable CIT -->\nAbout 80% of adults catch two colds a year.\n"
    assert found(text) == []


def test_enable_of_one_rule_keeps_the_others_disabled() -> None:
    text = (
        "<!-- medlint-disable uncited-claim, unresolved-citation -- draft -->\n"
        "About 80% of adults catch two colds a year. [7]\n"
        "<!-- medlint-enable unresolved-citation -->\n"
        "Zinc lozenges shorten colds by 33% in adults. [9]\n\n"
        "## Sources\n\n1. Allan GM. Prevention and treatment of the common cold. CMAJ. 2014.\n"
    )
    got = found(text, select=[*RULES, "unresolved-citation"])
    assert got == [(4, "unresolved-citation")]


def test_disable_file_by_code_and_front_matter_ignore_by_name() -> None:
    body = "About 80% of adults catch two colds a year.\n"
    assert found("<!-- medlint-disable-file CIT001 -- a stub page -->\n\n" + body) == []
    front = "---\ntitle: Colds\nmedlint:\n  ignore: [uncited-claim]\n---\n\n"
    assert found(front + body) == []


def test_a_blanket_suppression_covers_every_rule() -> None:
    text = (
        "<!-- medlint-disable-next-line -- pending review -->\n"
        "About 80% of adults catch two colds a year. [4]\n\n"
        "## Sources\n\n1. Allan GM. Prevention and treatment of the common cold. CMAJ. 2014.\n"
    )
    assert found(text, select=[*RULES, "unresolved-citation"]) == []


def test_unused_suppressions_are_reported_where_they_are() -> None:
    text = (
        "This page is about colds.\n\n"
        "<!-- medlint-disable-next-line uncited-claim -- was a statistic once -->\n"
        "This page is about colds.\n"
    )
    report = run_text(text, select=RULES)
    assert [(f.line, f.column, f.rule, f.severity) for f in report.findings] == [
        (3, 1, "unused-suppression", "warning")
    ]
    assert "suppresses nothing" in report.findings[0].message


def test_unused_suppression_can_be_switched_off_for_one_file() -> None:
    text = (
        "<!-- medlint-disable-file unused-suppression -->\n"
        "<!-- medlint-disable-next-line uncited-claim -->\n"
        "This page is about colds.\n"
    )
    assert found(text) == []


def test_required_reason() -> None:
    text = "<!-- medlint-disable-next-line uncited-claim -->\nAbout 80% of adults catch two colds a year.\n"
    assert found(text) == []
    # the suppression still applies; the missing reason is its own finding
    assert found(text, config={"require_suppression_reason": True}) == [(1, "missing-suppression-reason")]


def test_suppression_keeps_fingerprints_and_positions_of_other_findings() -> None:
    plain = "About 80% of adults catch two colds a year.\n"
    base = run_text(plain, select=RULES).findings[0]
    moved = run_text("<!-- a note -->\n\n" + plain, select=RULES).findings[0]
    assert (moved.line, moved.fingerprint) == (3, base.fingerprint)


def test_html_comments_suppress_and_script_text_does_not() -> None:
    text = (
        "<html><body><main>\n"
        "<!-- medlint-disable-next-line uncited-claim -- agreed -->\n"
        "<p>About 80% of adults catch two colds a year.</p>\n"
        '<script>var s = "<!-- medlint-disable-file uncited-claim -->";</script>\n'
        "<p>Zinc lozenges shorten colds by 33% in adults.</p>\n"
        "</main></body></html>\n"
    )
    report = run_text(text, fmt="html", path="article.html", select=RULES)
    assert [(f.line, f.rule) for f in report.findings] == [(5, "uncited-claim")]


def test_disable_next_line_in_a_comment_over_several_lines_covers_the_line_after_it() -> None:
    text = (
        "<!--\n"
        "  medlint-disable-next-line uncited-claim --\n"
        "  figure agreed with the reviewer\n"
        "-->\n"
        "About 80% of adults catch two colds a year.\n"
        "\n"
        "Zinc lozenges shorten colds by 33% in adults.\n"
    )
    assert found(text) == [(7, "uncited-claim")]


def test_front_matter_ignore_as_one_name_and_where_its_problems_are_reported() -> None:
    body = "About 80% of adults catch two colds a year.\n"
    assert found("---\ntitle: Colds\nmedlint: {ignore: CIT001}\n---\n\n" + body) == []
    # an ignore that suppresses nothing is reported on the `medlint:` key, not at the top of the file
    report = run_text(
        "---\ntitle: Colds\nmedlint:\n  ignore: [uncited-claim]\n---\n\nThis page is about colds.\n", select=RULES
    )
    assert [(f.line, f.column, f.end_line, f.end_column, f.rule) for f in report.findings] == [
        (3, 1, 3, 9, "unused-suppression")
    ]
    malformed = run_text("---\ntitle: Colds\nmedlint:\n  ignore: 3\n---\n\n" + body, select=RULES)
    assert [(f.line, f.column, f.rule) for f in malformed.findings] == [
        (3, 1, "unused-suppression"),
        (7, 1, "uncited-claim"),
    ]
    assert "should be `{ignore: [rule, ...]}`" in malformed.findings[0].message


def test_a_disable_right_before_the_text_on_its_line_covers_it() -> None:
    text = "Colds are common in winter. <!-- medlint-disable uncited-claim -- agreed -->About 80% of adults catch two colds a year.\n"
    assert found(text) == [(1, "uncited-claim")]  # the sentence before the comment is still checked


def test_one_comment_may_name_several_rules() -> None:
    text = (
        "<!-- medlint-disable-next-line uncited-claim, CIT002 -- pending review -->\n"
        "About 80% of adults catch two colds a year. Zinc shortens colds by 33% in adults. [4]\n\n"
        "## Sources\n\n1. Allan GM. Prevention and treatment of the common cold. CMAJ. 2014.\n"
    )
    config = {"citation_scope": "sentence"}
    assert found(text, select=[*RULES, "unresolved-citation"], config=config) == []
    both = found(text.replace("uncited-claim, CIT002", "CIT002"), select=[*RULES, "unresolved-citation"], config=config)
    assert both == [(2, "uncited-claim")]


def test_an_html_directive_after_another_comment_covers_the_line_after_its_end() -> None:
    text = (
        "<html><body><main><!-- a note for editors -->\n"
        "<!--\n  medlint-disable-next-line uncited-claim -- agreed\n-->\n"
        "<p>About 80% of adults catch two colds a year.</p>\n"
        "<p>Zinc lozenges shorten colds by 33% in adults.</p>\n</main></body></html>\n"
    )
    report = run_text(text, fmt="html", path="article.html", select=RULES)
    assert [(f.line, f.rule) for f in report.findings] == [(6, "uncited-claim")]


def test_comments_in_code_are_not_directives_and_do_not_hide_those_before_them() -> None:
    claim = "About 80% of adults catch two colds a year.\n"
    indented = "Write this to switch the check off:\n\n    <!-- medlint-disable-file uncited-claim -->\n\n"
    assert found(indented + claim) == [(5, "uncited-claim")]
    fenced = "```html\n<!-- medlint-disable-file uncited-claim -->\n```\n\n"
    assert found(fenced + claim) == [(5, "uncited-claim")]
    before = "<!-- medlint-disable-next-line uncited-claim -- agreed -->\n" + claim + "\n```\ncode\n```\n"
    assert found(before) == []


def test_an_unused_html_comment_is_reported_at_its_column() -> None:
    text = "<html><body><main>\n<p>This page is about colds.</p>   <!-- medlint-disable-file uncited-claim -->\n</main></body></html>\n"
    report = run_text(text, fmt="html", path="article.html", select=RULES)
    assert [(f.line, f.column, f.rule) for f in report.findings] == [(2, 36, "unused-suppression")]


def test_messages_name_the_suppression_as_written() -> None:
    def messages(text: str) -> list[str]:
        return [f.message for f in run_text(text, select=RULES).findings]

    page = "This page is about colds.\n"
    assert messages("<!-- medlint-disable-next-line uncited-claim, CIT001 -- old -->\n" + page) == [
        "`medlint-disable-next-line` uncited-claim, CIT001 suppresses nothing"
    ]
    assert messages("<!-- medlint-disable CIT001 -- old -->\n" + page) == [
        "`medlint-disable` CIT001 suppresses nothing"
    ]
    assert messages("---\nmedlint:\n  ignore: [CIT001]\n---\n\n" + page) == [
        "front matter `medlint: ignore` suppresses nothing"
    ]


def test_the_rest_of_a_range_stays_disabled_until_its_own_enable() -> None:
    text = (
        "<!-- medlint-disable uncited-claim, unresolved-citation -- draft -->\n"
        "About 80% of adults catch two colds a year. [7]\n"
        "<!-- medlint-enable unresolved-citation -->\n"
        "Zinc lozenges shorten colds by 33% in adults. [9]\n\n"
        "Vitamin C cuts the length of colds by 8% in adults.\n\n"
        "<!-- medlint-enable -->\n"
        "Steam inhalation eases a blocked nose in 6 of 10 adults.\n\n"
        "## Sources\n\n1. Allan GM. Prevention and treatment of the common cold. CMAJ. 2014.\n"
    )
    got = found(text, select=[*RULES, "unresolved-citation"])
    assert got == [(4, "unresolved-citation"), (9, "uncited-claim")]


def test_an_empty_comment_between_two_lists_does_not_hide_the_directives_after_it() -> None:
    text = (
        "Pack for the trip:\n\n- a scarf\n\n<!---->\n\n- gloves\n\n"
        "<!-- medlint-disable-next-line uncited-claim -- figure agreed with the reviewer -->\n"
        "About 80% of adults catch two colds a year.\n"
    )
    assert found(text) == []


def test_two_ranges_of_one_rule_each_cover_their_own_lines() -> None:
    text = (
        "<!-- medlint-disable uncited-claim -- quoted from the guideline -->\n"
        "About 80% of adults catch two colds a year.\n"
        "<!-- medlint-enable uncited-claim -->\n\n"
        "Zinc lozenges shorten colds by 33% in adults.\n\n"
        "<!-- medlint-disable uncited-claim -- quoted from the guideline -->\n"
        "Vitamin C shortens colds by 8% in adults.\n"
        "<!-- medlint-enable uncited-claim -->\n"
        "<!-- medlint-enable uncited-claim -->\n"
    )
    report = run_text(text, select=RULES)
    assert [(f.line, f.rule) for f in report.findings] == [(5, "uncited-claim"), (10, "unused-suppression")]
    assert "has no matching `medlint-disable` before it" in report.findings[1].message


def test_a_directive_right_after_another_comment_or_right_above_code_applies() -> None:
    claim = "About 80% of adults catch two colds a year.\n"
    back_to_back = "<!-- a note for editors --><!-- medlint-disable-next-line uncited-claim -- agreed -->\n" + claim
    assert found(back_to_back) == []
    above_code = "<!-- medlint-disable-file uncited-claim -- a stub page -->\n```\nmedlint check .\n```\n\n" + claim
    assert found(above_code) == []


def test_the_comment_the_editor_inserts_silences_the_line_below_it() -> None:
    text = "Colds are common.\n\nAbout 80% of adults catch two colds a year.\n"
    (finding,) = run_text(text, select=RULES).findings
    lines = text.splitlines(keepends=True)
    lines.insert(finding.line - 1, suppression_comment(finding.rule))
    assert found("".join(lines)) == []
    assert found("".join(lines), config={"require_suppression_reason": True}) == []


def test_every_unknown_name_is_a_finding_of_its_own() -> None:
    text = (
        "<!-- medlint-disable-next-line uncited-claims, CIT999 -- agreed -->\n"
        "About 80% of adults catch two colds a year.\n\n"
        "<!-- medlint-disable-next-line CIT999 -- agreed -->\n"
        "Zinc lozenges shorten colds by 33% in adults.\n"
    )
    findings = run_text(text, select=["unused-suppression"]).findings
    assert sorted((f.line, f.message.rsplit(" names ", 1)[1]) for f in findings) == [
        (1, "unknown rule or code 'CIT999'; see 'medlint rules'"),
        (1, "unknown rule or code 'uncited-claims'; see 'medlint rules'"),
        (4, "unknown rule or code 'CIT999'; see 'medlint rules'"),
    ]
    # a baseline tells findings apart by fingerprint: fixing one name must not hide the others
    assert len({f.fingerprint for f in findings}) == 3
