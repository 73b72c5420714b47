"""Abuse protection on the public forms: honeypot, submit-time trap, rate limits on the
database counter (embedded default) and on Redis, CSRF."""

import pytest
from django.core.cache import caches
from django.test import Client

from registration import ratelimit
from registration.models import RateLimitCounter, Registration
from tests.isolation import redis_test_url

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def de(pages, consent_texts):
    return pages["de"]


def post(client, page, data, address="198.51.100.23"):
    return client.post(f"{page.url}register/", data, REMOTE_ADDR=address)


def test_a_filled_honeypot_saves_nothing_keeps_the_entries_and_says_what_to_do(client, de, sku):
    response = post(
        client, de, {**valid_post(sku), "homepage": "http://spam.example", "token": form_token()}
    )
    page = response.content.decode()
    assert response.status_code == 200
    # What to do, in the customer's language and register, naming the button to press.
    assert (
        "Ihre Angaben sind erhalten: Bitte prüfen Sie sie und klicken Sie erneut auf "
        "„Produkt registrieren“." in page
    )
    assert 'value="Becker"' in page
    assert not Registration.objects.exists()
    # The hidden field comes back empty, so a person whose browser filled it gets through by
    # sending the form again as it is.
    assert 'value="http://spam.example"' not in page
    again = {**valid_post(sku), "homepage": "", "token": _token_in(page)}
    assert post(client, de, again).status_code == 303
    assert Registration.objects.count() == 1


def _token_in(page: str) -> str:
    import html
    import re

    return html.unescape(re.search(r'name="token" value="([^"]+)"', page).group(1))


def test_a_form_sent_faster_than_a_person_can_type_is_refused(client, de, sku, settings):
    # A wide minimum: "too fast" must stay too fast however long a busy machine takes to answer.
    settings.REGISTRATION_MIN_FORM_SECONDS = 30
    too_fast = post(client, de, {**valid_post(sku), "token": form_token(age=0)})
    assert too_fast.status_code == 200 and not Registration.objects.exists()
    # The re-rendered form keeps the first render time, so a person who then takes a moment
    # gets through without waiting again.
    human = post(client, de, {**valid_post(sku), "token": form_token(age=60)})
    assert human.status_code == 303


def test_a_missing_or_forged_token_is_refused(client, de, sku):
    for token in ("", "forged:abc:def"):
        assert post(client, de, {**valid_post(sku), "token": token}).status_code == 200
    assert not Registration.objects.exists()


def test_the_address_rate_limit_on_the_database_counter(client, de, sku, settings):
    settings.REDIS_URL = ""
    settings.REGISTRATION_RATE_LIMIT = "3/10m"
    for _ in range(3):
        post(client, de, {**valid_post(sku, email="x"), "token": form_token()})
    limited = post(client, de, {**valid_post(sku), "token": form_token()})
    assert limited.status_code == 429
    assert "Zu viele Versuche" in limited.content.decode()
    assert not Registration.objects.exists()
    assert RateLimitCounter.objects.exists()
    assert "198.51.100.23" not in str(list(RateLimitCounter.objects.values()))
    other = post(client, de, {**valid_post(sku), "token": form_token()}, address="203.0.113.5")
    assert other.status_code == 303


def test_the_email_rate_limit(client, de, sku, settings):
    settings.REGISTRATION_EMAIL_RATE_LIMIT = "1/h"
    assert post(client, de, {**valid_post(sku), "token": form_token()}).status_code == 303
    again = post(client, de, {**valid_post(sku, serial="HL4-000009"), "token": form_token()})
    assert again.status_code == 429


def test_the_rate_limit_on_redis(settings):
    redis_url = redis_test_url(0)
    settings.REDIS_URL = redis_url
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "bridgecard-test-ratelimit",
        }
    }
    caches["default"].clear()
    try:
        results = [ratelimit.hit(group="t", key="203.0.113.9", rate="2/m") for _ in range(3)]
        assert results == [False, False, True]
        assert not RateLimitCounter.objects.exists()  # counted in Redis, not the database
    finally:
        caches["default"].clear()


def test_the_database_counter_counts_per_window():
    results = [ratelimit.hit(group="g", key="k", rate="2/h") for _ in range(3)]
    assert results == [False, False, True]
    assert ratelimit.parse_rate("10/10m") == (10, 600)


def test_a_post_without_csrf_token_gets_an_explanation_in_german(de, sku):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        f"{de.url}register/",
        {**valid_post(sku), "token": form_token()},
        headers={"accept-language": "de"},
    )
    assert response.status_code == 403
    assert "Bitte senden Sie das Formular erneut" in response.content.decode()
    assert not Registration.objects.exists()


def test_public_pages_have_a_strict_csp(client, de):
    response = client.get(f"{de.url}register/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "style=" not in response.content.decode()  # no inline styles to allow
    assert "<script" not in response.content.decode()
