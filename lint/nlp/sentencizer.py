"""spaCy's rule-based sentencizer with the same rule, read from token arrays instead of a Token object per token."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import StringStore
from spacy.tokens import Doc


@Language.factory(
    "medlint_sentencizer",
    assigns=["token.is_sent_start", "doc.sents"],
    default_config={"punct_chars": None},
)
def make_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None) -> ArraySentencizer:
    return ArraySentencizer(name, punct_chars=punct_chars)


class ArraySentencizer(Sentencizer):  # type: ignore[misc]
    """A sentence starts at the first token after a sentence-final mark that is neither punctuation nor such a mark.

    The rule of `spacy.pipeline.Sentencizer.predict`, and its `set_annotations`; spaCy's loop makes a
    Python `Token` for every token, which cost as much as medlint's own claim checks.
    """

    def __init__(self, name: str = "sentencizer", *, punct_chars: list[str] | None = None) -> None:
        super().__init__(name, punct_chars=punct_chars)
        # the marks' ORTH hashes: the same for every vocab
        strings = StringStore()
        self._final_marks = numpy.array(sorted(strings.add(c) for c in self.punct_chars), dtype=numpy.uint64)

    def predict(self, docs: list[Doc]) -> list[list[bool]]:
        return [self._starts(doc) for doc in docs]

    def set_annotations(self, docs: Doc | list[Doc], batch_tag_ids: list[list[bool]]) -> None:
        """Each token's start as guessed, where no earlier component set it (or always, with ``overwrite``)."""
        for doc, guesses in zip([docs] if isinstance(docs, Doc) else docs, batch_tag_ids, strict=False):
            if not len(guesses):
                continue
            sent_starts: Any = doc.to_array([SENT_START]).reshape(-1)
            flags = sent_starts.view("int64")  # 1 starts a sentence, -1 does not, 0 is not set
            unset = numpy.ones(len(flags), dtype=bool) if self.overwrite else flags == 0
            starts = numpy.asarray(guesses, dtype=bool)
            flags[unset & starts] = 1
            flags[unset & ~starts] = -1
            doc.from_array([SENT_START], sent_starts)

    def _starts(self, doc: Doc) -> list[bool]:
        n = len(doc)
        if not n:
            return []
        orth, punct = doc.to_array([ORTH, IS_PUNCT]).T
        marks = self._final_marks
        # a sorted lookup: numpy.isin over the many marks cost more than the rest of the rule
        at = numpy.minimum(numpy.searchsorted(marks, orth), len(marks) - 1)
        final = marks[at] == orth
        content = ~final & (punct == 0)
        # finals[i]: how many sentence-final marks stand before token i
        finals = numpy.concatenate(([0], numpy.cumsum(final)))
        words = numpy.flatnonzero(content)
        previous = numpy.concatenate(([-1], words[:-1]))
        # a content token starts a sentence when a final mark stands between it and the content token before it
        guesses = numpy.zeros(n, dtype=bool)
        guesses[0] = True
        guesses[words[finals[words] - finals[previous + 1] > 0]] = True
        return guesses.tolist()  # type: ignore[no-any-return]
