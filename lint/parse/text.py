"""Page-text parser: the plain text a site export or a browser copy gives, mapped onto an Article.

The page has no markup, so every line gets a role from its shape, its position and its words: chrome
(notices, buttons, captions, banners), byline and date lines, the title, headings, body paragraphs,
list items and source entries. Blank lines separate blocks when the export prints them; compact
exports (one line per block, no blank lines) are read by shape: a heading is a short line without
sentence-final punctuation followed by body text, a list item starts with a bullet, a number, or
follows a lone bullet line. A table is a run of lines whose cells are glued together. Every block
keeps exact offsets into the file, and no pattern here can backtrack on a long line.
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass
from datetime import date

from lint.model import Article, Block, BlockKind, BlockRole, Person, Source
from lint.nlp.given_names import is_given_name, starts_with_given_name
from lint.nlp.lexicon import ADVICE_VERBS
from lint.nlp.markers import MARKER, SOURCE_NOTE, has_marker
from lint.parse.byline import (
    IMAGE_DESCRIPTION,
    NAME_CAPITALS,
    BylineLine,
    DateField,
    MetadataCollector,
    alt_text_subject,
    credential_line,
    dateline,
    find_dates,
    is_affiliation,
    is_alt_description,
    is_back_link,
    is_breadcrumb,
    is_caption,
    is_chrome,
    is_citation_line,
    is_furniture,
    is_job,
    is_phone_line,
    is_photo_credit,
    is_posted_in,
    is_section_name,
    is_site_section,
    last_crumb,
    looks_like_name,
    people_in,
    platform_author,
    read_dates,
    read_line,
    split_people,
)
from lint.parse.common import (
    DATE_PATTERN,
    MONTH_NAMES,
    MONTHS,
    NUMERIC_DATE,
    TextBuilder,
    is_clinical_reviewer,
    parse_person,
    parse_source_entry,
)

# a list item's bullet: the common marks, the typographic ones (arrows, squares, ticks), and the glyphs a
# symbol font's bullet becomes when the page is copied as text: a private-use character, or the letter the
# font's code point reads as in Latin-1 ("§" a square, "Ø" an arrow, "ü" a tick, "ā")
_MARKS = "•●◦▪▫‣⁃·*–\\-►▶▸▹■□◆◇♦❖★✓✔➢➤⮚\uf000-\uf0ff§Øüā"
# a round or square bullet may touch its item's first letter in a copy: "•lose weight"
_BULLET = re.compile(rf"^(?P<indent>[ \t]*)(?P<mark>[{_MARKS}])(?:[ \t]+|(?<=[•●▪■◦➢➤✓✔])(?=[^\W\d_]))(?=\S)")
# never a day closed by a full stop before its month and year, as German and Nordic pages print it ("20. January 2026")
_NUMBERED = re.compile(
    rf"^(?P<indent>[ \t]*)(?P<number>\d{{1,3}})[.)][ \t]+(?=\S)(?!(?i:{MONTH_NAMES})\.?,?\s+(?:19|20)\d\d\b)"
)
# a bullet printed on a line of its own, the item on the next line
_LONE_BULLET = re.compile(rf"^[ \t]*[{_MARKS}][ \t]*$")
# a source entry: "1. Title", "1) Title", "[PM3] Title", the published form "1. 1.^abcTitle(domain)",
# and an entry printed with its number only ("2.")
_ENTRY = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<number>\d{1,4})[.)]|\[(?P<label>[A-Za-z]{0,8}\d{1,6})\])(?:[ \t]*(?=\S)|[ \t]*$)"
)
# an encyclopedia's entry: "^ Title", "^ a b c Title" (one backlink letter per citation)
_CARET = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<number>\d{1,4})[.)][ \t]*)?[\^↑][ \t]*(?P<letters>(?:[a-z][ \t]+)*)")
# the heading of a source list, in any of the usual words
_SOURCES_HEADING = re.compile(
    r"^\s*(?:(?:show|view|hide|article|selected|key|medical|scientific)\s+)?(?:sources?|references?)\s*$"
    r"|^\s*(?:sources?|references?|reference\s+list|list\s+of\s+(?:references|sources)|bibliography|citations?"
    r"|works\s+cited|literature\s+cited"
    r"|notes|footnotes|notes\s+and\s+references|references\s+and\s+notes|sources\s+and\s+references"
    r"|(?:information\s+)?(?:adapted|taken)\s+from)\s*:?\s*$",
    re.I,
)
# words that only head a source list when entries follow ("Notes" may head prose too)
_WEAK_SOURCES_HEADING = re.compile(
    r"^\s*(?:notes|footnotes|citations?|(?:information\s+)?(?:adapted|taken)\s+from)\s*:?\s*$", re.I
)
# a sentence ending in a citation number flattened onto it: "most people.2", "include:16", "gland.¹"
_SUPERSCRIPT_END = re.compile(r"[.!?:;,](?:\d{1,3}(?:[,–-]\d{1,3})*|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?:[,˒⁻–-][⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})*)$")
_SENTENCE_BREAK = re.compile(r"[a-z]{2}\.\d{0,3} [A-Z]")
# what a layout table leaves of its borders when the page is copied: "|", "| |", "+----+", "|---|---|"
_TABLE_RULE = re.compile(r"[|+=\-\s]*\|[|+=\-\s]*|\+[-=+]+\+")
# a drop-down box's placeholder: "Select a topic to explore more.", "Select An Article", "Choose a category"
_SELECT_PROMPT = re.compile(
    r"(?:select|choose|pick)\s+(?:an?|your)\s+(?:topic|article|section|category|subject|page|condition)s?\b[^.!?]{0,30}\.?",
    re.I,
)
# an edit link printed after an encyclopedia heading: "Causes[edit]", "Causes [change | change source]"
_EDIT_LINK = re.compile(r"[ \t]*\[(?:edit|change)(?:[ \t]*\|[ \t]*(?:edit|change)[ \t]+source)?\][ \t]*$", re.I)
# what a reference reads like: authors with initials, a year, a journal's volume and pages, an identifier
_REF_AUTHOR = re.compile(r"^[A-Z][\w'’-]+(?:,\s*(?:[A-Z]\.\s?){1,3}|\s+[A-Z]{1,3}[,.](?=\s))")
_REF_YEAR = re.compile(
    r"\((?:19|20)\d{2}[a-z]?(?:,\s*\w+\.?\s*\d{0,2})?\)|\b(?:19|20)\d{2}\s*;\s*\d|\b(?:19|20)\d{2}\b"
)
_REF_STRONG = re.compile(
    r"\bdoi\s*:|\b10\.\d{4,9}/|\bPMID\b|\bPMC\d|https?://|\bwww\.|\bretrieved\b|\baccessed\b"
    r"|\b\d{1,4}\s*\(\s*[\w-]{1,6}\s*\)\s*:\s*[\w-]{1,10}|\bet\s+al\b|\bvol\.\s*\d|\bpp?\.\s*\d"
    # a journal's year, volume and page range with no issue: Vancouver "2019;37:1204-12", or "2008:9:135-146"
    r"|\b(?:19|20)\d{2}\s*[;:]\s*\d{1,4}\s*:\s*[A-Za-z]?\d{1,6}\s*[-\u2013]\s*[A-Za-z]?\d{1,6}\b",
    re.I,
)
_REPEATED = re.compile(r"(?P<number>\d{1,4})\.\s?\^(?P<letters>[a-z]*)|\^(?P<letters2>[a-z]*)")
# a reference's access date closing the line, whoever its author: "... Internet. Accessed January 25, 2011."
_ACCESSED_END = re.compile(
    r"\b(?:accessed|retrieved|cited)(?:\s+on)?\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\s*[.\])]?$"
    r"|\b(?:accessed|retrieved|cited)(?:\s+on)?\s*:?\s*(?:\d{1,4}[/.-]){2}\d{1,4}\s*[.\])]?$",
    re.I,
)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# where two table cells were glued together: "noticeWhat", "2Tingling"
_GLUE = re.compile(r"(?<=[a-z0-9%)\]])(?=[A-Z][a-z])|(?<=[a-z]{2})(?=\d)")
# a news archive's label above a headline: a year and up to three words
_LATIN = re.compile(r"[A-Za-z]")
# a headline printed with its label: "Title: New study links sugary drinks to liver disease"
# between a page's name and its site's in the browser's title line: "Mouth sores | Cancer Trust", "Fatigue - NHS"
_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+[|\-–—]\s")  # starts at a run's first space: no quadratic retries
_TITLE_LABEL = re.compile(r"^[ \t]*(?:Title|Headline)[ \t]*:[ \t]+(?=\S)")
# the line an encyclopedia prints under its article's title
_ENCYCLOPEDIA_TAGLINE = re.compile(r"from\s+\w+(?:\s+\w+)?,\s+the\s+free\s+encyclop(?:a)?edia", re.I)
# the button under a promo question: "Start here", "Find out more"
_PROMO_ACTION = re.compile(
    r"(?:start\s+here|get\s+started|find\s+out\s+(?:more|how)|learn\s+more|take\s+the\s+quiz|book\s+now|sign\s+up)\W*",
    re.I,
)
# a helpline box's number line under its call to action: "Speak to a cancer nurse" / "Call us on 13 11 20"
_CALL_US_ON = re.compile(
    r"(?:call|phone|ring|text)\s+(?:us|free)?\s*(?:on|at)?\s*:?\s*\(?\+?\d[\d\s()-]{4,18}\d\W*", re.I
)
_TIME_VALUE = re.compile(r"[A-Z][\w. ]{2,40}:\s*\d{1,3}\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?)\.?", re.I)
# a picture of someone described in a line of its own: "A woman in a head scarf hugs her knees to her chest."
_PERSON_PICTURED = re.compile(
    r"(?:an?|two|three)\s+(?:[\w-]+\s+){0,3}?(?:woman|women|man|men|nurse|doctor|patient|person|people|child|children"
    r"|girl|boy|couple|family|senior|teenager|baby)\b(?:\s+[\w'’,-]+){1,16}[.]?",
    re.I,
)
# a button labelled with one verb
_BUTTON_WORD = re.compile(r"(?:read|watch|listen|play|view|explore)\W*", re.I)
# the button closing a fundraising, shop or campaign promo above the article: "Register Now", "Donate today"
_PROMO_BUTTON = re.compile(
    r"(?:register|donate|give|join|shop|buy(?:\s+tickets)?|enrol|enroll|sign\s+up|get\s+involved|book)"
    r"(?:\s+(?:now|today|here|online))?\W*",
    re.I,
)
# a journal's link to a neighbouring article, printed over that article's title
_ARTICLE_LINK_LABEL = re.compile(
    r"(?:next|previous|prev)\s+(?:article|post|story)s?(?:\s+in\s+(?:(?:this\s+)?journal|(?:special\s+)?issue))?\W*$",
    re.I,
)
# a screen reader's mark where the page's own content begins: everything above it is the site's banner
_CONTENT_START = re.compile(
    r"(?:beginning|start)\s+of\s+(?:the\s+)?(?:main\s+)?content|(?:main\s+)?content\s+starts\s+here"
    # the skip link, printed where the page's own content begins: "Jump to content"
    r"|(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?content"
    # the skip link's target printed alone where the content begins: "Main Content"
    r"|main\s+content",
    re.I,
)
# a journal's label for the kind of article, printed between its title and a copy of it: "Original Article"
_ARTICLE_TYPE = re.compile(
    r"(?:original|review|research|brief|short|special)\s+(?:article|report|communication|paper)s?"
    r"|case\s+reports?|editorials?|commentary|perspectives?|systematic\s+reviews?|letters?\s+to\s+the\s+editor"
    # a journal's section of study kinds: "Minireviews", "Meta-Analysis", "Retrospective Study", "Basic Study"
    r"|mini[\s-]?reviews?|meta[\s-]?analys[ie]s"
    r"|(?:retrospective|prospective|observational|basic|clinical|cohort|case[\s-]control)\s+(?:trials?\s+)?stud(?:y|ies)",
    re.I,
)
# what a research record calls the item under its title: "Review", "Abstract", "Overview"
_RECORD_LABEL = re.compile(r"(?:review|article|abstract|overview|editorial|summary)", re.I)
# the label with the journal's section after a colon, or its access label run on: "Original Article: Supportive
# Care", "Minireviews Open Access"
# "Previous Topic | Next Topic", "« Previous Next »": a pager over the page's own title
_PAGER = re.compile(
    r"[«‹<]?\s*(?:previous|prev)(?:\s+(?:topic|page|article|post|section))?\s*[|/·•]?\s*"
    r"next(?:\s+(?:topic|page|article|post|section))?\s*[»›>]?",
    re.I,
)
_ARTICLE_TYPE_LINE = re.compile(
    rf"(?P<type>{_ARTICLE_TYPE.pattern})(?:\s*:\s+[A-Z][\w&,'’-]*(?:\s+[\w&,'’-]+){{0,7}}"
    r"|\s+(?:open|free)\s+access)?",
    re.I,
)
# a hospital's line naming the group it belongs to, under its name in the banner: "Part of Ramsay Health Care"
_SOCIAL_START = re.compile(r"(?i)(?:share\s*:?\s*)?(?:facebook|twitter|youtube|instagram|linkedin|pinterest|tiktok)\b")
_SOCIAL_LABEL = re.compile(r"(?i)(?:connect|follow|find|join|stay\s+connected|share|like)\b")
_GROUP_MEMBER = re.compile(
    r"(?:[Aa]\s+)?(?:[Pp]roud\s+)?(?:[Pp]art|[Mm]ember)\s+of\s+(?:the\s+)?[A-Z][\w&'’.-]*"
    r"(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|for)){0,6}"
)
# an index of the alphabet to browse a site by ("A B C ... Z A-Z Listings"): navigation, and the line over it its label
# a hospital or cancer centre named by its proper name, as a print view's header
_INSTITUTION = re.compile(
    r"(?:[A-Z][\w'’.&-]*\s+){1,6}(?:Hospitals?|Medical\s+Cent(?:er|re)|Cancer\s+(?:Cent(?:er|re)|Institute)"
    r"|Health\s+System|Health\s+Care|Healthcare|Clinic|Infirmary)"
)
# words that make such a line a leaflet's title instead: "Coming Into Hospital", "After Your Stay in Hospital"
_NOT_INSTITUTION = re.compile(
    r"\b(?:In|Into|At|To|After|Before|During|Your|Our|Going|Coming|Leaving|Staying|Visiting|Choosing|Finding|About"
    r"|Back|Home|From|Out)\b"
)
# a notice that ends where its link stood: "... visit", "... please see", "... click"
_DANGLING_LINK = re.compile(r"[,:]\s*(?:please\s+)?(?:visit|see|click|go\s+to|refer\s+to)$", re.I)
_MONTH_DAY = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?",
    re.I,
)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,8}")
# a line opening on the stop or comma that closed a link or image left out of the copy: ". Healthy Homes, Happy Lives"
_STRAY_STOP = re.compile(r"[.,]\s+[A-Z]")
_ALPHABET_INDEX = re.compile(r"^(?:[A-Z](?:\s*[|·•]\s*|\s+)){9,}[A-Z]\b")
# a sentence that ends inside a line and another that starts after it: "... energy levels. Here are some"
_SENTENCE_INSIDE = re.compile(r"[a-z)]{2}[.!?]\s+[A-Z][a-z]")
# a row of a site menu printed with bars: "Home | About Us | Locations", "Bone Scans | Prostate Care"
_BAR = re.compile(r"\S\s+\|\s+\S")
_ARCHIVE_LABEL = re.compile(r"^(?:19|20)\d\d\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}$")
# a journal page's heading over the authors' names and addresses
_AUTHOR_HEADING = re.compile(
    r"\b(?:corresponding\s+authors?|author\s+information|affiliations?|authors?\s*\(s\))", re.I
)
_LEAD_IN = re.compile(r"^[^.!?]{1,60}:$")
# a leaflet's line naming its readers, under its title: "Information for patients, relatives and carers"
_AUDIENCE_LINE = re.compile(
    r"(?:(?:patient|public|parent|family|carer)\s+information(?:\s+(?:leaflet|sheet|booklet))?"
    r"|(?:information|advice|a\s+guide|a\s+leaflet|fact\s+sheet)\s+for\s+(?:patients?|the\s+public|parents|families|carers"
    r"|relatives|consumers|(?:health\s*care\s+|health\s+)?professionals|clinicians)"
    r"(?:[,\s]+(?:their\s+)?(?:and\s+)?(?:patients?|parents|families|carers|relatives|friends|visitors)){0,4})\.?",
    re.I,
)
_LABELLED_DISCLAIMER = re.compile(r"^(?:important\s+notice|disclaimer|medical\s+disclaimer)\s*:", re.I)
# a slogan speaks as the organisation or to the reader: "Above all, we make a difference."
_SLOGAN_VOICE = re.compile(r"\b(?:we|our|us|you|your)\b", re.I)
# a site's name and its slogan after a dash: "Harbour Hospital – caring for you, close to home."
_NAMED_SLOGAN = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*\s+[–—-]\s+(?!.*\b(?:is|are|can|may|will|has|have)\b)[^.!?]{3,100}\.$"
)
# a leaflet's opening note on itself: "This leaflet answers common questions about ..."
_ABOUT_THE_LEAFLET = re.compile(
    r"(?:this|the)\s+(?:leaflet|booklet|factsheet|fact\s+sheet|information\s+sheet|handout|page)\s+"
    r"(?:answers|explains|describes|gives|provides|tells\s+you|covers|is\s+(?:about|for))\b",
    re.I,
)
# a drug or glossary page's label/value line under its name: "Common Brand Names: Zoloft", "Also Known As: ..."
_FACT_LABEL = re.compile(
    r"^(?:(?:common\s+)?(?:brand|generic|trade|other|chemical)\s+names?|drug\s+class(?:es)?|also\s+known\s+as"
    r"|alternate\s+spellings?|pronounced|pronunciation)\s*:",
    re.I,
)
# the first item of a breadcrumb or a page-contents list printed as a list: "1. Home", "- Introduction"
# a jump menu's label printed as a list item: "Go to:", "Jump to section:", "On this page:"
_JUMP_LABEL = re.compile(
    r"(?i)(?:(?:go|jump|skip|scroll)\s+to(?:\s+(?:a\s+)?(?:section|topic))?|on\s+this\s+page|in\s+this\s+(?:article|section)"
    r"|(?:page\s+)?contents|sections|quick\s+links)\s*:"
)
_NAV_LIST_START = re.compile(
    r"(?i)(?:(?:you\s+are\s+here|your\s+location)\s*:\s*)?"  # "1. Your location: Home"
    r"(?:home(?: page)?|introduction|overview|contents|table of contents|on this page)"
)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the line's first character
    text: str  # the line without its newline

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def end(self) -> int:
        return self.start + len(self.text.rstrip())

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def _lines(text: str) -> list[_Line]:
    """The lines of the page; `\n`, `\r\n` and a lone `\r` each end one, as editors count them."""
    out = []
    at = 0
    for m in _LINE_BREAK.finditer(text):
        out.append(_Line(at, text[at : m.start()]))
        at = m.end()
    out.append(_Line(at, text[at:]))
    return out


_LINE_BREAK = re.compile(r"\r\n?|\n")


def _groups(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of non-blank lines: blank lines separate blocks on a page."""
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line.stripped:
            if not current and groups and _wrapped_across_blank(groups[-1][-1], line):
                current = (
                    groups.pop()
                )  # a PDF copy's sentence broken by blank lines: "... multiple brain" / "functions."
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _wrapped_across_blank(last: _Line, line: _Line) -> bool:
    """A long line that stops mid-sentence and a line that goes on in lower case, with blank lines between.

    The break must show: the long line ends on a word no sentence ends with ("a number of"), or the
    rest is a short tail that ends the sentence ("functions, including memory.").
    """
    tail, head = last.stripped, line.stripped
    if len(tail) < 50 or not tail[-1].isalpha() or not head[0].islower():
        return False
    if _is_item_start(line) or _is_item_start(last):
        return False
    last_word = tail.rsplit(None, 1)[-1].lower()
    # a line of 90 characters or more that stops on a word is body text wrapped at a fixed width, never a heading
    return last_word in _CONTINUING_WORDS or len(tail) >= 90 or (len(head) <= 60 and _ends_sentence(head))


# words a sentence does not end with: a line stopping on one was wrapped
_CONTINUING_WORDS = frozenset(
    "a an the of to and or with in on for by from as at that which who is are was were be been can may will "
    "would should could their your its his her our this these those such than".split()
)


# a heading carried on over a page break: "Side Effects (cont.)", "Side Effects (continued)"
_CONTINUED = re.compile(r"\s+\((?:cont(?:'d|inued)?\.?)\)$", re.I)


def _alone_in_list(head: list[_Line], i: int) -> bool:
    """The line after ``i`` is no list item: ``i`` is a list of one."""
    return i + 1 < len(head) and not _is_item_start(head[i + 1])


# a journal page's corresponding-author line: "*Corresponding author: Ana Lima, ..."
_CORRESPONDING = re.compile(r"^\W*corresponding\s+author\b", re.I)
# the name of a hospital's unit or department: "Emergency Assessment Unit", "Department of Dermatology"
_UNIT_NAME = re.compile(
    r"(?i)\b(?:unit|department|directorate|ward|clinic|centre|center|service|services)$|^department\s+of\b"
)
# headings that open a section under the title, never the title under a section label
_SECTION_UNDER_TITLE = re.compile(
    # a deck listing what the page covers, its red flags last: "How to treat, prevent and when to seek advice"
    r"(?i)(?:(?:.{0,60}\b(?:and|&)\s+)?when\s+to\s+(?:seek|call|see|contact|get|go|phone|ring|visit|ask|talk|speak|worry)\b"
    r"|(?:what|everything)\s+you\s+(?:need|should|want)\s+to\s+know\W*$|the\s+facts\W*$|key\s+facts\W*$)"
)
# a generic first section of a topic page, never its title: "Description and Causes", "Signs and Symptoms"
_GENERIC_SECTION = re.compile(
    r"(?i)(?:description|definition|causes|symptoms|signs|diagnosis|treatments?|prevention|risk\s+factors|outlook)"
    r"(?:\s*(?:,|and|&)\s*(?:description|definition|causes|symptoms|signs|diagnosis|treatments?|prevention"
    r"|risk\s+factors|outlook))*"
)


def _title_with_a_stop(text: str) -> bool:
    """A line in title case closed by one full stop: "How To Cope With Tiredness During Radiotherapy."."""
    words = text[:-1].split()
    if not text.endswith(".") or text.endswith("..") or not 4 <= len(words) <= 14 or len(text) > 120:
        return False
    if any(c in text[:-1] for c in ".!?:;"):
        return False
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _headline_over_date(text: str, nxt: str) -> bool:
    """One sentence of 4 to 25 words closed by a full stop, over a line that is only the page's date."""
    words = text.split()
    if not text.endswith(".") or text.endswith("..") or not 4 <= len(words) <= 25 or not text[:1].isupper():
        return False
    if any(c in text[:-1] for c in "!?;") or _SENTENCE_BREAK.search(text):
        return False
    found = read_line(nxt)
    return found is not None and bool(found.dates) and not found.authors and found.reviewer is None


# a pictogram a blog sets before its headings, or the quotes a whole heading is set in: "⚡ What to do", "'Nappy rash'"
_HEADING_DRESS = re.compile(
    r"^\s*(?:(?:[\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)+(?=\w)"
    r"|['‘“\"](?=[A-Z][^'‘’“”\"]*['’”\"]\s*$))"
)


def _undress(text: str) -> tuple[int, str]:
    """How far the pictogram or the opening quote a heading is dressed in reaches, and the text after it without the
    closing quote; (0, text) for a heading without either."""
    m = _HEADING_DRESS.match(text)
    if m is None:
        return 0, text
    rest = text[m.end() :]
    if m.group(0).strip() in ("'", "‘", "“", '"'):
        rest = rest.rstrip()[:-1]
    return m.end(), rest


def _undressed(line: _Line) -> _Line:
    """The title's line past its pictogram or quotes, its offsets kept."""
    shift, text = _undress(line.text)
    return _Line(line.start + shift, text) if shift else line


def _heading_text(text: str) -> str:
    """A heading's words without an encyclopedia's edit link or a continuation mark, a leading pictogram or the
    quotes around it."""
    if text[:1] in "'‘“\"" or (text and not text[0].isascii()):
        text = _undress(text)[1]
    if text.endswith(")") and _CONTINUED.search(text):
        text = _CONTINUED.sub("", text)
    if "]" not in text[-40:]:
        return text.strip()
    # only the tail can hold the link; searching the whole line would rescan runs of spaces
    cut = max(0, len(text) - 40)
    m = _EDIT_LINK.search(text, cut)
    return text[: m.start()].strip() if m else text.strip()


