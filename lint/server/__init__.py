"""The language server: `medlint server` speaks the Language Server Protocol on standard input and output."""

from lint.server.server import build_server, serve

__all__ = ["build_server", "serve"]
