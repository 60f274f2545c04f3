"""Trains the claim model on the project's own labelled sentences and writes ``lint/data/claim_model.json``.

Run ``python -m lint.nlp.train`` after changing the training sentences in ``lint/nlp/training/*.tsv``
(or ``nox -s train``); ``--check`` retrains and fails when the shipped model differs, as the schemas'
check does. Training is plain stochastic gradient descent in a fixed order, so the same sentences
always give the same weights.

Each training file is tab-separated, one example per line: ``label  block  category  text``, where
label is ``claim`` or ``other``, block is the kind of block the line would sit in (``paragraph`` or
``list_item``) and category names the kind of line (``logistics``, ``caption``, ``side_effect`` ...).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from lint.nlp.claim_model import MODEL_FILE, WEIGHTS_FILE, ClaimModel, DocFeatures

if TYPE_CHECKING:
    from lint.nlp.components import ClaimDetector

TRAINING = Path(__file__).parent / "training"
# the labelled sentence set's dev split trains the model too; its test split stays unseen, for the floors
LABELLED_SET = Path(__file__).parents[2] / "tests" / "data" / "claims"
DATA = Path(__file__).parent.parent / "data"
LABELS = ("claim", "other")
BLOCKS = ("paragraph", "list_item")
EPOCHS = 12
RUNS = 5  # shuffles averaged
RATE = 0.2
L2 = 0.05  # strong: a word seen in a few training lines should not decide alone
# a candidate is vetoed only when the model gives it less than this chance of being a claim; a claim with a cue
# of its own (a treatment, advice) needs a surer model than a general statement, and a number, a dose or a
# cause makes a sentence a claim whatever its other words: statistic, dosage and causal are never judged
THRESHOLDS = {"general": 0.12, "advice": 0.10, "treatment": 0.08}


class TrainingDataError(ValueError):
    """A training line that cannot be read: the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Example:
    claim: bool
    block: str
    category: str
    text: str
    where: str  # file:line, for messages


def read_examples(folder: Path = TRAINING) -> list[Example]:
    """Every example of every ``*.tsv`` file in ``folder``, in file and line order."""
    examples: list[Example] = []
    files = sorted(folder.glob("*.tsv"))
    if not files:
        raise TrainingDataError(f"{folder}: no training files (*.tsv)")
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            parts = line.split("\t")
            if len(parts) != 4:
                raise TrainingDataError(f"{where}: expected 4 tab-separated fields, found {len(parts)}")
            label, block, category, text = (p.strip() for p in parts)
            if label not in LABELS:
                raise TrainingDataError(f"{where}: label {label!r} is not one of {', '.join(LABELS)}")
            if block not in BLOCKS:
                raise TrainingDataError(f"{where}: block {block!r} is not one of {', '.join(BLOCKS)}")
            if not text:
                raise TrainingDataError(f"{where}: no text")
            examples.append(Example(label == "claim", block, category, text, where))
    return examples


_LIST_ITEM = re.compile(r"\s*(?:[-*•◦▪]|\d{1,2}[.)])\s")
_BRACKET_MARKER = re.compile(r"\s*\[[^\[\]\n]{1,20}\]")


def labelled_set_examples(folder: Path = LABELLED_SET) -> list[Example]:
    """The dev split of the labelled sentence set (page text and Markdown articles), as examples.

    A label's block is the kind of line it starts on; its citation markers are dropped, as a run skips them.
    """
    from lint.nlp.evaluate import LabelledSetError, load_set

    try:
        articles = load_set(folder)
    except LabelledSetError as e:
        raise TrainingDataError(str(e)) from e
    examples: list[Example] = []
    for article in articles:
        if article.split != "dev" or article.format == "html":
            continue
        for label in article.labels:
            line_start = article.document.rfind("\n", 0, label.start) + 1
            block = "list_item" if _LIST_ITEM.match(article.document, line_start) else "paragraph"
            text = _BRACKET_MARKER.sub("", label.text).strip()
            if text:
                where = f"{Path(article.path).name}: {label.text[:40]!r}"
                examples.append(Example(label.claim, block, label.kind or "other", text, where))
    return examples


class _Recorder:
    """Stands in for the model while training: keeps each candidate's features and vetoes nothing."""

    def __init__(self) -> None:
        self.seen: list[list[int]] = []
        self.thresholds = THRESHOLDS  # the model learns the kinds it will judge

    def vetoes(self, doc: DocFeatures, first: int, end: int, block_kind: str, final: str, kind: str) -> bool:
        self.seen.append(doc.ids(first, end, block_kind, final, kind))
        return False


