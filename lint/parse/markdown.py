"""Markdown parser: YAML front matter and a CommonMark body (markdown-it-py) mapped onto an Article."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from functools import partial
from html import unescape
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from lint.model import Article, Block, BlockKind, Metadata, Person, Source
from lint.model.article import line_starts, without_surrogates
from lint.parse.common import TextBuilder, credentials_list, parse_source_entry

SOURCES_HEADING = re.compile(
    r"^\s*(sources|references|reference list|list of (?:references|sources)|bibliography|citations|works cited)\s*:?\s*$",
    re.I,
)

_CONTAINER_KIND: dict[str, BlockKind] = {"list_item": "list_item", "blockquote": "blockquote"}

_md: MarkdownIt | None = None
_C_SAFE_LOADER = getattr(yaml, "CSafeLoader", None)
# a longer file is parsed a section at a time: markdown-it's tokens (about 2 KB per list item) for a
# whole 10 MB file would take some 300 MB at once
SECTION_CHARS = 250_000


def _make_parser(front_matter: bool = True) -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    # a link keeps the address as written: percent-encoding and punycode are the HTTP client's job, and
    # markdown-it's own pass was a tenth of the parse
    md.normalizeLink = _as_written  # type: ignore[method-assign]
    if front_matter:
        md.use(front_matter_plugin)
    md.use(footnote_plugin)
    # keep footnote definitions where they are written, referenced or not
    md.disable("footnote_tail")
    md.inline.ruler.before("link", "citation_marker", _citation_marker)
    md.core.ruler.at("inline", _inline)
    return md


def _as_written(url: str) -> str:
    return url


def _parser() -> MarkdownIt:
    global _md
    if _md is None:
        _md = _make_parser()
    return _md


# (front matter read or not) -> (block phase only, inline phase only) parsers for sections
_section_mds: dict[bool, tuple[MarkdownIt, MarkdownIt]] = {}


def _section_parsers(first: bool) -> tuple[MarkdownIt, MarkdownIt]:
    """Parsers for the block and the inline phase; only the first section can open with front matter."""
    if first not in _section_mds:
        _section_mds[first] = (
            _make_parser(first).disable(["inline", "text_join"]),
            _make_parser(first).disable(["normalize", "block"]),
        )
    return _section_mds[first]


def _token_sections(text: str, lines: _Lines, section_chars: int) -> Iterator[list[Token]]:
    """markdown-it's tokens of ``text``, one section at a time, their line maps counted from the file's start.

    A text up to ``section_chars`` is one section. A longer one is cut before the last top-level
    block of a window of about ``section_chars``, or before the last item of a top-level list, so
    every block kept is complete: CommonMark ends a block by the lines up to the next block's start.
    """
    if len(text) <= section_chars:
        yield _parser().parse(text)
        return
    env: dict[str, Any] = {}
    if "]:" in text:
        # link reference and footnote definitions are known before any section's links are read
        for _ in _sections(text, lines, section_chars, env, inline=False):
            pass
    yield from _sections(text, lines, section_chars, env, inline=True)


def _sections(
    text: str, lines: _Lines, section_chars: int, env: dict[str, Any], *, inline: bool
) -> Iterator[list[Token]]:
    """The sections of a long text, their definitions added to ``env``; without ``inline``, block tokens only."""
    starts = lines.starts
    first = 0  # the line the section starts at
    window = section_chars
    in_list = False  # the section goes on with the items of the top-level list the last one ended in
    while first < len(starts):
        begin = starts[first]
        end = bisect.bisect_left(starts, begin + window)
        block_md, inline_md = _section_parsers(first == 0)
        src = text[begin : starts[end]] if end < len(starts) else text[begin:]
        tokens = block_md.parse(src, env)
        if end >= len(starts):
            cut: tuple[int, int, bool] | None = (len(tokens), len(starts) - first, False)
        elif first == 0 and text.startswith("---") and (not tokens or tokens[0].type != "front_matter"):
            cut = None  # front matter whose closing line is past the window
        else:
            cut = _cut(tokens, partial(_blank, lines, first))
        if cut is None:  # one block fills the window: read it in a larger one
            window *= 2
            continue
        index, lines_read, ends_in_list = cut
        # a list going on: its opening was in the last section
        skip = 1 if in_list and tokens and tokens[0].type in ("bullet_list_open", "ordered_list_open") else 0
        kept = tokens[skip:index]
        del tokens
        if inline:
            for tok in kept:
                if tok.map is not None:
                    tok.map = [tok.map[0] + first, tok.map[1] + first]
            inline_md.core.process(StateCore(src, inline_md, env, kept))
            yield kept
        del kept
        in_list = ends_in_list
        first += lines_read
        window = section_chars


def _blank(lines: _Lines, first: int, n: int) -> bool:
    """Line ``n`` of the section starting at line ``first`` holds only white space."""
    return not lines.line(first + n)[1].strip()


def _cut(tokens: list[Token], blank: Callable[[int], bool]) -> tuple[int, int, bool] | None:
    """Where to end a section: (tokens kept, lines read, whether it ends inside a top-level list).

    Before the last top-level block, which the window may have cut short; when that block is a list,
    before its last item instead. None when there is no such place: the window holds one block, or the
    line before the place belongs to no block (a link reference definition, whose title may go on).
    """
    tops = [j for j, tok in enumerate(tokens) if tok.level == 0 and tok.nesting >= 0]
    if not tops:
        return None
    last = tops[-1]
    opener = tokens[last]

    def clean(at: int, before: Token | None) -> bool:
        return at > 0 and ((before is not None and before.map is not None and before.map[1] == at) or blank(at - 1))

    if opener.type in ("bullet_list_open", "ordered_list_open"):
        items = [j for j in range(last + 1, len(tokens)) if tokens[j].level == 1 and tokens[j].type == "list_item_open"]
        item_map = tokens[items[-1]].map if len(items) > 1 else None
        if item_map is not None and clean(item_map[0], tokens[items[-2]]):
            return items[-1], item_map[0], True
    if opener.map is None or not clean(opener.map[0], tokens[tops[-2]] if len(tops) > 1 else None):
        return None
    return last, opener.map[0], False


# a numbered citation marker: `[1]`, `[2, 5]`, `[3-5]`
_NUMBERED_MARKER = re.compile(r"\[[0-9][0-9 ,\u2013-]*\]")


def _citation_marker(state: StateInline, silent: bool) -> bool:
    """Take a numbered citation marker as text in one step, when it can be nothing else.

    markdown-it's link rule reads each `[` as the start of a possible link and gives up on `[1]`
    only after parsing its label and looking it up; an article has dozens of markers. The tokens are
    the same as without this rule: a marker followed by `(` or `[`, or named by a link reference
    definition, is left to the link rule.
    """
    src, pos = state.src, state.pos
    if silent or src[pos] != "[":
        # silent is a link label being skipped over, where each `[` must be seen alone to spot a nested link
        return False
    m = _NUMBERED_MARKER.match(src, pos, state.posMax)
    if m is None:
        return False
    end = m.end()
    if end < state.posMax and src[end] in "([":
        return False
    references = state.env.get("references")
    if references and normalizeReference(src[pos + 1 : end - 1]) in references:
        return False
    state.append_pending(m.group())  # `pending +=` rebuilds the whole pending text: quadratic on a long line
    state.pos = end
    return True


def _inline(state: StateCore) -> None:
    """markdown-it's inline pass, with plain text read without it (see `plain_inline`)."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            plain = plain_inline(token.content, state.env)
            if plain is None:
                state.md.inline.parse(token.content, state.md, state.env, token.children)
            else:
                token.children.extend(plain)


