"""`medlint audit`: a Dask cluster of two worker processes gives the report `medlint check` gives; sitemaps are read safely."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from tests.local_server import Reply, serve

pytest.importorskip("distributed")

from lint.engine.audit import AuditError, sitemap_urls

ROOT = Path(__file__).resolve().parent.parent
PAGE = (
    "<html><head><title>Sleep</title></head><body><main><h1>Sleep and {topic}</h1>"
    "<p>Adults who sleep under six hours a night catch {topic} more often [1].</p>"
    "<p>Short sleep raises blood pressure by 5 mmHg in a year.</p>"
    "<h2>References</h2><ol><li>A cohort study of sleep and {topic}.</li></ol></main></body></html>"
)


def sitemap(*locs: str, index: bool = False) -> bytes:
    kind, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    entries = "".join(f"<{item}><loc>{loc}</loc></{item}>" for loc in locs)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<{kind} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{kind}>'
    ).encode()


def test_two_dask_workers_report_what_check_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    routes = {
        "/colds": lambda r: Reply(body=PAGE.format(topic="colds").encode()),
        "/flu": lambda r: Reply(body=PAGE.format(topic="flu").encode()),
    }
    with serve(routes) as server:
        pages = [f"{server.url}/colds", f"{server.url}/flu"]
        routes["/sitemap.xml"] = lambda r: Reply(body=sitemap(*pages), content_type="application/xml")
        common = ["--format", "json", "--fail-on", "never", "--allow-host", "127.0.0.1"]
        checked = CliRunner().invoke(main, ["check", "articles", *pages, *common, "--no-cache"])
        audited = CliRunner().invoke(
            main, ["audit", "articles", "--sitemap", f"{server.url}/sitemap.xml", "--workers", "2", *common]
        )
    assert audited.exit_code == 0, audited.stderr
    report = json.loads(audited.stdout)
    assert report == json.loads(checked.stdout)
    assert {f["path"] for f in report["files"]} >= set(pages)
    colds = next(f for f in report["files"] if f["path"].endswith("/colds"))
    assert any(f["rule"] == "uncited-claim" for f in colds["findings"])


def test_a_sitemap_index_is_followed(tmp_path: Path) -> None:
    (tmp_path / "pages.xml").write_bytes(sitemap("https://example.org/a", "https://example.org/b"))
    (tmp_path / "more.xml").write_bytes(sitemap("https://example.org/b", "https://example.org/c"))
    (tmp_path / "index.xml").write_bytes(sitemap(str(tmp_path / "pages.xml"), str(tmp_path / "more.xml"), index=True))
    assert sitemap_urls(str(tmp_path / "index.xml")) == [f"https://example.org/{p}" for p in "abc"]


@pytest.mark.parametrize(
    "body",
    [
        # an entity that expands a billion-fold: refused, not expanded
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<urlset><url><loc>&b;</loc></url></urlset>",
        b"<html><body>not a sitemap</body></html>",
        b"<urlset><url><loc>https://example.org/a",
    ],
)
def test_a_bad_sitemap_stops_the_audit_with_a_message(body: bytes, tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_bytes(body)
    with pytest.raises(AuditError):
        sitemap_urls(str(tmp_path / "sitemap.xml"))
    result = CliRunner().invoke(main, ["audit", "--sitemap", str(tmp_path / "sitemap.xml")])
    assert result.exit_code == 2
    assert "sitemap" in result.stderr
