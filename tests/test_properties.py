"""Property-based checks over Markdown, page text and HTML built from a grammar of what medlint reads.

For any article: no crash, every finding, claim and marker inside the input and on the text it
names, the same input gives byte-identical JSON twice, and the JSON is valid against
schemas/report.schema.json. The bounded run here is derandomized; `nox -s fuzz` runs the long one
(MEDLINT_HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Callable, Sequence
from html import unescape
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.report import render
from tests.conftest import ROOT, TODAY

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("MEDLINT_PROPERTY_EXAMPLES", "2000")),
    derandomize=True,
    deadline=None,
    database=None,
    # a failure prints its example at once: shrinking one on this slow a check can take many minutes
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("MEDLINT_PROPERTY_EXAMPLES", "50000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = os.environ.get("MEDLINT_HYPOTHESIS_PROFILE") == "fuzz"
PROFILE = settings.get_profile("fuzz" if FUZZ else "ci")

# --- the grammar ---------------------------------------------------------------------------------

WORDS = (
    "gout pain swelling adults children aspirin ibuprofen rest ice fluids fever rash doctor nurse care "
    "symptoms treatment risk flares joints kidney diet water sleep reduces causes helps may can often"
).split()
NUMBERS = ["4%", "1 in 10", "200 mg", "2 to 3 times a day", "60%", "12", "2024", "every 6 hours", "0.5 mg/kg"]
MARKERS = ["[1]", "[2] [5]", "[1, 3]", "[1-3]", "[PM13]", "[^1]", "[^n]", "[3–1]", "[12]", "[1,2]", "[ 1 ]"]
EMOJI = ["😀", "👩‍⚕️", "🩺", "❤️", "🇬🇧"]
RTL = ["שלום", "مرحبا", "\u202eevil\u202c", "\u200f"]
COMBINING = ["e\u0301", "a\u0308\u0304", "\u0301", "n\u0303o"]
ENTITIES = ["&amp;", "&lt;", "&#x2264;", "&#91;", "&#93;", "&nbsp;", "&bogus;", "&#0;", "&#xD800;"]
ODD = [
    "(",
    ")",
    "[",
    "]",
    "^[note]",
    "*",
    "_",
    "`x`",
    "\\[1]",
    "<",
    ">",
    "\t",
    "\r",
    "\u2028",
    "\x0b",
    "\ufeff",
    "\ud800",
]

ATOMS = [*WORDS, *(w.capitalize() for w in WORDS), *NUMBERS, *MARKERS, *EMOJI, *RTL, *COMBINING, *ENTITIES, *ODD]


class Chooser:
    """Where the grammar's choices come from: hypothesis draws (shrinkable) or a seeded Random (cheap)."""

    def __init__(self, draw: st.DrawFn | None = None, rng: random.Random | None = None) -> None:
        self.draw = draw
        self.rng = rng

    def pick(self, options: Sequence[str]) -> str:
        if self.draw is not None:
            return self.draw(st.sampled_from(options))
        assert self.rng is not None
        return self.rng.choice(options)

    def count(self, lo: int, hi: int) -> int:
        if self.draw is not None:
            return self.draw(st.integers(lo, hi))
        assert self.rng is not None
        return self.rng.randint(lo, hi)

    def chance(self) -> bool:
        return self.count(0, 1) == 1

    def junk(self) -> str:
        """One or two arbitrary characters: any code point, surrogates and controls included."""
        if self.draw is not None:
            return self.draw(st.text(min_size=1, max_size=2))
        assert self.rng is not None
        top = self.rng.choice([0x7F, 0x2FF, 0xFFFF, 0x10FFFF])
        return "".join(chr(self.rng.randint(0, top)) for _ in range(self.rng.randint(1, 2)))


