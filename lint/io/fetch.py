"""Fetching a published page for `medlint check https://...` through the one HTTP client."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from lint.io.net import Client, Limits, NetError
from lint.model import InputFormat
from lint.parse import EXTENSIONS

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
# all the pages of one run together; one slow site cannot hold CI for longer
RUN_TIMEOUT_SECONDS = 300.0
CONTENT_TYPES: dict[str, InputFormat] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
# anything else is refused before its body is read; the last two fall back on the URL's extension
ACCEPTED_TYPES = frozenset({*CONTENT_TYPES, "", "application/octet-stream"})
ACCEPT = "text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.1"


class FetchError(Exception):
    """A page that could not be fetched; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    text: str
    format: InputFormat


def page_client(allowed_hosts: Collection[str] = (), run_timeout: float | None = RUN_TIMEOUT_SECONDS) -> Client:
    """The client for fetching articles in one run: its deadline covers every page of the run."""
    return Client(Limits(), allowed_hosts=allowed_hosts, run_timeout=run_timeout)


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    client: Client | None = None,
    allowed_hosts: Collection[str] = (),
) -> Page:
    """Download ``url``; the format comes from the Content-Type, or the URL's extension when that is generic."""
    if client is None:
        limits = Limits(
            request_timeout=timeout, read_timeout=min(timeout, 10.0), max_bytes=max_bytes, max_redirects=max_redirects
        )
        client = Client(limits, allowed_hosts=allowed_hosts)
    try:
        response = client.get(url, headers={"Accept": ACCEPT}, expect_types=ACCEPTED_TYPES, max_bytes=max_bytes)
    except NetError as exc:
        if exc.kind == "content-type":
            mime = exc.detail.removeprefix("content type ").split(" ", 1)[0]
            raise FetchError(
                f"cannot fetch {url}: content type {mime} is not a page (expected text/html, text/plain or text/markdown)"
            ) from None
        raise FetchError(str(exc)) from None
    if response.status >= 400:
        raise FetchError(f"cannot fetch {url}: HTTP {response.status} {response.reason}".rstrip())
    if 300 <= response.status < 400:
        raise FetchError(f"cannot fetch {url}: HTTP {response.status} without a usable Location")
    fmt = _format(response.content_type, response.url, url)
    text = response.text()
    if "\x00" in text:
        raise FetchError(f"cannot fetch {url}: the response is binary, not a page")
    return Page(url=response.url, text=text.replace("\r\n", "\n").removeprefix("\ufeff"), format=fmt)


def _format(mime: str, final_url: str, url: str) -> InputFormat:
    by_extension = EXTENSIONS.get(PurePosixPath(urlsplit(final_url).path).suffix.lower())
    if mime in CONTENT_TYPES:
        # servers often send text/plain for Markdown files
        if mime == "text/plain" and by_extension is not None:
            return by_extension
        return CONTENT_TYPES[mime]
    if by_extension is not None:
        return by_extension
    raise FetchError(
        f"cannot fetch {url}: content type {mime or '(none)'} is not a page (expected text/html, text/plain or "
        "text/markdown)"
    )
