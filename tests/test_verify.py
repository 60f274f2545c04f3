"""Source verification end to end: fake Crossref, PubMed and web servers on 127.0.0.1 with the services' shapes."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest
from click.testing import CliRunner, Result

from lint.cli import main
from lint.engine.engine import VERIFICATION_RULES
from lint.io.net import policy
from tests.conftest import run_text
from tests.local_server import Reply, Request, Server, serve
from tests.verify_answers import seed_cache

# --- the fake services: data written for these tests ---------------------------------------------

WORKS: dict[str, dict[str, Any]] = {
    "10.1000/iron.alt": {
        "title": ["Iron supplements given on alternate days improve absorption in women"],
        "author": [{"given": "Ana", "family": "Lindqvist"}],
        "issued": {"date-parts": [[2019, 6]]},
    },
    "10.1000/gout.withdrawn": {
        "title": ["Cherry extract lowers gout flares: a randomised trial"],
        "author": [{"given": "Tom", "family": "Okafor"}],
        "issued": {"date-parts": [[2016]]},
        "updated-by": [
            {
                "DOI": "10.1000/gout.withdrawn.notice",
                "type": "retraction",
                "source": "retraction-watch",
                "label": "Retraction",
                "updated": {"date-parts": [[2021, 3, 4]]},
            }
        ],
    },
    "10.1000/sleep.concern": {
        "title": ["Melatonin and sleep onset in shift workers"],
        "issued": {"date-parts": [[2022]]},
        "updated-by": [
            {"DOI": "10.1000/sleep.eoc", "type": "expression_of_concern", "updated": {"date-parts": [[2023, 1, 9]]}}
        ],
    },
    "10.1000/bp.fixed": {
        "title": ["Home blood pressure readings and treatment changes"],
        "issued": {"date-parts": [[2021]]},
        "updated-by": [{"DOI": "10.1000/bp.erratum", "type": "correction", "updated": {"date-parts": [[2021, 8, 2]]}}],
    },
    "10.1000/rat.bones": {
        "title": ["Fracture healing after bone grafting in rats"],
        "author": [{"family": "Moreau"}],
        "issued": {"date-parts": [[2020]]},
    },
    "10.1000/back.old": {
        "title": ["Bed rest compared with staying active for acute low back pain"],
        "issued": {"date-parts": [[1996]]},
    },
}
SUMMARIES: dict[str, dict[str, Any]] = {
    "31000001": {
        "title": "Handwashing and respiratory infections in day care.",
        "pubdate": "2018 Feb",
        "authors": [{"name": "Haddad R", "authtype": "Author"}],
        "pubtype": ["Journal Article"],
    },
    "31000002": {
        "title": "Vitamin E megadoses protect the heart.",
        "pubdate": "2004 Oct 12",
        "authors": [{"name": "Brandt K", "authtype": "Author"}],
        "pubtype": ["Journal Article", "Retracted Publication"],
    },
}


def crossref(request: Request) -> Reply:
    doi = unquote(request.path.removeprefix("/works/")).lower()
    work = WORKS.get(doi)
    if work is None:
        return Reply(404, b"Resource not found.", content_type="text/plain")
    body = {"status": "ok", "message-type": "work", "message": {"DOI": doi, "type": "journal-article", **work}}
    return Reply(body=json.dumps(body).encode(), content_type="application/json")


def esummary(request: Request) -> Reply:
    ids = parse_qs(request.query)["id"][0].split(",")
    result: dict[str, Any] = {"uids": [i for i in ids if i in SUMMARIES]}
    for i in ids:
        result[i] = {"uid": i, **SUMMARIES[i]} if i in SUMMARIES else {"uid": i, "error": "cannot get document summary"}
    return Reply(
        body=json.dumps({"header": {"type": "esummary"}, "result": result}).encode(), content_type="application/json"
    )


def web(request: Request) -> Reply:
    path = request.path
    if path == "/ok":
        return Reply(body=b"<p>fine</p>")
    if path == "/gone":
        return Reply(410, b"gone")
    if path == "/missing":
        return Reply(404, b"no")
    if path == "/moved-away":
        return Reply(301, headers={"Location": f"http://elsewhere.test:{request.headers['host'].split(':')[1]}/ok"})
    if path == "/moved-here":
        return Reply(301, headers={"Location": "/ok"})
    if path == "/forbidden":
        return Reply(403, b"bots not welcome")
    if path == "/no-head":
        return Reply(405) if request.method == "HEAD" else Reply(body=b"<p>get works</p>")
    if path == "/busy":
        return Reply(429, headers={"Retry-After": "1"}) if request.count == 1 else Reply(body=b"ok")
    if path == "/flaky":
        return Reply(503) if request.count == 1 else Reply(body=b"ok")
    if path == "/slow":
        return Reply(body=b"late", delay=2.5)
    if path in ("/loop-a", "/loop-b"):
        return Reply(302, headers={"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
    if path == "/to-private":
        return Reply(302, headers={"Location": "http://10.20.30.40/internal"})
    return Reply(404, b"no")


@dataclass
class Services:
    web: Server
    crossref: Server
    ncbi: Server
    config: Path
    cache: Path

    def run(self, *args: str, config: Path | None = None) -> Result:
        return CliRunner().invoke(
            main,
            [
                "check", *args, "--verify-sources", "--config", str(config or self.config), "--cache-dir",
                str(self.cache), "--allow-host", "127.0.0.1", "--allow-host", "elsewhere.test",
            ],
        )  # fmt: skip

    def requests(self) -> int:
        return len(self.web.log) + len(self.crossref.log) + len(self.ncbi.log)


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    def resolve(host: str, port: int) -> list[str]:
        if host == "elsewhere.test":
            return ["127.0.0.1"]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(policy, "resolve", resolve)
    monkeypatch.delenv("MEDLINT_NCBI_API_KEY", raising=False)
    with (
        serve(web) as site,
        serve(lambda r: crossref(r) if r.path.startswith("/works/") else Reply(404)) as cr,
        serve(lambda r: esummary(r) if r.path == "/esummary.fcgi" else Reply(404)) as ncbi,
    ):
        config = tmp_path / "medlint.toml"
        config.write_text(
            "[verify]\n"
            f'crossref_api = "{cr.url}"\n'
            f'pubmed_api = "{ncbi.url}"\n'
            'mailto = "editors@example.org"\n'
            "request_timeout = 1.0\n"
            "max_retry_after = 5\n",
            encoding="utf-8",
        )
        yield Services(site, cr, ncbi, config, tmp_path / "cache")


def article(site: Server, entries: list[str], updated: str = "2026-10-01") -> str:
    claims = " ".join(f"Claim number {i} is supported by a study [{i}]." for i in range(1, len(entries) + 1))
    sources = "\n".join(f"{i}. {e.replace('{site}', site.url)}" for i, e in enumerate(entries, 1))
    return (
        f"---\ntitle: Test article\nupdated: {updated}\n---\n\n# Test article\n\n{claims}\n\n"
        f"## Sources\n\n{sources}\n\n## Disclaimer\n\nThis is not a substitute for professional medical advice.\n"
    )


ENTRIES = {
    "ok": "[Iron page]({site}/ok)",
    "dead": "[Old leaflet]({site}/gone)",
    "missing": "[Moved leaflet]({site}/missing)",
    "redirected": "[Gout page]({site}/moved-away)",
    "same-site": "[Same site]({site}/moved-here)",
    "forbidden": "[Journal page]({site}/forbidden)",
    "no-head": "[Plain server]({site}/no-head)",
    "busy": "[Busy site]({site}/busy)",
    "flaky": "[Flaky site]({site}/flaky)",
    "slow": "[Slow site]({site}/slow)",
    "loop": "[Loop]({site}/loop-a)",
    "private": "[Intranet]({site}/to-private)",
    "no-host": "[Closed clinic](http://no-such-clinic.test/leaflet)",
    "refused": "[Switched off](http://127.0.0.1:9/page)",
    "doi-ok": "Lindqvist A, Berg B. Iron supplements given on alternate days improve absorption. Blood. 2019. doi:10.1000/iron.alt",
    "doi-retracted": "Okafor T. Cherry extract lowers gout flares: a randomised trial. 2016. doi:10.1000/gout.withdrawn",
    "doi-concern": "Melatonin and sleep onset in shift workers. 2022. doi:10.1000/sleep.concern",
    "doi-corrected": "Home blood pressure readings and treatment changes. 2021. doi:10.1000/bp.fixed",
    "doi-mismatch": "Vitamin D and falls in older adults. 2020. doi:10.1000/rat.bones",
    "doi-unknown": "A paper nobody wrote about zinc. 2023. doi:10.1000/made.up",
    "doi-old": "Bed rest compared with staying active for acute low back pain. 1996. doi:10.1000/back.old",
    "pmid-ok": "Handwashing and respiratory infections in day care. 2018. PMID: 31000001",
    "pmid-retracted": "Vitamin E megadoses protect the heart. 2004. PMID: 31000002",
    "pmid-unknown": "Garlic cures colds. 2020. PMID: 39999999",
}
EXPECTED = {  # entry -> (verification status, rules on the entry)
    "ok": ("ok", set()),
    "dead": ("dead", {"dead-link"}),
    "missing": ("dead", {"dead-link"}),
    "redirected": ("redirected", {"dead-link"}),
    "same-site": ("ok", set()),
    "forbidden": ("unverifiable", {"unverifiable-source"}),
    "no-head": ("ok", set()),
    "busy": ("ok", set()),
    "flaky": ("ok", set()),
    "slow": ("unverifiable", {"unverifiable-source"}),
    "loop": ("dead", {"dead-link"}),
    "private": ("unverifiable", {"unverifiable-source"}),
    "no-host": ("dead", {"dead-link"}),
    "refused": ("dead", {"dead-link"}),
    "doi-ok": ("ok", set()),
    "doi-retracted": ("retracted", {"retracted-source"}),
    "doi-concern": ("ok", {"retracted-source"}),
    "doi-corrected": ("ok", {"retracted-source"}),
    "doi-mismatch": ("mismatch", {"identifier-mismatch"}),
    "doi-unknown": ("unknown", {"unknown-identifier"}),
    "doi-old": ("ok", {"outdated-source"}),
    "pmid-ok": ("ok", set()),
    "pmid-retracted": ("retracted", {"retracted-source", "outdated-source"}),
    "pmid-unknown": ("unknown", {"unknown-identifier"}),
}


def _file(result: Result) -> dict[str, Any]:
    assert result.stdout, result.stderr
    return json.loads(result.stdout)["files"][0]  # type: ignore[no-any-return]


def _by_entry(report: dict[str, Any]) -> dict[str, tuple[str, set[str]]]:
    names = list(ENTRIES)
    out = {}
    for source in report["sources"]:
        name = names[int(source["id"]) - 1]
        out[name] = (source["verification"]["status"], set(source["findings"]) & VERIFICATION_RULES)
    return out


def test_every_state_end_to_end(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(article(services.web, list(ENTRIES.values())), encoding="utf-8")
    report = _file(services.run(str(path), "--format", "json", "--claims"))
    assert _by_entry(report) == EXPECTED
    sources = {s["id"]: s for s in report["sources"]}
    names = list(ENTRIES)

    def verification(name: str) -> dict[str, Any]:
        return sources[str(names.index(name) + 1)]["verification"]  # type: ignore[no-any-return]

    assert verification("redirected")["final_url"] == f"http://elsewhere.test:{services.web.port}/ok"
    assert verification("dead")["http_status"] == 410
    assert "no-such-clinic.test does not resolve" in verification("no-host")["detail"]
    assert "connection refused" in verification("refused")["detail"]
    assert "10.20.30.40 is a private address" in verification("private")["detail"]
    assert "redirect loop" in verification("loop")["detail"]
    assert verification("doi-mismatch")["title"] == "Fracture healing after bone grafting in rats"
    retraction = verification("doi-retracted")["retraction"]
    assert (retraction["doi"], retraction["date"]) == ("10.1000/gout.withdrawn.notice", "2021-03-04")
    assert verification("doi-old")["year"] == 1996
    assert verification("pmid-ok")["checked_at"]

    messages: dict[tuple[str, str], str] = {}
    for f in report["findings"]:
        messages[(f["rule"], f["severity"])] = messages.get((f["rule"], f["severity"]), "") + f["message"] + "\n"
    retracted = messages[("retracted-source", "error")]
    assert "DOI 10.1000/gout.withdrawn was retracted (notice 10.1000/gout.withdrawn.notice, 2021-03-04" in retracted
    assert ("retracted-source", "warning") in messages  # the expression of concern
    assert ("retracted-source", "info") in messages  # the correction
    mismatch = messages[("identifier-mismatch", "warning")]
    assert '"Fracture healing after bone grafting in rats"' in mismatch
    assert '"Vitamin D and falls in older adults"' in mismatch
    assert "redirects to another site" in messages[("dead-link", "info")]
    lines = {f["line"] for f in report["findings"] if f["rule"] == "unknown-identifier"}
    text = path.read_text(encoding="utf-8").splitlines()
    assert {text[n - 1].split(". ", 1)[1] for n in lines} == {ENTRIES["doi-unknown"], ENTRIES["pmid-unknown"]}


def test_each_link_and_identifier_is_requested_once_per_run(services: Services, tmp_path: Path) -> None:
    chosen = [ENTRIES[k] for k in ("ok", "dead", "doi-ok", "doi-unknown", "pmid-ok", "pmid-unknown")]
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(article(services.web, chosen), encoding="utf-8")
    result = services.run(str(tmp_path / "a.md"), str(tmp_path / "b.md"), str(tmp_path / "c.md"), "--format", "json")
    assert result.exit_code == 1
    assert services.web.count("/ok", "HEAD") == 1
    assert services.web.count("/gone", "HEAD") == 1
    assert services.crossref.count("/works/10.1000/iron.alt") == 1
    assert services.crossref.count("/works/10.1000/made.up") == 1
    assert len(services.ncbi.log) == 1  # both PMIDs in one esummary request
    assert set(parse_qs(services.ncbi.log[0].query)["id"][0].split(",")) == {"31000001", "39999999"}


def test_a_second_run_answers_from_the_cache(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(article(services.web, list(ENTRIES.values())), encoding="utf-8")
    first = _by_entry(_file(services.run(str(path), "--format", "json", "--claims")))
    before = len(services.web.log)
    again = _by_entry(_file(services.run(str(path), "--format", "json", "--claims")))
    assert again == first
    # only what could not be verified is asked again: transient answers are never cached
    asked = {r.path for r in services.web.log[before:]}
    assert asked == {"/forbidden", "/slow", "/to-private"}  # 403, a time-out, a refused address
    assert len(services.crossref.log) == 7
    assert not [r for r in services.web.log[before:] if r.path in ("/ok", "/gone", "/moved-away")]
    assert len(services.ncbi.log) == 1


def test_offline_answers_from_the_cache_and_says_what_it_could_not_verify(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["ok"], ENTRIES["doi-retracted"]]), encoding="utf-8")
    cold = services.run(str(path), "--format", "json", "--claims", "--offline")
    assert services.requests() == 0
    assert "offline: 2 links or identifiers could not be verified" in cold.stderr
    report = _file(cold)
    assert [s["verification"]["status"] for s in report["sources"]] == ["not-checked", "not-checked"]
    assert {f["rule"] for f in report["findings"]} & VERIFICATION_RULES == {"unverifiable-source"}

    services.run(str(path), "--format", "json")
    asked = services.requests()
    warm = _file(services.run(str(path), "--format", "json", "--claims", "--offline"))
    assert services.requests() == asked
    assert [s["verification"]["status"] for s in warm["sources"]] == ["ok", "retracted"]


def test_without_verify_sources_nothing_is_requested(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["dead"], ENTRIES["doi-unknown"]]), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", str(path), "--format", "json", "--claims", "--config", str(services.config)]
    )
    report = _file(result)
    assert services.requests() == 0
    assert "verification" not in report["sources"][0]
    assert not {f["rule"] for f in report["findings"]} & {"dead-link", "unknown-identifier"}


def test_verify_in_config_turns_it_on(services: Services, tmp_path: Path) -> None:
    config = tmp_path / "on.toml"
    config.write_text(services.config.read_text(encoding="utf-8") + "verify = true\n", encoding="utf-8")
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["dead"]]), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(path),
            "--config",
            str(config),
            "--cache-dir",
            str(services.cache),
            *["--allow-host", "127.0.0.1"],
        ],
    )
    assert "dead-link" in result.stdout
    asked = services.requests()
    off = CliRunner().invoke(main, ["check", str(path), "--config", str(config), "--no-verify-sources"])
    assert "dead-link" not in off.stdout
    assert services.requests() == asked


def test_etiquette_mailto_and_the_api_key(services: Services, tmp_path: Path) -> None:
    config = tmp_path / "key.toml"
    config.write_text(services.config.read_text(encoding="utf-8") + 'ncbi_api_key = "K3Y-S3CRET"\n', encoding="utf-8")
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["doi-ok"], ENTRIES["pmid-ok"]]), encoding="utf-8")
    result = services.run(str(path), "--format", "json", "--claims", config=config)
    assert "K3Y-S3CRET" not in result.stdout + result.stderr
    works = services.crossref.log[0]
    assert "mailto:editors@example.org" in works.headers["user-agent"]
    assert works.headers["user-agent"].startswith("medlint/")
    assert parse_qs(works.query)["mailto"] == ["editors@example.org"]
    query = parse_qs(services.ncbi.log[0].query)
    assert (query["api_key"], query["email"], query["tool"]) == (["K3Y-S3CRET"], ["editors@example.org"], ["medlint"])


def test_the_api_key_is_not_printed_when_pubmed_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDLINT_NCBI_API_KEY", "ENV-K3Y")
    with serve(lambda r: Reply(302, headers={"Location": r.path + "?" + r.query})) as looping:
        config = tmp_path / "medlint.toml"
        config.write_text(f'[verify]\npubmed_api = "{looping.url}"\n', encoding="utf-8")
        path = tmp_path / "a.md"
        path.write_text("# A\n\nA claim [1].\n\n## Sources\n\n1. Some paper title here. PMID: 123\n", encoding="utf-8")
        result = CliRunner().invoke(
            main,
            ["check", str(path), "--verify-sources", "--config", str(config), "--cache-dir", str(tmp_path / "c"),
             "--allow-host", "127.0.0.1", "--format", "json"],
        )  # fmt: skip
    assert "unverifiable-source" in result.stdout
    assert "ENV-K3Y" not in result.stdout + result.stderr
    assert "api_key=ENV-K3Y" in looping.log[0].query


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_page_text_and_html_sources_are_verified(services: Services, tmp_path: Path, fmt: str) -> None:
    if fmt == "text":
        body = (
            "Test article\n\nClaim one is backed by a trial.1\n\nSources\n\n"
            "  1. 1.^Okafor T. Cherry extract lowers gout flares: a randomised trial. 2016. doi:10.1000/gout.withdrawn\n"
        )
        path = tmp_path / "page.txt"
    else:
        body = (
            "<html><body><h1>Test article</h1><p>Claim one is backed by a trial.<sup><a href='#s1'>1</a></sup></p>"
            "<h2>Sources</h2><ol><li id='s1'>Okafor T. Cherry extract lowers gout flares: a randomised trial. 2016. "
            "doi:10.1000/gout.withdrawn</li></ol></body></html>"
        )
        path = tmp_path / "page.html"
    path.write_text(body, encoding="utf-8")
    report = _file(services.run(str(path), "--format", "json", "--claims"))
    assert report["sources"][0]["verification"]["status"] == "retracted"
    finding = next(f for f in report["findings"] if f["rule"] == "retracted-source")
    line = body.splitlines()[finding["line"] - 1] if fmt == "text" else body
    assert "gout.withdrawn" in line
    assert re.search(r"10\.1000/gout\.withdrawn\.notice", finding["message"])


def test_the_readme_verify_example_is_a_valid_config() -> None:
    import tomllib

    from lint.config import config_from_mapping

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[tool\.medlint\.verify\]\n.*?)```", readme, re.S)
    assert block is not None
    table = tomllib.loads(block.group(1))["tool"]["medlint"]
    assert config_from_mapping(table).verify.mailto == "editors@example.org"


def test_the_html_report_shows_each_source_state(services: Services, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    path = tmp_path / "article.md"
    chosen = [ENTRIES[k] for k in ("ok", "dead", "doi-mismatch", "doi-retracted")]
    path.write_text(article(services.web, chosen), encoding="utf-8")
    out = tmp_path / "report.html"
    services.run(str(path), "--format", "html", "-o", str(out))
    page = HTMLParser(out.read_text(encoding="utf-8"))
    summary = page.css_first(".vsum")
    assert summary is not None
    assert summary.text() == "4 sources: 1 verified, 1 dead link, 1 mismatched identifier, 1 retracted"
    entries = page.css(".srcs li")
    states = [li.css_first(".vstate").text(strip=True) for li in entries]  # type: ignore[union-attr]
    assert states == ["✔ verified", "✖ dead link (HTTP 410)", "▲ identifier names another paper", "✖ retracted"]
    real = entries[2].css_first(".real")
    assert real is not None
    assert real.text() == "The DOI points to: Fracture healing after bone grafting in rats (2020)"
    assert entries[0].css_first(".real") is None
    assert entries[3].css_first(".real") is None  # its DOI names the paper the entry names
    assert "10.1000/gout.withdrawn.notice, 2021-03-04" in entries[3].text()
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    assert all(f"checked {today}" in li.text() for li in entries)


def test_cache_lifetimes_are_settings(services: Services, tmp_path: Path) -> None:
    config = tmp_path / "short.toml"
    config.write_text(
        services.config.read_text(encoding="utf-8") + "cache_dead_days = 0\ncache_retraction_days = 0\n",
        encoding="utf-8",
    )
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["ok"], ENTRIES["dead"], ENTRIES["doi-retracted"]]), encoding="utf-8")
    services.run(str(path), "--format", "json", config=config)
    services.run(str(path), "--format", "json", config=config)
    assert services.web.count("/ok", "HEAD") == 1  # live for 7 days
    assert services.web.count("/gone", "HEAD") == 2  # dead answers kept for no time
    assert services.crossref.count("/works/10.1000/gout.withdrawn") == 2  # the retraction status is asked again
    # offline, the record is still used for as long as its metadata is kept
    report = _file(services.run(str(path), "--format", "json", "--claims", "--offline", config=config))
    assert [s["verification"]["status"] for s in report["sources"]] == ["ok", "not-checked", "retracted"]


def test_the_verification_time_limit_ends_the_run(services: Services, tmp_path: Path) -> None:
    config = tmp_path / "quick.toml"
    config.write_text(
        services.config.read_text(encoding="utf-8").replace("request_timeout = 1.0", "request_timeout = 10")
        + "verify_timeout = 1\n",
        encoding="utf-8",
    )
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["slow"]]), encoding="utf-8")
    report = _file(services.run(str(path), "--format", "json", "--claims", config=config))
    verification = report["sources"][0]["verification"]
    assert verification["status"] == "unverifiable"
    assert "time limit of 1 s" in verification["detail"]


def test_the_progress_bar_counts_finished_requests(capsys: pytest.CaptureFixture[str]) -> None:
    from lint.verify.progress import TerminalProgress

    progress = TerminalProgress()
    for done in (1, 2, 3):
        progress(done, 3)
    assert "Verifying sources" in capsys.readouterr().err


def test_a_broken_address_in_one_entry_does_not_stop_the_others(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(article(services.web, ["[Broken](http://[oops/page)", ENTRIES["dead"]]), encoding="utf-8")
    report = _file(services.run(str(path), "--format", "json", "--claims"))
    broken, dead = (s["verification"] for s in report["sources"])
    assert (broken["status"], dead["status"]) == ("dead", "dead")


def test_an_unusable_cache_folder_still_verifies(services: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["dead"]]), encoding="utf-8")
    services.cache = blocker / "cache"  # its parent is a file: mkdir fails
    result = services.run(str(path), "--format", "json", "--claims")
    assert "cannot be used" in result.stderr
    assert _file(result)["sources"][0]["verification"]["status"] == "dead"


def test_with_no_network_at_all_no_link_is_called_dead(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(article(services.web, [ENTRIES["no-host"], "[Another](http://closed-too.test/)"]), encoding="utf-8")
    result = services.run(str(path), "--format", "json", "--claims")
    assert "the network seems unreachable" in result.stderr
    assert [s["verification"]["status"] for s in _file(result)["sources"]] == ["unverifiable", "unverifiable"]
    import sqlite3

    db = sqlite3.connect(services.cache / "verify.sqlite3")
    assert db.execute("SELECT key FROM answers").fetchall() == []  # nothing learnt offline by accident is kept
    db.close()


def test_crossref_gets_at_most_ten_requests_a_second_and_three_at_a_time(services: Services, tmp_path: Path) -> None:
    entries = [f"Paper number {n} on a topic. doi:10.1000/rate.{n}" for n in range(12)]
    path = tmp_path / "article.md"
    path.write_text(article(services.web, entries), encoding="utf-8")
    services.run(str(path), "--format", "json")
    times = sorted(r.at for r in services.crossref.log)
    assert len(times) == 12
    assert times[-1] - times[0] >= 1.0  # twelve starts at 10 per second span 1.1 s
    assert services.crossref.most_in_flight <= 3


def test_a_fetched_page_has_its_sources_verified(tmp_path: Path, services: Services) -> None:
    body = article(services.web, [ENTRIES["dead"], ENTRIES["doi-retracted"]]).encode()
    with serve({"/article.md": lambda r: Reply(body=body, content_type="text/markdown; charset=utf-8")}) as page:
        report = _file(services.run(f"{page.url}/article.md", "--format", "json", "--claims"))
    assert report["path"] == f"{page.url}/article.md"
    assert [s["verification"]["status"] for s in report["sources"]] == ["dead", "retracted"]


def test_each_identifier_and_each_notice_of_one_entry_is_a_finding_of_its_own(tmp_path: Path) -> None:
    answers = {
        "dois": {
            "10.1000/gout.withdrawn": {
                "outcome": "found",
                "title": "Cherry extract lowers gout flares",
                "notices": [{"kind": "retraction", "doi": "10.1000/gout.notice"}, {"kind": "correction"}],
            },
            "10.1000/made.up": {"outcome": "unknown"},
        },
        "pmids": {"39999999": {"outcome": "unknown"}},
    }
    text = (
        "Cherry extract lowers flares and zinc shortens colds. [1] [2]\n\n## Sources\n\n"
        "1. Cherry extract lowers gout flares. doi:10.1000/gout.withdrawn\n"
        "2. Zinc and the common cold. 2021. doi:10.1000/made.up PMID: 39999999\n"
    )
    config = {"verify": seed_cache(tmp_path, answers)}
    findings = run_text(text, select=["retracted-source", "unknown-identifier"], config=config).findings
    assert [(f.line, f.rule) for f in findings] == [(5, "retracted-source")] * 2 + [(6, "unknown-identifier")] * 2
    # a baseline or a SARIF viewer tells findings apart by fingerprint: fixing one must not hide the other
    assert len({f.fingerprint for f in findings}) == 4
