"""HTML parser: a published page's HTML (selectolax, lexbor backend) mapped onto an Article.

lexbor builds the tree exactly as a browser would; it keeps no source positions, so a second, flat
pass over the source finds every run of text between tags with its offset. Each text node of the
tree is then placed on that run in document order, and every character of a block keeps its exact
place in the HTML file (an entity such as `&amp;` maps to its `&`).
"""

from __future__ import annotations

import bisect
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from lint.model import Article, Block, BlockKind, BlockRole, Person, Source
from lint.parse.byline import MetadataCollector, read_line
from lint.parse.common import TextBuilder, credentials_list, parse_person, parse_source_entry
from lint.parse.markdown import SOURCES_HEADING

# never read: scripts, navigation, sidebars, forms and media
SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "input",
        "label",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "canvas",
        "img",
        "picture",
        "head",
        "dialog",
        "menu",
    }
)
BLOCKS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
        "legend",
        "center",
    }
)
_SKIP_ROLES = frozenset({"navigation", "complementary", "search", "dialog", "menu", "menubar", "toolbar"})
_REFERENCES_CLASS = re.compile(
    r"(?:^|[\s_-])(?:references?|sources|citations?|bibliography|footnotes?|reflist|endnotes)(?:$|[\s_-])", re.I
)
_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:byline|author|authors|dateline|article-meta|post-meta|reviewed|reviewer|meta)(?:$|[\s_-])", re.I
)
_DISCLAIMER_CLASS = re.compile(r"disclaimer", re.I)
_SUP_MARKER = re.compile(r"\[?\s*(?:[A-Za-z]{0,6}\d{1,4}[a-z]?)(?:\s*[,;–-]\s*(?:[A-Za-z]{0,6}\d{1,4}[a-z]?))*\s*\]?")
_BACKLINK_TEXT = re.compile(r"^[\s^↑↩︎⤴]*$")

# --- positions ---------------------------------------------------------------------------------