# a heading that ends by naming its abbreviation: "Urinary Tract Infection (UTI)", "Atrial fibrillation (AF)"
# "Mouth Sores (Mucositis)", "Low Platelet Count (Thrombocytopenia)": a term or abbreviation in brackets ends a heading
# a heading that ends on a quoted word, the quote opened inside it: 'Coping with “chemo brain”'
_QUOTED_END = re.compile(r'\w\s+(?:“[^“”]{1,40}\w”|"[^"]{1,40}\w")$')
_NAME_IN_BRACKETS = re.compile(
    r"\w\s?\([A-Za-z][A-Za-z0-9-]{0,19}(?:\s[A-Z][A-Za-z0-9-]{0,19})?\)$"
    # a medical term of up to three words in lower case: "Mouth sores (oral mucositis)", "Hand-foot syndrome
    # (palmar-plantar erythrodysesthesia)"; never an aside such as "(see below)" or "(if needed)"
    r"|\w\s\((?!(?:see|or|and|if|for|e\.g|i\.e|not|only|optional|continued|cont|more|below|above|page|video|pdf)\b)"
    r"[a-z][a-z-]{2,24}(?:\s[a-z][a-z-]{1,24}){0,2}\)$"
    # an abbreviation spelt out in title case: "CKD (Chronic Kidney Disease)", "IBS (Irritable Bowel Syndrome)"
    r"|\b[A-Z]{2,6}\s\([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,4}\)$"
)
# a series' part after the title, in brackets: "What Are the Side Effects? (A Primer for Patients, Pt. 4)", "(Part 2)"
# a series' part or the year of an edition in brackets closing a heading: "... (Part 2)", "A Guide to Dry Eyes (2021)"
_SERIES_IN_BRACKETS = re.compile(
    r"[\w?]\s\([A-Z][^()]{0,60}\b(?:Part|Pt\.?|Episode|Chapter)\s*\d{1,2}\)$|[A-Za-z]\s\((?:19|20)\d\d(?:\s+(?:update|edition))?\)$"
)


def _title_case_step(text: str) -> bool:
    """A short line in title case ending in a full stop: every word of four letters or more capitalised."""
    text = text.strip()
    if not text.endswith(".") or text.endswith("..") or not _heading_like(text[:-1]):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    capitals = [w for w in words if w[0].isupper()]
    return len(capitals) >= 2 and len(words) <= 10 and all(w[0].isupper() for w in words if len(w) >= 4)


def _heading_like(text: str) -> bool:
    """A short line without sentence-final punctuation: a heading (some are questions)."""
    text = _heading_text(text)
    if not text or len(text) > 120 or len(text.split()) > 16:
        return False
    if (
        text[-1] in ".!:;,"
        or (
            text[-1] in "])\"'”"
            and not _NAME_IN_BRACKETS.search(text)
            and not _QUOTED_END.search(text)
            and not _SERIES_IN_BRACKETS.search(text)
        )
        or _SUPERSCRIPT_END.search(text)
    ):
        return False
    if len(text) > 60 and _SENTENCE_BREAK.search(text):
        return False  # two sentences: body text
    if " because " in text and len(text.split()) >= 6:
        return False  # a reason given: "Limit alcohol because this can also irritate your stomach", a sentence
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if (
        MARKER.search(text)
        or _BULLET.match(text)
        or _NUMBERED.match(text)
        or _FACT_LABEL.match(text)
        or SOURCE_NOTE.match(text)  # "Source: <newsletter>": a note on where the text comes from
    ):
        return False
    return any(c.isalpha() for c in text)


# words a wrapped line can break after but a title, a name list or an address never ends with
_WRAP_WORD = re.compile(
    r"(?:[,(/\u2013\u2014-]|\b(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|as|than|that|which|who"
    r"|is|are|was|were|be|been|has|have|had|may|can|could|will|would|should|not|their|its|your|our|this|these"
    r"|those|into|about|between|after|before|during|such|more|less|most))$",
    re.I,
)


_SENTENCE_SIGNS = re.compile(r",|\b(?:is|are|was|were|can|may|will|has|have|does|do)\b")


def _cut_short(text: str) -> bool:
    """A line that stops mid-word or on a joining word: "Aromatase inhibitors are u", "... the risk of"."""
    words = text.split()
    if len(words) < 3:
        return False
    last = words[-1]
    if _WRAP_WORD.search(text) or (len(last) <= 2 and last.islower() and last not in ("a", "i")):
        return True
    # sentence case with a verb or a comma, stopping on a lower-case word: "For some, sto", "Dry skin is common"
    return last.islower() and all(not w[:1].isupper() for w in words[1:]) and bool(_SENTENCE_SIGNS.search(text))


def _wrap_width(group: list[_Line]) -> int:
    """How long a line must be to go on in the next: 50, or less in a narrow column wrapped at a fixed width.

    A leaflet printed in two columns wraps at 35 to 50 characters: most of its lines come close to the longest.
    """
    sizes = [len(line.stripped) for line in group]
    if len(sizes) < 4:
        return 50
    width = max(sizes)
    if not 30 <= width < 60 or sum(1 for n in sizes if n >= 0.75 * width) * 2 < len(sizes):
        return 50
    return min(50, int(0.6 * width))


def _continues(line: str, nxt: str) -> bool:
    """A line wrapped mid-sentence: the next starts in lower case, or this one stops on a joining word.

    Keeps the lines of an abstract's header apart: a title, the authors and each affiliation.
    """
    return nxt[:1].islower() or bool(_WRAP_WORD.search(line[-30:]))


def _ends_sentence(text: str) -> bool:
    text = MARKER.sub("", text).rstrip()
    return bool(text) and text[-1] in ".!?:"


def _lead_in(text: str) -> bool:
    """A line that introduces a list: it ends with a colon, perhaps before a citation ("include:16").

    A label such as "Key Takeaway:" introduces a section, not a list.
    """
    text = MARKER.sub("", text).rstrip().rstrip("0123456789,–-").rstrip()
    return text.endswith(":") and not is_section_name(text)


_QUESTION_WORDS = frozenset("when how what why who where which can could should is are do does will".split())


def _question_like(text: str) -> bool:
    """A heading that asks or announces: "When to see a doctor", "What causes gout?"."""
    words = text.split()
    return text.rstrip().endswith("?") or (bool(words) and words[0].lower() in _QUESTION_WORDS)


def _is_item_start(line: _Line) -> bool:
    return bool(_BULLET.match(line.text) or _NUMBERED.match(line.text) or _LONE_BULLET.match(line.text))


def _reference_score(text: str) -> int:
    """How much a line reads like a reference: authors with initials, a year, a journal, an identifier."""
    text = text[:400]
    score = 2 if _REF_AUTHOR.match(text) else 0
    score += 1 if _REF_YEAR.search(text) else 0
    score += 2 if _REF_STRONG.search(text) else 0
    return score


def _reference_like(text: str) -> bool:
    """Authors with initials, a year, and an identifier, a journal's volume and pages, or "et al.": a reference."""
    head = text[:400]
    return bool(_REF_AUTHOR.match(head)) and bool(_REF_YEAR.search(head)) and bool(_REF_STRONG.search(head))


# the small words a reference entry holds between its names and numbers
_REFERENCE_WORDS = frozenset(
    "of the and in for on with to a an at from et al eds ed doi vol pp no chap accessed retrieved updated available".split()
)


# the name of a blog, paper or magazine: "Health and Weight Loss News", "The Harbour Times"
_OUTLET_NAME = re.compile(r"\b(?:News|Blog|Magazine|Times|Post|Today|Digest|Daily|Weekly|Gazette|Herald)$")


_BAR = re.compile(r"[ \t]+\|[ \t]+")


def _opens_with_step(text: str) -> bool:
    """The line opens with an instruction's verb and reads as a step, not a heading in capitals ("Drink Fluids"):
    "Move them to a cool place", "drink plenty of water"."""
    words = text.split()
    return (
        len(words) >= 3
        and words[0].lower() in ADVICE_VERBS
        and not all(w[:1].isupper() for w in words if len(w) > 3)
        and not text.rstrip().endswith((":", "?"))
    )


def _step_run(group: list[_Line], i: int) -> bool:
    """Line ``i`` is one of two or more short steps in a row whose bullets the copy lost ("Move them to a cool
    place" / "Lie them down and raise their feet"), or a lower-case step under a lead-in ("... if possible:" /
    "find a cool place")."""
    s = group[i].stripped
    if len(s) >= 100 or not _opens_with_step(s):
        return False
    if s[:1].islower():
        return i > 0 and (_lead_in(group[i - 1].stripped) or _opens_with_step(group[i - 1].stripped))
    neighbours = [group[k].stripped for k in (i - 1, i + 1) if 0 <= k < len(group)]
    return any(len(n) < 100 and n[:1].isupper() and _opens_with_step(n) for n in neighbours)


def _bar_menu(text: str) -> bool:
    """Three or more short entries set off by bars, none a sentence: a row of links to the page's sections."""
    if len(text) > 400 or "|" not in text:
        return False  # and no split over a long run of spaces, which costs time in the square of its length
    parts = [p.strip() for p in _BAR.split(text)]
    # the last entry may run on into the next widget's text: "Treatment optionsPrices include tax."
    entries = parts[:-1] if len(parts) >= 4 else parts
    return (
        len(parts) >= 3
        and len(text) <= 400
        and not text.rstrip().endswith("|")  # a row of a table printed as text: "Side effect | How common |"
        and all(p and len(p.split()) <= 8 and not p.endswith(".") for p in entries)
    )


def _citation_paragraph(text: str) -> bool:
    """A journal's line citing the article itself, with no authors: "<Journal>, December 2019, Vol. 119, 833-838."

    An entry with authors is left to the source list, which may be a trailing list with no heading. A sentence that
    ends with its source ("Statins cut the risk (BMJ 2019;3:44).") has lower-case words of its own.
    """
    if len(text) > 400 or not is_citation_line(text) or _reference_like(text) or SOURCE_NOTE.match(text):
        return False  # "Source: <journal>; 4(2): 272" cites the paragraph above it: a marker, kept in the text
    words = re.findall(r"[^\W\d_]+", text.split("doi", 1)[0].split("http", 1)[0])
    return sum(1 for w in words if w[0].islower() and w not in _REFERENCE_WORDS) <= 2


def _body_like(line: _Line) -> bool:
    """Text a heading can stand over: a sentence, a long line, a list item or a lead-in."""
    s = line.stripped
    return _is_item_start(line) or _ends_sentence(s) or len(s) >= 60


# the alt text of a writer's portrait left before her name in a list of authors
_PORTRAIT = r"(?:avatar|headshot|portrait|profile\s+(?:image|picture|photo))"
_PORTRAIT_ALT = re.compile(rf"(?i:{_PORTRAIT})\s+(?=[A-Z])")


class _Builder:
    """Collects the article's blocks, source entries and metadata as the lines are read."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []
        self.sources: list[Source] = []
        self.sources_heading: Block | None = None
        self.meta = MetadataCollector()
        self.rows = 0
        # "reviewer", "author", "<role> credentials" or a date field: the next line gives the value a label line announced
        self.follows: str | None = None
        self.in_sources = False
        # the last block was an item of a list printed one item per group with its bullet lost
        self.lost_list = False
        # the chrome notice above is a list's lead-in: its items are chrome too ("supported browsers:")
        self.chrome_list = False
        # a citation line giving the year alone: the page's date only when no line gives a fuller one
        self.year_only: tuple[_Line, re.Match[str]] | None = None
        self._lower_words: set[str] | None = None

    def printed_in_lower_case(self, words: set[str]) -> bool:
        """Whether one of ``words`` (folded) is also printed in lower case on the page: a topic or a common word,
        not a name ("Stroke", "Graphic"); a name's words are capitalised wherever the page prints them."""
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self.text[:20_000]))
        return bool(words & self._lower_words)

    def author_line(self, line: _Line, named: tuple[Person, int, int]) -> None:
        """The line names one author and nothing else: the author, with the span of the name in the line."""
        person, start, end = named
        at = line.start + line.indent
        self.meta.add_authors([(person, at + start, at + end)])
        self.line_block([line], "line", role="byline")

    def line_block(self, lines: list[_Line], kind: BlockKind, role: BlockRole = "body", level: int = 0) -> Block | None:
        """A block from one or more lines: wrapped lines are joined by a space, indentation dropped."""
        builder = TextBuilder()
        for i, line in enumerate(lines):
            content = line.text.strip()
            if kind == "heading":
                content = _heading_text(content)
            if i:
                builder.add_synthetic(" ", line.content_start - 1)
            builder.add(content, line.content_start)
        end = lines[-1].content_start + len(content) if kind == "heading" else lines[-1].end
        block = builder.build(kind, lines[0].content_start, end, role=role, level=level)
        if block is not None:
            self.blocks.append(block)
        return block

    def span_block(
        self, start: int, end: int, kind: BlockKind, role: BlockRole = "body", row: int | None = None
    ) -> None:
        builder = TextBuilder()
        builder.add(self.text[start:end], start)
        block = builder.build(kind, start, end, role=role, row=row)
        if block is not None:
            self.blocks.append(block)

    def byline(self, line: _Line, found: BylineLine, offset: int = 0) -> None:
        """Record what a byline line says; ``offset``: where the text ``found`` was read from starts in the line."""
        at = line.start + offset
        self.meta.add_authors([(p, at + s, at + e) for p, s, e in found.authors])
        if found.reviewer is not None:
            person, s, e = found.reviewer
            self.meta.set_reviewer(person, (at + s, at + e))
        for fld, day, s, e in found.dates:
            self.meta.add_date(fld, day, (at + s, at + e))
        if found.reading_time is not None:
            minutes, s, e = found.reading_time
            self.meta.set_reading_time(minutes, (at + s, at + e))
        self.follows = (
            "reviewer" if found.reviewer_follows else "author" if found.author_follows else found.date_follows
        )
        if self.follows is None and found.reviewer is not None and not found.reviewer[0].credentials:
            self.follows = "reviewer credentials"
        elif self.follows is None and found.authors and not found.authors[-1][0].credentials and not found.dates:
            self.follows = "author credentials"
        self.line_block([line], "line", role=found.role)

    def take_follow(self, line: _Line) -> bool:
        """Read ``line`` as the value a label line announced ("Author:" / "Healthwise Staff"); False if it is not."""
        follows, self.follows = self.follows, None
        s = line.stripped
        at = line.content_start
        bullet = _BULLET.match(line.text)
        if bullet is not None and follows is not None:
            # a field list printed as items, each label and its value an item: "- Last reviewed:" / "- January 2026",
            # or a label over its one name as an item: "Authors" / "• Ana Lima"
            s = line.text[bullet.end() :].strip()
            at = line.start + bullet.end() + len(line.text[bullet.end() :]) - len(line.text[bullet.end() :].lstrip())
        if follows in ("reviewer credentials", "author credentials"):
            # "Reviewed By" / "Dr. Ana Lima" / "MBBS, MD": the credentials on the line under the name
            creds = credential_line(s)
            if creds is None:
                return False
            self.meta.add_credentials("reviewer" if follows == "reviewer credentials" else "author", creds)
        elif follows in ("reviewer", "author"):
            if len(s) > 300 or s[-1] in "!?":
                return False
            # each name after its portrait's alt text: "avatar Ana Lima 1 , avatar Sam Roe 2"; blanked, so offsets hold
            s = _PORTRAIT_ALT.sub(lambda m: " " * len(m.group(0)), s)
            people = split_people(s.rstrip(" ,.")) or people_in(s)
            if not people:
                return False
            if follows == "reviewer":
                person, st, en = people[0]
                self.meta.set_reviewer(person, (at + st, at + en))
            else:
                self.meta.add_authors([(p, at + st, at + en) for p, st, en in people])
            if not people[-1][0].credentials:
                self.follows = f"{follows} credentials"
        elif follows is not None:
            dates, _, only = read_dates(s)
            if not dates or not only:
                return False
            fld: DateField = "reviewed" if follows == "reviewed" else "updated" if follows == "updated" else "published"
            for _, day, st, en in dates[:1]:
                self.meta.add_date(fld, day, (at + st, at + en))
        else:
            return False
        self.line_block([line], "line", role="byline")
        return True


def parse_text(text: str, path: str) -> Article:
    """Parse a published page's text."""
    b = _Builder(text)
    stamp = _STORED_DATE.match(text)
    original = _ORIGINALLY_PUBLISHED.search(text, stamp.end(), stamp.end() + 200) if stamp is not None else None
    original_dates = find_dates(text[original.end() : original.end() + 30]) if original is not None else []
    if stamp is not None and original is not None and original_dates and original_dates[0][1] == 0:
        # the copy's own note on when the article first appeared wins over the date it was stored
        on, st, en = original_dates[0]
        b.meta.add_date("published", on, (original.end() + st, original.end() + en))
        b.meta.ignore_dates_within((stamp.start("iso"), stamp.end("iso")))
    elif stamp is not None:
        # a stored copy's date stamp run on before the text: " date 2021-12-16 You will ..."
        year, month, day = int(stamp.group("y")), int(stamp.group("m")), int(stamp.group("d") or 1)
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            b.meta.add_date("published", date(year, month, day), (stamp.start("iso"), stamp.end("iso")))
    groups = _groups(_lines(text))
    gi = _preamble(b, groups)
    while gi < len(groups):
        group = groups[gi]
        nxt = groups[gi + 1] if gi + 1 < len(groups) else None
        gi += 1
        first = group[0].stripped
        lost_list, b.lost_list = b.lost_list, False
        if b.in_sources:
            j = _source_run(b, group, 0)
            if j == len(group):
                continue
            b.in_sources = False
            group = group[j:]
            first = group[0].stripped
        if b.follows is not None and len(group) == 1 and b.take_follow(group[0]):
            continue
        if (
            len(group) == 1
            and _SOURCES_HEADING.match(_heading_text(first))
            and (not _WEAK_SOURCES_HEADING.match(first) or (nxt is not None and _heads_entries(nxt[0])))
        ):
            b.sources_heading = b.line_block(group, "heading", level=2)
            b.in_sources = True
            continue
        if (
            len(group) == 1
            and nxt is not None
            and is_photo_credit(nxt[0].stripped)
            and len(first) <= 160
            and not _lead_in(first)
            and not _SENTENCE_BREAK.search(first)
        ):
            # a picture's alt text over its credit: "A nurse checks a patient's arm." / "<Name> / Getty Images"
            b.line_block(group, "line", role="chrome")
            continue
        if len(group) == 1 and is_alt_description(first):
            b.line_block(group, "line", role="chrome")  # "A smiling woman in her garden, representing recovery."
            continue
        if len(group) == 1 and _heading_like(first) and not is_chrome(first) and not is_furniture(first):
            if not b.meta.authors and gi <= 3 and _read_expert(b, group[0]):
                continue  # under a reader's question, the name and job of the expert who answers it
            found = read_line(group[0].text)
            if found is not None and (
                found.dates
                or found.authors
                or found.reviewer
                or found.date_follows
                or found.year_only
                or found.author_follows
                or found.reviewer_follows
            ):
                # a byline or date line on its own, such as one printed at the end of the page
                b.byline(group[0], found)
                continue
            if nxt is not None and nxt[0].stripped[0].islower() and nxt[0].indent < 2 and len(nxt) <= 3:
                # "Expert cancer care" / "is one call away.": a call to action split over lines
                b.line_block(group, "line", role="chrome")
                for line in nxt:
                    dated = read_line(line.text)
                    if dated is not None and dated.dates:
                        b.byline(line, dated)  # a date line printed right under it still dates the page
                    else:
                        b.line_block([line], "line", role="chrome")
                gi += 1
                continue
            if nxt is None and not _question_like(first) and (len(first.split()) >= 10 or _cut_short(first)):
                # a long line at the very end of a copy cut mid-sentence: the start of a paragraph, not a heading
                b.line_block(group, "paragraph")
                continue
            if (is_caption(first) and (nxt is None or _heading_like(nxt[0].stripped))) or _bar_menu(first):
                b.line_block(group, "line", role="chrome")  # a picture's caption, or a row of section links
                continue
            prev = b.blocks[-1] if b.blocks else None
            if (
                prev is not None
                and prev.role == "chrome"
                and (is_caption(prev.text) or alt_text_subject(prev.text) is not None)
                and looks_like_name(first)
            ):
                b.line_block(group, "line", role="chrome")  # the picture's credit: "Ana Lima" under its caption
                continue
            after_lead_in = prev is not None and prev.role == "body" and prev.kind != "heading" and _lead_in(prev.text)
            next_is_item = nxt is not None and len(nxt) == 1 and _heading_like(nxt[0].stripped)
            if (after_lead_in and next_is_item) or (lost_list and not _question_like(first)):
                # items of a list whose bullets the copy lost, one per group, under their lead-in; a
                # question ("When to see a doctor") after them is the next section's heading
                b.line_block(group, "list_item", level=1)
                b.lost_list = True
                continue
            if (
                nxt is None
                and not b.in_sources
                # a question heading cut mid-word is cut text too: "What are the sig"
                and (not _question_like(first) or (not first.rstrip().endswith("?") and _cut_short(first)))
            ):
                # the last line of a copied page heads nothing: where the copy was cut, or a footer link
                b.line_block(group, "line")
                continue
            b.line_block(group, "heading", level=2)
            continue
        numbered = _NUMBERED.match(group[0].text) if len(group) == 1 else None
        if (
            numbered
            and (
                _heading_like(first[numbered.end() - group[0].indent :])
                # a listicle's step in title case, closed by a full stop: "2. Offer to Do the Gardening."
                or _title_case_step(first[numbered.end() - group[0].indent :])
            )
            and nxt is not None
            and (
                (
                    not _is_item_start(nxt[0])
                    # a paragraph, even one cut short after its first sentence: "... energy levels. Here are some st"
                    and (_ends_sentence(nxt[0].stripped) or _SENTENCE_INSIDE.search(nxt[0].stripped) is not None)
                )
                # "1. Key facts" over its own bullets, indented under it: a numbered section
                or (nxt[0].indent > group[0].indent and nxt[0].stripped and _NUMBERED.match(nxt[0].text) is None)
            )
        ):
            # "1. Persistent cough" over a paragraph of its own: a numbered heading, not a list
            b.line_block(group, "heading", level=3)
            continue
        bullet = _BULLET.match(group[0].text) if len(group) == 1 else None
        if (
            bullet
            and nxt is not None
            and _capitalised_phrase(first[bullet.end() - group[0].indent :])
            and nxt[0].indent > group[0].indent
            and not _is_item_start(nxt[0])
            and len(nxt[0].stripped.split()) >= 8
        ):
            # "• Treating Nausea" in title case over a paragraph indented under it: a sub-heading printed as a bullet
            b.line_block([_Line(group[0].start + bullet.end(), group[0].text[bullet.end() :])], "heading", level=4)
            continue
        if _is_table(group):
            _table(b, group)
            continue
        _lines_of_group(b, group)
    _read_dateline(b)
    _read_source_date(b)
    _read_signature(b)
    _read_author_section(b)
    _read_flattened_header(b)
    _read_lone_clinician(b)
    _read_name_under_title(b)
    _read_name_over_date(b)
    _read_name_over_its_label(b)
    _read_answerer(b)
    _read_name_printed_twice(b)
    _read_author_box(b)
    _read_platform_author(b)
    _read_by_item(b)
    _read_named_line(b)
    _read_imprint(b)
    _read_footer_dates(b)
    if b.year_only is not None and not b.meta.dated:
        _citation_date(b, *b.year_only)
    return Article.model_construct(
        path=path,
        format="text",
        text=text,
        metadata=b.meta.metadata(text),
        blocks=_nest_subheadings(_link_lists(_tab_strips(b.blocks))),
        sources=b.sources,
        sources_heading=b.sources_heading,
        parse_problems=[],
    )


# a section naming who wrote the page, with each name on its own line below it
_AUTHOR_SECTION = re.compile(
    r"(?:author\s+(?:info(?:rmation)?|details)|about\s+the\s+authors?|authors?|contributors?|corresponding\s+authors?)\s*:?",
    re.I,
)


# an author's bio under that heading: "Ana Lima, RN, has been a writer since 2009", "Sam Roe is a dietitian"
_AUTHOR_BIO = re.compile(
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?:,\s*[A-Z][A-Za-z.]{1,6}){0,3}),?\s+"
    r"(?:is|was|has|holds|writes|works|specializes|specialises|covers|earned|received|began|started)\b"
)


def _read_author_section(b: _Builder) -> None:
    """'Author Information' over 'Ana Lima, MD' / 'Disclosures: ...' / job lines: every name with credentials."""
    if b.meta.authors:
        return
    at = next((k for k, block in enumerate(b.blocks[:40]) if _AUTHOR_SECTION.fullmatch(block.text.strip())), None)
    if at is None:
        return
    for k in range(at + 1, min(len(b.blocks), at + 30)):
        block = b.blocks[k]
        bio = _AUTHOR_BIO.match(block.text) if k == at + 1 else None
        person = parse_person(bio.group("who")) if bio is not None else None
        if bio is not None and person is not None and looks_like_name(person.name):
            # "About the Author" / "Ana Lima has been a writer since 2009, ...": the bio opens with the author's name
            b.meta.add_authors([(person, block.start + bio.start("who"), block.start + bio.end("who"))])
            return
        if len(block.text.split()) > 25:
            break  # the article's text goes on: the section has ended
        if len(block.text) > 80 or b.text[block.start : block.end] != block.text:
            continue
        if _AUTHOR_SECTION.fullmatch(block.text.strip()):
            continue  # "Author Info" / "Corresponding Author": a second label over the name
        people = split_people(block.text)
        # a journal's "Corresponding Author" label, the name alone and its affiliation: no credentials needed
        with_affiliation = (
            people is not None
            and _AUTHOR_SECTION.fullmatch(b.blocks[k - 1].text.strip()) is not None
            and len(people) == 1
            and looks_like_name(people[0][0].name)
            and k + 1 < len(b.blocks)
            and is_affiliation(b.blocks[k + 1].text.strip())
        )
        if people is not None and (with_affiliation or all(p.credentials for p, _, _ in people)):
            b.meta.add_authors([(p, block.start + st, block.start + en) for p, st, en in people])
            b.blocks[k] = block.model_copy(update={"role": "byline"})


