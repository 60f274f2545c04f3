"""medlint's array sentencizer splits sentences exactly where spaCy's sentencizer does."""

from __future__ import annotations

import pytest
from spacy.attrs import SENT_START
from spacy.pipeline import Sentencizer

from lint.nlp import get_nlp
from lint.nlp.sentencizer import ArraySentencizer

TEXTS = [
    "",
    "   ",
    "One sentence without a stop",
    "Rest helps. Fluids help too! Does ice help? Ask a nurse.",
    'She said "drink water." Then she left… and came back.',
    "Take 2 tablets (500 mg each). Repeat after 4 hours.) Call 111 if worse.",
    "Symptoms include:\n\n- fever.\n- a cough!!\n\nSee a doctor.[1] [2] Next sentence.",
    "No. 1 is first. Vol. 12, pp. 45-52. Done",
    "Wait... what?! Yes. 。Another mark 。 here",
    ". . . Leading stops. And ‘quotes.’ After",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_sentence_starts_as_spacy(text: str) -> None:
    tokenizer = get_nlp().tokenizer
    ours, theirs = tokenizer(text), tokenizer(text)
    ArraySentencizer()(ours)
    Sentencizer()(theirs)
    assert ours.to_array([SENT_START]).tolist() == theirs.to_array([SENT_START]).tolist()
    if len(ours):
        assert [s.text for s in ours.sents] == [s.text for s in theirs.sents]


def test_pipeline_keeps_the_sentencizer_name() -> None:
    nlp = get_nlp()
    assert "sentencizer" in nlp.pipe_names
    assert isinstance(nlp.get_pipe("sentencizer"), ArraySentencizer)
