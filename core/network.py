"""Network addresses: read from a request once, stored only as a keyed hash."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest
from django.utils.crypto import salted_hmac


def client_ip(request: HttpRequest) -> str:
    """The client's address, trusting ``X-Forwarded-For`` only for as many proxies as
    ``TRUSTED_PROXY_COUNT`` says sit in front of the site (a client can forge the rest)."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", None) or 0
    address = request.META.get("REMOTE_ADDR", "")
    if proxies:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [p for p in forwarded if p]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return ""


def hash_network_address(address: str) -> str:
    """Keyed HMAC-SHA256 of an address: the brand, holding ``IP_HASH_SECRET``, can later show
    that a given address produced a ledger row; nobody else can recover the address."""
    if not address:
        return ""
    return salted_hmac(
        "bridgecard.consent.network-address",
        address,
        secret=settings.IP_HASH_SECRET,
        algorithm="sha256",
    ).hexdigest()