# the labelled parts of a page header a copy ran into one long first line
_FLAT_AUTHOR = re.compile(r"\bBy\s+(?=[A-Z])")
_FLAT_REVIEWER = re.compile(r"\b(?:[Mm]edically|[Cc]linically|[Ff]act[- ]checked\s+and)\s+reviewed\s+by\s+(?=[A-Z])")
_FLAT_DATE = re.compile(r"\b(?P<label>(?:[Ll]ast\s+)?[Uu]pdated|[Pp]ublished)\s+(?:on\s+)?(?=[A-Z0-9])")
_FLAT_WIDGET_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2})\s+(?:(?P=name)|LinkedIn|Twitter|Facebook|Instagram|X)\b"
)
_FLAT_PERSON = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s*[A-Z][A-Za-z.]{1,6}(?:,\s*[A-Z][A-Za-z.]{1,6}){0,2}"
)


def _read_flattened_header(b: _Builder) -> None:
    """A page header a copy flattened into its first line: "... By Ana Lima, MD ... Updated on May 2, 2022 ...".

    Only the labelled parts, each with a person and credential or a full date, are read, and only in
    the first 800 characters of a first line longer than 400: such a line holds no byline of its own.
    """
    if b.meta.authors or b.meta.dated or not b.blocks:
        return
    first = b.blocks[0]
    if (
        len(first.text) <= 400
        or "\n" in b.text[first.start : first.end]
        or b.text[first.start : first.end] != first.text
    ):
        return
    head = first.text[:800]

    def person_after(m: re.Match[str]) -> tuple[Person, int, int] | None:
        named = _FLAT_PERSON.match(head, m.end())
        people = split_people(named.group(0)) if named else None
        if named is None or people is None or len(people) != 1 or not people[0][0].credentials:
            return None
        return people[0][0], first.start + named.start(), first.start + named.end()

    def widget_name_after(m: re.Match[str]) -> tuple[Person, int, int] | None:
        """A name with no credentials, vouched for by the byline widget around it: printed again at once, or over the
        writer's social links ("By Ana Lima Ana Lima LinkedIn Twitter")."""
        named = _FLAT_WIDGET_NAME.match(head, m.end())
        if named is None or not looks_like_name(named.group("name")):
            return None
        person = parse_person(named.group("name"))
        if person is None:
            return None
        return person, first.start + named.start("name"), first.start + named.end("name")

    reviewer_at = {m.start() for m in _FLAT_REVIEWER.finditer(head)}
    for m in _FLAT_AUTHOR.finditer(head):
        if any(m.start() > r and m.start() - r < 40 for r in reviewer_at):
            continue  # the "by" of "Medically reviewed by"
        found = person_after(m) or widget_name_after(m)
        if found is not None:
            b.meta.add_authors([found])
            break
    for m in _FLAT_REVIEWER.finditer(head):
        found = person_after(m)
        if found is not None:
            b.meta.set_reviewer(found[0], (found[1], found[2]))
            break
    for m in _FLAT_DATE.finditer(head):
        dates = find_dates(head[m.end() : m.end() + 30])
        if dates and dates[0][1] == 0:
            day, st, en = dates[0]
            fld: DateField = "published" if m.group("label").lower() == "published" else "updated"
            b.meta.add_date(fld, day, (first.start + m.end() + st, first.start + m.end() + en))
            break


_ROLE_WORD = re.compile(r"\b(?:by|reviewed|written|edited|updated|approved)\b", re.I)
# a brand written in one word with an inner capital, a dash, and a slogan in lower case: "HarbourLynx - we search the web"
_BRAND_SLOGAN = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*\s+[-–—|:]\s+[a-z][a-z'’]*(?:\s+[a-z][a-z'’]*){1,6}")
_DOCTOR_NAME = re.compile(r"(?:Dr\.?|Prof\.?|Professor)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _name_and_job(text: str) -> bool:
    """'Ana Lima, Registered Dietitian': one person's name and her job after a comma, nothing else."""
    people = split_people(text) if len(text) <= 120 else None
    if people is None or len(people) != 1 or not looks_like_name(people[0][0].name):
        return False
    rest = text[people[0][2] :].lstrip()
    return rest[:1] == "," and is_job(rest[1:])


def _read_lone_clinician(b: _Builder) -> None:
    """'Ana Lima, MD, FACP' alone on a line among the title's lines, before the text: the author."""
    if b.meta.authors:
        return
    # the first blocks; else, past the chrome that opens the page (a menu of other posts and their doctors), the
    # first blocks of the article
    first = next((k for k, block in enumerate(b.blocks) if block.role != "chrome"), 0)
    for start in dict.fromkeys((0, first)):
        if _lone_clinician_from(b, start):
            return


def _lone_clinician_from(b: _Builder, start: int) -> bool:
    """`_read_lone_clinician` over the six blocks from ``start``; whether it found the author."""
    for k in range(start, min(start + 6, len(b.blocks))):
        block = b.blocks[k]
        if len(block.text.split()) > 20:
            return False  # the text has begun
        if len(block.text) > 60 or b.text[block.start : block.end] != block.text or _ROLE_WORD.search(block.text):
            continue  # "Medically Reviewed By <Name>, PharmD" names a reviewer, never the author
        people = split_people(block.text)
        if (
            people is not None
            and len(people) == 1
            and (
                is_clinical_reviewer(people[0][0])
                or (block.kind != "list_item" and _name_and_job(block.text))
                # "Dr West" alone above the title: a doctor's name, the honorific standing for the credential
                or (_DOCTOR_NAME.fullmatch(block.text.strip()) and block.kind != "list_item")
            )
        ):
            person, st, en = people[0]
            b.meta.add_authors([(person, block.start + st, block.start + en)])
            b.blocks[k] = block.model_copy(update={"role": "byline", "kind": "line"})
            return True
        previous = b.blocks[k - 1] if k else None
        if (
            people is not None
            and len(people) == 1
            and block.kind in ("heading", "paragraph", "line")
            and previous is not None
            and previous.role == "byline"
            and (_ROLE_WORD.search(previous.text) is None)
            and len(block.text.split()) <= 4
            and looks_like_name(people[0][0].name)
        ):
            # a blog's header: "February 5, 2021" / "7 minute read" / "Ana Lima": the name under its date line
            person, st, en = people[0]
            b.meta.add_authors([(person, block.start + st, block.start + en)])
            b.blocks[k] = block.model_copy(update={"role": "byline", "kind": "line", "level": 0})
            return True
    return False


# a writer's name as it is printed alone: given name, an initial or a particle, surname; each word capitalised
_PLAIN_NAME = re.compile(
    rf"[{NAME_CAPITALS}][a-z'’-]+(?:\s+(?:[A-Z]\.|de|da|van|von|del|la|le|[{NAME_CAPITALS}][a-z'’-]+)){{1,2}}"
    rf"|(?:Dr\.?|Prof\.?)\s+[{NAME_CAPITALS}][a-z'’-]+(?:\s+[{NAME_CAPITALS}][a-z'’-]+){{1,2}}"
)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _bare_name(b: _Builder, block: Block) -> Person | None:
    """The person a line names when it holds a personal name and nothing else: "Ana Lima", "Dr Sam Roe"."""
    text = block.text.strip()
    if (
        block.kind not in ("heading", "paragraph", "line")
        or b.text[block.start : block.end] != block.text
        or not _PLAIN_NAME.fullmatch(text)
        or not looks_like_name(text)
        or any(word.casefold() in (b.meta.title or "").casefold() for word in text.split() if len(word) > 3)
    ):
        return None
    if b.printed_in_lower_case({w.casefold() for w in text.replace(".", " ").split() if len(w) > 2 and w[0].isupper()}):
        return None
    return parse_person(text)


def _read_name_under_title(b: _Builder) -> None:
    """'Ana Lima' alone on the line under the title, the text beginning after it: the writer, printed with no "By"."""
    span = b.meta.spans.get("title")
    if b.meta.authors or span is None:
        return
    title = (b.meta.title or "").casefold()
    at = next((k for k, block in enumerate(b.blocks[:12]) if block.start <= span[0] < block.end), None)
    if at is None:
        return
    # the title printed again over the text, a site's labels between: the name goes under the second
    again = [
        k for k in range(at + 1, min(at + 5, len(b.blocks))) if " ".join(b.blocks[k].text.split()).casefold() == title
    ]
    k = (again[-1] if again else at) + 1
    while k < len(b.blocks) and k <= at + 5 and b.blocks[k].role == "chrome":
        k += 1
    if (
        k + 2 < len(b.blocks)
        and _dek(b.blocks[k])
        and _bare_name(b, b.blocks[k + 1]) is not None
        # a label names what follows ("Warm Fluids" / "Drink Warm Fluids"); a writer's name is not printed there
        and not _shared_words(b.blocks[k + 1].text, b.blocks[k + 2].text)
    ):
        # a deck of a sentence or two between the title and the name: "Fighting a cold? Try these ..."; the first
        # section's heading may follow the name
        k, under_deck = k + 1, True
    else:
        under_deck = False
    if k + 1 >= len(b.blocks):
        return
    block, after = b.blocks[k], b.blocks[k + 1]
    if under_deck and after.kind == "heading" and k + 2 < len(b.blocks):
        after = b.blocks[k + 2]
    if after.kind in ("heading", "list_item") or len(after.text.split()) < 8:
        return
    person = _bare_name(b, block)
    if person is None:
        return
    b.meta.add_authors([(person, block.start, block.end)])
    b.blocks[k] = block.model_copy(update={"role": "byline", "kind": "line", "level": 0})


def _dek(block: Block) -> bool:
    """A deck under a title: one paragraph of up to three sentences and 40 words, citing nothing."""
    words = len(block.text.split())
    return (
        block.kind in ("paragraph", "line")
        and 6 <= words <= 40
        and len(_SENTENCE.findall(block.text)) <= 3
        and not has_marker(block.text)
    )


def _read_name_over_date(b: _Builder) -> None:
    """'Ana Lima' alone over a line giving only a date, at the head of the page or signing its end: the writer."""
    if b.meta.authors:
        return
    n = len(b.blocks)
    for k in [*range(min(12, n - 1)), *range(max(12, n - 5), n - 1)]:
        block, below = b.blocks[k], b.blocks[k + 1]
        dated = find_dates(below.text) if below.role == "byline" and len(below.text) <= 40 else []
        if len(dated) != 1 or len(below.text.strip()) - (dated[0][2] - dated[0][1]) > 2:
            continue  # the line under the name gives a date and nothing else
        person = _bare_name(b, block)
        if person is not None:
            b.meta.add_authors([(person, block.start, block.end)])
            b.blocks[k] = block.model_copy(update={"role": "byline", "kind": "line", "level": 0})
            return


_REVIEWED_BY_ALONE = re.compile(
    r"(?P<written>(?:written|authored)\s*(?:&|and)\s*)?(?:medically\s+|clinically\s+|peer\s+)?reviewed\s+by\s*:?", re.I
)


def _read_name_over_its_label(b: _Builder) -> None:
    """A reviewer widget that prints the name over its label: "Dr Ana Lima" / "Reviewed by" / "Medically reviewed"."""
    if b.meta.reviewer is not None:
        return
    for k, block in enumerate(b.blocks[1:40], start=1):
        label = _REVIEWED_BY_ALONE.fullmatch(block.text.strip())
        if label is None:
            continue
        above = b.blocks[k - 1]
        people = split_people(above.text) if len(above.text) <= 80 and above.kind != "list_item" else None
        if people is None or len(people) != 1 or b.text[above.start : above.end] != above.text:
            continue
        person, st, en = people[0]
        b.meta.set_reviewer(person, (above.start + st, above.start + en))
        if label.group("written"):
            b.meta.add_authors([(person, above.start + st, above.start + en)])  # "Written & Reviewed by": both
        for j in (k - 1, k):
            b.blocks[j] = b.blocks[j].model_copy(update={"role": "byline", "kind": "line", "level": 0})
        return


# a Q&A column's line over the answer: "<Name> RN, MSN, <Site>'s Correspondent, responds:", or with the role first,
# "Advice columnist and relationship expert <Name> answers:"
_NAME_THEN_ANSWERS = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)(?P<rest>(?:,?\s+[^:]{0,100}?)?)\s+(?:answers|responds|replies)\s*:"
_ANSWERER = re.compile(_NAME_THEN_ANSWERS)
_ROLE_THEN_ANSWERER = re.compile(r"[A-Z][a-z'’-]*(?:\s+[a-z][\w'’-]*){1,8}\s+" + _NAME_THEN_ANSWERS)


# what a byline widget prints around the writer's name: a follow button before it ("+ Ana Lima"), a signature's dash
_NAME_LEAD = re.compile(r"[+~•·*>|\-–—]{1,2}\s*(?=[A-Z])")
# and a platform's rating after it: "Dr. Ana Lima 88% (195 ratings)", "Ana Lima ★ 4.9"
_NAME_RATING = re.compile(
    r"\s+(?:\d{1,3}\s*%\s*(?:\(\s*[\d,]+\s+(?:ratings?|reviews?|votes?)\s*\))?|★\s*\d(?:\.\d)?)\s*$"
)
# a doctor known by one name: "Dr. Akanksha"
_DOCTOR_ONE_NAME = re.compile(rf"(?:Dr\.?|Doctor)\s+(?P<name>[{NAME_CAPITALS}][a-z'’-]+)")


def _read_named_line(b: _Builder) -> None:
    """Last of the writer readers: a line near the title or at the foot of the page that holds a person's name and
    nothing else but her credentials, job or rating ("Ana Lima, MD, Chair, Education Committee", "+ Ana Lima",
    "Dr. Ana 88% (195 ratings)", a letter signed "Ana Lima" over the writer's town). The name must start with a known
    given name: a heading of two capitalised words is no writer."""
    if b.meta.authors or not b.blocks:
        return
    span = b.meta.spans.get("title")
    at = next((k for k, block in enumerate(b.blocks[:15]) if span and block.start <= span[0] < block.end), None)
    start = 0 if at is None else at + 1
    n = len(b.blocks)
    title = (b.meta.title or "").casefold()
    for k in [*range(start, min(n, start + 8)), *range(n - 1, max(start + 7, n - 5), -1)]:
        block = b.blocks[k]
        if block.kind not in ("paragraph", "line", "heading", "list_item"):
            continue
        if block.role != "body" and not (
            # a name over its job, which a newspaper's role line made chrome: "Ana Lima" / "Health Writer"
            block.role == "chrome" and k + 1 < n and is_job(b.blocks[k + 1].text)
        ):
            continue
        if len(block.text) > 100 or b.text[block.start : block.end] != block.text:
            continue
        lead = _NAME_LEAD.match(block.text)
        begin = lead.end() if lead else 0
        rating = _NAME_RATING.search(block.text, begin)
        end = rating.start() if rating else len(block.text)
        piece = block.text[begin:end]
        people = split_people(piece) or []
        one = _DOCTOR_ONE_NAME.fullmatch(piece.strip()) if not people else None
        if one is not None and is_given_name(one.group("name")):
            people = [(Person(name=piece.strip(), credentials=[]), 0, len(piece.rstrip()))]
        if not people or len(people) > 3:
            continue
        words = [w for p, _, _ in people for w in p.name.split() if w.rstrip(".") not in ("Dr", "Prof", "Doctor")]
        if not all(starts_with_given_name(p.name) for p, _, _ in people if len(p.name.split()) > 1):
            continue
        if any(w.casefold() in title for w in words if len(w) > 3):
            continue  # a name the title holds is its topic: "Charles Bonnet syndrome"
        below = b.blocks[k + 1] if k + 1 < n else None
        if below is not None and (
            people[0][0].name.casefold() in below.text[:80].casefold()
            or below.kind == "list_item"
            or is_affiliation(below.text)
        ):
            # a name over a paragraph about that person (an author box, a patient's story) or over an affiliation
            # (a journal's author list) is read elsewhere; a line over a list is its heading
            continue
        if b.printed_in_lower_case({w.casefold() for w in words}):
            continue  # a word the page also prints in lower case is no name: "Rosa Canina", "Will Power"
        b.meta.add_authors([(p, block.start + begin + s, block.start + begin + e) for p, s, e in people])
        b.blocks[k] = block.model_copy(update={"role": "byline", "kind": "line", "level": 0})
        return


def _read_answerer(b: _Builder) -> None:
    """The person a Q&A column says answers the reader's question: the author."""
    if b.meta.authors:
        return
    for k, block in enumerate(b.blocks[:10]):
        text = block.text.strip()
        if len(text) > 160 or not text.endswith(":"):
            continue
        m = _ANSWERER.fullmatch(text) or _ROLE_THEN_ANSWERER.fullmatch(text)
        if m is None:
            continue
        person = parse_person((m.group("name") + m.group("rest")).strip(" ,"))
        if person is None or not looks_like_name(person.name):
            person = parse_person(m.group("name"))
        if person is None or not looks_like_name(person.name):
            return
        b.meta.add_authors([(person, block.start + text.index(m.group("name")), block.start + len(text) - 1)])
        b.blocks[k] = block.model_copy(update={"role": "byline", "kind": "line"})
        return


def _read_platform_author(b: _Builder) -> None:
    """A blog platform prints the writer's name on the line over the reading time: "Ana Lima" / "4 min read"."""
    if b.meta.authors:
        return
    title = b.meta.spans.get("title")
    for k, block in enumerate(b.blocks[:8]):
        found = read_line(block.text) if block.role == "byline" or block.kind == "list_item" else None
        if found is None or found.reading_time is None:
            continue
        # the last item, "- 3 min read", is read as a byline line with its bullet
        if block.kind == "list_item" or (k and b.blocks[k - 1].kind == "list_item" and _BULLET.match(block.text)):
            _read_byline_items(b, k, title)
            return
        above = b.blocks[k - 1] if k else None
        if (
            above is None
            or above.role != "body"
            or (title is not None and above.start <= title[0] < above.end)
            or b.text.count("\n", above.end, block.start) > 2
        ):
            return
        named = platform_author(above.text, 0)
        if named is not None:
            person, st, en = named
            b.meta.add_authors([(person, above.start + st, above.start + en)])
            b.blocks[k - 1] = above.model_copy(update={"role": "byline", "kind": "line"})
        return


# a byline item of a blog theme's meta list: "by Medihelp", "By Ana Lima"
_BY_ITEM = re.compile(r"(?i:by)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})")


def _read_by_item(b: _Builder) -> None:
    """A blog theme's meta list under the title: "• by Medihelp" / "• 14 March 2017" / "• 888 view(s)".

    A name alone after "by" may be one word, a publisher's name the byline reader cannot tell from "By Topic";
    the date in the next or the previous item of the same list makes the list a byline.
    """
    title = b.meta.spans.get("title")
    if b.meta.authors or title is None:
        return
    at = next((k for k, block in enumerate(b.blocks[:12]) if block.start <= title[0] < block.end), None)
    if at is None:
        return
    k = at + 1
    while k < len(b.blocks) and k <= at + 4 and (b.blocks[k].kind == "list_item" or b.blocks[k].role == "byline"):
        block = b.blocks[k]
        m = _BY_ITEM.fullmatch(block.text.strip())
        dated = [
            j
            for j in (k - 1, k + 1)
            if at < j < len(b.blocks) and (found := read_line(_item_text(b.blocks[j].text))) is not None and found.dates
        ]
        if m is not None and block.kind == "list_item" and dated and read_line(block.text) is None:
            person = parse_person(m.group("name"))
            if person is not None:
                start = block.start + block.text.index(m.group("name"))
                b.meta.add_authors([(person, start, start + len(m.group("name")))])
                b.blocks[k] = block.model_copy(update={"role": "byline"})
            return
        k += 1


def _item_text(text: str) -> str:
    """A line's text without the bullet it may still carry (a byline line keeps its "•")."""
    bullet = _BULLET.match(text)
    return text[bullet.end() :] if bullet else text


def _read_byline_items(b: _Builder, k: int, title: tuple[int, int] | None) -> None:
    """A site builder's byline as list items under the title: "- Ana Lima" / "- Sep 2" / "- 6 min read"."""
    items = [k]
    if k >= 1 and b.blocks[k - 1].kind == "list_item" and _MONTH_DAY.fullmatch(b.blocks[k - 1].text.strip()):
        items.insert(0, k - 1)  # the post's day and month, printed with no year
    at = items[0] - 1
    name = b.blocks[at] if at >= 0 else None
    if name is None or name.kind != "list_item" or at == 0:
        return
    above = b.blocks[at - 1]
    if title is None or not above.start <= title[0] < above.end:
        return  # only right under the title
    words = name.text.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or read_line(name.text) is not None:
        return
    person = parse_person(name.text.strip())
    if person is None:
        return
    b.meta.add_authors([(person, name.start, name.end)])
    for j in [at, *items]:
        b.blocks[j] = b.blocks[j].model_copy(update={"role": "byline"})


def _read_name_printed_twice(b: _Builder) -> None:
    """A byline widget: a person's name alone on a line, then again on the next (headshot alt and caption)."""
    known = {p.name.casefold() for p in b.meta.authors}
    title = (b.meta.title or "").casefold()
    for k in range(len(b.blocks) - 1):
        one, two = b.blocks[k], b.blocks[k + 1]
        if len(one.text) > 60 or len(two.text) > 60 or one.kind == "list_item" or two.kind == "list_item":
            continue
        first, second = split_people(one.text), split_people(two.text)
        if not first or not second or len(first) != 1 or len(second) != 1:
            continue
        person = first[0][0]
        name = person.name
        if name.casefold() != second[0][0].name.casefold() or name.casefold() == title or not looks_like_name(name):
            continue
        if b.text[one.start : one.end] != one.text or (known and name.casefold() not in known):
            continue  # with a byline read already, only that author's widget is furniture
        b.meta.add_authors([(person, one.start + first[0][1], one.start + first[0][2])])
        for j in (k, k + 1):
            b.blocks[j] = b.blocks[j].model_copy(update={"role": "byline", "kind": "line"})
        return


# the name line of an author box: "About Ana Lima", "Ana Lima profile image", "About the author: Ana Lima"
_AUTHOR_BOX_NAME = re.compile(
    r"(?:About\s+(?:the\s+(?:author|writer)\s*[:\-–]?\s*)?)?(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}?)"
    rf"(?:\s+(?:{_PORTRAIT}|photo))?"
)


def _read_author_box(b: _Builder) -> None:
    """An author box: the writer's name on a line ("About Ana Lima", "Ana Lima profile image"), then her bio,
    which opens with the same name ("Ana Lima is a nurse who ...")."""
    if b.meta.authors:
        return
    title = (b.meta.title or "").casefold()
    for k in range(len(b.blocks) - 1):
        one, bio = b.blocks[k], b.blocks[k + 1]
        if len(one.text) > 80 or one.kind == "list_item" or bio.kind == "heading":
            continue
        m = _AUTHOR_BOX_NAME.fullmatch(one.text.strip())
        if m is None:
            continue
        name = m.group("name")
        if (
            name == one.text.strip()  # a name alone over a story about her ("Ana Lima is 54 and ...") is no box
            or name.casefold() == title
            or not bio.text.startswith(name + " ")
            or len(bio.text.split()) < 8
            or not looks_like_name(name)
        ):
            continue
        person = parse_person(name)
        if person is None:
            continue
        start = one.start + one.text.index(name)
        b.meta.add_authors([(person, start, start + len(name))])
        b.blocks[k] = one.model_copy(update={"role": "byline", "kind": "line"})
        return


def _read_dateline(b: _Builder) -> None:
    """A news page with no dated byline dates its story in the first paragraph: "Jan. 5, 2024 -- ..."."""
    if b.meta.dated:
        return
    # an indented first paragraph may have been read as an item; a long one is still the story's first paragraph
    paragraphs = [
        block
        for block in b.blocks
        if block.role == "body" and (block.kind == "paragraph" or (block.kind == "list_item" and len(block.text) > 200))
    ][:2]
    for block in paragraphs:
        found = dateline(block.text)
        if found is not None:
            day, start, end = found
            b.meta.add_date("published", day, (block.start + start, block.start + end))
            return


# a journal's or outlet's name and the day it printed the article, under the title: "JAMA Dec 26, 2021"
_SOURCE_NAME = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){1,4}")


def _read_source_date(b: _Builder) -> None:
    """A page with no labelled date dated by its outlet's line under the title: "<Journal> <date>"."""
    if b.meta.dated or "title" not in b.meta.spans:
        return
    title_at = b.meta.spans["title"][0]
    below = [blk for blk in b.blocks if blk.start > title_at][:2]
    for block in below:
        text = block.text.strip()
        found = find_dates(text) if len(text) <= 60 else []
        if len(found) == 1 and found[0][2] == len(text) and _SOURCE_NAME.fullmatch(text[: found[0][1]]):
            day, start, end = found[0]
            at = block.start + block.text.index(text)
            b.meta.add_date("published", day, (at + start, at + end))
            return


# a line signed with a dash before the name: "– Ana Lima, MD", "-- Ana Lima, MD"
_SIGNED_LINE = re.compile(r"\s*(?:--?|[–—])\s*(?P<who>[A-Z].*)")
# an answer signed at its end by a clinician: "... symptoms experienced. — Ana Lima, RN, MSN"
_SIGNATURE = re.compile(r"[.!?\"”]\s+[—–]\s*(?P<who>[A-Z][\w'’. -]{1,40}(?:,\s*[A-Za-z.]{2,10}){1,4})\s*$")