# the characters an inline rule of the parser can start at (`]` only closes what `[` opened)
_INLINE_MARKUP = re.compile(r"[\\`*_~!^<&\[\]]")


def plain_inline(content: str, env: Mapping[str, Any]) -> list[Token] | None:
    """The inline tokens of text that holds no markup but numbered citation markers: text, and a break at each
    line end, exactly as markdown-it's inline rules would make them; None for anything else.

    Most paragraphs of an article are such text; markdown-it's inline pass, in Python, reads them a run of
    characters at a time.
    """
    pos = 0
    while (m := _INLINE_MARKUP.search(content, pos)) is not None:
        if m.group() != "[" or env.get("references"):
            return None
        marker = _NUMBERED_MARKER.match(content, m.start())
        if marker is None or content[marker.end() : marker.end() + 1] in ("(", "["):
            return None  # a link, or a marker the citation rule leaves to the link rule
        pos = marker.end()
    tokens: list[Token] = []
    lines = content.split("\n")
    pending = lines[0]
    for line in lines[1:]:
        # markdown-it's newline rule: two spaces or more before the line end make a hard break, and are dropped
        kind = "softbreak"
        if pending.endswith("  "):
            ws = len(pending) - 2
            while ws >= 1 and pending[ws - 1] == " ":
                ws -= 1
            pending, kind = pending[:ws], "hardbreak"
        elif pending.endswith(" "):
            pending = pending[:-1]
        if pending:
            tokens.append(_text_token(pending))
        tokens.append(Token(kind, "br", 0))
        pending = line.lstrip(" \t")  # the next line's indent is skipped
    if pending:
        tokens.append(_text_token(pending))
    return tokens


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


