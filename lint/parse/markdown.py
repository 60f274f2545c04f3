"""Markdown parser: YAML front matter and a CommonMark body (markdown-it-py) mapped onto an Article."""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from lint.model import Article, Block, BlockKind, Metadata, Person, Source
from lint.model.article import line_starts
from lint.parse.common import TextBuilder, credentials_list, parse_source_entry

SOURCES_HEADING = re.compile(
    r"^\s*(sources|references|reference list|bibliography|citations|works cited)\s*:?\s*$", re.I
)

_CONTAINER_KIND: dict[str, BlockKind] = {"list_item": "list_item", "blockquote": "blockquote"}

_md: MarkdownIt | None = None
_C_SAFE_LOADER = getattr(yaml, "CSafeLoader", None)


def _parser() -> MarkdownIt:
    global _md
    if _md is None:
        _md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
        # keep footnote definitions where they are written, referenced or not
        _md.disable("footnote_tail")
    return _md


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
    first = token.map[0]
    offsets = []
    for j, content_line in enumerate(token.content.split("\n")):
        start, src = lines.line(first + j)
        if src.rstrip().endswith(content_line.rstrip()) and content_line.strip():
            offsets.append(start + len(src.rstrip()) - len(content_line.rstrip()))
        else:
            found = src.find(content_line.strip()[:20]) if content_line.strip() else -1
            offsets.append(start + (found if found >= 0 else len(src) - len(src.lstrip())))
    return offsets


class _InlineRenderer:
    """Renders an inline token's children to plain text, keeping each character's source offset."""

    def __init__(self, raw: str, line_offsets: list[int]) -> None:
        self.raw = raw
        self.line_starts = line_starts(raw)
        self.line_offsets = line_offsets
        self.cursor = 0
        self.builder = TextBuilder()
        self.first_link: tuple[str, str] | None = None  # (text, href) of the first link

    def source(self, raw_pos: int) -> int:
        line = bisect.bisect_right(self.line_starts, raw_pos) - 1
        return self.line_offsets[line] + raw_pos - self.line_starts[line]

    def add_verbatim(self, text: str) -> None:
        raw = self.raw
        pos = raw.find(text, self.cursor)
        if pos >= 0 and "\n" not in raw[self.cursor : pos]:
            self.builder.add(text, self.source(pos))
            self.cursor = pos + len(text)
            return
        # escapes and entities make the rendered text differ from the source: align per character
        for ch in text:
            p = raw.find(ch, self.cursor, self.cursor + 12)
            if p < 0:
                self.builder.add_synthetic(ch, self.source(min(self.cursor, len(raw) - 1 if raw else 0)))
                continue
            self.builder.add(ch, self.source(p))
            self.cursor = p + 1

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
                self.add_verbatim(f"[^{tok.meta['label']}]")
            elif t == "html_inline":
                pos = self.raw.find(tok.content, self.cursor)
                if pos >= 0:
                    self.cursor = pos + len(tok.content)


def _block(
    lines: _Lines, inline: Token, kind: BlockKind, level: int = 0
) -> tuple[Block | None, tuple[str, str] | None]:
    """A block spanning its raw source (markup included), with text rendered from the inline children."""
    line_offsets = _content_line_offsets(lines, inline)
    renderer = _InlineRenderer(inline.content, line_offsets)
    renderer.render(inline.children or [])
    last_line = inline.content.rsplit("\n", 1)[-1]
    start = line_offsets[0]
    end = line_offsets[-1] + len(last_line.rstrip())
    return renderer.builder.build(kind, start, end, level=level), renderer.first_link


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


