"""Fixes: what each rule's fix writes, and the guarantees every fix keeps on every fixture and generated article."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from lint.config import Config, config_from_mapping
from lint.engine import Engine, Options
from lint.engine.fixer import check_text, fix_text
from lint.fix import EditConflict, RawText, apply_edits, select_fixes
from lint.model import Edit, Fix
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent


def _engine(config: dict[str, object] | None = None) -> Engine:
    return Engine(config_from_mapping(config) if config else Config(), Options(today=TODAY))


ENGINE = _engine()


def fixed(text: str, *, unsafe: bool = False, config: dict[str, object] | None = None) -> str:
    engine = _engine(config) if config else ENGINE
    return fix_text(engine, "article.md", RawText(text), unsafe=unsafe).after.raw


def rules(text: str, engine: Engine = ENGINE) -> list[str]:
    return [f.rule for f in check_text(engine, "article.md", text)]


LIST = """
## Sources

1. [Nerve problems](https://www.cancer.gov/nerve). NCI, 2024.
2. [Peripheral neuropathy](https://www.nhs.uk/conditions/peripheral-neuropathy/). NHS, 2023.
3. [Foot care](https://www.cdc.gov/diabetes/foot-care/). CDC, 2024.
"""


# --- each rule's fix -----------------------------------------------------------------------------


def test_citation_order_renumbers_sources_and_markers_by_first_citation() -> None:
    text = (
        "Nerve damage can cause numbness in the feet. [3] It often starts in the toes. [1] [3]\n\n"
        "Foot checks every day help to find cuts early. [2, 3] Most cuts heal in a week. [1-3] [PM13]\n"
        + LIST
        + "4. [PM13] [Immune side effects](https://www.cancer.gov/immune). NCI, 2023.\n"
    )
    out = fixed(text)
    assert out == (
        "Nerve damage can cause numbness in the feet. [1] It often starts in the toes. [1] [2]\n\n"
        "Foot checks every day help to find cuts early. [1, 3] Most cuts heal in a week. [1-3] [PM13]\n\n"
        "## Sources\n\n"
        "1. [Foot care](https://www.cdc.gov/diabetes/foot-care/). CDC, 2024.\n"
        "2. [Nerve problems](https://www.cancer.gov/nerve). NCI, 2024.\n"
        "3. [Peripheral neuropathy](https://www.nhs.uk/conditions/peripheral-neuropathy/). NHS, 2023.\n"
        "4. [PM13] [Immune side effects](https://www.cancer.gov/immune). NCI, 2023.\n"
    )
    assert "citation-order" not in rules(out)


def test_citation_order_keeps_how_each_marker_separates_its_numbers() -> None:
    text = (
        "Foot checks every day help to find cuts early. [3] Numbness often starts in the toes. [1,2]\n\n"
        "Most cuts heal in a week. [1;3]\n" + LIST
    )
    out = fixed(text)
    assert out.startswith(
        "Foot checks every day help to find cuts early. [1] Numbness often starts in the toes. [2,3]\n\n"
        "Most cuts heal in a week. [1;2]\n"
    )


def test_citation_order_leaves_a_group_it_does_not_renumber_as_written() -> None:
    text = (
        "Numbness often starts in the toes. [2] Nerve pain can be sharp. [1] Shoes should fit well. [3][4]\n"
        + LIST
        + "4. [Shoes](https://www.nhs.uk/shoes/). NHS, 2022.\n"
    )
    out = fixed(text)
    assert out.startswith(
        "Numbness often starts in the toes. [1] Nerve pain can be sharp. [2] Shoes should fit well. [3][4]\n"
    )
    assert "1. [Peripheral neuropathy]" in out and "2. [Nerve problems]" in out


def test_citation_order_sorts_a_group_and_leaves_footnotes_alone() -> None:
    text = "Numbness is common after chemotherapy. [1] [2] It may last for months. [2] [1][^a]\n" + LIST
    text = text.replace("[Foot care]", "[Foot]") + "\n[^a]: A note on nerve damage.\n"
    out = fixed(text)
    assert "It may last for months. [1] [2][^a]" in out
    assert "[^a]: A note on nerve damage." in out


def test_duplicate_source_keeps_the_first_and_points_markers_at_it() -> None:
    text = (
        "Numbness usually starts in the toes. [2] Check your feet every day for cuts. [3] [4]\n"
        + LIST
        + "4. [Peripheral Neuropathy](https://nhs.uk/conditions/peripheral-neuropathy). NHS, 2023.\n"
    )
    text = text.replace("[2]", "[1]", 1).replace("[3] [4]", "[2] [4]")
    out = fixed(text)
    assert "for cuts. [2]\n" in out
    assert "4. [Peripheral Neuropathy]" not in out
    assert "duplicate-source" not in rules(out)


def test_duplicate_source_renumbers_the_entries_after_the_removed_one() -> None:
    text = (
        "Numbness usually starts in the toes. [1] Nerve pain can be sharp. [2] Shoes should fit well. [3] [4]\n"
        "\n## Sources\n\n"
        "1. [Nerve problems](https://www.cancer.gov/nerve). NCI, 2024.\n"
        "2. [Nerve Problems](https://cancer.gov/nerve/). NCI, 2024.\n"
        "3. [Foot care](https://www.cdc.gov/diabetes/foot-care/). CDC, 2024.\n"
        "4. [Shoes](https://www.nhs.uk/shoes/). NHS, 2022.\n"
    )
    out = fixed(text)
    assert "toes. [1] Nerve pain can be sharp. [1] Shoes should fit well. [2] [3]" in out
    assert "2. [Foot care]" in out and "3. [Shoes]" in out and "\n4. " not in out


def test_duplicate_source_keeps_a_list_numbered_from_zero() -> None:
    text = (
        "Numbness starts in the toes. [0] Foot checks help. [1] Shoes matter. [2]\n\n## Sources\n\n"
        "0. [Foot care](https://www.cdc.gov/foot/). CDC, 2024.\n"
        "1. [Nerve problems](https://www.cancer.gov/nerve). NCI, 2024.\n"
        "2. [Nerve problems](https://cancer.gov/nerve/). NCI, 2024.\n"
    )
    assert fixed(text) == (
        "Numbness starts in the toes. [0] Foot checks help. [1] Shoes matter. [1]\n\n## Sources\n\n"
        "0. [Foot care](https://www.cdc.gov/foot/). CDC, 2024.\n"
        "1. [Nerve problems](https://www.cancer.gov/nerve). NCI, 2024.\n"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [("[1.]", "[1]"), ("[ 3 ]", "[3]"), ("[1,,2]", "[1, 2]"), ("[3-1]", "[1-3]"), ("[,2]", "[2]")],
)
def test_malformed_citation_is_rewritten_where_the_intent_is_clear(written: str, expected: str) -> None:
    text = f"Numbness usually starts in the toes and spreads to the hands. {written}\n" + LIST
    out = fixed(text)
    assert f"to the hands. {expected}\n" in out
    assert "malformed-citation" not in rules(out)


@pytest.mark.parametrize("written", ["[1 2]", "[1.2]", "[4 and more", "[9.]"])
def test_malformed_citation_with_an_unclear_intent_is_left_alone(written: str) -> None:
    text = f"Numbness usually starts in the toes and spreads to the hands. {written}\n" + LIST
    assert fixed(text).startswith(f"Numbness usually starts in the toes and spreads to the hands. {written}\n")


def test_unused_source_is_removed_only_with_unsafe_fixes() -> None:
    text = "Numbness usually starts in the toes. [1] Check your feet for cuts. [3]\n" + LIST
    assert "2. [Peripheral neuropathy]" in fixed(text)
    out = fixed(text, unsafe=True)
    assert "Check your feet for cuts. [2]" in out
    assert "Peripheral neuropathy" not in out and "2. [Foot care]" in out
    assert "unused-source" not in rules(out)


def _fix_of(rule: str, text: str, engine: Engine = ENGINE) -> list[tuple[int, str, str | None, str | None]]:
    """Each finding of ``rule``: its line, message, and its fix's message and applicability (None: no fix)."""
    return [
        (f.line, f.message, f.fix.message if f.fix else None, f.fix.applicability if f.fix else None)
        for f in check_text(engine, "article.md", text)
        if f.rule == rule
    ]


def test_unused_and_duplicate_source_fixes_say_what_they_do() -> None:
    unused = "Numbness usually starts in the toes. [1] Check your feet for cuts. [3]\n" + LIST
    assert _fix_of("unused-source", unused) == [
        (
            6,
            "Source 2 is never cited; cite it as [2] where it supports a claim, or remove it",
            "Remove source 2 and renumber the sources after it",
            "unsafe",
        )
    ]
    repeated = (
        "Numbness usually starts in the toes. [1] Check your feet for cuts. [2] [3] [4]\n"
        + LIST
        + "4. [Nerve Problems](https://cancer.gov/nerve/). NCI, 2024.\n"
    )
    assert _fix_of("duplicate-source", repeated) == [
        (
            8,
            "Source 4 is the same as source 1, line 5: same URL; keep one entry and cite it as [1]",
            "Remove source 4, cite source 1 instead, and renumber",
            "safe",
        )
    ]


def test_a_labelled_entry_is_reported_but_left_to_the_editor() -> None:
    unused = (
        "Numbness usually starts in the toes. [1] Check your feet for cuts. [2] [3]\n"
        + LIST
        + "4. [PM13] [Immune side effects](https://www.cancer.gov/immune). NCI, 2023.\n"
    )
    assert _fix_of("unused-source", unused) == [
        (8, "Source PM13 is never cited; cite it as [PM13] where it supports a claim, or remove it", None, None)
    ]
    assert fixed(unused, unsafe=True) == unused
    repeated = (
        "Numbness usually starts in the toes. [PM13] Check your feet for cuts. [1] [2] [3] [4]\n"
        + LIST
        + "4. [Immune side effects](https://www.cancer.gov/immune). NCI, 2023.\n"
        + "5. [PM13] [Immune side effects](https://www.cancer.gov/immune). NCI, 2023.\n"
    )
    assert _fix_of("duplicate-source", repeated) == [
        (9, "Source PM13 is the same as source 4, line 8: same URL; keep one entry and cite it as [4]", None, None)
    ]
    assert fixed(repeated, unsafe=True) == repeated


DISCLAIMER = "This article is for general information only and is not a substitute for professional medical advice."


def test_missing_disclaimer_is_added_only_when_configured_and_unsafe() -> None:
    text = "# Foot care\n\nCheck your feet every day for cuts. [1]\n\n## Sources\n\n1. [Foot care](https://www.cdc.gov/f/).\n"
    config = {"disclaimer_text": DISCLAIMER}
    assert fixed(text, unsafe=True) == text
    assert fixed(text, config=config) == text
    assert _fix_of("missing-disclaimer", text, _engine(config))[0][2:] == ("Add the configured disclaimer", "unsafe")
    out = fixed(text, unsafe=True, config=config)
    assert out == text + f"\n## Disclaimer\n\n{DISCLAIMER}\n"
    assert "missing-disclaimer" not in rules(out, _engine(config))


def test_missing_disclaimer_fills_an_empty_disclaimer_heading() -> None:
    text = "# Foot care\n\nCheck your feet every day for cuts. [1]\n\n## Disclaimer\n\n## Sources\n\n1. [Foot care](https://www.cdc.gov/f/).\n"
    out = fixed(text, unsafe=True, config={"disclaimer_text": DISCLAIMER})
    assert f"## Disclaimer\n\n{DISCLAIMER}\n\n## Sources" in out


def test_a_disclaimer_text_the_rule_would_not_accept_is_never_added() -> None:
    text = "# Foot care\n\nCheck your feet every day for cuts. [1]\n\n## Sources\n\n1. [Foot care](https://www.cdc.gov/f/).\n"
    assert fixed(text, unsafe=True, config={"disclaimer_text": "Stay well!"}) == text


def test_unused_suppression_comment_is_removed_with_its_line() -> None:
    text = (
        "<!-- medlint-disable-next-line uncited-claim -- checked with the reviewer -->\n"
        "Numbness usually starts in the toes. [1]\n" + LIST
    )
    assert fixed(text).startswith("Numbness usually starts in the toes. [1]\n")


def test_an_unknown_rule_is_removed_from_a_suppression_that_names_others() -> None:
    text = (
        "<!-- medlint-disable-next-line uncited-claim, no-such-rule -- agreed -->\n"
        "Numbness often lasts for months after treatment ends.\n" + LIST.replace("1. [Nerve", "1. [Nerve")
    )
    out = fixed(text)
    assert out.startswith("<!-- medlint-disable-next-line uncited-claim -- agreed -->\n")


def test_an_unknown_rule_in_the_front_matter_ignore_is_left_to_the_editor() -> None:
    front = "---\ntitle: Numbness\nmedlint:\n  ignore: [uncited-claim, no-such-rule]\n---\n\n"
    text = front + "Numbness often lasts for months after treatment ends.\n" + LIST
    assert "unused-suppression" in rules(text)
    assert fixed(text).startswith(front)


# --- the machinery -------------------------------------------------------------------------------


def test_overlapping_edits_are_refused() -> None:
    with pytest.raises(EditConflict):
        apply_edits("abcdef", [Edit(start=0, end=3, content="x"), Edit(start=2, end=4, content="y")])


def test_conflicting_fixes_are_applied_one_per_pass() -> None:
    a = Fix(applicability="safe", message="a", edits=[Edit(start=0, end=3, content="x")])
    b = Fix(applicability="safe", message="b", edits=[Edit(start=2, end=5, content="y")])
    c = Fix(applicability="unsafe", message="c", edits=[Edit(start=8, end=9, content="z")])
    assert select_fixes([b, a, c]) == [a]
    assert select_fixes([b, a, c], unsafe=True) == [a, c]


def test_edits_keep_line_endings_and_the_byte_order_mark() -> None:
    data = "\ufeffone\r\ntwo [3]\r\nthree\n".encode()
    raw = RawText.decode(data)
    assert raw.text == "one\ntwo [3]\nthree\n"
    at = raw.text.index("[3]")
    out = raw.apply([Edit(start=at, end=at + 3, content="[1]\nnew")])
    assert out.encode() == "\ufeffone\r\ntwo [1]\r\nnew\r\nthree\n".encode()


# --- guarantees on every fixture and on generated articles ------------------------------------------


def _generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate_fix", ROOT / "bench/generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _scrambled(text: str) -> str:
    """An article with its first markers swapped and a repeated, a malformed and an unused entry, for the fixes."""
    import re

    markers = [m for m in re.finditer(r"\[(\d+)\]", text)]
    if len(markers) >= 2:
        a, b = markers[0], markers[1]
        text = text[: a.start()] + b.group(0) + text[a.end() : b.start()] + a.group(0) + text[b.end() :]
    text = text.replace("[2]", "[ 2 ]", 1)
    # a suppression that suppresses nothing, after the title
    return text.replace("\n\n", "\n\n<!-- medlint-disable-next-line source-domain -- checked -->\n", 2)


def _reversed(text: str) -> str:
    """The article with every numbered marker pointing at the entry as far from the top as it was from the bottom:
    the whole list cited back to front."""
    import re

    body, sep, sources = text.partition("\n## Sources\n")
    count = len(re.findall(r"^\d+\. ", sources, re.M))
    if not count:
        return text
    flipped = re.sub(r"\[(\d+)\]", lambda m: f"[{count + 1 - int(m[1])}]" if int(m[1]) <= count else m[0], body)
    return flipped + sep + sources


FIXTURES = sorted(
    [*ROOT.glob("tests/fixtures/articles/*.md"), *ROOT.glob("articles/*.md"), *ROOT.glob("tests/fixtures/report/*.md")]
)
GENERATED = [f"medlint-fix-{i}" for i in range(6)]


def _cases() -> list[tuple[str, str]]:
    cases = [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8")) for p in FIXTURES]
    generate = _generate()
    for seed in GENERATED:
        article = generate.article(seed, 600)
        cases.append((seed, article))
        cases.append((seed + "-scrambled", _scrambled(article)))
        cases.append((seed + "-reversed", _reversed(article)))
    return cases


CASES = _cases()
GUARANTEE_CONFIG = {"disclaimer_text": DISCLAIMER}


@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
@pytest.mark.parametrize(("name", "text"), CASES, ids=[c[0] for c in CASES])
def test_fixing_keeps_its_guarantees(name: str, text: str, unsafe: bool) -> None:
    engine = _engine(GUARANTEE_CONFIG)
    # the same article as a Windows editor saves it: CRLF line endings and a byte-order mark
    crlf = ("\ufeff" + text.replace("\n", "\r\n")).encode()
    for data in (text.encode(), crlf):
        raw = RawText.decode(data)
        before = check_text(engine, name, raw.text)
        result = fix_text(engine, name, raw, unsafe=unsafe)
        out = result.after
        # line endings, the byte-order mark and the trailing line break are kept
        assert out.bom == raw.bom
        assert out.raw.endswith("\n") == raw.raw.endswith("\n")
        if b"\r\n" in data:
            assert "\n" not in out.raw.replace("\r\n", "")
        # the front matter is not touched
        if raw.text.startswith("---\n"):
            end = raw.raw.index("\n---", 3) + 4
            assert out.raw[:end] == raw.raw[:end]
        # a second run changes nothing
        again = fix_text(engine, name, out, unsafe=unsafe)
        assert again.after.raw == out.raw, again.applied
        # no finding that was not there before
        after = check_text(engine, name, out.text)
        new = {(f.rule, f.fingerprint) for f in after} - {(f.rule, f.fingerprint) for f in before}
        assert not new, [f"{f.rule}: {f.message}" for f in after if (f.rule, f.fingerprint) in new]
        # and no fixable finding left that the same fixes could have fixed
        assert not select_fixes((f.fix for f in after if f.fix), unsafe=unsafe)
        # every paragraph still cites the same sources (a repeated entry counts as its first)
        cited_before, cited_after = cited(engine, raw.text), cited(engine, out.text)
        for block, sources in cited_before.items():
            assert sources <= cited_after.get(block, set()), block


def cited(engine: Engine, text: str) -> dict[str, set[str]]:
    """Each paragraph, list item or cell (markers left out) and the entries its markers resolve to, by their text."""
    import re

    from lint.io.inputs import Input
    from lint.nlp.source_identity import find_duplicates

    checked = next(iter(engine.check_inputs([Input("a.md", text, "markdown")])))
    assert checked.article is not None and checked.analysis is not None
    sources = checked.article.sources
    first = {id(d.source): d.first for d in find_duplicates(sources)}
    by_id = {i: first.get(id(s), s) for s in sources for i in s.ids}
    out: dict[str, set[str]] = {}
    for marker in checked.analysis.markers:
        # markers, and the malformed ones a fix rewrites, are left out
        block = checked.article.blocks[marker.block].text
        key = " ".join(re.sub(r"\[[\w^.,;:\s\u2013-]{0,40}\]", "", block).split())
        for i in marker.ids:
            if i in by_id:
                out.setdefault(key, set()).add(by_id[i].text)
    return out


def test_a_suppression_naming_only_an_unknown_rule_is_left_for_the_editor() -> None:
    text = "<!-- medlint-disable-next-line uncited-claims -- agreed -->\nMost colds get better within ten days.\n"
    assert fixed(text) == text


def test_a_list_that_repeats_its_numbers_inside_the_entries_is_not_renumbered() -> None:
    text = (
        "Numbness usually starts in the toes. [2] Check your feet for cuts. [1]\n\n## Sources\n\n"
        "1. [1] [Foot care](https://www.cdc.gov/diabetes/foot-care/). CDC, 2024.\n"
        "2. [2] [Nerve problems](https://www.cancer.gov/nerve). NCI, 2024.\n"
    )
    assert fixed(text) == text


def test_many_unused_sources_are_all_removed_in_one_run() -> None:
    entries = "".join(f"{n}. [Page {n}](https://www.nhs.uk/page-{n}/). NHS, 2024.\n" for n in range(1, 41))
    text = "Numbness usually starts in the toes. [40]\n\n## Sources\n\n" + entries
    out = fixed(text, unsafe=True)
    assert out == (
        "Numbness usually starts in the toes. [1]\n\n## Sources\n\n1. [Page 40](https://www.nhs.uk/page-40/). NHS, 2024.\n"
    )
    assert fixed(out, unsafe=True) == out
