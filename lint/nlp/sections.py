"""Facts about an article's sections that several rules and the report share: disclaimer and red-flag section."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from lint.model import Article, Block
from lint.nlp.markers import has_marker
from lint.patterns import compile_patterns


def disclaimer_blocks(article: Article, patterns: list[str]) -> list[int]:
    """Indices of the blocks that state the safety disclaimer."""
    if not patterns:
        return []
    rx = compile_patterns(tuple(patterns))
    return [i for i, b in enumerate(article.blocks) if b.kind != "heading" and rx is not None and rx.search(b.text)]


# a line that hands the reader on to other material: "We've gathered some helpful resources for you below",
# "Here are some organisations that can help", "The following websites offer support"
_HANDS_ON = re.compile(
    r"\bwe(?:'ve|’ve|\s+have)?\s+(?:collected|gathered|compiled|curated|selected|chosen|put\s+together"
    r"|pulled\s+together|rounded\s+up)\b[^.!?]{0,60}?\b(?:resources|links|websites|organi[sz]ations|fact\s*sheets"
    r"|leaflets|publications|videos|reading)\b"
    r"|\b(?:here\s+are|below\s+(?:are|is)|you(?:'ll|’ll|\s+will)\s+find\s+(?:below|here))\s+(?:some\s+|a\s+few\s+"
    r"|a\s+list\s+of\s+|more\s+)?(?:[\w-]+\s+){0,2}?(?:resources|links|websites|organi[sz]ations)\b(?!\s+between)"
    r"|\b(?:the\s+following|these)\s+(?:[\w-]+\s+){0,2}?(?:resources|websites|organi[sz]ations)\s+(?:\w+\s+){0,2}?"
    r"(?:can|may|offer|provide)\b",
    re.I,
)


def after_article(article: Article) -> list[int]:
    """Indices of the blocks after a line that hands the reader on to other resources, near the page's end.

    What follows such a line is the list it announces (titles, a blurb of each, the services to call), not the
    article's claims. The handing-on line must come after two body paragraphs, so a page that opens with its
    list of links is still read.
    """
    blocks = article.blocks
    paragraphs = 0
    for i, block in enumerate(blocks):
        if block.role != "body" or block.kind not in ("paragraph", "line"):
            continue
        if paragraphs >= 2 and _HANDS_ON.search(block.text):
            return [
                k
                for k in range(i, len(blocks))
                if blocks[k].role == "body" and not has_marker(blocks[k].text)  # its markers must still resolve
            ]
        paragraphs += 1
    return []


def section_ends(blocks: list[Block]) -> dict[int, int]:
    """For each heading, the index of the block after its section: the next heading of the same or a higher level.

    One pass with a stack of open headings, so an article with many headings costs time linear in its blocks.
    """
    ends: dict[int, int] = {}
    open_headings: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        while open_headings and blocks[open_headings[-1]].level >= block.level:
            ends[open_headings.pop()] = i
        open_headings.append(i)
    for i in open_headings:
        ends[i] = len(blocks)
    return ends


def empty_sections(article: Article) -> list[int]:
    """Indices of the headings with no text under them before the next heading of the same or a higher level.

    A heading printed twice in a row (a site's desktop and mobile copies) is one heading. (A page-text copy's
    cut last line is no heading at all: the parser reads it as a line.)
    """
    blocks = article.blocks
    text_before = _running_count(blocks, lambda b: b.kind != "heading")
    return [
        i
        for i, end in sorted(section_ends(blocks).items())
        if text_before[end] == text_before[i + 1] and not _printed_twice(blocks, i)
    ]


def _printed_twice(blocks: list[Block], i: int) -> bool:
    """The heading right after this one says the same words."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        nxt is not None and nxt.kind == "heading" and nxt.text.strip().casefold() == blocks[i].text.strip().casefold()
    )


