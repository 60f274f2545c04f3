"""Times medlint at site scale: workers, the warm result cache, many small articles, Dask, and markdownlint-cli2.

    python bench/scale.py [--data .bench] [--small 20000] [--dask 300] [--only warm,small ...]

Needs the corpus of bench/generate.py in DATA/corpus (1,000 articles); writes DATA/small (SMALL articles
of ~100 words) itself. Every run is a separate process, timed by wall clock; the processes of a run
(medlint's workers are its grandchildren, under the forkserver) are sampled in /proc for their peak
RSS. markdownlint-cli2 is installed with npm into DATA/node when npm exists, else skipped with a note.
Prints Markdown tables and exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = ("corpus", "warm", "single", "small", "dask")


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system of the process itself (not of its workers)
    peak_mb: dict[int, float]  # peak RSS of each process of the run's tree, by pid

    @property
    def root_mb(self) -> float:
        return max(self.peak_mb.values(), default=0.0)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(parent, []).append(int(entry))
    return tree


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run(argv: list[str], env: dict[str, str] | None = None) -> Run:
    """Run one command to completion; sample its process tree's peak RSS (VmHWM only grows) until it exits."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peaks: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree, todo = _children(), [proc.pid]
            while todo:
                pid = todo.pop()
                todo.extend(tree.get(pid, []))
                mb = _hwm_mb(pid)
                if mb is not None:
                    peaks[pid] = max(peaks.get(pid, 0.0), mb)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"bench: {' '.join(argv)} failed:\n{err.decode(errors='replace')}")
    return Run(wall, usage.ru_utime + usage.ru_stime, peaks)


def medlint(*args: str) -> list[str]:
    exe = Path(sys.executable).parent / "medlint"
    head = [str(exe)] if exe.exists() else [sys.executable, "-m", "lint"]
    return [*head, "check", *args, "--format", "json", "--output", os.devnull, "--fail-on", "never"]


def floor(folder: Path) -> list[str]:
    return [sys.executable, str(HERE / "floor.py"), str(folder)]


def markdownlint(data: Path) -> Path | None:
    """markdownlint-cli2 from npm into DATA/node, or None (with a note) without npm."""
    npm = shutil.which("npm")
    if npm is None:
        print("note: npm not found; markdownlint-cli2 skipped")
        return None
    prefix = data / "node"
    exe = prefix / "node_modules" / ".bin" / "markdownlint-cli2"
    if not exe.exists():
        done = subprocess.run([npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "markdownlint-cli2"])
        if done.returncode != 0 or not exe.exists():
            print("note: npm could not install markdownlint-cli2; skipped")
            return None
    return exe


def small_corpus(data: Path, count: int) -> Path:
    out = data / f"small{count}"
    gen = [sys.executable, str(HERE / "generate.py"), "--out", str(out), "--articles", str(count)]
    subprocess.run([*gen, "--words", "100", "--long-words", "100"], check=True, stdout=subprocess.DEVNULL)
    return out / "corpus"


def worker_peak(r: Run) -> float:
    """The largest worker: every process of the tree but the command's own and the forkserver's."""
    values = sorted(r.peak_mb.values())
    return values[-1] if values else 0.0