class _Lines:
    """Offsets of the lines of the source, for turning markdown-it's line maps into offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = line_starts(text)

    def line(self, n: int) -> tuple[int, str]:
        if n >= len(self.starts):
            return len(self.text), ""
        start = self.starts[n]
        end = self.starts[n + 1] - 1 if n + 1 < len(self.starts) else len(self.text)
        return start, self.text[start:end].rstrip("\r")


def _content_line_offsets(lines: _Lines, token: Token) -> list[int]:
    """Source offset of the first character of each line of an inline token's raw content."""
    assert token.map is not None
    n, last = token.map
    offsets = []
    for content_line in token.content.split("\n"):
        key = content_line.strip()[:20]
        # markdown-it may drop a line it reads as blank ("- \v"): look a few lines on for this one
        k = next((k for k in range(n, min(n + 4, last)) if key and key in lines.line(k)[1]), n)
        n = k + 1
        start, src = lines.line(k)
        if src.rstrip().endswith(content_line.rstrip()) and content_line.strip():
            offsets.append(start + len(src.rstrip()) - len(content_line.rstrip()))
        else:
            found = src.find(content_line.strip()[:20]) if content_line.strip() else -1
            if found >= 0:
                # markdown-it expands tabs in the indentation it keeps: the line starts that far before its text
                lead = len(content_line) - len(content_line.lstrip())
                offsets.append(max(0, start + found - lead))
            else:
                offsets.append(start + len(src) - len(src.lstrip()))
    return offsets


# characters markup may put between the cursor and the next text: emphasis, brackets, code, escapes
_MARKUP_CHARS = "*_~`[]<>!\\ \t"
_MARKUP_GAP = re.compile(r"[*_~`\[\]<>!\\ \t]*")
# a character reference, as CommonMark reads them
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


