"""Checking a source's link: HEAD, then GET when HEAD is refused; dead, moved, or beyond our reach."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from lint.io.net import Client, NetError
from lint.model.verification import LinkCheck

ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8"
DEAD_STATUSES = frozenset({404, 410})
# bot protection and rate limits say nothing about whether the page exists
UNVERIFIABLE_STATUSES = frozenset({401, 403, 429})
# a reader cannot reach these either: the link is broken, not merely unchecked
DEAD_ERRORS = frozenset({"dns", "connect", "redirects", "invalid-url"})


def check_link(client: Client, url: str) -> LinkCheck:
    now = datetime.now(UTC)
    try:
        response = client.head(url, headers={"Accept": ACCEPT})
        if response.status >= 400 and response.status != 429:
            # many servers refuse or mishandle HEAD; only a GET answer counts against the link
            response = client.get(url, headers={"Accept": ACCEPT}, read_body=False)
    except NetError as exc:
        outcome = "dead" if exc.kind in DEAD_ERRORS else "unverifiable"
        return LinkCheck(url=url, outcome=outcome, reason=exc.detail, checked_at=now)
    status = response.status
    final = response.url if response.redirects else None
    if 200 <= status < 400:
        if final and _site(final) != _site(url):
            return LinkCheck(
                url=url, outcome="redirected", http_status=status, final_url=final,
                reason=f"redirects to another site: {final}", checked_at=now,
            )  # fmt: skip
        return LinkCheck(url=url, outcome="ok", http_status=status, final_url=final, checked_at=now)
    reason = f"HTTP {status} {response.reason}".rstrip()
    if status in UNVERIFIABLE_STATUSES or status >= 500:
        return LinkCheck(
            url=url, outcome="unverifiable", http_status=status, final_url=final, reason=reason, checked_at=now
        )
    return LinkCheck(url=url, outcome="dead", http_status=status, final_url=final, reason=reason, checked_at=now)


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")
