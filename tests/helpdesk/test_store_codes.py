"""One-time codes made in the store: when an agent's discount macro hands out a code and
Shopify is connected, the code is created in Shopify (``discountCodeBasicCreate`` on the fake
Admin API, through the official library) — single use, with the pool's expiry, limited to the
customer's Shopify account — once, whatever is retried, and recorded with the ticket and the
reply that carried it. Never for a customer the selector does not allow, never on an Amazon
ticket; the pasted codes remain the fallback when Shopify is not connected."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from customers.models import Channel, ChannelIdentity, ConsentRecord
from customers.services import ConsentEvidence, consent_record
from funnel.models import DiscountCode
from funnel.services import DiscountPoolEmpty, discount_codes_add
from funnel.store_codes import (
    StoreCodeRefused,
    discount_code_create_in_store,
    discount_code_reserve_for_store,
)
from helpdesk.models import TicketDiscountCode
from helpdesk.services.macros import MacroNotOffered, discount_code_reserve, macro_render
from helpdesk.services.replies import reply_send
from tests.customers.fake_shopify import customer_node

from .factories import AmazonTicketFactory, MacroFactory, OwnedTicketFactory, PoolFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pool(db):
    pool = PoolFactory(
        name="Welcome back",
        store_value_type="percentage",
        store_value=Decimal("10"),
        store_valid_days=30,
        store_limit_to_customer=True,
    )
    discount_codes_add(pool=pool, codes=["PASTED-0001", "PASTED-0002"])
    return pool


@pytest.fixture
def macro(pool):
    return MacroFactory(
        name="Thanks + code",
        library="owned_message",
        body="Hi {first_name}, 10% off your next order with {discount_code}.",
        discount_pool=pool,
    )


@pytest.fixture
def store(shopify_connected):
    shopify_connected.customers = [customer_node(7310284519, "ada@example.org", "Ada", "L")]
    return shopify_connected


@pytest.fixture
def ticket(channels):
    return OwnedTicketFactory(
        channel=channels["shopify"], identity__customer__email="ada@example.org", marketable=True
    )


def creations(fake):
    return [r for r in fake.requests if r["operation"] == "DiscountCodeCreate"]


def test_the_discount_macro_creates_the_code_in_the_store_once(
    store, ticket, macro, owned_agent, django_capture_on_commit_callbacks
):
    text = macro_render(macro=macro, ticket=ticket, user=owned_agent).text
    again = macro_render(macro=macro, ticket=ticket, user=owned_agent).text
    assert text is not None

    grant = TicketDiscountCode.objects.select_related("code").get(ticket=ticket)
    code = grant.code
    assert code.code.startswith("BC-") and code.code in text and text == again
    assert code.created_in_store_at is not None and code.store_discount_id
    assert code.identity.email == "ada@example.org"
    assert code.pool.codes.filter(assigned_at__isnull=True).count() == 2  # pasted ones untouched
    [request] = creations(store)  # inserting the macro again created nothing new
    given = request["variables"]["basicCodeDiscount"]
    assert given["code"] == code.code
    assert given["usageLimit"] == 1 and given["appliesOncePerCustomer"] is True
    assert given["context"] == {"customers": {"add": ["gid://shopify/Customer/7310284519"]}}
    assert given["customerGets"]["value"] == {"percentage": 0.1}
    assert given["endsAt"] and code.expires_at - timezone.now() > timedelta(days=29)
    # the reply that carries it records it
    with django_capture_on_commit_callbacks(execute=True):
        sent = reply_send(ticket=ticket, body=text, author=owned_agent)
    grant.refresh_from_db()
    assert grant.sent_in == sent.message


def test_a_store_that_fails_creates_nothing_and_the_retry_makes_the_same_code_once(
    store, ticket, pool, owned_agent
):
    store.fail_next = 99
    with pytest.raises(DiscountPoolEmpty, match="could not be created in the store"):
        discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
    reserved = TicketDiscountCode.objects.get(ticket=ticket).code
    assert reserved.created_in_store_at is None and store.discounts == []

    store.fail_next = 0
    code = discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
    assert code == reserved.code
    assert [d["code"] for d in store.discounts] == [code]


def test_a_lost_answer_does_not_make_a_second_code(store, ticket, pool, owned_agent):
    code = discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
    # the store made it, but the answer never arrived
    DiscountCode.objects.filter(code=code).update(created_in_store_at=None)

    assert discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent) == code
    assert len(store.discounts) == 1  # Shopify said TAKEN: the code exists, it is ours
    assert DiscountCode.objects.get(code=code).created_in_store_at is not None


def test_without_shopify_the_pasted_codes_are_handed_out(
    settings, ticket, pool, owned_agent, fake_shopify
):
    settings.SHOPIFY_SHOP_DOMAIN = ""
    settings.SHOPIFY_ACCESS_TOKEN = ""
    assert discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent) == "PASTED-0001"
    assert fake_shopify.requests == []


def test_no_code_is_made_for_a_customer_without_marketing_consent(
    store, channels, pool, owned_agent
):
    ticket = OwnedTicketFactory(
        channel=channels["shopify"], identity__customer__email="ada@example.org"
    )  # never consented
    with pytest.raises(MacroNotOffered):
        discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
    # and the store-making function refuses on its own, whoever calls it
    with pytest.raises(StoreCodeRefused):
        discount_code_reserve_for_store(pool=pool, identity_id=ticket.identity_id)
    assert creations(store) == [] and not DiscountCode.objects.filter(code__startswith="BC-")


def test_a_withdrawal_after_the_reservation_stops_the_code_in_the_store(store, ticket, pool):
    code_id, _code = discount_code_reserve_for_store(pool=pool, identity_id=ticket.identity_id)
    consent_record(
        customer=ticket.customer,
        identity=ticket.identity,
        purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
        action=ConsentRecord.Action.WITHDRAWN,
        evidence=ConsentEvidence(source=ConsentRecord.Source.UNSUBSCRIBE),
    )
    with pytest.raises(StoreCodeRefused):
        discount_code_create_in_store(code_id=code_id)
    assert creations(store) == []


def test_never_on_an_amazon_ticket(store, channels, pool, owned_agent):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    # the same person is marketable through an own address: still nothing on Amazon
    site = ChannelIdentity.objects.create(
        customer=ticket.customer,
        channel=Channel.SITE,
        external_id="buyer@example.org",
        email="buyer@example.org",
        source=ChannelIdentity.Source.REGISTRATION,
    )
    from tests.customers.factories import confirmed

    confirmed(site)
    with pytest.raises(MacroNotOffered):
        discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
    with pytest.raises(StoreCodeRefused):  # the relay identity itself is never marketable
        discount_code_reserve_for_store(pool=pool, identity_id=ticket.identity_id)
    assert creations(store) == [] and not TicketDiscountCode.objects.exists()


def test_the_ticket_screen_shows_the_code_was_made_in_the_store(
    client, store, ticket, macro, owned_agent
):
    client.force_login(owned_agent)
    url = f"/admin/helpdesk/tickets/{ticket.pk}/"
    response = client.post(url, {"action": "insert_macro", "macro": macro.pk, "body": ""})
    assert response.status_code == 200
    code = TicketDiscountCode.objects.get(ticket=ticket).code
    html = response.content.decode()
    assert code.code in html  # in the reply being written
    codes = html.split('class="hd-list hd-ticket-codes"', 1)[1].split("</ul>", 1)[0]
    assert code.code in codes and "made in the store" in codes and "valid until" in codes
    german = client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "im Shop erstellt" in german
