"""A/B print runs compared: the statistics (pure, no database) and the run's analytics page
with counts from real scans, registrations, consents and orders."""

import random

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.utils import timezone

from config.roles import MARKETERS
from customers.models import Channel, ConsentRecord, Order
from customers.services import ConsentEvidence, consent_record
from funnel import lift, variant_analytics
from funnel.models import Delivery, OrderAttribution
from funnel.services import enrolment_start
from inserts import services, variants
from registration.models import Scan, ShortCode

from ..customers.factories import IdentityFactory, confirmed
from ..inserts import factories
from .conftest import make_sequence, marketable, register


def _simulate(seed: int, units: int, rate: float) -> lift.Rate:
    rng = random.Random(seed)
    return lift.rate(sum(rng.random() < rate for _ in range(units)), units)


def test_a_simulated_test_finds_the_better_variant_and_its_interval_holds_the_true_lift():
    control = _simulate(1, 10_000, 0.05)
    better = _simulate(2, 10_000, 0.08)
    result = lift.lift(better, control)
    assert result.enough and result.shown
    assert result.low is not None and result.high is not None
    assert 0 < result.low < 0.6 < result.high  # the true lift: 8 % / 5 % − 1 = 60 %
    text = lift.verdict("B", "registration rate", result)
    assert text.startswith("Variant B: registration rate ") and "% higher than A" in text
    assert f"{lift.percent(result.low)}–{lift.percent(result.high)} %" in text
    worse = lift.lift(control, better)
    assert worse.shown and worse.high is not None and worse.high < 0
    assert "lower than A" in lift.verdict("B", "registration rate", worse)


def test_the_interval_holds_the_true_lift_in_about_95_of_100_simulations():
    covered = 0
    for seed in range(100):
        result = lift.lift(_simulate(1000 + seed, 4000, 0.08), _simulate(2000 + seed, 4000, 0.05))
        assert result.low is not None and result.high is not None
        covered += result.low <= 0.6 <= result.high
    assert covered >= 88  # 95 % nominal; 88 is far below what 100 draws of a 95 % interval give


def test_small_counts_say_not_enough_data_yet():
    result = lift.lift(lift.rate(8, 40), lift.rate(2, 40))
    assert not result.enough and not result.shown
    assert lift.verdict("B", "scan rate", result) == "Variant B, scan rate: not enough data yet."
    # enough units but an interval across zero: still no verdict
    even = lift.lift(lift.rate(52, 1000), lift.rate(50, 1000))
    assert even.enough and not even.shown
    assert "not enough data yet" in lift.verdict("B", "scan rate", even)
    # no events at all: no ratio, no verdict, no error
    assert not lift.lift(lift.rate(0, 500), lift.rate(0, 500)).shown


def test_a_rate_has_a_wilson_interval_inside_zero_and_one():
    none = lift.rate(0, 40)
    assert none.low == 0 and 0 < none.high < 0.1
    half = lift.rate(50, 100)
    assert half.low < 0.5 < half.high


def _ab_run(skus):
    a = factories.design(slug="card-a", front=factories.front(paragraph="Welcome from card A."))
    b = factories.design(slug="card-b", front=factories.front(paragraph="Welcome from card B."))
    run = services.printrun_create(
        design=a, skus=skus[:1], profile=a.profile, serialized=True, quantity=10,
        challengers=[variants.VariantChoice(b, 50)], enqueue=False,
    )  # fmt: skip
    return services.printrun_render(run_id=run.pk)


@pytest.mark.django_db
def test_the_variants_page_shows_counts_from_scans_registrations_and_consents(client):
    from catalog.models import Product

    _, skus = factories.brand_with_skus()
    run = _ab_run(skus)
    codes = ShortCode.objects.filter(batch=run.code_batch, target="register").order_by("serial")
    a_codes = list(codes.filter(variant=0))
    b_codes = list(codes.filter(variant=1))
    assert len(a_codes) == len(b_codes) == 5
    for code in a_codes[:2] + b_codes[:4]:
        for _ in range(2):  # a unit scanned twice counts once
            Scan.objects.create(
                short_code=code, code=code.code, device="phone", outcome="redirected"
            )
    Scan.objects.create(
        short_code=a_codes[4],
        code=a_codes[4].code,
        device="other",
        is_bot=True,
        outcome="redirected",
    )  # fmt: skip  (a link previewer is not a person)
    product = Product.objects.get()
    for code in b_codes[:3]:
        identity = IdentityFactory()
        register(identity, product, short_code=code)
    identity = IdentityFactory()
    register(identity, product, short_code=a_codes[0])
    for action in (ConsentRecord.Action.GRANTED, ConsentRecord.Action.CONFIRMED):
        consent_record(
            customer=identity.customer, identity=identity,
            purpose=ConsentRecord.Purpose.MARKETING_EMAIL, action=action,
            evidence=ConsentEvidence(
                source=ConsentRecord.Source.REGISTRATION_FORM, locale="en",
                short_code=a_codes[0].code, network_address="203.0.113.7",
            ),
            text_version="marketing/en/1", text="Yes, mail me.",
        )  # fmt: skip
    confirmed(IdentityFactory())  # a consent through no code of this run
    # an order credited to a follow-up mail of a customer who registered through B's unit
    buyer = marketable("buyer@example.org")
    register(buyer, product, short_code=b_codes[3])
    enrolment_start(
        sequence=make_sequence(product.brand, steps=1), identity=buyer, registration=None,
        trigger_key="ab",
    )  # fmt: skip
    delivery = Delivery.objects.get(identity=buyer)
    now = timezone.now()
    for number, cancelled in (("1", None), ("2", now)):
        order = Order.objects.create(
            customer=buyer.customer, channel=Channel.SHOPIFY, external_id=number, placed_at=now,
            cancelled_at=cancelled,
        )  # fmt: skip
        OrderAttribution.objects.create(order=order, delivery=delivery)
    counts = variant_analytics.variant_counts(run)
    assert counts[0] == {
        "units": 5, "scanned": 2, "registered": 1, "consented": 1, "ordered": 0,
    }  # fmt: skip
    assert counts[1] == {
        "units": 5,
        "scanned": 4,
        "registered": 4,
        "consented": 0,
        "ordered": 1,
    }  # fmt: skip  (the cancelled order is credited to nobody)

    marketer = User.objects.create_user("marketer", password="x-Long-passw0rd")
    marketer.groups.add(Group.objects.get(name=MARKETERS))
    client.force_login(marketer)
    page = client.get(f"/admin/funnel/analytics/print-runs/{run.pk}/")
    assert page.status_code == 200
    assert "<svg" in page.text and 'class="whisker"' in page.text
    assert "4 / 5" in page.text and "1 / 5" in page.text  # B: scanned and registered, ordered
    assert "Variant B, registration rate: not enough data yet." in page.text
    assert "Thank-you card card-b" in page.text


@pytest.mark.django_db
def test_staff_without_the_analytics_permission_get_403(client):
    _, skus = factories.brand_with_skus()
    run = _ab_run(skus)
    viewer = User.objects.create_user("viewer", password="x-Long-passw0rd", is_staff=True)
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_printrun"),
    )
    client.force_login(viewer)
    assert client.get(f"/admin/funnel/analytics/print-runs/{run.pk}/").status_code == 403
