"""The claim model: trained reproducibly from the project's own sentences, it vetoes candidates that assert nothing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import cast

import numpy
import pytest

from lint.nlp import claim_model, train
from lint.nlp.claim_model import BITS, BUCKETS, ClaimModel
from lint.nlp.components import ClaimDetector


def test_the_shipped_model_is_what_training_on_the_shipped_sentences_gives(capsys: pytest.CaptureFixture[str]) -> None:
    # the weights are derived data, like the schemas: a changed sentence without retraining fails here
    assert train.main(["--check"]) == 0, capsys.readouterr().err


def test_the_shipped_model_vetoes_only_when_sure_and_never_a_number_a_dose_or_a_cause() -> None:
    model = claim_model.load()
    assert model is not None
    assert model.thresholds and all(0 < t < 0.5 for t in model.thresholds.values())
    assert not set(model.thresholds) & {"statistic", "dosage", "causal"}
    assert numpy.count_nonzero(model.dense) > 1000


def _write(folder: Path, name: str, lines: list[str]) -> None:
    (folder / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("maybe\tparagraph\tside_effect\tNausea is common.", r"b\.tsv:2: label 'maybe' is not one of claim, other"),
        ("claim\theading\tside_effect\tNausea is common.", r"b\.tsv:2: block 'heading' is not one of"),
        ("claim\tparagraph\tNausea is common.", r"b\.tsv:2: expected 4 tab-separated fields, found 3"),
        ("other\tparagraph\tnotice\t ", r"b\.tsv:2: no text"),
    ],
)
def test_a_bad_training_line_names_its_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    _write(
        tmp_path, "a.tsv", ["claim\tparagraph\tside_effect\tHair loss usually starts two weeks after the first dose."]
    )
    _write(tmp_path, "b.tsv", ["other\tparagraph\tlogistics\tPark in the multi-storey car park.", line])
    with pytest.raises(train.TrainingDataError, match=message):
        train.read_examples(tmp_path)


def test_an_empty_training_folder_is_an_error_not_an_empty_model(tmp_path: Path) -> None:
    with pytest.raises(train.TrainingDataError, match="no training files"):
        train.read_examples(tmp_path)


def test_training_learns_the_words_that_tell_the_two_kinds_apart(tmp_path: Path) -> None:
    claims = [
        "Chemotherapy can cause hair loss in most people.",
        "Radiotherapy often causes redness of the treated skin.",
        "Immunotherapy can cause an underactive thyroid.",
        "Low platelets can cause bruising and nosebleeds.",
        "Steroids can cause high blood sugar.",
    ]
    others = [  # lines the rules take for claims: a person, a photo, a study's sample, a service
        "Dr Ray Moss is a consultant in medical oncology at the Lakeside unit.",
        "The photo shows a nurse fitting a cold cap before chemotherapy.",
        "The study enrolled 200 patients receiving chemotherapy.",
        "A volunteer drives patients to radiotherapy appointments.",
        "The dental team treats mouth ulcers on Tuesdays.",
    ]
    _write(tmp_path, "t.tsv", [f"claim\tparagraph\tside_effect\t{t}" for t in claims])
    _write(tmp_path, "u.tsv", [f"other\tparagraph\tservice\t{t}" for t in others])
    model = train.train(tmp_path, labelled=None)
    (claim_feats,) = train.featurise([("Antibiotics can cause diarrhoea.", "paragraph")])
    (other_feats,) = train.featurise([("The photo shows a volunteer at the Lakeside unit.", "paragraph")])
    assert claim_feats and other_feats, "both are candidates the rules call claims"
    assert model.probability_of(claim_feats[0]) > 0.5 > model.probability_of(other_feats[0])


def test_training_twice_gives_the_same_weights(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "t.tsv",
        [
            "claim\tparagraph\tside_effect\tMouth ulcers can make eating painful.",
            "other\tparagraph\tservice\tThe dental team treats mouth ulcers on Tuesdays.",
            "claim\tparagraph\tside_effect\tSteroids can cause high blood sugar.",
            "other\tparagraph\tcaption\tThe photo shows a nurse fitting a cold cap before chemotherapy.",
        ],
    )
    assert train.dump(train.train(tmp_path, labelled=None)) == train.dump(train.train(tmp_path, labelled=None))


def _weights(n: int = BUCKETS + 1, dtype: str = "float32") -> bytes:
    out = io.BytesIO()
    numpy.save(out, numpy.zeros(n, dtype=dtype))
    return out.getvalue()


def test_a_model_hashed_with_other_bits_is_refused() -> None:
    with pytest.raises(ValueError, match=f"hashed with 12 bits, this medlint reads {BITS}"):
        ClaimModel.from_files({"bits": 12, "bias": 0.0, "thresholds": {}}, _weights())


@pytest.mark.parametrize(
    ("meta", "weights"),
    [
        ([], _weights()),
        ({"bits": BITS, "bias": 0.0}, _weights()),
        ({"bits": BITS, "bias": "x", "thresholds": {}}, _weights()),
        ({"bits": BITS, "bias": 0.0, "thresholds": {}}, b"not an array"),
        ({"bits": BITS, "bias": 0.0, "thresholds": {}}, _weights(1000)),
        ({"bits": BITS, "bias": 0.0, "thresholds": {}}, _weights(dtype="int32")),
    ],
)
def test_a_malformed_model_is_a_clear_error(meta: object, weights: bytes) -> None:
    with pytest.raises(ValueError, match="claim model"):
        ClaimModel.from_files(meta, weights)


def test_the_model_reads_back_what_it_writes() -> None:
    model = ClaimModel.from_weights({7: 0.5, 9: -1.25}, 0.25, {"general": 0.1})
    again = ClaimModel.from_files(model.meta(), model.weights_bytes())
    assert again.probability_of([7, 9]) == pytest.approx(model.probability_of([7, 9]))
    assert again.thresholds == {"general": 0.1}


def test_a_sentence_scores_the_same_from_running_sums_as_from_its_features() -> None:
    """A run scores a sentence from the doc's running totals; training reads its features one by one."""
    from lint.nlp import get_nlp
    from lint.nlp.analyze import make_doc
    from lint.parse import parse

    model = claim_model.load()
    assert model is not None
    nlp = get_nlp()
    detector = cast(ClaimDetector, nlp.get_pipe("medlint_claims"))
    pairs: list[tuple[float, float]] = []

    class Both:
        thresholds = model.thresholds

        def vetoes(self, doc: claim_model.DocFeatures, first: int, end: int, block: str, final: str, kind: str) -> bool:
            assert model is not None
            fast = model.probability(doc, first, end, block, final, kind)
            pairs.append((fast, model.probability_of(doc.ids(first, end, block, final, kind))))
            return False

    text = (
        "# Side effects\n\nChemotherapy can lower your white cell count. [1] Our nurses run a helpline.\n\n"
        "- Numbness in 2 or 3 fingers is common [2]\n- The photo shows Dr Ada Moss at the Lakeside unit.\n\n"
        "She had hair loss after her second cycle in March, and it grew back. Our café serves lunch daily.\n\n"
        "## Sources\n\n1. A source. 2020.\n2. Another source. 2021.\n"
    )
    article = parse(text, "side-effects.md", "markdown")
    saved = (detector.model, detector.model_read)
    detector.model, detector.model_read = Both(), True
    try:
        doc, _ = make_doc(nlp, article)
        for _, component in nlp.pipeline:
            doc = component(doc)
    finally:
        detector.model, detector.model_read = saved
    assert len(pairs) >= 3
    for fast, slow in pairs:
        assert fast == pytest.approx(slow, abs=1e-9)


def test_a_sentence_that_cites_a_source_stays_a_claim_whatever_the_model_thinks() -> None:
    from lint import check_text

    bio = "Dr Tomas Berg is a consultant oncologist at the Harbour Cancer Centre."
    sources = "\n\n## Sources\n\n1. [Staff list](https://example.org/staff). Harbour Cancer Centre, 2024.\n"
    uncited = check_text(f"# Our team\n\n{bio}\n", path="team.md", select=["uncited-claim"])
    cited = check_text(f"# Our team\n\n{bio} [1]{sources}", path="team.md", select=["uncited-claim"])
    assert (uncited.stats.claims, uncited.findings) == (0, [])  # the model sets the bio aside
    assert (cited.stats.claims, cited.stats.cited_claims) == (1, 1)  # its author's marker settles it