def _read_signature(b: _Builder) -> None:
    """The author of a page with no byline, when its last paragraph is signed with a name and credentials."""
    if b.meta.authors:
        return
    body = [blk for blk in b.blocks if blk.role == "body"]
    if not body:
        return
    last = body[-1]
    dashed = _SIGNED_LINE.match(b.text, last.start, last.end) if len(last.text) <= 80 else None
    if dashed is not None:
        # a clinician signing the page on a line of her own, after a dash: "– Ana Lima, MD", "-- Ana Lima, MD,
        # dermatology": the name and credentials, not the specialty after them
        at = dashed.start("who")
        signers = split_people(b.text[at : last.end]) or people_in(b.text[at : last.end])[:1]
        if len(signers) == 1 and signers[0][0].credentials:
            person, s, e = signers[0]
            b.meta.add_authors([(person, at + s, at + e)])
            b.blocks[b.blocks.index(last)] = last.model_copy(update={"role": "byline", "kind": "line", "level": 0})
            return
        if last.kind == "list_item":
            return
    for k in range(len(body) - 1, max(len(body) - 4, 0), -1):
        block = body[k]
        people = split_people(block.text) if len(block.text) <= 60 and block.kind in ("paragraph", "line") else None
        if (
            people is not None
            and len(people) <= 2
            and all(person.credentials for person, _, _ in people)
            and b.text[block.start : block.end] == block.text
            and all(len(after.text.split()) <= 8 for after in body[k + 1 :])
        ):
            # "Ana Lima, M.D." / "Medical Director of ...": a clinician signing the page, her job and town under it;
            # or two: "Ana Lima, MD with Sam Roe, MD"
            b.meta.add_authors([(person, block.start + st, block.start + en) for person, st, en in people])
            b.blocks[b.blocks.index(block)] = block.model_copy(update={"role": "byline", "kind": "line", "level": 0})
            return
    if last.kind != "paragraph":
        return
    m = _SIGNATURE.search(last.text)
    people = split_people(m.group("who")) if m else None
    if m is None or not people or len(people) != 1 or not people[0][0].credentials:
        return
    at = b.text.rfind(m.group("who"), last.start, last.end)
    if at != -1:
        b.meta.add_authors([(people[0][0], at + people[0][1], at + people[0][2])])


# a full stop inside a token ("v7.0", "22.11.2021") ends no sentence
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?=\S))*[.!?]+(?=\s|$)|(?:[^.!?]|[.!?](?=\S))+$")


def _read_footer_dates(b: _Builder) -> None:
    """A page with no dated byline may date itself inside a credit paragraph at its foot or under its title:
    "Written by the oncology team. Endorsed by ... Last reviewed March 2019."."""
    if b.meta.dated:
        return
    body = [block for block in b.blocks if block.kind == "paragraph" and block.role == "body"]
    paragraphs = body[:2] + [block for block in body[-3:] if block not in body[:2]]
    for block in reversed(paragraphs):
        for m in _SENTENCE.finditer(block.text):
            found = read_line(m.group(0)) if m.start() else None
            if found is not None and found.dates and not found.authors and found.reviewer is None:
                for fld, day, s, e in found.dates:
                    b.meta.add_date(fld, day, (block.start + m.start() + s, block.start + m.start() + e))
                return


# a booklet's imprint anywhere in its front matter: "First published May 1995. This edition January 2016."
_IMPRINT = re.compile(r"\b(?P<label>first\s+published|this\s+edition)\s+(?:in\s+|on\s+)?(?=\S)", re.I)


def _read_imprint(b: _Builder) -> None:
    """The dates of a booklet's imprint line, when nothing else dated the page: the first edition is its published
    date, this edition its update."""
    if b.meta.dated:
        return
    for block in b.blocks:
        if block.kind != "paragraph" or len(block.text) > 600:
            continue
        found = False
        for m in _IMPRINT.finditer(block.text):
            dated = find_dates(block.text[m.end() : m.end() + 30])
            if not dated or dated[0][1] != 0:
                continue
            day, st, en = dated[0]
            fld: DateField = "published" if m.group("label").lower().startswith("first") else "updated"
            b.meta.add_date(fld, day, (block.start + m.end() + st, block.start + m.end() + en))
            found = True
        if found:
            return


def _tab_strips(blocks: list[Block]) -> list[Block]:
    """A line made only of other lines of the page joined by spaces: the row of tabs over their panels.

    "Causes Symptoms When to call" over the panels "Causes", "Symptoms" and "When to call" is no sentence.
    """
    labels = {b.text.strip() for b in blocks if b.text.strip() and len(b.text.split()) <= 12}
    if len(labels) < 2:
        return blocks
    out = list(blocks)
    for k, block in enumerate(out):
        text = block.text.strip()
        words = text.split()
        if block.role != "body" or block.kind not in ("paragraph", "line") or not 4 <= len(words) <= 40:
            continue
        others = labels - {text}
        # parts[i]: the fewest labels that make up the first i words (0 when they cannot)
        parts = [0] + [0] * len(words)
        for end in range(1, len(words) + 1):
            for start in range(max(0, end - 12), end):
                if (start == 0 or parts[start]) and " ".join(words[start:end]) in others:
                    best = (parts[start] if start else 0) + 1
                    parts[end] = min(parts[end], best) if parts[end] else best
        if parts[-1] >= 2:
            out[k] = block.model_copy(update={"kind": "line", "role": "chrome", "level": 0})
    return out


def _link_lists(blocks: list[Block]) -> list[Block]:
    """Four or more headings in a row with nothing under any: the links of a page's menu, not empty sections.

    "Why is this medication prescribed?" / "What side effects can this medication cause?" / ...
    """
    out = list(blocks)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].kind == "heading" and out[j].role == "body" and out[j].level >= 2:
            j += 1
        if j - i >= 4:
            for k in range(i, j):
                out[k] = out[k].model_copy(update={"kind": "line", "role": "chrome", "level": 0})
        i = max(j, i + 1)
    return out


def _nest_subheadings(blocks: list[Block]) -> list[Block]:
    """A heading right under another, with text of its own, is a sub-heading: the parent is not empty.

    Two headings with nothing under either ("Related questions", "Related articles") stay siblings.
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        parent, block, nxt = out[i - 1], out[i], out[i + 1]
        if (
            block.kind == "heading"
            and parent.kind == "heading"
            and parent.level == block.level == 2
            and nxt.kind != "heading"
            and nxt.role == "body"
            and (i < 2 or out[i - 2].kind != "heading" or _under_title(out[i - 2], parent, block))
        ):
            out[i] = block.model_copy(update={"level": 3})
    return out


def _under_title(title: Block, parent: Block, block: Block) -> bool:
    """A section heading and its sub-heading right under the title ("Side Effects" / "Tingling"), not
    one heading printed twice ("Causes[edit]" / "Causes [change]")."""
    first = [re.findall(r"[^\W\d_]+", b.text.casefold())[:1] for b in (parent, block)]
    return title.level < parent.level and first[0] != first[1]


def _bulleted_author(line: _Line) -> tuple[BylineLine, int] | None:
    """A byline naming an author printed as a list item above the text, and where its text starts."""
    bullet = _BULLET.match(line.text)
    if bullet is None:
        return None
    rest = line.text[bullet.end() :]
    found = read_line(rest)
    if found is None and len(rest) <= 100:
        # a blog widget's writer with her credentials and nothing else: "• Ana Lima, MD"
        people = split_people(rest)
        if people and all(person.credentials for person, _, _ in people):
            found = BylineLine("byline", authors=people)
    return (found, bullet.end()) if found is not None and found.authors else None


def _is_byline(text: str) -> bool:
    """A line naming who wrote or reviewed the article, or when: what sits right under a title."""
    found = read_line(text)
    return found is not None and bool(
        found.authors or found.reviewer or found.dates or found.reviewer_follows or found.author_follows
    )


def _doubled_menu(head: list[_Line], i: int) -> bool:
    """Whether the line printed twice at ``i`` is one entry of a menu whose entries each come twice (a phone menu and
    a desktop menu in one copy): a pair of short lines right above or right below it is printed twice too."""

    def pair(k: int) -> bool:
        return (
            k >= 0
            and k + 1 < len(head)
            and head[k].stripped == head[k + 1].stripped
            and len(head[k].stripped.split()) <= 4
            and not _ends_sentence(head[k].stripped)
        )

    # cards of a services menu, each name printed twice over its blurb: "Primary Care" x2 / "<blurb>" / "Vein Care" x2
    return pair(i) and (pair(i - 2) or any(pair(k) for k in range(i + 2, i + 6)))


# a link to a site's or journal's home page, never a title set "at Home" or "Back Home"
_SITE_HOME_LINK = re.compile(
    r"[A-Z][\w&'’.-]*\s+(?:(?:[A-Z][\w&'’.-]*|of|and|for|&)\s+){0,6}(?<!\bat\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bin\s)(?<!\byour\s)(?<!\bthe\s)"
    r"(?<!\bmy\s)(?<!\bour\s)(?<!\bback\s)(?<!\bAt\s)(?<!\bFrom\s)(?<!\bTo\s)(?<!\bIn\s)(?<!\bYour\s)"
    r"(?<!\bThe\s)(?<!\bMy\s)(?<!\bOur\s)(?<!\bBack\s)Home"
)
# the page's own name first in a print view's header, the site's names after it: "Oncology Services | Auckland | ..."
_BAR_PARTS = re.compile(r"\s+\|\s+")
_NAV_WORDS = frozenset(("home", "about", "about us", "contact", "contact us", "services", "menu", "search", "log in"))


def _bar_title(text: str) -> str | None:
    """The first part of a header line of three or more parts set apart by bars, when it reads as a page's name."""
    parts = _BAR_PARTS.split(text)
    if len(parts) < 3 or len(text) > 160:
        return None
    first = parts[0].strip()
    words = first.split()
    if not 2 <= len(words) <= 10 or first.lower() in _NAV_WORDS or not _heading_like(first):
        return None
    return first


_RETURN_TO = re.compile(r"return\s+to\s+(?:the\s+)?([\w'’&.-]+(?:\s+[\w'’&.-]+){0,3})", re.I)


def _returns_to_banner(text: str, above: list[_Line]) -> bool:
    """A link back to the site a line above names: "Return To Harbour" under "Harbour Health Partners"."""
    found = _RETURN_TO.fullmatch(text)
    if found is None:
        return False
    target = re.compile(rf"\b{re.escape(found.group(1))}\b", re.I)
    return any(target.search(h.stripped) and h.stripped.casefold() != text.casefold() for h in above)


_SMALL_WORDS = frozenset("of and the in on for to with a an".split())