def _running_count(blocks: list[Block], keep: Callable[[Block], bool]) -> list[int]:
    """``counts[k]``: how many of ``blocks[:k]`` satisfy ``keep``."""
    counts = [0]
    for block in blocks:
        counts.append(counts[-1] + (1 if keep(block) else 0))
    return counts


def leads_a_list(article: Article, index: int) -> bool:
    """A lead-in ending with a colon whose next block is a list item (or a lone bullet line before one)."""
    block = article.blocks[index]
    following = article.blocks[index + 1] if index + 1 < len(article.blocks) else None
    if block.text.rstrip().endswith(";") and block.kind != "list_item":
        # a lead-in typed with a semicolon: only over list items of its own ("... seek further care;" / "- fever")
        return following is not None and following.kind == "list_item"
    if not block.text.rstrip().endswith(":"):
        return False
    if following is None:
        return False
    if following.kind == "list_item":
        return True
    # a short label between the lead-in and its list: "... if any of these occur:" / "More common" / items
    after = article.blocks[index + 2] if index + 2 < len(article.blocks) else None
    if after is not None and after.kind == "list_item" and len(following.text.split()) <= 4:
        return not following.text.rstrip().endswith((".", ":"))
    # compact exports print a bullet alone on the line before each item
    if following.text.strip() in ("-", "•", "*", "–") and _next_content(article, index + 1) is not None:
        return True
    # a list whose bullets the copy lost: two or more short lines of their own under the lead-in
    return after is not None and all(_short_item(b) for b in (following, after))


def _short_item(block: Block) -> bool:
    return block.role == "body" and block.kind in ("paragraph", "line") and 1 <= len(block.text.split()) <= 14


@dataclass(frozen=True, slots=True)
class RedFlags:
    """Where the red-flag section is (`found`), or the first red-flag heading with nothing under it (`empty`)."""

    found: Block | None = None
    empty: Block | None = None


def looks_like_heading(article: Article, index: int) -> bool:
    """A heading, or in a compact export a short line without a sentence ending followed by more text."""
    block = article.blocks[index]
    if block.kind == "heading":
        return True
    if block.kind not in ("paragraph", "line") or block.role != "body":
        return False
    text = block.text.strip()
    if not text or len(text) > 80 or len(text.split()) > 12 or text[-1] in ".!;,:":
        return False
    following = _next_content(article, index)
    return following is not None and following.kind != "heading" and len(following.text.split()) >= 3


# a lead-in that names what its list holds: "if you notice any of the following signs and symptoms:"
_ANNOUNCES_SYMPTOMS = re.compile(
    r"\b(?:the\s+following|these)\s+(?:\w+\s+)?(?:signs?|symptoms?|side\s+effects?|problems?)\b", re.I
)


def _list_lost(article: Article, index: int) -> bool:
    """Nothing but a heading, or nothing at all, follows the lead-in: its list was lost from the copy."""
    following = _next_content(article, index)
    return following is None or following.kind == "heading"


def _next_content(article: Article, index: int) -> Block | None:
    """The next body block with words in it: a lone `-` or `•` line before a list item is skipped."""
    at = _next_content_table(article)[index]
    return article.blocks[at] if at >= 0 else None


# the last article's table: its blocks are asked about one after another, so one entry is enough
_last_table: tuple[Article, list[int]] | None = None


def _next_content_table(article: Article) -> list[int]:
    """For each block, the index of the next body block with words in it (-1: none), found in one pass.

    Looking forward from every block instead is quadratic on a page of many blocks with no words.
    """
    global _last_table
    last = _last_table
    if last is not None and last[0] is article:
        return last[1]
    blocks = article.blocks
    table = [-1] * len(blocks)
    following = -1
    for i in range(len(blocks) - 1, -1, -1):
        table[i] = following
        block = blocks[i]
        if block.role == "body" and any(c.isalnum() for c in block.text):
            following = i
    _last_table = (article, table)
    return table


