"""Which addresses medlint may connect to: public ones only, unless the user allows a host."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# ranges Python's flags do not name but that are never a public web server
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SIX_TO_FOUR = ipaddress.ip_network("2002::/16")


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, in the resolver's order; tests replace this function."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refusal(address: IPAddress) -> str | None:
    """Why medlint will not connect to ``address`` (loopback, private, ...), or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        # an IPv4 address written as IPv6 (::ffff:a9fe:a9fe) is judged as the IPv4 address it carries
        embedded = (
            address.ipv4_mapped
            or address.sixtofour
            or (ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None)
        )
        if embedded is not None:
            reason = refusal(embedded)
            return f"{reason} (as {address})" if reason else None
        if address in _SIX_TO_FOUR:
            return "a reserved address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if address.is_reserved:
        return "a reserved address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "a reserved address"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses only; `allowed_hosts` names host names, addresses or networks the user lets through."""

    names: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()

    @classmethod
    def allowing(cls, hosts: Iterable[str]) -> AddressPolicy:
        names: set[str] = set()
        networks: list[Network] = []
        for entry in hosts:
            entry = entry.strip().lower().strip("[]")
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                names.add(entry.rstrip("."))
        return cls(frozenset(names), tuple(networks))

    def host_allowed(self, host: str) -> bool:
        return host.lower().rstrip(".") in self.names

    def check(self, host: str, address: str) -> str | None:
        """Why connecting to ``address`` (what ``host`` resolved to) is refused, or None when it is allowed."""
        if self.host_allowed(host):
            return None
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if any(ip in net for net in self.networks if net.version == ip.version):
            return None
        return refusal(ip)


def literal_address(host: str) -> str | None:
    """``host`` as an IP address when it is written as one (`127.0.0.1`, `::1`), else None."""
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None
