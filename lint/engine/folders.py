"""A run where each article uses its own folder's settings: one engine per configuration, one report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from lint.config import Config
from lint.io.inputs import excluded, is_url
from lint.model import FileReport, Report

if TYPE_CHECKING:
    from lint.engine import Engine
    from lint.settings import Resolver


class PerFolder:
    """Hands each input the engine of its settings; ``main`` (the current folder's) collects texts and notes."""

    def __init__(self, main: Engine, resolver: Resolver, make: Callable[[Config], Engine]) -> None:
        self.main = main
        self.resolver = resolver
        self._make = make
        self._engines: dict[int, Engine] = {id(main.config): main}

    def engine_for(self, arg: str) -> Engine | None:
        """The engine for one input, or None when its own settings exclude it."""
        settings = self.resolver.for_input(arg)
        if settings.config.exclude and arg != "-" and not is_url(arg) and excluded(Path(arg), settings.config):
            return None
        key = id(settings.config)
        if key not in self._engines:
            self._engines[key] = self._make(settings.config)
        return self._engines[key]

    def groups(self, files: list[str]) -> list[tuple[Engine, list[str]]]:
        """The inputs by the engine of their settings, in their order; excluded ones dropped."""
        groups: dict[int, tuple[Engine, list[str]]] = {}
        for f in files:
            engine = self.engine_for(f)
            if engine is not None:
                groups.setdefault(id(engine), (engine, []))[1].append(f)
        return list(groups.values())

    def check(self, files: list[str], check_one: Callable[[Engine, list[str]], Report]) -> Report:
        groups = self.groups(files)
        if len(groups) == 1 and groups[0][0] is self.main:
            return check_one(*groups[0])  # one set of settings: the run's report as it is
        return self.main.report(self._each(groups, check_one))

    def _each(
        self, groups: list[tuple[Engine, list[str]]], check_one: Callable[[Engine, list[str]], Report]
    ) -> Iterator[FileReport]:
        for engine, group in groups:
            yield from check_one(engine, group).files
            if engine is not self.main:
                self.main.texts.update(engine.texts)
                self.main.read_errors.update(engine.read_errors)
                self.main.verify_notes.extend(n for n in engine.verify_notes if n not in self.main.verify_notes)