def _abbreviates(short: str, title: str) -> bool:
    """``short`` is the initials of ``title``'s words in capitals: "CKD" for "Chronic kidney disease"."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", title) if w.lower() not in _SMALL_WORDS)
    return initials.upper() == short


# a full date at the end of the title's line, after a space: "<title> 05/23/2014", "<title> May 23, 2014"; the
# shared date patterns, a month and year alone ("05/2014") excepted
_TITLE_DATE = re.compile(rf"\s(?:{DATE_PATTERN.pattern}|{NUMERIC_DATE.pattern})\s*$", re.I)


# the headline before such a date: words, no sentence's end, bar or label
_HEADLINE_BEFORE_DATE = re.compile(r"\s*[^\W\d][^|:;.!?]{6,150}")


# a gloss printed in brackets under a title: "(Taste changes)", "(pronounced oh-LAN-za-peen)"
_GLOSS = re.compile(r"\((?:pronounced\s+)?[^()\d]{2,60}\)")


def _find_title(lines: list[_Line]) -> int | None:
    """Which of the first lines is the article's title; None when the page starts with its text.

    The title is the first heading-shaped line followed by the article (body, byline or another
    heading), passing over chrome: skip links, banners, notices, a site or library name, a section
    label set above a longer title, and everything above a back link.
    """
    # a site menu above the title can run to dozens of lines
    head = [line for line in lines[:120] if line.stripped][:60]
    # the alt text of the lead image names the title: "Medical illustration for <title> - <site>"
    alt_titles = set()
    for line in head[:12]:
        found = read_line(line.text)
        if found is not None and found.alt_subject:
            alt_titles.add(found.alt_subject.casefold())
    if alt_titles:
        for line in head:
            if line.stripped.casefold() in alt_titles:
                return lines.index(line)
    # a breadcrumb trail ends with the page's own name: the line that prints it again below is the title
    for k, line in enumerate(head[:10]):
        crumb = last_crumb(line.stripped) if is_breadcrumb(line.stripped) else None
        name = line.stripped[crumb[0] : crumb[1]].casefold() if crumb else ""
        if len(name.split()) >= 2:
            for below in head[k + 1 : k + 8]:
                if below.stripped.casefold() == name:
                    return lines.index(below)
    typed = _title_under_article_type(head)
    if typed is not None:
        return lines.index(head[typed])
    cited = _title_over_its_citation(head)
    if cited is not None:
        return lines.index(head[cited])
    abstract = _title_over_abstract(head)
    if abstract is not None:
        return lines.index(head[abstract])
    for k in range(min(len(head) - 2, 4)):
        if (
            _GLOSS.fullmatch(head[k + 1].stripped)
            and _heading_like(head[k].stripped)
            and len(head[k].stripped.split()) <= 8
            and not is_chrome(head[k].stripped)
            and not is_furniture(head[k].stripped)
            and read_line(head[k].stripped) is None
            and (_body_like(head[k + 2]) or _heading_like(head[k + 2].stripped))
        ):
            return lines.index(head[k])  # a title over its gloss in brackets: "Dysgeusia" / "(Taste changes)"
    if head and head[0] is lines[0] and _stamped_headline(head[0], head[1] if len(head) > 1 else None) is not None:
        return 0  # a stored copy's date stamp run on before the headline: " date 2017-01-26 <headline>"
    ids = [k for k, line in enumerate(head[:40]) if _ARTICLE_ID.match(line.stripped)]
    if ids and ids[-1] + 2 < len(head):
        named, below = head[ids[-1] + 1], head[ids[-1] + 2]
        if (
            _heading_like(named.stripped)
            and read_line(named.stripped) is None
            and split_people(named.stripped) is None
            and len(_GLUED_MARK.findall(named.stripped)) < 2
            and (_ABSTRACT_HEADING.fullmatch(below.stripped) or _body_like(below))
        ):
            return lines.index(named)  # an archive's identifier lines ("PMCID: PMC123") right above the title
    # only at the very top, under at most a short department label: a cover page lists more above it
    for k in range(1, min(len(head), 4)):
        above = head[k - 1].stripped
        if (
            _AUDIENCE_LINE.fullmatch(head[k].stripped)
            and all(len(h.stripped.split()) <= 3 and h.end + 1 >= head[k - 1].start for h in head[: k - 1])
            and _heading_like(above)
            and not _AUDIENCE_LINE.fullmatch(above)
            and not is_chrome(above)
            and not is_furniture(above)
            and read_line(above) is None
        ):
            return lines.index(
                head[k - 1]
            )  # a leaflet's title over its audience: "Steroids" / "Information for patients"
    again = _title_printed_again(head)
    if again is not None:
        return lines.index(head[again])
    repeated = _title_repeated_over_text(head)
    if repeated is not None:
        return lines.index(head[repeated])
    for k in range(min(len(head) - 1, 12)):
        copy = _NUMBERED.match(head[k + 1].text) or _BULLET.match(head[k + 1].text)
        if (
            copy is not None
            and head[k + 1].text[copy.end() :].strip() == head[k].stripped
            and _heading_like(head[k].stripped)
            and len(head[k].stripped.split()) >= 2
        ):
            return lines.index(head[k])  # the title over its own entry in a breadcrumb list: "<title>" / "1. <title>"
    # a blog post's category line right above its title: "Posted on <date> in Cancer" / "<title>"; the blog's
    # banner, welcome and menu above it are chrome, even where they are sentences
    for k, line in enumerate(head[:30]):
        if k + 2 < len(head) and is_posted_in(line.stripped):
            title = head[k + 1].stripped
            if (_heading_like(title) or _title_with_a_stop(title)) and read_line(title) is None:
                return lines.index(head[k + 1])
            break
    if (
        len(head) > 1
        and _bar_title(head[0].stripped) is not None
        and _body_like(head[1])
        and len(head[1].stripped) >= 60
    ):
        return lines.index(head[0])  # a print view's header: "<Page> | <City> | <Hospital> | <Agency>" over the text
    start = 0
    for i, line in enumerate(head[:15]):
        if (
            is_back_link(line.stripped)
            and i + 1 < len(head)
            and not any(_is_byline(h.stripped) for h in head[:i])
            and not _page_footer(lines, line)
            and not _inside_article(head[:i])
        ):
            start = i + 1  # "< Back": the host's banner is above it, unless the title and its date are
        elif (
            _CONTENT_START.fullmatch(line.stripped)
            or (_PAGER.fullmatch(line.stripped) and not _inside_article(head[:i]))
        ) and i + 1 < len(head):
            start = i + 1
        elif i + 1 < len(head) and _returns_to_banner(line.stripped, head[:i]):
            start = i + 1  # "<Partner> Health Hub" / "Return to <Partner>": a co-branded site's header
    start = _past_link_cards(head, start)
    start = _past_profile_widget(head, start)
    names_under = _title_over_names(head, start)
    if names_under is not None:
        return lines.index(head[names_under])
    follows = False
    chrome_list = False  # the items under a notice ("The list of supported browsers:") are chrome too
    # a page titled by a section name alone ("Side Effects") over its text: the title when nothing better follows
    label_title: int | None = None
    skip_to = start
    menus = _menu_runs(head)
    for i in range(start, len(head)):
        line = head[i]
        s = line.stripped
        if i < skip_to:
            continue  # the rest of a site menu
        if i + 1 < len(head) and (
            menus[i + 1] or (line.end + 1 >= head[i + 1].start and _ALPHABET_INDEX.match(head[i + 1].stripped))
        ):
            continue  # the label of a site menu ("How do immune checkpoint inhibitors work?" over its links)
        if _ALPHABET_INDEX.match(s):
            continue
        if _BAR.search(s) and _next_to_bar_menu(head, i):
            continue  # one more row of a menu set with bars, even a short one: "Bone Scans | Prostate Care"
        if follows:
            follows = False
            continue
        if chrome_list and _is_item_start(line):
            continue
        chrome_list = False
        if _ARTICLE_LINK_LABEL.match(s):
            follows = True  # "Next Article in Journal" over the linked article's title
            continue
        if (
            i + 1 < len(head)
            and _ENCYCLOPEDIA_TAGLINE.match(head[i + 1].stripped)
            and _heading_like(s)
            and not is_furniture(s)
        ):
            return lines.index(line)  # "Oxaliplatin" / "From Wikipedia, the free encyclopedia"
        if _BUTTON_WORD.fullmatch(s) or (len(s.split()) <= 3 and is_chrome(s)) or _NOTICE_HEADING.fullmatch(s):
            continue  # a button above the title: "Read", "Watch", "Sign In"
        if _SELECT_PROMPT.fullmatch(s):
            continue  # a drop-down box's placeholder above the title: "Select a topic to explore more."
        if _DOCTOR_NAME.fullmatch(s) or (
            i + 1 < len(head) and _heading_like(head[i + 1].stripped) and _clinician_line(s)
        ):
            # the author's line above the title: "Dr West", "Dr. Ana Lima, Cardiologist", "Ana Lima, MD, Cardiologist"
            if i == start:
                start = i + 1  # the title under it opens the page
            continue
        if _BRAND_SLOGAN.fullmatch(s) and i + 1 < len(head):
            continue  # a brand's name and its slogan: "HarbourLynx - we search the web"
        if _SITE_HOME_LINK.fullmatch(s):
            continue  # a link to a journal's or a site's home page: "Harbour Journal of Oncology Home"
        if _GROUP_MEMBER.fullmatch(s):
            continue  # the banner's tagline at the top: "A Part of the <Medical Center>"
        if _DANGLING_LINK.search(s) and len(s) <= 200:
            continue  # a notice whose link text was left out: "For information about COVID-19, visit"
        if (
            _INSTITUTION.fullmatch(s)
            and not _NOT_INSTITUTION.search(s)
            and i + 1 < len(head)
            and _heading_like(head[i + 1].stripped)
        ):
            continue  # a print view's header names the hospital over the title: "<Name> University Hospital"
        if (
            i + 1 < len(head)
            and len(s.split()) <= 4
            and _SOCIAL_LABEL.match(s)
            and is_furniture(head[i + 1].stripped)
            and _SOCIAL_START.match(head[i + 1].stripped)
        ):
            continue  # the label of a row of social links: "Connect with us" / "Facebook Twitter YouTube"
        if i + 1 < len(head) and _GROUP_MEMBER.fullmatch(head[i + 1].stripped) and not _ends_sentence(s):
            follows = True  # "<Hospital>" / "Part of <Group>": the banner, not the title
            continue
        promo = next(
            (j for j in (i + 1, i + 2) if j < len(head) and _PROMO_BUTTON.fullmatch(head[j].stripped)),
            None,
        )
        if promo is not None and promo + 1 < len(head) and all(not _ends_sentence(h.stripped) for h in head[i:promo]):
            skip_to = (
                promo + 1
            )  # a campaign's promo, its slogan and its button: "<Event>" / "<slogan>" / "Register Now"
            continue
        if i + 1 < len(head) and (
            (_CALL_US_ON.fullmatch(head[i + 1].stripped) and not _ends_sentence(s))
            # a promo's question over its bare number: "Questions about testing?" / "1-800-555-0100"
            or (is_phone_line(head[i + 1].stripped) and (not _ends_sentence(s) or s.endswith("?")))
        ):
            follows = True  # a helpline box: "Speak to a qualified nurse" / "Call us on 0800 000 000"
            continue
        if _CALL_US_ON.fullmatch(s) or _TIME_VALUE.fullmatch(s):
            continue  # the box's number, or a widget's timing: "Avg. connection time: 25 secs", "Read time: 4 min"
        if (
            (s.endswith("?") or (len(s.split()) <= 8 and _heading_like(s)))
            and i + 2 < len(head)
            and _PROMO_ACTION.fullmatch(head[i + 1].stripped)
        ):
            # a promo and its button: "Seeking support for your mental health?" / "Start here", "Free Sleep Check" /
            # "Get started"; a title has the article under it, not a button
            follows = True
            continue
        if len(s) <= 120 and (people := split_people(s)) and all(p.credentials for p, _, _ in people):
            continue  # a clinician's name and credentials alone on a line: the author, never the title
        found = read_line(s)
        if found is not None:
            follows = found.reviewer_follows or found.author_follows or found.date_follows is not None
            if i == start:
                # a dated line at the very top ("Current Oncology (Feb 2022)"): the title opens the page below it
                start = i + 1 + follows
            continue
        if not _LATIN.search(s) or _DOTTED_INITIALS.fullmatch(s):
            continue  # a line in no Latin letters (a spam or language banner), or a column's initials ("C.A.R.E.")
        if _STRAY_STOP.match(s) and len(s.split()) <= 9 and not _ends_sentence(s):
            continue  # a tagline left after its logo link's stop: ". Caring for Every Family"
        if _ARCHIVE_LABEL.match(s) and i + 1 < len(head):
            continue  # a news archive's year and section over the headline: "2021 Artificial Sweeteners"
        if i == start and _title_with_a_stop(s) and not is_furniture(s) and not is_chrome(s):
            return lines.index(line)  # a blog's title in title case, closed with a full stop
        if (
            i == start
            and i + 1 < len(head)
            and s[-1] == "."
            and s[:1].isupper()
            and len(s) <= 200
            and not _SENTENCE_BREAK.search(s)
            and (_ARTICLE_TYPE.fullmatch(head[i + 1].stripped) or _RECORD_LABEL.fullmatch(head[i + 1].stripped))
        ):
            return lines.index(line)  # a record's title closed by a full stop over its type: "<title>." / "Review"
        if (
            i == start
            and i + 2 < len(head)
            and 4 <= len(s.split()) <= 25
            and len(s) <= 160
            and s[:1].isupper()
            and s[-1] not in ":;,"
            and (people := split_people(head[i + 1].stripped)) is not None
            and all(p.credentials for p, _, _ in people)
            and (dated := read_line(head[i + 2].stripped)) is not None
            and dated.dates
        ):
            return lines.index(line)  # a headline, even of two sentences, over its writer and date
        if i == start and i + 1 < len(head) and _headline_over_date(s, head[i + 1].stripped):
            return lines.index(line)  # a news headline closed by a full stop, its dateline right under it
        labelled = _TITLE_LABEL.match(line.text)
        if labelled and len(s) <= 250 and s[-1] not in ".!;:,":
            return lines.index(line)  # a labelled headline may be longer than any heading
        if (
            is_breadcrumb(s)
            and i + 1 < len(head)
            and (crumb := last_crumb(s)) is not None
            and head[i + 1].stripped.casefold() == s[crumb[0] : crumb[1]].casefold()
            and len(head[i + 1].stripped) <= 200
            and head[i + 1].stripped[-1] not in ".:;,"
        ):
            return lines.index(head[i + 1])  # the breadcrumb's last crumb printed again under it: the title
        if (
            is_breadcrumb(s)
            or is_citation_line(s)
            or is_furniture(s)
            or is_site_section(s)
            or is_section_name(s)
            or _LONE_BULLET.match(line.text)
            # an image's description over the title: "A nurse, smiling, handing a leaflet to a patient"
            or (is_caption(s) and s.split()[0].lower() in ("a", "an"))
            # or in sentence case right over a heading: "Doctor and patient reviewing a tablet" / "Q&A: ..."
            or (
                is_caption(s)
                and len(s.split()) >= 4
                and not any(w[:1].isupper() for w in s.split()[1:])
                and i + 1 < len(head)
                and _heading_like(head[i + 1].stripped)
            )
        ):
            chrome_list = _lead_in(s)
            # a widget's label over its value: "Font Type:" / "Arial Georgia Verdana"
            follows = (
                chrome_list
                and is_furniture(s)
                and i + 1 < len(head)
                and not _is_item_start(head[i + 1])
                and not _lead_in(head[i + 1].stripped)
            )
            if label_title is None and i == start and is_section_name(s) and _heading_like(s):
                label_title = lines.index(line)
            continue
        numbered = _NUMBERED.match(line.text)
        if numbered and s.endswith("?") and _heading_like(line.text[numbered.end() :]) and i == start:
            return lines.index(line)  # a page of a numbered FAQ opens with its question
        if menus[i]:
            skip_to = i + menus[i]
            continue
        stacked = _stacked_menu(head, i) if i == start else 0
        if stacked:
            skip_to = i + stacked  # a course or site menu printed as short lines with no bullets
            continue
        item = _BULLET.match(line.text) or numbered
        if (
            item
            and (i == start or all(is_chrome(h.stripped) or is_furniture(h.stripped) for h in head[start:i]))
            and _NAV_LIST_START.fullmatch(line.text[item.end() :].strip())
        ):
            chrome_list = True  # a breadcrumb printed as a list ("1. Home" / "2. Medication"): the title is below
            continue
        if (
            numbered
            and i == start
            and len(line.text[numbered.end() :].split()) <= 2
            and _heading_like(line.text[numbered.end() :].strip())
            and _alone_in_list(head, i)
        ):
            continue  # the one crumb left of a trail printed as a list: "1. Health" over the page
        if (
            item
            and i + 1 < len(head)
            and _JUMP_LABEL.fullmatch(line.text[item.end() :].strip())
            and not _is_item_start(head[i + 1])
        ):
            continue  # a jump menu's label, its choices left out of the copy: "• Go to:" over the title
        if item and _bulleted_author(line) is not None:
            continue  # a blog widget's author as a list item: "• Writer's picture<Name>"
        if item and is_chrome(line.text[item.end() :].strip()):
            continue  # a widget's item above the title: "• You're all caught up!" under "Notifications"
        if item and (tags := _tag_run(head, i)):
            skip_to = i + tags  # the page's topic tags or breadcrumb as short items right over the title
            continue
        if item and _JOURNAL_LABEL.fullmatch(line.text[item.end() :].strip()):
            if i == start:
                start = i + 1  # the title, however long, opens the page under them
            continue  # a journal's labels as a list over the title: "• Research article" / "• Open access"
        if item or _SOURCES_HEADING.match(_heading_text(s)):
            return None
        nxt = head[i + 1] if i + 1 < len(head) else None
        prev = head[i - 1] if i else None
        if (
            nxt is not None
            and nxt.stripped == s
            and len(s) <= 120
            and s[-1] not in ":;,"
            and not _is_item_start(line)
            and len(s.split()) >= 2
        ):
            if _organisation_name(s):
                skip_to = i + 2  # the publisher's name printed twice in its header: "Harbour Department of Health" x2
                continue
            if _doubled_menu(head, i):
                # a menu printed twice, each entry over its copy: "Gluten Free" x2 / "Recipes" x2; the lines set right
                # under an entry are its card's blurb: "Heart Care" x2 / "See our list of heart services."
                skip_to = i + 2
                while (
                    skip_to < len(head)
                    and head[skip_to - 1].end + 1 >= head[skip_to].start
                    and len(head[skip_to].stripped.split()) <= 30
                    and (
                        _ends_sentence(head[skip_to].stripped)
                        or head[skip_to].stripped == head[skip_to - 1].stripped
                        or (skip_to + 1 < len(head) and head[skip_to].stripped == head[skip_to + 1].stripped)
                    )
                ):
                    skip_to += 1
                continue
            return lines.index(line)  # the title printed twice, as a page's header and its headline
        after = head[i + 2] if i + 2 < len(head) else None
        if (
            i == start
            and nxt is not None
            and after is not None
            and after.stripped == nxt.stripped
            and _heading_like(nxt.stripped)
            and len(nxt.stripped.split()) >= 2
            and len(s.split()) <= 6
            and not _ends_sentence(s)
            and not _doubled_menu(head, i + 1)
        ):
            return lines.index(nxt)  # a section label over the title printed twice: "For patients" / title / title
        if (
            i == start
            and s.endswith("?")
            and len(s) <= 200
            and len(s.split()) <= 30
            and s[:1].isupper()
            and s.split()[0].lower() in _QUESTION_WORDS
            and not _SENTENCE_BREAK.search(s)
            and nxt is not None
            and (_body_like(nxt) or _heading_like(nxt.stripped))
        ):
            return lines.index(line)  # a reader's question too long for a heading opens the page as its title
        if (
            i == start
            and 60 < len(s) <= 250
            and len(s.split()) <= 35
            and s[:1].isupper()
            and s[-1] not in ":;,"
            and not _SENTENCE_BREAK.search(s)
            and nxt is not None
            and is_citation_line(nxt.stripped)
        ):
            return lines.index(line)  # an abstract's title over its citation line: "<title>" / "BMJ. 2006 Apr 10;..."
        if (
            i == start
            # too long for a heading by its characters or by its words ("Hot Flashes, Sore Joints, ...: A Guide to ...")
            and (len(s) > 120 or len(s.split()) > 16)
            and len(s) <= 250
            and len(s.split()) <= 30
            and s[:1].isupper()
            and s[-1] not in ".!?:;,"
            and nxt is not None
            # a subtitle after a colon or a dash, title case, or the abstract right under it
            and (
                ": " in s
                or " - " in s
                or " – " in s
                or _title_cased(s)
                or _ABSTRACT_HEADING.fullmatch(nxt.stripped) is not None
            )
            and not _SENTENCE_BREAK.search(s)
            and not nxt.stripped[:1].islower()
        ):
            # a journal article's long title and subtitle ("<finding>: a real-world study"), or a long title set in
            # title case ("Summary of the Evidence for the Management of ... in Cancer Patients")
            return lines.index(line)
        words = len(_heading_text(s).split())
        if words == 1 and _named_below(head, i):
            return lines.index(line)  # a drug's name over "About Naproxen" and "Naproxen eases ...": the title
        # a one-word title ("Sprain") stands alone between blank lines; a one-word menu entry does not
        alone = (prev is None or prev.end + 1 < line.start) and (nxt is None or line.end + 1 < nxt.start)
        # short link lines stacked with no blank line between: a site menu ("Main menu" / "Search")
        menu = (
            words <= 3
            and _heading_like(s)
            and any(
                o is not None
                and adjacent
                and _heading_like(o.stripped)
                and len(o.stripped.split()) <= 3
                # an account link over the title ("Sign In") makes no menu of it, nor a site section's label
                and not is_chrome(o.stripped)
                and not (o is prev and is_site_section(o.stripped))
                for o, adjacent in (
                    (
                        prev,
                        prev is not None and prev.end + 1 >= line.start and not _BUTTON_WORD.fullmatch(prev.stripped),
                    ),
                    (nxt, nxt is not None and line.end + 1 >= nxt.start),
                )
            )
        )
        # a short title over its byline, unless a longer heading follows the byline: then this was the menu
        over_byline = (
            nxt is not None
            and _is_byline(nxt.stripped)
            and not (
                after is not None
                and _heading_like(after.stripped)
                and len(after.stripped.split()) > words
                and not is_section_name(after.stripped)
            )
        )
        if nxt is not None and line.end + 1 >= nxt.start and _abbreviates(nxt.stripped, s):
            return lines.index(line)  # a title over its abbreviation: "Chronic kidney disease" / "CKD"
        if menu and not over_byline:
            if prev is None or prev.end + 1 < line.start:
                # a compact export's title, subtitle and first heading stacked over the text are no menu
                k = i + 1
                while (
                    k < len(head)
                    and k - i <= 3
                    and head[k - 1].end + 1 >= head[k].start
                    and _heading_like(head[k].stripped)
                    and not _is_byline(head[k].stripped)
                    and (len(head[k].stripped.split()) <= 3 or is_section_name(head[k].stripped))
                ):
                    k += 1
                if (
                    k < len(head)
                    and head[k - 1].end + 1 >= head[k].start
                    and not _heading_like(head[k].stripped)
                    and (_lead_in(head[k].stripped) or (_body_like(head[k]) and _ends_sentence(head[k].stripped)))
                ):
                    return lines.index(line)
                if (
                    i == start
                    and k == i + 2
                    and words >= 2
                    and k < len(head)
                    and _ends_sentence(head[k].stripped)
                    and len(head[k].stripped.split()) >= 10
                ):
                    return lines.index(
                        line
                    )  # a title and its category over the text: "Radiotherapy (Pelvis)" / "Bladder Cancer"
            continue
        # a one-word title in a compact export stands over the text itself
        over_text = nxt is not None and (_body_like(nxt) or _lead_in(nxt.stripped))
        if (
            nxt is not None
            and len(s) >= 50
            and line.end + 1 >= nxt.start
            and len(nxt.stripped) >= 50
            and nxt.stripped[:1].islower()
            and read_line(nxt.stripped) is None
        ):
            return label_title  # the first line of a paragraph wrapped at a fixed width: the page starts with text
        beyond = _title_past_tools(head, i, words) if _heading_like(s) and nxt is not None else None
        if beyond is not None:
            return lines.index(head[beyond])
        if (
            _heading_like(s)
            and words <= 3
            and nxt is not None
            and is_furniture(nxt.stripped)
            and i + 3 < len(head)
            and _heading_like(head[i + 2].stripped)
            and not is_furniture(head[i + 2].stripped)
            # "Pinworms" / "Printer friendly version" / "What is it?": the title over its first section
            and not _WHAT_IS.match(head[i + 2].stripped)
            and (_body_like(head[i + 3]) or _lead_in(head[i + 3].stripped))
        ):
            continue  # a site's name over a notice over the title: "Cancer Services" / "<old browser notice>" / title
        if (
            _heading_like(s)
            and nxt is not None
            and after is not None
            and i + 3 < len(head)
            and _heading_like(after.stripped)
            and (dated := read_line(nxt.stripped)) is not None
            and dated.dates
            and not dated.authors
            and (byline := read_line(head[i + 3].stripped)) is not None
            and byline.authors
        ):
            continue  # a blog's section label over the post's date, its title and byline: "Recent News" / <date> / ...
        if (
            _heading_like(s)
            and words <= 5
            and nxt is not None
            and is_breadcrumb(nxt.stripped)
            and re.search(r"\s(?:>>|[>»›])\s", nxt.stripped)
            and read_line(nxt.stripped) is None
        ):
            continue  # a menu entry or cart counter over the trail: "1 1 home" / "Insomnia > Working With ..."
        if (
            _OUTLET_NAME.search(s)
            and _heading_like(s)
            and nxt is not None
            and after is not None
            and _heading_like(nxt.stripped)
            and read_line(nxt.text) is None
            and (byline := read_line(after.text)) is not None
            and (byline.authors or byline.dates)
            and not _shared_words(s, nxt.stripped)
        ):
            return lines.index(nxt)  # a blog's or paper's name over the post's title and its byline
        if (
            _organisation_name(s)
            and nxt is not None
            and after is not None
            and _heading_like(nxt.stripped)
            and not is_section_name(nxt.stripped)
            and not is_furniture(nxt.stripped)
            and read_line(nxt.stripped) is None
            and (_body_like(after) or _lead_in(after.stripped))
        ):
            return lines.index(
                nxt
            )  # the service's name over the page's title: "Student Health Services" / title / text
        if (
            words <= 3
            and _heading_like(s)
            and nxt is not None
            and after is not None
            and nxt.stripped.endswith("?")
            and 6 <= len(nxt.stripped.split()) <= 30
            and nxt.stripped[:1].isupper()
            and _FIRST_PERSON.search(nxt.stripped)
            and _body_like(after)
        ):
            return lines.index(nxt)  # a reader's question under its category: "Side Effects" / "If I do not ...?"
        if _heading_like(s) and (words >= 2 or s.endswith("?") or alone or over_text):
            if (
                nxt is not None
                and _heading_like(nxt.stripped)
                and not is_section_name(nxt.stripped)
                and read_line(nxt.stripped) is None
                and not is_furniture(nxt.stripped)
                and not _FACT_LABEL.match(nxt.stripped)
                and not is_site_section(nxt.stripped)  # who the page is for: "For Patients and Caregivers"
                and not _BY_NAME.match(nxt.stripped)  # a byline the reader cannot take apart is still no title
                # a label of up to three words, or a section path of two or three ("Society / Health & Science")
                and (words <= 3 or _SECTION_PATH.fullmatch(s) is not None)
                and not s.endswith("?")
                # a question about "this medicine" under a drug's name asks about the title: a section heading
                and not (nxt.stripped.endswith("?") and _REFERS_BACK.search(nxt.stripped))
                # a deck that says something under a title the text goes on about: "Post-cancer swelling" /
                # "Treatments can lead to ..." / "Swelling can ..."; a site's name over a headline shares no word
                and not (_DECK_CLAUSE.match(nxt.stripped) and after is not None and _shared_words(s, after.stripped))
                # a section heading under the title: "Infant jaundice" / "When to seek immediate medical care",
                # "Chlamydia" / "What you need to know"
                and not _SECTION_UNDER_TITLE.match(nxt.stripped)
                # the first section asks what the title names: "Cold Sores" / "What Is A Cold Sore?"
                and not (_WHAT_IS.match(nxt.stripped) and _shared_words(s, nxt.stripped))
                # the writer under the title, with her job or credentials: "Ana Lima, Registered Dietitian"
                and not _name_and_job(nxt.stripped)
                and not ((people := split_people(nxt.stripped)) and any(p.credentials for p, _, _ in people))
                # a deck between the title and its byline goes on about the title's topic: "Chemo-Induced
                # Neuropathy" / "Answering your questions about nerve damage from chemotherapy" / "By ..."
                and not (
                    after is not None
                    and _is_byline(after.stripped)
                    and len(nxt.stripped.split()) >= 8
                    and _shared_words(s, nxt.stripped)
                )
                and (
                    # "Understanding Immunotherapy" over a longer title, or "Heart Health" over the title
                    # that its byline follows
                    len(nxt.stripped.split()) >= words + 3
                    or (after is not None and _is_byline(after.stripped))
                    # a category over the title and a first heading that repeats it: "Mental health" / "CBT for
                    # insomnia" / "CBT for insomnia tips"
                    or (
                        after is not None
                        and _heading_like(after.stripped)
                        and after.stripped.casefold().startswith(nxt.stripped.casefold() + " ")
                    )
                    # "Content Map Terms" / "COPD: Handling a Flare-Up" / "Overview": the title opens the article
                    or (after is not None and after.stripped.casefold() in ("overview", "summary", "introduction"))
                    # a hospital unit's name over its leaflet's title: "Emergency Assessment Unit" / "Bleeding in ..."
                    or (_UNIT_NAME.search(s) is not None and not _UNIT_NAME.search(nxt.stripped))
                    # a section tab over the page's own title that ends with it: "Side Effects" / "Sertraline Side Effects"
                    or (
                        len(nxt.stripped.split()) > words
                        and nxt.stripped.casefold().endswith(" " + s.casefold())
                        and after is not None
                        and not after.stripped[:1].islower()  # "Peripheral neuropathy" / "can be ...": one sentence
                    )
                    # a section label over the page's topic, which the text opens on and never names the label:
                    # "Life After Surgery" / "Stiff Shoulder After Surgery" / "Stiff shoulder is ..."
                    or (
                        after is not None
                        and _body_like(after)
                        and _opens_on_topic(s, nxt.stripped, " ".join(h.stripped for h in head[i + 2 : i + 7]))
                    )
                    # a kicker ("Definitive Guide") over a longer title that shares none of its words
                    or (
                        after is not None
                        and _body_like(after)
                        and len(nxt.stripped.split()) > words
                        and not _shared_words(s, nxt.stripped)
                        and not _GENERIC_SECTION.fullmatch(nxt.stripped)
                    )
                )
            ):
                return lines.index(nxt)
            return lines.index(line)
        if _heading_like(s) and words == 1 and nxt is not None and _SECTION_UNDER_TITLE.match(nxt.stripped):
            return lines.index(line)  # "Chlamydia" / "What you need to know": a one-word title over its deck
        if _heading_like(s):
            continue  # a one-word menu entry or site name
        if (
            i == start
            and s == s.lower()
            and s.split()[0] in ("how", "what", "why", "when", "can", "does", "is")
            and 4 <= len(s.split()) <= 12
            and s[-1] not in ".!:;,"
            and nxt is not None
            and not _heading_like(nxt.stripped)
            and _ends_sentence(nxt.stripped)
        ):
            return lines.index(line)  # a forum thread's question typed in lower case: "how to ease nausea on chemo"
        if s[:1].islower() and len(s.split()) <= 5 and not _ends_sentence(s) and nxt is not None:
            continue  # a lower-case tag or category above the title: "urinary tract infection"
        if (
            i == start
            and _ABOUT_THE_LEAFLET.match(s)
            and nxt is not None
            and _heading_like(nxt.stripped)
            and len(head) > i + 2
            and not _heading_like(head[i + 2].stripped)
        ):
            continue  # a leaflet's note on itself over its first heading: the heading names the page
        if (
            i == start
            and s.endswith(".")
            and (len(s.split()) <= 6 or _NAMED_SLOGAN.match(s))
            and _SLOGAN_VOICE.search(s)
            and nxt is not None
            and _heading_like(nxt.stripped)
            and len(head) > i + 2
            and (_body_like(head[i + 2]) or _lead_in(head[i + 2].stripped))
        ):
            continue  # a slogan over the title: "Above all, we care." / "Side effects of statins" / the text
        if i == start and s == s.lower() and len(s.split()) <= 8 and not _ends_sentence(s) and nxt is not None:
            continue  # a site name and slogan set in lower case: "harbour health. care close to home"
        if i == start and nxt is not None and _colon_title(s, nxt, after):
            return lines.index(line)  # a title set with a colon over its byline or its text, not over a list
        if (
            i == start
            and _lead_in(s)
            and len(s.split()) <= 6
            and _NOTICE_LABEL.search(s)
            and nxt is not None
            and after is not None
            and i + 3 < len(head)
            and not _is_item_start(nxt)
            and _SENTENCE_END.search(nxt.stripped)
            and _heading_like(after.stripped)
            and not _lead_in(after.stripped)
            and read_line(after.stripped) is None
            and (_body_like(head[i + 3]) or read_line(head[i + 3].stripped) is not None)
        ):
            return lines.index(after)  # a notice's label and its paragraph over the title: "Please note:" / ... / title
        # a site section's label over the title ("Get help with minor illnesses:" / "Coughs"), or one more
        # label of a widget whose other labels were furniture ("Column Width:" / "Background:")
        after_widget = prev is not None and _lead_in(prev.stripped) and is_furniture(prev.stripped)
        if (
            i == start
            and s.endswith(("...", "…"))
            and len(s.split()) <= 8
            and nxt is not None
            and _heading_like(nxt.stripped)
            and read_line(nxt.stripped) is None
        ):
            continue  # a series' kicker trailing off over the title: "When Should I Worry About..."
        if (
            (i == start or after_widget)
            and _lead_in(s)
            and len(s.split()) <= 8
            and nxt is not None
            and _heading_like(nxt.stripped)
        ):
            continue
        if (
            prev is not None
            and _NOTICE_HEADING.fullmatch(prev.stripped)
            and nxt is not None
            and after is not None
            and _heading_like(nxt.stripped)
            and not _lead_in(nxt.stripped)
            and read_line(nxt.stripped) is None
            and (_body_like(after) or _lead_in(after.stripped))
        ):
            return lines.index(nxt)  # a notice's heading and its paragraph over the title: "Disclaimer" / ... / title
        return label_title
    return label_title


# the heading of a notice set above the article: "DISCLAIMER", "Important notice"
_NOTICE_HEADING = re.compile(
    r"(?:medical\s+)?disclaimer|important(?:\s+(?:notice|information))?|please\s+note|notice", re.I
)


# the verbs that make a line ending in a full stop a sentence, not a title ("Act F.A.S.T.", "Persistent side effects of
# finasteride.")
_TITLE_VERBS = frozenset(
    "is are was were be been am can could may might will would should must shall has have had does do did "
    "isn't aren't can't won't doesn't don't".split()
)
# verbs a first sentence states its finding with: "Smoking causes cancer." is no title
_FINDING_VERBS = frozenset(
    "causes affects helps makes reduces increases lowers raises leads means needs occurs happens develops "
    "also often usually may".split()
)
_TITLE_SMALL_WORDS = frozenset("a an and at by for in of on or the to with".split())
# where a title's condition starts: "Managing hot sweats if you are having hormone therapy."
_TITLE_CONDITION = re.compile(r"\s(?:if|when|while|after|before)\s", re.I)


def _title_shaped(s: str) -> bool:
    """A line that can be a page's title although no rule placed it: short, in capitals, not a sentence."""
    words = s.split()
    if not (2 <= len(words) <= 20 and len(s) <= 150 and (s[0].isupper() or s[0].isdigit())):
        return False
    if s[-1] in ",;:" or _SENTENCE_BREAK.search(s):
        return False
    if s.rstrip("\"'”’)]»")[-1:] == ".":  # also a sentence closed inside its quotes: 'She said "rest helps."'
        # "Act F.A.S.T.", "Persistent side effects of finasteride for hair loss.", "Managing hot sweats if you are
        # having hormone therapy.": capitals, or a phrase with no verb; "Diabetes also affects blood flow, making ..."
        # is the first sentence of a page cut above its title
        main = _TITLE_CONDITION.split(s, maxsplit=1)[0]
        lowered = [w.lower().strip(",.()") for w in main.split()]
        if any(w in _TITLE_VERBS or w in _FINDING_VERBS for w in lowered):
            return False
        capitals = all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in main.split())
        return capitals or ("," not in main and (" of " in main or lowered[0].endswith("ing")))
    return True


_BARE_NAME_WITH_INITIAL = re.compile(r"[A-Z][a-z'’-]+\s+[A-Z]\.\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?")
_AFFILIATION_LABEL = re.compile(r"affiliations?\s*:?", re.I)


def _cites(citation: str, title: str) -> bool:
    """``citation`` is a reference to the article called ``title``: it holds the title, a year and an identifier."""
    return (
        len(title.split()) >= 4
        and len(citation) > len(title) + 15
        and title.casefold().rstrip(". ") in citation.casefold()
        and _CITED_YEAR.search(citation) is not None
        and (is_citation_line(citation) or _reference_like(citation) or _CITED_ID.search(citation) is not None)
    )


_CITED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the pages or the DOI of a reference: "pp. 746-751", "10.1016/j.radi.2023.04.001"
_CITED_ID = re.compile(r"\bpp?\.\s*\d+|\b10\.\d{4,9}/\S+")


def _title_over_abstract(head: list[_Line]) -> int | None:
    """A paper's long title right over its "Abstract" or its "Authors:" label, below a journal platform's menus and
    widgets."""
    for k in range(1, min(len(head), 30)):
        if head[k].stripped.casefold() not in ("abstract", "abstract:", "authors", "authors:"):
            continue
        if len(head[k - 1].stripped.split()) >= 10 and _paper_title(head[k - 1]):
            return k - 1
        return None
    return None


def _paper_title(line: _Line) -> bool:
    """A research paper's title, often too long for a heading: no sentence, no stop, no names, at most 40 words."""
    title = line.stripped
    return (
        len(title.split()) <= 40
        and _ARTICLE_ID.search(title) is None
        and title[:1].isupper()
        and title[-1] not in ".:;,"
        and not _SENTENCE_BREAK.search(title)
        and not _is_item_start(line)
        and not is_furniture(title)
        and read_line(title) is None
        and split_people(title) is None
    )


def _title_over_its_citation(head: list[_Line]) -> int | None:
    """A repository's record: the title over the line that cites it ("<Authors> 2023. <Title>. <Journal> 29, pp. 1-9.")."""
    for k in range(min(len(head) - 1, 15)):
        s = head[k].stripped
        if s[-1] not in ":;," and len(s.split()) <= 30 and _cites(head[k + 1].stripped, s):
            return k
    return None


_BY_NAME = re.compile(r"(?i:(?:written\s+|posted\s+)?by)\s*:?\s+[A-Z]")
_WHAT_IS = re.compile(r"(?:what|who)\s+(?:is|are)\s", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|my|me)\b")
# the words that end or open the name of a hospital, a service or a government body
_ORGANISATION = re.compile(
    r"\b(?:department|ministry|office)\s+of\b|^university\b|\buniversity$|\b(?:services|clinic|hospital|infirmary)$",
    re.I,
)


def _organisation_name(s: str) -> bool:
    """A line naming the body that publishes the page, never its title: "University Health and Counseling Services",
    "United States Department of Veterans Affairs", "Harbour Clinic"."""
    return (
        len(s.split()) <= 8
        and s[:1].isupper()
        and _ORGANISATION.search(s) is not None
        and _NOT_INSTITUTION.search(s) is None
        and _heading_like(s)
    )