class _InlineRenderer:
    """Renders an inline token's children to plain text, keeping each character's source offset."""

    def __init__(self, raw: str, line_offsets: list[int]) -> None:
        self.raw = raw
        self.line_starts = line_starts(raw)
        self.line_offsets = line_offsets
        self.cursor = 0
        self.entity_rest = ""  # characters still to place of an entity that decodes to more than one
        self.entity_at = 0
        self.builder = TextBuilder()
        self.first_link: tuple[str, str] | None = None  # (text, href) of the first link

    def source(self, raw_pos: int) -> int:
        line = bisect.bisect_right(self.line_starts, raw_pos) - 1
        return self.line_offsets[line] + raw_pos - self.line_starts[line]

    def add_verbatim(self, text: str) -> None:
        raw = self.raw
        # the text is where it is written, after at most some markup (emphasis, brackets, an escape)
        gap_end = _MARKUP_GAP.match(raw, self.cursor).end()  # type: ignore[union-attr]
        pos = raw.find(text, self.cursor, gap_end + len(text))
        last = pos + len(text) - 1
        if pos >= 0 and raw[last] == "&" and _ENTITY.match(raw, last):
            pos = -1  # "... &" rendered from "... &amp;": the entity must be stepped over whole
        if pos >= 0:
            self.builder.add(text, self.source(pos))
            self.cursor = pos + len(text)
            self.entity_rest = ""
            return
        # escapes and entities make the rendered text differ from the source: align per character
        for ch in text:
            self._align(ch)

    def _align(self, ch: str) -> None:
        """Place one rendered character: an entity maps to its `&`, an escaped one to itself, else nearby."""
        raw = self.raw
        c = self.cursor
        if self.entity_rest:
            if self.entity_rest[0] == ch:  # the second character of an entity that decodes to two
                self.entity_rest = self.entity_rest[1:]
                self.builder.add_synthetic(ch, self.source(self.entity_at))
                return
            self.entity_rest = ""
        # look past markup (emphasis, brackets) for the character, an entity for it, or its escape
        for p in range(c, min(len(raw), c + 12)):
            if raw[p] == "&":
                m = _ENTITY.match(raw, p)
                decoded = unescape(m.group(0)) if m else ""
                if m and decoded != m.group(0) and decoded.startswith(ch):
                    self.builder.add(ch, self.source(p))
                    self.entity_rest, self.entity_at = decoded[1:], p
                    self.cursor = m.end()
                    return
            if raw[p] == ch:
                self.builder.add(ch, self.source(p))
                self.cursor = p + 1
                return
            if raw[p] == "\\" and p + 1 < len(raw) and raw[p + 1] == ch:
                self.builder.add(ch, self.source(p + 1))
                self.cursor = p + 2
                return
            if raw[p] not in _MARKUP_CHARS:
                break
        # not written here as it renders: it stands where the cursor is, which stays put
        self.builder.add_synthetic(ch, self.source(min(c, len(raw) - 1 if raw else 0)))

    def skip_link_destination(self) -> None:
        """After a link's text, step over `](destination "title")` so later text is not found in it."""
        raw = self.raw
        c = self.cursor
        if raw.startswith("](", c):
            depth = 0
            i = c + 1
            while i < len(raw):
                if raw[i] == "(":
                    depth += 1
                elif raw[i] == ")":
                    depth -= 1
                    if depth == 0:
                        self.cursor = i + 1
                        return
                i += 1
        elif raw.startswith("][", c):
            end = raw.find("]", c + 2)
            self.cursor = end + 1 if end >= 0 else c
        elif raw.startswith("]", c) or raw.startswith(">", c):
            self.cursor = c + 1

    def skip_inline_note(self) -> None:
        """Step over an inline footnote `^[note]`: its text is a note, not the sentence's."""
        raw = self.raw
        c = raw.find("^[", self.cursor)
        if c < 0:
            return
        depth = 0
        for i in range(c + 1, len(raw)):
            if raw[i] == "[":
                depth += 1
            elif raw[i] == "]":
                depth -= 1
                if depth == 0:
                    self.cursor = i + 1
                    return

    def render(self, children: list[Token]) -> None:
        link_text_start = 0
        href = ""
        for tok in children:
            t = tok.type
            if t == "text" or t == "code_inline":
                self.add_verbatim(tok.content)
            elif t == "softbreak" or t == "hardbreak":
                nl = self.raw.find("\n", self.cursor)
                pos = nl if nl >= 0 else len(self.raw) - 1
                self.builder.add_synthetic(" ", self.source(max(pos, 0)))
                self.cursor = pos + 1 if nl >= 0 else self.cursor
            elif t == "link_open":
                # step over the link's `[`, so a `[` in its text is not taken for it
                gap_end = _MARKUP_GAP.match(self.raw, self.cursor).end()  # type: ignore[union-attr]
                bracket = self.raw.find("[", self.cursor, gap_end)
                if bracket >= 0 and tok.markup != "autolink":
                    self.cursor = bracket + 1
                link_text_start = len(self.builder)
                href = str(tok.attrs.get("href", ""))
            elif t == "link_close":
                if self.first_link is None:
                    self.first_link = (self.builder.text[link_text_start:], href)
                self.skip_link_destination()
            elif t == "image":
                if tok.content:
                    self.add_verbatim(tok.content)
                self.skip_link_destination()
            elif t == "footnote_ref":
                if "label" in tok.meta:
                    self.add_verbatim(f"[^{tok.meta['label']}]")
                else:
                    self.skip_inline_note()
            elif t == "html_inline":
                pos = self.raw.find(tok.content, self.cursor)
                if pos >= 0:
                    self.cursor = pos + len(tok.content)


