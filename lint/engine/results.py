"""A run's file reports in path order; past a set number, kept serialized (on disk past a few MB), not as objects.

A report object costs some 8 kB and its JSON about 1 kB: a run over tens of thousands of articles keeps
the JSON, and each pass over the report (a reporter, the exit status) reads the files back one at a time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from lint import __version__
from lint.model import FileReport, Report, Summary, ToolInfo

SPILL_BYTES = 16 * 1024 * 1024  # serialized reports stay in memory up to this, then go to a temporary file


class StoredFiles(Sequence[FileReport]):
    """File reports serialized one after another, read back in path order (stable for equal paths)."""

    def __init__(self) -> None:
        self._data = tempfile.SpooledTemporaryFile(max_size=SPILL_BYTES)  # noqa: SIM115  (lives as long as the report)
        self._index: list[tuple[str, int, int]] = []  # path, offset, length
        self._end = 0
        self._ordered = True

    def add(self, report: FileReport) -> None:
        data = report.model_dump_json().encode()
        self._data.seek(self._end)
        self._data.write(data)
        if self._index and report.path < self._index[-1][0]:
            self._ordered = False
        self._index.append((report.path, self._end, len(data)))
        self._end += len(data)

    def _order(self) -> None:
        if not self._ordered:
            self._index.sort(key=lambda entry: entry[0])
            self._ordered = True

    def _load(self, entry: tuple[str, int, int]) -> FileReport:
        _, offset, length = entry
        self._data.seek(offset)
        return FileReport.model_validate_json(self._data.read(length))

    def __len__(self) -> int:
        return len(self._index)

    @overload
    def __getitem__(self, i: int) -> FileReport: ...

    @overload
    def __getitem__(self, i: slice) -> list[FileReport]: ...

    def __getitem__(self, i: int | slice) -> FileReport | list[FileReport]:
        self._order()
        if isinstance(i, slice):
            return [self._load(entry) for entry in self._index[i]]
        return self._load(self._index[i])

    def __iter__(self) -> Iterator[FileReport]:
        self._order()
        for entry in list(self._index):
            yield self._load(entry)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class Tally:
    """The summary of a run, counted as its reports go by."""

    def __init__(self) -> None:
        self.files = self.with_findings = self.claims = self.cited = self.broken = 0
        self.severities = {"error": 0, "warning": 0, "info": 0}

    def add(self, report: FileReport) -> None:
        self.files += 1
        self.with_findings += bool(report.findings)
        for finding in report.findings:
            self.severities[finding.severity] += 1
        self.claims += report.stats.claims
        self.cited += report.stats.cited_claims
        self.broken += report.stats.broken_claims

    def summary(self) -> Summary:
        return Summary(
            files=self.files,
            files_with_findings=self.with_findings,
            errors=self.severities["error"],
            warnings=self.severities["warning"],
            infos=self.severities["info"],
            claims=self.claims,
            cited_claims=self.cited,
            broken_claims=self.broken,
            citation_coverage=round(self.cited / self.claims, 4) if self.claims else 1.0,
        )


def summarize(files: Iterable[FileReport]) -> Summary:
    tally = Tally()
    for file in files:
        tally.add(file)
    return tally.summary()


def collect(files: Iterable[FileReport], in_memory: int | None = None) -> Report:
    """The report of ``files``, sorted by path; past ``in_memory`` reports (None: no limit) they are kept serialized."""
    tally = Tally()
    kept: list[FileReport] = []
    stored: StoredFiles | None = None
    for file in files:
        tally.add(file)
        if stored is not None:
            stored.add(file)
        elif in_memory is not None and len(kept) >= in_memory:
            stored = StoredFiles()
            for earlier in kept:
                stored.add(earlier)
            kept = []
            stored.add(file)
        else:
            kept.append(file)
    summary = tally.summary()
    tool = ToolInfo(version=__version__)
    if stored is None:
        return Report(tool=tool, files=sorted(kept, key=lambda f: f.path), summary=summary)
    # the files are a sequence read back from storage: the model takes them as they are
    return Report.model_construct(tool=tool, files=stored, summary=summary)  # type: ignore[arg-type]
