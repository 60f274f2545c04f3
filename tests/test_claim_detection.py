"""Claim detection against the labelled sentence set: the floors editors rely on, on the held-out test split."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.nlp import evaluate

DATA = Path(__file__).parent / "data" / "claims"


@pytest.fixture(scope="module")
def labelled() -> list[evaluate.LabelledArticle]:
    return evaluate.load_set(DATA)


@pytest.fixture(scope="module")
def predictions(labelled: list[evaluate.LabelledArticle]) -> list[evaluate.Prediction]:
    return evaluate.predict(labelled)


def test_the_set_is_large_and_split_by_article(labelled: list[evaluate.LabelledArticle]) -> None:
    assert len(labelled) >= 40
    assert sum(len(a.labels) for a in labelled) >= 600
    test = [a for a in labelled if a.split == "test"]
    assert 0.2 <= len(test) / len(labelled) <= 0.3
    assert {a.format for a in test} == {"markdown", "text", "html"}


def test_every_format_is_checked_through_its_parser(labelled: list[evaluate.LabelledArticle]) -> None:
    assert {a.format for a in labelled} <= evaluate.supported_formats()


def test_claim_detection_floors_on_the_test_split(predictions: list[evaluate.Prediction]) -> None:
    scores = evaluate.score(predictions, "test")
    detection = scores.detection
    assert detection.precision >= 0.95, evaluate.render_confusion(predictions, "test")
    assert detection.recall >= 0.95, evaluate.render_confusion(predictions, "test")


def test_every_statistic_in_the_test_split_is_flagged(predictions: list[evaluate.Prediction]) -> None:
    flagged, total = evaluate.score(predictions, "test").found_by_kind["statistic"]
    assert total > 0
    missed = [
        p.label.text for p in predictions if p.label.split == "test" and p.label.kind == "statistic" and not p.claim
    ]
    assert flagged == total, missed


def test_a_label_not_in_its_document_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "001-bad.yaml"
    bad.write_text(
        "format: markdown\nsplit: dev\ndocument: |\n  Rest helps.\nlabels:\n  - {text: Ice helps., claim: true, kind: general}\n",
        encoding="utf-8",
    )
    with pytest.raises(evaluate.LabelledSetError, match=r"001-bad\.yaml: label 1 'Ice helps\.'"):
        evaluate.load_article(bad)


def test_scores_count_a_missed_claim_a_false_claim_and_a_wrong_kind() -> None:
    def label(text: str, kind: str | None) -> evaluate.Label:
        return evaluate.Label("a.yaml", "dev", text, 0, len(text), kind is not None, kind)

    predictions = [
        evaluate.Prediction(label("Up to 68 percent.", "statistic"), True, "statistic"),
        evaluate.Prediction(label("One in five.", "statistic"), False, None),
        evaluate.Prediction(label("Sign up now", None), True, "general"),
        evaluate.Prediction(label("Wear shoes to cut injury risk.", "advice"), True, "general"),
    ]
    scores = evaluate.score(predictions, "dev")
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (2, 1, 1)
    assert scores.found_by_kind["statistic"] == (1, 2)
    assert (scores.kinds["advice"].tp, scores.kinds["advice"].fn) == (0, 1)
    assert (scores.kinds["general"].fp, scores.kinds["general"].tp) == (2, 0)
    confusion = evaluate.render_confusion(predictions)
    assert "missed" in confusion and "false" in confusion and "kind" in confusion
    assert "Up to 68 percent." not in confusion


def test_the_report_prints_both_splits_and_the_confusion_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main([str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "dev split:" in out and "test split:" in out
    for kind in evaluate.KINDS:
        assert f"  {kind} " in out
    assert "misclassified lines" in out
