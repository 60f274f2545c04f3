"""The benchmark's corpus: the same bytes on every run, articles of the promised size, defects medlint finds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from lint import check_text

ROOT = Path(__file__).resolve().parent.parent


def _generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench/generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


generate = _generate()


def test_an_article_is_the_same_for_the_same_seed_and_differs_for_another() -> None:
    first = generate.article("medlint-bench-7", 1000)
    assert generate.article("medlint-bench-7", 1000) == first
    assert generate.article("medlint-bench-8", 1000) != first


def test_articles_are_about_the_asked_length() -> None:
    for words in (1000, 5000):
        counts = [len(generate.article(f"medlint-bench-{i}", words).split()) for i in range(5)]
        assert all(0.9 * words <= n <= 1.5 * words for n in counts), counts


def test_the_corpus_carries_the_defects_it_plants_and_otherwise_lints_clean() -> None:
    found: set[str] = set()
    clean = 0
    for i in range(40):
        report = check_text(generate.article(f"medlint-bench-{i}", 1000), path=f"article-{i}.md")
        rules = {f.rule for f in report.findings}
        found |= rules
        clean += not rules
    planted = {"uncited-claim", "unresolved-citation", "unused-source", "duplicate-source", "empty-section"}
    assert planted <= found
    assert "missing-red-flags" not in found and "missing-sources" not in found
    assert clean >= 10  # most articles only carry the cost of checking, not of reporting


def test_the_corpus_is_written_once_and_reused(tmp_path: Path) -> None:
    generate.write_corpus(tmp_path, articles=3, words=300, long_words=2000)
    names = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md")}
    assert names == {
        "corpus/article-0000.md",
        "corpus/article-0001.md",
        "corpus/article-0002.md",
        "sample100/article-0000.md",
        "sample100/article-0001.md",
        "sample100/article-0002.md",
        "one/article-0000.md",
        "long/long-article.md",
    }
    stamp = (tmp_path / "corpus.stamp").read_text()
    marker = tmp_path / "corpus" / "article-0000.md"
    marker.write_text("edited", encoding="utf-8")
    generate.write_corpus(tmp_path, articles=3, words=300, long_words=2000)
    assert marker.read_text(encoding="utf-8") == "edited"  # same arguments: nothing rewritten
    generate.write_corpus(tmp_path, articles=2, words=300, long_words=2000)
    assert (tmp_path / "corpus.stamp").read_text() != stamp
    assert marker.read_text(encoding="utf-8") != "edited"
    assert not (tmp_path / "corpus" / "article-0002.md").exists()
