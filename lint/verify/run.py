"""Verifying the sources of a whole run at once: each link, DOI and PMID asked once, concurrently and politely."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from lint.config import VerifyConfig
from lint.io.net import Client, HostRule, Limits
from lint.io.net.client import host_key
from lint.model import Article, Source
from lint.model.verification import LinkCheck, RecordCheck, SourceState
from lint.verify.cache import Cache, default_cache_dir
from lint.verify.crossref import lookup_doi
from lint.verify.links import check_link
from lint.verify.match import compare
from lint.verify.pubmed import batches, lookup_pmids

DAY = 86400.0
DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})
PUBMED_HOSTS = frozenset({"pubmed.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov"})
Progress = Callable[[int, int], None]


@dataclass
class Results:
    """Every answer of one run, by URL and by identifier, and what it cost."""

    links: dict[str, LinkCheck] = field(default_factory=dict)
    records: dict[tuple[str, str], RecordCheck] = field(default_factory=dict)
    requests: int = 0
    cache_hits: int = 0
    not_checked: int = 0  # offline, and not in the cache
    notes: list[str] = field(default_factory=list)  # what the user should know, for stderr
    seconds: float = 0.0


@dataclass(frozen=True)
class Targets:
    """What one source entry asks to be checked."""

    url: str | None
    doi: str | None
    pmid: str | None


def targets(source: Source) -> Targets:
    doi = source.doi.strip().rstrip(".").lower() if source.doi else None
    pmid = source.pmid.lstrip("0") or None if source.pmid else None
    url = None
    if source.url and source.url.lower().startswith(("http://", "https://")):
        try:
            parts = urlsplit(source.url.strip())
            host = (parts.hostname or "").lower()
        except ValueError:  # `http://[oops/`: the client reports it as an invalid address
            return Targets(source.url.strip(), doi, pmid)
        # a doi.org or PubMed link is checked through its identifier's record, which says more
        if not ((doi and host in DOI_HOSTS) or (pmid and host in PUBMED_HOSTS)):
            url = urlunsplit(parts._replace(fragment=""))
    return Targets(url, doi, pmid)


def _failed(kind: str, item: Any, reason: str) -> Any:
    """An unverifiable answer in the shape the job would have returned."""
    if kind == "link":
        return LinkCheck(url=item, outcome="unverifiable", reason=reason)
    if kind == "doi":
        return RecordCheck(scheme="doi", id=item, outcome="unverifiable", reason=reason)
    return {i: RecordCheck(scheme="pmid", id=i, outcome="unverifiable", reason=reason) for i in item}


class Verifier:
    """Checks sources through one client and one cache; `verify` once per run, then `states` per article."""

    def __init__(
        self,
        config: VerifyConfig,
        *,
        root: Path | None = None,
        allowed_hosts: Collection[str] = (),
        offline: bool | None = None,
        cache_dir: Path | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.config = config
        self.offline = config.offline if offline is None else offline
        folder = cache_dir or config.cache_dir or default_cache_dir()
        self.cache_dir = folder if folder.is_absolute() or root is None else root / folder
        self.progress = progress
        key = config.ncbi_api_key.get_secret_value() if config.ncbi_api_key else os.environ.get("MEDLINT_NCBI_API_KEY")
        self.ncbi_api_key = key or None
        polite = bool(config.mailto)
        ncbi_rate = config.ncbi_rate or (10.0 if self.ncbi_api_key else 3.0)
        self.client = Client(
            Limits(
                connect_timeout=config.connect_timeout,
                request_timeout=config.request_timeout,
                read_timeout=min(10.0, config.request_timeout),
                retries=config.retries,
                max_retry_after=config.max_retry_after,
                concurrency=config.concurrency,
                per_host=config.per_host_concurrency,
            ),
            allowed_hosts=allowed_hosts,
            run_timeout=config.verify_timeout,
            host_rules={
                # Crossref's polite pool (with a mailto) allows more than its public pool
                host_key(config.crossref_api): HostRule(
                    concurrency=3 if polite else 1,
                    rate=config.crossref_rate if polite else min(5.0, config.crossref_rate),
                ),
                host_key(config.pubmed_api): HostRule(concurrency=3, rate=ncbi_rate),
            },
            on_request=self._count,
        )
        self._requests = 0
        self._lock = threading.Lock()

    def _count(self, method: str, url: str) -> None:
        with self._lock:
            self._requests += 1

    # --- one run ----------------------------------------------------------------------------------

    def verify(self, sources: Iterable[Source]) -> Results:
        """Check every distinct URL, DOI and PMID among ``sources``: cache first, then the network."""
        started = time.monotonic()
        urls: set[str] = set()
        dois: set[str] = set()
        pmids: set[str] = set()
        for source in sources:
            t = targets(source)
            urls.update([t.url] if t.url else [])
            dois.update([t.doi] if t.doi else [])
            pmids.update([t.pmid] if t.pmid else [])
        results = Results()
        cache, problem = Cache.open(self.cache_dir)
        if problem:
            results.notes.append(problem)
        try:
            todo_urls = self._from_cache(cache, "link", sorted(urls), results)
            todo_dois = self._from_cache(cache, "doi", sorted(dois), results)
            todo_pmids = self._from_cache(cache, "pmid", sorted(pmids), results)
            if self.offline:
                self._not_checked(todo_urls, todo_dois, todo_pmids, results)
            else:
                self._fetch(todo_urls, todo_dois, todo_pmids, results)
                self._unless_offline_by_accident(results)
                cache.put_many(self._rows(results, set(todo_urls), set(todo_dois), set(todo_pmids)))
        finally:
            cache.close()
        results.requests = self._requests
        results.seconds = time.monotonic() - started
        return results

    def states(self, article: Article, results: Results) -> tuple[SourceState, ...]:
        """Each entry's checks, in source-list order, with the entry compared to what its identifiers name."""
        out = []
        for source in article.sources:
            t = targets(source)
            records = [
                r
                for r in (
                    results.records.get(("doi", t.doi)) if t.doi else None,
                    results.records.get(("pmid", t.pmid)) if t.pmid else None,
                )
                if r is not None
            ]
            mismatches = [m for r in records if (m := compare(source, r, self.config.title_similarity))]
            out.append(
                SourceState(link=results.links.get(t.url) if t.url else None, records=records, mismatches=mismatches)
            )
        return tuple(out)

    # --- cache ------------------------------------------------------------------------------------

    def _key(self, kind: str, key: str) -> str:
        if kind == "doi":
            return f"{self.config.crossref_api}|{key}"
        if kind == "pmid":
            return f"{self.config.pubmed_api}|{key}"
        return key

    def _from_cache(self, cache: Cache, kind: str, keys: list[str], results: Results) -> list[str]:
        """Fill ``results`` from the cache; return the keys still to ask for."""
        todo = []
        for key in keys:
            hit = cache.get(kind, self._key(kind, key))
            if hit is None or not (hit.fresh or self.offline):
                todo.append(key)
                continue
            results.cache_hits += 1
            if kind == "link":
                results.links[key] = LinkCheck.model_validate(hit.value)
            else:
                results.records[(kind, key)] = RecordCheck.model_validate(hit.value)
        return todo

    def _rows(
        self, results: Results, urls: set[str], dois: set[str], pmids: set[str]
    ) -> list[tuple[str, str, dict[str, Any], float, float]]:
        """What to store and for how long; an answer that may change within minutes is never stored."""
        c = self.config
        rows: list[tuple[str, str, dict[str, Any], float, float]] = []
        for url in urls:
            link = results.links[url]
            if link.outcome in ("ok", "redirected"):
                rows.append(("link", url, link.model_dump(mode="json"), c.cache_live_days * DAY, 0))
            elif link.outcome == "dead":
                rows.append(("link", url, link.model_dump(mode="json"), c.cache_dead_days * DAY, 0))
        for (kind, key), record in results.records.items():
            if key not in (dois if kind == "doi" else pmids):
                continue
            value = record.model_dump(mode="json")
            if record.outcome == "found":
                fresh = min(c.cache_metadata_days, c.cache_retraction_days) * DAY
                rows.append((kind, self._key(kind, key), value, fresh, c.cache_metadata_days * DAY))
            elif record.outcome == "unknown":
                rows.append((kind, self._key(kind, key), value, c.cache_dead_days * DAY, 0))
        return rows

    # --- network ----------------------------------------------------------------------------------

    def _not_checked(self, urls: list[str], dois: list[str], pmids: list[str], results: Results) -> None:
        reason = "offline, and not in the cache"
        for url in urls:
            results.links[url] = LinkCheck(url=url, outcome="not-checked", reason=reason)
        for doi in dois:
            results.records[("doi", doi)] = RecordCheck(scheme="doi", id=doi, outcome="not-checked", reason=reason)
        for pmid in pmids:
            results.records[("pmid", pmid)] = RecordCheck(scheme="pmid", id=pmid, outcome="not-checked", reason=reason)
        results.not_checked = len(urls) + len(dois) + len(pmids)

    def _fetch(self, urls: list[str], dois: list[str], pmids: list[str], results: Results) -> None:
        c = self.config
        jobs: list[tuple[str, Any]] = [("link", u) for u in urls] + [("doi", d) for d in dois]
        jobs += [("pmid", batch) for batch in batches(pmids)]
        if not jobs:
            return
        total = len(jobs)
        done = 0
        # the services' rate limits would hold link workers idle: each service has its own few workers
        polite = 3 if c.mailto else 1
        pools = {
            "link": ThreadPoolExecutor(max_workers=c.concurrency, thread_name_prefix="medlint-links"),
            "doi": ThreadPoolExecutor(max_workers=polite, thread_name_prefix="medlint-crossref"),
            "pmid": ThreadPoolExecutor(max_workers=3, thread_name_prefix="medlint-pubmed"),
        }
        try:
            futures: dict[Future[Any], tuple[str, Any]] = {}
            for kind, item in jobs:
                pool = pools[kind]
                if kind == "link":
                    futures[pool.submit(check_link, self.client, item)] = (kind, item)
                elif kind == "doi":
                    futures[pool.submit(lookup_doi, self.client, c.crossref_api, item, c.mailto)] = (kind, item)
                else:
                    call = pool.submit(
                        lookup_pmids, self.client, c.pubmed_api, item, mailto=c.mailto, api_key=self.ncbi_api_key
                    )
                    futures[call] = (kind, item)
            pending = set(futures)
            limit = time.monotonic() + c.verify_timeout + c.request_timeout + 5
            while pending:
                finished, pending = wait(
                    pending, timeout=max(0.0, limit - time.monotonic()), return_when="FIRST_COMPLETED"
                )
                if not finished:
                    break  # the client's own deadline should have ended them; never wait past it
                for future in finished:
                    kind, item = futures[future]
                    try:
                        value = future.result()
                    except Exception as exc:  # a bug on one source must not lose the others
                        value = _failed(kind, item, f"medlint failed to check it: {type(exc).__name__}: {exc}")
                    self._store(kind, item, value, results)
                    done += 1
                    if self.progress is not None:
                        self.progress(done, total)
            for future in pending:
                future.cancel()
                kind, item = futures[future]
                reason = f"the verification time limit of {c.verify_timeout:g} s was reached"
                self._store(kind, item, _failed(kind, item, reason), results)
        finally:
            for pool in pools.values():
                pool.shutdown(wait=False, cancel_futures=True)

    @staticmethod
    def _unless_offline_by_accident(results: Results) -> None:
        """With no network at all every host fails to resolve: then no link is dead, each is unverifiable."""
        unreachable = [u for u, link in results.links.items() if link.outcome == "dead" and link.http_status is None]
        answered = any(link.http_status is not None for link in results.links.values()) or any(
            r.outcome in ("found", "unknown") for r in results.records.values()
        )
        if answered or not unreachable:
            return
        reason = "no host answered at all: the network seems unreachable"
        for url in unreachable:
            link = results.links[url]
            results.links[url] = link.model_copy(
                update={"outcome": "unverifiable", "reason": f"{link.reason}; {reason}"}
            )
        results.notes.append(f"{reason}, so no link is called dead; run again with a connection")

    @staticmethod
    def _store(kind: str, item: Any, value: Any, results: Results) -> None:
        if kind == "link":
            results.links[item] = value
        elif kind == "doi":
            results.records[("doi", item)] = value
        else:
            for pmid, record in value.items():
                results.records[("pmid", pmid)] = record
