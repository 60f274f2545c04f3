"""The only place medlint builds a spaCy pipeline: blank English, sentencizer, and medlint's components."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Build the pipeline once per process."""
    from spacy.lang.en import English, EnglishDefaults

    from lint.nlp import components, sentencizer  # noqa: F401  (registers the factories)
    from lint.nlp.extensions import register
    from lint.nlp.tokenizer import BoundedTokenizer

    class MedlintDefaults(EnglishDefaults):
        # a citation marker is always its own tokens, even glued to a word: "feet.[^1]" -> feet . [ ^1 ]
        # and a flattened superscript is split from its word: "health.17" -> health . 17, "treatment1" -> treatment 1
        infixes = [  # noqa: RUF012 (spaCy's type)
            *(EnglishDefaults.infixes or ()),
            r"\[",
            r"\]",
            r"[.!?;,:](?=\[)",
            r"(?<=[A-Za-z])[.!?;,:](?=\d)",
            r"(?<=[)\"'\u201d\u2019])[.!?;:](?=\d)",  # "adverse events (irAEs).5" -> ... ) . 5
            r"(?<=[a-z]{3})(?=\d)",
            r"(?<=[^\W\d_])(?=[⁰¹²³⁴⁵⁶⁷⁸⁹])",  # a superscript digit after a word: "gland¹" -> gland ¹
            r"[.!?;,:)](?=[⁰¹²³⁴⁵⁶⁷⁸⁹])",
            r"(?<=[⁰¹²³⁴⁵⁶⁷⁸⁹])[.!?;,:]",  # "gland¹." -> gland ¹ .
        ]

    class MedlintEnglish(English):
        # the tokenizer is built once with these infixes: setting them afterwards reloads every special case
        Defaults = MedlintDefaults

    register()
    nlp = MedlintEnglish()
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)  # type: ignore[assignment]
    nlp.add_pipe("medlint_block_starts")
    nlp.add_pipe("medlint_sentencizer", name="sentencizer")  # spaCy's rule, read from arrays
    nlp.add_pipe("medlint_citation_markers")
    nlp.add_pipe("medlint_claims")
    return nlp
