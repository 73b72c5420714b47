"""The connection: credentials (encrypted at rest, else the environment), the connection check,
rate limits and the call log, against the fake SP-API through python-amazon-sp-api."""

import logging

import pytest
from django.db import connection as db

from amazon.connection import Connection, ConnectionProblem, credentials_for, throttled_wait
from amazon.services import account_check
from core import secrets

pytestmark = pytest.mark.django_db


def test_secrets_are_stored_encrypted_and_read_back(account):
    with db.cursor() as cursor:
        cursor.execute(
            "select refresh_token, lwa_client_secret from amazon_selleraccount where id = %s",
            [account.pk],
        )
        token, secret = cursor.fetchone()
    assert token.startswith(secrets.PREFIX) and "Atzr|good" not in token
    assert secret.startswith(secrets.PREFIX) and "client-secret" not in secret
    account.refresh_from_db()
    assert account.refresh_token == "Atzr|good"


def test_a_secret_under_another_key_reads_as_empty_not_an_error(account, settings):
    settings.SECRETS_ENCRYPTION_KEY = secrets.new_key()
    account.refresh_from_db()
    assert account.refresh_token == ""
    with pytest.raises(secrets.SecretUnreadable):
        secrets.decrypt(secrets.PREFIX + "garbage")


def test_key_rotation_keeps_old_values_readable(settings):
    old, new = secrets.new_key(), secrets.new_key()
    settings.SECRETS_ENCRYPTION_KEY = old
    stored = secrets.encrypt("Atzr|x")
    settings.SECRETS_ENCRYPTION_KEY = f"{new},{old}"
    assert secrets.decrypt(stored) == "Atzr|x"


def test_empty_credentials_come_from_the_environment(account, monkeypatch):
    account.lwa_client_id = account.lwa_client_secret = account.refresh_token = ""
    monkeypatch.setenv("AMAZON_LWA_CLIENT_ID", "env-id")
    monkeypatch.setenv("AMAZON_LWA_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("AMAZON_REFRESH_TOKEN_NORDVIK_EU", "Atzr|env")
    creds = credentials_for(account)
    assert (creds.client_id, creds.client_secret, creds.refresh_token) == (
        "env-id",
        "env-secret",
        "Atzr|env",
    )


def test_the_check_connects_through_the_lwa_token_and_records_the_result(account, fake):
    result = account_check(account=account)
    assert result.ok and result.marketplaces == ["amazon.de"]
    assert fake.calls("token") == 1 and fake.calls("getMarketplaceParticipations") == 1
    account.refresh_from_db()
    assert account.last_check_ok is True and "amazon.de" in account.last_check_message


def test_a_revoked_refresh_token_is_shown_not_raised(account, fake):
    fake.refresh_tokens.clear()
    result = account_check(account=account)
    assert not result.ok and "invalid_grant" in result.message
    assert fake.calls("getMarketplaceParticipations") == 0
    account.refresh_from_db()
    assert account.last_check_ok is False and "invalid_grant" in account.last_check_message


def test_a_403_is_a_problem_with_amazons_code(account, fake):
    from tests.amazon.fake_spapi import Failure

    fake.fail_next(
        "getMarketplaceParticipations",
        Failure(403, "Unauthorized", "Access to requested resource is denied."),
    )
    result = account_check(account=account)
    assert not result.ok and result.message.startswith("Unauthorized")


def test_missing_credentials_are_reported_without_a_call(account, fake):
    account.refresh_token = ""
    result = account_check(account=account)
    assert not result.ok and "MissingCredentials" in result.message
    assert fake.requests == []


def test_a_429_waits_for_the_rate_amazon_states_then_succeeds(account, fake, clock, caplog):
    from sp_api.api import Sellers

    fake.rate_limit = "0.5"
    fake.throttle_next("getMarketplaceParticipations", times=2)
    conn = Connection(account, sleep=clock.sleep, clock=clock)
    client = conn.client(Sellers, "amazon.de")
    with caplog.at_level(logging.INFO, logger="amazon.spapi"):
        response = conn.call("getMarketplaceParticipations", client.get_marketplace_participation)
    assert response.payload[0]["marketplace"]["id"] == "A1PA6795UKMFR9"
    # one token's time at 0.5/s is 2 s, doubled for the second 429 in a row
    assert clock.waits[:2] == [2.0, 4.0]
    records = [r for r in caplog.records if r.name == "amazon.spapi"]
    statuses = [r.spapi_status for r in records]
    assert statuses == [429, 429, 200]
    assert all(r.spapi_request_id for r in records)
    assert all(r.spapi_operation == "getMarketplaceParticipations" for r in records)


def test_retry_after_wins_over_the_rate():
    assert (
        throttled_wait({"Retry-After": "7", "x-amzn-RateLimit-Limit": "0.5"}, rate=1, attempt=0)
        == 7
    )
    assert throttled_wait({}, rate=0.0167, attempt=0) == pytest.approx(59.88, rel=0.01)


def test_a_throttling_storm_gives_up_with_a_problem(account, fake, clock):
    from sp_api.api import Sellers

    fake.throttle_next("getMarketplaceParticipations", times=50)
    conn = Connection(account, sleep=clock.sleep, clock=clock)
    client = conn.client(Sellers, "amazon.de")
    with pytest.raises(ConnectionProblem) as info:
        conn.call("getMarketplaceParticipations", client.get_marketplace_participation)
    assert info.value.status == 429


def test_the_bucket_spaces_calls_beyond_the_burst(account, fake, clock):
    from sp_api.api import Sellers

    conn = Connection(account, sleep=clock.sleep, clock=clock)
    client = conn.client(Sellers, "amazon.de")
    fake.rate_limit = "0.016"
    for _ in range(16):  # burst 15, then one token every 1/0.016 s
        conn.call("getMarketplaceParticipations", client.get_marketplace_participation)
    assert fake.calls("getMarketplaceParticipations") == 16
    assert clock.waits and clock.waits[-1] > 1


def test_a_server_error_or_no_answer_is_a_result_not_a_crash(account, fake):
    from tests.amazon.fake_spapi import Failure

    fake.fail_next(
        "getMarketplaceParticipations",
        Failure(500, "InternalFailure", "We encountered an internal error."),
    )
    result = account_check(account=account)
    assert not result.ok and "InternalFailure" in result.message
    account.endpoint = "http://127.0.0.1:9"  # nothing listens there
    result = account_check(account=account)
    assert not result.ok and result.message.startswith("NetworkError")