def dask_rate(folder: Path, workers: int) -> tuple[float, float]:
    """(articles per second of the whole audit command, articles per second once the cluster is up)."""
    code = (
        "import sys, time\n"
        "from distributed import Client, LocalCluster\n"
        "from lint.config import Config\n"
        "from lint.engine.audit import PipelinePlugin, _run\n"
        "from lint.engine.engine import Engine, Options\n"
        "from lint.io.inputs import expand\n"
        f"workers = {workers}\n"
        "config, options = Config(), Options(keep_texts=False)\n"
        "engine = Engine(config, options)\n"
        f"names = list(expand([{str(folder)!r}], config))\n"
        "t0 = time.monotonic()\n"
        "with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as c, Client(c) as client:\n"
        "    client.register_plugin(PipelinePlugin(config, options))\n"
        "    t1 = time.monotonic()\n"
        "    n = sum(1 for _ in _run(client, engine, names, None))\n"
        "    t2 = time.monotonic()\n"
        "print(n / (t2 - t0), n / (t2 - t1))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path(".bench"))
    parser.add_argument("--small", type=int, default=20000, help="small articles for the memory run")
    parser.add_argument("--dask", type=int, default=300, help="articles of the corpus the Dask runs check")
    parser.add_argument(
        "--only",
        type=lambda v: set(v.split(",")),
        default=set(PARTS),
        help=f"parts to run, comma-separated: {', '.join(PARTS)} (warm also runs the floor)",
    )
    args = parser.parse_args(argv)
    if args.only - set(PARTS):
        parser.error(f"--only: unknown part(s) {', '.join(sorted(args.only - set(PARTS)))}")
    corpus = args.data / "corpus"
    if not corpus.is_dir():
        parser.error(f"{corpus} is missing; run bench/generate.py first")
    n = len(list(corpus.glob("*.md")))
    failed = False
    rows: list[tuple[str, str, str, str]] = []

    def target(name: str, value: float, limit: float, unit: str = "x") -> None:
        nonlocal failed
        ok = value <= limit
        failed |= not ok
        rows.append((name, f"{value:.2f}{unit}", f"{limit}{unit}", "PASS" if ok else "FAIL"))

    if args.only & {"corpus", "warm"}:
        print(f"## {n} articles\n")
        base = run(floor(corpus))
        print("| run | wall s | CPU s (own process) |")
        print("|---|---:|---:|")
        print(f"| floor (spaCy alone) | {base.wall:.2f} | {base.cpu:.2f} |")
    if "corpus" in args.only:
        one = run(medlint(str(corpus), "--jobs", "1", "--no-cache"))
        two = run(medlint(str(corpus), "--jobs", "2", "--no-cache"))
        print(f"| medlint --jobs 1 | {one.wall:.2f} | {one.cpu:.2f} |")
        print(f"| medlint --jobs 2 | {two.wall:.2f} | (in the workers) |")
        exe = markdownlint(args.data)
        if exe is not None:
            mdl = run([str(exe), f"{corpus}/**/*.md"])
            print(f"| markdownlint-cli2 | {mdl.wall:.2f} | {mdl.cpu:.2f} |")
            target(f"{n} articles: --jobs 2 wall against markdownlint-cli2", two.wall / mdl.wall, 1.0)
        target(f"{n} articles: --jobs 1 CPU against the floor", one.cpu / base.cpu, 1.4)
    if "warm" in args.only:
        with tempfile.TemporaryDirectory() as cache:
            run(medlint(str(corpus), "--result-cache-dir", cache))
            warms = sorted(
                (run(medlint(str(corpus), "--result-cache-dir", cache)) for _ in range(3)), key=lambda r: r.cpu
            )
        warm = warms[1]  # the median of three, by CPU
        print(f"| medlint, warm cache (median of 3) | {warm.wall:.2f} | {warm.cpu:.2f} |")
        target("warm cache: wall against the floor's", warm.wall / base.wall, 0.1)
        target("warm cache: CPU against the floor's", warm.cpu / base.cpu, 0.1)
    if "single" in args.only:
        _single(corpus, target)
    if "small" in args.only:
        _small(args.data, args.small, target)
    if "dask" in args.only:
        _dask(corpus, args.dask)

    print("\n| target | measured | limit | |")
    print("|---|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 1 if failed else 0


def _single(corpus: Path, target: Callable[..., None]) -> None:
    single = Path(tempfile.mkdtemp())
    shutil.copy(sorted(corpus.glob("*.md"))[0], single)
    auto = min((run(medlint(str(single), "--no-cache")) for _ in range(3)), key=lambda r: r.wall)
    alone = min((run(medlint(str(single), "--jobs", "1", "--no-cache")) for _ in range(3)), key=lambda r: r.wall)
    shutil.rmtree(single)
    print(f"\none article: --jobs auto {auto.wall:.2f} s, --jobs 1 {alone.wall:.2f} s (best of 3)")
    target("one article: --jobs auto against --jobs 1 (wall)", auto.wall / alone.wall, 1.1)


def _small(data: Path, count: int, target: Callable[..., None]) -> None:
    small = small_corpus(data, count)
    big = run(medlint(str(small), "--jobs", "2", "--no-cache"))
    thousand = small_corpus(data, 1000)
    ref = run(medlint(str(thousand), "--jobs", "2", "--no-cache"))
    per_big, per_ref = big.wall / count, ref.wall / 1000
    print(f"\n## {count} small articles (~100 words), --jobs 2\n")
    print("| run | wall s | ms per article | peak MB per process (parent, workers) |")
    print("|---|---:|---:|---|")
    for label, r, n in ((f"{count} articles", big, count), ("1,000 articles", ref, 1000)):
        peaks = ", ".join(f"{mb:.0f}" for mb in sorted(r.peak_mb.values(), reverse=True)[:4])
        print(f"| {label} | {r.wall:.1f} | {1000 * r.wall / n:.1f} | {peaks} |")
    print(f"\nCPU of the command's own process (the parent): {big.cpu:.1f} s for {count}, {ref.cpu:.1f} s for 1,000")
    target(f"{count} small articles: peak MB of the largest process", worker_peak(big), 300, " MB")
    target(f"{count} small articles: time per article against 1,000's", per_big / per_ref, 1.2)


def _dask(corpus: Path, count: int) -> None:
    subset = Path(tempfile.mkdtemp())
    for path in sorted(corpus.glob("*.md"))[:count]:
        shutil.copy(path, subset)
    rate1 = dask_rate(subset, 1)
    rate2 = dask_rate(subset, 2)
    shutil.rmtree(subset)
    print(f"\n## Dask LocalCluster, {count} articles\n")
    print("| workers | articles/s (with cluster start) | articles/s (cluster up) |")
    print("|---|---:|---:|")
    print(f"| 1 | {rate1[0]:.1f} | {rate1[1]:.1f} |")
    print(f"| 2 | {rate2[0]:.1f} | {rate2[1]:.1f} |")
    print(f"\nratio 2 workers / 1: {rate2[1] / rate1[1]:.2f}x (cluster up)")


if __name__ == "__main__":
    sys.exit(main())
