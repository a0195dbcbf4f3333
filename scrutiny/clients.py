"""Who is asking, for the rate limits on the public forms and the open data API: one IP address, or one IPv6
network."""

import ipaddress

from django.conf import settings


def _client_network(request):
    """The client's IPv4 address, or its IPv6 /64 network; None when the address cannot be read. Behind
    RATE_LIMIT_TRUSTED_PROXIES proxies of the council's own, the address is the one the outermost of them saw:
    X-Forwarded-For's entry that many from the end (entries further left are whatever the client chose to
    send)."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.RATE_LIMIT_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
        ]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    if ip.version == 6 and ip.ipv4_mapped:
        # An IPv4 client of a server listening on IPv6 too arrives as ::ffff:a.b.c.d: it is that IPv4 address,
        # not the network ::/64 that every such client would otherwise share.
        ip = ip.ipv4_mapped
    # An IPv6 household or device is given a whole /64 network: limit the network, not each address in it.
    return ipaddress.ip_network(f"{ip}/64", strict=False) if ip.version == 6 else ipaddress.ip_network(ip)


def client_address(request) -> str:
    """Who is asking, as the rate limits count: an IPv4 address, or an IPv6 network ("2001:db8:1:2::/64")."""
    network = _client_network(request)
    if network is None:
        return "unknown"  # all requests without a readable address share one limit
    return str(network) if network.version == 6 else str(network.network_address)


def client_ip(request) -> str | None:
    """The same, as one IP address (an IPv6 network by its first address), for records that keep an address:
    django-axes' sign-in failures. None when it cannot be read (those share one count too)."""
    network = _client_network(request)
    return None if network is None else str(network.network_address)
