"""Times medlint against the floor (bench/floor.py) on the generated corpus and checks the speed targets.

    python bench/run.py [--data .bench] [--repeat 5]

Every measurement is a separate process; its CPU time (user + system) and peak memory come from
`os.wait4` on that child alone. Runs alternate medlint and floor so drift hits both; figures are
medians. Prints a Markdown table and exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Usage:
    cpu: float  # seconds, user + system
    peak_mb: float  # maximum resident set size


def measure(argv: list[str]) -> Usage:
    """Run one child to completion and read its own resource usage."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} exited {proc.returncode}:\n{err.decode(errors='replace')}")
    return Usage(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def medlint_cmd(folder: Path) -> list[str]:
    exe = Path(sys.executable).parent / "medlint"
    head = [str(exe)] if exe.exists() else [sys.executable, "-m", "lint"]
    # one process, no result cache: the CPU of the whole check, comparable with the floor (bench/scale.py does the rest)
    args = ["--format", "json", "--output", os.devnull, "--fail-on", "never", "--jobs", "1", "--no-cache"]
    return [*head, "check", str(folder), *args]


def compile_medlint() -> None:
    """Byte-compile medlint's modules once, as pip does when it installs the package from a wheel.

    The floor runs on site-packages that pip compiled at install time. An editable checkout under
    PYTHONDONTWRITEBYTECODE=1 (set on some CI machines) would compile every medlint module again in
    every run, about 0.25 s that no installed copy pays; the bench measures the installed case.
    """
    import compileall

    import lint

    compileall.compile_dir(Path(lint.__file__).parent, quiet=1)


def floor_cmd(folder: Path) -> list[str]:
    return [sys.executable, str(HERE / "floor.py"), str(folder)]


@dataclass(frozen=True)
class Pair:
    medlint: Usage
    floor: Usage


def compare(folder: Path, repeat: int) -> Pair:
    """Medians of ``repeat`` alternating runs of medlint and the floor on one folder."""
    ours: list[Usage] = []
    floor: list[Usage] = []
    for _ in range(repeat):
        ours.append(measure(medlint_cmd(folder)))
        floor.append(measure(floor_cmd(folder)))
    return Pair(median(ours), median(floor))


def median(runs: list[Usage]) -> Usage:
    return Usage(statistics.median(u.cpu for u in runs), max(u.peak_mb for u in runs))


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path(".bench"), help="where bench/generate.py wrote the corpus")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement (the big corpus gets fewer)")
    args = parser.parse_args(argv)
    folders = {name: args.data / name for name in ("corpus", "sample100", "one", "long")}
    for folder in folders.values():
        if not folder.is_dir():
            parser.error(f"{folder} is missing; run bench/generate.py first")
    articles = len(list(folders["corpus"].glob("*.md")))
    compile_medlint()

    print(f"medlint vs floor, CPU seconds (user+sys), median of {args.repeat} runs; peak RSS is the largest seen\n")
    one = compare(folders["one"], args.repeat)
    sample = compare(folders["sample100"], args.repeat)
    long = compare(folders["long"], args.repeat)
    corpus = compare(folders["corpus"], max(1, args.repeat // 2 + 1))

    print("| run | medlint CPU s | floor CPU s | ratio | medlint peak MB | floor peak MB |")
    print("|---|---:|---:|---:|---:|---:|")
    rows = [
        ("1 article", one),
        ("100 articles", sample),
        (f"{articles} articles", corpus),
        ("1 article of 100,000 words", long),
    ]
    for label, pair in rows:
        m, f = pair.medlint, pair.floor
        print(f"| {label} | {m.cpu:.2f} | {f.cpu:.2f} | {m.cpu / f.cpu:.2f}x | {m.peak_mb:.0f} | {f.peak_mb:.0f} |")

    # start-up (imports, pipeline) is paid once per process; the marginal cost is what must stay linear
    startup = one.medlint.cpu
    linear = long.medlint.cpu / sample.medlint.cpu
    linear_net = (long.medlint.cpu - startup) / max(sample.medlint.cpu - startup, 1e-9)
    peak = max(p.medlint.peak_mb for _, p in rows)
    targets = [
        (f"{articles} articles: medlint CPU <= 1.5x floor", corpus.medlint.cpu / corpus.floor.cpu, 1.5),
        ("100,000-word article <= 1.3x 100 articles of 1,000 words", linear, 1.3),
        ("the same, start-up (1-article run) taken off both", linear_net, 1.3),
        ("1 article: medlint CPU <= 1.2x floor", one.medlint.cpu / one.floor.cpu, 1.2),
    ]
    print("\n| target | measured | limit | |")
    print("|---|---:|---:|---|")
    failed = False
    for name, value, limit in targets:
        failed |= value > limit
        print(f"| {name} | {value:.2f}x | {limit}x | {verdict(value <= limit)} |")
    failed |= peak >= 300
    print(f"| peak memory < 300 MB | {peak:.0f} MB | 300 MB | {verdict(peak < 300)} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