def sentence(c: Chooser) -> str:
    words = [c.pick(ATOMS) if c.count(0, 5) else c.junk() for _ in range(c.count(1, 10))]
    words[0] = words[0][:1].upper() + words[0][1:]
    end = c.pick([".", ".", ".", "?", "!", ":", "", "…"])
    return " ".join(words) + end + c.pick(["", "", " [1]", "[2]", " [1] [3]", "[^1]", " [PM13]"])


def some(c: Chooser, lo: int, hi: int, make: Callable[[Chooser], str]) -> list[str]:
    return [make(c) for _ in range(c.count(lo, hi))]


def md_inline(c: Chooser) -> str:
    shape = c.count(0, 4)
    if shape == 1:
        return f"[{sentence(c)}]({c.pick(['https://example.org/a', 'http://[oops/', ''])})"
    if shape == 2:
        return f"**{sentence(c)}**"
    if shape == 3:
        return f"<b>{sentence(c)}</b>"
    if shape == 4 and c.chance():
        return sentence(c) + "^[an inline note]"
    return sentence(c)


SOURCE_ENTRIES = [
    "[Gout basics](https://www.nhs.uk/conditions/gout/)",
    "[](https://example.org/empty)",
    "[ ](https://example.org/space)",
    "",
    "[PM13] Smith J. Gout in adults. BMJ. 2020. doi:10.1136/bmj.m1",
    "https://www.cancer.gov/",
    "Dietary advice for gout (example.org)",
    "PMID: 123456",
]
FRONT_MATTER = [
    "title: Gout",
    "title: " + "7" * 60,
    'title: "\\ud800"',
    "1: Jane Roe",
    "author: Jane Roe",
    "authors: [{name: Jane Roe, credentials: MD}]",
    "reviewer: {name: Sam Poe, credentials: [RN]}",
    "published: 2024-05-02",
    "last_reviewed: 2031-13-40",
    "medlint: {ignore: [uncited-claim]}",
    "a: &a [x, x]\nb: [*a, *a]",
    "tags: !!set {a, b}",
    "bad: [unclosed",
]
MD_LINES = [
    "```\n<!-- medlint-disable -->\ncode [1]\n```",
    "<!-- medlint-disable-next-line uncited-claim -- agreed -->",
    "<!-- medlint-disable uncited-claim -->",
    "<!-- medlint-enable -->",
    "<!-- medlint-disable-file nope -->",
    "<!--",
    "This is for information only and is not a substitute for professional medical advice.",
    "## When to contact your care team",
    "[^1]: [Gout](https://www.cdc.gov/gout)",
    "[^n]:",
]


def md_block(c: Chooser) -> str:
    shape = c.count(0, 6)
    if shape == 0:
        return "#" * c.count(1, 6) + " " + sentence(c)
    if shape == 1:
        return "\n".join("- " + x for x in some(c, 1, 4, md_inline))
    if shape == 2:
        return "\n".join(f"{k + 1}. {x}" for k, x in enumerate(some(c, 1, 4, md_inline)))
    if shape == 3:
        rows = [(sentence(c), sentence(c)) for _ in range(c.count(1, 3))]
        return "| Grade | Notes |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    if shape == 4:
        return c.pick(["> ", "> - ", "    "]) + sentence(c)
    if shape == 5:
        return c.pick(MD_LINES)
    return " ".join(some(c, 1, 3, md_inline))


def markdown_article(c: Chooser) -> str:
    parts: list[str] = []
    if c.chance():
        parts.append("---\n" + "\n".join(c.pick(FRONT_MATTER) for _ in range(c.count(0, 5))) + "\n---")
    parts += some(c, 0, 8, md_block)
    if c.chance():
        first = c.pick(["1", "1", "2"])
        parts.append("## " + c.pick(["Sources", "References"]))
        entries = [c.pick(SOURCE_ENTRIES) for _ in range(c.count(1, 5))]
        parts.append("\n".join(f"{int(first) + k}. {e}".rstrip() for k, e in enumerate(entries)))
    return line_breaks(c, "\n\n".join(parts) + "\n")


