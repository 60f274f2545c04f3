"""A throwaway HTTP server on 127.0.0.1 for the network tests: routes are functions of the request."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    # seconds to wait before answering, and between bytes of the body (a slow-drip server)
    delay: float = 0.0
    drip: float = 0.0
    length: bool = True


Route = Callable[["Request"], Reply]


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    count: int  # how many times this method and path were asked for, this one included
    at: float = 0.0  # time.monotonic() when it arrived


@dataclass
class Server:
    url: str
    port: int
    hits: Counter[tuple[str, str]] = field(default_factory=Counter)
    log: list[Request] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0

    def count(self, path: str, method: str = "GET") -> int:
        return self.hits[(method, path)]


@contextmanager
def serve(routes: dict[str, Route] | Route) -> Iterator[Server]:
    """Serve ``routes`` (path -> route, or one route for every path) until the block ends."""
    lock = threading.Lock()
    state: dict[str, Server] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def _handle(self) -> None:
            server = state["server"]
            parts = urlsplit(self.path)
            with lock:
                server.hits[(self.command, parts.path)] += 1
                request = Request(
                    self.command,
                    parts.path,
                    parts.query,
                    {k.lower(): v for k, v in self.headers.items()},
                    server.hits[(self.command, parts.path)],
                    time.monotonic(),
                )
                server.log.append(request)
                server.in_flight += 1
                server.most_in_flight = max(server.most_in_flight, server.in_flight)
            try:
                route = routes if callable(routes) else routes.get(parts.path)
                reply = route(request) if route is not None else Reply(404, b"not here", content_type="text/plain")
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if reply.length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.send_header("Connection", "close")
                self.end_headers()
                if self.command == "HEAD":
                    return
                if reply.drip:
                    for i in range(len(reply.body)):
                        self.wfile.write(reply.body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(reply.drip)
                else:
                    self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should on a slow or oversized answer
            finally:
                with lock:
                    server.in_flight -= 1
                self.close_connection = True

        do_GET = _handle
        do_HEAD = _handle

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    port = httpd.server_address[1]
    state["server"] = Server(f"http://127.0.0.1:{port}", port)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state["server"]
    finally:
        httpd.shutdown()
        httpd.server_close()