# an answer that sends the reader to emergency care: "Call 911 ...", "go to the emergency department"
_EMERGENCY = re.compile(
    r"\b(?:call|dial|phone|ring)\s+(?:for\s+)?(?:9-?1-?1|999|112|000|an\s+ambulance|emergency\s+services)\b"
    r"|\bemergency\s+(?:department|room|services)\b|\ba\s*&\s*e\b"
    r"|\b(?:go|get)\s+(?:straight\s+)?to\s+(?:the\s+)?hospital\s+(?:immediately|straight\s+away|right\s+away|urgently)\b",
    re.I,
)


# whom a page sends the reader to, in every red-flag wording: "your chemotherapy nurse", "the 24-hour advice line"
_CARE_TEAM = (
    r"(?:doctor|gp|nurse|physician|surgeon|oncologist|specialist|midwife|pharmacist|prescriber|provider|professional"
    r"|audiologist|dentist|optician|optometrist|ophthalmologist|dermatologist|cardiologist|neurologist|urologist"
    r"|gyn(?:a)?ecologist|obstetrician|p(?:a)?ediatrician|psychiatrist|health\s+visitor"
    r"|team|hospital|clinic|unit|ward|office|cent(?:re|er)|service|hotline|helpline|(?:help|helping|advice)\s+(?:line|number))s?\b"
)
_TEAM = rf"(?:us\b|(?:your|a|the|our)\s+(?:[\w'’-]+\s+){{0,4}}?{_CARE_TEAM})"

