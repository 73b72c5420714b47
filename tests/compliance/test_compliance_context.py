"""The caller's context: allowed prefixes and domains, brand name, dict form."""

from __future__ import annotations

import pytest

from compliance import Context, check

SHORT = "Scan to register: https://brand.example/r/X7K2P9"


def test_short_link_needs_an_allowed_prefix_on_inserts() -> None:
    blocked = check(SHORT, "insert")
    assert blocked.categories == ["promotion"]
    assert "prefix" in blocked.findings[0].message
    ctx = Context(allowed_url_prefixes=("https://brand.example/r/",))
    assert check(SHORT, "insert", context=ctx).allowed


def test_context_as_plain_dict() -> None:
    assert check(SHORT, "insert", context={"allowed_url_prefixes": ["brand.example/r/"]}).allowed


def test_prefix_match_ignores_scheme_and_www() -> None:
    ctx = {"allowed_url_prefixes": ["http://www.brand.example/r/"]}
    assert check("Go to brand.example/r/AB12", "insert", context=ctx).allowed


def test_allowed_domain_admits_subdomains_on_inserts() -> None:
    ctx = Context(allowed_domains=("brand.example",))
    assert check("Details: https://go.brand.example/anything", "insert", context=ctx).allowed
    assert not check("Details: https://brand.example.evil.com/x", "insert", context=ctx).allowed


def test_context_never_opens_the_amazon_wall_for_the_sellers_site() -> None:
    ctx = Context(
        allowed_url_prefixes=("https://brand.example/r/",), allowed_domains=("brand.example",)
    )
    verdict = check("Register here: https://brand.example/r/X7K2", "amazon_message", context=ctx)
    assert verdict.categories == ["link"]


def test_context_can_admit_an_amazon_address() -> None:
    text = "Details: https://sellercentral.amazon.de/help/hub"
    assert check(text, "amazon_message").categories == ["link"]
    ctx = Context(allowed_url_prefixes=("https://sellercentral.amazon.de/help/",))
    assert check(text, "amazon_message", context=ctx).allowed


def test_brand_name_recognises_the_brands_own_shop() -> None:
    text = "Spare filters are in the Lumio shop as well."
    assert check(text, "amazon_message").allowed
    verdict = check(text, "amazon_message", context=Context(brand_name="Lumio"))
    assert verdict.categories == ["promotion"]
    assert check(text, "owned_message", context=Context(brand_name="Lumio")).allowed


def test_bad_context_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown context keys"):
        check("hi", "insert", context={"allowed": []})
    with pytest.raises(ValueError, match="lists of strings"):
        check("hi", "insert", context={"allowed_domains": "brand.example"})
    with pytest.raises(TypeError):
        check("hi", "insert", context=["brand.example"])  # type: ignore[arg-type]
