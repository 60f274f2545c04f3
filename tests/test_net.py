"""The one HTTP client: address policy, pinning, deadlines, limits, redirects and retries, on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from urllib3.util import connection

from lint.io.net import Client, HostRule, Limits, NetError, policy, refusal
from tests.local_server import Reply, Request, Server, serve

LOCAL = ["127.0.0.1"]


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("169.254.169.254", "link-local"),
        ("10.0.0.1", "private"),
        ("192.168.1.1", "private"),
        ("172.16.5.4", "private"),
        ("100.64.0.1", "shared"),
        ("127.0.0.1", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:a9fe:a9fe", "link-local"),
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::a9fe:a9fe", "link-local"),
        ("2002:a9fe:a9fe::1", "link-local"),
    ],
)
def test_addresses_that_are_not_public_are_refused(address: str, reason: str) -> None:
    assert reason in (refusal(ipaddress.ip_address(address)) or "")


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every address the client opens a socket to (the real connection still happens)."""
    opened: list[tuple[str, int]] = []
    real = connection.create_connection

    def spy(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        opened.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(connection, "create_connection", spy)
    return opened


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Answers for host names, set by each test; a name not listed does not resolve. No real lookup happens."""
    answers: dict[str, list[str]] = {}
    calls: list[str] = []

    def stub(host: str, port: int) -> list[str]:
        calls.append(host)
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return answers[host]

    monkeypatch.setattr(policy, "resolve", stub)
    answers["__calls__"] = calls  # type: ignore[assignment]
    return answers


def _pages() -> dict[str, Any]:
    return {
        "/ok": lambda r: Reply(body=b"<p>fine</p>"),
        "/host": lambda r: Reply(body=r.headers.get("host", "").encode(), content_type="text/plain"),
        "/to-metadata": lambda r: Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}),
        "/to-mapped": lambda r: Reply(302, headers={"Location": "http://[::ffff:a9fe:a9fe]/"}),
        "/to-name": lambda r: Reply(302, headers={"Location": "http://intranet.test/wiki"}),
        "/loop": lambda r: Reply(302, headers={"Location": "/loop2"}),
        "/loop2": lambda r: Reply(302, headers={"Location": "/loop"}),
        "/drip": lambda r: Reply(body=b"x" * 40, drip=0.25),
        "/big": lambda r: Reply(body=b"y" * 5000, length=False),
        "/png": lambda r: Reply(body=b"\x89PNG" * 1000, content_type="image/png"),
        "/flaky": lambda r: Reply(503) if r.count == 1 else Reply(body=b"back"),
        "/busy": lambda r: Reply(429, headers={"Retry-After": "1"}) if r.count == 1 else Reply(body=b"now"),
        "/busy-long": lambda r: Reply(429, headers={"Retry-After": "3600"}),
        "/down": lambda r: Reply(503),
        "/wait": lambda r: Reply(body=b"late", delay=0.3),
    }


@pytest.fixture(scope="module")
def site() -> Iterator[Server]:
    with serve(_pages()) as server:
        yield server


def test_a_literal_private_address_is_refused_without_a_connection(connections: list[tuple[str, int]]) -> None:
    with pytest.raises(NetError) as info:
        Client().get("http://10.0.0.1/admin")
    assert info.value.kind == "refused"
    assert "10.0.0.1 is a private address" in str(info.value)
    assert connections == []


def test_a_name_that_resolves_to_the_metadata_service_is_refused(
    dns: dict[str, list[str]], connections: list[tuple[str, int]]
) -> None:
    dns["metadata.test"] = ["169.254.169.254"]
    with pytest.raises(NetError, match=r"metadata\.test \(169\.254\.169\.254 is a link-local address\)"):
        Client().get("http://metadata.test/latest/meta-data/")
    assert connections == []


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/to-metadata", "169.254.169.254 is a link-local address"),
        ("/to-mapped", "is a link-local address (as ::ffff:a9fe:a9fe)"),
        ("/to-name", "intranet.test (10.1.2.3 is a private address)"),
    ],
)
def test_every_redirect_hop_is_checked(
    site: Server, dns: dict[str, list[str]], connections: list[tuple[str, int]], path: str, shown: str
) -> None:
    dns["intranet.test"] = ["10.1.2.3"]
    with pytest.raises(NetError) as info:
        Client(allowed_hosts=LOCAL).get(f"{site.url}{path}")
    assert info.value.kind == "refused"
    assert "redirected to http://" in str(info.value)
    assert shown in str(info.value)
    assert connections == [("127.0.0.1", site.port)]  # the first hop only


def test_the_checked_address_is_the_one_connected_to(
    site: Server, dns: dict[str, list[str]], connections: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # DNS rebinding: a second lookup would answer with the metadata service; there must be none
    answers = iter([["127.0.0.1"], ["169.254.169.254"]])
    looked_up: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        looked_up.append(host)
        return next(answers)

    monkeypatch.setattr(policy, "resolve", rebinding)
    response = Client(allowed_hosts=LOCAL).get(f"http://site.test:{site.port}/host")
    assert response.body == f"site.test:{site.port}".encode()  # Host keeps the name
    assert looked_up == ["site.test"]
    assert connections == [("127.0.0.1", site.port)]


def test_an_allowed_host_name_may_resolve_to_a_private_address(site: Server, dns: dict[str, list[str]]) -> None:
    dns["docs.internal"] = ["127.0.0.1"]
    assert Client(allowed_hosts=["docs.internal"]).get(f"http://docs.internal:{site.port}/ok").status == 200
    with pytest.raises(NetError, match="loopback"):
        Client().get(f"http://docs.internal:{site.port}/ok")


def test_a_name_that_does_not_resolve_says_so(dns: dict[str, list[str]]) -> None:
    with pytest.raises(NetError) as info:
        Client(limits=Limits(retries=0)).get("http://nowhere.test/")
    assert info.value.kind == "dns"
    assert "nowhere.test does not resolve" in str(info.value)


def test_a_slow_drip_body_cannot_stretch_the_deadline(site: Server) -> None:
    # 40 bytes, one every 0.25 s: 10 s of dripping against a 1 s limit
    client = Client(limits=Limits(request_timeout=1.0, read_timeout=5.0), allowed_hosts=LOCAL)
    started = time.monotonic()
    with pytest.raises(NetError) as info:
        client.get(f"{site.url}/drip")
    assert info.value.kind == "timeout"
    assert "timed out after 1 s" in str(info.value)
    assert time.monotonic() - started < 3.0


def test_a_slow_drip_of_headers_cannot_stretch_the_deadline() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]

    def drip() -> None:
        conn, _ = listener.accept()
        try:
            conn.recv(4096)
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"z" * 100:
                conn.sendall(bytes([byte]))
                time.sleep(0.2)
        except OSError:
            pass
        finally:
            conn.close()

    threading.Thread(target=drip, daemon=True).start()
    started = time.monotonic()
    with pytest.raises(NetError, match="timed out"):
        Client(limits=Limits(request_timeout=1.0, read_timeout=5.0), allowed_hosts=LOCAL).get(
            f"http://127.0.0.1:{port}/"
        )
    assert time.monotonic() - started < 3.0
    listener.close()


def test_the_run_deadline_stops_later_requests(site: Server) -> None:
    client = Client(limits=Limits(request_timeout=10.0), allowed_hosts=LOCAL, run_timeout=0.5)
    with pytest.raises(NetError) as info:
        client.get(f"{site.url}/drip")
    assert info.value.kind == "deadline"
    before = site.count("/ok")
    with pytest.raises(NetError, match=r"time limit of 0\.5 s"):
        client.get(f"{site.url}/ok")
    assert site.count("/ok") == before


def test_a_redirect_loop_is_named(site: Server) -> None:
    with pytest.raises(NetError) as info:
        Client(allowed_hosts=LOCAL).get(f"{site.url}/loop")
    assert info.value.kind == "redirects"
    assert "redirect loop" in str(info.value)


def test_a_body_over_the_cap_is_not_read_whole(site: Server) -> None:
    with pytest.raises(NetError) as info:
        Client(limits=Limits(max_bytes=1000), allowed_hosts=LOCAL).get(f"{site.url}/big")
    assert info.value.kind == "too-large"


def test_an_unexpected_content_type_is_refused_before_the_body(site: Server) -> None:
    with pytest.raises(NetError, match="content type image/png"):
        Client(allowed_hosts=LOCAL).get(f"{site.url}/png", expect_types={"text/html"})


def test_503_then_success_is_retried(site: Server) -> None:
    response = Client(limits=Limits(backoff=0.05), allowed_hosts=LOCAL).get(f"{site.url}/flaky")
    assert (response.status, response.body) == (200, b"back")
    assert site.count("/flaky") == 2


def test_429_waits_for_retry_after(site: Server) -> None:
    started = time.monotonic()
    response = Client(allowed_hosts=LOCAL).get(f"{site.url}/busy")
    assert response.body == b"now"
    assert time.monotonic() - started >= 0.9


def test_a_retry_after_beyond_the_cap_is_not_waited_for(site: Server) -> None:
    started = time.monotonic()
    response = Client(limits=Limits(max_retry_after=5), allowed_hosts=LOCAL).get(f"{site.url}/busy-long")
    assert response.status == 429
    assert site.count("/busy-long") == 1
    assert time.monotonic() - started < 2


def test_retries_give_up_after_the_limit(site: Server) -> None:
    before = site.count("/down")
    response = Client(limits=Limits(retries=2, backoff=0.01), allowed_hosts=LOCAL).get(f"{site.url}/down")
    assert response.status == 503
    assert site.count("/down") - before == 3


def test_requests_in_flight_per_host_are_limited() -> None:
    # each answer waits for a second request to arrive, so two are in flight however slowly threads start;
    # they are counted until the answer is made, before the client can have it and send the next one
    pair = threading.Barrier(2, timeout=3)
    lock = threading.Lock()
    in_flight = [0, 0]  # now, most

    def wait(request: Request) -> Reply:
        with lock:
            in_flight[0] += 1
            in_flight[1] = max(in_flight[1], in_flight[0])
        # a client that sends one at a time breaks the barrier, and the count below catches it
        with contextlib.suppress(threading.BrokenBarrierError):
            pair.wait()
        time.sleep(0.05)
        with lock:
            in_flight[0] -= 1
        return Reply(body=b"ok")

    with serve({"/wait": wait}) as server:
        client = Client(limits=Limits(per_host=2), allowed_hosts=LOCAL)
        threads = [threading.Thread(target=client.get, args=(f"{server.url}/wait",)) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert server.count("/wait") == 8
    assert in_flight[1] == 2


def test_a_host_rate_spaces_the_requests() -> None:
    starts: list[float] = []

    def stamp(request: Request) -> Reply:
        starts.append(time.monotonic())
        return Reply(body=b"ok")

    with serve({"/api": stamp}) as server:
        client = Client(allowed_hosts=LOCAL, host_rules={f"127.0.0.1:{server.port}": HostRule(concurrency=3, rate=10)})
        threads = [threading.Thread(target=client.get, args=(f"{server.url}/api",)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    starts.sort()
    assert len(starts) == 6
    assert starts[-1] - starts[0] >= 0.45  # six requests at 10 per second span at least half a second


def test_https_keeps_the_host_name_for_sni_and_the_certificate(
    tmp_path: Path, dns: dict[str, list[str]], connections: list[tuple[str, int]]
) -> None:
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=secure.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    names: list[str | None] = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)  # type: ignore[assignment,misc,return-value]
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]

    def handshake() -> None:
        conn, _ = listener.accept()
        try:
            context.wrap_socket(conn, server_side=True).close()
        except (ssl.SSLError, OSError):
            pass  # the client rejects our self-signed certificate, as it must
        finally:
            conn.close()

    thread = threading.Thread(target=handshake, daemon=True)
    thread.start()
    dns["secure.test"] = ["127.0.0.1"]
    with pytest.raises(NetError) as info:
        Client(allowed_hosts=["secure.test"]).get(f"https://secure.test:{port}/")
    thread.join(5)
    listener.close()
    assert info.value.kind == "tls", str(info.value)
    assert names == ["secure.test"]  # SNI names the host, though the socket went to the checked address
    assert connections == [("127.0.0.1", port)]


@pytest.mark.parametrize("url", ["http://[oops/", "ftp://example.org/file", "http:///no-host", "http://a..b/"])
def test_an_invalid_address_is_a_net_error(url: str) -> None:
    with pytest.raises(NetError) as info:
        Client().get(url)
    assert info.value.kind == "invalid-url"