BYLINES = ["By Jane Roe, MD", "Medically reviewed by Sam Poe, RN", "Updated May 2, 2024", "5 min read"]
TEXT_LINES = ["When to contact your care team", "Key points", "Disclaimer: for information only."]
TABLE = "GradeWhat you noticeWhat happens next\n1Tingling in toesKeep taking it\n2Pain walkingCall us"


def text_block(c: Chooser) -> str:
    shape = c.count(0, 5)
    if shape == 1:
        return "\n".join("• " + x for x in some(c, 1, 3, sentence))
    if shape == 2:
        return "\n".join(f"{k + 1}. {x}" for k, x in enumerate(some(c, 1, 3, sentence)))
    if shape == 3:
        return c.pick([TABLE, *TEXT_LINES])
    if shape == 4:
        return "   " + "   ".join(WORDS[:5]) + " " * c.count(0, 60) + "end."
    return " ".join(some(c, 1, 3, sentence))


def page_text_article(c: Chooser) -> str:
    lines = ["Home > Conditions > Gout", ""] if c.chance() else []
    lines += [c.pick(["Gout: what to know", "Living with gout", "Gout"]), ""]
    lines += [c.pick(BYLINES) for _ in range(c.count(0, 3))]
    lines += ["", "\n\n".join(some(c, 0, 8, text_block))]
    if c.chance():
        entries = [c.pick([*SOURCE_ENTRIES[4:], "Gout basics. NHS. (nhs.uk)"]) for _ in range(c.count(0, 4))]
        lines += ["", "Sources", ""] + [f"{k + 1}. {e}".rstrip() for k, e in enumerate(entries)]
        if c.chance():
            lines.append("2.")
    return line_breaks(c, "\n".join(lines) + "\n")


HTML_BITS = [
    "<!-- medlint-disable-next-line uncited-claim -->",
    "<script>var x = '<p>not text</p>';</script>",
    "<nav><a href='/'>Home</a></nav>",
    "<p class='byline'>By Jane Roe, MD. Reviewed by Sam Poe, RN. Updated May 2, 2024.</p>",
    "<title>Stray title</title>",
    "<div><div><p>Nested text. [1]</p></div></div>",
    "<p>Unclosed <b>bold",
    "<a href='http://[oops/'>broken link</a>",
]


def html_inline(c: Chooser) -> str:
    shape = c.count(0, 4)
    if shape == 1:
        return f"<a href='https://example.org/x'>{sentence(c)}</a>"
    if shape == 2:
        return f"<strong>{sentence(c)}</strong><sup>[1]</sup>"
    if shape == 3:
        return f"<span>{sentence(c)}</span>"
    if shape == 4:
        return f"{c.pick(ENTITIES)} before a claim of 4% in adults."
    return sentence(c)


def html_block(c: Chooser) -> str:
    shape = c.count(0, 4)
    if shape == 0:
        level = c.count(1, 4)
        return f"<h{level}>{sentence(c)}</h{level}>"
    if shape == 1:
        return "<ul>" + "".join(f"<li>{x}</li>" for x in some(c, 1, 3, html_inline)) + "</ul>"
    if shape == 2:
        rows = "".join(f"<tr><td>{sentence(c)}</td><td>{sentence(c)}</td></tr>" for _ in range(c.count(1, 3)))
        return "<table><tr><th>Grade</th><th>Notes</th></tr>" + rows + "</table>"
    if shape == 3:
        return c.pick(HTML_BITS)
    return "<p>" + " ".join(some(c, 1, 3, html_inline)) + "</p>"


