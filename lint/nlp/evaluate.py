"""Measures claim detection against the labelled sentence set: precision, recall and F1 per kind and split.

Every labelled article goes through the real parser and pipeline (the engine's own path), so a
published page in text or HTML is measured as medlint reads it. A label counts as predicted a claim
when a claim sentence medlint found overlaps the label's characters in the document.

Run ``python -m lint.nlp.evaluate [FOLDER]`` (or ``nox -s claims``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

KINDS = ("statistic", "dosage", "treatment", "causal", "advice", "general")
# when one label overlaps several claim sentences (a flattened table row), the first kind here wins
KIND_PRIORITY = ("dosage", "statistic", "advice", "treatment", "causal", "general")
SPLITS = ("dev", "test")
DEFAULT_FOLDER = Path("tests/data/claims")


class LabelledSetError(ValueError):
    """A labelled article that cannot be read: the message names the file and the label."""


@dataclass(frozen=True, slots=True)
class Label:
    article: str
    split: str
    text: str
    start: int  # offsets of ``text`` in the article's document
    end: int
    claim: bool
    kind: str | None


@dataclass(slots=True)
class LabelledArticle:
    path: str
    style: str
    format: str
    split: str
    document: str
    labels: list[Label] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Prediction:
    label: Label
    claim: bool
    kind: str | None

    @property
    def correct(self) -> bool:
        return self.claim == self.label.claim and (not self.claim or self.kind == self.label.kind)


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class SplitScores:
    split: str
    labels: int
    claims: int
    detection: Score  # claim or not, whatever the kind
    kinds: dict[str, Score]  # the kind must match too
    found_by_kind: dict[str, tuple[int, int]]  # gold kind -> (flagged as a claim of any kind, total)


# --- loading -----------------------------------------------------------------------------------


def load_article(path: Path) -> LabelledArticle:
    """Read one labelled article and place every label in its document, searching forward."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LabelledSetError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise LabelledSetError(f"{path}: expected a mapping with document and labels")
    missing = [k for k in ("format", "split", "document", "labels") if k not in data]
    if missing:
        raise LabelledSetError(f"{path}: missing {', '.join(missing)}")
    split = str(data["split"])
    if split not in SPLITS:
        raise LabelledSetError(f"{path}: split {split!r} is not dev or test")
    document = str(data["document"])
    article = LabelledArticle(path.as_posix(), str(data.get("style", "")), str(data["format"]), split, document)
    at = 0
    for n, item in enumerate(data["labels"] or [], start=1):
        text = str(item.get("text", ""))
        start = document.find(text, at) if text else -1
        if start < 0:
            raise LabelledSetError(f"{path}: label {n} {text[:50]!r} is not in the document after offset {at}")
        claim = bool(item.get("claim"))
        kind = item.get("kind") if claim else None
        if claim and kind not in KINDS:
            raise LabelledSetError(f"{path}: label {n} {text[:50]!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
        end = start + len(text)
        article.labels.append(Label(article.path, split, text, start, end, claim, kind))
        at = end
    return article


def load_set(folder: Path = DEFAULT_FOLDER) -> list[LabelledArticle]:
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    return [load_article(p) for p in files]


# --- predicting --------------------------------------------------------------------------------


def supported_formats() -> set[str]:
    from lint.parse import PARSERS

    return set(PARSERS)


_WORD = re.compile(r"[^\W\d_]{2,}")
_TRAILING = re.compile(r"(?:\s*(?:\[[^\]]*\]|[\"'”’)\]»]))+\s*$")


def baseline_claim(text: str) -> bool:
    """The no-lexicon baseline: a sentence ending in `.`, `!` or `;` (markers aside) with at least four words."""
    bare = _TRAILING.sub("", text)
    return bare.endswith((".", "!", ";")) and len(_WORD.findall(bare)) >= 4


def predict(articles: Sequence[LabelledArticle], *, baseline: bool = False) -> list[Prediction]:
    """Check every article with medlint and read off, for each label, whether it became a claim.

    With ``baseline`` the same sentences are read, but a sentence is a claim by `baseline_claim`
    alone, of kind general: what the lexicon adds is the difference between the two.
    """
    import bisect

    from lint.engine import Engine, Options
    from lint.io.inputs import Input

    engine = Engine(options=Options(select=["uncited-claim"]))
    inputs = [Input(a.path, a.document, a.format) for a in articles]  # type: ignore[arg-type]
    predictions: list[Prediction] = []
    for article, checked in zip(articles, engine.check_inputs(inputs), strict=True):
        if checked.analysis is None:
            messages = "; ".join(f.message for f in checked.report.findings)
            raise LabelledSetError(f"{article.path}: medlint could not check it: {messages}")
        claims: list[tuple[int, int, str | None]]
        if baseline:
            claims = sorted((s.start, s.end, "general") for s in checked.analysis.sentences if baseline_claim(s.text))
        else:
            claims = sorted((s.start, s.end, s.claim_kind) for s in checked.analysis.claims)
        claim_starts = [c[0] for c in claims]
        longest = max((e - s for s, e, _ in claims), default=0)
        for label in article.labels:
            lo = bisect.bisect_left(claim_starts, label.start - longest)
            hi = bisect.bisect_left(claim_starts, label.end)
            kinds = {k for s, e, k in claims[lo:hi] if s < label.end and e > label.start}
            kind = next((k for k in KIND_PRIORITY if k in kinds), None)
            predictions.append(Prediction(label, kind is not None, kind))
    return predictions


# --- scoring -----------------------------------------------------------------------------------


def score(predictions: Iterable[Prediction], split: str) -> SplitScores:
    preds = [p for p in predictions if p.label.split == split]
    detection = Score(
        tp=sum(1 for p in preds if p.claim and p.label.claim),
        fp=sum(1 for p in preds if p.claim and not p.label.claim),
        fn=sum(1 for p in preds if not p.claim and p.label.claim),
    )
    kinds: dict[str, Score] = {}
    found: dict[str, tuple[int, int]] = {}
    for kind in KINDS:
        gold = [p for p in preds if p.label.kind == kind]
        kinds[kind] = Score(
            tp=sum(1 for p in gold if p.kind == kind),
            fp=sum(1 for p in preds if p.kind == kind and p.label.kind != kind),
            fn=sum(1 for p in gold if p.kind != kind),
        )
        found[kind] = (sum(1 for p in gold if p.claim), len(gold))
    return SplitScores(split, len(preds), sum(1 for p in preds if p.label.claim), detection, kinds, found)


# --- reporting ---------------------------------------------------------------------------------


def _row(name: str, s: Score, extra: str = "") -> str:
    return f"  {name:<10} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>7.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}  {extra}"


def render_scores(scores: SplitScores, articles: int, what: str = "") -> str:
    lines = [
        f"{scores.split} split{what}: {articles} articles, {scores.labels} labelled lines, {scores.claims} claims",
        f"  {'':<10} {'precision':>9} {'recall':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}  flagged as a claim",
        _row("claim", scores.detection),
    ]
    for kind in KINDS:
        flagged, total = scores.found_by_kind[kind]
        lines.append(_row(kind, scores.kinds[kind], f"{flagged}/{total}"))
    return "\n".join(lines)


def render_confusion(predictions: Iterable[Prediction], split: str | None = None) -> str:
    """The misclassified lines: missed claims, false claims, and claims given the wrong kind."""
    lines = []
    for p in predictions:
        if p.correct or (split is not None and p.label.split != split):
            continue
        gold = p.label.kind or "not a claim"
        got = p.kind or "not a claim"
        what = "missed" if p.label.claim and not p.claim else "false" if p.claim and not p.label.claim else "kind"
        text = " ".join(p.label.text.split())
        text = text if len(text) <= 100 else text[:99] + "…"
        lines.append(f"  [{p.label.split}] {what:<6} {gold:>11} -> {got:<11} {Path(p.label.article).name}: {text}")
    return "\n".join(lines) if lines else "  (none)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lint.nlp.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="folder of labelled *.yaml")
    parser.add_argument("--split", choices=SPLITS, help="list misclassified lines of this split only")
    args = parser.parse_args(argv)
    try:
        articles = load_set(args.folder)
    except LabelledSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not articles:
        print(f"error: no labelled articles (*.yaml) in {args.folder}", file=sys.stderr)
        return 2
    formats = supported_formats()
    skipped = sorted({a.format for a in articles if a.format not in formats})
    usable = [a for a in articles if a.format in formats]
    try:
        predictions = predict(usable)
        baseline = predict(usable, baseline=True)
    except LabelledSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out: list[Any] = []
    for split in SPLITS:
        count = sum(1 for a in usable if a.split == split)
        out.append(render_scores(score(predictions, split), count))
        out.append(render_scores(score(baseline, split), count, " (no-lexicon baseline)"))
    if skipped:
        n = sum(1 for a in articles if a.format in skipped)
        out.append(f"skipped {n} articles in formats with no parser yet: {', '.join(skipped)}")
    out.append("misclassified lines (split, error, gold -> predicted, article: text):")
    out.append(render_confusion(predictions, args.split))
    print("\n\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
