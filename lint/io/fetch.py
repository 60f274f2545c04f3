"""Fetching a published page for `medlint check https://...`: bounded in time, size and redirects."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import requests

from lint import __version__
from lint.model import InputFormat
from lint.parse import EXTENSIONS

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
CONTENT_TYPES: dict[str, InputFormat] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}


class FetchError(Exception):
    """A page that could not be fetched; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    text: str
    format: InputFormat


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Page:
    """Download ``url``; the format comes from the Content-Type, or the URL's extension when that is generic."""
    session = requests.Session()
    session.max_redirects = max_redirects
    headers = {
        "User-Agent": f"medlint/{__version__} (+https://pypi.org/project/medlint/)",
        "Accept": "text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.1",
    }
    deadline = time.monotonic() + timeout
    try:
        with session.get(url, headers=headers, timeout=timeout, stream=True, allow_redirects=True) as response:
            if response.status_code >= 400:
                raise FetchError(f"cannot fetch {url}: HTTP {response.status_code} {response.reason or ''}".rstrip())
            fmt = _format(response.headers.get("Content-Type", ""), response.url or url)
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(
                    f"cannot fetch {url}: the page is {int(length)} bytes, more than the limit of {max_bytes}"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_content(chunk_size=65536):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"cannot fetch {url}: the page is larger than the limit of {max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"cannot fetch {url}: timed out after {timeout:g} s")
                chunks.append(chunk)
            data = b"".join(chunks)
            encoding = response.encoding if "charset" in response.headers.get("Content-Type", "").lower() else None
            final_url = response.url or url
    except requests.TooManyRedirects:
        raise FetchError(f"cannot fetch {url}: more than {max_redirects} redirects") from None
    except requests.Timeout:
        raise FetchError(f"cannot fetch {url}: timed out after {timeout:g} s") from None
    except requests.exceptions.InvalidURL as exc:
        raise FetchError(f"cannot fetch {url}: invalid URL ({exc})") from None
    except requests.ConnectionError as exc:
        raise FetchError(f"cannot fetch {url}: connection failed ({_reason(exc)})") from None
    except requests.RequestException as exc:
        raise FetchError(f"cannot fetch {url}: {exc}") from None
    finally:
        session.close()
    try:
        text = data.decode(encoding or "utf-8")
    except (UnicodeDecodeError, LookupError):
        text = data.decode("utf-8", errors="replace")
    if "\x00" in text:
        raise FetchError(f"cannot fetch {url}: the response is binary, not a page")
    return Page(url=final_url, text=text.replace("\r\n", "\n").removeprefix("\ufeff"), format=fmt)


def _format(content_type: str, url: str) -> InputFormat:
    mime = content_type.split(";", 1)[0].strip().lower()
    by_extension = EXTENSIONS.get(PurePosixPath(urlsplit(url).path).suffix.lower())
    if mime in CONTENT_TYPES:
        # servers often send text/plain for Markdown files
        if mime == "text/plain" and by_extension is not None:
            return by_extension
        return CONTENT_TYPES[mime]
    if mime in ("", "application/octet-stream") and by_extension is not None:
        return by_extension
    raise FetchError(
        f"cannot fetch {url}: content type {mime or '(none)'} is not a page (expected text/html, text/plain or "
        "text/markdown)"
    )


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "No address associated", "timed out"):
        if marker in text:
            return marker.lower()
    return text[:200]
