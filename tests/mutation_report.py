"""Reads mutmut's results after `nox -s mutate`: the score per module and every surviving mutant.

Run from the repository root: ``python -m tests.mutation_report [PREFIX ...]`` (mutants whose
names start with a prefix, all when none). Timeouts count as killed; mutants no test reaches count
as survivors.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter, defaultdict

KILLED = {"killed", "timeout", "caught by type check"}


def main(argv: list[str]) -> int:
    done = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        print(done.stderr or done.stdout, file=sys.stderr)
        return 2
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    for line in done.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if not name or (argv and not name.startswith(tuple(argv))):
            continue
        if status in ("not checked", "skipped"):
            continue
        module = name.split(".x_")[0].split(".xǁ")[0]
        by_module[module][status] += 1
        if status not in KILLED:
            survivors.append(f"{name}: {status}")
    total = Counter[str]()
    for module, counts in sorted(by_module.items()):
        total += counts
        print(f"{module:<32} {_score(counts)}")
    print(f"{'all':<32} {_score(total)}")
    print("\nsurvivors (mutmut show NAME for the diff):")
    print("\n".join(f"  {s}" for s in survivors) or "  (none)")
    return 0


def _score(counts: Counter[str]) -> str:
    killed = sum(n for status, n in counts.items() if status in KILLED)
    total = sum(counts.values())
    return f"{killed}/{total} killed ({100 * killed / total:.1f}%)" if total else "no mutants"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
