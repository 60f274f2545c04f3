"""A tokenizer front that keeps spaCy's cost linear on very long runs of text without spaces."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

# spaCy strips affixes from a space-free chunk one at a time, re-reading the whole chunk each time:
# quadratic in the chunk's length ("((((...", "[[[[..."). Chunks longer than this are cut into pieces.
LONG_CHUNK = 1000
PIECE = 200
_LONG = re.compile(rf"(?<!\S)\S{{{LONG_CHUNK},}}")


class BoundedTokenizer:
    """Calls spaCy's tokenizer, except on chunks of more than LONG_CHUNK characters without a space.

    Such a chunk is tokenized in pieces of PIECE characters; the doc's text is the input unchanged.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        long = list(_LONG.finditer(text))
        if not long:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for m in long:
            self._add(text[at : m.start()], words, spaces)
            for k in range(m.start(), m.end(), PIECE):
                self._add(text[k : min(k + PIECE, m.end())], words, spaces)
            at = m.end()
        self._add(text[at:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, text: str, words: list[str], spaces: list[bool]) -> None:
        if not text:
            return
        strings = self.vocab.strings
        # read the tokens as arrays: a Token object per token costs more than the tokenizing
        for orth, space in self.tokenizer(text).to_array([ORTH, SPACY]).tolist():
            word = strings[orth]
            # a single space that opens a piece belongs to the token before it, as spaCy would attach it
            if word == " " and words and not spaces[-1]:
                spaces[-1] = True
                continue
            words.append(word)
            spaces.append(bool(space))

    def pipe(self, texts, batch_size=1000):  # type: ignore[no-untyped-def]
        for text in texts:
            yield self(text)

    # the pipeline's own tokenizer settings stay reachable: infixes, special cases, serialisation
    def __getattr__(self, name: str) -> object:
        return getattr(self.tokenizer, name)
