"""Which language a text is written in, by py3langid's bundled model, loaded on first use only."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# enough of an article to know its language; more only costs time (about 1.3 ms per 1000 characters)
ARTICLE_SAMPLE_CHARS = 2000
ARTICLE_HEAD_CHARS = 300
SURE = 0.99

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
    """The py3langid model, from an uncompressed copy in medlint's cache folder when there is one.

    The package ships the model LZMA-compressed; decompressing it costs most of a second, more than
    the rule spends on a thousand articles, so the first run keeps an uncompressed copy (about
    70 MB) and later runs read that in a tenth of the time. Without a writable cache folder, or if a
    py3langid release changes its model layout, the model is loaded the ordinary way.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        return _from_cache(LanguageIdentifier)
    except Exception:  # any trouble with the cache falls back to the package's own loader
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def cache_folder() -> Path:
    """`$MEDLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/medlint`, else `~/.cache/medlint`."""
    if os.environ.get("MEDLINT_CACHE_DIR"):
        return Path(os.environ["MEDLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "medlint"


def _from_cache(cls: type[LanguageIdentifier]) -> LanguageIdentifier:
    import lzma
    import shutil
    import tempfile
    from importlib.metadata import version

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import _to_array

    compressed = MODEL_DIR / MODEL_FILE
    folder = cache_folder()
    cached = folder / f"py3langid-{version('py3langid')}-{compressed.stat().st_size}.npz"
    if not cached.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        # write aside and rename, so a concurrent run never reads half a file
        with (
            tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as tmp,
            lzma.open(compressed) as src,
        ):
            shutil.copyfileobj(src, tmp, length=1 << 20)
        os.replace(tmp.name, cached)
    with np.load(cached, allow_pickle=False) as data:
        return cls(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )


def identify(text: str) -> Guess:
    code, confidence = _identifier().classify(text)
    return Guess(str(code), float(confidence))


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
