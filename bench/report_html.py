"""Measures the reviewer's HTML report on many articles: size on disk, and load and filter times in Chromium.

    python bench/report_html.py [--articles 500] [--data .bench/report] [--screenshot docs/report-overview.png]

Generates the articles with bench/generate.py, checks them once with `--format json --claims`, renders
that JSON as one page and as a folder of pages, opens each in headless Debian Chromium (/usr/bin/chromium) and prints a Markdown
table: bytes per 100 articles, time to the load event, time to filter the overview by a rule and by
status, and time to open an article. Exits 1 when the report is over 2 MB per 100 articles.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LIMIT_PER_100 = 2_000_000  # bytes: 2 MB

# time from a change of the filter to the next painted frame
FILTER = """([id, value]) => new Promise(done => {
  const select = document.getElementById(id);
  const start = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change'));
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
})"""
OPEN = """(hash) => new Promise(done => {
  const start = performance.now();
  location.hash = hash;
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
})"""
LOAD = "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd]; }"


def build(articles: int, data: Path) -> tuple[Path, Path, float, float]:
    """Check the corpus once with `--format json --claims`, then render both layouts from that JSON."""
    from lint.model import Report
    from lint.report import RenderOptions
    from lint.report.html import write

    corpus = data / "corpus"
    subprocess.run(
        [sys.executable, str(HERE / "generate.py"), "--out", str(data), "--articles", str(articles)], check=True
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "lint", "check", os.path.relpath(corpus, ROOT), "--format", "json", "--claims"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 1):
        sys.exit(f"medlint failed with status {done.returncode}: {done.stderr}")
    check_seconds = time.perf_counter() - started
    report = Report.model_validate_json(done.stdout)
    single, folder = data / "report.html", data / "site"
    started = time.perf_counter()
    write(report, RenderOptions(), single)
    shutil.rmtree(folder, ignore_errors=True)
    write(report, RenderOptions(), folder)
    return single, folder, check_seconds, (time.perf_counter() - started) / 2


def measure(page: object, url: str, repeat: int) -> dict[str, float]:
    loads, ready, by_rule, by_status, opens = [], [], [], [], []
    for _ in range(repeat):
        page.goto(url)  # type: ignore[attr-defined]
        dom, load = page.evaluate(LOAD)  # type: ignore[attr-defined]
        ready.append(dom)
        loads.append(load)
        rules = page.eval_on_selector_all("#f-rule option", "os => os.map(o => o.value).filter(Boolean)")  # type: ignore[attr-defined]
        if rules:
            by_rule.append(page.evaluate(FILTER, ["f-rule", rules[0]]))  # type: ignore[attr-defined]
            page.evaluate(FILTER, ["f-rule", ""])  # type: ignore[attr-defined]
        by_status.append(page.evaluate(FILTER, ["f-status", "error"]))  # type: ignore[attr-defined]
        page.evaluate(FILTER, ["f-status", ""])  # type: ignore[attr-defined]
        if page.evaluate("document.documentElement.dataset.mode") == "single":  # type: ignore[attr-defined]
            opens.append(page.evaluate(OPEN, "a250"))  # type: ignore[attr-defined]
    result = {
        "DOMContentLoaded ms": statistics.median(ready),
        "load ms": statistics.median(loads),
        "filter by rule ms": statistics.median(by_rule) if by_rule else float("nan"),
        "filter by status ms": statistics.median(by_status),
    }
    if opens:
        result["open an article ms"] = statistics.median(opens)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--data", type=Path, default=ROOT / ".bench" / "report")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, help="also save a screenshot of the overview here")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    single, folder, check_seconds, render_seconds = build(args.articles, args.data.resolve())
    single_bytes = single.stat().st_size
    folder_bytes = sum(p.stat().st_size for p in folder.rglob("*.html"))
    per_100 = {
        name: size * 100 / args.articles for name, size in (("one page", single_bytes), ("folder", folder_bytes))
    }

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        timings = {
            "one page": measure(page, single.as_uri(), args.repeat),
            "folder (index.html)": measure(page, (folder / "index.html").as_uri(), args.repeat),
        }
        if args.screenshot:
            page.goto(single.as_uri())
            page.screenshot(path=str(args.screenshot), clip={"x": 0, "y": 0, "width": 1280, "height": 560})
        browser.close()

    print(
        f"{args.articles} articles: checked with --claims in {check_seconds:.1f} s, each layout rendered in {render_seconds:.1f} s\n"
    )
    print("| layout | size | per 100 articles |")
    print("|---|---:|---:|")
    print(f"| one page | {single_bytes / 1e6:.2f} MB | {per_100['one page'] / 1e6:.2f} MB |")
    print(f"| folder | {folder_bytes / 1e6:.2f} MB | {per_100['folder'] / 1e6:.2f} MB |")
    print()
    keys = list(timings["one page"])
    print("| layout | " + " | ".join(keys) + " |")
    print("|---|" + "---:|" * len(keys))
    for name, row in timings.items():
        print(f"| {name} | " + " | ".join(f"{row.get(k, float('nan')):.0f}" for k in keys) + " |")
    over = [name for name, size in per_100.items() if size > LIMIT_PER_100]
    if over:
        print(f"\nover 2 MB per 100 articles: {', '.join(over)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
