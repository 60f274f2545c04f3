"""Source verification speed: 1,000 distinct sources across 200 articles against a local server that answers after 50 ms.

    python bench/verify.py [--articles 200] [--delay 0.05]

Runs `medlint check --verify-sources` through the engine twice with one cache folder: the first
run asks the network (links on 38 host names, DOIs from a fake Crossref, PMIDs from a fake
esummary, all served on 127.0.0.1), the second answers from the cache. Crossref keeps its real
etiquette (10 requests/s with a mailto), so the DOIs set the floor of the first run. Prints both
verification times and the whole runs' wall times; exits 1 when a target is missed (first run
under 15 s, second under 5% of the first).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.config import config_from_mapping  # noqa: E402
from lint.engine import Engine, Options  # noqa: E402
from lint.io.net import policy  # noqa: E402

HOSTS = 38
SOURCES_PER_ARTICLE = 5
TARGET_FIRST = 15.0
TARGET_RATIO = 0.05


def serve(delay: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self) -> None:
            time.sleep(delay)
            parts = urlsplit(self.path)
            if parts.path.startswith("/works/"):
                doi = unquote(parts.path.removeprefix("/works/"))
                number = doi.rsplit(".", 1)[1]
                message = {"DOI": doi, "title": [f"Benchmark trial number {number} of a common treatment"],
                           "issued": {"date-parts": [[2020]]}}  # fmt: skip
                body = json.dumps({"status": "ok", "message": message}).encode()
                kind = "application/json"
            elif parts.path == "/esummary.fcgi":
                ids = parse_qs(parts.query)["id"][0].split(",")
                result: dict[str, object] = {"uids": ids}
                for i in ids:
                    result[i] = {"uid": i, "title": f"Benchmark cohort study {i}.", "pubdate": "2021", "pubtype": []}
                body = json.dumps({"result": result}).encode()
                kind = "application/json"
            else:
                body = b"<p>a source page</p>"
                kind = "text/html"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = _answer
        do_HEAD = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 256
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_articles(folder: Path, articles: int, port: int) -> list[str]:
    """200 articles of 5 distinct sources: 760 links, 80 DOIs and 160 PMIDs, none shared."""
    paths = []
    n = 0
    for a in range(articles):
        entries = []
        for _ in range(SOURCES_PER_ARTICLE):
            kind = n % 25
            if kind < 19:
                entries.append(f"[Source page {n}](http://site{n % HOSTS}.bench.test:{port}/page/{n})")
            elif kind < 21:
                entries.append(f"Benchmark trial number {n} of a common treatment. 2020. doi:10.5555/bench.{n}")
            else:
                entries.append(f"Benchmark cohort study {30000000 + n}. 2021. PMID: {30000000 + n}")
            n += 1
        claims = " ".join(f"Claim {i} rests on a study [{i}]." for i in range(1, len(entries) + 1))
        sources = "\n".join(f"{i}. {e}" for i, e in enumerate(entries, 1))
        path = folder / f"article-{a:03}.md"
        path.write_text(f"# Article {a}\n\n{claims}\n\n## Sources\n\n{sources}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def run(files: list[str], cache: Path, port: int) -> tuple[float, float, int, int]:
    """One `medlint check --verify-sources`: verification seconds, whole-run seconds, requests, cache hits."""
    # two host names, as in real life: each service keeps its own rate limit
    crossref, pubmed = f"http://crossref.bench.test:{port}", f"http://eutils.bench.test:{port}"
    config = config_from_mapping(
        {"verify": {"crossref_api": crossref, "pubmed_api": pubmed, "mailto": "bench@example.org", "retries": 0}}
    )
    engine = Engine(config, Options(verify_sources=True, cache_dir=cache, allow_hosts=["127.0.0.1"]))
    started = time.monotonic()
    report = engine.check_files(files)
    wall = time.monotonic() - started
    results = engine.verification
    assert results is not None and len(report.files) == len(files)
    states = [s for f in report.files for s in f.sources or []]
    assert not states, "the benchmark runs without --claims"
    return results.seconds, wall, results.requests, results.cache_hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.05)
    args = parser.parse_args()
    # the links go to 38 host names, each with its own per-host limit, all answered by the one local server
    policy.resolve = lambda host, port: ["127.0.0.1"]  # type: ignore[assignment]
    server = serve(args.delay)
    port = server.server_address[1]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_articles(folder, args.articles, port)
        cache = folder / "cache"
        first, first_wall, requests, _ = run(files, cache, port)
        second, second_wall, again, hits = run(files, cache, port)
    server.shutdown()
    sources = args.articles * SOURCES_PER_ARTICLE
    ratio = second / first if first else 0.0
    print("| run | verification (s) | whole run (s) | requests | cache hits |\n|---|---|---|---|---|")
    print(f"| first, {sources} sources in {args.articles} articles | {first:.2f} | {first_wall:.2f} | {requests} | 0 |")
    print(
        f"| second, from the cache | {second:.3f} ({ratio:.1%} of the first) | {second_wall:.2f} | {again} | {hits} |"
    )
    ok = first < TARGET_FIRST and ratio < TARGET_RATIO and again == 0
    if not ok:
        print(f"target missed: first run under {TARGET_FIRST:g} s, second under {TARGET_RATIO:.0%} of it, no requests")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