def _key_spans(text: str, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Where each top-level front matter key's line is, so findings about a field point at it."""
    spans: dict[str, tuple[int, int]] = {}
    for m in re.finditer(r"^([A-Za-z_][\w-]*)[ \t]*:.*$", text[start:end], re.M):
        spans.setdefault(m.group(1), (start + m.start(), start + m.end()))
    return spans


_FIELD_KEYS = {
    "title": ("title",),
    "authors": ("authors", "author"),
    "reviewer": ("reviewer",),
    "published": ("published",),
    "updated": ("last_reviewed", "updated"),
}


def _metadata(
    data: dict[str, Any], span: tuple[int, int], key_spans: dict[str, tuple[int, int]]
) -> tuple[Metadata, list[tuple[int, int, str]]]:
    """Metadata from a front matter mapping, and problems found in it, each at its key's line."""
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
        updated=day("last_reviewed") or day("updated"),
        extra={k: v for k, v in data.items() if k not in known},
        spans=spans,
    )
    return meta, problems


def _without_timestamps(loader: type[Any]) -> type[Any]:
    """A safe loader that leaves dates as text, so a bad date is a finding on its own key."""
    resolvers = {
        first: [(tag, rx) for tag, rx in entries if tag != "tag:yaml.org,2002:timestamp"]
        for first, entries in loader.yaml_implicit_resolvers.items()
    }
    return type(f"Medlint{loader.__name__}", (loader,), {"yaml_implicit_resolvers": resolvers})


_SAFE_LOADER = _without_timestamps(yaml.SafeLoader)
_FAST_SAFE_LOADER = _without_timestamps(_C_SAFE_LOADER) if _C_SAFE_LOADER is not None else None


def _load_yaml(content: str) -> Any:
    """PyYAML's safe loader, run by libyaml when PyYAML was built with it (about 8 times faster).

    A document libyaml rejects is loaded again by the pure-Python loader, whose wording of the problem
    the findings use; both build the same values through the same safe constructor.
    """
    if _FAST_SAFE_LOADER is not None:
        try:
            return yaml.load(content, Loader=_FAST_SAFE_LOADER)  # a safe loader that keeps dates as text
        except yaml.YAMLError:
            pass
    return yaml.load(content, Loader=_SAFE_LOADER)  # a safe loader that keeps dates as text


def parse_markdown(text: str, path: str) -> Article:
    """Parse an editor's Markdown article."""
    lines = _Lines(text)
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    sources: list[Source] = []
    problems: list[tuple[int, int, str]] = []
    metadata = Metadata()
    sources_heading: Block | None = None
    sources_level = 0
    in_sources = False
    containers: list[str] = []  # enclosing list_item / blockquote / footnote
    list_depth = 0
    item_numbers: list[int | None] = []
    row_cursor = [0]
    rows = 0
    i = 0
    n = len(tokens)
    while i < n:
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
                metadata, found = _metadata(data, (fm_start, fm_end), _key_spans(text, fm_start, fm_end))
                problems.extend(found)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                at = fm_start
                if mark is not None:
                    at = lines.line(tok.map[0] + 1 + mark.line)[0] + mark.column
                reason = getattr(exc, "problem", None) or str(exc)
                problems.append((at, at + 1, f"malformed YAML front matter: {reason}"))
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
            item_numbers[-1] = int(tok.info) if tok.info.isdigit() else (item_numbers[-1] or 0) + 1
        elif t == "blockquote_open":
            containers.append("blockquote")
        elif t == "footnote_reference_open":
            containers.append("footnote:" + str(tok.meta.get("label", "")))
        elif t in ("list_item_close", "blockquote_close", "footnote_reference_close"):
            containers.pop()
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
                block, link = _block(lines, tok, kind, list_depth)
                if block is not None:
                    if (
                        in_sources
                        and container == "list_item"
                        and tokens[i - 1].type == "paragraph_open"
                        and _first_in_item(tokens, i)
                    ):
                        number = item_numbers[-1] if item_numbers else None
                        sources.append(
                            parse_source_entry(
                                block.text,
                                start=block.start,
                                end=block.end,
                                number=number,
                                link_text=link[0] if link else None,
                                link_url=link[1] if link else None,
                            )
                        )
                        block = block.model_copy(update={"role": "source_entry"})
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
    )


def _first_in_item(tokens: list[Token], i: int) -> bool:
    """True when the inline at ``i`` is the first paragraph of its list item."""
    return i >= 2 and tokens[i - 2].type == "list_item_open"