_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][^\t\n\f\r />]*)(?P<attrs>(?>[^>\"']+|\"[^\"]*\"|'[^']*')*+)>",
    re.S,
)
_RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext"})
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+;?|#\d+;?|[A-Za-z][A-Za-z0-9]*;?)")
_ATTR = re.compile(r"([^\s=/>\"']+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
_WS = " \t\n\f\r"


# what a reference written as a paragraph carries: a link, DOI, PMID, year, domain or a leading number
_REFERENCE_LIKE = re.compile(
    r"https?://|\bdoi\b|\b10\.\d{4,9}/|\bPMID\b|\b(?:19|20)\d\d\b|\((?:[\w-]+\.)+[a-z]{2,}\)|^\s*\[?\d{1,4}[.)\]]",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Tag:
    name: str
    start: int
    end: int
    attrs: dict[str, str]
    raw_end: int = -1  # for script/style/title: where their raw text ends


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4) or ""
        out.setdefault(m.group(1).lower(), html.unescape(value))
    return out


class _Stream:
    """The page's text runs joined in source order, decoded, with each character's source offset."""

    def __init__(self, src: str) -> None:
        self.parts: list[str] = []
        self.length = 0
        # (stream offset, source offset, synthetic): a synthetic run maps every character to one place
        self.seg_at: list[int] = []
        self.segs: list[tuple[int, bool]] = []
        self.tags: list[_Tag] = []
        pos = 0
        n = len(src)
        while pos < n:
            lt = src.find("<", pos)
            if lt < 0:
                lt = n
            if lt > pos:
                self._run(src, pos, lt)
            if lt >= n:
                break
            m = _MARKUP.match(src, lt)
            if m is None:
                self._run(src, lt, lt + 1)  # a '<' that starts no tag is text
                pos = lt + 1
                continue
            pos = m.end()
            name = m.group("name")
            if name and not m.group("close"):
                lname = name.lower()
                raw_end = -1
                if lname in _RAW_TEXT:
                    close = re.compile(rf"</{re.escape(lname)}[\s/>]", re.I).search(src, pos)
                    raw_end = close.start() if close else n
                self.tags.append(_Tag(lname, lt, m.end(), _attrs(m.group("attrs")), raw_end))
                if raw_end >= 0:
                    pos = raw_end
        self.text = "".join(self.parts)

    def _add(self, text: str, source: int, synthetic: bool) -> None:
        self.seg_at.append(self.length)
        self.segs.append((source, synthetic))
        self.parts.append(text)
        self.length += len(text)

    def _run(self, src: str, start: int, end: int) -> None:
        raw = src[start:end].replace("\r", "\n").replace("\x00", "\ufffd")
        at = 0
        for m in _ENTITY.finditer(raw):
            decoded = html.unescape(m.group(0))
            if decoded == m.group(0):
                continue
            if m.start() > at:
                self._add(raw[at : m.start()], start + at, False)
            self._add(decoded, start + m.start(), True)
            at = m.end()
        if at < len(raw):
            self._add(raw[at:], start + at, False)

    def pieces(self, start: int, end: int) -> Iterator[tuple[str, int, bool]]:
        """The stream text in [start, end) as runs of (text, source offset, synthetic)."""
        i = bisect.bisect_right(self.seg_at, start) - 1
        pos = start
        while pos < end and i < len(self.seg_at):
            seg_start = self.seg_at[i]
            seg_end = self.seg_at[i + 1] if i + 1 < len(self.seg_at) else self.length
            take_end = min(end, seg_end)
            if take_end > pos:
                source, synthetic = self.segs[i]
                yield self.text[pos:take_end], source if synthetic else source + pos - seg_start, synthetic
                pos = take_end
            i += 1


# --- the tree ---------------------------------------------------------------------------------


@dataclass
class _Entry:
    number: int | None
    link_text: str | None = None
    link_url: str | None = None
    backlinks: int = 0
    done: bool = False  # a second paragraph of one entry is part of it, not another entry


@dataclass
class _Open:
    """The block being filled with inline text."""

    kind: BlockKind
    role: BlockRole
    level: int
    row: int | None
    builder: TextBuilder = field(default_factory=TextBuilder)
    first: int = -1
    last: int = -1
    space: bool = True  # the text so far ends in white space (or is empty)
    chars: int = 0  # visible characters, and how many of them are link text
    linked: int = 0

    def add(self, text: str, source: int, synthetic: bool) -> None:
        if synthetic:
            self.builder.add_synthetic(text, source)
        else:
            self.builder.add(text, source)
        if self.first < 0:
            self.first = source
        self.last = max(self.last, source + (1 if synthetic else len(text)))
        self.space = False


@dataclass
class _Frame:
    tag: str
    role: BlockRole | None = None
    sources: bool = False
    list_counter: list[int] | None = None


class _Walker:
    def __init__(self, src: str, tree: LexborHTMLParser) -> None:
        self.src = src
        self.stream = _Stream(src)
        self.cursor = 0
        self.blocks: list[Block] = []
        self.sources: list[Source] = []
        self.sources_heading: Block | None = None
        self.sources_level = 0
        self.in_sources_heading = False
        self.open: _Open | None = None
        self.frames: list[_Frame] = []
        self.rows = 0
        self.entry: _Entry | None = None
        self.entry_depth = -1
        self.tree = tree

    # text placement

    def place(self, text: str, *, anywhere: bool = True) -> int | None:
        """Where a text node's text sits in the stream: the next place from the cursor.

        The tree keeps source order except where a browser moves content (text inside a table but
        outside its cells goes before the table); such text is found anywhere and leaves the cursor.
        """
        if not text:
            return None
        at = self.stream.text.find(text, self.cursor)
        if at < 0:
            return self.stream.text.find(text) if anywhere else None
        if text.strip():
            self.cursor = at + len(text)
        return at

    def pass_over(self, node: LexborNode) -> None:
        """Move the cursor past a skipped subtree, so later text is not found inside it."""
        for n in node.traverse(include_text=True):
            if n.is_text_node:
                parent = n.parent
                if parent is not None and parent.tag in _RAW_TEXT:
                    continue
                self.place(n.text_content or "", anywhere=False)

    def emit_text(self, text: str) -> None:
        at = self.place(text)
        if at is None:
            return
        block = self.current()
        in_link = self.inside("a")
        for m in re.finditer(r"[ \t\n\f\r]+|[^ \t\n\f\r]+", text):
            if m.group(0)[0] in _WS:
                if not block.space:
                    for piece, source, synthetic in self.stream.pieces(at + m.start(), at + m.start() + 1):
                        if piece == " " and not synthetic:
                            block.add(" ", source, False)
                        else:
                            block.add(" ", source, True)
                    block.space = True
                continue
            block.chars += m.end() - m.start()
            if in_link:
                block.linked += m.end() - m.start()
            for piece, source, synthetic in self.stream.pieces(at + m.start(), at + m.end()):
                block.add(piece, source, synthetic)

    def synthetic(self, text: str, source: int) -> None:
        block = self.current()
        block.add(text, source, True)

    # blocks

    def current(self) -> _Open:
        if self.open is None:
            kind, level, row = self.kind()
            self.open = _Open(kind, self.role(kind), level, row)
        return self.open

    def kind(self) -> tuple[BlockKind, int, int | None]:
        lists = sum(1 for f in self.frames if f.tag in ("ul", "ol"))
        for f in reversed(self.frames):
            t = f.tag
            if len(t) == 2 and t[0] == "h" and t[1] in "123456":
                return "heading", int(t[1]), None
            if t == "li":
                return "list_item", lists, None
            if t == "th":
                return "table_header", 0, self.rows
            if t == "td":
                return "table_cell", 0, self.rows
            if t == "blockquote":
                return "blockquote", 0, None
        return "paragraph", 0, None

    def role(self, kind: BlockKind) -> BlockRole:
        if self.entry is not None or (self.in_sources() and kind in ("list_item", "paragraph")):
            return "source_entry"
        for f in reversed(self.frames):
            if f.role is not None:
                if f.role == "byline" and kind == "heading":
                    continue
                return f.role
        return "body"

    def in_sources(self) -> bool:
        return self.in_sources_heading or any(f.sources for f in self.frames)

    def flush(self) -> None:
        block_open, self.open = self.open, None
        if block_open is None or block_open.first < 0:
            return
        o = block_open
        role = o.role
        if role == "body" and o.kind in ("paragraph", "list_item") and o.chars and o.linked == o.chars:
            role = "chrome"  # a line that is all link text: navigation ("Related: ...", a menu entry)
        block = o.builder.build(o.kind, o.first, o.last, role=role, level=o.level, row=o.row)
        if block is None:
            return
        # start and end at the first and last visible characters
        start = block.source_offset(0)
        end = block.source_offset(len(block.text) - 1) + 1
        block = block.model_copy(update={"start": min(start, end - 1), "end": max(end, start + 1)})
        if block.kind == "heading":
            if self.in_sources_heading and block.level <= self.sources_level:
                self.in_sources_heading = False
            if SOURCES_HEADING.match(block.text):
                self.in_sources_heading = True
                self.sources_heading = block
                self.sources_level = block.level
        elif block.role == "source_entry":
            if block.kind == "paragraph" and self.entry is None and not _REFERENCE_LIKE.search(block.text):
                # prose under the references heading (a note, the disclaimer) is not an entry
                block = block.model_copy(update={"role": "body"})
            else:
                self.add_source(block)
        self.blocks.append(block)

    def add_source(self, block: Block) -> None:
        if self.entry is not None and self.entry.done:
            return
        entry = self.entry or _Entry(None)
        number = entry.number
        text = block.text
        m = re.match(r"^(\d{1,4})[.)]\s+", text)
        if number is None and m:
            number = int(m.group(1))
            text = text[m.end() :]
        source = parse_source_entry(
            text,
            start=block.start,
            end=block.end,
            number=number,
            link_text=entry.link_text,
            link_url=entry.link_url,
            backlinks=entry.backlinks or None,
        )
        self.sources.append(source.model_copy(update={"text": block.text}))
        entry.done = True

    # the walk

    def walk(self, root: LexborNode) -> None:
        stack: list[tuple[LexborNode, bool]] = [(root, True)]
        while stack:
            node, entering = stack.pop()
            tag = node.tag or ""
            if not entering:
                self.leave(node, tag)
                continue
            if node.is_text_node:
                self.emit_text(node.text_content or "")
                continue
            if tag.startswith(("-", "_", "!")):
                continue  # comments, doctype
            if self.skipped(node, tag):
                if tag not in _RAW_TEXT and tag != "head":
                    self.pass_over(node)
                continue
            if self.enter(node, tag) is False:
                continue
            stack.append((node, False))
            children = list(node.iter(include_text=True))
            for child in reversed(children):
                stack.append((child, True))

    def skipped(self, node: LexborNode, tag: str) -> bool:
        if tag in SKIP:
            return True
        attrs = node.attributes
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            return True
        if (attrs.get("role") or "").lower() in _SKIP_ROLES:
            return True
        style = (attrs.get("style") or "").replace(" ", "").lower()
        return "display:none" in style or "visibility:hidden" in style

    def enter(self, node: LexborNode, tag: str) -> bool:
        attrs = node.attributes
        if tag in BLOCKS:
            self.flush()
        frame = _Frame(tag)
        classes = " ".join(filter(None, [attrs.get("class") or "", attrs.get("id") or ""]))
        role_attr = (attrs.get("role") or "").lower()
        if tag == "footer" or role_attr == "contentinfo":
            frame.role = "chrome" if not self.inside("article", "main") else None
        elif tag == "header" or role_attr == "banner":
            frame.role = "byline"
        elif tag in ("figcaption", "caption"):
            frame.role = "chrome"
        if classes and tag not in ("a", "span", "sup", "em", "strong", "b", "i"):
            if _DISCLAIMER_CLASS.search(classes):
                frame.role = "disclaimer"
            elif _REFERENCES_CLASS.search(classes) and tag in ("ol", "ul", "section", "div", "dl", "aside"):
                frame.sources = True
            elif _BYLINE_CLASS.search(classes) and tag not in ("li", "ol", "ul", "table", "article", "main", "body"):
                frame.role = "byline"
        if tag in ("ol", "ul"):
            start = attrs.get("start") or ""
            frame.list_counter = [int(start) - 1 if start.strip().lstrip("-").isdigit() else 0]
        elif tag == "tr":
            self.rows += 1
        elif tag == "li":
            counter = next((f.list_counter for f in reversed(self.frames) if f.list_counter is not None), None)
            number = None
            if counter is not None:
                value = attrs.get("value") or ""
                counter[0] = int(value) if value.strip().isdigit() else counter[0] + 1
                parent = next(f.tag for f in reversed(self.frames) if f.list_counter is not None)
                number = counter[0] if parent == "ol" else None
            if self.in_sources() or frame.sources:
                self.entry = _Entry(number)
                self.entry_depth = len(self.frames)
        elif tag == "br":
            return False
        elif tag == "a" and self.entry is not None:
            href = attrs.get("href") or ""
            if href.startswith("#"):
                self.entry.backlinks += 1
                return False  # a backlink to the text, not part of the entry
            if self.entry.link_url is None and href:
                self.entry.link_text = node.text(deep=True)
                self.entry.link_url = href
        elif tag in ("sup", "a") and self.entry is None and self.marker(node, tag):
            return False
        self.frames.append(frame)
        return True

    def leave(self, node: LexborNode, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()
        if self.frames:
            self.frames.pop()
        if tag == "li" and self.entry is not None and len(self.frames) == self.entry_depth:
            self.flush()
            self.entry = None

    def inside(self, *tags: str) -> bool:
        return any(f.tag in tags for f in self.frames)

    def marker(self, node: LexborNode, tag: str) -> bool:
        """A citation marker (`<sup>1</sup>`, `<sup><a href="#ref1">1,2</a></sup>`) rendered as `[1]`.

        Returns True when the marker was written (its children are then not walked again).
        """
        text = node.text(deep=True)
        inner = text.strip()
        if not inner or not _SUP_MARKER.fullmatch(inner):
            return False
        bracketed = inner.startswith("[") and inner.endswith("]")
        links = [a for a in node.css("a")] if tag == "sup" else [node]
        linked = any((a.attributes.get("href") or "").startswith("#") for a in links)
        if tag == "a" and not (linked and (bracketed or inner.replace(",", "").replace(" ", "").isdigit())):
            return False
        if tag == "sup" and not (linked or bracketed or self.after_word()):
            return False
        if bracketed:
            return False  # already written as a marker: walk it as text
        texts = [n for n in node.traverse(include_text=True) if n.is_text_node]
        placed: list[tuple[str, int]] = []
        for t in texts:
            content = t.text_content or ""
            at = self.place(content)
            if at is not None and content.strip():
                placed.append((content, at))
        if not placed:
            return False
        first_at = placed[0][1] + len(placed[0][0]) - len(placed[0][0].lstrip())
        first_source = next(self.stream.pieces(first_at, first_at + 1))[1]
        self.synthetic("[", first_source)
        block = self.current()
        for content, at in placed:
            lead = len(content) - len(content.lstrip())
            for piece, source, synthetic in self.stream.pieces(at + lead, at + len(content.rstrip())):
                block.add(piece, source, synthetic)
        last_content, last_at = placed[-1]
        last_index = last_at + len(last_content.rstrip()) - 1
        self.synthetic("]", next(self.stream.pieces(last_index, last_index + 1))[1])
        return True

    def after_word(self) -> bool:
        """A bare `<sup>2</sup>` is a marker after punctuation or a word, not after a number or a unit."""
        if self.open is None:
            return False
        text = self.open.builder.text.rstrip()
        if not text:
            return False
        if text[-1] in '.,;:!?)"”’':
            return True
        word = re.search(r"[A-Za-z]+$", text)
        return bool(word and len(word.group(0)) >= 3)


def _content_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The article itself: <main>, else the one <article>, else <body>."""
    main = tree.css_first("main") or tree.css_first("[role=main]")
    if main is not None:
        return main
    articles = tree.css("article")
    if len(articles) == 1:
        return articles[0]
    return tree.body or tree.root


def _page_footers(tree: LexborHTMLParser, root: LexborNode) -> list[LexborNode]:
    """Page footers outside the article: read as chrome, so a disclaimer printed there is found."""
    if root is tree.body:
        return []
    out = []
    for footer in tree.css("footer, [role=contentinfo]"):
        parent = footer.parent
        inside = False
        while parent is not None:
            if parent.mem_id == root.mem_id:
                inside = True
                break
            parent = parent.parent
        if not inside:
            out.append(footer)
    return out


def parse_html(text: str, path: str) -> Article:
    """Parse a published page's HTML."""
    tree = LexborHTMLParser(text)
    walker = _Walker(text, tree)
    root = _content_root(tree)
    if root is not None:
        walker.walk(root)
        walker.flush()
        walker.in_sources_heading = False
        for footer in _page_footers(tree, root):
            walker.frames = [_Frame("footer", role="chrome")]
            walker.walk(footer)
            walker.flush()
    meta = MetadataCollector()
    blocks = _bylines(walker.blocks, meta)
    h1 = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
    if h1 is not None:
        meta.set_title(h1.text, (h1.start, h1.end))
    _head_metadata(walker.stream, text, meta)
    return Article.model_construct(
        path=path,
        format="html",
        text=text,
        metadata=meta.metadata(),
        blocks=blocks,
        sources=walker.sources,
        sources_heading=walker.sources_heading,
        parse_problems=[],
    )


def _bylines(blocks: list[Block], meta: MetadataCollector) -> list[Block]:
    """Mark the byline, date and call-to-action lines and read the metadata they print."""
    out: list[Block] = []
    follows: str | None = None
    for block in blocks:
        if block.kind == "heading" or block.role in ("source_entry", "disclaimer") or len(block.text) > 300:
            out.append(block)
            follows = None
            continue
        if follows is not None:
            person = parse_person(block.text.rstrip("."))
            if person is not None and len(block.text.split()) <= 12:
                span = (block.start, block.end)
                if follows == "reviewer":
                    meta.set_reviewer(person, span)
                else:
                    meta.add_authors([(person, *span)])
                out.append(block.model_copy(update={"role": "byline"}))
                follows = None
                continue
        follows = None
        found = read_line(block.text)
        if found is None:
            out.append(block)
            continue

        def at(offset: int, block: Block = block) -> int:
            return block.source_offset(offset)

        def end(offset: int, block: Block = block) -> int:
            return block.source_offset(offset - 1) + 1

        meta.add_authors([(p, at(s), end(e)) for p, s, e in found.authors])
        if found.reviewer is not None:
            person, s, e = found.reviewer
            meta.set_reviewer(person, (at(s), end(e)))
        for fld, day, s, e in found.dates:
            meta.add_date(fld, day, (at(s), end(e)))
        if found.reading_time is not None:
            minutes, s, e = found.reading_time
            meta.set_reading_time(minutes, (at(s), end(e)))
        follows = "reviewer" if found.reviewer_follows else "author" if found.author_follows else None
        role: BlockRole = found.role if block.role == "body" or found.role == "byline" else block.role
        out.append(block.model_copy(update={"role": role}))
    return out


# --- <head>: meta tags and JSON-LD ------------------------------------------------------------------

_META_AUTHOR = ("author", "citation_author", "dc.creator", "dcterms.creator", "article:author")
_META_PUBLISHED = (
    "article:published_time",
    "citation_publication_date",
    "citation_date",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "date",
    "datepublished",
)
_META_UPDATED = (
    "article:modified_time",
    "og:updated_time",
    "dcterms.modified",
    "last-modified",
    "datemodified",
    "lastreviewed",
)


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def _head_metadata(stream: _Stream, src: str, meta: MetadataCollector) -> None:
    """Fill what the visible byline did not say from meta tags, JSON-LD and <title>."""
    for tag in stream.tags:
        if tag.name == "meta":
            key = (tag.attrs.get("name") or tag.attrs.get("property") or tag.attrs.get("itemprop") or "").lower()
            content = tag.attrs.get("content") or ""
            span = (tag.start, tag.end)
            if not content.strip():
                continue
            if key in _META_AUTHOR and not content.startswith(("http://", "https://")):
                person = parse_person(content)
                if person is not None:
                    meta.add_authors([(person, *span)])
            elif key in _META_PUBLISHED and (day := _day(content)) is not None:
                meta.add_date("published", day, span)
            elif key in _META_UPDATED and (day := _day(content)) is not None:
                meta.add_date("updated", day, span)
            elif key in ("og:title", "citation_title", "dc.title"):
                meta.set_title(content, span)
        elif tag.name == "script" and "ld+json" in (tag.attrs.get("type") or "").lower() and tag.raw_end > tag.end:
            _json_ld(src[tag.end : tag.raw_end], tag.end, meta)
    title = next((t for t in stream.tags if t.name == "title" and t.raw_end > t.end), None)
    if title is not None and meta.title is None:
        meta.set_title(html.unescape(src[title.end : title.raw_end]), (title.end, title.raw_end))


def _json_ld(raw: str, offset: int, meta: MetadataCollector) -> None:
    try:
        data = json.loads(raw)
    except ValueError:
        return

    def objects(value: Any) -> Iterator[dict[str, Any]]:
        if isinstance(value, list):
            for v in value:
                yield from objects(v)
        elif isinstance(value, dict):
            yield value
            yield from objects(value.get("@graph"))
            yield from objects(value.get("mainEntity"))

    def span(key: str) -> tuple[int, int]:
        at = raw.find(f'"{key}"')
        return (offset + at, offset + at + len(key) + 2) if at >= 0 else (offset, offset)

    def people(value: Any) -> list[Person]:
        out: list[Person] = []
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                person = parse_person(v)
            elif isinstance(v, dict) and isinstance(v.get("name"), str):
                creds = credentials_list(v.get("honorificSuffix"))
                base = parse_person(v["name"])
                person = None if base is None else Person(name=base.name, credentials=[*base.credentials, *creds])
            else:
                person = None
            if person is not None:
                out.append(person)
        return out

    for obj in objects(data):
        if "author" in obj:
            meta.add_authors([(p, *span("author")) for p in people(obj["author"])])
        if "reviewedBy" in obj:
            for p in people(obj["reviewedBy"])[:1]:
                meta.set_reviewer(p, span("reviewedBy"))
        for key, fld in (("datePublished", "published"), ("dateModified", "updated"), ("lastReviewed", "updated")):
            day = _day(obj.get(key))
            if day is not None:
                meta.add_date(fld, day, span(key))  # type: ignore[arg-type]
        if isinstance(obj.get("headline"), str):
            meta.set_title(obj["headline"], span("headline"))
