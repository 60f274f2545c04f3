"""Fetching pages: a local server on 127.0.0.1 serves every case; nothing reaches the internet."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.io.fetch import FetchError
from lint.io.fetch import fetch as _fetch

PAGES = Path(__file__).parent / "fixtures" / "pages"
LOCAL = ["--allow-host", "127.0.0.1"]


def fetch(url: str, **kwargs: object) -> object:
    """Fetch from the test server, which the address policy refuses unless 127.0.0.1 is allowed."""
    return _fetch(url, allowed_hosts=["127.0.0.1"], **kwargs)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article.html":
            self._send(200, (PAGES / "article.html").read_bytes(), "text/html; charset=utf-8")
        elif path == "/page.txt":
            self._send(200, (PAGES / "hospital-page.txt").read_bytes(), "text/plain; charset=utf-8")
        elif path == "/served-as-text.md":
            self._send(200, (PAGES / "same" / "dry-mouth.md").read_bytes(), "text/plain")
        elif path == "/no-extension":
            self._send(200, (PAGES / "same" / "dry-mouth.html").read_bytes(), "text/html")
        elif path == "/latin1.html":
            self._send(200, "<p>Caf\u00e9 au lait</p>".encode("latin-1"), "text/html; charset=iso-8859-1")
        elif path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop-again" if path == "/loop" else "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/chain/"):
            self.send_response(302)
            self.send_header("Location", f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big-declared":
            self._send(200, b"x" * 4096, "text/html")
        elif path == "/big-streamed":
            self._send(200, b"<p>" + b"y" * 4096 + b"</p>", "text/html", length=False)
        elif path == "/bad-charset.html":
            self._send(200, "<p>Caf\u00e9</p>".encode(), "text/html; charset=no-such-charset")
        elif path == "/binary.html":
            self._send(200, b"<p>\x00\x01\x02</p>", "text/html")
        elif path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n", "image/png")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, b"<p>late</p>", "text/html")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_html_page_is_read_as_html(server: str) -> None:
    page = fetch(f"{server}/article.html")
    assert page.format == "html"
    assert page.text == (PAGES / "article.html").read_text(encoding="utf-8")


def test_format_comes_from_content_type_then_extension(server: str) -> None:
    assert fetch(f"{server}/page.txt").format == "text"
    assert fetch(f"{server}/no-extension").format == "html"
    # text/plain for a .md file: the extension is more specific
    assert fetch(f"{server}/served-as-text.md").format == "markdown"


def test_charset_from_the_header(server: str) -> None:
    assert "Café" in fetch(f"{server}/latin1.html").text


def test_a_redirect_is_followed(server: str) -> None:
    page = fetch(f"{server}/moved")
    assert page.url.endswith("/article.html")
    assert page.format == "html"


@pytest.mark.parametrize(
    ("path", "kwargs", "reason"),
    [
        ("/loop", {}, "redirect loop (http://127.0.0.1"),
        ("/chain/1", {"max_redirects": 3}, "more than 3 redirects"),
        ("/big-declared", {"max_bytes": 1024}, "4096 bytes, more than the limit of 1024"),
        ("/big-streamed", {"max_bytes": 1024}, "larger than the limit of 1024 bytes"),
        ("/image.png", {}, "content type image/png is not a page"),
        ("/missing", {}, "HTTP 404"),
        ("/slow", {"timeout": 0.3}, "timed out after 0.3 s"),
    ],
)
def test_failures_say_why(server: str, path: str, kwargs: dict[str, float], reason: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch(f"{server}{path}", **kwargs)  # type: ignore[arg-type]
    assert reason in str(info.value)
    assert f"{server}{path}" in str(info.value)


def test_connection_refused_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="connection failed"):
        fetch("http://127.0.0.1:9/article.html", timeout=2)


def test_cli_checks_a_url(server: str) -> None:
    result = CliRunner().invoke(main, ["check", f"{server}/article.html", "--format", "json", *LOCAL])
    data = json.loads(result.stdout)
    report = data["files"][0]
    assert report["path"] == f"{server}/article.html"
    assert report["format"] == "html"
    assert report["article"]["reviewer"] == {"name": "Kwame Asante", "credentials": ["PharmD"]}
    assert ("empty-source-title", 46, 53) in [(f["rule"], f["line"], f["column"]) for f in report["findings"]]


def test_input_format_overrides_the_content_type(server: str) -> None:
    result = CliRunner().invoke(
        main,
        ["check", f"{server}/article.html", "--input-format", "text", "--format", "json", "--select", "META", *LOCAL],
    )
    assert json.loads(result.stdout)["files"][0]["format"] == "text"


def test_cli_one_failing_url_exits_2_with_the_reason(server: str) -> None:
    result = CliRunner().invoke(main, ["check", f"{server}/missing", *LOCAL])
    assert result.exit_code == 2
    assert f"cannot fetch {server}/missing: HTTP 404" in result.stderr
    assert result.stdout == ""


def test_cli_a_failing_url_among_several_inputs_is_a_parse_error(server: str) -> None:
    result = CliRunner().invoke(
        main, ["check", f"{server}/image.png", str(PAGES / "same" / "dry-mouth.txt"), "--format", "json", *LOCAL]
    )
    assert result.exit_code == 1
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    failed = files[f"{server}/image.png"]["findings"]
    assert [f["rule"] for f in failed] == ["parse-error"]
    assert "content type image/png" in failed[0]["message"]
    checked = files[str(PAGES / "same" / "dry-mouth.txt")]
    assert any(f["rule"] == "unresolved-citation" for f in checked["findings"])


def test_an_unknown_charset_falls_back_to_utf8(server: str) -> None:
    assert "Café" in fetch(f"{server}/bad-charset.html").text  # type: ignore[attr-defined]


def test_a_binary_body_is_not_a_page(server: str) -> None:
    with pytest.raises(FetchError, match="binary"):
        fetch(f"{server}/binary.html")


def test_the_test_server_itself_is_refused_unless_allowed(server: str) -> None:
    with pytest.raises(FetchError, match=r"refused to connect: 127\.0\.0\.1 is a loopback address"):
        _fetch(f"{server}/article.html")


def test_cli_refuses_a_private_address_and_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    from urllib3.util import connection

    opened: list[object] = []
    monkeypatch.setattr(connection, "create_connection", lambda *a, **k: opened.append(a))
    result = CliRunner().invoke(main, ["check", "http://169.254.169.254/latest/meta-data/"])
    assert result.exit_code == 2
    assert "refused to connect: 169.254.169.254 is a link-local address" in result.stderr
    assert opened == []


def test_cli_refuses_a_redirect_to_the_metadata_service(server: str) -> None:
    result = CliRunner().invoke(main, ["check", f"{server}/to-metadata", *LOCAL])
    assert result.exit_code == 2
    assert "redirected to http://169.254.169.254/latest/meta-data/" in result.stderr
    assert "link-local" in result.stderr


def test_config_allowed_hosts_lets_the_local_server_through(server: str, tmp_path: Path) -> None:
    (tmp_path / "medlint.toml").write_text('allowed_hosts = ["127.0.0.1"]\n', encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", f"{server}/article.html", "--format", "json", "--config", str(tmp_path / "medlint.toml")]
    )
    assert json.loads(result.stdout)["files"][0]["format"] == "html"
