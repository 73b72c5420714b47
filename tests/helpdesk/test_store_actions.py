"""Store actions from an own-store ticket (refund a line, a replacement draft order, cancel an
unfulfilled order), through the official library against the fake Shopify Admin API: audited
and noted on the ticket, refused without the permission, for a shipped order, and always on a
marketplace ticket (where nothing reaches the store and the ticket screen offers nothing)."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied

from catalog.models import SKU, Brand, MarketplaceIdentifier, Product
from customers.models import Order
from customers.shopify_sync import shopify_orders_sync
from helpdesk.models import Message, StoreAction
from helpdesk.services.inbound import inbound_receive
from helpdesk.services.store_actions import (
    StoreActionRefused,
    store_cancel,
    store_refund_line,
    store_resend,
)
from tests.customers.fake_shopify import customer_node, fulfillment_node, line_node, order_node
from tests.customers.fake_shopify_actions import transaction_node

from .factories import inbound

T0 = datetime(2026, 10, 2, 9, 0, tzinfo=UTC)
ADA = customer_node(7310284519, "ada@example.org", "Ada", "Lovelace")
AMAZON_BUYER = "Buyer - Amazon Marketplace <buyer123abc@marketplace.amazon.de>"


@pytest.fixture
def synced(shopify_client, shopify_connected, db):
    brand = Brand.objects.create(name="Nordvik", slug="nordvik-x")
    product = Product.objects.create(brand=brand, name="Trail Headlamp 400", slug="headlamp-x")
    sku = SKU.objects.create(product=product, code="NV-HL400-BLK")
    MarketplaceIdentifier.objects.create(
        sku=sku, kind=MarketplaceIdentifier.Kind.SHOPIFY_VARIANT, value="4401"
    )
    shopify_connected.orders = [
        order_node(
            5001,
            customer=ADA,
            name="#1001",
            created=T0,
            lines=[
                line_node(
                    11, sku="NV-HL400-BLK", title="Trail Headlamp 400", quantity=2, variant=4401
                )
            ],
            fulfillments=[fulfillment_node(81, created=T0 + timedelta(days=1))],
        ),
        order_node(
            5003,
            customer=ADA,
            name="#1003",
            created=T0 + timedelta(days=7),
            lines=[line_node(31, sku="NV-HL400-BLK", title="Trail Headlamp 400")],
        ),
    ]
    shopify_orders_sync(full=True, shopify_client=shopify_client)
    return shopify_connected


def ticket_from(sender, to):
    stored, _ = inbound_receive(
        message=inbound(sender=sender, to=to, subject="My headlamp"), provider="Mailgun"
    )
    return stored.ticket


@pytest.fixture
def store_agent(owned_agent):
    owned_agent.user_permissions.add(
        Permission.objects.get(codename="store_actions", content_type__app_label="helpdesk")
    )
    return type(owned_agent).objects.get(pk=owned_agent.pk)  # permissions are cached


@pytest.fixture
def own_ticket(channels, synced):
    return ticket_from("Ada <ada@example.org>", "shop@nordvik.example")


def line_of(number: str):
    return Order.objects.get(external_id=number).lines.get()


def notes(ticket):
    return list(
        Message.objects.filter(ticket=ticket, direction=Message.Direction.NOTE).values_list(
            "body_text", flat=True
        )
    )


def test_a_refund_is_made_in_the_store_audited_and_noted(store_agent, own_ticket, synced):
    line = line_of("5001")

    result = store_refund_line(
        order_line=line, quantity=1, reason="Broken clip", actor=store_agent, ticket=own_ticket
    )

    sent = synced.refunds_made[-1]
    assert sent["orderId"] == "gid://shopify/Order/5001"
    assert sent["notify"] is True and sent["note"] == "Broken clip"
    assert sent["refundLineItems"] == [
        {"lineItemId": "gid://shopify/LineItem/11", "quantity": 1, "restockType": "NO_RESTOCK"}
    ]
    audit = StoreAction.objects.get()
    assert (audit.kind, audit.outcome, audit.actor, audit.ticket) == (
        "refund",
        "done",
        store_agent,
        own_ticket,
    )
    assert audit.order.external_id == "5001"
    assert audit.parameters["quantity"] == 1 and audit.parameters["reason"] == "Broken clip"
    assert audit.shopify_ids == [result.shopify_id] and result.shopify_id.startswith(
        "gid://shopify/Refund/"
    )
    line.refresh_from_db()
    assert line.refunded_quantity == 1
    assert any("Refunded 1 × Trail Headlamp 400" in n for n in notes(own_ticket))
    with pytest.raises(Exception, match="append-only"):
        audit.save()


def test_the_stores_user_errors_are_shown_and_audited(store_agent, own_ticket, synced):
    line = line_of("5001")
    line.quantity = 5  # more than the store knows of: it refuses
    line.save()
    with pytest.raises(StoreActionRefused, match="cannot refund more items"):
        store_refund_line(
            order_line=line, quantity=4, reason="x", actor=store_agent, ticket=own_ticket
        )
    audit = StoreAction.objects.get()
    assert audit.outcome == "failed" and "cannot refund more items" in audit.detail


def test_a_refund_on_an_amazon_ticket_is_refused_and_never_reaches_the_store(
    store_agent, channels, synced
):
    ticket = ticket_from(AMAZON_BUYER, "care@nordvik.example")
    asked_before = len(synced.requests)

    with pytest.raises(PermissionDenied, match="marketplace"):
        store_refund_line(
            order_line=line_of("5001"), quantity=1, reason="x", actor=store_agent, ticket=ticket
        )

    assert len(synced.requests) == asked_before
    assert synced.refunds_made == []
    audit = StoreAction.objects.get()
    assert (audit.outcome, audit.ticket) == ("refused", ticket)


def test_an_agent_without_the_permission_is_refused(owned_agent, own_ticket, synced):
    asked_before = len(synced.requests)
    with pytest.raises(PermissionDenied):
        store_cancel(
            order=Order.objects.get(external_id="5003"),
            reason="CUSTOMER",
            actor=owned_agent,
            ticket=own_ticket,
        )
    assert len(synced.requests) == asked_before
    assert StoreAction.objects.get().outcome == "refused"


def test_a_shipped_order_is_not_cancelled(store_agent, own_ticket, synced):
    asked_before = len(synced.requests)
    with pytest.raises(StoreActionRefused, match="shipped"):
        store_cancel(
            order=Order.objects.get(external_id="5001"),
            reason="CUSTOMER",
            actor=store_agent,
            ticket=own_ticket,
        )
    assert len(synced.requests) == asked_before and synced.cancelled == []
    assert StoreAction.objects.get().outcome == "refused"


def test_an_unshipped_order_is_cancelled_in_the_store(store_agent, own_ticket, synced):
    store_cancel(
        order=Order.objects.get(external_id="5003"),
        reason="INVENTORY",
        note="Sold out",
        actor=store_agent,
        ticket=own_ticket,
    )
    sent = synced.cancelled[-1]
    assert sent["orderId"] == "gid://shopify/Order/5003" and sent["reason"] == "INVENTORY"
    assert sent["refundMethod"] == {"originalPaymentMethodsRefund": True}
    audit = StoreAction.objects.get()
    assert audit.kind == "cancel" and audit.outcome == "done"
    assert audit.shopify_ids[0].startswith("gid://shopify/Job/")


def test_a_replacement_is_a_draft_order_for_the_same_variant(store_agent, own_ticket, synced):
    result = store_resend(order_line=line_of("5001"), actor=store_agent, ticket=own_ticket)

    draft = synced.draft_orders[-1]
    item = draft["input"]["lineItems"][0]
    assert item["variantId"] == "gid://shopify/ProductVariant/4401" and item["quantity"] == 1
    assert item["appliedDiscount"]["valueType"] == "PERCENTAGE"
    assert item["appliedDiscount"]["value"] == 100.0
    assert draft["input"]["email"] == "ada@example.org"
    assert result.label == draft["name"] and result.shopify_id == draft["id"]
    audit = StoreAction.objects.get()
    assert (audit.kind, audit.outcome, audit.shopify_ids) == ("resend", "done", [draft["id"]])
    assert any(draft["name"] in n for n in notes(own_ticket))


def test_the_ticket_screen_offers_actions_to_permitted_agents_and_confirms_first(
    client, store_agent, own_ticket, synced
):
    client.force_login(store_agent)
    url = f"/admin/helpdesk/tickets/{own_ticket.pk}/"
    html = client.get(url).content.decode()
    assert 'data-store-action="refund"' in html and 'data-store-action="cancel"' in html

    line = line_of("5003")
    fields = {"action": "store_refund", "order": "5003", "line": line.external_id}
    asked = client.post(url, {**fields, "quantity": "1", "reason": "Dented"})
    assert asked.status_code == 200 and "hd-store-confirm" in asked.content.decode()
    assert synced.refunds_made == []

    done = client.post(
        url, {**fields, "quantity": "1", "reason": "Dented", "confirm": "on"}, follow=True
    )
    assert "Refunded in the store" in done.content.decode()
    assert len(synced.refunds_made) == 1


def test_the_ticket_screen_hides_actions_without_the_permission(client, owned_agent, own_ticket):
    client.force_login(owned_agent)
    html = client.get(f"/admin/helpdesk/tickets/{own_ticket.pk}/").content.decode()
    assert "hd-store-orders" in html and "data-store-action" not in html


def test_a_marketplace_ticket_offers_no_store_action(client, channels, synced, django_user_model):
    agent = django_user_model.objects.create_superuser("lead", "lead@nordvik.example", "x")
    ticket = ticket_from(AMAZON_BUYER, "care@nordvik.example")
    client.force_login(agent)
    html = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "data-store-action" not in html and "hd-store-confirm" not in html


def test_the_audit_refuses_raw_sql_and_an_erasure_blanks_only_the_free_text(
    store_agent, own_ticket, synced
):
    from django.db import DatabaseError, IntegrityError, connection, transaction
    from django.utils import timezone

    from helpdesk.services.privacy import tickets_redact

    store_refund_line(
        order_line=line_of("5001"),
        quantity=1,
        reason="Ada's clip",
        actor=store_agent,
        ticket=own_ticket,
    )
    audit = StoreAction.objects.get()
    for sql in (
        "UPDATE helpdesk_storeaction SET outcome = 'refused' WHERE id = %s",
        "DELETE FROM helpdesk_storeaction WHERE id = %s",
    ):
        with (
            pytest.raises((IntegrityError, DatabaseError)),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [audit.pk])

    tickets_redact(tickets=type(own_ticket).objects.filter(pk=own_ticket.pk), now=timezone.now())

    audit.refresh_from_db()
    assert "reason" not in audit.parameters and audit.parameters["quantity"] == 1
    assert audit.redacted_at and audit.outcome == "done" and audit.shopify_ids


def test_a_store_action_posted_on_a_marketplace_ticket_is_refused_and_audited(
    client, channels, synced, django_user_model
):
    agent = django_user_model.objects.create_superuser("lead2", "lead2@nordvik.example", "x")
    ticket = ticket_from(AMAZON_BUYER, "care@nordvik.example")
    order = Order.objects.get(external_id="5003")
    order.customer = ticket.customer  # as if the buyer's order were linked to this ticket
    order.save()
    asked_before = len(synced.requests)
    client.force_login(agent)

    response = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/",
        {"action": "store_cancel", "order": "5003", "cancel_reason": "CUSTOMER", "confirm": "on"},
        follow=True,
    )

    assert "never available on a marketplace ticket" in response.content.decode()
    assert len(synced.requests) == asked_before
    assert StoreAction.objects.get().outcome == "refused"


# --- money, restock, the replacement's address ------------------------------------------------

ADDRESS = {
    "firstName": "Ada",
    "lastName": "Lovelace",
    "company": None,
    "address1": "Hauptstraße 5",
    "address2": "",
    "city": "Berlin",
    "provinceCode": None,
    "countryCodeV2": "DE",
    "zip": "10115",
    "phone": "+49 30 1234567",
}


def refund_sent(fake):
    return [r for r in fake.requests if r["operation"] == "RefundLineItem"]


def test_a_refund_pays_back_the_suggested_transactions_and_records_the_amount(
    store_agent, own_ticket, synced
):
    line = line_of("5001")  # 2 × 10.00 EUR, paid by card (one SALE of 64.90)

    result = store_refund_line(
        order_line=line,
        quantity=2,
        reason="Both broken",
        actor=store_agent,
        ticket=own_ticket,
        restock=True,
    )

    asked = synced.suggestions[-1]
    assert asked == [
        {"lineItemId": "gid://shopify/LineItem/11", "quantity": 2, "restockType": "RETURN"}
    ]
    sent = synced.refunds_made[-1]
    assert sent["transactions"] == [
        {
            "orderId": "gid://shopify/Order/5001",
            "parentId": "gid://shopify/OrderTransaction/50011",
            "amount": "20.00",
            "gateway": "shopify_payments",
            "kind": "REFUND",
        }
    ]
    assert sent["refundLineItems"] == [
        {
            "lineItemId": "gid://shopify/LineItem/11",
            "quantity": 2,
            "restockType": "RETURN",
            "locationId": "gid://shopify/Location/1",
        }
    ]
    order = synced.order_by_gid("gid://shopify/Order/5001")
    assert order["refunds"][-1]["totalRefundedSet"]["shopMoney"]["amount"] == "20.00"
    assert (result.amount, result.currency) == (Decimal("20.00"), "EUR")
    audit = StoreAction.objects.get()
    assert audit.outcome == "done" and audit.detail == "20.00 EUR"
    assert audit.parameters["refunded"] == {"amount": "20.00", "currency": "EUR"}
    assert audit.parameters["restock_type"] == "RETURN" and audit.parameters["restock"] is True


def test_an_unshipped_line_goes_back_into_stock_as_cancelled(store_agent, own_ticket, synced):
    store_refund_line(
        order_line=line_of("5003"),
        quantity=1,
        reason="Changed mind",
        actor=store_agent,
        ticket=own_ticket,
        restock=True,
    )
    assert synced.refunds_made[-1]["refundLineItems"][0]["restockType"] == "CANCEL"


def test_nothing_refundable_sends_no_refund_and_says_why(store_agent, own_ticket, synced):
    order = synced.order_by_gid("gid://shopify/Order/5001")
    sale = order["transactions"][0]["id"]
    order["transactions"].append(
        transaction_node(50019, amount="64.90", kind="REFUND", parent=sale)
    )
    line = line_of("5001")

    with pytest.raises(StoreActionRefused, match="no refundable payment"):
        store_refund_line(
            order_line=line, quantity=1, reason="x", actor=store_agent, ticket=own_ticket
        )

    assert refund_sent(synced) == [] and synced.refunds_made == []
    audit = StoreAction.objects.get()
    assert audit.outcome == "failed" and "no refundable payment" in audit.detail
    line.refresh_from_db()
    assert line.refunded_quantity == 0


def test_a_manual_payment_is_not_refunded_from_here(store_agent, own_ticket, synced):
    order = synced.order_by_gid("gid://shopify/Order/5003")
    order["transactions"] = [transaction_node(50031, amount="64.90", gateway="manual")]
    with pytest.raises(StoreActionRefused, match="no refundable payment"):
        store_refund_line(
            order_line=line_of("5003"), quantity=1, reason="x", actor=store_agent, ticket=own_ticket
        )
    assert refund_sent(synced) == []


def test_a_changed_suggestion_refunds_nothing(store_agent, own_ticket, synced):
    with pytest.raises(StoreActionRefused, match=r"now suggests refunding 10\.00 EUR"):
        store_refund_line(
            order_line=line_of("5001"),
            quantity=1,
            reason="x",
            actor=store_agent,
            ticket=own_ticket,
            expected_amount=Decimal("12.00"),
        )
    assert refund_sent(synced) == []


def test_a_throttled_suggestion_is_asked_again_and_the_refund_made_once(
    store_agent, own_ticket, synced
):
    synced.throttle_next = 1
    store_refund_line(
        order_line=line_of("5001"), quantity=1, reason="x", actor=store_agent, ticket=own_ticket
    )
    assert synced.operations()[-3:] == ["SuggestedRefund", "SuggestedRefund", "RefundLineItem"]
    assert len(synced.refunds_made) == 1
    assert synced.refunds_made[0]["transactions"][0]["amount"] == "10.00"


def test_the_replacement_carries_the_customer_address_and_ticket(store_agent, own_ticket, synced):
    synced.order_by_gid("gid://shopify/Order/5001")["shippingAddress"] = ADDRESS

    store_resend(order_line=line_of("5001"), actor=store_agent, ticket=own_ticket)

    given = synced.draft_orders[-1]["input"]
    assert given["purchasingEntity"] == {"customerId": "gid://shopify/Customer/7310284519"}
    assert "customerId" not in given
    assert given["shippingAddress"] == {
        "firstName": "Ada",
        "lastName": "Lovelace",
        "address1": "Hauptstraße 5",
        "city": "Berlin",
        "countryCode": "DE",
        "zip": "10115",
        "phone": "+49 30 1234567",
    }
    assert own_ticket.reference in given["note"] and "#1001" in given["note"]
    assert given["lineItems"][0]["appliedDiscount"]["value"] == 100.0


def test_the_confirmation_shows_the_amount_in_the_readers_language(
    client, store_agent, own_ticket, synced
):
    client.force_login(store_agent)
    url = f"/admin/helpdesk/tickets/{own_ticket.pk}/"
    synced.order_by_gid("gid://shopify/Order/5001")["lineItems"]["nodes"][0][
        "originalUnitPriceSet"
    ]["shopMoney"]["amount"] = "1234.50"
    synced.order_by_gid("gid://shopify/Order/5001")["transactions"][0]["amountSet"]["shopMoney"][
        "amount"
    ] = "2469.00"
    fields = {"action": "store_refund", "order": "5001", "line": "11", "reason": "Dented"}

    asked = client.post(url, {**fields, "quantity": "1"}, HTTP_ACCEPT_LANGUAGE="de")
    html = asked.content.decode()
    assert asked.status_code == 200 and "hd-store-confirm" in html
    assert "1.234,50 EUR" in html, html[html.find("hd-store-confirm") :][:600]
    assert 'name="amount" value="1234.50"' in html
    assert refund_sent(synced) == []

    done = client.post(
        url, {**fields, "quantity": "1", "amount": "1234.50", "confirm": "on"}, follow=True
    )
    assert done.status_code == 200
    assert synced.refunds_made[-1]["transactions"][0]["amount"] == "1234.50"


def test_nothing_refundable_is_said_on_the_screen_before_anything_is_sent(
    client, store_agent, own_ticket, synced
):
    synced.order_by_gid("gid://shopify/Order/5001")["transactions"] = []
    client.force_login(store_agent)
    url = f"/admin/helpdesk/tickets/{own_ticket.pk}/"
    response = client.post(
        url,
        {"action": "store_refund", "order": "5001", "line": "11", "quantity": "1", "reason": "x"},
        follow=True,
    )
    html = response.content.decode()
    assert response.status_code == 200 and "no refundable payment" in html
    assert "hd-store-confirm" not in html and refund_sent(synced) == []
    assert not StoreAction.objects.exists()  # a question to the store, not an attempt


def test_a_user_error_from_the_store_is_shown_not_a_server_error(
    client, store_agent, own_ticket, synced
):
    line = line_of("5001")
    line.quantity = 5  # more than the store knows of: refundCreate answers with userErrors
    line.save()
    client.force_login(store_agent)
    response = client.post(
        f"/admin/helpdesk/tickets/{own_ticket.pk}/",
        {
            "action": "store_refund",
            "order": "5001",
            "line": "11",
            "quantity": "4",
            "reason": "x",
            "confirm": "on",
        },
        follow=True,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The store refused the change" in html and "cannot refund more items" in html
    assert synced.refunds_made == []
