"""A fake SP-API server per test, an account pointed at it, and a clock that never sleeps."""

import pytest
from sp_api.auth import access_token_client

from amazon.connection import buckets_reset
from amazon.models import SellerAccount
from tests.amazon.fake_reports import ReportsFakeSPAPI


@pytest.fixture
def fake():
    server = ReportsFakeSPAPI().start()
    access_token_client.cache.clear()
    buckets_reset()
    yield server
    server.stop()
    access_token_client.cache.clear()
    buckets_reset()


@pytest.fixture
def account(db, fake):
    return SellerAccount.objects.create(
        name="Nordvik EU",
        slug="nordvik-eu",
        region="eu",
        marketplaces=["amazon.de"],
        lwa_client_id="amzn1.application-oa2-client.test",
        lwa_client_secret="client-secret",
        refresh_token="Atzr|good",
        endpoint=fake.url,
        token_url=fake.token_url,
    )


class FakeClock:
    """Time that moves only when someone sleeps: waits are recorded, never slept."""

    def __init__(self):
        self.now = 1000.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()