def _block(
    lines: _Lines, inline: Token, kind: BlockKind, level: int = 0
) -> tuple[Block | None, tuple[str, str] | None]:
    """A block spanning its raw source (markup included), with text rendered from the inline children."""
    block, link, _ = _block_and_span(lines, inline, kind, level)
    return block, link


def _block_and_span(
    lines: _Lines, inline: Token, kind: BlockKind, level: int = 0
) -> tuple[Block | None, tuple[str, str] | None, tuple[int, int]]:
    """As `_block`, with the span in the file even when the rendered text is empty (`[](url)`)."""
    line_offsets = _content_line_offsets(lines, inline)
    renderer = _InlineRenderer(inline.content, line_offsets)
    renderer.render(inline.children or [])
    last_line = inline.content.rsplit("\n", 1)[-1]
    start = line_offsets[0]
    end = max(start, line_offsets[-1] + len(last_line.rstrip()))
    return renderer.builder.build(kind, start, end, level=level), renderer.first_link, (start, end)


def _cell_block(lines: _Lines, inline: Token, kind: BlockKind, row_cursor: list[int], row: int) -> Block | None:
    assert inline.map is not None
    line_start, src = lines.line(inline.map[0])
    content = inline.content
    pos = src.find(content, row_cursor[0]) if content else -1
    if pos < 0:
        return None
    row_cursor[0] = pos + len(content)
    renderer = _InlineRenderer(content, [line_start + pos])
    renderer.render(inline.children or [])
    built = renderer.builder.build(kind, line_start + pos, line_start + pos + len(content), row=row)
    return built


_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:")


def _key_spans(lines: _Lines, first: int, last: int) -> dict[str, tuple[int, int]]:
    """Where each top-level front matter key's line is (lines ``first`` to ``last``), so findings about a field point at it."""
    spans: dict[str, tuple[int, int]] = {}
    for n in range(first, last + 1):
        start, line = lines.line(n)
        m = _KEY_LINE.match(line)
        if m:
            spans.setdefault(m.group(1), (start, start + len(line)))
    return spans


_FIELD_KEYS = {
    "title": ("title",),
    "authors": ("authors", "author"),
    "reviewer": ("reviewer",),
    "published": ("published",),
    "updated": ("last_reviewed", "updated"),
    "reviewed": ("last_reviewed",),
}


def _metadata(
    data: dict[str, Any], span: tuple[int, int], key_spans: dict[str, tuple[int, int]]
) -> tuple[Metadata, list[tuple[int, int, str]]]:
    """Metadata from a front matter mapping, and problems found in it, each at its key's line."""
    data = _plain(data)
    problems: list[tuple[int, int, str]] = []

    def problem(key: str, message: str) -> None:
        start, end = key_spans.get(key, span)
        problems.append((start, end, message))

    def person(value: Any, key: str) -> Person | None:
        if isinstance(value, str):
            return Person(name=value.strip()) if value.strip() else None
        if isinstance(value, dict) and value.get("name"):
            return Person(name=str(value["name"]).strip(), credentials=credentials_list(value.get("credentials")))
        if value is not None:
            problem(key, f"front matter `{key}` should be a name or {{name, credentials}}")
        return None

    def day(key: str) -> date | None:
        value = data.get(key)
        if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
            return value
        if isinstance(value, datetime):
            return value.date()
        try:
            return datetime.fromisoformat(str(value).strip()).date()
        except ValueError:
            problem(key, f"front matter `{key}` is not an ISO date (YYYY-MM-DD): {value!r}")
            return None

    author_key = "authors" if "authors" in data else "author"
    raw_authors = data.get(author_key)
    if raw_authors is not None and not isinstance(raw_authors, list):
        raw_authors = [raw_authors]
    authors = [p for p in (person(a, author_key) for a in raw_authors or []) if p]
    title = data.get("title")
    spans: dict[str, tuple[int, int]] = {}
    for field, keys in _FIELD_KEYS.items():
        present = [k for k in keys if k in data]
        if present:
            spans[field] = key_spans.get(present[0], span)
    known = {k for keys in _FIELD_KEYS.values() for k in keys} | {"description"}
    meta = Metadata(
        title=str(title).strip() if title is not None else None,
        description=str(data["description"]) if data.get("description") is not None else None,
        authors=authors,
        reviewer=person(data.get("reviewer"), "reviewer"),
        published=day("published"),
        updated=(last_reviewed := day("last_reviewed")) or day("updated"),
        reviewed=last_reviewed,
        extra={k: v for k, v in data.items() if k not in known},
        spans=spans,
    )
    return meta, problems