# a line that tells the reader when to get help: "Call your doctor if your temperature is 38C or higher",
# "In an emergency, call 911", "Always call if you have a fever"
_CONTACT = (
    # "See a doctor right away if ...", "You should see your GP urgently if ...": seeing a clinician urgently; "see
    # your GP if it does not improve" is no red flag, nor "see below"
    # "see an audiologist/otologist (a doctor for the ear) immediately": a second title and a gloss may come between
    rf"(?:see|visit)\s+(?:a|an|your|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_CARE_TEAM}(?:/[\w-]+)?(?:\s+\([^()]{{0,80}}\))?"
    r"(?=\s+(?:right\s+away|immediately|urgently|as\s+soon\s+as\s+possible|straight\s+away|at\s+once)\b)"
    # "Medical attention should be sought if ..."
    r"|medical\s+(?:attention|help|advice)\s+should\s+be\s+sought\b"
    r"|(?:call|phone|ring|contact|consult|dial|page|text|alert)\s+(?:for\s+(?=an\s+ambulance))?"
    r"(?:(?:nhs\s+)?(?:9-?1-?1|999|112|000|111)\b|nhs\s+24\b|triple\s+zero\b|"
    r"an\s+ambulance\b|(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:lifeline|crisis\s+(?:text\s+)?line)\b|"
    rf"emergency\s+services\b|{_TEAM})"
    # "... get them to an Emergency Centre as soon as possible": a first aider taking the person there
    r"|(?:go|get(?:\s+(?:them|him|her|the\s+(?:person|patient|child)|your\s+child))?)\s+(?:straight\s+)?to\s+"
    r"(?:the\s+|an\s+|your\s+)?(?:nearest\s+|local\s+)?(?:emergency|a\s*&\s*e\b|urgent\s+care)"
    r"|always\s+call\b"
    # "It's important to tell your doctor as soon as possible if ..."
    rf"|(?:tell|inform|notify)\s+{_TEAM}\s+(?:or\s+\w+\s+)?"
    r"(?:right\s+away|immediately|urgently|as\s+soon\s+as\s+possible|straight\s+away|at\s+once)"
    r"|seek\s+(?:immediate\s+|urgent\s+|prompt\s+|emergency\s+)?medical\s+(?:attention|help|care|advice|assistance|treatment)"
    # "Your child should be brought to the nearest hospital if ...": someone taking the patient to care
    r"|(?:be\s+)?(?:brought|taken|rushed)\s+(?:straight\s+)?to\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:nearest\s+|local\s+)?"
    r"(?:hospital|emergency|a\s*&\s*e\b|urgent\s+care|doctor|gp)"
    # "If you have blood in your bowel motions, you need medical attention."
    r"|(?:you|they)\s+(?:will\s+)?need\s+(?:immediate\s+|urgent\s+|prompt\s+|emergency\s+)?medical\s+(?:attention|help|care)"
    # "Seek emergency care if ...", "Get urgent medical help if ...", "Always seek immediate treatment for ..."
    r"|(?:seek|get)\s+(?:immediate|urgent|prompt|emergency)\s+(?:medical\s+)?(?:attention|help|care|treatment|advice"
    r"|health\s*care)"
    # "If you think you have taken too much, get help straight away"
    r"|(?:seek|get)\s+(?:medical\s+)?(?:help|advice|attention)\s+(?:straight\s+away|immediately|right\s+away|urgently|at\s+once)"
    # "If you have these symptoms, please have them checked out urgently": a check without whom, the urgency given
    r"|(?:have|get)\s+(?:it|this|these|them|that)\s+(?:checked|looked\s+at|seen\s+to)(?:\s+out)?"
    r"(?:\s+by\s+(?:a|an|your|the)\s+(?:[\w'’-]+\s+){0,3}?(?:doctor|gp|nurse|professional|pharmacist))?"
    r"(?=\s+(?:right\s+away|immediately|urgently|as\s+soon\s+as\s+possible|straight\s+away|at\s+once)\b)"
    # "If you get mouth ulcers, let your nurse know right away"
    rf"|let\s+{_TEAM}\s+know\b"
    # "If diarrhoea persists, report it to your doctor or nurse"
    rf"|report\s+(?:(?:it|this|them|these|that)\s+)?to\s+{_TEAM}"
    # "If you keep being sick, please call in the morning so you can be assessed": a call to be seen on a condition
    r"|(?:call|phone|ring)\b[^.!?]{0,60}?\b(?:so\s+(?:that\s+)?you\s+can|to)\s+be\s+(?:assessed|seen|checked|examined)\b"
    # "If you get a rash, seek advice via the Cancer Centre Hotline": advice from a named line or the team
    rf"|seek\s+advice\s+(?:via|from|through)\s+(?:the\s+|your\s+|our\s+)?(?:[\w'’-]+\s+){{0,5}}?{_CARE_TEAM}"
    # "a 24 hour helpline that you can call if you are worried you are developing an infection"
    r"|(?:helpline|hotline|advice\s+line)\s+(?:number\s+)?(?:that\s+|which\s+)?you\s+(?:can|should|must)\s+(?:call|ring|phone)\b"
    # "be sure that you immediately report any burning or pain to your doctor": what to report named, then whom
    rf"|(?:right\s+away|immediately|promptly|straight\s+away|at\s+once)\s+report\s+[^.!?]{{1,80}}?\bto\s+{_TEAM}"
)
# "In the case of heavy bleeding, consult the healthcare team": a condition put as a case
_URGENCY = (
    r"\b(?:if|when|whenever|right\s+away|immediately|urgently|at\s+once|straight\s+away|as\s+soon\s+as\s+possible"
    # the condition as the person who has it: "Anyone with a fever lasting two days should be brought to hospital"
    r"|in\s+(?:the\s+)?case\s+of|anyone\s+(?:with|who)|(?:a\s+)?(?:person|child|baby)\s+who)\b"
    r"|\bemergenc(?:y|ies)\b"
)
_URGENCY_WORD = re.compile(_URGENCY, re.I)
# a contact line about questions or bookings is service information, not a red flag
_ONLY_QUESTIONS = re.compile(
    r"\bquestions?\b|\bconcerns?\b|\bappointments?\b|\bbook\b|\bmore\s+information\b"
    # "let your team know if any effects you notice": any effect at all is no warning sign
    r"|\bif\s+(?:you\s+(?:have|get|notice|experience)\s+)?any\s+(?:side\s+)?effects?\b(?!\s+(?:such|like|listed|below|above|of)\b)"
    # "If you are having problems in this area, consult your oncologist": trouble of any kind is no warning sign
    r"|\bif\s+you\s+(?:are\s+)?(?:having|have|get|notice)\s+(?:any\s+)?(?:problems?|trouble|difficult(?:y|ies))"
    r"\s+(?:in|with)\s+(?:this|these|that)\b(?![^.!?]*\b(?:right\s+away|immediately|urgently|at\s+once|straight\s+away)\b)"
    # a wish is no warning sign: "if you wish to receive more from the Scheme, please let us know"
    r"|\bif\s+you\s+(?:wish|would\s+like|['’]d\s+like|want|prefer|are\s+interested)\b",
    re.I,
)
_EMERGENCY_CARE = re.compile(r"\b(?:9-?1-?1|999|112|000|111)\b|\bemergency\b|\bambulance\b|\ba\s*&\s*e\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# the contact left unsaid, the urgency and the condition given: "Call immediately with a temperature of 100.5 or higher."
_CALL_AT_ONCE = re.compile(
    r"^\W*(?:please\s+)?(?:call|phone|ring)\s+(?:immediately|right\s+away|at\s+once|straight\s+away|urgently)"
    r"\s+(?:if|when|with|for)\b",
    re.I,
)


# a lead-in sending the reader to the care team when they get what its list names:
# "Tell your care team if you're having cancer treatment and get:", "Call the Day Unit (DU) if you are experiencing:"
_TELL_IF_YOU_GET = re.compile(
    rf"^\W*(?:tell|call|contact|phone|ring|see|speak\s+to|talk\s+to)\s+{_TEAM}"
    # "... if you have:" is left out: it also heads the conditions to mention before treatment
    r".{0,80}?\bif\b.{0,80}?\b(?:get|develop|notice|experience|experiencing|feel)\s*:\s*$",
    re.I,
)


# a lead-in whose condition points at the symptoms its list names and which sends the reader to the team:
# "If you have any of the effects below, please let your care team know:", "Should you have any of the above
# signs, contact the advice line immediately:"
_IF_ANY_OF_THESE = re.compile(
    r"\b(?:if|should)\s+you\s+(?:start\s+to\s+|begin\s+to\s+)?(?:have|get|develop|notice|experience|are\s+(?:experiencing|noticing|having|getting))"
    r"\s+any\s+of\s+"
    r"(?:the\s+|these\s+)?(?:following\s+|above\s+|below\s+)?(?:[\w/-]+\s+){0,3}?"
    r"(?:signs?|symptoms?|effects?|problems?)\b",
    re.I,
)
_CONTACT_ANY = re.compile(rf"\b(?:{_CONTACT})", re.I)


# a drug leaflet's heading over the symptoms to call about, with no "your": "Reasons to call healthcare provider
# immediately"
_REASONS_TO_CALL = re.compile(
    rf"\breasons?\s+to\s+(?:call|contact|see|phone)\s+(?:your\s+|a\s+|the\s+)?(?:health\s*care\s+)?{_CARE_TEAM}",
    re.I,
)


# telling the team, with no urgency word: it is a red flag only when what to tell them is named as symptoms
_TELL_TEAM = re.compile(
    rf"\b(?:tell|inform|notify|talk\s+(?:to|with)|speak\s+(?:to|with))\s+{_TEAM}",
    re.I,
)
_NAMES_SYMPTOMS = re.compile(r"\b(?:signs?|symptoms?)\b", re.I)

# a lead-in whose list holds the conditions themselves, after a claim sentence or alone: "... infection.
# Contact your hospital and talk to a nurse or doctor if:" over "you have a fever"
_CONTACT_IF = re.compile(
    rf"^\W*(?:call|contact|phone|ring)\s+{_TEAM}.{{0,60}}?\bif\s*:\s*$",
    re.I,
)


# a lead-in that sends the reader to the team on a condition its list completes, with no "before" in it (that marks
# what to mention before a treatment): "Please call us if you have:", "Contact the hospital immediately if you
# experience:", "You should speak to your physician or nurse if you:", "Tell your nurse straight away if you have:"
_URGENT = re.compile(
    r"\b(?:right\s+away|immediately|urgently|as\s+soon\s+as\s+possible|straight\s+away|at\s+once)\b", re.I
)
_NO_BEFORE = r"(?:(?!\bbefore\b)[^.!?]){0,80}?"
_CONTACT_LEAD_IN = re.compile(
    r"^\W*(?:(?:you\s+should|please|always|be\s+sure\s+to)\s+)?(?:"
    # calling needs no urgency word: nobody calls the team about what to mention before a treatment
    rf"(?:call|phone|ring|contact|page)\s+{_TEAM}{_NO_BEFORE}\bif\b{_NO_BEFORE}"
    # talking to the team: when the list finishes "if you ..."
    rf"|(?:speak|talk)\s+(?:to|with)\s+{_TEAM}{_NO_BEFORE}\bif\s+you"
    # an emergency number: "Please phone 999 or go to the nearest A&E if your child has any of the following:"
    rf"|(?:call|phone|ring|dial)\s+(?:nhs\s+)?(?:9-?1-?1|999|112|000|111)\b{_NO_BEFORE}\bif\b{_NO_BEFORE}"
    # telling the team: only with an urgency word
    rf"|(?:tell|inform|notify|let)\s+{_TEAM}(?:\s+know)?{_NO_BEFORE}"
    rf"{_URGENT.pattern}{_NO_BEFORE}\bif\b{_NO_BEFORE}"
    # "Seek advice from your pharmacist in the following situations:": the situations are its list
    rf"|(?:(?:seek|get|ask\s+for)\s+(?:urgent\s+|medical\s+)*(?:advice|help|attention)\s+(?:from|at)\s+{_TEAM}"
    rf"|(?:call|phone|ring|contact|see|speak\s+to|talk\s+to)\s+{_TEAM})"
    r"\s+(?:in|for)\s+(?:the\s+following|these)\s+(?:situations|cases|circumstances)"
    r")\s*:\s*$",
    re.I,
)


# a lead-in that only names whom to see, its items the conditions: "Visit your pharmacist or doctor:" / "If ..."
# (compiled at its first use: most pages never get this far)
@functools.cache
def _see_team_lead_in() -> re.Pattern[str]:
    return re.compile(
        rf"^\W*(?:please\s+)?(?:see|visit|contact|call|consult|speak\s+to|talk\s+to)\s+{_TEAM}"
        rf"(?:\s+or\s+(?:(?:your|a|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_CARE_TEAM})?\s*:\s*$",
        re.I,
    )


_CONDITION_ITEM = re.compile(r"^\W*(?:if|when|whenever)\b", re.I)


def _conditions_listed(article: Article, index: int) -> bool:
    """The items under a lead-in are conditions ("If the stools are dark"): two at least, and most of them."""
    items = []
    for block in article.blocks[index + 1 : index + 30]:
        if block.kind != "list_item":
            break
        items.append(block)
    hits = sum(1 for b in items if _CONDITION_ITEM.match(b.text))
    return hits >= 2 and 2 * hits > len(items)


# a lead-in saying hospital or medical care is needed when the reader has what its list names: "Treatment at the
# nearest hospital may be necessary if you or your child has:"
_CARE_NEEDED_IF = re.compile(
    r"\b(?:medical\s+)?(?:treatment|attention|care|help)\s+(?:at|from|in)\s+(?:the\s+|a\s+|an\s+|your\s+)?"
    r"(?:nearest\s+|local\s+)?(?:hospital|emergency|a\s*&\s*e|urgent\s+care|clinic|doctor|gp)\b[^.!?:]{0,60}?"
    r"\s(?:may\s+be|is|will\s+be|might\s+be)\s+(?:necessary|needed|required)\s+if\b[^.!?]{0,80}:\s*$",
    re.I,
)


_TELL_ONLY = re.compile(r"\b(?:let|tell|inform|notify)\b", re.I)
_BEFORE = re.compile(r"\bbefore\b", re.I)


def _symptom_lead_in(text: str) -> bool:
    """The last sentence of a lead-in sends the reader to the team when they have what its list names."""
    last = _SENTENCE_END.split(text.strip())[-1]
    if len(last) > 300:
        return False
    if last.endswith(";"):
        last = last[:-1] + ":"  # a lead-in typed with a semicolon over its list: "Speak with a GP if you;"
    if (
        _red_flag_line(last)
        and (not _ONLY_QUESTIONS.search(last) or _URGENT.search(last))
        # telling the team what the list names, with no urgency, is what to mention before a treatment
        and (_URGENT.search(last) or not _TELL_ONLY.search(last))
        and not _BEFORE.search(last)
    ):
        return True  # whom to contact and on what condition: "See your doctor or go to A&E if you have the following:"
    if _CONTACT_IF.search(last) or _TELL_IF_YOU_GET.search(last) or _CARE_NEEDED_IF.search(last):
        return True
    if _CONTACT_LEAD_IN.search(last) and (not _ONLY_QUESTIONS.search(last) or _URGENT.search(last)):
        return True
    found = _IF_ANY_OF_THESE.search(last)
    if found is None:
        return False
    if _TELL_TEAM.search(last) and _NAMES_SYMPTOMS.search(found.group(0)):
        return True  # "Tell your doctor if you are experiencing any of the following symptoms:"
    return bool(_CONTACT_ANY.search(last))  # _CONTACT holds "let your nurse know" too


def _red_flag_line(sentence: str) -> bool:
    """Whom to contact and when, in either order: "Call your doctor if ...", "If ..., call 911".

    The urgency word must stand outside the contact ("Tell your nurse immediately." gives no condition). Two
    searches instead of one pattern holding the contact wording twice, which cost a run about 20 ms to compile.
    """
    contacts = [(m.start(), m.end()) for m in _CONTACT_ANY.finditer(sentence)]
    if not contacts:
        return False
    return any(
        u.start() >= end or u.end() <= start for u in _URGENCY_WORD.finditer(sentence) for start, end in contacts
    )


def tells_when_to_get_help(text: str) -> bool:
    """A sentence of the block sends the reader to the care team or emergency care on a condition."""
    before = ""
    for sentence in _SENTENCE_END.split(text):
        condition = _CONDITION_FIRST.match(before) is not None and _UNWELL.search(before) is not None
        before = sentence
        # a lead-in ("Call 999 if:") says when only through the list it opens, which leads_a_list checks
        if len(sentence) > 400 or sentence.rstrip().endswith(":"):
            continue
        if not (
            _red_flag_line(sentence)
            or _CALL_AT_ONCE.search(sentence)
            # the condition in a sentence of its own before the contact: "If the wound leaks pus. Please seek
            # advice from your GP or call 111."
            or (condition and _CONTACT_ANY.match(sentence.lstrip(" \t\u2013\u2014-")) is not None)
            or (
                condition
                and (please := _PLEASE.match(sentence)) is not None
                and _CONTACT_ANY.match(sentence, please.end()) is not None
            )
        ):
            continue
        if _ONLY_QUESTIONS.search(sentence) and not _EMERGENCY_CARE.search(sentence):
            continue
        return True
    return False


# a sentence that opens on its condition, or a label and a dash before it: "Watch for infection - If ..."
_CONDITION_FIRST = re.compile(r"^\W*(?:[^.!?]{0,60}?\s[–—-]\s+)?(?:if|should|when)\b", re.I)
# what makes a condition a warning sign and not an errand ("If you would like a copy of this leaflet")
_UNWELL = re.compile(
    r"\b(?:pain\w*|red(?:der|ness)?|swell\w*|swollen|pus|bleed\w*|blood|fever\w*|temperature|worse\w*|infect\w*"
    r"|symptoms?|signs?|rash\w*|vomit\w*|sick|unwell|breath\w*|dizz\w*|faint\w*|discharge|leak\w*|hot|hurts?)\b",
    re.I,
)
_PLEASE = re.compile(r"^\W*(?:please|you\s+should|then)\s+", re.I)


def red_flag_section(article: Article, patterns: list[str]) -> RedFlags:
    """The red-flag section: a matching heading with body under it, a labelled line, or a lead-in over a list.

    Compact exports print headings as plain lines, so a short unpunctuated line over body text counts as a
    heading; a question heading whose answer sends the reader to emergency care counts as well.
    """
    if not patterns:
        return RedFlags()
    rx = compile_patterns(tuple(patterns))
    if rx is None:
        return RedFlags()
    empty: Block | None = None
    blocks = article.blocks
    ends = section_ends(blocks)
    body_before = _running_count(blocks, lambda b: b.kind != "heading" and b.role == "body")
    for i, block in enumerate(blocks):
        if block.role != "body":
            continue
        if block.kind == "heading" or looks_like_heading(article, i):
            text = block.text.strip()
            if len(text.split()) >= 6 and tells_when_to_get_help(text):
                return RedFlags(found=block)  # a sentence printed without its full stop: "Seek help if ..."
            if rx.search(text) or _REASONS_TO_CALL.search(text):
                if block.kind != "heading" or body_before[ends[i]] > body_before[i + 1]:
                    return RedFlags(found=block)
                empty = empty or block
                continue
            if text.endswith("?"):
                answer = _next_content(article, i)
                if answer is not None and answer.kind != "heading" and _EMERGENCY.search(answer.text):
                    return RedFlags(found=block)
                # "What if I feel unwell?" over the day unit's number, then "After hours, go to the Emergency Department"
                if block.kind == "heading" and any(
                    b.role == "body" and b.kind != "heading" and _EMERGENCY.search(b.text)
                    for b in blocks[i + 1 : min(ends[i], i + 7)]
                ):
                    return RedFlags(found=block)
            continue
        label, sep, rest = block.text.partition(":")
        # "Urgent advice: Contact the hotline now if you have:" over a list, or "Red flags: ..." with its text
        if sep and len(label) <= 60 and rx.search(label) and (rest.strip() or leads_a_list(article, i)):
            return RedFlags(found=block)
        if leads_a_list(article, i) and (
            rx.search(block.text) or _TELL_IF_YOU_GET.search(block.text) or _symptom_lead_in(block.text)
        ):
            return RedFlags(found=block)  # "Call 999 or go to A&E if:" over a list of the symptoms
        if (
            leads_a_list(article, i)
            and block.text.rstrip().endswith(":")
            and _see_team_lead_in().search(_SENTENCE_END.split(block.text.strip())[-1])
            and _conditions_listed(article, i)
        ):
            return RedFlags(found=block)  # "Visit your pharmacist or doctor:" over "If the stools are dark"
        if (
            block.text.rstrip().endswith(":")
            and rx.search(block.text)
            and _ANNOUNCES_SYMPTOMS.search(block.text)
            and _list_lost(article, i)
        ):
            return RedFlags(found=block)  # "... if you notice any of the following symptoms:" whose list the copy lost
    # no section or label: a plain line that says when to call still gives the reader the red flags
    for block in blocks:
        if (
            block.role == "body"
            and block.kind in ("paragraph", "line", "list_item")
            and tells_when_to_get_help(block.text)
        ):
            return RedFlags(found=block)
    return RedFlags(empty=empty)