def featurise(texts: Iterable[tuple[str, str]]) -> list[list[list[int]]]:
    """The model's features of each (text, block kind): one list per sentence the rules call a claim, read by the
    claim detector itself from a one-block doc, exactly as in a run. A text the rules call no claim has none."""
    from lint.nlp import get_nlp

    nlp = get_nlp()
    detector = cast("ClaimDetector", nlp.get_pipe("medlint_claims"))
    recorder = _Recorder()
    shipped = (detector.model, detector.model_read)
    detector.model, detector.model_read = recorder, True
    out: list[list[list[int]]] = []
    try:
        for text, block in texts:
            doc = nlp.tokenizer(text)
            doc._.text = text
            doc._.block_starts = [0]
            doc._.block_kinds = [block]
            doc._.source_numbers = frozenset()
            doc._.source_list_cut = False
            recorder.seen = []
            for _, component in nlp.pipeline:
                doc = component(doc)
            out.append(recorder.seen)
    finally:
        detector.model, detector.model_read = shipped
    return out


def fit(rows: Sequence[list[int]], labels: Sequence[bool], epochs: int = EPOCHS, runs: int = RUNS) -> ClaimModel:
    """Logistic regression by SGD, averaged over ``runs`` shuffles so no one order of the lines decides a
    borderline weight."""
    n_claim = sum(labels)
    n_other = len(labels) - n_claim
    if not n_claim or not n_other:
        raise TrainingDataError("training needs both claim and other examples")
    total: dict[int, float] = {}
    bias = 0.0
    for seed in range(runs):
        weights, run_bias = _sgd(rows, labels, epochs, seed)
        for f, w in weights.items():
            total[f] = total.get(f, 0.0) + w
        bias += run_bias
    rounded = {f: round(w / runs, 4) for f, w in total.items() if abs(w / runs) >= 5e-5}
    return ClaimModel.from_weights(rounded, round(bias / runs, 4), dict(THRESHOLDS))


def _sgd(rows: Sequence[list[int]], labels: Sequence[bool], epochs: int, seed: int) -> tuple[dict[int, float], float]:
    """One run of SGD with L2 and a falling rate; each class weighs the same in total."""
    n_claim = sum(labels)
    weight_of = {True: len(labels) / (2 * n_claim), False: len(labels) / (2 * (len(labels) - n_claim))}
    weights: dict[int, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            step += 1
            rate = RATE / (1.0 + step / len(rows))
            feats = rows[i]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            g = (p - (1.0 if labels[i] else 0.0)) * weight_of[labels[i]]
            bias -= rate * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + L2 * w)
    return weights, bias


def train(folder: Path = TRAINING, labelled: Path | None = LABELLED_SET) -> ClaimModel:
    examples = read_examples(folder) + (labelled_set_examples(labelled) if labelled is not None else [])
    rows: list[list[int]] = []
    labels: list[bool] = []
    for example, sentences in zip(examples, featurise((e.text, e.block) for e in examples), strict=True):
        for feats in sentences:  # only what the rules call a claim: the model vetoes, it never adds
            rows.append(feats)
            labels.append(example.claim)
    return fit(rows, labels)


def dump(model: ClaimModel) -> dict[str, bytes]:
    """The model's files by name, as they ship in ``lint/data``."""
    meta = json.dumps(model.meta(), indent=1, sort_keys=True) + "\n"
    return {MODEL_FILE: meta.encode(), WEIGHTS_FILE: model.weights_bytes()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lint.nlp.train", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the shipped model differs from a fresh one")
    args = parser.parse_args(argv)
    try:
        files = dump(train())
    except TrainingDataError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.check:
        stale = [
            name for name, data in files.items() if not (DATA / name).exists() or (DATA / name).read_bytes() != data
        ]
        if stale:
            print(f"lint/data/{', '.join(stale)}: out of date; run python -m lint.nlp.train", file=sys.stderr)
            return 1
        print("lint/data: the claim model is up to date")
        return 0
    for name, data in files.items():
        (DATA / name).write_bytes(data)
    print(f"wrote lint/data/{MODEL_FILE} and {WEIGHTS_FILE} ({len(files[WEIGHTS_FILE]) // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
