"""Growth benchmark: hostile input shapes must cost time linear in their size.

    python bench/adversarial.py [--max-size 1048576] [--min-size 65536] [--bound 2.5] [--shape NAME ...]

Each shape is a generator `size -> article text` in one input format. The full check (parse, spaCy,
rules, suppressions) runs in-process through the engine at doubling sizes; the table shows the CPU
time of each run and its ratio to the run at half the size. Linear work doubles; quadratic work
quadruples. Exits 1 when a shape's growth exceeds the bound: by default the worst ratio of any
doubling, or with `--mean` the geometric mean over all doublings (steadier at small sizes, where
fixed costs blur the ratios). HTML shapes come from bench/adversarial_html.py when it is present.
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from lint.config import Config  # noqa: E402
from lint.engine import Engine, Options  # noqa: E402
from lint.io.inputs import Input  # noqa: E402
from lint.model import InputFormat  # noqa: E402

Generator = Callable[[int], str]


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """``head`` + ``unit`` repeated to about ``size`` characters + ``tail``."""
    room = max(size - len(head) - len(tail), len(unit))
    return head + unit * (room // len(unit)) + tail


_HEAD_MD = "# Gout\n\nGout is a form of arthritis. [1]\n\n"
_HEAD_TEXT = "Gout\n\nGout is a form of arthritis. [1]\n\n"
_TAIL_MD = "\n\n## Sources\n\n1. [Gout basics](https://example.org/gout)\n"
_TAIL_TEXT = "\n\nSources\n\n1. Gout basics (example.org)\n"

_CLAIM = "Aspirin lowers fever in adults."
_SUPPRESSED = f"<!-- medlint-disable uncited-claim -- reviewed -->\n{_CLAIM}\n<!-- medlint-enable uncited-claim -->\n\n"


def _spaces_in_line(head: str, tail: str) -> Generator:
    def make(size: int) -> str:
        return _fill(" ", size, head + "Rest and ice ease the pain.", " Most flares settle in a week.\n" + tail)

    return make


def _run_of(char: str, head: str, tail: str) -> Generator:
    def make(size: int) -> str:
        return _fill(char, size, head + "Flares come and go ", " and then settle.\n" + tail)

    return make


SHAPES: dict[str, tuple[InputFormat, Generator]] = {
    # a long run of spaces inside one line
    "text-spaces-in-line": ("text", _spaces_in_line(_HEAD_TEXT, _TAIL_TEXT)),
    "md-spaces-in-line": ("markdown", _spaces_in_line(_HEAD_MD, _TAIL_MD)),
    # many comment openers with the word that makes the suppression scan look at them
    "md-comment-openers": ("markdown", lambda n: _fill("<!--", n, _HEAD_MD + "medlint-\n\n", _TAIL_MD)),
    "md-comment-openers-lines": ("markdown", lambda n: _fill("<!-- medlint-\n", n, _HEAD_MD, _TAIL_MD)),
    # runs of brackets through the tokenizer
    "md-open-parens": ("markdown", _run_of("(", _HEAD_MD, _TAIL_MD)),
    "md-open-brackets": ("markdown", _run_of("[", _HEAD_MD, _TAIL_MD)),
    "text-open-parens": ("text", _run_of("(", _HEAD_TEXT, _TAIL_TEXT)),
    "text-open-brackets": ("text", _run_of("[", _HEAD_TEXT, _TAIL_TEXT)),
    # many headings: each section's extent must not be recomputed per heading
    "md-headings": ("markdown", lambda n: _fill("## Section\n\n", n, _HEAD_MD, _TAIL_MD)),
    "md-headings-with-text": ("markdown", lambda n: _fill("## Section\n\nRest helps. [1]\n\n", n, _HEAD_MD, _TAIL_MD)),
    "text-headings": ("text", lambda n: _fill("Section heading\n\n", n, _HEAD_TEXT, _TAIL_TEXT)),
    # one list of many short items: a lead-in's items, or phrases with no lead-in, are one claim read as a whole
    "md-lead-in-list": ("markdown", lambda n: _fill("- fever\n", n, _HEAD_MD + "Symptoms include:\n\n", _TAIL_MD)),
    "md-phrase-list": ("markdown", lambda n: _fill("- new pain\n", n, _HEAD_MD + "## Symptoms\n\n", _TAIL_MD)),
    # many suppression comments, each covering a finding
    "md-suppressions": ("markdown", lambda n: _fill(_SUPPRESSED, n, _HEAD_MD, _TAIL_MD)),
    "md-next-line-suppressions": (
        "markdown",
        lambda n: _fill(f"<!-- medlint-disable-next-line uncited-claim -- ok -->\n{_CLAIM}\n\n", n, _HEAD_MD, _TAIL_MD),
    ),
}


def _html_shapes() -> dict[str, tuple[InputFormat, Generator]]:
    """The HTML parser's shapes, kept with that parser's work; absent until it exists."""
    try:
        from bench.adversarial_html import SHAPES as HTML  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return {}
    return {f"html-{name}" if not name.startswith("html") else name: ("html", gen) for name, gen in HTML.items()}


def all_shapes() -> dict[str, tuple[InputFormat, Generator]]:
    return {**SHAPES, **_html_shapes()}


@dataclass
class Growth:
    shape: str
    sizes: list[int]
    seconds: list[float]
    stopped: str = ""  # why the run stopped before the largest size

    @property
    def ratios(self) -> list[float]:
        return [b / a if a > 0 else math.inf for a, b in zip(self.seconds, self.seconds[1:], strict=False)]

    @property
    def worst(self) -> float:
        return max(self.ratios, default=1.0)

    @property
    def mean(self) -> float:
        r = [max(x, 1e-9) for x in self.ratios]
        return math.exp(sum(map(math.log, r)) / len(r)) if r else 1.0


def check_once(engine: Engine, text: str, fmt: InputFormat) -> float:
    """CPU seconds of one full check (CPU time, so other processes on the machine blur it less)."""
    gc.collect()
    start = time.process_time()
    checked = next(engine.check_inputs([Input(f"adversarial.{fmt}", text, fmt)]))
    elapsed = time.process_time() - start
    assert checked.report.path, "the engine returned no report"
    return elapsed


def measure(
    name: str,
    fmt: InputFormat,
    make: Generator,
    sizes: list[int],
    repeat: int = 1,
    give_up: float = 60.0,
) -> Growth:
    """Times the check at each size (best of ``repeat``); stops growing once one run exceeds ``give_up`` s."""
    engine = _engine()
    growth = Growth(name, [], [])
    for size in sizes:
        text = make(size)
        best = min(check_once(engine, text, fmt) for _ in range(repeat))
        growth.sizes.append(len(text))
        growth.seconds.append(best)
        if best > give_up and size != sizes[-1]:
            growth.stopped = f"stopped: {best:.0f} s at {_kb(len(text))}"
            break
    return growth


_ENGINE: Engine | None = None


def _engine() -> Engine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = Engine(Config(), Options())
        check_once(_ENGINE, _HEAD_MD + _TAIL_MD, "markdown")  # builds spaCy once, outside the timings
    return _ENGINE


def doubling(min_size: int, max_size: int) -> list[int]:
    sizes = [min_size]
    while sizes[-1] * 2 <= max_size:
        sizes.append(sizes[-1] * 2)
    return sizes


def _kb(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} B"


def table(results: list[Growth], bound: float, use_mean: bool) -> str:
    sizes = max((g.sizes for g in results), key=len, default=[])
    head = ["shape", *(_kb(s) for s in sizes), "worst ×", "mean ×", "verdict"]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for g in results:
        cells = [g.shape]
        for k in range(len(sizes)):
            if k >= len(g.seconds):
                cells.append("")
                continue
            ratio = f" (×{g.ratios[k - 1]:.1f})" if k else ""
            cells.append(f"{g.seconds[k]:.3f}s{ratio}")
        ok = _ok(g, bound, use_mean)
        cells += [f"{g.worst:.2f}", f"{g.mean:.2f}", ("ok" if ok else "TOO FAST-GROWING") + f" {g.stopped}".rstrip()]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _ok(g: Growth, bound: float, use_mean: bool) -> bool:
    return not g.stopped and (g.mean if use_mean else g.worst) <= bound


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-size", type=int, default=64 * 1024)
    parser.add_argument("--max-size", type=int, default=1024 * 1024)
    parser.add_argument("--bound", type=float, default=2.5, help="largest allowed time ratio per doubling")
    parser.add_argument("--mean", action="store_true", help="bound the geometric mean ratio, not the worst")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest counts")
    parser.add_argument("--give-up", type=float, default=60.0, help="seconds of one run after which a shape fails")
    parser.add_argument("--shape", action="append", help="run only these shapes (repeatable)")
    args = parser.parse_args(argv)
    shapes = all_shapes()
    names = args.shape or list(shapes)
    unknown = [n for n in names if n not in shapes]
    if unknown:
        parser.error(f"unknown shape(s) {', '.join(unknown)}; known: {', '.join(shapes)}")
    sizes = doubling(args.min_size, args.max_size)
    if args.max_size >= 500_000:
        from lint.nlp import get_nlp

        # spaCy's own length limit is the engine's business (max_file_size); here only growth is measured
        get_nlp().max_length = max(get_nlp().max_length, 4 * args.max_size)
    results = []
    for name in names:
        fmt, make = shapes[name]
        results.append(measure(name, fmt, make, sizes, args.repeat, args.give_up))
        print(f"{name}: " + ", ".join(f"{s:.3f}s" for s in results[-1].seconds), file=sys.stderr, flush=True)
    print(table(results, args.bound, args.mean))
    failed = [g.shape for g in results if not _ok(g, args.bound, args.mean)]
    if failed:
        print(f"\ngrowth above ×{args.bound} per doubling: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
