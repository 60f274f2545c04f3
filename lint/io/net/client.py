"""The one HTTP client: every address checked and pinned, hard deadlines, size caps, manual redirects, retries."""

from __future__ import annotations

import contextlib
import http.client
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import SplitResult, urljoin, urlsplit

import urllib3
from requests.utils import requote_uri
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ProtocolError, SSLError
from urllib3.util import Retry, connection

from lint import __version__
from lint.io.net import policy
from lint.io.net.policy import AddressPolicy, literal_address

USER_AGENT = f"medlint/{__version__} (+https://pypi.org/project/medlint/)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# answers worth asking again: rate limits and a server that is briefly down
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 65536

ErrorKind = Literal[
    "refused", "dns", "connect", "timeout", "deadline", "redirects", "too-large", "content-type", "invalid-url", "tls",
    "protocol",
]  # fmt: skip


class NetError(Exception):
    """A request that got no usable answer; ``kind`` says why for callers, the message says it for users."""

    def __init__(self, kind: ErrorKind, url: str, detail: str) -> None:
        super().__init__(f"cannot fetch {url}: {detail}")
        self.kind = kind
        self.url = url
        self.detail = detail

    @property
    def transient(self) -> bool:
        """Worth asking again later (and never worth caching)."""
        return self.kind in ("dns", "connect", "timeout", "deadline", "tls", "protocol")


@dataclass(frozen=True)
class Limits:
    """Time, size and concurrency limits of a client; the defaults suit fetching one article."""

    connect_timeout: float = 5.0
    # a hard limit on one attempt, redirects and body included, whatever the server's pace
    request_timeout: float = 15.0
    # the most one read may block before the server counts as stalled
    read_timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    backoff_cap: float = 8.0
    # a Retry-After longer than this is not waited for: the answer stays a 429 or 503
    max_retry_after: float = 30.0
    concurrency: int = 32
    per_host: int = 4


@dataclass(frozen=True)
class HostRule:
    """What a service asks of its clients: requests in flight and requests per second."""

    concurrency: int | None = None
    rate: float | None = None


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    reason: str
    headers: Mapping[str, str]
    body: bytes
    redirects: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    def text(self) -> str:
        try:
            return self.body.decode(self.charset or "utf-8")
        except (UnicodeDecodeError, LookupError):
            return self.body.decode("utf-8", errors="replace")


def host_key(url: str) -> str:
    """How limits name a host: `api.crossref.org`, or `127.0.0.1:8080` when the port is not the default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"


class _PinnedHTTP(urllib3.connection.HTTPConnection):
    """Connects to the address that was checked, never to a fresh DNS answer; Host stays the name."""

    def __init__(self, *args: object, address: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.address = address

    def _new_conn(self) -> socket.socket:
        return _connect(self, self.address)


class _PinnedHTTPS(urllib3.connection.HTTPSConnection):
    """The same for TLS: the socket goes to the checked address, SNI and the certificate check use the name."""

    def __init__(self, *args: object, address: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.address = address

    def _new_conn(self) -> socket.socket:
        return _connect(self, self.address)


def _connect(conn: urllib3.connection.HTTPConnection, address: str) -> socket.socket:
    try:
        return connection.create_connection((address, conn.port), conn.timeout)  # type: ignore[arg-type]
    except TimeoutError as exc:
        raise ConnectTimeoutError(conn, f"connection to {conn.host} timed out") from exc
    except OSError as exc:
        raise NewConnectionError(conn, f"connection failed: {exc}") from exc


class _Host:
    """One host's share of the client: requests in flight, spacing between requests, and back-off after 429 or 503."""

    def __init__(self, concurrency: int, rate: float | None) -> None:
        self.slots = threading.BoundedSemaphore(concurrency)
        self.interval = 1.0 / rate if rate else 0.0
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.not_before = 0.0

    def reserve(self) -> float:
        """The moment the next request may start; later requests queue behind it."""
        with self.lock:
            start = max(time.monotonic(), self.next_start, self.not_before)
            self.next_start = start + self.interval
            return start

    def back_off(self, seconds: float) -> None:
        with self.lock:
            self.not_before = max(self.not_before, time.monotonic() + seconds)


