"""The one HTTP client medlint fetches with: address policy, time and size limits, redirects, retries and rates."""

from lint.io.net.client import Client, HostRule, Limits, NetError, Response
from lint.io.net.policy import AddressPolicy, refusal

__all__ = ["AddressPolicy", "Client", "HostRule", "Limits", "NetError", "Response", "refusal"]
