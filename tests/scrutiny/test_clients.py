"""Who is asking, as the rate limits of the public forms and the open data API count them."""

import pytest
from django.test import RequestFactory

from scrutiny.clients import client_address


def request_from(remote_addr, forwarded_for=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)


@pytest.mark.parametrize(
    "remote_addr, counted",
    [
        ("198.51.100.7", "198.51.100.7"),
        # An IPv6 household holds a /64: every address in it counts as one client.
        ("2001:db8:1:2::10", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff::99", "2001:db8:1:2::/64"),
        # An IPv4 client of a server that listens on IPv6 too.
        ("::ffff:198.51.100.7", "198.51.100.7"),
        ("not an address", "unknown"),
        ("", "unknown"),
    ],
)
def test_an_address_or_its_network(settings, remote_addr, counted):
    settings.RATE_LIMIT_TRUSTED_PROXIES = 0
    assert client_address(request_from(remote_addr)) == counted


def test_without_a_trusted_proxy_the_header_is_ignored(settings):
    settings.RATE_LIMIT_TRUSTED_PROXIES = 0
    assert client_address(request_from("10.0.0.1", "203.0.113.9")) == "10.0.0.1"


@pytest.mark.parametrize(
    "proxies, forwarded_for, counted",
    [
        (1, "198.51.100.7", "198.51.100.7"),
        # Whatever a client puts at the start of the header, the address the proxy saw counts.
        (1, "203.0.113.1, 198.51.100.7", "198.51.100.7"),
        (2, "203.0.113.9, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        # A request that did not come through the proxies (no header, or too short) is counted by where it
        # came from, not lumped with every other such request.
        (1, "", "10.0.0.1"),
        (2, "198.51.100.7", "10.0.0.1"),
    ],
)
def test_behind_the_councils_proxies(settings, proxies, forwarded_for, counted):
    settings.RATE_LIMIT_TRUSTED_PROXIES = proxies
    assert client_address(request_from("10.0.0.1", forwarded_for)) == counted