@dataclass
class Client:
    """Every request medlint makes goes through here; share one per run so its limits hold for the run."""

    limits: Limits = field(default_factory=Limits)
    allowed_hosts: Collection[str] = ()
    # a deadline for everything this client does, in seconds from its creation
    run_timeout: float | None = None
    user_agent: str = USER_AGENT
    host_rules: Mapping[str, HostRule] = field(default_factory=dict)
    # called before each attempt with (method, url); counts requests in tests and benchmarks
    on_request: Callable[[str, str], None] | None = None

    def __post_init__(self) -> None:
        self.policy = AddressPolicy.allowing(self.allowed_hosts)
        self.run_deadline = time.monotonic() + self.run_timeout if self.run_timeout else None
        self._all = threading.BoundedSemaphore(self.limits.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    # --- public ---------------------------------------------------------------------------------

    def get(self, url: str, **kwargs: object) -> Response:
        return self.request("GET", url, **kwargs)  # type: ignore[arg-type]

    def head(self, url: str, **kwargs: object) -> Response:
        return self.request("HEAD", url, **kwargs)  # type: ignore[arg-type]

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        expect_types: Collection[str] | None = None,
        max_bytes: int | None = None,
        follow_redirects: bool = True,
        retries: int | None = None,
        read_body: bool = True,
    ) -> Response:
        """One request, retried on 429, 5xx and connection errors with back-off; raises NetError without an answer."""
        attempts = 1 + (self.limits.retries if retries is None else retries)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = self._follow(
                    method, url, headers or {}, expect_types, max_bytes if read_body else 0, follow_redirects
                )
            except NetError as exc:
                if last or exc.kind not in ("connect", "dns", "protocol") or not self._pause(attempt, None):
                    raise
                continue
            if response.status not in RETRY_STATUSES or last:
                return response
            wait = _retry_after(response.headers)
            if wait is not None and wait > self.limits.max_retry_after:
                return response  # the service asks for longer than we wait: report what it said
            if not self._pause(attempt, wait):
                return response
        raise AssertionError("unreachable")

    # --- one attempt, following redirects -----------------------------------------------------

    def _follow(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        expect_types: Collection[str] | None,
        max_bytes: int | None,
        follow: bool,
    ) -> Response:
        deadline: float | None = None  # set when the first hop starts: waiting for a turn at the host is not counted
        seen = [url]
        current = url
        while True:
            response, deadline = self._send(method, current, headers, deadline, expect_types, max_bytes, url)
            location = response.headers.get("location")
            if not follow or response.status not in REDIRECT_STATUSES or not location:
                return Response(
                    response.url, response.status, response.reason, response.headers, response.body, tuple(seen[1:])
                )
            try:
                target = urljoin(current, location.strip())
                scheme = urlsplit(target).scheme
            except ValueError:
                raise NetError("invalid-url", url, f"redirected to an invalid address: {location[:200]}") from None
            if scheme not in ("http", "https"):
                raise NetError("invalid-url", url, f"redirected to {target}, which is not an http(s) address")
            if target in seen:
                raise NetError(
                    "redirects", url, f"redirect loop ({' -> '.join([*seen[seen.index(target) :], target])})"
                )
            if len(seen) > self.limits.max_redirects:
                raise NetError("redirects", url, f"more than {self.limits.max_redirects} redirects")
            if response.status == 303 and method != "HEAD":
                method = "GET"
            seen.append(target)
            current = target

    def _send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        deadline: float | None,
        expect_types: Collection[str] | None,
        max_bytes: int | None,
        asked: str,
    ) -> tuple[Response, float]:
        """One request to one address, no redirects: resolve, check, connect to that address, read within the limits."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
            if parts.scheme not in ("http", "https") or not host:
                raise NetError("invalid-url", asked, f"not an http(s) address: {url}")
            port = parts.port or (443 if parts.scheme == "https" else 80)
            host.encode("idna")
        except (ValueError, UnicodeError) as exc:
            raise NetError("invalid-url", asked, f"invalid address {url} ({exc})") from None
        address = self._address(host, port, asked, url)
        gate = self._host(host_key(url))
        cap = self.limits.max_bytes if max_bytes is None else max_bytes
        with gate.slots, self._all:
            start = gate.reserve()
            if self._run_over(start) or (deadline is not None and start >= deadline):
                raise NetError("deadline" if self._run_over(start) else "timeout", asked, self._timed_out())
            if start > time.monotonic():
                time.sleep(start - time.monotonic())
            if deadline is None:
                deadline = time.monotonic() + self.limits.request_timeout
                if self.run_deadline is not None:
                    deadline = min(deadline, self.run_deadline)
            if self.on_request is not None:
                self.on_request(method, url)
            response = self._exchange(method, parts, host, port, address, headers, deadline, expect_types, cap, asked)
        if response.status in (429, 503):
            wait = _retry_after(response.headers)
            gate.back_off(min(wait if wait is not None else self.limits.backoff, self.limits.max_retry_after))
        return Response(url, response.status, response.reason, response.headers, response.body), deadline

    def _address(self, host: str, port: int, asked: str, url: str) -> str:
        """The one address to connect to: resolved once and checked, so a second DNS answer never matters."""
        literal = literal_address(host)
        if literal is not None:
            addresses = [literal]
        else:
            try:
                addresses = policy.resolve(host, port)
            except (OSError, UnicodeError):
                raise NetError("dns", asked, f"the host name {host} does not resolve") from None
            if not addresses:
                raise NetError("dns", asked, f"the host name {host} does not resolve")
        reasons = []
        for address in addresses:
            reason = self.policy.check(host, address)
            if reason is None:
                return address
            reasons.append(f"{address} is {reason}")
        shown = host if literal is not None else f"{host} ({'; '.join(reasons)})"
        detail = reasons[0] if literal is not None else shown
        where = "" if url == asked else f" (redirected to {url})"
        raise NetError(
            "refused",
            asked,
            f"refused to connect{where}: {detail}; medlint only connects to public addresses "
            "(allow a host with --allow-host or allowed_hosts)",
        )

    def _exchange(
        self,
        method: str,
        parts: SplitResult,
        host: str,
        port: int,
        address: str,
        headers: Mapping[str, str],
        deadline: float,
        expect_types: Collection[str] | None,
        cap: int,
        asked: str,
    ) -> Response:
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        cls = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
        remaining = deadline - time.monotonic()
        conn = cls(host, port, timeout=max(0.001, min(self.limits.connect_timeout, remaining)), address=address)
        expired = threading.Event()

        def cut() -> None:
            # a server that drips bytes never lets a read time out: close the socket under it
            expired.set()
            sock = conn.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(max(0.0, remaining), cut)
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.connect()
            conn.timeout = self._read_timeout(deadline)
            sent = {"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate", **headers}
            conn.request(method, requote_uri(path), headers=sent, preload_content=False, decode_content=True)
            raw = conn.getresponse()
            got = {k.lower(): v for k, v in raw.headers.items()}
            response = Response(url="", status=raw.status, reason=raw.reason or "", headers=got, body=b"")
            if method == "HEAD" or raw.status in REDIRECT_STATUSES or raw.status >= 400 or cap == 0:
                body = b""  # the status is the answer; error pages are not read
                if method != "HEAD" and raw.status >= 400 and expect_types is None and cap > 0:
                    body = self._read(raw, conn, deadline, min(cap, 65536), asked, truncate=True)
            else:
                mime = response.content_type
                if expect_types is not None and mime not in expect_types:
                    raise NetError("content-type", asked, f"content type {mime or '(none)'} is not expected here")
                length = got.get("content-length", "")
                if length.isdigit() and int(length) > cap:
                    raise NetError(
                        "too-large", asked, f"the response is {int(length)} bytes, more than the limit of {cap}"
                    )
                body = self._read(raw, conn, deadline, cap, asked)
            return Response("", raw.status, raw.reason or "", got, body)
        except NetError:
            raise
        except (SSLError, ssl.SSLError) as exc:
            raise NetError("tls", asked, f"TLS failed ({exc})") from None
        except NewConnectionError as exc:  # before its base class ConnectTimeoutError
            raise NetError("connect", asked, f"connection failed ({_reason(exc)})") from None
        except ConnectTimeoutError:
            raise NetError("timeout", asked, self._timed_out(connect=True)) from None
        except (TimeoutError, ProtocolError, OSError, ValueError, http.client.HTTPException) as exc:
            if expired.is_set() or isinstance(exc, TimeoutError) or "timed out" in str(exc):
                raise NetError("deadline" if self._run_over() else "timeout", asked, self._timed_out()) from None
            raise NetError("protocol", asked, f"the server's answer broke off ({_reason(exc)})") from None
        finally:
            watchdog.cancel()
            conn.close()

    def _read(
        self,
        raw: urllib3.BaseHTTPResponse,
        conn: urllib3.connection.HTTPConnection,
        deadline: float,
        cap: int,
        asked: str,
        truncate: bool = False,
    ) -> bytes:
        """The body, chunk by chunk: the deadline is checked between chunks and bounds every socket read."""
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() >= deadline:
                raise NetError("deadline" if self._run_over() else "timeout", asked, self._timed_out())
            if conn.sock is not None:
                conn.sock.settimeout(self._read_timeout(deadline))
            chunk = raw.read1(CHUNK)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > cap:
                if truncate:
                    return b"".join(chunks)
                raise NetError("too-large", asked, f"the response is larger than the limit of {cap} bytes")
            chunks.append(chunk)

    # --- helpers ---------------------------------------------------------------------------------

    def _host(self, host: str) -> _Host:
        """The gate of one host (with its port when not the default): `host_rules` are keyed the same way."""
        with self._hosts_lock:
            gate = self._hosts.get(host)
            if gate is None:
                rule = self.host_rules.get(host, HostRule())
                per_host = rule.concurrency or self.limits.per_host
                gate = self._hosts[host] = _Host(per_host, rule.rate)
            return gate

    def _read_timeout(self, deadline: float) -> float:
        return max(0.001, min(self.limits.read_timeout, deadline - time.monotonic()))

    def _run_over(self, at: float | None = None) -> bool:
        return self.run_deadline is not None and (at or time.monotonic()) >= self.run_deadline - 0.001

    def _timed_out(self, connect: bool = False) -> str:
        if self._run_over():
            return f"the run's time limit of {self.run_timeout:g} s was reached"
        what = "connecting" if connect else "timed out"
        limit = self.limits.connect_timeout if connect else self.limits.request_timeout
        return f"timed out after {limit:g} s" if not connect else f"{what} timed out after {limit:g} s"

    def _pause(self, attempt: int, wait: float | None) -> bool:
        """Sleep before the next attempt (exponential with jitter, or Retry-After); False when time is up."""
        if wait is None:
            wait = min(self.limits.backoff_cap, self.limits.backoff * 2**attempt) * (0.5 + random.random() / 2)
        if self.run_deadline is not None and time.monotonic() + wait >= self.run_deadline:
            return False
        time.sleep(max(0.0, wait))
        return True


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), None when absent or unreadable."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, Retry().parse_retry_after(value))
    except Exception:  # a malformed header is ignored, as browsers do
        return None


def _reason(exc: BaseException) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Connection reset", "Name or service not known", "No route to host"):
        if marker in text:
            return marker.lower()
    return text[:200]