def _plain(value: Any, depth: int = 0) -> Any:
    """YAML data as the model can hold and print it: text keys, no lone surrogates, lists for sets."""
    if depth > 100:
        return "…"  # nesting no article needs; the model keeps a mark of it, not the whole
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {_key_text(k): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v, depth + 1) for v in value), key=repr)
    if isinstance(value, bytes):
        return without_surrogates(value.decode("utf-8", errors="replace"))
    if value is None or isinstance(value, (bool, int, float, date)):
        return value
    return without_surrogates(str(value))


def _key_text(key: Any) -> str:
    """A front matter key as text: `1: Jane Roe` has the key "1"."""
    if isinstance(key, str):
        return without_surrogates(key)
    if isinstance(key, bytes):
        return without_surrogates(key.decode("utf-8", errors="replace"))
    return without_surrogates(str(key))


def _without_timestamps(loader: type[Any]) -> type[Any]:
    """A safe loader that leaves dates as text, so a bad date is a finding on its own key.

    Integers too long to be a number anyone means stay text as written (Python will not print them).
    """
    resolvers = {
        first: [(tag, rx) for tag, rx in entries if tag != "tag:yaml.org,2002:timestamp"]
        for first, entries in loader.yaml_implicit_resolvers.items()
    }
    cls: Any = type(f"Medlint{loader.__name__}", (loader,), {"yaml_implicit_resolvers": resolvers})
    cls.add_constructor("tag:yaml.org,2002:int", _construct_int)
    return cls


def _construct_int(loader: Any, node: yaml.ScalarNode) -> Any:
    if len(node.value) > 64:
        return str(loader.construct_scalar(node))
    return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)


_SAFE_LOADER = _without_timestamps(yaml.SafeLoader)
_FAST_SAFE_LOADER = _without_timestamps(_C_SAFE_LOADER) if _C_SAFE_LOADER is not None else None


# aliases may repeat a value, but not blow a few hundred bytes up into millions ("billion laughs")
MAX_ALIAS_EXPANSION = 10_000  # values beyond those written out
MAX_EXPANDED_CHARS = 1_000_000  # characters of text beyond those written out


class FrontMatterBomb(yaml.YAMLError):
    """Front matter whose aliases expand far beyond its own size, refer to themselves, or nest too deep."""

    def __init__(self, problem: str, node: yaml.Node | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = node.start_mark if node is not None else None


def _check_expansion(root: yaml.Node, written: int) -> None:
    """Raise FrontMatterBomb when the document, aliases expanded, is too large; walks each node once."""
    size: dict[int, tuple[int, int]] = {}  # id(node) -> (values, characters) with aliases expanded
    distinct = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    on_path: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            values, chars = 1, 0
            for child in _children(node):
                v, c = size[id(child)]
                values += v
                chars += c
            size[key] = (values, chars)
            distinct += 1
            if values > distinct + MAX_ALIAS_EXPANSION or chars > written + MAX_EXPANDED_CHARS:
                raise FrontMatterBomb(
                    f"front matter aliases expand to {values:,} values ({chars:,} characters) "
                    f"from {written:,} characters written; medlint reads at most {MAX_ALIAS_EXPANSION:,} "
                    "repeated values",
                    node,
                )
            continue
        if key in size:
            continue
        if key in on_path:
            raise FrontMatterBomb("front matter alias refers to a value that contains it", node)
        if isinstance(node, yaml.ScalarNode):
            size[key] = (1, len(node.value))
            distinct += 1
            continue
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in size)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _load_yaml(content: str) -> Any:
    """PyYAML's safe loader, run by libyaml when PyYAML was built with it (about 8 times faster).

    The document is composed first and its size with aliases expanded checked before any value is
    built. A document libyaml rejects is loaded again by the pure-Python loader, whose wording of
    the problem the findings use; both build the same values through the same safe constructor.
    """
    if _FAST_SAFE_LOADER is not None:
        try:
            return _compose_and_construct(content, _FAST_SAFE_LOADER)
        except FrontMatterBomb:
            raise
        except yaml.YAMLError:
            pass
    return _compose_and_construct(content, _SAFE_LOADER)


