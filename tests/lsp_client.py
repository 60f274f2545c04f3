"""A small Language Server Protocol client for the tests: starts `medlint server` and talks JSON-RPC over its pipes."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Message = dict[str, Any]


class LspClient:
    def __init__(self, cwd: Path, capabilities: dict[str, Any] | None = None) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lint", "server"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.inbox: queue.Queue[Message] = queue.Queue()
        self.notifications: list[Message] = []
        self.responses: dict[int, Message] = {}
        self._next_id = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        self.capabilities = capabilities or {}

    # --- wire ---------------------------------------------------------------------------------

    def _send(self, message: Message) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.proc.stdin.flush()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if length is None:
                continue
            self.inbox.put(json.loads(out.read(length)))

    def _pump(self, timeout: float) -> None:
        message = self.inbox.get(timeout=timeout)
        if "id" in message and "method" in message:  # a request from the server: accept it
            self._send({"id": message["id"], "result": None})
        elif "id" in message:
            self.responses[message["id"]] = message
        else:
            self.notifications.append(message)

    # --- API ----------------------------------------------------------------------------------

    def request(self, method: str, params: Any, timeout: float = 60) -> Any:
        self._next_id += 1
        ident = self._next_id
        self._send({"id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while ident not in self.responses:
            self._pump(max(0.01, deadline - time.monotonic()))
        response = self.responses.pop(ident)
        assert "error" not in response, response
        return response["result"]

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def wait_for(self, predicate: Callable[[Message], bool], timeout: float = 60) -> Message:
        """The first notification (old or new) that matches; it is consumed."""
        deadline = time.monotonic() + timeout
        while True:
            for i, message in enumerate(self.notifications):
                if predicate(message):
                    return self.notifications.pop(i)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no matching notification; got {[m.get('method') for m in self.notifications]}")
            try:
                self._pump(remaining)
            except queue.Empty:
                continue

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60) -> list[dict[str, Any]]:
        def match(m: Message) -> bool:
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version

        return self.wait_for(match, timeout)["params"]["diagnostics"]  # type: ignore[no-any-return]

    def initialize(self, root: Path) -> dict[str, Any]:
        result = self.request(
            "initialize",
            {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": self.capabilities},
        )
        self.notify("initialized", {})
        return result  # type: ignore[no-any-return]

    def open(self, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}},
        )
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()
