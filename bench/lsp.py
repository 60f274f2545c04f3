"""Times the language server: didChange to publishDiagnostics on a 3,000-word article, the server warm.

    python bench/lsp.py [--words 3000] [--edits 50]

Starts `medlint server`, opens a generated article, waits for its first diagnostics (start-up and the
spaCy pipeline are not timed), then makes one small edit at a time, each a new version, and times how
long the diagnostics for that version take to arrive. Prints the median and 95th percentile, and exits
1 when the 95th percentile misses the target.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 300.0


def _load(name: str, path: Path) -> object:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--edits", type=int, default=50)
    args = parser.parse_args(argv)
    generate = _load("bench_generate", ROOT / "bench/generate.py")
    client_module = _load("lsp_client", ROOT / "tests/lsp_client.py")
    text: str = generate.article("medlint-lsp-bench", args.words)  # type: ignore[attr-defined]
    words = len(text.split())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_text(text, encoding="utf-8")
        client = client_module.LspClient(Path(folder))  # type: ignore[attr-defined]
        try:
            started = time.perf_counter()
            client.initialize(Path(folder))
            uri = client.open(path, text)
            first = client.diagnostics(uri, 1, timeout=300)
            cold = time.perf_counter() - started
            timings: list[float] = []
            lines = text.split("\n")
            body = [i for i, line in enumerate(lines) if len(line) > 80 and not line.startswith(("#", "-", "1"))]
            for n in range(args.edits):
                # a writer's edit: a word typed into a sentence somewhere in the article
                i = body[(n * 7) % len(body)]
                lines[i] = lines[i].replace(" ", f" very{n} ", 1)
                version = n + 2
                sent = time.perf_counter()
                client.change(uri, "\n".join(lines), version)
                client.diagnostics(uri, version, timeout=60)
                timings.append((time.perf_counter() - sent) * 1000)
        finally:
            client.close()
    timings.sort()
    median = statistics.median(timings)
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    print(f"article: {words} words, {len(first)} diagnostics; first diagnostics after start: {cold:.1f} s")
    print(f"didChange -> publishDiagnostics over {len(timings)} edits: median {median:.0f} ms, p95 {p95:.0f} ms")
    print(f"target: p95 < {TARGET_P95_MS:.0f} ms: {'met' if p95 < TARGET_P95_MS else 'MISSED'}")
    return 0 if p95 < TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
