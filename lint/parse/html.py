"""HTML parser: a published page's HTML (selectolax, lexbor backend) mapped onto an Article.

lexbor builds the tree exactly as a browser would but keeps no source positions, so a linear scan
of the file (html_scan.py) finds every text run with its offset; each text node of the tree is then
placed on those runs from a cursor, and every character of a block keeps its exact place in the file
(an entity such as `&amp;` maps to its `&`). The article's own content is found as readers find it
(main, article, the densest container); the rest of the page is read as furniture, never as claims.
"""

from __future__ import annotations

import bisect
import codecs
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from lint.model import Article, Block, BlockKind, BlockRole, Metadata, Person, Source
from lint.parse.byline import (
    BylineLine,
    DateField,
    MetadataCollector,
    credential_line,
    people_in,
    read_line,
    split_people,
)
from lint.parse.common import (
    DATE_PATTERN,
    MONTHS,
    NumericDate,
    TextBuilder,
    credentials_list,
    date_from_match,
    parse_person,
    parse_source_entry,
)
from lint.parse.html_scan import RAW_TEXT, Scan, Tag
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
        "title",
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
        "form",
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
_SKIP_ROLES = frozenset({"navigation", "complementary", "search", "dialog", "menu", "menubar", "toolbar", "tablist"})
# a list of tab labels ("Study Details", "Tabular View"): the page's switches between views, never its text
_TAB_LABEL_CHARS = 60
_TAB_LIST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:tabs|tab-?(?:links?|list|nav|bar|menu|strip|titles?)|nav-tabs)(?:$|[\s_-])", re.I
)
_REFERENCES_CLASS = re.compile(
    r"(?:^|[\s_-])(?:references?|sources|citations?|bibliography|footnotes?|reflist|endnotes)(?:$|[\s_-])", re.I
)
# a journal page's block for citing the page itself ("citation", "citation__title", "citation__doi")
_OWN_CITATION_CLASS = re.compile(r"(?:^|\s)citation(?:__[\w-]+)?(?=\s|$)", re.I)
# a box listing the article's authors by name only, as journal pages print them ("Ana Ruiz, Li Wu")
_AUTHOR_LIST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:authors|author-?list|author-?names|contrib-?group|loa)(?:$|[\s_-])", re.I
)
_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:byline|author|authors|dateline|article-meta|post-meta|reviewed|reviewer|meta)(?:$|[\s_-])", re.I
)
_DISCLAIMER_CLASS = re.compile(r"disclaimer", re.I)
# where a number linking to a paper is a citation: just after "(" or after the marker before it ("[1], ")
_BEFORE_LINKED_NUMBER = re.compile(r"(?:\(|\]\s*[,;–-])\s*$")
_COMMENTS_LINK = re.compile(r"#(?:[\w-]*[_-])?(?:comments?|respond|reply|replies|disqus[\w-]*|discussion)$", re.I)
_SUP_MARKER = re.compile(r"\[?\s*(?:[A-Za-z]{0,6}\d{1,4}[a-z]?)(?:\s*[,;–-]\s*(?:[A-Za-z]{0,6}\d{1,4}[a-z]?))*\s*\]?")
# page furniture never read: navigation boxes, edit links, tables of contents, category lists,
# text for screen readers only, share and cookie widgets (MediaWiki names first, then common ones)
_SKIP_CLASS = re.compile(
    r"(?:^|\s)(?:navbox\S*|vertical-navbox|navbar|mw-editsection\S*|editsection|edit-?link|catlinks"
    r"|mw-jump-link|printfooter|toc|mw-toc|toctitle|noprint|breadcrumbs?|skip-?links?|sr-only|visually-?hidden|element-invisible"
    r"|screen-reader-text|share\S*|sharing\S*|[\w-]+-shar(?:e|ing)\S*|sharedaddy|social-?(?:share|links|media|icons)"
    r"|cookie-?(?:banner|notice|consent)|mw-empty-elt)(?=\s|$)",
    re.I,
)
# page furniture read, but never for claims: hatnotes, image captions, message and info boxes,
# related-content and promotion blocks
_CHROME_CLASS = re.compile(
    r"(?:^|\s)(?:hatnote|dablink|rellink|thumbcaption|gallerytext|[\w-]*caption[\w-]*"
    r"|photo-credit|image-credit|credits?|ambox\S*|mbox\S*|infobox\S*|sidebar\S*|rail|[\w-]*[_-]rail(?:[_-][\w-]*)?"
    r"|mw-redirectedfrom|redirectmsg|mw-content-subtitle|contentsub"
    r"|[\w-]*related[\w-]*|promo\S*|newsletter\S*|advert\S*|ad|ads|sponsored|subscribe\S*|pull-?quote\S*"
    r"|bio|bios|biography|[\w-]*[_-]bios?|bio[_-][\w-]*|about-?the-?author|[\w-]*copyright[\w-]*"
    # page numbers ("1 2 Next >") and the readers' comments with their form
    r"|[\w-]*pagination[\w-]*|pager|[\w-]*comments(?:[_-][\w-]*)?|[\w-]*comment-?(?:list|respond|form|section|area|thread)s?"
    r"|respond|disqus[\w-]*"
    # "Was this page helpful?" and its thank-you message
    r"|[\w-]*feedback[\w-]*)(?=\s|$)",
    re.I,
)
# a box named for the picture it holds ("photobox_right", "image-wrap", "article-img"): its words are a caption
_FIGURE_CLASS = re.compile(r"(?:^|[\s_-])(?:photo|image|img|picture|figure)[\w-]*", re.I)
# a caption is a line or two; a box holding more text than this is article text around a picture
_CAPTION_CHARS = 300
_BOX_NODES = 200
# a section of links to elsewhere: its items are not claims
_ASIDE_HEADING = re.compile(
    r"^\s*(?:see also|external links|further reading|related (?:articles|pages|topics|content|links|conditions"
    r"|information|resources|reading|stories|news|health topics)|(?:useful|helpful) (?:links|resources|websites)"
    r"|more information|find out more|learn more"
    r"|more (?:on|about) this topic|you (?:may|might) also like|read more|other resources"
    # calls to action: an appointment or newsletter form and its messages
    r"|(?:request|make|book|schedule) an appointment|find a (?:doctor|location|clinic)"
    r"|(?:sign up|subscribe)(?: (?:for|to) (?:our|the) (?:\w+ )?newsletters?)?)\s*[:.!]?\s*$",
    re.I,
)
_SOURCES_HEADING = re.compile(
    r"^\s*(?:notes|footnotes|references and notes|notes and references|citations|sources and references"
    r"|reference|literature cited|cited sources"
    # as page text words it: "Article Sources", "Show references", "Medical references"
    r"|(?:show|view|hide|article|selected|key|medical|scientific)\s+(?:sources?|references?))\s*:?\s*$",
    re.I,
)
# a line short enough to be a subheading, not ending as a sentence or a label does (and, unless it is
# a question, of five words at most: "Smoking doubles the risk of stroke" in bold is still a claim)
_BOLD_HEADING = re.compile(r"[A-Z0-9][^\n]{0,78}[^.,;:!\s]")
# a paragraph all in bold that ends as a question, of one sentence or two: an interviewer's or FAQ question
_BOLD_QUESTION = re.compile(r"[A-Z0-9][^\n]{0,238}\?")

# inline elements that, with no attributes, say nothing about the text inside them
_PLAIN_INLINE = frozenset(
    "span em i u small abbr cite code mark q s sub time var bdi bdo data dfn kbd samp font nobr ins del".split()
)
# elements a layout class never makes furniture (a theme may name the body "sidebar-left")
_PAGE_LEVEL = frozenset({"html", "body", "main", "article", "form"})
# elements that may hold the whole article on a page with no <main> or <article>
_CONTAINERS = frozenset({"div", "section", "form", "td", "th", "table", "tbody", "tr", "center", "body"})
_WS = " \t\n\f\r"
_ODD_SPACE = re.compile(r"[\t\n\f\r]|  ")
_WORDS_AND_SPACE = re.compile(r"[ \t\n\f\r]+|[^ \t\n\f\r]+")

# what a reference written as a paragraph carries: a link, DOI, PMID, year, domain or a leading number
_REFERENCE_LIKE = re.compile(
    r"https?://|\bdoi\b|\b10\.\d{4,9}/|\bPMID\b|\b(?:19|20)\d\d\b|\((?:[\w-]+\.)+[a-z]{2,}\)|^\s*\[?\d{1,4}[.)\]]",
    re.I,
)


# --- the tree ---------------------------------------------------------------------------------

# the shortest text looked for behind the cursor (moved content)
_MOVED_MIN = 4
# a text node is looked for this far past the cursor before the wider (budgeted) searches
_WINDOW = 256
# a subtree this small is read for a citation marker; a larger one never is one
_MARKER_NODES = 24


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
    element: int  # the element record the block starts in
    page_role: BlockRole  # its role were it not under a sources heading
    builder: TextBuilder = field(default_factory=TextBuilder)
    first: int = -1
    last: int = -1
    space: bool = True  # the text so far ends in white space (or is empty)
    chars: int = 0  # visible characters, and how many of them are link text or bold
    linked: int = 0
    bold: int = 0
    summary: bool = False  # the label of a <details> box
    author_list: bool = False  # printed in a box that lists the article's authors
    byline_box: bool = False  # printed in an element named for the byline or the author
    source_line: bool = False  # a "SOURCES: ...; ..." paragraph: its parts are the entries
    tail: str = ""  # the last few characters, to tell a marker from an exponent

    def add(self, text: str, source: int, synthetic: bool) -> None:
        if synthetic:
            self.builder.add_synthetic(text, source)
        else:
            self.builder.add(text, source)
        if self.first < 0:
            self.first = source
        self.last = max(self.last, source + (1 if synthetic else len(text)))
        self.space = False
        self.tail = (self.tail + text)[-16:]


@dataclass(slots=True)
class _Frame:
    """An open element and what it means for the text inside it, inherited from its parents once."""

    tag: str
    kind: BlockKind = "paragraph"
    level: int = 0
    lists: int = 0
    role: BlockRole | None = None  # the nearest role an element gives
    role_heading: BlockRole | None = None  # the same, not counting bylines (a heading is never one)
    sources: bool = False
    link: bool = False
    bold: bool = False
    summary: bool = False
    article: bool = False  # inside <article> or <main>
    list_counter: list[int] | None = None
    cell_paragraphs: list[int] | None = None  # paragraphs seen so far in the table cell this is in
    list_ordered: bool = False
    record: int = 0
    own_citation: bool = False  # inside the article's own citation block (title, authors, DOI)
    author_list: bool = False  # inside a box named as the list of the article's authors
    byline_box: bool = False  # inside an element named for the byline or the author ("author-name")
    source_line: bool = False  # inside a "SOURCES: ...; ..." paragraph
    link_entries: bool = False  # inside a "Sources: <a>..</a>, <a>..</a>" line: each link is an entry
    cites: int = 0  # a link in the text to the page an entry of such a line names: the entry it cites


