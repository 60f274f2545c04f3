"""medlint: a content-accuracy linter for consumer health articles.

The public API, for a CMS hook or a notebook::

    from lint import check_paths, check_text
    report = check_paths(["articles/"])
    result = check_text(markdown, path="draft.md")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

# the one version is pyproject.toml's, read from the installed package's metadata
try:
    __version__ = version("medlint")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    from lint.config import Config
    from lint.model import FileReport, InputFormat, Report


def check_paths(
    paths: list[str], *, config: Config | None = None, select: list[str] | None = None, ignore: list[str] | None = None
) -> Report:
    """Check files, folders (searched recursively) and URLs; config is discovered when not given."""
    from lint.config import load_config
    from lint.engine import Engine, Options

    engine = Engine(config or load_config(), Options(select=select, ignore=ignore or []))
    return engine.check_paths(paths)


def check_text(
    text: str,
    *,
    path: str = "<text>",
    format: InputFormat = "markdown",
    config: Config | None = None,
    select: list[str] | None = None,
) -> FileReport:
    """Check one article given as a string."""
    from lint.config import Config
    from lint.engine import Engine, Options
    from lint.io.inputs import Input

    engine = Engine(config or Config(), Options(select=select))
    checked = next(engine.check_inputs([Input(path, text.replace("\r\n", "\n"), format)]))
    return checked.report


__all__ = ["__version__", "check_paths", "check_text"]