def _title_printed_again(head: list[_Line]) -> int | None:
    """A headline over its deck, printed again over the text further down: "<title>" / "<deck>" / byline / "<title>"."""
    for k in range(min(len(head) - 2, 12)):
        s = head[k].stripped
        if (_body_like(head[k]) and len(s.split()) >= 8 and not _heading_like(s)) or is_section_name(s):
            return None  # the text or a table of contents began: a heading from here on is a section's
        deck = head[k + 1]
        if (
            not (3 <= len(s.split()) <= 20 and len(s) <= 160 and _heading_like(s))
            or not (_body_like(deck) and len(deck.stripped.split()) >= 8 and not _heading_like(deck.stripped))
            or _is_item_start(head[k])
            or is_furniture(s)
            or is_chrome(s)
            or is_section_name(s)
            or read_line(s) is not None
        ):
            continue
        key = s.casefold()
        if any(h.stripped.casefold() == key for h in head[k + 2 : 40]):
            return k
    return None


def _first_line_as_title(lines: list[_Line]) -> int | None:
    """When no layout placed the title: the first line that is not chrome, if it is shaped as a title and the text
    follows it ("Act F.A.S.T." over the text, "Warts, ewww!" over a reader's question)."""
    head = [line for line in lines[:60] if line.stripped][:12]
    for k, line in enumerate(head):
        s = line.stripped
        if (
            read_line(line.text) is not None
            or is_furniture(s)
            or is_chrome(s)
            or is_back_link(s)
            or is_caption(s)
            or is_breadcrumb(s)
            or IMAGE_DESCRIPTION.match(s)
            or _LONE_BULLET.match(line.text)
            # the reviewer's name under "reviewed ... by": a person, never the title
            or ((people := split_people(s)) is not None and any(p.credentials for p, _, _ in people))
            or (k and head[k - 1].stripped.lower().endswith(" by"))
            or _organisation_name(s)
            # a picture's description in lower case: "older woman with hand on heart in a park"
            or (s[:1].islower() and not _ends_sentence(s) and len(s.split()) <= 15)
        ):
            continue
        follower = k + 1
        while follower < len(head) and (
            _IMAGE_LABEL.fullmatch(head[follower].stripped) or read_line(head[follower].text) is not None
        ):
            follower += 1  # "Stroke Act Fast Graphic", "February 21, 2024": a picture's name or the byline
        if (
            follower < len(head)
            and _body_like(head[follower])
            and not head[k + 1].stripped[:1].islower()  # a line wrapped at a fixed width goes on in the next
            and not _is_item_start(line)
            and not MARKER.search(s)  # a sentence that cites a source is text
            and _title_shaped(s)
        ):
            return lines.index(line)
        return None
    return None


def _heading_over_text(lines: list[_Line]) -> int | None:
    """When no layout placed the title and the page does not open with one: the first line near the top that is
    shaped as a title and stands right over a paragraph, below a dek, a helpline box or a notice that read as text.

    A generic section heading ("Causes", "Overview") is never taken: a page that starts with its text has none.
    Lines shaped as titles over no paragraph are a helpline box's or a menu's, and are passed over.
    """
    head = [line for line in lines[:60] if line.stripped][:10]
    for k in range(1, len(head) - 1):
        line, nxt = head[k], head[k + 1]
        s = line.stripped
        above = head[k - 1].stripped
        if (len(above) >= 80 and _SENTENCE_BREAK.search(above)) or _is_item_start(head[k - 1]) or _lead_in(above):
            return None  # a paragraph of sentences or a list above: the page starts with its text
        if sum(_ends_sentence(h.stripped) for h in head[:k]) > 1:
            return None  # more than one sentence above is text, not a dek
        if not (
            2 <= len(s.split()) <= 16
            and _heading_like(s)
            and _title_shaped(s)
            and not _lead_in(s)
            and not is_section_name(s)
            and not _GENERIC_SECTION.fullmatch(s)
            and not _GENERIC_SECTION.fullmatch(s.split(" of ")[0])  # "Symptoms of chickenpox": the first section
            and not _SECTION_UNDER_TITLE.match(s)
            and not _WHAT_IS.match(s)  # "What is osteoarthritis?": the first section's question
            and head[k - 1].stripped != s  # a menu card's name printed twice over its blurb
            and not _is_item_start(line)
            and not is_furniture(s)
            and not is_chrome(s)
            and not is_caption(s)
            and not is_breadcrumb(s)
            and not _organisation_name(s)
            and read_line(line.text) is None
            and split_people(s) is None
        ):
            continue
        if _ends_sentence(nxt.stripped) and len(nxt.stripped) >= 80 and nxt.stripped[:1].isupper():
            return lines.index(line)
    return None


# a picture's name in place of the picture: "Stroke Act Fast Graphic", "Clinic logo"
_IMAGE_LABEL = re.compile(r"(?:[\w'’&-]+\s+){0,5}(?:graphic|image|icon|logo|photo|illustration|infographic)", re.I)


def _topic_words(label: str, text: str) -> bool:
    """Whether a word of a capitalised label recurs in lower case in the text: a topic ("Hair Loss"), not a name."""
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", text)}
    return any(w.lower().rstrip("s") in words for w in re.findall(r"[A-Za-z]+", label) if len(w) > 2)


def _dated_header(lines: list[_Line], title_at: int) -> bool:
    """Whether the line right above the title is the post's date alone: "Thursday, May 2, 2019" / "<title>"."""
    if title_at < 1:
        return False
    found = read_line(lines[title_at - 1].text)
    return found is not None and bool(found.dates) and not found.authors and not found.reviewer


def _past_profile_widget(head: list[_Line], start: int) -> int:
    """Where a blog goes on after its writer's profile box printed first: "About Me" / "My photo" / bio / the post's date."""
    if start >= len(head) or not re.fullmatch(r"about\s+me:?", head[start].stripped, re.I):
        return start
    for k in range(start + 1, min(len(head), start + 6)):
        found = read_line(head[k].text)
        if found is not None and found.dates and not found.authors and k + 1 < len(head):
            return k
    return start


def _past_link_cards(head: list[_Line], start: int) -> int:
    """Where the page goes on after a row of link cards at its top ("• <Service>" / "<tagline>" / "read more")."""
    k, cards = start, 0
    while k < len(head) and _is_item_start(head[k]):
        more = next((j for j in range(k + 1, min(k + 4, len(head))) if _READ_MORE.fullmatch(head[j].stripped)), None)
        if more is None:
            break
        k, cards = more + 1, cards + 1
    return k if cards >= 2 and k < len(head) else start


def _tag_run(head: list[_Line], i: int) -> int:
    """How many short link items (one to four words, no sentence mark) start at ``i`` and stand right over a
    heading that has body text under it: topic tags or a breadcrumb as a list ("• HPV" / "• Vaccine Safety" /
    "<title>?"); 0 when the items are not such a run."""
    j = i
    while j < len(head) and j - i < 4:
        item = _BULLET.match(head[j].text) or _NUMBERED.match(head[j].text)
        if item is None:
            break
        words = head[j].text[item.end() :].split()
        if not 1 <= len(words) <= 4 or words[-1][-1:] in ".!:;,":
            return 0
        j += 1
    if j == i or j + 1 >= len(head) or _is_item_start(head[j]):
        return 0
    title, under = head[j].stripped, head[j + 1]
    ok = (
        _heading_like(title)
        and len(title.split()) >= 3
        and (_body_like(under) or read_line(under.stripped) is not None)
    )
    return j - i if ok else 0


def _title_over_names(head: list[_Line], start: int) -> int | None:
    """A journal article's long title over its line of authors' names, below the platform's and journal's names."""
    for k in range(start + 2, min(len(head), start + 8)):
        title, names = head[k - 1].stripped, head[k].stripped
        people = split_people(names) if len(names) <= 300 else None
        if people is None or len(people) < 2 or not all(looks_like_name(p.name) for p, _, _ in people):
            continue
        if len(title.split()) >= 6 and title[-1] != "?" and _paper_title(head[k - 1]):
            return k - 1
        return None
    return None


def _stamped_headline(first: _Line, nxt: _Line | None) -> _Line | None:
    """The headline run on after a stored copy's date stamp, as a line of its own; None when text follows the stamp.

    A headline closes with no stop and is followed by its text; the lede of a copy without a headline ends its
    sentence on the line: " date 2020-01-03 London - The side effects ... could be reduced."
    """
    stamp = _STORED_DATE.match(first.text)
    if stamp is None or nxt is None or not _body_like(nxt) or read_line(nxt.stripped) is not None:
        return None
    rest = first.text[stamp.end() :].rstrip()
    if (
        not rest[:1].isupper()
        or nxt.stripped[:1].islower()  # a sentence wrapped onto the next line
        or rest.split()[-1].lower() in _TRAILING_FUNCTION_WORDS
        or len(rest.split()) > 20
        or rest[-1] in ".!;:,"
        or _SENTENCE_BREAK.search(rest)
        or _DATELINE_START.match(rest)
        or not _heading_like(rest)
        or read_line(rest) is not None
    ):
        return None
    return _Line(first.start + stamp.end(), first.text[stamp.end() :])


def _colon_title(s: str, nxt: _Line, after: _Line | None) -> bool:
    """A heading-shaped title closed with a colon, with a byline, a date or a paragraph under it instead of a list.

    A notice's label is no title ("Please note:" / "COVID-19 Update:" over the notice), nor is a label whose
    paragraph has a heading under it: that heading is the page's title.
    """
    core = s[:-1].rstrip() if s.endswith(":") and not s.endswith("::") else ""
    if not core or not _heading_like(core) or len(core.split()) < 2 or len(core) > 150 or _is_item_start(nxt):
        return False
    if _NOTICE_LABEL.search(core):
        return False
    under = read_line(nxt.stripped)
    if under is not None:
        return bool(under.dates or under.authors or under.author_follows)
    # a paragraph of its own under it: two sentences or more, not a list's first item, and no title below it
    return (
        not _lead_in(nxt.stripped)
        and len(_SENTENCE_END.findall(nxt.stripped)) >= 2
        and (after is None or not _heading_like(after.stripped))
    )


def _next_to_bar_menu(head: list[_Line], i: int) -> bool:
    """A line touching (no blank line between) a row of three or more entries set with bars: a menu's row."""
    return any(
        0 <= j < len(head)
        and (head[min(i, j)].end + 1 >= head[max(i, j)].start)
        and len(_BAR.findall(head[j].stripped)) >= 2
        for j in (i - 1, i + 1)
    )


# a word of four letters or more, the words whose case tells a title from a sentence
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _capitalised_phrase(text: str) -> bool:
    """A short phrase in title case with no sentence mark: "Treating Nausea and Vomiting"."""
    long_words = _LONG_WORD.findall(text)
    return (
        len(long_words) >= 2
        and len(text.split()) <= 8
        and all(w[0].isupper() for w in long_words)
        and text[-1:] not in ".:;,!?"
        and _heading_like(text)
    )


# a credit over the names of the people who wrote or checked the page, one a line: "Substantiated information by:",
# "Content reviewed by:", "Written by:"
_CREDIT_LEAD = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?P<role>written|authored|created|prepared|compiled|reviewed|validated|substantiated"
    r"|verified|approved|checked)(?:\s+[\w'’-]+){0,2}\s+by\s*:$|^(?P<plain>(?:[\w'’-]+\s+){0,3}?by)\s*:$",
    re.I,
)
_CREDIT_WRITERS = ("written", "authored", "created", "prepared", "compiled")
# a sentence-case clause with a modal verb: a deck under the title, never a longer title ("Cancer treatments can lead
# to chronic swelling"); a title-case or question title is left alone ("How Immunotherapy Can Help")
_DECK_CLAUSE = re.compile(
    r"^(?!(?i:how|what|why|when|which|who|where|can|could|will|should|is|are|do|does)\b)(?i:[a-z][\w'’-]*)"
    r"(?:\s+[a-z][\w'’-]*){0,4}\s+(?:can|may|might|could|will|often|usually)\s+[a-z][\w'’-]*\b[^?]*$"
)
# a word that points back at the page's subject: "How does this medicine work?", "How is it given?"
_REFERS_BACK = re.compile(r"\b(?:this|these|it)\b", re.I)


# a site's sections joined by slashes, as a news page prints them over the headline: "Society / Health & Science"
_SECTION_PATH = re.compile(
    r"[A-Z][\w&'’-]*(?:\s+(?:&|and|[A-Z][\w'’-]*)){0,2}(?:\s+/\s+[A-Z][\w&'’-]*(?:\s+(?:&|and|[A-Z][\w'’-]*)){0,2}){1,2}"
)


def _title_cased(text: str) -> bool:
    """Every word of four or more letters starts with a capital: a title's case, not a sentence's."""
    long_words = _LONG_WORD.findall(text)
    return len(long_words) >= 4 and all(w[0].isupper() for w in long_words)


def _inside_article(above: list[_Line]) -> bool:
    """Two headings and two sentences above a back link: it sits inside the article, not under the banner."""
    sentences = sum(1 for h in above if _ends_sentence(h.stripped) and len(h.stripped.split()) >= 10)
    headings = sum(
        1 for h in above if _heading_like(h.stripped) and not (is_site_section(h.stripped) or is_furniture(h.stripped))
    )
    return sentences >= 2 and headings >= 2


def _page_footer(lines: list[_Line], link: _Line) -> bool:
    """A back link among the page's last three lines, under two sentences of text: the article's footer."""
    at = lines.index(link)
    if sum(1 for h in lines[at + 1 :] if h.stripped) > 2:
        return False
    sentences = sum(1 for h in lines[:at] if _ends_sentence(h.stripped) and len(h.stripped.split()) >= 10)
    return sentences >= 2


def _title_repeated_over_text(head: list[_Line]) -> int | None:
    """The page's own entry in its menu or header printed again as the heading over the text: that copy.

    Everything between the two copies must be chrome-shaped (short lines, no sentence), so no text of the
    article is ever taken for the banner above its title.
    """
    seen: dict[str, int] = {}
    # the page's first line as a browser prints its title, "<title> | <site>"
    browser_title = _TITLE_SEPARATOR.split(head[0].stripped)[0].strip().casefold() if head else ""
    if head and browser_title == head[0].stripped.casefold():
        browser_title = ""
    past_text = False  # long lines without a full stop passed: a menu of article titles, or text
    for k, line in enumerate(head[:60]):
        s = line.stripped
        if _ends_sentence(s) or (_body_like(line) and not _heading_like(s)):
            label = s.endswith(":") and len(s.split()) <= 3  # a field's label: "Hospital :"
            if seen and ((_ends_sentence(s) and not label) or browser_title not in seen):
                return None  # text began before any copy: the page's title, if any, is found the usual way
            past_text = past_text or bool(seen)
            continue
        key = s.casefold()
        first = seen.get(key)
        if past_text and key != browser_title:
            continue  # past a menu of long entries only the browser's title line is matched
        if (
            first is not None
            and k - first > 1
            and k + 1 < len(head)
            and (
                _body_like(head[k + 1])
                or _lead_in(head[k + 1].stripped)
                or is_citation_line(head[k + 1].stripped)
                or (key == browser_title and _clinician_line(head[k + 1].stripped))
            )
            # a banner printed twice repeats the line after it too: that is no title
            and head[k + 1].stripped != head[first + 1].stripped
        ):
            return k
        if (
            first is None
            and 2 <= len(s.split()) <= 12
            and _heading_like(s)
            and not is_section_name(s)
            and not is_furniture(s)
            and not is_chrome(s)
            and read_line(s) is None
        ):
            seen[key] = k
        if first is None and len(s) <= 300 and not is_furniture(s):
            # a browser's title line, "<title> | <section> | <site>" or "<title> - <site>": its first part is the title
            name = _TITLE_SEPARATOR.split(s)[0].strip()
            if name != s and name:
                seen.setdefault(name.casefold(), k)
    return None


# an archive's identifier line printed above an article's title: "PMCID: PMC3075494", "NIHMSID: NIHMS264547"
_ARTICLE_ID = re.compile(r"(?:PMCID|PMID|NIHMSID|DOI)\s*:\s*\S+$", re.I)
_ABSTRACT_HEADING = re.compile(r"abstract|summary", re.I)
# what a journal prints between the article type and the title: "Open Access", "Open", "Free Access"
_ACCESS_LABEL = re.compile(r"(?:open|free|full|public)(?:\s+access)?|peer[\s-]reviewed", re.I)
# a journal's labels printed as list items over the title: "Research article", "Open access", "Published:"
_JOURNAL_LABEL = re.compile(
    rf"(?:{_ARTICLE_TYPE.pattern})|(?:open|free)\s+access|peer[\s-]reviewed|(?:published|received|accepted)\s*:?", re.I
)
# a journal's copyright line under its article type: "Copyright ©The Author(s) 2024. Published by ..."
_COPYRIGHT = re.compile(r"(?:copyright\b|©|\(c\)\s*(?:19|20)\d\d)", re.I)
# affiliation digits glued to a name: "Ana Lima1, Ben Cole2" is an author line, never a title
_GLUED_MARK = re.compile(r"[a-z]\d{1,2}(?=[,;\s]|$)")


_UNPUNCTUATED = re.compile(r"[^.,;:!?]+")


def _title_under_article_type(head: list[_Line]) -> int | None:
    """A journal's article-type label ("Case Report", "Review Article | Open Access") over the title: the title.

    The label is the first line of the article itself: only short chrome lines (metrics, volume, links) may
    stand above it, and the line under it, past an access label, must be shaped like a title, not names.
    """
    for k, line in enumerate(head[:40]):
        s = line.stripped
        if (len(s.split()) > 12 or len(s) > 100) and not (len(s) <= 300 and _UNPUNCTUATED.fullmatch(s)):
            # article text or a long line came first: "Vol. 35. Issue 6." is chrome, not text; a journal's menu
            # printed as one row of links carries no punctuation at all
            return None
        if not _ARTICLE_TYPE_LINE.fullmatch(re.split(r"\s+\|\s+", s)[0]):
            continue
        j = k + 1
        # past an access label, the copyright line and the citation and doi lines a journal prints under the label
        while j < len(head) and (
            _ACCESS_LABEL.fullmatch(head[j].stripped)
            or (
                len(head[j].stripped) <= 200
                and (is_citation_line(head[j].stripped) or _COPYRIGHT.match(head[j].stripped))
            )
        ):
            j += 1
        if j + 1 >= len(head):
            return None
        t = head[j].stripped
        titled = _heading_like(t) or (
            len(t) <= 250
            and len(t.split()) <= 35
            and t[:1].isupper()
            and t[-1] not in ".;,"
            and not _SENTENCE_BREAK.search(t)
        )
        if (
            titled
            and read_line(t) is None
            and split_people(t) is None
            and len(_GLUED_MARK.findall(t)) < 2
            and not is_citation_line(t)
            and not _ARTICLE_TYPE.fullmatch(t)
        ):
            return j
        return None
    return None


def _title_past_tools(head: list[_Line], i: int, words: int) -> int | None:
    """The longer title under a short series label and a row of page tools ("A Guide to X" / "+ -Text Size").

    None unless the lines after ``i`` are page tools, then a heading of three words more than the label
    that stands over the text.
    """
    k = i + 1
    while k < len(head) and is_furniture(head[k].stripped):
        k += 1
    if k == i + 1 or words > 5 or k + 1 >= len(head):
        return None
    title, after = head[k].stripped, head[k + 1]
    if (
        _heading_like(title)
        and not is_section_name(title)
        # a journal's licence line, then its citation line: "<Journal>. 2024; 12(6): 1-9"
        and not is_citation_line(title)
        and read_line(title) is None
        and len(title.split()) >= words + 3
        and (_body_like(after) or _lead_in(after.stripped))
    ):
        return k
    return None


def _named_below(head: list[_Line], i: int) -> bool:
    """A one-word name the next line names again and the first paragraph under it opens on."""
    name = head[i].stripped
    if i + 2 >= len(head) or len(name) < 4 or not name.isalpha() or not _heading_like(name):
        return False
    if _body_like(head[i + 1]) or not re.search(rf"\b{name}\b", head[i + 1].stripped, re.I):
        return False  # the line under it must be a heading naming it again, not the text
    text = next((h.stripped for h in head[i + 1 : i + 5] if _body_like(h) and not _is_item_start(h)), "")
    return re.match(rf"{name}\b", text, re.I) is not None


