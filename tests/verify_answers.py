"""Rule cases for the verification rules: what the services answered, stored in a cache the run reads offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lint.config import VerifyConfig
from lint.model.verification import LinkCheck, RecordCheck
from lint.verify.cache import Cache

DAY = 86400.0


def seed_cache(folder: Path, answers: dict[str, Any]) -> dict[str, Any]:
    """Store ``answers`` (links, dois, pmids) as a past online run would; return the `verify` config to read them."""
    defaults = VerifyConfig()
    rows: list[tuple[str, str, dict[str, Any], float, float]] = []
    for url, value in (answers.get("links") or {}).items():
        rows.append(("link", url, LinkCheck(url=url, **value).model_dump(mode="json"), DAY, DAY))
    for scheme, api in (("doi", defaults.crossref_api), ("pmid", defaults.pubmed_api)):
        for key, value in (answers.get(f"{scheme}s") or {}).items():
            record = RecordCheck(scheme=scheme, id=str(key), **value)  # type: ignore[arg-type]
            rows.append((scheme, f"{api}|{key}", record.model_dump(mode="json"), DAY, DAY))
    cache = Cache(folder)
    cache.put_many(rows)
    cache.close()
    return {"verify": True, "offline": True, "cache_dir": str(folder)}
