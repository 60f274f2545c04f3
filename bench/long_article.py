"""Long articles are checked whole, in time linear in their size and in bounded memory (issue 11, item 1).

    python bench/long_article.py [--sizes 1.25,2.5,5,10] [--out .bench/long-articles]

For each shape (prose in paragraphs with a source list, one paragraph on a single line, a long
list) and each size in MB, one medlint process checks one generated article; its CPU time and peak
memory come from `os.wait4`. Exits 1 when CPU time minus start-up grows more than 2.5x per doubling
of size (judged from two seconds of work up), or when a 10 MB (or larger) article peaks over 600 MB.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import Usage, measure  # noqa: E402  (bench/ is a folder of scripts, not a package)

MAX_GROWTH = 2.5  # per doubling
MAX_PEAK_MB = 600  # at 10 MB

PARAGRAPH = (
    "Most people with a tension headache feel better within a few hours of rest and fluids. [1] "
    "About 3 in 100 adults have headaches on more than half the days of a month. [2] "
    "Paracetamol or ibuprofen at the dose on the pack eases most attacks. [1]\n\n"
)
SOURCES = (
    "## Sources\n\n1. [Headache overview](https://example.org/headache)\n"
    "2. [Headache in adults: a survey](https://example.org/survey)\n"
)
HEAD = "---\ntitle: Headaches\n---\n\n# Headaches\n\n"


def article(shape: str, size: int) -> str:
    room = max(0, size - len(HEAD) - len(SOURCES))
    if shape == "prose":
        body = PARAGRAPH * (room // len(PARAGRAPH))
    elif shape == "one-line":
        sentence = PARAGRAPH.split("\n")[0] + " "
        body = sentence * (room // len(sentence)) + "\n\n"
    else:
        item = "- A headache that lasts longer than three days needs a check. [1]\n"
        body = item * (room // len(item)) + "\n"
    return HEAD + body + SOURCES


def run(path: Path) -> Usage:
    return measure(
        [sys.executable, "-m", "lint", "check", str(path), "--fail-on", "never", "--file-timeout", "0", "--no-cache"]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1.25,2.5,5,10", help="sizes in MB, ascending, each double the last")
    parser.add_argument(
        "--out", type=Path, default=Path(".bench/long-articles")
    )  # bench/run.py checks all of .bench/long
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    empty = args.out / "start-up.md"
    empty.write_text(HEAD + "Headaches are common.\n")
    start_up = run(empty).cpu
    failed = False
    print(f"start-up: {start_up:.2f} s CPU\n")
    print("| shape | MB | CPU s | growth | peak MB |\n|---|---:|---:|---:|---:|")
    for shape in ("prose", "one-line", "list"):
        last: float | None = None
        for mb in sizes:
            path = args.out / f"{shape}-{mb:g}.md"
            path.write_text(article(shape, int(mb * 1_000_000)))
            usage = run(path)
            work = max(usage.cpu - start_up, 0.01)
            growth = work / last if last else None
            last = work
            # under two seconds of work, a ratio measures the machine's noise more than medlint
            too_slow = growth is not None and growth > MAX_GROWTH and work >= 2
            too_big = mb >= 10 and usage.peak_mb > MAX_PEAK_MB
            failed |= too_slow or too_big
            shown = f"{growth:.2f}x" if growth is not None else ""
            mark = " ✗" if too_slow or too_big else ""
            print(f"| {shape} | {mb:g} | {usage.cpu:.1f} | {shown} | {usage.peak_mb:.0f}{mark} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