def _opens_on_topic(label: str, title: str, text: str) -> bool:
    """The text opens on the title's first word, which the label lacks, and no word of the label's own recurs in it."""

    def words(line: str) -> set[str]:
        return {w.casefold().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", line)}

    first, topic = re.match(r"[A-Za-z]{4,}\b", text), re.match(r"[A-Za-z]{4,}\b", title)
    own = words(label) - words(title)
    return (
        first is not None
        and topic is not None
        and first.group().casefold() == topic.group().casefold()
        and first.group().casefold().rstrip("s") not in words(label)
        and bool(own)
        and not own & words(text)
    )


def _shared_words(a: str, b: str) -> bool:
    """The two lines share a word of four letters or more, or an abbreviation: "Asthma" and "Symptoms of asthma",
    "MRI Scan" and "What is an MRI?"."""
    words = {w.casefold().rstrip("s") for w in _SHARED_WORD.findall(a)}
    return any(w.casefold().rstrip("s") in words for w in _SHARED_WORD.findall(b))


_SHARED_WORD = re.compile(r"[A-Za-z]{4,}|\b[A-Z]{2,3}s?\b")


# a byline run on after the last sentence of a standfirst: "... through cancer treatment. By Ana Lima"
_GLUED_BYLINE = re.compile(r"(?<=[a-z)][.!?])\s+(?P<by>By\s+[A-Z][\w'’.-]*(?:[ ,]+[\w'’.&-]+){0,6})$")


def _preamble(b: _Builder, groups: list[list[_Line]]) -> int:
    """Read the chrome, title and byline before the article; returns the index of the first body group.

    Chrome before the title (buttons, alt text, breadcrumbs, notices) is kept as chrome; a line naming
    the reviewer after "reviewed ... by" is the reviewer; under a title, a line of names is the author
    list of a journal abstract.
    """
    lines = [line for group in groups for line in group]
    group_of = {id(line): gi for gi, group in enumerate(groups) for line in group}
    title_at = _find_title(lines)
    if title_at is None:
        title_at = _first_line_as_title(lines)
    if title_at is None:
        title_at = _heading_over_text(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.stripped
        if i == title_at:
            numbered = _NUMBERED.match(line.text) or _TITLE_LABEL.match(line.text)
            # "3. How can I tell if I have shingles?": the FAQ's number is no part of the title, nor a "Title:" label
            title_line = _Line(line.start + numbered.end(), line.text[numbered.end() :]) if numbered else line
            title_line = _undressed(title_line)
            if i == 0:
                title_line = _stamped_headline(line, lines[1] if len(lines) > 1 else None) or title_line
            barred = _bar_title(s) if i == 0 else None
            if barred is not None:
                title_line = _Line(line.content_start, barred)  # the page's name, not the site's after the bars
            if title_line.stripped.endswith(":") and not title_line.stripped.endswith("::"):
                # a title set with a colon: the colon is no part of it
                cut = len(title_line.text.rstrip()) - 1
                title_line = _Line(title_line.start, title_line.text[:cut])
            run_on = _TITLE_DATE.search(title_line.text)
            if run_on is not None and run_on.group("my") is not None:
                run_on = None
            head_text = title_line.text[: run_on.start()] if run_on is not None else ""
            dated = (
                find_dates(run_on.group(0)) if run_on is not None and _HEADLINE_BEFORE_DATE.fullmatch(head_text) else []
            )
            if run_on is not None and len(dated) == 1:
                # the post's date run on after the title: "Treating sunburn 05/23/2014"
                _, st, en = dated[0]
                shift = title_line.start + run_on.start()
                b.meta.add_date("published", dated[0][0], (shift + st, shift + en))
                title_line = _Line(title_line.start, title_line.text[: run_on.start()])
            heading = b.line_block([title_line], "heading", level=1)
            if heading is not None:
                b.meta.set_title(heading.text, (heading.start, heading.end))
            i += 1
            # a journal's article type between the title and its copy ("Original Article") is no section
            if i < len(lines) and _ARTICLE_TYPE.fullmatch(lines[i].stripped):
                b.line_block([lines[i]], "line", role="chrome")
                i += 1
            # the title printed twice, its abbreviation under it, or the line citing it: no section of its own
            if i < len(lines) and (
                lines[i].stripped.casefold() == s.casefold()
                or _abbreviates(lines[i].stripped, s)
                or _cites(lines[i].stripped, s)
            ):
                b.line_block([lines[i]], "line", role="chrome")
                i += 1
            elif i < len(lines) and lines[i].stripped.casefold().startswith(s.casefold() + " "):
                # the copy with the post's date run on at its end: "<title> Dec, 23 2025"
                cut = len(lines[i].text) - len(lines[i].text.lstrip()) + len(s)
                dates, _, only = read_dates(lines[i].text[cut:])
                if dates and only:
                    b.byline(
                        lines[i], BylineLine("byline", dates=[(f, d, cut + st, cut + en) for f, d, st, en in dates])
                    )
                    i += 1
            continue
        if title_at is not None and i == title_at + 1 and _AUDIENCE_LINE.fullmatch(s):
            b.line_block([line], "line", role="chrome")  # "Information for patients" under a leaflet's title
            i += 1
            continue
        if b.follows is not None and b.take_follow(line):
            i += 1
            continue
        found = read_line(line.text)
        if found is not None:
            b.byline(line, found)
            i += 1
            continue
        glued_at = _byline_glued_to_heading(s) if title_at is None or i <= title_at + 3 else None
        if glued_at is not None:
            # "Posted on 8 April 2025 by Ana LimaWhy does my back hurt?": the export lost the line break after the
            # byline; the byline and the heading are read as the two lines they were
            at = line.indent + glued_at
            head_line, rest = _Line(line.start, line.text[:at]), _Line(line.start + at, line.text[at:])
            lines[i : i + 1] = [head_line, rest]
            group = groups[group_of[id(line)]]
            group[group.index(line) : group.index(line) + 1] = [head_line, rest]
            group_of[id(head_line)] = group_of[id(rest)] = group_of.pop(id(line))
            continue
        bulleted = _bulleted_author(line)
        if bulleted is not None:
            b.byline(line, bulleted[0], bulleted[1])
            i += 1
            continue
        if (
            title_at is not None
            and i == title_at + 1
            and i + 1 < len(lines)
            and _STAFF_ROLE.fullmatch(lines[i + 1].stripped)
            and (named := split_people(s)) is not None
            and len(named) == 1
        ):
            b.author_line(line, named[0])  # the reporter's name over the role line: "Ana Lima" / "Staff Writer"
            i += 1
            continue
        if (
            title_at is not None
            and i == title_at + 1
            and not b.meta.authors
            and _BARE_NAME_WITH_INITIAL.fullmatch(s)
            and looks_like_name(s)
            and i + 1 < len(lines)
            and _body_like(lines[i + 1])
        ):
            # a guide's writer under its title, a name with a middle initial: "Wendy J. Dahl" / the text
            named = split_people(s)
            if named is not None and len(named) == 1:
                b.author_line(line, named[0])
                i += 1
                continue
        if (
            title_at is not None
            and i == title_at + 1
            and not b.meta.authors
            and _dated_header(lines, title_at)
            and len(s.split()) <= 4
            and (named := split_people(s)) is not None
            and len(named) == 1
            and looks_like_name(named[0][0].name)
            and i + 1 < len(lines)
            and _body_like(lines[i + 1])
            and _ends_sentence(lines[i + 1].stripped)
            and not _topic_words(s, lines[title_at].stripped + " " + lines[i + 1].stripped)
        ):
            b.author_line(
                line, named[0]
            )  # a post's header: its date, its title and the writer's bare name over the text
            i += 1
            continue
        if title_at is not None and title_at < i <= title_at + 2 and _STAFF_ROLE.fullmatch(s):
            # a newspaper's role line, and its name under it, over the byline: "Staff Writer" / "The Harbour Herald"
            b.line_block([line], "line", role="byline")
            i += 1
            if i < len(lines) and _outlet_name(lines[i].stripped):
                b.line_block([lines[i]], "line", role="chrome")
                i += 1
            continue
        if title_at is not None and title_at < i <= title_at + 4 and not b.meta.authors:
            if i <= title_at + 2 and _read_expert(b, line, doctor_only=True):
                i += 1
                continue  # "Dr. Ana Lima, Consultant Oncology, <Centre>": the role is no second author
            short = _SHORT_CITATION.fullmatch(s)
            if short is not None:
                _read_short_citation(b, line, short)
                i += 1
                continue
            items = _author_items(lines, i)
            if items:
                for k in range(i, i + items):
                    bullet = _BULLET.match(lines[k].text)
                    name = _AUTHOR_LINK.sub("", lines[k].text[bullet.end() :]) if bullet else ""
                    item_people = split_people(name) or []
                    at = lines[k].start + (bullet.end() if bullet else 0)
                    b.meta.add_authors([(p, at + st, at + en) for p, st, en in item_people])
                    b.line_block([lines[k]], "line", role="byline")
                i += items
                continue
            run = _split_author_run(lines, i)
            if run:
                # a journal's authors with each affiliation mark and comma on a line of its own
                for k in run:
                    named = split_people(lines[k].stripped) or []
                    at = lines[k].start + lines[k].indent
                    b.meta.add_authors([(p, at + st, at + en) for p, st, en in named])
                for k in range(i, run[-1] + 2):
                    b.line_block([lines[k]], "line", role="byline")
                i = run[-1] + 2
                continue
            column = _author_column(lines, i)
            if column:
                for k in range(i, i + column):
                    _read_column_line(b, lines[k])
                i += column
                continue
            leading = _names_before_affiliation(s)
            if leading is not None:
                while leading is not None:
                    at = line.start + line.indent
                    b.meta.add_authors([(p, at + st, at + en) for p, st, en in leading])
                    b.line_block([line], "line", role="byline")
                    i += 1
                    if i >= len(lines):
                        break
                    line = lines[i]
                    leading = _names_before_affiliation(line.stripped)
                continue
        if (
            title_at is not None
            and i == title_at + 1
            and not b.meta.authors
            and i + 1 < len(lines)
            and len(s) <= 120
            and is_affiliation(lines[i + 1].stripped)
            and (named := split_people(s)) is not None
            and all(looks_like_name(p.name) for p, _, _ in named)
            # a journal's page: a citation line or DOI over the title, or the corresponding author under it
            and any(
                is_citation_line(h.stripped) or _CORRESPONDING.match(h.stripped)
                for h in lines[max(0, title_at - 3) : i + 5]
            )
        ):
            # a case report's author list over its affiliation: "Ana Lima" / "Department of Surgery, Harbour Clinic"
            b.meta.add_authors(
                [(p, line.start + line.indent + st, line.start + line.indent + en) for p, st, en in named]
            )
            b.line_block([line], "line", role="byline")
            b.line_block([lines[i + 1]], "line", role="byline")
            i += 2
            continue
        if (
            title_at is not None
            and title_at < i <= title_at + 40
            and i + 1 < len(lines)
            and _AFFILIATION_LABEL.fullmatch(lines[i + 1].stripped)
            and len(s) <= 80
            and (named := split_people(s.rstrip("*†‡ "))) is not None
        ):
            # a journal platform's author list, each name over an "Affiliation:" label and the affiliation
            b.meta.add_authors(
                [(p, line.start + line.indent + st, line.start + line.indent + en) for p, st, en in named]
            )
            b.line_block([line], "line", role="byline")
            b.line_block([lines[i + 1]], "line", role="byline")
            i += 2
            if i < len(lines) and len(lines[i].stripped) <= 200 and not _ends_sentence(lines[i].stripped):
                b.line_block([lines[i]], "line", role="byline")  # the affiliation itself
                i += 1
            continue
        native = _NATIVE_NAME.search(s) if title_at is not None and title_at < i <= title_at + 2 else None
        if native is not None and not b.meta.authors:
            # the author's name followed by the same name in Chinese, Japanese or Korean script: "OC Lau <name>"
            named = split_people(s[: native.start()])
            if named is not None and len(named) == 1:
                b.author_line(line, named[0])
                i += 1
                continue
        if title_at is not None and i > title_at and not b.meta.authors and len(s) <= 400:
            people = split_people(s)
            if people is not None and (len(people) > 1 or any(p.credentials for p, _, _ in people)):
                b.meta.add_authors(
                    [(p, line.start + line.indent + st, line.start + line.indent + en) for p, st, en in people]
                )
                b.line_block([line], "line", role="byline")
                i += 1
                continue
            if i == title_at + 1 and _read_expert(b, line):
                i += 1
                continue
        if (
            title_at is not None
            and i == title_at + 1
            and not b.meta.authors
            and _heading_like(s)
            and i + 1 < len(lines)
            and (
                len(split_people(lines[i + 1].stripped) or []) > 1
                or bool((under := read_line(lines[i + 1].text)) is not None and under.authors)
            )
        ):
            b.line_block([line], "heading", level=2)  # the title's subtitle over the author line
            i += 1
            continue
        if b.meta.authors and title_at is not None and i > title_at and is_affiliation(s):
            b.line_block([line], "line", role="byline")
            i += 1
            continue
        if (is_citation_line(s) or _CITATION_PAREN_YEAR.search(s)) and len(s) < 200 and not b.meta.dated:
            cited = _CITATION_DATE.search(s) or _CITATION_DATE_MDY.search(s)
            if cited is not None:
                _citation_date(b, line, cited)
            elif b.year_only is None and (
                year := _CITATION_YEAR.search(s) or _CITATION_PAREN_YEAR.search(s) or _VOLUME_YEAR.search(s)
            ):
                b.year_only = (line, year)
        if (
            title_at is not None
            and i < title_at
            and b.year_only is None
            and (issue_year := _ISSUE_OF_YEAR.fullmatch(s)) is not None
            and any(_ABSTRACT_MARK.match(other.stripped) for other in lines)
        ):
            b.year_only = (line, issue_year)  # a journal's name and issue over an abstract's title: "<Journal> 3/2013"
        if title_at is not None and i < title_at and not b.meta.dated and len(s) <= 120 and _ISSUE_PART.search(s):
            issue = _ISSUE_DATE.search(s)
            mon = issue.group("mon") or issue.group("mon2") if issue is not None else None
            if issue is not None and mon is not None and mon.lower() in MONTHS:
                day = date(int(issue.group("year") or issue.group("year2")), MONTHS[mon.lower()], 1)
                at = line.start + line.indent
                # a journal's issue line above the title: "Pages 359-371 (June 2016)"
                b.meta.add_date("published", day, (at + issue.start(), at + issue.end()))
        if title_at is not None and i == title_at - 1 and not b.meta.authors and len(s) <= 200:
            if _read_expert(b, line, doctor_only=True):
                i += 1
                continue  # "Dr. Ana Lima, Consultant Oncologist, Harbour Hospital" / "<title>"
            # the author's name and credential alone on the line above the title: "Ana Lima, MD" / "<title>"
            people = split_people(s) if len(s) <= 80 else None
            if people is not None and len(people) == 1 and is_clinical_reviewer(people[0][0]):
                b.author_line(line, people[0])
                i += 1
                continue
        # bars set off a menu's links as often as a trail's crumbs: "Home | About | Contact"
        if title_at is None and b.meta.title is None and "|" not in s and (crumb := last_crumb(s)) is not None:
            name = s[crumb[0] : crumb[1]]
            if len(name.split()) <= 12 and name[-1] not in ".!?:;," and name.casefold() not in _NAV_WORDS:
                # no heading under the trail: its last crumb is the page's own name ("Home > Medicines > Kneezol")
                at = line.content_start
                b.meta.set_title(name, (at + crumb[0], at + crumb[1]))
        if (
            (title_at is not None and i < title_at)
            or is_breadcrumb(s)
            or (is_citation_line(s) and len(s) < 200)
            or is_furniture(s)
        ):
            b.line_block([line], "line", role="chrome")
            b.chrome_list = _lead_in(s)
            i += 1
            continue
        if b.chrome_list and _is_item_start(line):
            b.line_block([line], "line", role="chrome")
            i += 1
            continue
        item = _BULLET.match(line.text) or _NUMBERED.match(line.text)
        if (
            title_at is not None
            and i > title_at
            and item
            and _NAV_LIST_START.fullmatch(line.text[item.end() :].strip())
        ):
            # the page's contents under its title ("- Introduction" / "- Side effects of warfarin"): links, not text
            b.line_block([line], "line", role="chrome")
            b.chrome_list = True
            i += 1
            continue
        glued = _GLUED_BYLINE.search(s) if not b.meta.authors and len(s) <= 400 else None
        if glued is not None and (title_at is None or i <= title_at + 2):
            # a standfirst with its byline run on at the end: "... as you go through treatment. By Ana Lima"
            found = read_line(glued.group("by"))
            if found is not None and found.authors and not found.dates:
                b.byline(line, found, offset=line.indent + glued.start("by"))
                i += 1
                continue
        break
    b.chrome_list = False
    if i >= len(lines):
        return len(groups)
    # the body starts at the group holding line i; lines of it already read stay read
    gi = group_of[id(lines[i])]
    group = groups[gi]
    k = group.index(lines[i])
    if k:
        groups[gi] = group[k:]
    return gi


# where a line's lower-case word runs into a capitalised one: "Ana LimaWhy does ..."
_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _byline_glued_to_heading(s: str) -> int | None:
    """Where the heading run on after a byline starts ("by Ana LimaWhy does my back hurt?"); None if none is."""
    if len(s) > 300 or _CASE_JOIN.search(s) is None:
        return None
    for m in _CASE_JOIN.finditer(s):
        rest = s[m.start() :]
        if len(rest.split()) < 2 or _GLUED_BYLINE_TAIL.match(rest):
            continue
        found = read_line(s[: m.start()])
        if found is not None and (found.authors or found.reviewer) and (_heading_like(rest) or _ends_sentence(rest)):
            return m.start()
    return None


# what a byline itself may run into: "Ana LimaEmail author", "Ana LimaView profile"
_GLUED_BYLINE_TAIL = re.compile(r"(?:Email|View|Read|More|Follow|Updated|Published|Reviewed|Posted|Share)\b")


# a syndicated copy's note on its first appearance: "This article was originally published on May 2, 2015."
_ORIGINALLY_PUBLISHED = re.compile(r"\boriginally\s+(?:published|posted|appeared)\s+(?:on\s+|in\s+)?(?=[A-Z0-9])", re.I)
# the label of a notice or banner set above a page's title
_NOTICE_LABEL = re.compile(
    r"\b(?:please\s+note|note|notice|important|updates?|alerts?|attention|announcements?|reminders?|warnings?"
    r"|covid(?:-19)?|coronavirus|visitors?|visiting|closures?|closed)\b",
    re.I,
)
# words a wrapped line can end on but a headline does not
_TRAILING_FUNCTION_WORDS = frozenset("a an the and or but of in on at to for with by from as that which is are".split())
# a card's link under its blurb: "read more", "Learn More >"
_READ_MORE = re.compile(r"(?:read|learn|see|find\s+out)\s+more\W*", re.I)
# a news dateline opening the lede: "London - ", "WASHINGTON (Reuters) - "
_DATELINE_START = re.compile(r"[A-Z][\w .,'’()]{1,40}\s+[—–-]{1,2}\s+[A-Z]")
_SENTENCE_END = re.compile(r"[a-z0-9)\]”’\"'][.!?][”’\"']?(?:\s|$)")
# a date stamp at the very start of a stored page, run on before its first sentence
_STORED_DATE = re.compile(r"[ \t]*date[ \t]+(?P<iso>(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?)[ \t]+(?=\S)")
# a name and the job described after it, in lower case: "Ana Lima, assistant professor at Harbour University"
_NAME_AND_JOB = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:an?\s+|the\s+)?(?P<job>[a-z][^.!?]{3,120})"
)
# the honorific makes the name a person's, and the role is capitalised as a job title: "Dr. Ana Lima, Consultant
# Oncologist, Harbour Hospital - North"
_DOCTOR_AND_ROLE = re.compile(
    r"(?P<name>(?:Dr\.?|Prof\.?|Professor)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?P<job>[A-Z][^,.!?]{2,60})"
    r"(?:,\s+[^.!?]{2,100})?"
)
_JOB_WORD = re.compile(
    r"\b(?:professor|lecturer|nurse|doctor|physician|oncologist|pharmacist|dietitian|dietician|researcher|director"
    r"|specialist|consultant|surgeon|psychologist|therapist|editor|writer|journalist|chief|head|manager"
    # a clinician's specialty: "cardiologist", "psychiatrist", "paediatrician", "physiotherapist", "GP"
    r"|[a-z]+(?:ologist|iatrist)|p(?:a|ae)?ediatrician|clinician|obstetrician|physiotherapist|midwife"
    r"|general\s+practitioner|gp)\b"
)


def _clinician_line(text: str) -> bool:
    """A clinician's own line: 'Dr. Ana Lima, Cardiologist', 'Ana Lima, MD, Cardiologist', 'Dr. Ana Lima, MD'."""
    if len(text) > 120:
        return False
    role = _DOCTOR_AND_ROLE.fullmatch(text)
    if role is not None and _JOB_WORD.search(role.group("job").lower()) and looks_like_name(role.group("name")):
        return True
    people = split_people(text)
    return people is not None and len(people) == 1 and is_clinical_reviewer(people[0][0])


# a newspaper's role line under the headline: "Staff Writer", "Contributing Reporter", "Special to the Herald"
_STAFF_ROLE = re.compile(
    r"(?:(?i:(?:staff|contributing|guest|freelance|senior|special)\s+(?:writer|reporter|correspondent|columnist)s?)"
    r"|[Ss]pecial\s+to\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
)


def _outlet_name(text: str) -> bool:
    """A newspaper's or magazine's name alone on a line: short, capitalised, no sentence, no person."""
    return (
        0 < len(text) <= 60
        and _heading_like(text)
        and text[-1] not in ".:;,?!"
        and split_people(text) is None
        and read_line(text) is None
        and all(w[:1].isupper() or not w[:1].isalpha() for w in text.split() if w.lower() not in ("of", "and", "the"))
    )


# an abstract archive's short citation under the title: "Ana P Lima et al. Support Care Cancer. 2015."
_SHORT_CITATION = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})\s+et\s+al\.?\s+[A-Z][^\n]{1,120}?\.\s+"
    r"(?P<year>(?:19|20)\d\d)(?:\s+(?P<mon>[A-Z][a-z]{2})\w*(?:\s+(?P<day>\d{1,2}))?)?\b[^\n]{0,40}"
)
# the marks after an author's name on a line of their own: "1,*,†," / "2" / "5 and"
_MARK_LINE = re.compile(r"[\d*†‡§,\s]{1,12}(?:and)?")
# what a publisher prints between two authors in a column: a lone comma
_COLUMN_SEPARATOR = re.compile(r"[,;]|and|&")


def _read_short_citation(b: _Builder, line: _Line, m: re.Match[str]) -> None:
    """The first author and the year of the short citation: the page's author and its published date."""
    at = line.start + line.indent
    person = parse_person(m.group("name"))
    if person is not None and looks_like_name(person.name):
        b.meta.add_authors([(person, at + m.start("name"), at + m.end("name"))])
    if m.group("mon"):
        if not b.meta.dated:
            _citation_date(b, line, m)
    elif b.year_only is None:
        b.year_only = (line, m)
    b.line_block([line], "line", role="byline")


# a publisher's link glued after an author's name in a list: "Sara AlcornEmail author", "Ana Lima ORCID"
_AUTHOR_LINK = re.compile(r"\s*(?:e-?mail\s+author|orcid(?:\s+id)?|corresponding\s+author)\s*$", re.I)


def _author_items(lines: list[_Line], i: int) -> int:
    """How many list items from ``i`` each name one author ("  • Ana Lima" / "  • Ben ColeEmail author"); 0 below two."""
    k = i
    while k < len(lines):
        bullet = _BULLET.match(lines[k].text)
        name = _AUTHOR_LINK.sub("", lines[k].text[bullet.end() :]) if bullet else ""
        people = split_people(name) if name and len(name) <= 60 else None
        if people is None or len(people) != 1:
            break
        k += 1
    return k - i if k - i >= 2 else 0


# the affiliation marks or the comma a journal's superscripts leave on lines of their own: "1", "1,2", ",", "*"
_MARKS_LINE = re.compile(r"[\d,*†‡§¶#]+(?:\s*[\d,*†‡§¶#]+)*")


def _split_author_run(lines: list[_Line], i: int) -> list[int]:
    """The name lines of an author list from ``i`` whose marks and commas stand on lines between the names
    ("Ana Lima" / "1" / "," / "Sam Roe" / "2"); empty below two names, or when a name is not followed by a mark."""
    names: list[int] = []
    k = i
    while k < len(lines) and k < i + 60:
        s = lines[k].stripped
        if names and k > names[-1] and _MARKS_LINE.fullmatch(s):
            k += 1
            continue
        if names and k == names[-1] + 1:
            break  # two names in a row: not this layout
        people = split_people(s) if len(s) <= 60 else None
        if people is None or len(people) != 1 or not looks_like_name(people[0][0].name):
            break
        names.append(k)
        k += 1
    if names and (names[-1] + 1 >= len(lines) or not _MARKS_LINE.fullmatch(lines[names[-1] + 1].stripped)):
        names.pop()  # the last name's mark, too, stands under it
    return names if len(names) >= 2 else []


# the mark that ties an affiliation to its author: "1 Department of ...", "2Department of ...", "* Corresponding"
_AFFILIATION_MARK = re.compile(r"[\d*†‡]{1,3}\s*(?=[A-Z])")


def _numbered_affiliation(lines: list[_Line], i: int) -> bool:
    """Line ``i`` is one of two or more numbered affiliations in a row: "1 Professor, Department of ..."."""

    def numbered(k: int) -> bool:
        return (
            0 <= k < len(lines)
            and bool(_AFFILIATION_MARK.match(lines[k].stripped))
            and is_affiliation(lines[k].stripped)
        )

    return numbered(i) and (numbered(i - 1) or numbered(i + 1))


def _column_name(text: str) -> bool:
    people = split_people(text) if len(text) <= 60 else None
    return people is not None and len(people) == 1 and not is_affiliation(text)


def _author_column(lines: list[_Line], i: int) -> int:
    """How many lines from ``i`` hold a column of authors, each name alone over its affiliation or marks.

    A journal page prints "Ana Lima" / "1   Department of Nursing, ..." / "," for each author; 0 unless
    at least two names each have an affiliation or a line of marks right under them.
    """
    names, k = 0, i
    while k + 1 < len(lines) and _column_name(lines[k].stripped):
        under = lines[k + 1].stripped
        if not (is_affiliation(under) or _MARK_LINE.fullmatch(under)):
            break
        names += 1
        k += 2
        while k < len(lines) and (_COLUMN_SEPARATOR.fullmatch(lines[k].stripped) or is_affiliation(lines[k].stripped)):
            k += 1
    return k - i if names >= 2 else 0


def _read_column_line(b: _Builder, line: _Line) -> None:
    if _column_name(line.stripped):
        people = split_people(line.stripped) or []
        at = line.start + line.indent
        b.meta.add_authors([(p, at + st, at + en) for p, st, en in people])
    b.line_block([line], "line", role="byline")


_INSTITUTION_WORD = re.compile(
    r"\b(?:department|division|school|faculty|university|hospital|institute|college|centre|center|clinic"
    r"|laboratory|unit|foundation)\b",
    re.I,
)


def _names_before_affiliation(text: str) -> list[tuple[Person, int, int]] | None:
    """'Ana Lima, Ben Cole, Department of Oncology, Harbour University, City': the names before the affiliation."""
    if len(text) > 300 or not _INSTITUTION_WORD.search(text):
        return None
    people: list[tuple[Person, int, int]] = []
    at = 0
    for piece in text.split(","):
        stripped = piece.strip()
        if _INSTITUTION_WORD.search(stripped):
            break
        found = split_people(stripped) if stripped else None
        if found is None and people:
            break  # the department's name before the institution's: "Ana Lima, General Pathology, ... University"
        if found is None or len(found) != 1 or found[0][0].credentials:
            return None
        lead = at + len(piece) - len(piece.lstrip())
        people.append((found[0][0], lead, lead + len(stripped)))
        at += len(piece) + 1
    else:
        return None
    return people or None


def _read_expert(b: _Builder, line: _Line, doctor_only: bool = False) -> bool:
    """'Ana Lima, assistant professor at Harbour University' near the top: the expert who answers, as the author.

    Also a doctor's name with a capitalised role and centre: 'Dr. Ana Lima, Consultant Oncologist, Harbour Hospital';
    ``doctor_only`` takes that form alone.
    """
    expert = _DOCTOR_AND_ROLE.fullmatch(line.stripped)
    if expert is not None and not _JOB_WORD.search(expert.group("job").lower()):
        expert = None
    if expert is None and not doctor_only:
        expert = _NAME_AND_JOB.fullmatch(line.stripped)
        if expert is not None and not _JOB_WORD.search(expert.group("job")):
            expert = None
    if expert is None or not looks_like_name(expert.group("name")):
        return False
    at = line.start + line.indent
    b.meta.add_authors([(Person(name=expert.group("name"), credentials=[]), at, at + expert.end("name"))])
    b.line_block([line], "line", role="byline")
    return True


# a journal's citation line dates the article: "Support Care Cancer. 2020 Feb 5;21(2):17", "2007 Dec;13(4):181-98"
_CITATION_DATE = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"(?:\s+(?P<day>\d{1,2}))?\s*[;:]"
)


# the issue's month and year in brackets on a volume or pages line: "Vol. 35. Issue 6. Pages 359-371 (June 2016)"
_ISSUE_PART = re.compile(r"\b(?:vol(?:ume)?\.?|issue|pages?|pp\.)\s*\d", re.I)
_ISSUE_DATE = re.compile(
    r"\((?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<year>(?:19|20)\d\d)(?P<day>)\)"
    # or the issue's month and year closing the line: "Volume 94, ISSUE 7, P1321-1329, July 2019"
    r"|,\s+(?P<mon2>[A-Z][a-z]{2,8})\.?\s+(?P<year2>(?:19|20)\d\d)$"
)


# the US order some journals print: "World J Clin Cases. Feb 26, 2024; 12(6): 1050-1062"
_CITATION_DATE_MDY = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+"
    r"(?P<year>(?:19|20)\d\d)\s*;"
)
# the year alone before the volume and pages: "South Asian J Cancer 2020; 09(04): 240-244", ". 2015:862:77-87."
_CITATION_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*[;:]\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*\w")
# the issue's year before its volume on a journal's masthead: "HARBOUR JOURNAL 2021 , Vol 12 , Num 3"
_VOLUME_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*[,;.]?\s*vol(?:ume)?\b\.?\s*:?\s*\d", re.I)
# a journal's name with the issue's number and year, alone on a line: "Klinika 2/2019"
_ISSUE_OF_YEAR = re.compile(r"[A-Z][^\W\d_]+(?:\s+[A-Za-z&][^\W\d_]*){0,5}\s+\d{1,2}/(?P<year>(?:19|20)\d\d)")
# what only a journal's abstract page prints: its keywords, a DOI or an "Abstract" heading
_ABSTRACT_MARK = re.compile(r"(?:key\s*words?|doi)\s*:|abstract:?$", re.I)
# the year in brackets before the volume and pages: "Hong Kong J. Dermatol. Venereol. (2020) 28, 11-16"
_CITATION_PAREN_YEAR = re.compile(
    r"[A-Za-z.]\s+\((?P<year>(?:19|20)\d\d)\)\s*\d{1,4}\s*(?:\(\s*[\w-]+\s*\))?\s*[,:]\s*[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?\b"
)
# a name in Chinese, Japanese or Korean script closing a line
_NATIVE_NAME = re.compile(r"\s+[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af·・]{2,12}$")