@dataclass(slots=True)
class _Element:
    """What the walk saw inside one element: which blocks, how much plain and linked text."""

    tag: str
    parent: int
    first_block: int
    last_block: int = -1
    text: int = 0
    children: list[int] = field(default_factory=list)


class _Walker:
    def __init__(self, src: str, scan: Scan) -> None:
        self.src = src
        self.stream = scan
        self.cursor = 0
        # the searches that may look at the whole page share a budget, so a page whose tree does not
        # follow its source (a browser moved text) costs a few passes over it, not one per node
        self.budget = 4 * len(scan.text) + 100_000
        self.blocks: list[Block] = []
        self.sources: list[Source] = []
        self.sources_heading: Block | None = None
        self.headlines: list[int] = []  # the heading elements marked itemprop="headline"
        self.heading_panels: set[str] = set()  # ids of the panels a heading's button opens (an accordion)
        self.link_numbers: dict[str, int] = {}  # the URLs a "Sources:" line lists, numbered in order
        self.sources_level = 0
        self.in_sources_heading = False
        self.aside_level = 0  # inside a "See also" / "External links" section of this heading level
        # a section started by a sources or "See also" heading: (frames open at its heading, its block)
        self.sources_at = (0, 0)
        self.aside_at = (0, 0)
        self.block_element: list[int] = []  # the element record each block starts in
        self.open: _Open | None = None
        self.frames: list[_Frame] = [_Frame("#root")]
        self.rows = 0
        self.author_list_blocks: list[int] = []  # blocks printed in a box listing the authors by name
        self.byline_box_blocks: list[int] = []  # blocks printed in an element named for the byline
        # numbered links straight to the cited papers: number -> (URL, where the number is printed)
        self.linked_sources: dict[int, tuple[str, int, int]] = {}
        self.entry: _Entry | None = None
        self.entry_depth = -1
        self.elements: list[_Element] = [_Element("#root", -1, 0)]
        self.element_of: dict[int, int] = {}  # lexbor node id -> element record, for chosen roots
        self.anchor_numbers: dict[str, int] = {}  # id a citation marker links to -> the marker's number

    # text placement

    def place(self, text: str, *, anywhere: bool = True) -> int | None:
        """Where a text node's text sits in the stream: at the cursor, or the next place after it.

        The tree keeps source order except where a browser moves content (text inside a table but
        outside its cells goes before the table); such text is looked for further, within a budget.
        """
        if not text:
            return None
        stream = self.stream.text
        cursor = self.cursor
        if stream.startswith(text, cursor):
            at = cursor
        else:
            at = stream.find(text, cursor, cursor + len(text) + _WINDOW)
            if at < 0 and (not anywhere or not text.strip()):
                return None
            if at < 0 and len(text.strip()) >= 12 and self.budget > 0:
                at = stream.find(text, cursor)
                if at < 0:
                    self.budget -= len(stream) - cursor
            # a moved run is looked for behind the cursor only when it is long enough to be found again: a lone
            # "|", "1" or "A" matches anywhere and would spend the budget the page's later text needs
            if at < 0 and anywhere and self.budget > 0 and len(text.strip()) >= _MOVED_MIN:
                self.budget -= cursor
                at = stream.find(text, 0, cursor)
                if at >= 0:
                    return at  # moved content: found where it is, the cursor stays
            if at < 0:
                return None
        if text.strip():
            self.cursor = at + len(text)
        return at

    def pass_over(self, node: LexborNode) -> None:
        """Move the cursor past a skipped subtree, so later text is not found inside it."""
        for n in node.traverse(include_text=True):
            if n.is_text_node:
                parent = n.parent
                if parent is not None and parent.tag in RAW_TEXT:
                    continue
                self.place(n.text_content or "", anywhere=False)

    def emit_text(self, text: str) -> None:
        at = self.place(text)
        if at is None:
            return
        block = self.current()
        frame = self.frames[-1]
        visible = 0
        for piece, source, synthetic in self.stream.pieces(at, at + len(text)):
            if synthetic:
                if piece.strip(_WS):
                    block.add(piece, source, True)  # a decoded character reference
                    visible += len(piece)
                elif not block.space:
                    block.add(" ", source, True)  # a line break read as a space
                    block.space = True
            elif _ODD_SPACE.search(piece) is None and not (block.space and piece[0] == " "):
                # the usual run: words and single spaces, copied as they are
                block.add(piece, source, False)
                visible += len(piece) - piece.count(" ")
                block.space = piece[-1] == " "
            else:
                for m in _WORDS_AND_SPACE.finditer(piece):
                    if m.group(0)[0] in _WS:
                        if not block.space:
                            block.add(" ", source + m.start(), m.group(0)[0] != " ")
                            block.space = True
                        continue
                    block.add(m.group(0), source + m.start(), False)
                    visible += m.end() - m.start()
        block.chars += visible
        if frame.bold:
            block.bold += visible
        if frame.link:
            block.linked += visible
        else:
            self.elements[frame.record].text += visible

    def synthetic(self, text: str, source: int) -> None:
        self.current().add(text, source, True)

    # blocks

    def current(self) -> _Open:
        if self.open is None:
            frame = self.frames[-1]
            kind = frame.kind
            row = self.rows if kind in ("table_header", "table_cell") else None
            self.open = _Open(kind, self.role(frame), frame.level, row, frame.record, self.page_role(frame))
            self.open.summary = frame.summary
            self.open.author_list = frame.author_list and not frame.sources
            self.open.byline_box = frame.byline_box
            self.open.source_line = frame.source_line
        return self.open

    def role(self, frame: _Frame) -> BlockRole:
        kind = frame.kind
        if self.entry is not None or (self.in_sources() and kind in ("list_item", "paragraph")):
            return "source_entry"
        return self.page_role(frame)

    def page_role(self, frame: _Frame) -> BlockRole:
        """The role the page's layout gives, whatever the section."""
        kind = frame.kind
        role = frame.role_heading if kind == "heading" else frame.role
        if role is None and self.aside_level and kind != "heading":
            return "chrome"
        return role or "body"

    def in_sources(self) -> bool:
        return self.in_sources_heading or self.frames[-1].sources

    def flush(self) -> None:
        block_open, self.open = self.open, None
        if block_open is None or block_open.first < 0:
            return
        o = block_open
        role = o.role
        if role == "body" and o.kind in ("paragraph", "list_item") and o.chars and o.linked == o.chars:
            role = "chrome"  # a line that is all link text: navigation ("Related: ...", a menu entry)
        kind = o.kind
        if role == "chrome" and kind == "heading" and o.chars and o.linked == o.chars:
            # the linked headline of a teaser card in a related or promo box: no section of this page
            kind = "paragraph"
        level = o.level if kind == o.kind else 0
        block = o.builder.build(kind, o.first, o.last, role=role, level=level, row=o.row)
        if block is None:
            return
        if (
            role == "body"
            and o.kind == "table_cell"
            and self.blocks
            and self.blocks[-1].row == o.row
            and self.blocks[-1].kind in ("table_cell", "table_header")
            and self.blocks[-1].text.rstrip().endswith(":")
            and not block.text.rstrip().endswith((".", "!", "?"))
        ):
            # the value of a labelled field ("Enrollment: | 40 participants"): a datum of a record, not a claim
            block = block.model_copy(update={"role": "chrome"})
        if o.kind == "paragraph" and (typed := _TYPED_BULLET.match(block.text)) and typed.end() < len(block.text):
            # "• Fever<br>• Chills": a list typed as lines of a paragraph, read as the list it shows
            block = _split(block, typed.end())[1].model_copy(
                update={"kind": "list_item", "level": self.frames[-1].lists + 1}
            )
        elif (
            o.kind == "paragraph"
            and self.blocks
            and self.block_element[-1] == o.element
            and self.blocks[-1].role == role
        ):
            before = self.blocks[-1]
            # "<p>You may have:</p><p>a fever<br>chills</p>": lines of one paragraph under a lead-in
            under_lead_in = (
                before.kind == "paragraph"
                and len(self.blocks) > 1
                and self.block_element[-2] != o.element
                and self.blocks[-2].text.endswith(":")
            )
            if under_lead_in:
                self.blocks[-1] = before.model_copy(update={"kind": "list_item", "level": self.frames[-1].lists + 1})
            if under_lead_in or before.kind == "list_item" or before.text.endswith(":"):
                # "You may have:<br>a fever<br>chills": the lines under a lead-in are its items
                block = block.model_copy(update={"kind": "list_item", "level": self.frames[-1].lists + 1})
        # start and end at the first and last visible characters
        start = block.source_offset(0)
        end = block.source_offset(len(block.text) - 1) + 1
        update: dict[str, Any] = {"start": min(start, end - 1), "end": max(end, start + 1)}
        if (
            o.kind == "paragraph"
            # a line that only says "Sources" or "References" heads the list even when not set in bold
            and (o.bold == o.chars or o.summary or (not o.linked and SOURCES_HEADING.match(block.text)))
            and len(block.text) <= 40
            and (
                _SOURCES_HEADING.match(block.text)
                or SOURCES_HEADING.match(block.text)
                or _ASIDE_HEADING.match(block.text)
                or _ABOUT.match(block.text)
            )
        ):
            # "<p><strong>References</strong></p>" heads a section
            update.update(kind="heading", level=6, role=o.page_role)
        elif (
            o.kind == "paragraph"
            and o.chars
            and o.bold == o.chars
            and (
                (_BOLD_HEADING.fullmatch(block.text) and (block.text.endswith("?") or len(block.text.split()) <= 5))
                or _BOLD_QUESTION.fullmatch(block.text.rstrip())
            )
        ):
            # a short line set in bold on its own, as editors write a subheading: "<p><b>Body clocks</b></p>"
            update.update(kind="heading", level=6)
        elif o.kind == "paragraph" and o.summary and len(block.text) <= 120 and not block.text.endswith("."):
            # the label of a <details> box heads what the box folds away: "<summary>When to get help</summary>"
            update.update(kind="heading", level=6)
        block = block.model_copy(update=update)
        if self.blocks and block.start <= self.blocks[-1].start:
            return  # text a browser moved before its place (out of a table) would break reading order
        if block.kind == "heading":
            if self.in_sources_heading and block.level <= self.sources_level:
                self.in_sources_heading = False
            if self.aside_level and block.level <= self.aside_level:
                self.aside_level = 0
            if _SOURCES_HEADING.match(block.text) or SOURCES_HEADING.match(block.text):
                self.in_sources_heading = True
                self.sources_heading = block
                self.sources_level = block.level
                self.sources_at = (len(self.frames), len(self.blocks))
            elif _ASIDE_HEADING.match(block.text) and block.role == "body":
                # "See also", "External links", "Further reading": links to elsewhere, never claims
                self.aside_level = block.level
                self.aside_at = (len(self.frames), len(self.blocks))
        elif o.source_line and block.kind == "paragraph" and (label := _SOURCE_LINE_LABEL.match(block.text)):
            # "SOURCES: Ann Lee, MD, Mercy Hospital; Journal of Pain, May 2, 2020": each part is an entry
            at = label.end()
            for part in block.text[at:].split(";"):
                lead = len(part) - len(part.lstrip())
                entry = part.strip().rstrip(".")
                if len(entry) >= 3:
                    first = at + lead
                    source = parse_source_entry(
                        entry,
                        start=block.source_offset(first),
                        end=block.source_offset(first + len(entry) - 1) + 1,
                        number=None,
                    )
                    self.sources.append(source.model_copy(update={"text": entry}))
                at += len(part) + 1
            block = block.model_copy(update={"role": "source_entry"})
        elif block.role == "source_entry":
            if self.entry is None and _date_line(block.text):
                # "Last reviewed: 1 August 2024" set in the box of sources dates the page; it cites nothing
                block = block.model_copy(update={"role": "byline"})
            elif block.kind == "paragraph" and self.entry is None and not _REFERENCE_LIKE.search(block.text):
                # prose under the references heading (a note, the disclaimer) is not an entry, nor a claim:
                # it speaks about the sources ("We rely on peer-reviewed studies")
                block = block.model_copy(update={"role": "chrome" if o.page_role == "body" else o.page_role})
            else:
                self.add_source(block)
        self.elements[o.element].last_block = max(self.elements[o.element].last_block, len(self.blocks))
        self.block_element.append(o.element)
        if o.author_list:
            self.author_list_blocks.append(len(self.blocks))
        if o.byline_box:
            self.byline_box_blocks.append(len(self.blocks))
        self.blocks.append(block)

    def add_source(self, block: Block) -> None:
        if self.entry is not None and self.entry.done:
            return
        entry = self.entry or _Entry(None)
        number = entry.number
        if number is None and entry.link_url and self.link_numbers:
            number = self.link_numbers.get(_url_key(entry.link_url))  # the number the text's links give it
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
                if tag not in RAW_TEXT and tag != "head":
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
            # an accordion's heading is a button inside the heading element: its text is the heading;
            # a box set aside inside the article (a warning, a tip) is the article's, not the site's
            return not (
                (tag == "button" and self.frames[-1].kind == "heading")
                or (tag == "aside" and self.frames[-1].article and _article_box(node.attributes))
            )
        attrs = node.attributes
        # hidden="until-found" folds a section away but keeps it findable, and a tab or accordion panel
        # is folded until its tab or heading is clicked: both are the article's text
        hidden = (
            "hidden" in attrs
            and (attrs.get("hidden") or "").lower() != "until-found"
            and not _folded_panel(attrs)
            and (attrs.get("id") or "") not in self.heading_panels
        ) or (attrs.get("aria-hidden") or "").lower() == "true"
        if hidden and not _REFERENCES_CLASS.search(" ".join(filter(None, [attrs.get("class"), attrs.get("id")]))):
            return True  # a source list folded away in an accordion is still the article's source list
        if (attrs.get("role") or "").lower() in _SKIP_ROLES:
            return True
        if tag == "a" and {"category", "tag"} & set((attrs.get("rel") or "").lower().split()):
            return True  # a link to a post's category or tag ("Heart Health") is a label, never an author
        classes = attrs.get("class") or ""
        if classes and tag not in _PAGE_LEVEL and _SKIP_CLASS.search(classes):
            return True
        if (
            tag in ("ul", "ol")
            and _TAB_LIST_CLASS.search(" ".join(filter(None, [classes, attrs.get("id")])))
            # labels only: a list whose items hold the panels' text is the content itself
            and all(len((li.text(deep=True) or "").strip()) <= _TAB_LABEL_CHARS for li in node.css("li"))
        ):
            return True
        if self.entry is not None and classes and "backlink" in classes.lower():
            # MediaWiki's `^ a b` before an entry: each link is a backlink to the text
            self.entry.backlinks += sum(
                1 for a in node.css("a") if (a.attributes.get("href") or "").startswith("#")
            ) or (1 if "^" in (node.text(deep=True) or "") else 0)
            return True
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return not _REFERENCES_CLASS.search(classes + " " + (attrs.get("id") or ""))
        return False

    def enter(self, node: LexborNode, tag: str) -> bool:
        attrs = node.attributes
        if tag in BLOCKS:
            self.flush()
        parent = self.frames[-1]
        if tag in _PLAIN_INLINE and not attrs:
            self.frames.append(parent)  # changes nothing for the text inside: share the parent's frame
            return True
        frame = _Frame(
            tag,
            kind=parent.kind,
            level=parent.level,
            lists=parent.lists,
            role=parent.role,
            role_heading=parent.role_heading,
            sources=parent.sources,
            link=parent.link,
            bold=parent.bold,
            summary=parent.summary or tag == "summary",
            article=parent.article,
            list_counter=parent.list_counter,
            cell_paragraphs=parent.cell_paragraphs,
            list_ordered=parent.list_ordered,
            record=parent.record,
            own_citation=parent.own_citation,
            author_list=parent.author_list,
            byline_box=parent.byline_box,
            source_line=parent.source_line,
            link_entries=parent.link_entries,
        )
        own_role: BlockRole | None = None
        classes = " ".join(filter(None, [attrs.get("class") or "", attrs.get("id") or ""]))
        role_attr = (attrs.get("role") or "").lower()
        if tag == "footer" or role_attr == "contentinfo":
            own_role = "chrome" if not parent.article else None
        elif tag == "header" or role_attr == "banner":
            own_role = "byline"
        elif tag in ("figcaption", "caption", "figure"):
            own_role = "chrome"
        if classes and tag not in ("a", "span", "sup", "em", "strong", "b", "i"):
            if _DISCLAIMER_CLASS.search(classes):
                own_role = "disclaimer"
            elif _REFERENCES_CLASS.search(classes) and tag in ("ol", "ul", "section", "div", "dl", "aside"):
                own = not _REFERENCES_CLASS.search(_OWN_CITATION_CLASS.sub(" ", classes))
                if not parent.sources and (frame.own_citation or own or node.css_first("h1") is not None):
                    # "div.citation" around the page's own title, authors and DOI: how to cite this page
                    frame.own_citation = True
                else:
                    frame.sources = True
            elif _BYLINE_CLASS.search(classes) and tag not in ("li", "ol", "ul", "table", "article", "main", "body"):
                own_role = "byline"
                frame.byline_box = True
            elif tag not in _PAGE_LEVEL and (
                _CHROME_CLASS.search(classes) or (_FIGURE_CLASS.search(classes) and _picture_box(node))
            ):
                own_role = "chrome"
        if tag in ("p", "div") and not self.in_sources() and _linked_source_line(node):
            frame.sources = frame.link_entries = True
        elif tag in ("p", "div") and not self.in_sources() and frame.role != "chrome" and _labelled_source_line(node):
            frame.source_line = True
        if classes and tag in ("div", "p", "ul", "ol", "dd") and _AUTHOR_LIST_CLASS.search(classes):
            frame.author_list = True
        if role_attr in ("doc-bibliography", "doc-endnotes"):
            frame.sources = True  # the source list as DPUB-ARIA names it, whatever its classes
        if own_role is None and tag == "table" and _picture_box(node, rows=3):
            own_role = "chrome"  # a layout table holding a picture and its caption
        if own_role is not None:
            frame.role = own_role
            if own_role != "byline":
                frame.role_heading = own_role
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            if parent.kind in ("table_cell", "table_header"):
                self.layout_cell()
            frame.kind, frame.level = "heading", int(tag[1])
        elif role_attr == "heading" and tag in BLOCKS:
            # <div role="heading" aria-level="2">: a heading as assistive technology announces it
            level = (attrs.get("aria-level") or "").strip()
            frame.kind, frame.level = "heading", min(int(level), 6) if level.isdigit() and level != "0" else 2
        elif tag == "li":
            frame.kind, frame.level = "list_item", parent.lists
        elif tag == "th":
            frame.kind, frame.level = "table_header", 0
        elif tag == "td":
            frame.kind, frame.level = "table_cell", 0
            frame.cell_paragraphs = [0]
        elif tag == "p" and parent.kind == "table_cell" and parent.cell_paragraphs is not None:
            parent.cell_paragraphs[0] += 1
            if parent.cell_paragraphs[0] == 2:
                self.layout_cell()  # a cell of several paragraphs is a page's column, not a datum
                frame.kind = "paragraph"
        elif tag == "blockquote":
            frame.kind, frame.level = "blockquote", 0
        elif tag in ("article", "main") or role_attr == "main":
            frame.article = True
        elif tag == "a":
            frame.link = True
        elif tag in ("b", "strong"):
            frame.bold = True
        if tag in ("ol", "ul"):
            start = attrs.get("start") or ""
            frame.lists = parent.lists + 1
            frame.list_counter = [int(start) - 1 if start.strip().lstrip("-").isdigit() else 0]
            frame.list_ordered = tag == "ol"
        elif tag == "tr":
            self.rows += 1
        elif tag == "li":
            number = None
            if parent.list_counter is not None:
                value = attrs.get("value") or ""
                counter = parent.list_counter
                counter[0] = int(value) if value.strip().isdigit() else counter[0] + 1
                number = counter[0] if parent.list_ordered else None
            if number is None:
                # an unnumbered list whose entries the markers link to by id: "[1]" -> <li id="ref1">
                number = self.anchor_numbers.get(attrs.get("id") or "")
            if self.in_sources() or frame.sources:
                self.entry = _Entry(number)
                self.entry_depth = len(self.frames)
        elif tag == "br":
            return False
        elif tag == "a" and parent.link_entries and self.entry is None and _out_link(attrs.get("href") or ""):
            self.flush()
            # one entry per link of a "Sources:" line, titled by its link text
            self.entry = _Entry(self.link_numbers.get(_url_key(attrs.get("href") or "")))
            self.entry_depth = len(self.frames) + 1
            self.entry.link_text = node.text(deep=True)
            self.entry.link_url = (attrs.get("href") or "").strip()
        elif tag == "a" and self.entry is not None:
            href = (attrs.get("href") or "").strip()
            if href.startswith("#"):
                self.entry.backlinks += 1
                return False  # a backlink to the text, not part of the entry
            if self.entry.link_url is None and href.lower().startswith(("http://", "https://")) and _valid_url(href):
                # the first link out of the site is the entry's title (a link to a page of the
                # site is an author or journal name, as MediaWiki links them)
                self.entry.link_text = node.text(deep=True)
                self.entry.link_url = href
        elif tag in ("sup", "a") and self.entry is None and self.marker(node, tag):
            return False
        elif (
            tag == "a"
            and self.entry is None
            and not self.in_sources()
            and self.link_numbers
            and parent.kind != "heading"
        ):
            frame.cites = self.link_numbers.get(_url_key(attrs.get("href") or ""), 0)
        record = len(self.elements)
        if frame.kind == "heading" and "headline" in (attrs.get("itemprop") or "").lower().split():
            self.headlines.append(record)  # schema.org microdata marks the article's headline
        self.elements.append(_Element(tag, frame.record, len(self.blocks)))
        self.elements[frame.record].children.append(record)
        frame.record = record
        self.element_of[node.mem_id] = record
        self.frames.append(frame)
        return True

    def layout_cell(self) -> None:
        """A table cell that holds a heading or several paragraphs lays out a page (old CMS templates),
        not data: it reads as paragraphs, from its start."""
        for frame in reversed(self.frames):
            if frame.kind not in ("table_cell", "table_header"):
                break
            frame.kind = "paragraph"
            if frame.tag in ("td", "th"):
                for i in range(self.elements[frame.record].first_block, len(self.blocks)):
                    if self.blocks[i].kind in ("table_cell", "table_header"):
                        self.blocks[i] = self.blocks[i].model_copy(update={"kind": "paragraph", "row": None})
                break

    def leave(self, node: LexborNode, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()
        if tag == "a" and (cites := self.frames[-1].cites) and self.open is not None and self.open.last > 0:
            # "according to <a href=URL>the CDC</a>" where "Sources:" lists URL: the link cites that entry
            self.synthetic(f"[{cites}]", self.open.last - 1)
        last = len(self.blocks) - 1
        if len(self.frames) > 1 and self.frames[-1] is self.frames[-2]:
            self.frames.pop()  # a plain inline element sharing its parent's frame
        elif len(self.frames) > 1:
            frame = self.frames.pop()
            element = self.elements[frame.record]
            element.last_block = max(element.last_block, len(self.blocks) - 1)
            last = element.last_block
            if element.parent >= 0:
                parent = self.elements[element.parent]
                parent.text += element.text
                parent.last_block = max(parent.last_block, element.last_block)
        if (
            tag == "a"
            and self.frames[-1].link_entries
            and self.entry is not None
            and len(self.frames) + 1 == self.entry_depth
        ):
            self.flush()
            self.entry = None
        if tag == "li" and self.entry is not None and len(self.frames) == self.entry_depth:
            self.flush()
            self.entry = None
        # a section ends with the element that holds its heading and what follows it; an element
        # around the heading alone (MediaWiki's div.mw-heading, a title box) does not end it
        if self.in_sources_heading:
            self.sources_at = self.section_left(self.sources_at, last)
            self.in_sources_heading = self.sources_at[0] > 0
        if self.aside_level:
            self.aside_at = self.section_left(self.aside_at, last)
            self.aside_level = self.aside_level if self.aside_at[0] > 0 else 0

    def section_left(self, section: tuple[int, int], last_block: int) -> tuple[int, int]:
        """The section after an element closed: ended (0, 0) when the element held blocks after the
        heading, else now held by the element's parent."""
        depth, heading = section
        if len(self.frames) >= depth:
            return section
        if last_block > heading:
            return (0, 0)
        return (len(self.frames), heading)

    def marker(self, node: LexborNode, tag: str) -> bool:
        """A citation marker (`<sup>1</sup>`, `<sup><a href="#ref1">1,2</a></sup>`) rendered as `[1]`.

        Returns True when the marker was written (its children are then not walked again).
        """
        texts: list[LexborNode] = []
        links: list[LexborNode] = [node] if tag == "a" else []
        for count, n in enumerate(node.traverse(include_text=True)):
            if count > _MARKER_NODES:
                return False  # a marker is a few characters, never a subtree
            if n.is_text_node:
                texts.append(n)
            elif n.tag == "a" and tag == "sup":
                links.append(n)
        inner = "".join(t.text_content or "" for t in texts).strip()
        if not inner or len(inner) > 40 or not _SUP_MARKER.fullmatch(inner):
            return False
        bracketed = inner.startswith("[") and inner.endswith("]")
        if any(_COMMENTS_LINK.search(a.attributes.get("href") or "") for a in links):
            return False  # "<a href="#comments">12</a>": the count of readers' comments, never a marker
        linked = any((a.attributes.get("href") or "").startswith("#") for a in links)
        href = (node.attributes.get("href") or "").strip() if tag == "a" else ""
        # "(<a href="https://pubmed...">1</a>, <a ...>2</a>)": numbers linking straight to the papers they cite
        cites_out = (
            tag == "a"
            and inner.isdigit()
            and len(inner) <= 3
            and href.lower().startswith(("http://", "https://"))
            and self.open is not None
            and _BEFORE_LINKED_NUMBER.search(self.open.tail) is not None
        )
        if (
            tag == "a"
            and not cites_out
            and not (linked and (bracketed or inner.replace(",", "").replace(" ", "").isdigit()))
        ):
            return False
        if tag == "sup" and not (linked or bracketed or self.after_word()):
            return False
        for a in links:
            href, label = (a.attributes.get("href") or ""), (a.text(deep=True) or "").strip(" []")
            if href.startswith("#") and label.isdigit():
                self.anchor_numbers.setdefault(href[1:], int(label))  # the entry this marker links to
        if bracketed:
            return False  # already written as a marker: walk it as text
        placed: list[tuple[str, int]] = []
        for t in texts:
            content = t.text_content or ""
            at = self.place(content)
            if at is not None and content.strip():
                placed.append((content, at))
        if not placed:
            return False
        first_at = placed[0][1] + len(placed[0][0]) - len(placed[0][0].lstrip())
        self.synthetic("[", self.stream.source_at(first_at))
        block = self.current()
        for content, at in placed:
            lead = len(content) - len(content.lstrip())
            for piece, source, synthetic in self.stream.pieces(at + lead, at + len(content.rstrip())):
                block.add(piece, source, synthetic)
        last_content, last_at = placed[-1]
        self.synthetic("]", self.stream.source_at(last_at + len(last_content.rstrip()) - 1))
        if cites_out:
            end_at = last_at + len(last_content.rstrip()) - 1
            self.linked_sources.setdefault(
                int(inner), (href, self.stream.source_at(first_at), self.stream.source_at(end_at) + 1)
            )
        return True

    def after_word(self) -> bool:
        """A bare `<sup>2</sup>` is a marker after punctuation or a word, not after a number or a unit."""
        if self.open is None:
            return False
        text = self.open.tail.rstrip()
        if not text:
            return False
        if text[-1] in '.,;:!?)"”’':
            return True
        word = re.search(r"[A-Za-z]+$", text)
        return bool(word and len(word.group(0)) >= 3)


_ARTICLE_BOX = re.compile(r"warning|alert|caution|callout|important|urgent|emergency|danger|tip|key-?points?", re.I)


def _article_box(attrs: dict[str, str | None]) -> bool:
    """An aside that is part of the article (a warning, a tip, key points), not a promotion or a sidebar."""
    names = " ".join(filter(None, [attrs.get("class"), attrs.get("id"), attrs.get("aria-label")]))
    return bool(_ARTICLE_BOX.search(names)) and not (_CHROME_CLASS.search(names) or _SKIP_CLASS.search(names))


_TYPED_BULLET = re.compile(r"\s*[•·▪◦‣●○■□►➢✓✔*–-][ \t]+(?=\S)")
_PANEL_CLASS = re.compile(r"accordion|collaps|tab-?pane|tab-?panel|disclosure|expand", re.I)


_SOURCES_LABEL = re.compile(r"\s*(?:sources?|references?|citations?)\s*:\s*", re.I)
_BETWEEN_LINKS = re.compile(r"(?:[\s.,;|·•&-]|\band\b)*", re.I)


_SOURCE_LINE_LABEL = re.compile(r"\s*(?:sources?|references?)\s*:\s*", re.I)
_CAPS_SOURCE_LABEL = re.compile(r"\s*(?:SOURCES?|REFERENCES?)\s*:")


def _labelled_source_line(node: LexborNode) -> bool:
    """A closing paragraph that lists the sources after a label set apart, in capitals or in bold:
    "SOURCES: Ann Lee, MD, Mercy Hospital; Journal of Pain, May 2, 2020." (as news services print it)."""
    for count, first in enumerate(node.traverse(include_text=True)):
        if first.is_text_node and (first.text_content or "").strip():
            label = (first.text_content or "").rstrip()
            bold = first.parent is not None and first.parent.tag in ("strong", "b")
            if not (
                _CAPS_SOURCE_LABEL.match(label) or (bold and _SOURCE_LINE_LABEL.fullmatch(label.rstrip(":") + ":"))
            ):
                return False
            break
        if count > 8:
            return False
    else:
        return False
    if node.tag != "p" and node.css_first("p, div, li, table") is not None:
        return False
    text = node.text(deep=True) or ""
    found = _SOURCE_LINE_LABEL.match(text)
    return found is not None and 10 <= len(text) - found.end() <= 3000


def _url_key(href: str) -> str:
    return href.strip().rstrip("/").lower()


def _link_line_numbers(body: LexborNode) -> dict[str, int]:
    """The URLs of the page's unnumbered source lists ("Sources:" lines of links, a bulleted list of
    links under a Sources heading), numbered in the order the text first links to them (the page
    prints no numbers: the order of citing is the only order), then those it never links to."""
    listed: list[str] = []
    in_lines: set[int] = set()
    for node in body.css("p, div"):
        if _linked_source_line(node):
            _take_links(node, listed, in_lines)
    for heading in body.css("h2, h3, h4, h5, h6"):
        name = (heading.text(deep=True) or "").strip()
        if len(name) <= 40 and (_SOURCES_HEADING.match(name) or SOURCES_HEADING.match(name)):
            for box in _bulleted_lists_under(heading):
                _take_links(box, listed, in_lines)
    if not listed:
        return {}
    wanted = set(listed)
    numbers: dict[str, int] = {}
    for a in body.css("a"):
        key = _url_key(a.attributes.get("href") or "")
        if key in wanted and a.mem_id not in in_lines:
            if (a.text(deep=True) or "").strip(" ()[]").isdigit():
                return {}  # the text cites the list by linked numbers ("(1)"): they number it
            if key not in numbers and not _in_heading(a):
                numbers[key] = len(numbers) + 1
    for key in listed:
        numbers.setdefault(key, len(numbers) + 1)
    return numbers


def _take_links(box: LexborNode, listed: list[str], in_lines: set[int]) -> None:
    for a in box.css("a"):
        in_lines.add(a.mem_id)
        if _out_link(href := a.attributes.get("href") or ""):
            listed.append(_url_key(href))


def _bulleted_lists_under(heading: LexborNode) -> list[LexborNode]:
    """The bulleted lists between a heading and the next heading (a numbered list numbers itself)."""
    found: list[LexborNode] = []
    node = heading.next
    while node is not None:
        tag = node.tag or ""
        if (len(tag) == 2 and tag[0] == "h" and tag[1] in "123456") or tag == "ol":
            break
        if tag == "ul":
            found.append(node)
        elif tag in ("div", "section") and node.css_first("h1, h2, h3, h4, h5, h6, ol") is None:
            found.extend(node.css("ul"))
        node = node.next
    return found


def _heading_panels(body: LexborNode) -> set[str]:
    """The ids a button in a heading opens (`<h3><button aria-controls="p1">`): an accordion's folded panels."""
    return {
        panel
        for control in body.css("[aria-controls]")
        if _in_heading(control)
        for panel in (control.attributes.get("aria-controls") or "").split()
    }


def _in_heading(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return True
        parent = parent.parent
    return False


def _linked_source_line(node: LexborNode) -> bool:
    """A line "Sources: <a>CDC</a>, <a>NHS</a>" under an article: a source list written as one paragraph."""
    for count, first in enumerate(node.traverse(include_text=True)):
        if first.is_text_node and (first.text_content or "").strip():
            if not _SOURCES_LABEL.match(first.text_content or ""):
                return False  # the label opens the line: a cheap test before reading the whole box
            break
        if count > 8:
            return False
    else:
        return False
    text = node.text(deep=True) or ""
    if len(text) > 4000 or (label := _SOURCES_LABEL.match(text)) is None:
        return False
    links = [a for a in node.css("a") if _out_link(a.attributes.get("href") or "")]
    if len(links) < 2:
        return False
    rest = text[label.end() :]
    for a in links:
        rest = rest.replace((a.text(deep=True) or "").strip(), " ", 1)
    return bool(_BETWEEN_LINKS.fullmatch(rest))  # nothing but the links and the commas between them


def _folded_panel(attrs: dict[str, str | None]) -> bool:
    """A tab panel or an accordion's panel, hidden until the reader opens it."""
    role = (attrs.get("role") or "").lower()
    return role in ("tabpanel", "region") or bool(_PANEL_CLASS.search(attrs.get("class") or ""))


def _picture_box(node: LexborNode, rows: int | None = None) -> bool:
    """A box holding a picture and at most a caption's worth of text (and, for a table, a few rows).

    Looks at no more than a small box's worth of nodes, so nested layout tables cost nothing much."""
    chars = pictures = trs = 0
    for count, n in enumerate(node.traverse(include_text=True)):
        if count > _BOX_NODES:
            return False
        tag = n.tag
        if n.is_text_node:
            parent = n.parent
            if parent is None or parent.tag not in RAW_TEXT:
                chars += len((n.text_content or "").strip())
                if chars > _CAPTION_CHARS:
                    return False
        elif tag == "picture" or (tag == "img" and not _icon(n)):
            pictures += 1
        elif tag == "tr":
            trs += 1
        elif tag == "th" and rows is not None:
            return False
    return pictures > 0 and (rows is None or trs <= rows)


def _icon(img: LexborNode) -> bool:
    """An icon or a logo beside a line of text, not a picture with a caption."""
    attrs = img.attributes
    if re.search(r"icon|logo|sprite|emoji", " ".join(filter(None, [attrs.get("class"), attrs.get("src")])), re.I):
        return True
    sizes = [(attrs.get(k) or "").strip().removesuffix("px") for k in ("width", "height")]
    return any(v.isdigit() and int(v) <= 64 for v in sizes)


def _out_link(href: str) -> bool:
    """A link to a page on the web (not an anchor, script or mail address)."""
    href = href.strip()
    return href.lower().startswith(("http://", "https://")) and _valid_url(href)


def _valid_url(href: str) -> bool:
    """`http://[oops/` is no address: such a link is not the entry's URL."""
    try:
        urlsplit(href).port  # noqa: B018 - reading the port validates host and port
    except ValueError:
        return False
    return True


# --- the article's own content ----------------------------------------------------------------------


def _content_root(tree: LexborHTMLParser, walker: _Walker) -> int | None:
    """The element record of the article itself, found as readers do.

    `<main>` or `role=main`, else the `<article>` with the most text, else the smallest container
    that still holds most of the page's text (a page laid out in `<div>`s, or wrapped in a form).
    """
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and node.mem_id in walker.element_of:
            return walker.element_of[node.mem_id]
    elements = walker.elements
    articles = [
        walker.element_of[n.mem_id] for n in tree.css("article, [role=article]") if n.mem_id in walker.element_of
    ]
    if articles:
        return max(articles, key=lambda i: elements[i].text)
    total = elements[0].text
    if total < 400:
        return None
    at = 0
    while True:
        children = [c for c in elements[at].children if elements[c].tag in _CONTAINERS]
        if not children:
            break
        best = max(children, key=lambda c: elements[c].text)
        if elements[best].text < 0.6 * total:
            break
        at = best
    return at if at else None


def _widen_to_title(walker: _Walker, root: int, blocks: list[Block], span: tuple[int, int]) -> int:
    """The content root grown to hold the article's heading when the page prints it in a box of its own."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "heading" and (b.start, b.end) == span), None)
    element = walker.elements[root]
    if at is None or element.first_block <= at <= element.last_block:
        return root
    ancestors = set()
    node = root
    while node >= 0:
        ancestors.add(node)
        node = walker.elements[node].parent
    node = walker.block_element[at]
    while node >= 0 and node not in ancestors:
        node = walker.elements[node].parent
    return max(node, 0)


def _outside_root_is_chrome(blocks: list[Block], walker: _Walker, root: int | None) -> list[Block]:
    """Blocks before or after the article's own content are page furniture, never claims."""
    if root is None:
        return blocks
    element = walker.elements[root]
    first, last = element.first_block, element.last_block
    out = []
    for i, block in enumerate(blocks):
        if (i < first or i > last) and block.role == "body":
            block = block.model_copy(update={"role": "chrome"})
        out.append(block)
    return out


# "About Mayo Clinic" over a press release's closing boilerplate, which opens with the same name
_ABOUT = re.compile(
    r"^\s*About\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|for|and|the)){0,7})\s*:?\s*$"
)


def _about_the_publisher(blocks: list[Block]) -> list[Block]:
    """The "About <organisation>" section closing a news release describes the publisher: furniture, never claims.

    Only when the text under the heading opens with the organisation's name ("Mayo Clinic is a
    nonprofit ..."), so a section such as "About Lyme Disease" that explains the topic stays article text.
    """
    out = list(blocks)
    body_seen = False
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            body_seen = body_seen or block.role == "body"
            continue
        m = _ABOUT.match(block.text)
        if m is None or not body_seen or block.role != "body":
            continue
        name = m.group("name").rstrip(".:")
        following = next((b for b in blocks[i + 1 : i + 3] if b.kind != "heading" and b.role == "body"), None)
        opening = following.text.lstrip() if following is not None else ""
        if not opening.startswith((name + " ", "The " + name + " ", name + ",", name + "’s", name + "'s")):
            continue
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind == "heading" and blocks[j].level <= block.level:
                break
            if out[j].role == "body":
                out[j] = out[j].model_copy(update={"role": "chrome"})
        out[i] = block.model_copy(update={"role": "chrome"})
    return out


_META_CHARSET = re.compile(
    rb"<meta[^>]*?(?:charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)|content\s*=\s*[\"'][^\"']*charset\s*=\s*([A-Za-z0-9._:-]+))",
    re.I,
)
# labels that browsers read as another encoding (WHATWG Encoding): Latin-1 and ASCII are windows-1252,
# and a page cannot declare itself UTF-16 in its own bytes
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def declared_encoding(data: bytes) -> str | None:
    """The encoding a saved page declares in a meta tag within its first 1024 bytes, as a browser's
    prescan reads it; None for UTF-8, no declaration or a name Python does not know."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None  # a byte order mark wins over any declaration
    m = _META_CHARSET.search(data[:1024])
    if m is None:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") else name


def parse_html(text: str, path: str) -> Article:
    """Parse a published page's HTML; never raises: a page that cannot be read is a parse problem."""
    try:
        return _parse(text, path)
    except Exception as exc:
        return Article.model_construct(
            path=path,
            format="html",
            text=text,
            metadata=Metadata(),
            blocks=[],
            sources=[],
            sources_heading=None,
            parse_problems=[(0, min(1, len(text)), f"the HTML could not be read ({type(exc).__name__})")],
        )


def _parse(text: str, path: str) -> Article:
    scan = Scan(text)
    tree = LexborHTMLParser(scan.safe)
    walker = _Walker(text, scan)
    body = tree.body or tree.root
    if body is not None:
        walker.link_numbers = _link_line_numbers(body)
        walker.heading_panels = _heading_panels(body)
        walker.walk(body)
        walker.flush()
    root = _content_root(tree, walker)
    lang = _lang(scan)
    blocks, meta, head = _collect(walker, scan, text, lang)
    title = _title(blocks, walker, root, head)
    if title is not None and root is not None:
        root = _widen_to_title(walker, root, blocks, title[1])
    if away := _teaser_bylines(blocks, walker, root):
        # bylines of the cards under the article ("Read this next") name other articles' people
        blocks, meta, head = _collect(walker, scan, text, lang, away)
    blocks = _outside_root_is_chrome(blocks, walker, root)
    blocks = _about_the_publisher(blocks)
    blocks = _social_lines(blocks)
    blocks = _publisher_boilerplate(blocks, head.site_names)
    if title is not None:
        meta.set_title(*title)
        blocks = _before_title_is_chrome(blocks, title[1])
    blocks = _split_dateline(blocks)
    if lang:
        meta.extra["lang"] = lang
    return Article.model_construct(
        path=path,
        format="html",
        text=text,
        metadata=meta.metadata(),
        blocks=blocks,
        sources=_numbered_by_links(walker.sources, walker) if walker.sources else _linked_sources(walker),
        sources_heading=walker.sources_heading,
        parse_problems=[],
    )


def _linked_sources(walker: _Walker) -> list[Source]:
    """A page with no source list whose citation markers link to the papers: each link is the entry it cites."""
    return [
        parse_source_entry(url, start=start, end=end, number=number, link_url=url).model_copy(
            update={"linked_only": True}
        )
        for number, (url, start, end) in sorted(walker.linked_sources.items())
    ]


def _numbered_by_links(sources: list[Source], walker: _Walker) -> list[Source]:
    """An unnumbered entry takes the number of the marker that links to its own URL ("(3)" -> the entry at that URL)."""
    if not walker.linked_sources or any(s.number is not None for s in sources):
        return sources
    by_url = {url.rstrip("/").lower(): number for number, (url, _, _) in walker.linked_sources.items()}
    out = []
    for source in sources:
        number = by_url.pop((source.url or "").rstrip("/").lower(), None) if source.url else None
        out.append(source.model_copy(update={"number": number}) if number is not None else source)
    return out


def _collect(
    walker: _Walker, scan: Scan, text: str, lang: str | None, away: frozenset[int] = frozenset()
) -> tuple[list[Block], MetadataCollector, _Head]:
    """The page's metadata from its bylines, time elements, head and authors box, and the blocks marked."""
    meta = MetadataCollector(lang)
    furniture_dates: list[tuple[DateField, date, tuple[int, int]]] = []
    blocks = _bylines(walker.blocks, meta, furniture_dates, away)
    _time_elements(scan, blocks, meta)
    head = _head_metadata(scan, text, meta)
    if not meta.authors and (marked := _microdata_author(scan, text, blocks)) is not None:
        meta.add_authors([marked])  # no byline the reader knows names them: the author the markup marks
    if not meta.authors:
        # a name alone in an element named for the byline or the author, above the text: <p class="author">Ann Lee</p>
        text_starts = _text_start(blocks)
        for i in walker.byline_box_blocks:
            if blocks[i].start > text_starts:
                break
            if i not in away and blocks[i].role == "byline" and (people := _listed_names(blocks[i])):
                meta.add_authors(people)
                break
    if not meta.authors:
        # no byline or meta tag names the authors: the names a journal page lists in its authors box
        listed = [i for i in walker.author_list_blocks if blocks[i].role != "chrome" and i not in away]
        for n, i in enumerate(listed):
            if people := _listed_names(blocks[i]):
                for j in [i, *(k for k in listed[n + 1 :] if blocks[k].kind == "list_item")]:
                    people = _listed_names(blocks[j])
                    if not people:
                        break  # the names end where the list goes on to affiliations or links
                    meta.add_authors(people)
                    blocks[j] = blocks[j].model_copy(update={"role": "byline"})
                break
    if not meta.dated:
        for found in furniture_dates:  # the site's "last edited" dates a page that gives no date of its own
            meta.add_date(*found)
    return blocks, meta, head


def _microdata_author(scan: Scan, text: str, blocks: list[Block]) -> tuple[Person, int, int] | None:
    """The first person the page marks `itemprop="author"` or `class="author vcard"` (the name inside it
    when it marks one) or links `rel="author"`, outside the page's furniture:
    "Edited by <span itemprop=author>Ann Lee</span>"."""
    starts = [b.start for b in blocks]
    text_starts = _text_start(blocks)
    tags = scan.tags
    for i, tag in enumerate(tags):
        marked = "author" in (tag.attrs.get("itemprop") or "").lower().split()
        linked = tag.name == "a" and "author" in (tag.attrs.get("rel") or "").lower().split()
        card = {"author", "vcard"} <= set((tag.attrs.get("class") or "").lower().split())  # WordPress's hCard
        if not (marked or linked or card) or tag.name in ("meta", "link"):
            continue
        named = next((t for t in tags[i + 1 : i + 4] if _name_part(t)), tag)
        end = text.find("<", named.end)
        raw = text[named.end : end if end >= 0 else len(text)]
        name = html.unescape(raw).strip()
        at = named.end + len(raw) - len(raw.lstrip())
        k = bisect.bisect_right(starts, at) - 1
        covered = k >= 0 and blocks[k].end >= at
        if not name or (covered and blocks[k].role == "chrome"):
            continue
        if at > text_starts and not (covered and blocks[k].role == "byline"):
            continue  # after the article's text began: a card's author, unless on a byline line
        if (person := parse_person(name)) is not None and len(name.split()) <= 5:
            return person, at, at + len(name)
    return None


def _text_start(blocks: list[Block]) -> int:
    """Where the article's running text begins: its first paragraph of some length."""
    return next((b.start for b in blocks if b.kind == "paragraph" and b.role == "body" and len(b.text) > 80), 0)


def _name_part(tag: Tag) -> bool:
    """The element holding the person's name inside a marked author: `itemprop="name"`, hCard's `fn`."""
    itemprop, classes = (tag.attrs.get("itemprop") or "").lower(), (tag.attrs.get("class") or "").lower()
    return "name" in itemprop.split() or "fn" in classes.split()


def _teaser_bylines(blocks: list[Block], walker: _Walker, root: int | None) -> frozenset[int]:
    """Byline lines after the article naming two people or more: the cards of other articles."""
    if root is None:
        return frozenset()
    last = walker.elements[root].last_block
    named: dict[int, str] = {}
    for i in range(last + 1, len(blocks)):
        if len(blocks[i].text) <= 200 and (found := read_line(blocks[i].text)) is not None:
            people = [p for p, _, _ in found.authors] + ([found.reviewer[0]] if found.reviewer else [])
            if people:
                named[i] = people[0].name.casefold()
    return frozenset(named) if len(set(named.values())) >= 2 else frozenset()


def _lang(scan: Scan) -> str | None:
    tag = next((t for t in scan.tags if t.name == "html"), None)
    lang = (tag.attrs.get("lang") or tag.attrs.get("xml:lang") or "").strip() if tag else ""
    return lang or None


# --- bylines and date lines ---------------------------------------------------------------------

# a label and the date it introduces, for the date lines the byline reader does not know
_DATE_LABEL = re.compile(
    r"(?P<label>\b(?:(?:page|content|article|information|date)\s+)?(?:last\s+|first\s+)?(?:medically\s+)?"
    r"(?:reviewed|review\s+date|updated|modified|revised|edited|current\s+as\s+of|published|posted|date\s+of\s+review)"
    r"(?:\s+on)?)\s*[:\-–]?\s*",
    re.I,
)
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+", re.I)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
_MONTH_YEAR = re.compile(rf"({'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(\d{{4}})\b", re.I)


def _updated_or_reviewed(label: str) -> DateField:
    """A date label that names a review ("Last reviewed", "Review Date") gives the review date, else the update."""
    return "reviewed" if re.search(r"review", label, re.I) else "updated"


def _labelled_date(text: str) -> tuple[DateField, date, int, int] | None:
    """'Last reviewed: 1/4/2018', 'Review Date 5/17/2024', 'Current as of: July 31, 2024'."""
    for m in _DATE_LABEL.finditer(text):
        rest = m.end()
        if (weekday := _WEEKDAY.match(text, rest)) is not None:
            rest = weekday.end()  # "Posted: Tue 14 Mar 2023"
        field: DateField = (
            "published"
            if re.search(r"publish|posted", m.group("label"), re.I)
            else _updated_or_reviewed(m.group("label"))
        )
        named = DATE_PATTERN.match(text, rest)
        if named is not None and (day := date_from_match(named)) is not None:
            return field, day, named.start(), named.end()
        numeric = _NUMERIC_DATE.match(text, rest)
        if numeric is not None:
            a, b, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
            year += 2000 if year < 100 else 0
            try:  # the collector reads it once the page's date order is known
                return field, NumericDate(year, a, b), numeric.start(), numeric.end()
            except ValueError:
                continue
        month_year = _MONTH_YEAR.match(text, rest)
        if month_year is not None:
            day = date(int(month_year.group(2)), MONTHS[month_year.group(1).lower()], 1)
            return field, day, month_year.start(), month_year.end()
    return None


def _date_line(text: str) -> bool:
    """A short line that is a date label and its date and nothing more: 'Page last reviewed: 3 May 2024'."""
    core = text.strip().rstrip(".")
    dated = _labelled_date(core) if len(core) <= 60 else None
    return dated is not None and dated[3] == len(core) and not re.search(r"\d", core[: dated[2]])


_CLOCK_TIME = re.compile(r",?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)


def _bare_date(text: str) -> tuple[date, int, int] | None:
    """A block that is a date and nothing else, in any form a date line takes, with where it sits."""
    core = _CLOCK_TIME.sub("", text.strip())  # "7/8/2020 2:24:26 PM": the time of day says nothing more
    lead = len(text) - len(text.lstrip())
    dated = _labelled_date("Updated: " + core)
    if dated is None or dated[2] != 9 or dated[3] != 9 + len(core.rstrip(".")):
        return None
    return dated[1], lead + dated[2] - 9, lead + dated[3] - 9


# a news dateline opening the story: "Feb. 23, 2015 -- ", "MONDAY, Jan. 5, 2015 (HealthDay News) -- "
_DATELINE = re.compile(
    r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?=\S)",
    re.I,
)
# a long dash may touch the story's first word: "July 1, 2021—Tired. Worn out."
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:--|—|–|-(?=\s))\s|(?:--|—|–)(?=[A-Z\"“]))")


def _dateline(text: str) -> tuple[date, int, int, int] | None:
    """The date a news story opens with, before its dash, and where the story's text starts."""
    lead = _DATELINE.match(text)
    named = DATE_PATTERN.match(text, lead.end()) if lead is not None else None
    dash = _DATELINE_END.match(text, named.end()) if named is not None else None
    if named is None or dash is None:
        return None
    day = date_from_match(named)
    return (day, named.start(), named.end(), dash.end()) if day is not None else None


def _split_dateline(blocks: list[Block]) -> list[Block]:
    """The dateline opening a story is a byline of its own: the story's first sentence starts after its dash.

    Run last: the passes before it index the blocks as the walker made them.
    """
    paragraphs = 0
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or block.role != "body" or len(block.text) <= 80:
            continue
        opened = _dateline(block.text)
        if opened is not None and opened[3] < len(block.text):
            return [*blocks[:i], *_split(block, opened[3]), *blocks[i + 1 :]]
        paragraphs += 1
        if paragraphs == 3:
            break
    return blocks


def _split(block: Block, at: int) -> tuple[Block, Block]:
    """The block cut in two at ``at`` in its text, each part keeping its exact place in the file."""
    head_text, tail_text = block.text[:at].rstrip(), block.text[at:]
    start = block.source_offset(at)
    segments = ((0, start), *((t - at, src) for t, src in block.segments if t > at))
    head = block.model_copy(
        update={"text": head_text, "end": block.source_offset(len(head_text) - 1) + 1, "role": "byline"}
    )
    return head, block.model_copy(update={"text": tail_text, "start": start, "segments": segments})


def _bylines(
    blocks: list[Block],
    meta: MetadataCollector,
    furniture_dates: list[tuple[DateField, date, tuple[int, int]]],
    away: frozenset[int] = frozenset(),
) -> list[Block]:
    """Mark the byline, date and call-to-action lines and read the metadata they print; the dates
    that page furniture prints (a site footer's "last edited") go to ``furniture_dates``, and the
    people named by the blocks in ``away`` (other articles' bylines) are not the page's."""
    out: list[Block] = []
    follows: str | None = None
    labelled: DateField | None = None  # the block before was a date label alone ("Last reviewed")
    paragraphs = 0  # story paragraphs seen (chrome and bylines are short): a dateline opens one of the first
    for index, block in enumerate(blocks):
        add_date = meta.add_date if block.role != "chrome" else lambda *d: furniture_dates.append(d)
        if block.kind == "paragraph" and block.role == "body" and paragraphs < 3 and len(block.text) > 80:
            paragraphs += 1
            if (opened := _dateline(block.text)) is not None:
                day, s, e, _ = opened
                add_date("published", day, (block.source_offset(s), block.source_offset(e - 1) + 1))
                paragraphs = 3
        if labelled is not None and (bare := _bare_date(block.text)) is not None:
            # the date under its label in a cell, term or line of its own: <dt>Last reviewed</dt><dd>3 May 2024</dd>
            day, s, e = bare
            add_date(labelled, day, (block.source_offset(s), block.source_offset(e - 1) + 1))
            out.append(block.model_copy(update={"role": "byline"}) if block.role == "body" else block)
            labelled = follows = None
            continue
        labelled = None
        if len(block.text) <= 40 and block.role != "source_entry" and _DATE_LABEL.fullmatch(block.text.strip()):
            labelled = (
                "published" if re.search(r"publish|posted", block.text, re.I) else _updated_or_reviewed(block.text)
            )
        if block.kind == "heading" and len(block.text) <= 60 and (dated := _labelled_date(block.text)):
            # a heading that is a date line ("Review Date 5/17/2024") dates the page
            fld, day, s, e = dated
            add_date(fld, day, (block.source_offset(s), block.source_offset(e - 1) + 1))
            out.append(block.model_copy(update={"role": "byline"}))
            follows = None
            continue
        if block.kind == "heading" or block.role in ("source_entry", "disclaimer") or len(block.text) > 400:
            out.append(block)
            follows = None
            continue
        if follows in ("reviewer credentials", "author credentials"):
            # "Medically reviewed by" / "Jane Roe" / "MD, FACP": the credentials in the element under the name
            creds = credential_line(block.text.strip())
            if creds is not None:
                meta.add_credentials("reviewer" if follows == "reviewer credentials" else "author", creds)
                out.append(block.model_copy(update={"role": "byline"}))
                follows = None
                continue
        elif follows is not None:
            people = _people_value(block) if index not in away else []
            if people:
                if follows == "reviewer":
                    meta.set_reviewer(people[0][0], people[0][1:])
                else:
                    meta.add_authors(people)
                out.append(block.model_copy(update={"role": "byline"}))
                follows = f"{follows} credentials" if not people[-1][0].credentials else None
                continue
        follows = None

        def at(offset: int, block: Block = block) -> int:
            return block.source_offset(offset)

        def end(offset: int, block: Block = block) -> int:
            return block.source_offset(offset - 1) + 1

        if (
            block.kind in ("table_cell", "table_header")
            and DATE_PATTERN.fullmatch(block.text.strip())
            and (block.role == "chrome" or (out and out[-1].kind == "table_header" and out[-1].row == block.row))
        ):
            # a bare date in an infobox, or under a row header that names no date of the page ("Founded"),
            # is data; a layout table's lone date cell still dates the page
            out.append(block)
            continue
        found = read_line(block.text) if len(block.text) <= 300 else None
        if found is None and len(block.text) <= 30 and not block.text.rstrip().endswith(":"):
            # a label in a term or header cell of its own, printed without a colon: <dt>Reviewer</dt>
            label = read_line(block.text.rstrip() + ":")
            found = label if label is not None and (label.reviewer_follows or label.author_follows) else None
        if found is None and (cut := _LEADING_SEPARATOR.match(block.text)) is not None and len(block.text) <= 300:
            # "| By Ann Smith" after a category label that was left out
            found = _shifted(read_line(block.text[cut.end() :]), cut.end())
        if found is None and (tail := _TRAILING_FURNITURE.search(block.text)) is not None and tail.start() > 0:
            # "By Ann Lee | May 2, 2020 | 12": a closing separator or comment count after the byline
            found = read_line(block.text[: tail.start()]) if tail.start() <= 300 else None
        if found is None and _CREDIT.search(block.text):
            found = _sentence_bylines(block.text)
        if found is None or not found.dates:
            dated = _labelled_date(block.text) if len(block.text) <= 160 else None
            if dated is not None:
                fld, day, s, e = dated
                add_date(fld, day, (at(s), end(e)))
                if found is None:
                    role: BlockRole = "byline" if block.role == "body" and len(block.text) <= 80 else block.role
                    out.append(block.model_copy(update={"role": role}))
                    continue
        if found is None:
            out.append(block)
            continue
        if index in away:
            found = replace(found, authors=[], reviewer=None)
        meta.add_authors([(p, at(s), end(e)) for p, s, e in found.authors])
        if found.reviewer is not None:
            person, s, e = found.reviewer
            meta.set_reviewer(person, (at(s), end(e)))
        for fld, day, s, e in found.dates:
            add_date(fld, day, (at(s), end(e)))
        if found.reading_time is not None:
            minutes, s, e = found.reading_time
            meta.set_reading_time(minutes, (at(s), end(e)))
        follows = "reviewer" if found.reviewer_follows else "author" if found.author_follows else None
        if follows is None and found.reviewer is not None and not found.reviewer[0].credentials:
            follows = "reviewer credentials"  # "Reviewed by <a>Jane Roe</a><br>MD": the credentials on the next line
        elif follows is None and found.authors and not found.authors[-1][0].credentials and not found.dates:
            follows = "author credentials"
        role = found.role if block.role == "body" or found.role == "byline" else block.role
        out.append(block.model_copy(update={"role": role}))
    return out


def _listed_names(block: Block) -> list[tuple[Person, int, int]]:
    """The names in one line of an authors box ("Ana Ruiz, Li Wu", "Omar Haddad, PhD,"), never a sentence."""
    text = block.text.rstrip(" ,;")
    if not text or len(text) > 300 or text[-1] in ".!?:":
        return []
    found = split_people(text)
    return [(p, block.source_offset(s), block.source_offset(e - 1) + 1) for p, s, e in found or []]


def _people_value(block: Block) -> list[tuple[Person, int, int]]:
    """The people a label line announced, in the block under it: one name, or several clinicians
    ("Ann Roe, MD - Family Medicine & Li Wu, MD - Oncology"), with their places in the file."""
    text = block.text
    if len(text) > 300 or text.rstrip()[-1:] in ("!", "?"):
        return []
    found = split_people(text.rstrip(" ,.")) or people_in(text)
    if not found:
        person = parse_person(text.rstrip("."))
        return [(person, block.start, block.end)] if person is not None and len(text.split()) <= 12 else []
    return [(p, block.source_offset(s), block.source_offset(e - 1) + 1) for p, s, e in found]


_LEADING_SEPARATOR = re.compile(r"[\s|•·/–—-]+(?=\S)")
_TRAILING_FURNITURE = re.compile(r"(?:\s*[|•·](?:\s*(?:\[\d{1,6}\]|\d{1,6}(?:\s+comments?)?|comments?))?)+\s*$", re.I)


def _shifted(found: BylineLine | None, by: int) -> BylineLine | None:
    """A byline read from a later part of the line, its spans moved to the whole line."""
    if found is None:
        return None
    found.authors = [(p, s + by, e + by) for p, s, e in found.authors]
    if found.reviewer is not None:
        person, s, e = found.reviewer
        found.reviewer = (person, s + by, e + by)
    found.dates = [(f, d, s + by, e + by) for f, d, s, e in found.dates]
    if found.reading_time is not None:
        minutes, s, e = found.reading_time
        found.reading_time = (minutes, s + by, e + by)
    return found


# a credit line among others in one paragraph: "Updated by: ... . Also reviewed by ..."
_CREDIT = re.compile(r"\b(?:written|reviewed|updated|edited|authored)\s+by\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z])")


def _sentence_bylines(text: str) -> BylineLine | None:
    """Read each sentence of a short credits paragraph as its own byline line."""
    merged: BylineLine | None = None
    at = 0
    for part in [*_SENTENCE_END.split(text)]:
        start = text.find(part, at)
        at = start + len(part)
        found = read_line(part)
        if found is None or found.role != "byline":
            if len(part.split()) > 12 or not re.search(r"\bby\b", part):
                return None  # a sentence that is no credit: the paragraph is article text
            continue
        if merged is None:
            merged = BylineLine("byline")
        merged.authors.extend((p, start + s, start + e) for p, s, e in found.authors)
        if found.reviewer is not None and merged.reviewer is None:
            person, s, e = found.reviewer
            merged.reviewer = (person, start + s, start + e)
        merged.dates.extend((f, d, start + s, start + e) for f, d, s, e in found.dates)
    return merged


_UPDATED_WORDS = re.compile(r"updat|review|modif|revis|current as of", re.I)
_PUBLISHED_WORDS = re.compile(r"publish|posted|written|created|released", re.I)


def _time_elements(scan: Scan, blocks: list[Block], meta: MetadataCollector) -> None:
    """`<time datetime>` and microdata dates, read as the label printed beside them says."""
    starts = [b.start for b in blocks]
    for tag in scan.tags:
        prop = (tag.attrs.get("itemprop") or "").lower()
        if tag.name != "time" and prop not in ("datepublished", "datemodified", "datecreated", "lastreviewed"):
            continue
        day = _day(tag.attrs.get("datetime") or tag.attrs.get("content") or "")
        if day is None:
            continue
        i = bisect.bisect_right(starts, tag.end) - 1
        near = [blocks[k] for k in (i - 1, i) if 0 <= k < len(blocks) and blocks[k].start - 200 <= tag.end]
        inside = near[-1] if near and near[-1].end >= tag.end else None
        if inside is not None and inside.role == "body" and len(inside.text) > 160:
            continue  # a date in running text is no date of the page
        label = " ".join(b.text for b in near if len(b.text) <= 160)
        fld: DateField
        if prop == "lastreviewed":
            fld = "reviewed"
        elif prop == "datemodified" or (not prop and _UPDATED_WORDS.search(label)):
            fld = "updated" if prop else _updated_or_reviewed(label)
        elif prop or _PUBLISHED_WORDS.search(label) or inside is None or len(inside.text) <= 160:
            fld = "published"
        else:
            continue
        meta.add_date(fld, day, (tag.start, tag.end))


# a line that only points elsewhere: "Follow Jo Smith on Twitter.", "Originally published on Example News."
_SOCIAL_SENTENCE = re.compile(
    r"\s*(?:follow\b[^.!?]{0,100}?(?:twitter|facebook|instagram|linkedin|google\+|youtube|tiktok|pinterest|@\w)"
    r"[^.!?]{0,100}|(?:originally|first)\s+published\s+(?:on|in|at|by)\b[^.!?]{1,80})[.!]?\s*",
    re.I,
)


# what the closing paragraph about a publisher says of it: "Example Health is a nonprofit ...", "... integrates"
_PUBLISHER_VERB = re.compile(
    r"\s+(?:is\s+(?!\w+ing\b)|(?:integrates|provides|offers|serves|operates|brings|combines|comprises|includes"
    r"|leads|delivers|advances|employs|treats|cares)\b)"
)


def _publisher_boilerplate(blocks: list[Block], names: list[str]) -> list[Block]:
    """A paragraph in the second half of the article that opens by describing the publisher itself
    ("Example Medicine integrates research, teaching and care ...") is the site's boilerplate, not a claim."""
    names = sorted({n for n in names if len(n) >= 4 and any(c.isupper() for c in n)}, key=len, reverse=True)
    body = [i for i, b in enumerate(blocks) if b.role == "body" and b.kind == "paragraph"]
    if not names or len(body) < 4:
        return blocks
    out = list(blocks)
    for i in body[len(body) // 2 :]:
        text = blocks[i].text
        opening = text[4:] if text.startswith("The ") else text
        for name in names:
            if opening.startswith(name) and _PUBLISHER_VERB.match(opening, len(name)):
                out[i] = blocks[i].model_copy(update={"role": "chrome"})
                break
    return out


def _social_lines(blocks: list[Block]) -> list[Block]:
    """A paragraph made only of "follow us" and "originally published on" sentences is furniture."""
    out = []
    for block in blocks:
        if block.role == "body" and block.kind == "paragraph" and len(block.text) <= 400:
            at = 0
            while (m := _SOCIAL_SENTENCE.match(block.text, at)) is not None and m.end() > at:
                at = m.end()
            if at == len(block.text):
                block = block.model_copy(update={"role": "chrome"})
        out.append(block)
    return out


def _before_title_is_chrome(blocks: list[Block], span: tuple[int, int]) -> list[Block]:
    """What a page prints above its article's own heading (a section banner, a tagline) is furniture."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "heading" and (b.start, b.end) == span), None)
    if at is None:
        return blocks
    return [b.model_copy(update={"role": "chrome"}) if i < at and b.role == "body" else b for i, b in enumerate(blocks)]


# --- the title ------------------------------------------------------------------------------------

_TITLE_PARTS = re.compile(r"\s+[|–—·-]\s+|\s*\|\s*")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]{3,}", text.casefold())}


def _matches(heading: str, reference: str) -> bool:
    mine = _words(heading)
    return bool(mine) and len(mine & _words(reference)) >= 0.6 * len(mine)


# what a heading naming a part of the site (not an article) ends with: "Allergies Health Center", "Health Guide"
_SECTION_TITLE = re.compile(
    r"\b(?:guides?|cent(?:er|re)s?|library|resources|information|topics|conditions|services|a\s*(?:-|to)\s*z"
    r"|encyclopa?edia|hub|news|blog|articles|index|home)\s*$",
    re.I,
)


def _section_name(text: str) -> bool:
    """A few words naming a part of a site ("Allergies Health Center"), not an article ("Gout: a guide")."""
    return len(text.split()) <= 4 and not re.search(r"[:?]", text) and _SECTION_TITLE.search(text) is not None


# the first heading of many articles, never their title
_NOT_A_TITLE = re.compile(r"^\s*(?:overview|introduction|summary|contents|on this page|in this article)\s*:?\s*$", re.I)


def _title(blocks: list[Block], walker: _Walker, root: int | None, head: _Head) -> tuple[str, tuple[int, int]] | None:
    """The article's h1, unless it only names a site section: then the heading or the meta title
    (og:title, JSON-LD headline, `<title>` without the site's name) that names the article."""
    found = _title_heading(blocks, walker, root, head)
    if found is None or not _section_name(found[0]):
        return found
    if head.meta_title is not None and _matches(found[0], head.meta_title[0]):
        return found  # og:title or the JSON-LD headline says so
    # the title names a site section: the first heading of the article's own text names the article
    first, last = (
        (walker.elements[root].first_block, walker.elements[root].last_block) if root else (0, len(blocks) - 1)
    )
    at = next((i for i, b in enumerate(blocks) if (b.start, b.end) == found[1]), -1)
    for block in blocks[max(first, at + 1) : last + 1]:
        if block.kind == "heading" and block.level <= 3 and block.role == "body":
            if _section_name(block.text) or _NOT_A_TITLE.match(block.text):
                continue
            return block.text, (block.start, block.end)
        if block.kind != "heading" and block.role == "body":
            break  # the article's text starts before any heading of its own
    return found


def _title_heading(
    blocks: list[Block], walker: _Walker, root: int | None, head: _Head
) -> tuple[str, tuple[int, int]] | None:
    first, last = (0, len(blocks) - 1)
    if root is not None:
        first, last = walker.elements[root].first_block, walker.elements[root].last_block
    headings = [b for b in blocks if b.kind == "heading" and b.role != "chrome" and b.level <= 3]
    inside = [b for i, b in enumerate(blocks) if first <= i <= last and b.kind == "heading" and b.level == 1]
    h1s = inside or [b for b in blocks if b.kind == "heading" and b.level == 1]
    # the page's own title (og:title, JSON-LD headline) says which heading names the article; the
    # <title> only when there is none, as it also carries site sections
    reference = head.meta_title or head.page_title
    if reference is not None:
        for candidates in (h1s, headings):
            for block in candidates:
                if _matches(block.text, reference[0]):
                    return block.text, (block.start, block.end)
        for record in walker.headlines:
            # the social title (og:title) is worded for sharing: the headline the page marks is the article's
            at = walker.elements[record].first_block
            if 0 <= at < len(blocks) and blocks[at].kind == "heading" and blocks[at].role != "chrome":
                return blocks[at].text, (blocks[at].start, blocks[at].end)
        if head.meta_title is not None and h1s and _names_the_site(head.meta_title_full, head.site_names):
            # "Breaking News, Video, Photos - Example Times": the site's own title on every page, not the article's
            return h1s[0].text, (h1s[0].start, h1s[0].end)
        if head.meta_title is not None:
            return head.meta_title
    if h1s:
        return h1s[0].text, (h1s[0].start, h1s[0].end)
    return head.page_title


# --- <head>: meta tags and JSON-LD ------------------------------------------------------------------

_META_AUTHOR = frozenset({"author", "citationauthor", "dccreator", "dctermscreator", "articleauthor"})
# a scholarly meta tag's "Family, Given" (never "Name, MD": the given names are words or initials)
_INVERTED_NAME = re.compile(
    r"(?P<family>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s*(?P<given>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s?(?:[A-Z][a-z]+|[A-Z]\.))*)"
)
_META_TITLE = frozenset({"ogtitle", "citationtitle", "dctitle", "dctermstitle", "twittertitle", "headline"})
# meta names, properties and itemprops of dates, written without their `.`, `:`, `-` and `_`
_META_PUBLISHED = frozenset(
    """articlepublishedtime citationpublicationdate citationdate citationonlinedate dcdate dcdateissued
    dcdatecreated dctermscreated dctermsissued dctermsdate date datepublished datecreated pubdate publishdate
    publicationdate sailthrudate parselypubdate ogpublishedtime originalpublishdate""".split()
)
_META_UPDATED = frozenset(
    """articlemodifiedtime ogupdatedtime dctermsmodified dcdatemodified lastmodified datemodified lastreviewed
    lastreviewdate reviewdate reviewed datereviewed dcdatereviewed datelastreviewed revised modified lastupdated
    updated dateupdated contentlastreviewed""".split()
)


def _meta_date_field(key: str) -> DateField | None:
    """The date a meta tag of a name not listed above gives, by the words in its name."""
    if re.search(r"next|due|expir", key):
        return None  # the date of the next review is a plan, not a review
    if "review" in key:
        return "reviewed"
    if re.search(r"modif|updat|revis", key):
        return "updated"
    if re.search(r"publish|pubdate|issued", key):
        return "published"
    return None


@dataclass
class _Head:
    """What the page says about itself outside its visible text: the titles it gives."""

    meta_title: tuple[str, tuple[int, int]] | None = None  # og:title, JSON-LD headline, citation_title
    meta_title_full: str = ""  # the same as written, with the site's name if it carries one
    page_title: tuple[str, tuple[int, int]] | None = None  # <title>, without the site's name
    site_names: list[str] = field(default_factory=list)  # og:site_name, JSON-LD publisher, <title> suffixes


def _names_the_site(title: str, site_names: list[str]) -> bool:
    """A title ending in the site's own name ("... - TIME.com")."""
    parts = _TITLE_PARTS.split(title)
    last = parts[-1].strip().casefold() if len(parts) > 1 else ""
    return bool(last) and any(
        last == name.casefold() or last == name.casefold().removesuffix(".com") for name in site_names
    )


def _without_site(title: str) -> str:
    """'Gout - Symptoms and causes - Example Clinic' -> 'Gout': the article's name comes first."""
    title = " ".join(title.split())
    first = _TITLE_PARTS.split(title, maxsplit=1)[0].strip()
    return first if len(first) >= 3 else title


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    named = DATE_PATTERN.search(value[:80])
    return date_from_match(named) if named else None


def _head_metadata(scan: Scan, src: str, meta: MetadataCollector) -> _Head:
    """Fill what the visible byline did not say from meta tags and JSON-LD; return the titles found."""
    head = _Head()
    for tag in scan.tags:
        if tag.name == "meta":
            raw_key = tag.attrs.get("name") or tag.attrs.get("property") or tag.attrs.get("itemprop") or ""
            key = re.sub(r"[\s.:_-]", "", raw_key.lower())
            content = tag.attrs.get("content") or ""
            span = (tag.start, tag.end)
            if not content.strip():
                continue
            if key in _META_AUTHOR and not content.startswith(("http://", "https://")):
                if key != "author" and (inverted := _INVERTED_NAME.fullmatch(content.strip())):
                    content = f"{inverted['given']} {inverted['family']}"  # citation_author="Ruiz, Ana M."
                person = parse_person(content)
                if person is not None:
                    meta.add_authors([(person, *span)])
            elif key in _META_PUBLISHED and (day := _day(content)) is not None:
                meta.add_date("published", day, span)
            elif key in _META_UPDATED and (day := _day(content)) is not None:
                meta.add_date("reviewed" if "review" in key else "updated", day, span)
            elif key not in _META_TITLE and (fld := _meta_date_field(key)) and (day := _day(content)) is not None:
                meta.add_date(fld, day, span)  # a site's own name for it: "cdc:last_updated", "page-review-date"
            elif key in _META_TITLE and head.meta_title is None:
                head.meta_title, head.meta_title_full = (_without_site(content), span), content
            elif key in ("ogsitename", "applicationname"):
                head.site_names.append(" ".join(content.split()))
        elif tag.name == "script" and "ld+json" in (tag.attrs.get("type") or "").lower() and tag.raw_end > tag.end:
            _json_ld(src[tag.end : tag.raw_end], tag.end, meta, head)
    title = next((t for t in scan.tags if t.name == "title" and t.raw_end > t.end), None)
    if title is not None:
        full = " ".join(html.unescape(src[title.end : title.raw_end]).split())
        text = _without_site(full)
        if text.strip():
            head.page_title = (text, (title.end, title.raw_end))
        head.site_names.extend(part.strip() for part in _TITLE_PARTS.split(full)[1:])
    return head


def _json_ld(raw: str, offset: int, meta: MetadataCollector, head: _Head) -> None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return

    def objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
        if depth > 8:
            return
        if isinstance(value, list):
            for v in value:
                yield from objects(v, depth + 1)
        elif isinstance(value, dict):
            yield value
            yield from objects(value.get("@graph"), depth + 1)
            yield from objects(value.get("mainEntity"), depth + 1)
            yield from objects(value.get("mainEntityOfPage"), depth + 1)

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
        for key, fld in (("datePublished", "published"), ("dateModified", "updated"), ("lastReviewed", "reviewed")):
            day = _day(obj.get(key))
            if day is not None:
                meta.add_date(fld, day, span(key))  # type: ignore[arg-type]
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            head.site_names.append(" ".join(publisher["name"].split()))
        if isinstance(obj.get("headline"), str) and obj["headline"].strip() and head.meta_title is None:
            head.meta_title = (_without_site(obj["headline"]), span("headline"))
