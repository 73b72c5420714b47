"""Marketing consent between the ledger and the own store, both ways, through the official
library against the fake Admin API (``fake_shopify.py``), and the ``customers/update`` and
``app/uninstalled`` webhooks."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.models import ModelLogEntry

from customers import shopify_admin
from customers.models import (
    Channel,
    ConsentRecord,
    Customer,
    ShopifyConsentPush,
    ShopifyStoreSettings,
    ShopifyWebhookReceipt,
    Suppression,
)
from customers.selectors import identity_is_marketable, shopify_consent_target
from customers.services import (
    ConsentError,
    ConsentEvidence,
    consent_record,
    customer_erase,
    suppression_add,
    suppression_lift,
)
from customers.shopify_admin import ShopifyClient, ShopifyUnavailable, StoreConfig, ThrottleBucket
from customers.shopify_consent import (
    ShopifyConsentRefused,
    shopify_consent_push,
    shopify_consent_push_failed,
)

from .factories import AmazonIdentityFactory, CustomerFactory, IdentityFactory, confirmed, consent
from .fake_shopify import TOKEN, FakeShopify, customer_node, customer_update_body, iso
from .test_shopify_orders_webhook import SECRET, sign

MARKETING = ConsentRecord.Purpose.MARKETING_EMAIL
CONSENT_OPS = ["CustomerConsentByEmail", "CustomerCreate", "CustomerEmailMarketingConsentUpdate"]


@pytest.fixture
def store(shopify_connected, immediate_tasks, settings):
    settings.SHOPIFY_WEBHOOK_SECRET = SECRET
    return shopify_connected


def post(client, body: dict, *, topic="customers/update", webhook_id="cu-1", signature=None):
    raw = json.dumps(body).encode()
    return client.post(
        "/webhooks/shopify/"
        + ("customers-update" if topic == "customers/update" else "app-uninstalled"),
        data=raw,
        content_type="application/json",
        HTTP_X_SHOPIFY_HMAC_SHA256=signature if signature is not None else sign(raw),
        HTTP_X_SHOPIFY_TOPIC=topic,
        HTTP_X_SHOPIFY_WEBHOOK_ID=webhook_id,
        HTTP_X_SHOPIFY_SHOP_DOMAIN="nordvik.myshopify.com",
    )


def ledger(customer) -> list[tuple[str, str]]:
    return list(
        ConsentRecord.objects.filter(customer=customer, purpose=MARKETING)
        .order_by("id")
        .values_list("action", "source")
    )


# --- Bridgecard → store ------------------------------------------------------------------


@pytest.mark.django_db
def test_a_confirmed_double_opt_in_subscribes_the_customer_in_the_store_with_its_date(
    store, django_capture_on_commit_callbacks
):
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        confirmation = confirmed(identity)

    assert store.operations() == CONSENT_OPS  # found by e-mail, created, then consent set
    node = store.customer(email="ada@example.org")
    address = node["defaultEmailAddress"]
    assert address["marketingState"] == "SUBSCRIBED"
    assert address["marketingOptInLevel"] == "CONFIRMED_OPT_IN"
    assert address["marketingUpdatedAt"] == iso(confirmation.created_at)
    told = ShopifyConsentPush.objects.get(customer=identity.customer)
    assert (told.state, told.shopify_customer_id) == ("SUBSCRIBED", node["id"])

    # Told once: pushing again asks the store nothing.
    assert shopify_consent_push(customer_id=identity.customer_id) == "unchanged"
    assert store.operations() == CONSENT_OPS


@pytest.mark.django_db
def test_a_withdrawal_and_a_bounce_unsubscribe_in_the_store(
    store, django_capture_on_commit_callbacks
):
    store.customers.append(customer_node(501, "ada@example.org", "Ada", "Lovelace"))
    ada = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    bob = IdentityFactory(email="bob@example.org", external_id="bob@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        confirmed(ada)
        confirmed(bob)
    with django_capture_on_commit_callbacks(execute=True):
        withdrawal = consent(ada, ConsentRecord.Action.WITHDRAWN)
        suppression, _new = suppression_add(
            email="bob@example.org", reason=Suppression.Reason.BOUNCE
        )

    ada_address = store.customer(email="ada@example.org")["defaultEmailAddress"]
    bob_address = store.customer(email="bob@example.org")["defaultEmailAddress"]
    assert ada_address["marketingState"] == "UNSUBSCRIBED"
    assert ada_address["marketingUpdatedAt"] == iso(withdrawal.created_at)
    assert bob_address["marketingState"] == "UNSUBSCRIBED"
    assert bob_address["marketingUpdatedAt"] == iso(suppression.created_at)
    # Ada was in the store already: found, not created again.
    assert (
        len([c for c in store.customers if "ada@" in c["defaultEmailAddress"]["emailAddress"]]) == 1
    )


@pytest.mark.django_db
def test_an_unsubscribe_creates_nobody_in_the_store_and_an_erasure_tells_it_nothing(
    store, django_capture_on_commit_callbacks
):
    identity = IdentityFactory()
    consent(identity, ConsentRecord.Action.GRANTED)
    with django_capture_on_commit_callbacks(execute=True):
        consent(identity, ConsentRecord.Action.WITHDRAWN)
    assert store.customers == []
    assert "CustomerCreate" not in store.operations()

    erased = IdentityFactory()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed(erased)
    assert ShopifyConsentPush.objects.filter(customer=erased.customer).exists()
    customer_erase(customer=erased.customer, actor="test")
    assert not ShopifyConsentPush.objects.filter(customer=erased.customer).exists()
    store.requests.clear()
    assert shopify_consent_push(customer_id=erased.customer_id) == "nothing to tell"
    assert store.requests == []


@pytest.mark.django_db
def test_a_throttled_push_waits_for_the_restore_rate_and_succeeds(store, shopify_client):
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    confirmed(identity)
    store.throttle_next = 2  # THROTTLED twice, in Shopify's shape
    store.available = 0

    assert shopify_consent_push(
        customer_id=identity.customer_id, shopify_client=shopify_client
    ) == ("subscribed")
    assert store.clock > 0  # the client waited (on the fake's clock) instead of failing
    assert store.customer(email="ada@example.org")["defaultEmailAddress"]["marketingState"] == (
        "SUBSCRIBED"
    )


@pytest.mark.django_db
def test_a_store_that_stays_down_keeps_the_error_and_the_reconcile_pushes_again(
    store, shopify_client
):
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    confirmed(identity)
    store.fail_next = 100
    with pytest.raises(ShopifyUnavailable):
        shopify_consent_push(customer_id=identity.customer_id, shopify_client=shopify_client)
    told = ShopifyConsentPush.objects.get(customer=identity.customer)
    assert told.last_error and told.state == ""

    store.fail_next = 0
    assert shopify_consent_push_failed() == 1  # enqueued; the immediate backend runs it
    told.refresh_from_db()
    assert (told.state, told.last_error) == ("SUBSCRIBED", "")


@pytest.mark.django_db
def test_user_errors_are_refused_and_kept(store, shopify_client):
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    confirmed(identity)
    # The customer the search found is gone by the time of the update.
    store.op_CustomerConsentByEmail = lambda variables: {
        "customers": {"nodes": [{"id": "gid://shopify/Customer/999", "defaultEmailAddress": None}]}
    }
    with pytest.raises(ShopifyConsentRefused, match="Customer does not exist"):
        shopify_consent_push(customer_id=identity.customer_id, shopify_client=shopify_client)
    assert "Customer does not exist" in ShopifyConsentPush.objects.get().last_error


@pytest.mark.django_db
def test_an_amazon_buyer_never_reaches_the_store(store, django_capture_on_commit_callbacks):
    buyer = AmazonIdentityFactory()
    buyer.customer.email = ""
    buyer.customer.save()
    with pytest.raises(ConsentError):
        consent(buyer, ConsentRecord.Action.GRANTED)
    with django_capture_on_commit_callbacks(execute=True):
        consent(buyer, ConsentRecord.Action.WITHDRAWN)
        suppression_add(email=buyer.email, reason=Suppression.Reason.COMPLAINT)
    assert shopify_consent_target(customer_id=buyer.customer_id) is None
    assert shopify_consent_push(customer_id=buyer.customer_id) == "nothing to tell"
    assert store.requests == []


# --- store → Bridgecard ------------------------------------------------------------------


@pytest.mark.django_db
def test_an_unsubscribe_in_the_store_withdraws_once_and_is_not_pushed_back(
    client, store, django_capture_on_commit_callbacks
):
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        confirmed(identity)
    node = store.customer(email="ada@example.org")
    later = identity.customer.consents.last().created_at + timedelta(minutes=5)
    node["defaultEmailAddress"].update(marketingState="UNSUBSCRIBED", marketingUpdatedAt=iso(later))
    body = customer_update_body(node)
    store.requests.clear()

    with django_capture_on_commit_callbacks(execute=True):
        for delivery in ("cu-1", "cu-1", "cu-2"):  # a repeat, and a second delivery of the same
            assert post(client, body, webhook_id=delivery).status_code == 200

    assert ledger(identity.customer)[-1] == ("withdrawn", "shopify")
    assert [a for a, _s in ledger(identity.customer)].count("withdrawn") == 1
    assert not identity_is_marketable(identity_id=identity.pk)
    # The withdrawal's own push finds the store already unsubscribed: no mutation.
    assert "CustomerEmailMarketingConsentUpdate" not in store.operations()
    assert ShopifyWebhookReceipt.objects.filter(topic="customers/update").count() == 2


@pytest.mark.django_db
def test_a_single_opt_in_in_the_store_is_recorded_as_a_grant_never_a_confirmation(
    client, store, django_capture_on_commit_callbacks
):
    node = customer_node(
        501, "new@example.org", "Grace", "Hopper", marketing="SUBSCRIBED", opt_in="SINGLE_OPT_IN"
    )
    node["defaultEmailAddress"]["marketingUpdatedAt"] = iso(shopify_admin_now())
    store.customers.append(node)
    # Known to Bridgecard through an order (the identity an order webhook attached).
    IdentityFactory(channel=Channel.SHOPIFY, external_id="501", email="new@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, customer_update_body(node)).status_code == 200

    record = ConsentRecord.objects.get(purpose=MARKETING)
    assert (record.action, record.source) == ("granted", "shopify")
    assert record.text_version.startswith("shopify/subscribed/single_opt_in/")
    assert record.identity.channel == Channel.SHOPIFY and record.identity.external_id == "501"
    assert not identity_is_marketable(identity_id=record.identity_id)
    assert shopify_consent_target(customer_id=record.customer_id) is None  # nothing pushed back
    # Even a confirmed opt-in the store reports is no double opt-in Bridgecard can prove.
    with pytest.raises(ConsentError):
        consent_record(
            customer=record.customer,
            identity=record.identity,
            purpose=MARKETING,
            action=ConsentRecord.Action.CONFIRMED,
            evidence=ConsentEvidence(source=ConsentRecord.Source.SHOPIFY),
            text="Shopify said so",
        )


@pytest.mark.django_db
def test_a_report_about_someone_unknown_creates_nobody(client, store):
    node = customer_node(
        777, "stranger@example.org", marketing="SUBSCRIBED", opt_in="SINGLE_OPT_IN"
    )
    assert post(client, customer_update_body(node)).status_code == 200
    assert not ConsentRecord.objects.exists()
    assert not Customer.objects.exists()


def shopify_admin_now():
    from django.utils import timezone

    return timezone.now()


@pytest.mark.django_db
def test_the_round_trip_echo_writes_no_ledger_row(
    client, store, django_capture_on_commit_callbacks
):
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        confirmed(identity)
    before = ledger(identity.customer)
    node = store.customer(email="ada@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, customer_update_body(node), webhook_id="echo-1").status_code == 200
    # A bounce: the store is told UNSUBSCRIBED while the ledger still holds the confirmation.
    with django_capture_on_commit_callbacks(execute=True):
        suppression_add(email="ada@example.org", reason=Suppression.Reason.BOUNCE)
    assert node["defaultEmailAddress"]["marketingState"] == "UNSUBSCRIBED"
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, customer_update_body(node), webhook_id="echo-2").status_code == 200
    assert ledger(identity.customer) == before


@pytest.mark.django_db
def test_a_report_older_than_the_ledger_is_ignored(
    client, store, django_capture_on_commit_callbacks
):
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    old = customer_node(
        501,
        "ada@example.org",
        marketing="UNSUBSCRIBED",
        consent_at=shopify_admin_now() - timedelta(days=2),
    )
    confirmed(identity)
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, customer_update_body(old)).status_code == 200
    assert [a for a, _s in ledger(identity.customer)] == ["granted", "confirmed"]


@pytest.mark.django_db
def test_deliveries_out_of_order_end_in_the_customers_latest_choice(
    client, store, django_capture_on_commit_callbacks
):
    IdentityFactory(channel=Channel.SHOPIFY, external_id="501", email="ada@example.org")
    subscribed_at = shopify_admin_now() - timedelta(minutes=10)
    subscribed = customer_node(
        501,
        "ada@example.org",
        marketing="SUBSCRIBED",
        opt_in="SINGLE_OPT_IN",
        consent_at=subscribed_at,
    )
    unsubscribed = customer_node(
        501,
        "ada@example.org",
        marketing="UNSUBSCRIBED",
        consent_at=subscribed_at + timedelta(minutes=5),
    )
    with django_capture_on_commit_callbacks(execute=True):
        # The subscription's delivery arrives first, the unsubscription's after it.
        assert post(client, customer_update_body(subscribed), webhook_id="a").status_code == 200
        assert post(client, customer_update_body(unsubscribed), webhook_id="b").status_code == 200
        # A repeat of the older report, later still, changes nothing.
        assert post(client, customer_update_body(subscribed), webhook_id="c").status_code == 200
    assert [a for a, _s in ledger(ConsentRecord.objects.first().customer)] == [
        "granted",
        "withdrawn",
    ]


@pytest.mark.django_db
def test_forged_or_unusable_store_webhooks_change_nothing(client, store):
    node = customer_node(501, "ada@example.org", marketing="UNSUBSCRIBED")
    identity = IdentityFactory(email="ada@example.org", external_id="ada@example.org")
    confirmed(identity)
    body = customer_update_body(node)
    assert post(client, body, signature=sign(b"other")).status_code == 401
    assert post(client, body, signature="").status_code == 401
    assert post(client, {"id": "not a number"}).status_code == 400
    assert (
        post(
            client,
            {"myshopify_domain": "nordvik.myshopify.com"},
            topic="app/uninstalled",
            signature="x",
        ).status_code
        == 401
    )
    assert [a for a, _s in ledger(identity.customer)] == ["granted", "confirmed"]
    assert not ShopifyWebhookReceipt.objects.exists()
    assert ShopifyStoreSettings.load().disconnected_at is None


# --- app/uninstalled ---------------------------------------------------------------------


@pytest.mark.django_db
def test_app_uninstalled_disconnects_stops_pushes_and_shows_in_the_admin(
    client, store, django_capture_on_commit_callbacks
):
    shop = {"id": 690933842, "name": "Nordvik Outdoor", "myshopify_domain": "nordvik.myshopify.com"}
    for delivery in ("un-1", "un-1"):
        assert post(client, shop, topic="app/uninstalled", webhook_id=delivery).status_code == 200
    stored = ShopifyStoreSettings.load()
    assert stored.disconnected_at is not None
    assert stored.disconnected_reason == "app/uninstalled un-1"
    assert ShopifyWebhookReceipt.objects.filter(topic="app/uninstalled").count() == 1
    assert not shopify_admin.connected()
    with pytest.raises(shopify_admin.ShopifyNotConnected):
        shopify_admin.client()

    identity = IdentityFactory()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed(identity)
    assert store.requests == []  # nothing pushed to a store the app left

    staff = User.objects.create_superuser("owner", "owner@example.org", "x-Long-passw0rd")
    client.force_login(staff)
    page = client.get("/admin/shopify/connection/").content.decode()
    assert "data-disconnected" in page and "uninstalled" in page
    # The app installed again: a successful check connects the store again.
    client.post("/admin/shopify/connection/")
    assert ShopifyStoreSettings.load().disconnected_at is None
    assert shopify_admin.connected()
    # Both changes are in the admin's history: the webhook's, and the check of the person.
    history = ModelLogEntry.objects.filter(object_id=str(stored.pk)).order_by("id")
    assert [(e.action, e.user_id) for e in history] == [
        ("customers.shopify_disconnected", None),
        ("customers.shopify_reconnected", staff.pk),
    ]
    assert history[0].data["webhook_id"] == "un-1"


@pytest.mark.django_db
def test_app_uninstalled_from_another_store_changes_nothing(client, store):
    shop = {"id": 1, "myshopify_domain": "someone-else.myshopify.com"}
    raw = json.dumps(shop).encode()
    response = client.post(
        "/webhooks/shopify/app-uninstalled",
        data=raw,
        content_type="application/json",
        HTTP_X_SHOPIFY_HMAC_SHA256=sign(raw),
        HTTP_X_SHOPIFY_TOPIC="app/uninstalled",
        HTTP_X_SHOPIFY_WEBHOOK_ID="un-9",
        HTTP_X_SHOPIFY_SHOP_DOMAIN="someone-else.myshopify.com",
    )
    assert response.status_code == 200
    assert shopify_admin.connected()


# --- never pushed: a property over random histories --------------------------------------

STEPS = st.lists(
    st.sampled_from(
        ["grant_site", "confirm_site", "withdraw", "suppress_site", "lift", "withdraw_amazon"]
    ),
    max_size=7,
)


class TestNeverPushedAsSubscribed(TestCase):
    """Whatever happens to a customer, the store hears SUBSCRIBED only for an identity the one
    selector returns: an Amazon-only customer never reaches it at all, and a customer whose
    latest decision is a withdrawal is never left subscribed there."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fake = FakeShopify().start()

    @classmethod
    def tearDownClass(cls):
        cls.fake.stop()
        super().tearDownClass()

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps=STEPS, amazon_only=st.booleans())
    def test_random_histories(self, steps, amazon_only):
        fake = self.fake
        config = StoreConfig("nordvik.myshopify.com", TOKEN, "2026-10", "environment", fake.url)
        api = ShopifyClient(config, sleep=fake.advance, clock=fake.now, bucket=ThrottleBucket())
        customer = CustomerFactory(email="")
        amazon = AmazonIdentityFactory(customer=customer)
        site = (
            None
            if amazon_only
            else IdentityFactory(
                customer=customer,
                email=f"p{customer.pk}@example.org",
                external_id=f"p{customer.pk}@example.org",
            )
        )
        pushed: list[str] = []
        for step in steps:
            try:
                if step == "grant_site" and site:
                    consent(site, ConsentRecord.Action.GRANTED)
                elif step == "confirm_site" and site:
                    consent(site, ConsentRecord.Action.CONFIRMED)
                elif step == "withdraw":
                    consent(site or amazon, ConsentRecord.Action.WITHDRAWN)
                elif step == "withdraw_amazon":
                    consent(amazon, ConsentRecord.Action.WITHDRAWN)
                elif step == "suppress_site" and site:
                    suppression_add(email=site.email, reason=Suppression.Reason.BOUNCE)
                elif step == "lift":
                    for suppression in Suppression.objects.active():
                        suppression_lift(suppression=suppression, actor=None, reason="test")
            except ConsentError:
                continue
            target = shopify_consent_target(customer_id=customer.pk)
            if target is not None and target.subscribed:
                assert site is not None and target.identity_id == site.pk
                assert identity_is_marketable(identity_id=site.pk)
            fake.consent_updates.clear()
            shopify_consent_push(customer_id=customer.pk, shopify_client=api)
            pushed += [given["marketingState"] for _gid, given in fake.consent_updates]
            if (
                fake.consent_updates
                and fake.consent_updates[-1][1]["marketingState"] == "SUBSCRIBED"
            ):
                assert identity_is_marketable(identity_id=site.pk)

        asked = json.dumps([r["variables"] for r in fake.requests])
        assert amazon.email not in asked  # the relay address never reaches the store
        if amazon_only:
            assert pushed == []
        latest = (
            ConsentRecord.objects.filter(customer=customer, purpose=MARKETING)
            .exclude(action="granted")
            .order_by("-id")
            .first()
        )
        if site is not None and latest is not None and latest.action == "withdrawn":
            node = fake.customer(email=site.email)
            assert node is None or node["defaultEmailAddress"]["marketingState"] != "SUBSCRIBED"