def _citation_date(b: _Builder, line: _Line, m: re.Match[str]) -> None:
    """The published date a citation line prints, to the day when it gives one (a year alone reads as its 1 January)."""
    mon = m.groupdict().get("mon")
    try:
        day = date(int(m.group("year")), MONTHS[mon.lower()] if mon else 1, int(m.groupdict().get("day") or 1))
    except ValueError:
        return
    at = line.start + line.indent
    b.meta.add_date("published", day, (at + m.start(), at + m.end()))


def _is_menu(group: list[_Line]) -> bool:
    """Three or more short link lines stacked with nothing else: a menu, a footer or a list of related pages.

    A line giving only a date makes the group a byline block ("Ana Lima" / "Health Writer" / "March 3, 2024").
    """
    return (
        len(group) >= 3
        and all(
            _heading_like(line.stripped) and len(line.stripped.split()) <= 4 and not _is_item_start(line)
            for line in group
        )
        and not any((dated := read_dates(line.stripped))[0] and dated[2] for line in group)
    )


def _menu_runs(lines: list[_Line]) -> list[int]:
    """For each line, how many lines from it are bulleted links of a site menu (0 when under ten).

    A menu item is a short title-case item with no full stop ("- Bone Health"); ten or more in a row
    make a menu, where a list of symptoms is shorter. One backward pass, so a long list costs linear time.
    """
    runs = [0] * (len(lines) + 1)
    items = [0] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        bullet = _BULLET.match(line.text)
        text = line.text[bullet.end() :].strip() if bullet else ""
        if _menu_entry(text, 8):
            runs[k], items[k] = runs[k + 1] + 1, items[k + 1] + 1
        elif runs[k + 1] and (_LONE_BULLET.match(line.text) or (not bullet and _menu_entry(line.stripped, 5))):
            # a bare "-" or a submenu's label ("Chemotherapy") between the links: the same menu goes on
            runs[k], items[k] = runs[k + 1] + 1, items[k + 1]
    return [n if items[k] >= 10 else 0 for k, n in enumerate(runs[:-1])]


def _menu_entry(text: str, most: int) -> bool:
    """A short title-case link text with no full stop: "Bone Health", "Find a Physician by Specialty"."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    return bool(text) and len(text.split()) <= most and _heading_like(text) and all(w[0].isupper() for w in words)


def _stacked_menu(lines: list[_Line], i: int) -> int:
    """How many lines from ``i`` make a menu of short unbulleted entries with no blank line between (0 if not).

    Five or more entries of a few words, none ending like a sentence or a lead-in, then a blank line:
    "Welcome to the course!" / "The Basics" / "Diet & Lifestyle" / "Questions? Feedback?".
    """
    k = i
    while k < len(lines) and (k == i or lines[k - 1].end + 1 >= lines[k].start):
        s = lines[k].stripped
        if len(s) > 40 or len(s.split()) > 5 or s[-1] in ".:;," or _is_item_start(lines[k]) or not s[0].isupper():
            return 0
        k += 1
    if k - i < 5 or k >= len(lines):
        return 0
    return k - i


def _link_runs(group: list[_Line]) -> list[bool]:
    """Lines in a run of three or more short link-like lines: a widget, a menu or related links.

    The last line of the run stays out when text follows it: it is the heading of that text.
    """
    short = [
        _heading_like(line.stripped) and len(line.stripped.split()) <= 5 and not _is_item_start(line) for line in group
    ]
    out = [False] * len(group)
    i = 0
    while i < len(group):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(group) and short[j]:
            j += 1
        if j - i >= 3:
            last = j - 1 if j < len(group) and _body_like(group[j]) else j
            for k in range(i, last):
                out[k] = True
        i = j
    return out


def _compact_heading(group: list[_Line], i: int) -> bool:
    """In a run of lines with no blank lines between: a heading by its shape and what follows it."""
    s = group[i].stripped
    if not _heading_like(s) or is_chrome(s) or is_furniture(s) or i + 1 >= len(group):
        return False
    prev = group[i - 1] if i else None
    if (
        prev is not None
        and not _ends_sentence(prev.stripped)
        and not _heading_like(prev.stripped)
        and not _is_item_start(prev)
        and len(prev.stripped) >= 50
    ):
        return False  # the tail of a wrapped sentence
    if i and _lead_in(group[i - 1].stripped):
        return False  # an item of a list whose bullets were lost
    nxt = group[i + 1]
    if nxt.stripped[:1].islower() and not _is_item_start(nxt):
        return False  # "Peripheral neuropathy" / "can be a side effect of ...": one sentence, wrapped
    if _body_like(nxt) or _SOURCES_HEADING.match(nxt.stripped):
        return True
    # a heading over a sub-heading over text
    return _heading_like(nxt.stripped) and i + 2 < len(group) and _body_like(group[i + 2])


def _question_heading(text: str) -> bool:
    """ "When to get help" heads a section; "When you shower, keep the water warm" is an instruction."""
    return _question_like(text) and ("," not in text or text.rstrip().endswith("?"))


def _under_the_title(b: _Builder) -> bool:
    """The last block read is the page's title."""
    return bool(b.blocks) and b.blocks[-1].kind == "heading" and b.blocks[-1].level == 1


def _short_item(line: _Line) -> bool:
    """A line that can be an item of a list whose bullets were lost: short, one phrase or one short sentence."""
    s = line.stripped
    if len(s) >= 80 or _is_item_start(line) or _lead_in(s) or is_furniture(s):
        return False
    if _question_heading(s):
        return False
    if _heading_like(s):
        return True
    return s.endswith(".") and len(s.split()) <= 12 and not _SENTENCE_BREAK.search(s[:-1])


def _short_items(group: list[_Line], i: int) -> bool:
    """This line and the next are both short items (or the next is a bulleted item): a list, not a heading over text.

    "Wear flat shoes" / "Wear gloves when washing up" under "To prevent injury:" are items whose bullets the copy
    lost, even when one of them is long enough or ends like a sentence.
    """
    if not _short_item(group[i]) or i + 1 >= len(group):
        return False
    nxt = group[i + 1]
    return _is_item_start(nxt) or (_short_item(nxt) and not _continues(group[i].stripped, nxt.stripped))


def _lines_of_group(b: _Builder, group: list[_Line]) -> None:
    """Paragraphs, bullets and their continuation lines, headings, byline and chrome lines of one group."""
    if all(line.indent >= 2 for line in group) and not any(_is_item_start(line) for line in group):
        # a list whose bullet characters the copy lost: each indented line is an item, or an image's alt text
        for line in group:
            if is_caption(line.stripped):
                b.line_block([line], "line", role="chrome")
            else:
                b.line_block([line], "list_item", level=1)
        return
    lost_bullets = bool(b.blocks) and b.blocks[-1].kind != "heading" and _lead_in(b.blocks[-1].text)
    if not lost_bullets and _is_menu(group):
        for line in group:
            b.line_block([line], "line", role="chrome")
        return
    links = _link_runs(group)
    menu_runs = _menu_runs(group)
    wrap_at = _wrap_width(group)
    i = 0
    while i < len(group):
        line = group[i]
        s = line.stripped
        if b.follows is not None and b.take_follow(line):
            i += 1
            continue
        if b.in_sources:
            j = _source_run(b, group, i)
            if j > i:
                i = j
                continue
            b.in_sources = False
        if _SOURCES_HEADING.match(_heading_text(s)) and (
            not _WEAK_SOURCES_HEADING.match(s) or (i + 1 < len(group) and _heads_entries(group[i + 1]))
        ):
            b.sources_heading = b.line_block([line], "heading", level=2)
            b.in_sources = True
            i += 1
            continue
        if _TABLE_RULE.fullmatch(s):
            b.line_block([line], "line", role="chrome")  # a table's border: it holds no text, and no list
            i += 1
            continue
        if _LONE_BULLET.match(line.text):
            # "-" on its own line: the item is the next line (and its wrapped continuation)
            if i + 1 < len(group) and not _is_item_start(group[i + 1]):
                j = i + 2
                while j < len(group) and not _is_item_start(group[j]) and group[j].stripped[:1].islower():
                    j += 1
                b.line_block(group[i + 1 : j], "list_item", role="chrome" if b.chrome_list else "body", level=1)
                i = j
            else:
                i += 1
            continue
        menu = 0 if (i and _lead_in(group[i - 1].stripped)) or (not i and lost_bullets) else menu_runs[i]
        if menu:
            for k in range(i, i + menu):
                b.line_block([group[k]], "line", role="chrome")
            i += menu
            continue
        bullet = _BULLET.match(line.text) or _NUMBERED.match(line.text)
        caret = _CARET.match(line.text) if bullet else None
        if (
            bullet
            and (
                _reference_like(line.text[bullet.end() :].strip())
                # an encyclopedia's entry, its back-link caret kept: "1. ^ Lima, Ana (2005). <Book>. <Publisher>."
                or (caret is not None and _REF_YEAR.search(line.text[caret.end() :][:400]) is not None)
            )
        ):
            # a numbered or bulleted reference list printed with no heading
            b.in_sources = True
            continue
        if bullet and (i + 1 == len(group) or _is_item_start(group[i + 1])):
            found = read_line(line.text[bullet.end() :])
            if found is not None and (found.dates or found.reading_time or found.date_follows) and not found.authors:
                # "- Page last reviewed: 24 February 2014" printed as the last items of a list
                b.byline(line, found, bullet.end())
                i += 1
                continue
        if bullet:
            item = [line]
            text_indent = len(bullet.group(0))
            j = i + 1
            # a line indented under the bullet's text continues it
            while j < len(group) and not _is_item_start(group[j]):
                nxt = group[j]
                if nxt.indent >= text_indent or (
                    not _ends_sentence(group[j - 1].stripped) and nxt.stripped[0].islower()
                ):
                    item.append(nxt)
                    j += 1
                else:
                    break
            content = line.text[bullet.end() :].strip()
            # "- DOI: 10.1016/...", "- PMID: 123456": an identifier printed as a list item is the page's metadata
            identifier = len(content) < 120 and is_citation_line(content)
            # a short item read without its bullet: a viewer's page marker set as a list item ("• pg 1")
            furniture = is_furniture(s) or (len(content) <= 40 and is_furniture(content))
            role: BlockRole = "chrome" if b.chrome_list or furniture or identifier else "body"
            _item_block(b, item, bullet, level=1 + bullet.group("indent").count(" ") // 4, role=role)
            i = j
            continue
        b.chrome_list = False
        found = read_line(line.text)
        if found is not None:
            b.byline(line, found)
            i += 1
            # a credit wrapped at a fixed width: "© 2023 <University> Cancer Hospital and" / "<Institute>."
            wrapped_credit = b.follows is None and _WRAP_WORD.search(s[-30:]) is not None
            if wrapped_credit and i < len(group) and len(group[i].stripped) <= 100 and not _is_item_start(group[i]):
                b.line_block([group[i]], "line", role="chrome")
                i += 1
            continue
        steps = _step_run(group, i)
        if not is_furniture(s) and (
            (lost_bullets and not _ends_sentence(s) and len(s) < 80)
            or (i and _lead_in(group[i - 1].stripped) and _heading_like(s) and not _body_like(line))
            or (i and _lead_in(group[i - 1].stripped) and _short_items(group, i))
            or steps
        ):
            # short lines under a lead-in: a list whose bullets were lost; wrapped items run on
            j = i + 1
            while (
                j < len(group)
                and _continues(group[j - 1].stripped, group[j].stripped)
                and len(group[j].stripped) < 80
                and not (steps and _opens_with_step(group[j].stripped))  # each step is an item of its own
            ):
                j += 1
            # the items under a chrome lead-in ("Jump to a section:") are chrome too
            under_chrome = bool(b.blocks) and b.blocks[-1].role == "chrome" and _lead_in(b.blocks[-1].text)
            k = len(b.blocks) - 1
            while k >= 0 and b.blocks[k].kind == "list_item" and b.blocks[k].role == "byline":
                k -= 1  # the names already read under the same credit
            credit = _CREDIT_LEAD.match(b.blocks[k].text.strip()) if k >= 0 else None
            people = split_people(s) if credit is not None and j == i + 1 else None
            if credit is not None and people is not None and len(people) == 1:
                # the names under a credit ("Substantiated information by:" / one expert a line): who made or
                # checked the page, never a claim
                person, st, en = people[0]
                at = line.content_start
                if (credit.group("role") or "written").lower().startswith(_CREDIT_WRITERS):
                    b.meta.add_authors([(person, at + st, at + en)])
                elif b.meta.reviewer is None:
                    b.meta.set_reviewer(person, (at + st, at + en))
                b.line_block([line], "list_item", role="byline", level=1)
                i = j
                continue
            b.line_block(group[i:j], "list_item", role="chrome" if under_chrome else "body", level=1)
            lost_bullets = (
                j < len(group)
                and _heading_like(group[j].stripped)
                and not _question_heading(group[j].stripped)
                and (not _body_like(group[j]) or _short_items(group, j))
            )
            i = j
            continue
        lost_bullets = False
        if links[i]:
            b.line_block([line], "line", role="chrome")
            i += 1
            continue
        # "Peripheral neuropathy" / "can be a side effect of ...": a sentence wrapped after its subject
        wrapped = (
            i + 1 < len(group)
            and group[i + 1].stripped[:1].islower()
            and not _is_item_start(group[i + 1])
            and (len(group[i + 1].stripped) >= 30 or _ends_sentence(group[i + 1].stripped))
            # "save article" / "profile picture of <author>": a widget's button over the byline, not one sentence
            and read_line(group[i + 1].text) is None
        )
        if not wrapped and (
            (i == 0 and len(group) > 1 and _heading_like(s) and len(s) < 60 and len(s.split()) <= 8)
            or _compact_heading(group, i)
        ):
            if is_caption(s) or is_furniture(s):
                b.line_block([line], "line", role="chrome")
            else:
                b.line_block([line], "heading", level=2)
            i += 1
            continue
        para = [line]
        j = i + 1
        # hard-wrapped paragraphs: a long line that does not end a sentence goes on in the next line
        while (
            j < len(group)
            and (len(para[-1].stripped) >= wrap_at or (wrapped and j == i + 1))
            and not _ends_sentence(para[-1].stripped)
            and not _is_item_start(group[j])
            and _continues(para[-1].stripped, group[j].stripped)
        ):
            para.append(group[j])
            j += 1
        role = "disclaimer" if _LABELLED_DISCLAIMER.match(s) else "body"
        if role == "body" and len(para) == 1 and _bar_menu(s):
            role = "chrome"  # a page's jump menu in one row: "What is heartburn?  |  Side effects  |  When to ..."
        elif role == "body" and len(para) == 1 and _citation_paragraph(s):
            role = "chrome"  # a journal's citation of the article: "<Journal>, December 2019, Vol. 119, 833-838."
        elif role == "body" and ((len(para) == 1 and (is_chrome(s) or IMAGE_DESCRIPTION.match(s))) or is_furniture(s)):
            role = "chrome"
            b.chrome_list = _lead_in(s)
        elif (
            role == "body"
            and len(para) == 1
            and _under_the_title(b)
            and _PERSON_PICTURED.fullmatch(s)
            and len(s) <= 120
        ):
            # the picture under the headline described in one line: "A woman in a head scarf hugs her knees."
            role = "chrome"
            b.chrome_list = _lead_in(s)
        under_authors = b.blocks and b.blocks[-1].kind == "heading" and _AUTHOR_HEADING.search(b.blocks[-1].text)
        if role == "body" and under_authors and (is_affiliation(s) or "@" in s):
            role = "byline"  # under "Corresponding author": a name, affiliation and address, no claim
        if role == "body" and len(para) == 1 and _numbered_affiliation(group, i):
            role = "byline"  # "1 Professor, Department of ...", one of a row of numbered affiliations
        if role == "body" and len(para) == 1 and _own_citation(b, line):
            i = j  # how to cite the page itself ("Share and Cite:" / "<Authors> (2023) <title>. <journal>"): no source
            continue
        if role == "body" and len(para) == 1 and b.blocks and (_reference_like(s) or _ACCESSED_END.search(s)):
            # a reference printed with no list heading, at the foot of the article
            _source_entry(b, [line], None, line.content_start, None)
            i = j
            continue
        b.line_block(para, "paragraph", role=role)
        i = j


# authors as a citation prints them: "Zheng, P." (initials after a comma) or "Zheng P" (initials run on)
_CITED_AUTHOR = re.compile(r"(?P<surname>[A-Z][\w'’-]+),\s*(?P<initials>(?:[A-Z]\.\s?-?){1,3})")
_CITED_AUTHOR_RUN_ON = re.compile(r"(?P<surname>[A-Z][\w'’-]+)\s+(?P<initials>[A-Z]{1,3})(?=[,.;]|\s+and\b|\s*$)")


def _own_citation(b: _Builder, line: _Line) -> bool:
    """A reference to the page itself (it holds the page's title): its authors are the page's, it cites nothing."""
    title = b.meta.title
    s = line.stripped
    if title is None or len(title.split()) < 4 or not _reference_like(s):
        return False
    at = s.casefold().find(title.casefold())
    if at <= 0:
        return False
    b.line_block([line], "line", role="byline")
    if b.meta.authors:
        return True
    head = s[:at]
    found = list(_CITED_AUTHOR.finditer(head)) or list(_CITED_AUTHOR_RUN_ON.finditer(head))
    offset = line.start + line.indent
    b.meta.add_authors(
        [
            (
                Person(name=f"{m.group('initials').replace(' ', '').strip()} {m.group('surname')}", credentials=[]),
                offset + m.start(),
                offset + m.end(),
            )
            for m in found
        ]
    )
    return True


def _item_block(b: _Builder, item: list[_Line], bullet: re.Match[str], level: int, role: BlockRole = "body") -> None:
    first = item[0]
    builder = TextBuilder()
    start = first.start + bullet.end()
    builder.add(first.text[bullet.end() :].strip(), start)
    for line in item[1:]:
        builder.add_synthetic(" ", line.content_start - 1)
        builder.add(line.stripped, line.content_start)
    block = builder.build("list_item", first.content_start, item[-1].end, role=role, level=level)
    if block is not None:
        b.blocks.append(block)


def _entry_start(line: _Line) -> bool:
    """A line that starts a source entry: numbered, labelled, a caret, a bullet, or a reference."""
    return bool(_ENTRY.match(line.text) or _CARET.match(line.text) or _BULLET.match(line.text)) or _reference_like(
        line.stripped
    )


def _heads_entries(line: _Line) -> bool:
    """The line under a weak heading ("Notes", "Adapted from:") starts an entry, or is the address of one."""
    return _entry_start(line) or bool(_ADDRESS_LINE.fullmatch(line.stripped))


# an entry that is a bare web address: "Adapted from:" / "http://www.nhs.uk/conditions/..."
_ADDRESS_LINE = re.compile(r"(?:https?://|www\.)\S{4,300}")


def _source_run(b: _Builder, group: list[_Line], i: int) -> int:
    """Read source entries from line ``i`` of ``group``; returns the index of the first line after them.

    An entry is numbered ("1.", "1)", "[1]"), starts with a caret ("^ a b"), a bullet, or is a bare
    line that reads like a reference; an indented or lower-case line continues the entry above. A
    heading-shaped line that reads like no reference ends the list.
    """
    j = i
    while j < len(group):
        line = group[j]
        s = line.stripped
        entry = _ENTRY.match(line.text)
        caret = _CARET.match(line.text)
        bullet = None if entry or caret else _BULLET.match(line.text)
        if _LONE_BULLET.match(line.text):
            j += 1
            continue
        if _LABELLED_DISCLAIMER.match(s):
            break
        if not _heading_text(s):
            # an encyclopedia's edit link printed under the heading: "[change | change source]"
            b.line_block([line], "line", role="chrome")
            j += 1
            continue
        if is_furniture(s):
            # a note on the publisher's sourcing policy printed inside the list
            b.line_block([line], "line", role="chrome")
            j += 1
            continue
        if not (entry or caret or bullet) and not _bare_entry(s):
            break
        k = j + 1
        # an indented line, or one starting in lower case, continues the entry
        while k < len(group) and not (
            _ENTRY.match(group[k].text) or _CARET.match(group[k].text) or _BULLET.match(group[k].text)
        ):
            nxt = group[k]
            if nxt.indent > line.indent or nxt.stripped[:1].islower():
                k += 1
            else:
                break
        if caret:
            number: int | None = int(caret.group("number")) if caret.group("number") else _next_number(b)
            backlinks = max(1, len(caret.group("letters").split()))
            _source_entry(b, group[j:k], number, line.start + caret.end(), backlinks)
        elif entry:
            number = int(entry.group("number")) if entry.group("number") else None
            _source_entry(b, group[j:k], number, line.start + entry.end(), None, match=entry)
        elif bullet:
            _source_entry(b, group[j:k], None, line.start + bullet.end(), None)
        else:
            _source_entry(b, group[j:k], None, line.content_start, None)
        j = k
    return j


# a publisher and the quoted title of its page: `Mayo Clinic: "Shingles."`, a common unnumbered entry
_PUBLISHER_TITLE = re.compile(r"^[A-Z][^.:!?]{1,80}:\s*[\"“][^\"”]{3,}")


def _bare_entry(s: str) -> bool:
    """A line of a source list printed without number or bullet: a reference, not a heading or notice."""
    if _reference_like(s) or _PUBLISHER_TITLE.match(s):
        return True
    if _heading_like(s) or is_furniture(s) or is_chrome(s) or read_line(s) is not None or _LABELLED_DISCLAIMER.match(s):
        return False
    return len(s) >= 30 and _reference_score(s) >= 1


def _next_number(b: _Builder) -> int:
    """The position of an unnumbered encyclopedia entry: its markers count the list from 1."""
    numbers = [s.number for s in b.sources if s.number is not None]
    return (max(numbers) if numbers else 0) + 1


def _source_entry(
    b: _Builder,
    entry: list[_Line],
    number: int | None,
    rest_at: int,
    backlinks: int | None,
    match: re.Match[str] | None = None,
) -> None:
    """One source entry from its lines; ``rest_at`` is where its text starts after the number or mark."""
    first = entry[0]
    body = b.text[rest_at : first.end].strip() if rest_at < first.end else ""
    if len(entry) > 1:
        body = " ".join([body, *(line.stripped for line in entry[1:])]).strip()
    rep = _REPEATED.match(body)
    if (
        rep
        and backlinks is None
        and (rep.group("number") is None or number is None or int(rep.group("number")) == number)
    ):
        letters = rep.group("letters") if rep.group("number") is not None else rep.group("letters2")
        title_part = body[rep.end() - len(letters or "") :]
        count = _backlink_count(title_part)
        backlinks = max(1, count)
        body = title_part[count:]
    elif match is not None and match.group("label"):
        body = match.group(0).strip() + " " + body
    source = parse_source_entry(body, start=first.content_start, end=entry[-1].end, number=number, backlinks=backlinks)
    full = b.text[first.content_start : entry[-1].end]
    b.sources.append(source.model_copy(update={"text": " ".join(full.split())}))
    b.line_block(entry, "list_item", role="source_entry")


def _backlink_count(text: str) -> int:
    """How many backlink letters start ``text``: `abcManaging` is 3; a lone `^` prints no letter.

    The letters run a, b, c, ...; when the title itself starts in lower case, the longest run that
    leaves the title starting with a capital, a digit or punctuation wins.
    """
    run = 0
    while run < len(text) and run < len(_ALPHABET) and text[run] == _ALPHABET[run]:
        run += 1
    for k in range(run, 1, -1):
        if k == len(text) or not text[k].islower():
            return k
    return 0 if run < 2 else run


def _is_table(group: list[_Line]) -> bool:
    """Lines whose cells run together ("GradeWhat you noticeWhat happens next"): a flattened table."""
    if len(group) < 2:
        return False
    if any(_BULLET.match(line.text) or _NUMBERED.match(line.text) for line in group):
        return False
    if _ends_sentence(group[0].stripped) or len(group[0].stripped) > 120:
        return False
    if not all(_GLUE.search(line.stripped) for line in group):
        return False
    # an icon font's name glued to a byline's label: "iconUpdated 5th August 2025" / "icon8 clinical references"
    return not any((found := read_line(line.text)) is not None and found.dates for line in group)


def _table(b: _Builder, group: list[_Line]) -> None:
    """The first line is the header row; every row is cited together, cells split where they were glued."""
    header_cells = len(_GLUE.findall(group[0].stripped)) + 1
    for k, line in enumerate(group):
        b.rows += 1
        kind: BlockKind = "table_header" if k == 0 else "table_cell"
        cuts = [m.start() for m in _GLUE.finditer(line.text)]
        bounds = [line.indent, *cuts, len(line.text.rstrip())]
        if len(cuts) + 1 != header_cells:
            bounds = [line.indent, len(line.text.rstrip())]
        for a, z in itertools.pairwise(bounds):
            b.span_block(line.start + a, line.start + z, kind, row=b.rows)
