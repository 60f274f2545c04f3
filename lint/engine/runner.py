"""Runners: one check of many articles, in this process or across worker processes, the same report either way.

The result cache sits in front of both: a file whose key is known is not read by spaCy again, and a run
where every file is known never imports spaCy.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeAlias

from lint.engine.cache import ResultCache
from lint.engine.engine import Checked, Engine
from lint.io.inputs import Input, is_url
from lint.model import FileReport, Report

if TYPE_CHECKING:  # the process pool loads only when some article is left to check
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

    from lint.config import Config
    from lint.engine.engine import Options
    from lint.model.verification import SourceState

# a worker's start-up (its own spaCy pipeline, ~1 s) pays for itself past this many articles
MIN_FILES_PER_WORKER = 40
BATCH = 8  # articles per task: fewer round trips, and a dead worker costs little to retry
IN_FLIGHT_PER_WORKER = 4  # tasks queued ahead per worker: enough to keep it busy, not the whole run in memory
# debug hook for tests: a worker exits at once on a file whose name contains this (a crash on one article)
CRASH_ON_ENV = "MEDLINT_DEBUG_WORKER_EXIT_ON"

# a local path a worker reads itself, an input already read (a URL, standard input), or one with its
# sources' verification states
Item: TypeAlias = "str | Input | tuple[Input, tuple[SourceState, ...] | None]"


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def plan_jobs(jobs: int | None, files: int) -> int:
    """Workers for ``files`` articles; 1 means in this process. ``jobs`` None is `auto`."""
    if jobs is not None:
        return max(1, min(jobs, files))
    return max(1, min(cores(), files // MIN_FILES_PER_WORKER))


def shard(files: list[str], index: int, count: int) -> list[str]:
    """Part ``index`` (1-based) of ``count`` of the sorted files: every file in exactly one part, whoever runs it."""
    if not 1 <= index <= count:
        raise ValueError(f"shard {index}/{count}: the part must be between 1 and {count}")
    return [f for i, f in enumerate(sorted(files)) if i % count == index - 1]


def parse_shard(value: str) -> tuple[int, int]:
    """`K/N` into (K, N)."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise ValueError(f"{value!r} is not K/N (for example 1/4)") from None
    if n < 1 or not 1 <= k <= n:
        raise ValueError(f"{value!r}: K must be between 1 and N")
    return k, n


