"""Site audits on a Dask cluster: the check of `medlint check` over paths, URLs and sitemaps, one pipeline per worker.

    from lint.engine.audit import audit
    report = audit(["articles/", "https://example.org/sitemap.xml"], scheduler="tcp://10.0.0.5:8786")

Local files are read here and sent to the workers (a cluster's workers need not share this disk); URLs
are fetched by the workers, each through the one HTTP client (lint/io/net) with its address policy.
Needs the `distributed` extra: `pip install 'medlint[distributed]'`.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from lint.config import Config
from lint.engine.engine import Engine, Options
from lint.io.inputs import Input, expand, is_url
from lint.model import FileReport, Report

if TYPE_CHECKING:
    from lint.io.net import Client as HttpClient

PLUGIN = "medlint-pipeline"
BATCH = 8  # articles per task: the scheduler's overhead per task is some milliseconds
IN_FLIGHT_PER_WORKER = 4
MAX_SITEMAPS = 1000  # a sitemap index pointing at more is cut there (and says so)
SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit for one file


class AuditError(Exception):
    """A sitemap that cannot be read or parsed: the audit has no list of pages to check."""


class PipelinePlugin(WorkerPlugin):
    """Builds one engine and one spaCy pipeline on each worker when it joins, reused by every task there."""

    name = PLUGIN

    def __init__(self, config: Config, options: Options) -> None:
        self.config = config
        self.options = options
        self.engine: Engine | None = None

    def setup(self, worker: Any) -> None:
        from lint.nlp import get_nlp

        self.engine = Engine(self.config, self.options)
        get_nlp()


def check_batch(batch: list[Input | str]) -> list[tuple[FileReport, str | None]]:
    """A task: check inputs on this worker with its pipeline; URLs are fetched here."""
    plugin = get_worker().plugins[PLUGIN]
    engine = plugin.engine  # type: ignore[attr-defined]
    assert engine is not None, "the medlint worker plugin did not start"
    client = None
    out = []
    for item in batch:
        if isinstance(item, str):
            if client is None:
                from lint.io.fetch import page_client

                client = page_client(engine.allowed_hosts)
            item = engine._read(item, client)
        out.append((engine.check_one(item).report, item.error))
    return out


def sitemap_urls(source: str, client: HttpClient | None = None) -> list[str]:
    """The page addresses a sitemap lists (a file or URL), following a sitemap index one level down."""
    import defusedxml.ElementTree as SafeTree  # no entity expansion, no external entities: a sitemap is untrusted

    seen: set[str] = set()
    pages: list[str] = []
    queue = [source]
    while queue:
        where = queue.pop(0)
        if where in seen:
            continue
        seen.add(where)
        if len(seen) > MAX_SITEMAPS:
            raise AuditError(f"{source}: more than {MAX_SITEMAPS} sitemaps in the index")
        try:
            root = SafeTree.fromstring(_sitemap_bytes(where, client))
        except AuditError:
            raise
        except Exception as exc:  # defusedxml's refusals and plain XML errors alike
            raise AuditError(f"{where}: not a readable sitemap: {type(exc).__name__}: {exc}") from None
        kind = _local(root.tag)
        if kind not in ("urlset", "sitemapindex"):
            raise AuditError(f"{where}: not a sitemap (its root element is <{kind}>)")
        for entry in root:
            loc = next((c.text.strip() for c in entry if _local(c.tag) == "loc" and c.text and c.text.strip()), None)
            if loc is None:
                continue
            if kind == "sitemapindex":
                queue.append(loc)
            elif loc not in pages:
                pages.append(loc)
    return pages


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sitemap_bytes(where: str, client: HttpClient | None) -> bytes:
    if not is_url(where):
        try:
            with open(where, "rb") as f:
                return f.read(SITEMAP_BYTES + 1)[:SITEMAP_BYTES]
        except OSError as exc:
            raise AuditError(f"cannot read the sitemap {where}: {exc.strerror or exc}") from None
    from lint.io.fetch import page_client
    from lint.io.net import NetError

    try:
        response = (client or page_client()).get(where, max_bytes=SITEMAP_BYTES)
    except NetError as exc:
        raise AuditError(f"cannot fetch the sitemap: {exc}") from None
    if response.status >= 300:
        raise AuditError(f"cannot fetch the sitemap {where}: HTTP {response.status} {response.reason}".rstrip())
    return response.body


def audit(
    targets: list[str],
    config: Config | None = None,
    options: Options | None = None,
    *,
    sitemaps: list[str] = (),  # type: ignore[assignment]
    scheduler: str | None = None,
    workers: int | None = None,
    progress: Callable[[FileReport], None] | None = None,
) -> Report:
    """Check ``targets`` (files, folders, globs, URLs) and every page of ``sitemaps`` on a Dask cluster.

    ``scheduler`` is a running scheduler's address (tcp://HOST:8786); without it a LocalCluster of
    ``workers`` processes (default: one per core) runs here for the audit's length.
    """
    config = config or Config()
    options = dataclasses.replace(options or Options(), verify_progress=None, keep_texts=False)
    engine = Engine(config, options)
    if engine.verifying:
        raise AuditError("an audit does not verify sources yet: run `medlint check --verify-sources` for that")
    from lint.io.fetch import page_client

    http = page_client(engine.allowed_hosts)
    pages = [url for sitemap in sitemaps for url in sitemap_urls(sitemap, http)]
    names = list(dict.fromkeys([*expand(list(targets), config), *pages])) if targets else list(dict.fromkeys(pages))
    with contextlib.ExitStack() as stack:
        if scheduler is None:
            from lint.engine.runner import cores

            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers or cores(),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(scheduler))
        client.register_plugin(PipelinePlugin(config, options))
        reports = list(_run(client, engine, names, progress))
    return engine.report(reports)


def _run(
    client: Client, engine: Engine, names: list[str], progress: Callable[[FileReport], None] | None
) -> Iterator[FileReport]:
    """Batches submitted a few per worker ahead, so the inputs read here never all sit in memory at once."""
    batches = (names[i : i + BATCH] for i in range(0, len(names), BATCH))
    ahead = max(1, len(client.scheduler_info().get("workers", {}))) * IN_FLIGHT_PER_WORKER

    sent: dict[Any, list[str]] = {}

    def task(batch: list[str]) -> Any:
        # a local file travels as its text; a URL as itself, fetched by the worker
        items: list[Input | str] = [n if is_url(n) else engine._read(n, None) for n in batch]
        future = client.submit(check_batch, items, pure=False)
        sent[future] = batch
        return future

    running = as_completed([task(b) for _, b in zip(range(ahead), batches, strict=False)])
    for future in running:
        batch = sent.pop(future)
        try:
            done = future.result()
        except Exception as exc:  # the scheduler gave up on the task (KilledWorker): a finding on each of its files
            why = f"medlint failed checking this file on the cluster: {type(exc).__name__}: {exc}"
            done = [(engine._failed(Input(n, None, None), why, rule="rule-error").report, None) for n in batch]
        for report, error in done:
            if error is not None:
                engine.read_errors[report.path] = error
            if progress:
                progress(report)
            yield report
        more = next(batches, None)
        if more is not None:
            running.add(task(more))
