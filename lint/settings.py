"""Which configuration each article uses: the nearest config file above it, `extend` chains, and where each value came from."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lint.config import CONFIG_FILES, Config, ConfigError, _table, config_from_mapping
from lint.io.inputs import SKIP_DIRS, excluded, is_url
from lint.parse import EXTENSIONS

# the tables merged key by key when a file extends another; every other key is replaced whole
NESTED = ("verify",)


@dataclass(frozen=True)
class Settings:
    """A resolved configuration, the file it was found in, and the file each key was set in."""

    config: Config
    path: Path | None = None  # None: no config file, the defaults
    chain: tuple[Path, ...] = ()  # the file itself, then each file it extends
    origins: dict[str, Path] = field(default_factory=dict)  # "key" or "verify.key" -> file


def config_file_in(folder: Path, warn: Callable[[str], None] | None = None) -> Path | None:
    """The config file of one folder: medlint.toml wins over a pyproject.toml with [tool.medlint]."""
    found = []
    for name in CONFIG_FILES:
        candidate = folder / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml":
            try:
                if _table(candidate) is None:
                    continue
            except ConfigError:
                pass  # a broken pyproject is reported when read, not skipped
        found.append(candidate)
    if len(found) > 1 and warn is not None:
        warn(f"{found[0]} is used and [tool.medlint] in {found[1]} is ignored: both are in one folder")
    return found[0] if found else None


def resolved_table(
    path: Path, _chain: tuple[Path, ...] = ()
) -> tuple[dict[str, Any], dict[str, Path], tuple[Path, ...]]:
    """The table of ``path`` with what it extends merged under it; a cycle is a ConfigError."""
    path = path.resolve()
    if path in _chain:
        cycle = " -> ".join(str(p) for p in (*_chain, path))
        raise ConfigError(f"{path}: extend makes a cycle: {cycle}")
    if not path.is_file():
        where = f"{_chain[-1]}: extend names " if _chain else ""
        raise ConfigError(f"{where}{path}: config file not found")
    table = {k.replace("-", "_"): v for k, v in (_table(path) or {}).items()}
    chain = (*_chain, path)
    extend = table.pop("extend", None)
    if extend is None:
        return table, _origins(table, path), chain
    if not isinstance(extend, str):
        raise ConfigError(f"{path}: extend: give one path, relative to this file")
    base, origins, chain = resolved_table(path.parent / extend, chain)
    merged = dict(base)
    for key, value in table.items():
        if key in NESTED and isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = {**base[key], **value}
        else:
            merged[key] = value
    return merged, {**origins, **_origins(table, path)}, chain


def _origins(table: dict[str, Any], path: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for key, value in table.items():
        if key in NESTED and isinstance(value, dict):
            out.update({f"{key}.{k.replace('-', '_')}": path for k in value})
        else:
            out[key] = path
    return out


def load_settings(path: Path) -> Settings:
    """The configuration in ``path`` with its `extend` chain; globs are relative to ``path``'s folder."""
    table, origins, chain = resolved_table(path)
    config = config_from_mapping(table, source=str(path), root=path.resolve().parent)
    return Settings(config, path.resolve(), chain, origins)


class Resolver:
    """Finds and caches the settings of each folder, like ruff: the nearest config file above an article wins.

    With ``override`` (--config) every article uses that one file. ``limits`` are values from the
    command line (--max-file-size, --file-timeout) that win over every file. ``warn`` hears of a folder
    holding two config files; a config that cannot be used raises ConfigError.
    """

    def __init__(
        self,
        override: Path | None = None,
        cwd: Path | None = None,
        warn: Callable[[str], None] | None = None,
        limits: dict[str, Any] | None = None,
    ) -> None:
        self.cwd = (cwd or Path.cwd()).resolve()
        self._warn = warn
        self._limits = {k: v for k, v in (limits or {}).items() if v is not None}
        self._override = self._limited(load_settings(override)) if override is not None else None
        self._folders: dict[Path, Settings] = {}
        self._files: dict[Path, Settings] = {}
        self._parents: dict[str, Settings] = {}

    def for_folder(self, folder: Path) -> Settings:
        folder = folder.resolve()
        if self._override is not None:
            return self._override
        if folder in self._folders:
            return self._folders[folder]
        visited = []
        settings: Settings | None = None
        for candidate in [folder, *folder.parents]:
            if candidate in self._folders:
                settings = self._folders[candidate]
                break
            visited.append(candidate)
            found = config_file_in(candidate, self._warn)
            if found is not None:
                settings = self._files.get(found) or self._limited(load_settings(found))
                self._files[found] = settings
                break
        if settings is None:
            settings = self._limited(Settings(Config(root=self.cwd)))
        for v in visited:
            self._folders[v] = settings
        return settings

    def _limited(self, settings: Settings) -> Settings:
        if not self._limits:
            return settings
        return replace(settings, config=settings.config.model_copy(update=self._limits))

    def for_input(self, arg: str) -> Settings:
        """An article's settings; standard input and URLs use the current folder's."""
        if arg == "-" or is_url(arg):
            return self.for_folder(self.cwd)
        if arg.endswith(("/", os.sep)):
            return self.for_folder(Path(arg).parent)
        # the articles of one folder share its settings: the folder's path is resolved once
        parent = os.path.dirname(arg)
        settings = self._parents.get(parent)
        if settings is None:
            settings = self._parents[parent] = self.for_folder(Path(arg).parent)
        return settings


def show_settings(settings: Settings) -> str:
    """`--show-settings`: each resolved value and the file that set it."""
    lines = [f"config file: {settings.path or '(none: defaults)'}"]
    if len(settings.chain) > 1:
        lines.append("extends: " + " -> ".join(str(p) for p in settings.chain[1:]))
    lines.append(f"root: {settings.config.root}")
    data = settings.config.model_dump(mode="json", exclude={"root"})
    for key, value in data.items():
        if key == "extend":
            continue
        if isinstance(value, dict) and key in NESTED:
            for sub, subvalue in value.items():
                lines.append(_setting(f"{key}.{sub}", subvalue, settings.origins.get(f"{key}.{sub}")))
        else:
            lines.append(_setting(key, value, settings.origins.get(key)))
    return "\n".join(lines) + "\n"


def _setting(key: str, value: object, origin: Path | None) -> str:
    import json

    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > 100:
        shown = shown[:97] + "..."
    return f"{key} = {shown}  # {origin or 'default'}"


def walk(paths: list[str], resolver: Resolver) -> Iterator[tuple[str, str | None]]:
    """`--show-files`: every file under ``paths`` with None when it would be checked, else why it is not."""
    for arg in paths:
        if arg == "-" or is_url(arg):
            yield arg, None
            continue
        path = Path(arg)
        if not path.is_dir():
            yield arg, _exclusion(path, resolver) if path.exists() else "no such file or folder"
            continue
        for folder, dirs, files in os.walk(path):
            here = Path(folder)
            for name in sorted(dirs):
                if name in SKIP_DIRS or name.startswith("."):
                    yield (
                        (here / name).as_posix() + "/",
                        "folder never searched (hidden, version control or environment)",
                    )
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in sorted(files):
                item = here / name
                if item.suffix.lower() not in EXTENSIONS:
                    yield item.as_posix(), f"not an article type ({item.suffix or 'no extension'})"
                else:
                    yield item.as_posix(), _exclusion(item, resolver)


def _exclusion(path: Path, resolver: Resolver) -> str | None:
    settings = resolver.for_input(path.as_posix())
    if excluded(path, settings.config):
        origin = settings.origins.get("exclude", settings.path)
        return f"excluded by exclude in {origin}"
    return None