class Runner:
    """Checks files with ``engine``'s settings: cache look-ups first, then in this process or in ``jobs`` workers."""

    def __init__(
        self,
        engine: Engine,
        *,
        jobs: int | None = None,
        cache: ResultCache | None = None,
        settle: Callable[[], None] | None = None,
    ) -> None:
        self.engine = engine
        self.jobs = jobs
        # a run with source verification is not cached: its answers depend on the network of the day
        self.cache = cache if not engine.verifying else None
        self.settle = settle
        self.workers = 1  # how many the last run used, for the benchmark and the tests

    def check_files(
        self, files: list[str], progress: Callable[[Iterator[Checked]], Iterable[Checked]] | None = None
    ) -> Report:
        checked = self.checked(files)
        return self.engine.report(c.report for c in (progress(checked) if progress else checked))

    def checked(self, files: list[str]) -> Iterator[Checked]:
        """Every file's result, streamed; order is the engine's business (the report sorts by path)."""
        engine = self.engine
        if engine.verifying:
            self.workers = plan_jobs(self.jobs, len(files))
            if self.workers == 1:
                # verification asks the network once for the run while spaCy reads the articles here
                if self.settle:
                    self.settle()
                from lint.io.fetch import page_client

                client = page_client(engine.allowed_hosts)
                yield from engine.check_inputs(engine._read(a, client) for a in files)
            else:
                # the workers start (and the forkserver builds the pipeline) while the network answers
                pool = self._pool(self.workers)
                try:
                    for _ in range(self.workers):
                        pool.submit(_ready)
                    verified = self._verified(files)
                except BaseException:  # Ctrl-C while the network answers: the idle workers go too
                    _stop(pool)
                    raise
                yield from self._pooled(verified, self.workers, pool)
            return
        todo: list[Item] = []
        for checked, item in self._look_up(files):
            if checked is not None:
                yield checked
            else:
                todo.append(item)
        if not todo:
            return
        self.workers = plan_jobs(self.jobs, len(todo))
        if self.workers == 1:
            yield from self._in_process(todo)
        else:
            yield from self._pooled(todo, self.workers)

    # --- the cache ---------------------------------------------------------------------------------

    def _look_up(self, files: list[str]) -> Iterator[tuple[Checked | None, Item]]:
        """Cache hits, and what is left to check (a local path is read again by whoever checks it)."""
        engine = self.engine
        client = None
        for arg in files:
            local = arg != "-" and not is_url(arg)
            if self.cache is None and local:
                yield None, arg
                continue
            if client is None and not local:  # the HTTP stack loads only for a URL
                from lint.io.fetch import page_client

                client = page_client(engine.allowed_hosts)
            item = engine._read(arg, client)
            if self.cache is not None and item.error is None and item.text is not None:
                report = self.cache.get(self.cache.key(item.path, item.format, item.text))
                if report is not None:
                    if engine.options.keep_texts:
                        engine.texts[item.path] = item.text
                    yield Checked(report, item.text), item
                    continue
            yield None, (arg if local else item)

    def _verified(self, files: list[str]) -> list[Item]:
        """Every input with its sources' states: verified here, once for the run, then handed to the workers.

        The verification notes and the one verification cache stay with this process.
        """
        from lint.io.fetch import page_client
        from lint.parse import parse

        engine = self.engine
        client = page_client(engine.allowed_hosts)
        inputs = [engine._read(a, client) for a in files]
        articles = {}
        for item in inputs:
            if item.error is None and item.text is not None and item.format is not None:
                try:
                    articles[id(item)] = parse(item.text, item.path, item.format, engine.config.date_order)
                except Exception:  # the worker parses it again and reports the parse-error
                    continue
        engine._start_verification(list(articles.values()))
        return [(item, engine._source_states(articles[id(item)])) if id(item) in articles else item for item in inputs]

    # --- in this process ---------------------------------------------------------------------------

    def _in_process(self, todo: list[Item]) -> Iterator[Checked]:
        if self.settle:
            self.settle()
        for entry in todo:
            states = None
            if isinstance(entry, tuple):
                entry, states = entry
            # a local path: no HTTP client needed
            item = self.engine._read(entry, None) if isinstance(entry, str) else entry
            yield _check(self.engine, item, self.cache, states)

    # --- in worker processes -----------------------------------------------------------------------

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        # never fork: the parent may hold threads (verification, the progress bar) and a fork copies their locks
        context: BaseContext
        if "forkserver" in methods:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["lint.engine.preload"])
        else:
            context = multiprocessing.get_context("spawn")
        options = dataclasses.replace(self.engine.options, verify_progress=None, keep_texts=False)
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            # the forkserver may predate a change to this process's environment: hand the hook on explicitly
            initargs=(
                self.engine.config,
                options,
                self.cache,
                self.engine.options.keep_texts,
                os.environ.get(CRASH_ON_ENV),
            ),
        )

    def _pooled(self, todo: list[Item], workers: int, pool: ProcessPoolExecutor | None = None) -> Iterator[Checked]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
        queue = iter(batches)
        pool = pool or self._pool(workers)
        pending: dict[Future[list[Done]], list[Item]] = {}
        suspects: list[Item] = []  # in flight when a worker died: retried one by one to find the culprit
        try:
            while True:
                while len(pending) < workers * IN_FLIGHT_PER_WORKER:
                    batch = next(queue, None)
                    if batch is None:
                        break
                    pending[pool.submit(_work, batch)] = batch
                if not pending:
                    break
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    batch = pending.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        suspects.extend(batch)
                        broken = True
                        continue
                    except Exception as exc:  # the worker could not run the task (say, an unpicklable input)
                        yield from (self._lost(item, f"{type(exc).__name__}: {exc}") for item in batch)
                        continue
                    yield from (self._received(d) for d in results)
                if broken:
                    for batch in pending.values():
                        suspects.extend(batch)
                    pending.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._pool(1)
                    for item in suspects:
                        try:
                            results = pool.submit(_work, [item]).result()
                        except BrokenProcessPool:
                            yield self._lost(item, "the worker checking it stopped (crashed or was killed)")
                            pool.shutdown(wait=False, cancel_futures=True)
                            pool = self._pool(1)
                            continue
                        yield from (self._received(d) for d in results)
                    suspects.clear()
                    pool.shutdown(wait=True)
                    pool = self._pool(workers)
        except BaseException:  # Ctrl-C or the consumer stopped: no worker outlives the run
            _stop(pool)
            raise
        pool.shutdown(wait=True)

    def _received(self, done: Done) -> Checked:
        report, text, error = done
        if error is not None:
            self.engine.read_errors[report.path] = error
        if text is not None:
            self.engine.texts[report.path] = text
        return Checked(report, text)

    def _lost(self, item: Item, why: str) -> Checked:
        if isinstance(item, tuple):
            item = item[0]
        path = item if isinstance(item, str) else item.path
        lost = Input(path, None, None if isinstance(item, str) else item.format)
        return self.engine._failed(lost, f"medlint failed checking this file: {why}", rule="rule-error")


Done = tuple[FileReport, str | None, str | None]  # a worker's answer: report, text (when kept), read error

_worker: tuple[Engine, ResultCache | None, bool, str | None] | None = None


def _start_worker(
    config: Config, options: Options, cache: ResultCache | None, keep_texts: bool, crash_on: str | None
) -> None:
    """A worker's one pipeline, built once; Ctrl-C is the parent's to handle."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from lint.nlp import get_nlp

    engine = Engine(config, options)
    get_nlp()
    gc.freeze()  # the pipeline lives as long as the worker: the collector need not rescan it
    _worker = (engine, cache, keep_texts, crash_on)


def _ready() -> None:
    """A task that only makes the pool start its workers."""


def _work(batch: list[Item]) -> list[Done]:
    assert _worker is not None
    engine, cache, keep_texts, crash_on = _worker
    out: list[Done] = []
    for entry in batch:
        states = None
        if isinstance(entry, tuple):
            entry, states = entry
        if isinstance(entry, str):  # a local path (URLs were read by the parent)
            if crash_on and crash_on in entry:
                os._exit(70)
            entry = engine._read(entry, None)
        item = entry
        checked = _check(engine, item, cache, states)
        out.append((checked.report, item.text if keep_texts else None, item.error))
    return out


def _check(
    engine: Engine, item: Input, cache: ResultCache | None, states: tuple[SourceState, ...] | None = None
) -> Checked:
    """Check one input and keep its report in the cache when it was checked through (no read error, no timeout)."""
    checked = engine.check_one(item, states)
    if cache is not None and checked.article is not None and item.text is not None:
        cache.put(cache.key(item.path, item.format, item.text), checked.report)
    return checked


def _stop(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