def _compose_and_construct(content: str, loader_class: type[Any]) -> Any:
    loader = loader_class(content)  # a safe loader that keeps dates as text
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, len(content))
        return loader.construct_document(node)
    except RecursionError:
        raise FrontMatterBomb("front matter is nested too deeply") from None
    finally:
        loader.dispose()


def parse_markdown(text: str, path: str, section_chars: int = SECTION_CHARS) -> Article:
    """Parse an editor's Markdown article; a long one in sections of about ``section_chars``."""
    lines = _Lines(text.replace("\0", "\ufffd"))  # as markdown-it reads NUL, so its lines match ours
    blocks: list[Block] = []
    sources: list[Source] = []
    problems: list[tuple[int, int, str]] = []
    metadata = Metadata()
    sources_heading: Block | None = None
    sources_level = 0
    in_sources = False
    containers: list[str] = []  # enclosing list_item / blockquote / footnote
    # per open list item in the source list: where its entry goes in `sources`, and whether it has one
    entry_slots: list[tuple[int, bool, Token]] = []
    list_depth = 0
    item_numbers: list[int | None] = []
    row_cursor = [0]
    rows = 0
    code_lines: list[tuple[int, int]] = []
    # the reader looks back two tokens at most: the ones behind that are let go, so the tokens of a huge
    # list and the blocks made from them are not all held at once
    done = Token("done", "", 0)
    for tokens in _token_sections(text, lines, section_chars):
        i = 0
        n = len(tokens)
        freed = 0
        while i < n:
            while freed < i - 2:
                tokens[freed] = done
                freed += 1
            tok = tokens[i]
            t = tok.type
            if t == "front_matter":
                assert tok.map is not None
                fm_start = lines.line(tok.map[0])[0]
                fm_end = lines.line(tok.map[1] - 1)[0] + len(lines.line(tok.map[1] - 1)[1])
                try:
                    data = _load_yaml(tok.content)
                    if data is None:
                        data = {}
                    if not isinstance(data, dict):
                        raise yaml.YAMLError("front matter is not a mapping of keys to values")
                    metadata, found = _metadata(data, (fm_start, fm_end), _key_spans(lines, tok.map[0], tok.map[1] - 1))
                    problems.extend(found)
                except yaml.YAMLError as exc:
                    mark = getattr(exc, "problem_mark", None)
                    at, end = fm_start, fm_start + 1
                    if mark is not None:
                        # the character the problem is at, or the end of its line when it is past the end
                        line_start, line_text = lines.line(min(tok.map[0] + 1 + mark.line, tok.map[1] - 1))
                        at = line_start + min(mark.column, len(line_text))
                        end = min(at + 1, line_start + len(line_text))
                    reason = getattr(exc, "problem", None) or str(exc)
                    problems.append((at, max(at, end), f"malformed YAML front matter: {reason}"))
            elif t == "heading_open":
                inline = tokens[i + 1]
                level = int(tok.tag[1])
                block, _ = _block(lines, inline, "heading", level)
                if block is not None:
                    if in_sources and level <= sources_level:
                        in_sources = False
                    if SOURCES_HEADING.match(block.text):
                        in_sources = True
                        sources_heading = block
                        sources_level = level
                    blocks.append(block)
                i += 2
            elif t in ("bullet_list_open", "ordered_list_open"):
                list_depth += 1
                start = tok.attrs.get("start")
                item_numbers.append(int(start) - 1 if start is not None else 0)
            elif t in ("bullet_list_close", "ordered_list_close"):
                list_depth -= 1
                item_numbers.pop()
            elif t == "list_item_open":
                containers.append("list_item")
                item_numbers[-1] = _item_number(tok.info, item_numbers[-1])
                entry_slots.append((len(sources), False, tok))
            elif t == "blockquote_open":
                containers.append("blockquote")
            elif t == "footnote_reference_open":
                containers.append("footnote:" + str(tok.meta.get("label", "")))
            elif t in ("list_item_close", "blockquote_close", "footnote_reference_close"):
                containers.pop()
                if t == "list_item_close":
                    slot, has_entry, opener = entry_slots.pop()
                    if in_sources and not has_entry and opener.map is not None:
                        # an entry with nothing after its number ("2.") keeps its place and number
                        start, line_text = lines.line(opener.map[0])
                        at = start + len(line_text) - len(line_text.lstrip())
                        number = item_numbers[-1] if item_numbers else None
                        sources.insert(
                            slot, parse_source_entry("", start=at, end=start + len(line_text.rstrip()), number=number)
                        )
            elif t in ("fence", "code_block"):
                if tok.map:
                    code_lines.append((tok.map[0] + 1, tok.map[1]))
            elif t == "tr_open":
                row_cursor = [0]
                rows += 1
            elif t in ("th_open", "td_open"):
                kind: BlockKind = "table_header" if t == "th_open" else "table_cell"
                block = _cell_block(lines, tokens[i + 1], kind, row_cursor, rows)
                if block is not None:
                    blocks.append(block)
                i += 2
            elif t == "inline":
                container = containers[-1] if containers else ""
                if container.startswith("footnote:"):
                    block, link = _block(lines, tok, "paragraph")
                    if block is not None:
                        label = "^" + container.split(":", 1)[1]
                        src = parse_source_entry(
                            block.text,
                            start=block.start,
                            end=block.end,
                            number=None,
                            link_text=link[0] if link else None,
                            link_url=link[1] if link else None,
                        )
                        sources.append(src.model_copy(update={"label": label}))
                        blocks.append(block.model_copy(update={"role": "source_entry"}))
                else:
                    kind = _CONTAINER_KIND.get(container, "paragraph")
                    block, link, (start, end) = _block_and_span(lines, tok, kind, list_depth)
                    is_entry = (
                        in_sources
                        and container == "list_item"
                        and tokens[i - 1].type == "paragraph_open"
                        and _first_in_item(tokens, i)
                    )
                    if is_entry:
                        # an entry whose text renders empty (`[](url)`, `[ ](url)`) is still an entry, untitled
                        number = item_numbers[-1] if item_numbers else None
                        sources.append(
                            parse_source_entry(
                                block.text if block is not None else "",
                                start=block.start if block is not None else start,
                                end=block.end if block is not None else end,
                                number=number,
                                link_text=link[0] if link else None,
                                link_url=link[1] if link else None,
                            )
                        )
                        if entry_slots:
                            entry_slots[-1] = (entry_slots[-1][0], True, entry_slots[-1][2])
                        if block is not None:
                            block = block.model_copy(update={"role": "source_entry"})
                    if block is not None:
                        blocks.append(block)
            i += 1
    if metadata.title is None:
        h1 = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
        if h1 is not None:
            spans = dict(metadata.spans, title=(h1.start, h1.end))
            metadata = metadata.model_copy(update={"title": h1.text, "spans": spans})
    return Article.model_construct(
        path=path,
        format="markdown",
        text=text,
        metadata=metadata,
        blocks=blocks,
        sources=sources,
        sources_heading=sources_heading,
        parse_problems=problems,
        code_lines=code_lines,
    )


def _item_number(info: str, previous: int | None) -> int:
    """The number a list item shows: its own when written (bounded, as CommonMark's nine digits), else the next."""
    if info.isdigit() and len(info) <= 9:
        return int(info)
    return (previous or 0) + 1


def _first_in_item(tokens: list[Token], i: int) -> bool:
    """True when the inline at ``i`` is the first paragraph of its list item."""
    return i >= 2 and tokens[i - 2].type == "list_item_open"
