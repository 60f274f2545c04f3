"""A file's text as medlint reads it (`\n` line endings, no byte-order mark) and as it is written back."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from lint.model import Edit

BOM = "\ufeff"


@dataclass
class RawText:
    """The exact text of a file, and the offsets of the `\\r` that reading it as `\\n` lines drops.

    Edits are made on the text medlint checks; ``apply`` places them in the exact text, so the
    byte-order mark, every line ending and everything outside the edits are written back unchanged.
    """

    raw: str
    bom: bool = False
    _dropped: list[int] = field(default_factory=list, repr=False)  # offsets in ``text`` of `\n` that were `\r\n`

    @classmethod
    def decode(cls, data: bytes) -> RawText:
        raw = data.decode("utf-8")
        bom = raw.startswith(BOM)
        return cls._of(raw[1:] if bom else raw, bom)

    @classmethod
    def _of(cls, raw: str, bom: bool) -> RawText:
        dropped: list[int] = []
        at = raw.find("\r\n")
        removed = 0
        while at != -1:
            dropped.append(at - removed)
            removed += 1
            at = raw.find("\r\n", at + 2)
        return cls(raw, bom, dropped)

    @property
    def text(self) -> str:
        return self.raw.replace("\r\n", "\n") if self._dropped else self.raw

    def encode(self) -> bytes:
        return ((BOM if self.bom else "") + self.raw).encode("utf-8")

    @property
    def newline(self) -> str:
        """The line ending most lines use, for the lines a fix adds."""
        return "\r\n" if len(self._dropped) * 2 > self.text.count("\n") else "\n"

    def _raw_offset(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._dropped, offset)

    def apply(self, edits: list[Edit]) -> RawText:
        """A new RawText with ``edits`` (offsets in ``text``) applied; added lines take the file's line ending."""
        from lint.fix.edits import apply_edits

        newline = self.newline
        moved = [
            Edit(
                start=self._raw_offset(e.start),
                end=self._raw_offset(e.end),
                content=e.content.replace("\n", newline) if newline != "\n" else e.content,
            )
            for e in edits
        ]
        return RawText._of(apply_edits(self.raw, moved), self.bom)