def html_article(c: Chooser) -> str:
    blocks = "".join(some(c, 0, 8, html_block))
    sources = ""
    if c.chance():
        entries = [c.pick(["Gout basics", "", " ", "Diet and gout"]) for _ in range(c.count(1, 4))]
        items = "".join(f"<li><a href='https://example.org/{k}'>{e}</a></li>" for k, e in enumerate(entries))
        sources = f"<h2>Sources</h2><ol>{items}</ol>"
    title = c.pick(["<title>Gout</title>", "", "<title>&#x2264; Gout</title>"])
    page = f"<!doctype html><html><head>{title}</head><body><main><h1>Gout</h1>{blocks}{sources}</main></body></html>"
    return line_breaks(c, page.replace("><", c.pick([">\n<", "><", ">\r<"])))


def line_breaks(c: Chooser, text: str) -> str:
    """The same article with the line breaks a Windows, old Mac or mixed editor writes."""
    style = c.pick(["\n", "\n", "\r\n", "\r", "mixed"])
    if style == "mixed":
        return re.sub("\n", lambda _: c.pick(["\n", "\r\n", "\r"]), text)
    return text.replace("\n", style)


def articles(make: Callable[[Chooser], str]) -> st.SearchStrategy[str]:
    """Articles from the grammar: seeded (one draw each) in the bounded run, drawn choice by choice when fuzzing."""
    if FUZZ:
        return st.composite(lambda draw: make(Chooser(draw=draw)))()
    return st.integers(0, 2**64).map(lambda seed: make(Chooser(rng=random.Random(seed))))


# --- the properties ------------------------------------------------------------------------------

_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
_VALIDATOR = jsonschema_rs.validator_for(_SCHEMA)
_BREAK = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> list[str]:
    """The lines of ``text`` as an editor shows them."""
    return _BREAK.split(text)


def _offset(lines_at: list[int], line: int, column: int) -> int:
    return lines_at[line - 1] + column - 1


def _check(text: str, fmt: str, path: str) -> None:
    engine = Engine(options=Options(today=TODAY, with_claims=True))
    first = engine.report(c.report for c in engine.check_inputs([Input(path, text, fmt)]))  # type: ignore[arg-type]
    out = render("json", first)
    again = Engine(options=Options(today=TODAY, with_claims=True))
    second = render("json", again.report(c.report for c in again.check_inputs([Input(path, text, fmt)])))  # type: ignore[arg-type]
    assert out == second, "the same input gave different JSON"
    data = json.loads(out)
    _VALIDATOR.validate(data)
    report = first.files[0]

    for f in report.findings:
        assert not (f.rule == "parse-error" and f.message.startswith("cannot parse")), f.message
        assert f.rule != "rule-error", f.message

    lines = _lines(text)
    starts = [0]
    for m in _BREAK.finditer(text):
        starts.append(m.end())

    def inside(line: int, column: int) -> bool:
        return 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1

    spans: list[tuple[str, Any]] = [("finding", f) for f in report.findings]
    spans += [("claim", c) for c in report.claims or []]
    spans += [("marker", m) for m in report.markers or []]
    spans += [("source", s) for s in report.sources or []]
    for what, item in spans:
        where = (item.line, item.column, item.end_line, item.end_column)
        assert inside(item.line, item.column) and inside(item.end_line, item.end_column), (what, where, item)
        assert (item.end_line, item.end_column) >= (item.line, item.column), (what, item)

    # the text each span names is the text at that place in the file
    for claim in report.claims or []:
        at = text[_offset(starts, claim.line, claim.column) : _offset(starts, claim.end_line, claim.end_column)]
        assert at, claim
        for mine, theirs in ((claim.text[0], at[0]), (claim.text[-1], at[-1])):
            if mine.isascii() and mine.isalnum():
                assert theirs == mine, (claim.text, at)
    for marker in report.markers or []:
        at = text[_offset(starts, marker.line, marker.column) : _offset(starts, marker.end_line, marker.end_column)]
        assert unescape(at) == marker.text or "&" in at, (marker.text, at)
    for f in report.findings:
        quoted = re.search(r'claim has no source: "(.)', f.message, re.I)
        if quoted and quoted.group(1).isascii() and quoted.group(1).isalnum():
            assert text[_offset(starts, f.line, f.column)] == quoted.group(1), (f.message, f.line, f.column)


