"""Which language a text is written in, by py3langid's bundled model, loaded on first use only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# enough of an article to know its language; more only costs time
ARTICLE_SAMPLE_CHARS = 2000
_LETTERS = re.compile(r"[^\W\d_]+")

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
    """A language code (ISO 639-1) and the model's probability for it, between 0 and 1."""

    code: str
    confidence: float

    @property
    def name(self) -> str:
        return language_name(self.code)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # the model is decompressed on first use (about half a second), so only articles with sources pay it
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Guess:
    code, confidence = _identifier().classify(text)
    return Guess(str(code), float(confidence))


def word_count(text: str) -> int:
    """Words of letters (any script); numbers and codes like `1743-` do not count."""
    return len(_LETTERS.findall(text))