@PROFILE
@given(articles(markdown_article))
def test_markdown_articles(text: str) -> None:
    note(repr(text))
    _check(text, "markdown", "article.md")


@PROFILE
@given(articles(page_text_article))
def test_page_text_articles(text: str) -> None:
    note(repr(text))
    _check(text, "text", "article.txt")


@PROFILE
@given(articles(html_article))
def test_html_articles(text: str) -> None:
    note(repr(text))
    _check(text, "html", "article.html")


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("# Gout\r\rAbout 4% of adults have gout.\r", "markdown"),
        ("Gout\r\rAbout 4% of adults have gout. [1]\r\rSources\r\r1. Gout (nhs.uk)\r", "text"),
        ('---\ntitle: "\\ud800"\n1: Jane Roe\n---\n\nGout hurts.^[note] About 4% of adults have gout.\n', "markdown"),
        ("- **Causes \\[1] \r \t [3–1] adults [2] [5] symptoms.**\n- b\n", "markdown"),
        ("**Fever \r Often &amp;** Children \\[1] risk &#x2264; gout [1, 3] flares [2] [5].\r\n", "markdown"),
        ("- \x0b \r risk Ice \x0b children 😀?[^1]\n", "markdown"),
        ("- Gout gout &#93;.[2]\n- [[12] Sleep &#x2264; [12].[2]](http://[oops/)\n", "markdown"),
        ("**&#0; \ud8a3 Rest aspirin fever. [1] [3]** **Joints Ice Can ice.[^1]**\n", "markdown"),
        (
            "<!doctype html>\r<html>\r<head>\r<title>&#x2264; Gout</title>\r</head>\r<body>\r<main>\r<h1>Gout</h1>\r"
            "<p>\r<span> ʔ [ 60%.[^1]</span>\r<span>`x` 12 Care ǟ 샫…</span> "
            "<strong>Rt Fluids [1-3] nurse Treatment Ibuprofen \x00; \u200f [12] >",
            "html",
        ),
    ],
)
def test_examples_the_fuzzer_found(text: str, fmt: str) -> None:
    _check(text, fmt, "article." + {"markdown": "md", "text": "txt", "html": "html"}[fmt])


# --- the Markdown parser's citation-marker rule ----------------------------------------------------

BRACKET_PIECES = [
    "[1]", "[2, 3]", "[1-3]", "[1–2]", "[ 1]", "[1 ]", "[1](http://a.example)", "[1][2]", "[1][]", "\\[1]",
    "[see [1]](u)", "![a [1]](i)", "`[1]`", "[^1]", "**[1]**", "[x]", "[", "]", "(", ")", "*", "_", " ",
    "word", "\n", "\n\n", "- ", "> ", "1. ", "| a | b |\n|---|---|\n| [1] | x |\n",
    "\n[1]: http://ref.example\n", "\n[x]: /u\n", "\n[^1]: a note\n",
]  # fmt: skip


@settings(PROFILE)
@given(st.lists(st.sampled_from(BRACKET_PIECES), min_size=1, max_size=16).map("".join))
def test_numbered_markers_parse_as_markdown_it_alone_would(text: str) -> None:
    """The parser takes `[1]` as text in one step; the tokens must be those of markdown-it's own rules,
    links, images, reference definitions and nested brackets included."""
    from lint.parse.markdown import _parser

    md = _parser()

    def tokens() -> list[tuple[Any, ...]]:
        def dump(found: Sequence[Any]) -> list[tuple[Any, ...]]:
            return [(t.type, t.content, t.map, t.attrs, dump(t.children or [])) for t in found]

        return dump(md.parse(text, {}))

    with_rule = tokens()
    md.inline.ruler.disable("citation_marker")
    try:
        alone = tokens()
    finally:
        md.inline.ruler.enable("citation_marker")
    assert with_rule == alone
