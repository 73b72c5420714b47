"""Admin screens: the sequence snippet, preview and test send, contact export with its audit
log, and funnel analytics — each only for the people allowed to use it."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.utils import timezone

from config.roles import MARKETERS, SUPPORT_MARKETPLACE
from customers.models import ConsentRecord, Suppression
from funnel.models import Delivery, ExportLog, OrderAttribution
from funnel.services import enrolment_start

from ..customers.factories import AmazonIdentityFactory, IdentityFactory, consent
from .conftest import make_sequence, marketable, register

pytestmark = pytest.mark.django_db


def staff(group_name, email="staff@brand.example"):
    user = User.objects.create_user(
        username=group_name.split()[0].lower(), email=email, password="x-Long-passw0rd"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def marketer(client):
    user = staff(MARKETERS, "marketer@brand.example")
    client.force_login(user)
    return user


@pytest.fixture
def locmem(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def test_marketer_sees_sequences_and_can_open_the_editor(client, marketer, brand):
    sequence = make_sequence(brand, name="Welcome after registration")
    listing = client.get("/admin/snippets/funnel/sequence/")
    assert listing.status_code == 200 and "Welcome after registration" in listing.text
    assert f"/admin/funnel/sequences/{sequence.pk}/try/" in listing.text
    assert client.get(f"/admin/snippets/funnel/sequence/edit/{sequence.pk}/").status_code == 200
    assert client.get("/admin/snippets/funnel/sequence/add/").status_code == 200


def test_support_cannot_touch_sequences_exports_or_analytics(client, brand):
    client.force_login(staff(SUPPORT_MARKETPLACE))
    sequence = make_sequence(brand)
    assert client.get("/admin/snippets/funnel/sequence/").status_code in (302, 403)
    # Wagtail answers a refused admin view with a redirect to the dashboard.
    for response in (
        client.get("/admin/funnel/export/"),
        client.post("/admin/funnel/export/", {"purpose": "marketing_email"}),
        client.get("/admin/funnel/analytics/"),
        client.get(f"/admin/funnel/sequences/{sequence.pk}/try/"),
    ):
        assert response.status_code in (302, 403)
        assert not response.get("Content-Type", "").startswith("text/csv")
    assert not ExportLog.objects.exists()


def test_preview_as_a_chosen_customer_and_send_a_test_to_myself(
    client, marketer, brand, product, locmem
):
    sequence = make_sequence(brand, steps=2, from_email="Nordvik <news@nordvik.example>")
    ada = marketable("ada@example.org", first_name="Ada")
    register(ada, product)
    url = f"/admin/funnel/sequences/{sequence.pk}/try/"

    page = client.get(url, {"customer": "ada@example.org", "locale": "de"})
    assert page.status_code == 200
    assert "Schritt 1" in page.text and "Schritt 2" in page.text

    step = sequence.steps.order_by("sort_order").first()
    response = client.post(url, {"customer": "ada@example.org", "locale": "en", "step": step.pk})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["marketer@brand.example"]]
    assert mail.outbox[0].subject == "[Test] Step 1 for Ada"
    assert mail.outbox[0].message()["Message-ID"].endswith("@nordvik.example>")
    assert not Delivery.objects.exists()  # a test is not a delivery


def test_preview_shows_the_draft_not_only_the_published_version(client, marketer, brand):
    sequence = make_sequence(brand, steps=1)
    steps = list(sequence.steps.all())
    steps[0].messages[0].value["subject"] = "Draft subject line"
    sequence.steps = steps
    sequence.save_revision()  # a draft: the live rows keep the old subject
    from funnel.models import SequenceStep

    live = SequenceStep.objects.filter(sequence=sequence).first()
    assert "Draft" not in str(live.messages[0].value["subject"])
    page = client.get(f"/admin/funnel/sequences/{sequence.pk}/try/", {"locale": "en"})
    assert "Draft subject line" in page.text


def test_wagtail_live_preview_renders_each_step(client, marketer, brand):
    sequence = make_sequence(brand, steps=2)
    from funnel.rendering import render_sample

    rendered = render_sample(sequence=sequence, locale="de")
    assert [r["subject"] for r in rendered] == ["Schritt 1", "Schritt 2"]
    assert "Hafenstraße 12" in rendered[0]["html"]


def export(client, **data):
    response = client.post("/admin/funnel/export/", {"purpose": "marketing_email", **data})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_export_streams_marketable_contacts_only_and_is_audited(client, marketer, product):
    marketable("yes@example.org", first_name="Ada")
    register(marketable("de@example.org", locale="de"), product)
    pending = IdentityFactory(customer__email="pending@example.org")
    consent(pending, ConsentRecord.Action.GRANTED)
    gone = marketable("gone@example.org")
    consent(gone, ConsentRecord.Action.WITHDRAWN)
    bounced = marketable("bounced@example.org")
    Suppression.objects.create(email=bounced.email, reason=Suppression.Reason.BOUNCE)
    AmazonIdentityFactory()

    rows = export(client)
    assert sorted(r["email"] for r in rows) == ["de@example.org", "yes@example.org"]
    ada = next(r for r in rows if r["email"] == "yes@example.org")
    assert ada["first_name"] == "Ada" and ada["consent_text_version"] == "marketing/en/1"
    assert ada["consent_confirmed_at"]

    assert [r["email"] for r in export(client, locale="de")] == ["de@example.org"]
    assert [r["email"] for r in export(client, product=product.pk)] == ["de@example.org"]

    logs = list(ExportLog.objects.order_by("started_at"))
    assert [log.row_count for log in logs] == [2, 1, 1]
    assert all(log.username == "marketers" and log.finished_at for log in logs)
    assert logs[1].filters["locale"] == "de"


def test_export_defuses_spreadsheet_formulas(client, marketer):
    marketable("formula@example.org", first_name='=HYPERLINK("http://evil")')
    (row,) = export(client)
    assert row["first_name"].startswith("'=")


def test_export_page_lists_recent_exports(client, marketer):
    export(client)
    page = client.get("/admin/funnel/export/")
    assert page.status_code == 200 and "marketers" in page.text


def test_analytics_draws_the_funnel_as_svg_with_the_right_counts(client, marketer, brand, product):
    from customers.models import Channel, Order

    sequence = make_sequence(brand, steps=1)
    people = [marketable(f"p{n}@example.org") for n in range(4)]
    for identity in people:
        register(identity, product, locale="de")
    unconfirmed = IdentityFactory()
    register(unconfirmed, product, locale="de")
    consent(unconfirmed, ConsentRecord.Action.GRANTED)
    register(IdentityFactory(), product, locale="en")  # no consent at all
    now = timezone.now()
    for index, identity in enumerate(people[:3]):
        enrolment_start(sequence=sequence, identity=identity, registration=None, trigger_key="c")
        delivery = Delivery.objects.get(identity=identity)
        Delivery.objects.filter(pk=delivery.pk).update(
            status="sent",
            sent_at=now,
            delivered_at=now,
            opened_at=now if index < 2 else None,
            clicked_at=now if index < 1 else None,
        )
    order = Order.objects.create(
        customer=people[0].customer, channel=Channel.SHOPIFY, external_id="9", placed_at=now
    )
    OrderAttribution.objects.create(order=order, delivery=Delivery.objects.get(identity=people[0]))

    from registration.models import Scan
    from registration.services import shortcodes_issue

    (code,) = shortcodes_issue(sku=product.skus.first())
    for n in range(9):
        Scan.objects.create(
            short_code=code,
            code=code.code,
            device="phone",
            language="de" if n < 7 else "en",
            is_bot=n == 8,  # a link previewer is not a customer
            outcome="redirected",
        )

    page = client.get("/admin/funnel/analytics/")
    assert page.status_code == 200
    assert "<svg" in page.text and "<polyline" in page.text
    from funnel import analytics

    counts = analytics.funnel_counts(analytics.Filters())
    assert counts == {
        "scans": 8,
        "registrations": 6,
        "consents": 5,
        "confirmed": 4,
        "sent": 3,
        "delivered": 3,
        "opened": 2,
        "clicked": 1,
        "ordered": 1,
    }
    assert 'data-stage="ordered"' in page.text
    (row,) = analytics.per_product(analytics.Filters())
    assert (row["registrations"], row["confirmed"]) == (6, 4)
    german = analytics.funnel_counts(analytics.Filters(locale="de"))
    assert (german["scans"], german["registrations"]) == (7, 5)
    later = analytics.funnel_counts(
        analytics.Filters(date_from=timezone.localdate() + timedelta(days=1))
    )
    assert later["registrations"] == 0
    assert analytics.funnel_counts(analytics.Filters(product_id=product.pk))["registrations"] == 6
    assert analytics.funnel_counts(analytics.Filters(product_id=product.pk + 999))["scans"] == 0
    filtered = client.get("/admin/funnel/analytics/", {"locale": "de", "product": product.pk})
    assert filtered.status_code == 200


def test_analytics_rejects_a_backwards_date_range_without_a_500(client, marketer):
    page = client.get(
        "/admin/funnel/analytics/", {"date_from": "2026-05-10", "date_to": "2026-05-01"}
    )
    assert page.status_code == 200 and "The start date is after the end date." in page.text


def test_marketer_can_browse_enrolments_deliveries_pools_and_the_export_log(
    client, marketer, brand
):
    from funnel.models import DiscountCodePool

    sequence = make_sequence(brand, steps=1)
    enrolment_start(sequence=sequence, identity=marketable(), registration=None, trigger_key="c")
    delivery = Delivery.objects.get()
    for url in (
        "/admin/snippets/funnel/enrolment/",
        "/admin/snippets/funnel/delivery/",
        f"/admin/snippets/funnel/delivery/inspect/{delivery.pk}/",
        "/admin/snippets/funnel/discountcodepool/",
        "/admin/snippets/funnel/discountcodepool/add/",
        "/admin/snippets/funnel/exportlog/",
    ):
        assert client.get(url).status_code == 200, url
    # Deliveries are written by the dispatcher only, never edited by hand.
    assert client.get(f"/admin/snippets/funnel/delivery/edit/{delivery.pk}/").status_code in (
        302,
        403,
    )
    response = client.post(
        "/admin/snippets/funnel/discountcodepool/add/",
        {"name": "Spring", "description": "", "new_codes": "SPRING-1\nSPRING-2\nSPRING-1\n"},
    )
    assert response.status_code == 302
    assert DiscountCodePool.objects.get(name="Spring").available == 2


def test_wagtail_preview_renders_every_step_in_the_chosen_language(rf, brand, marketer):
    sequence = make_sequence(brand, steps=2)
    request = rf.get("/")
    request.user = marketer
    response = sequence.serve_preview(request, "de")
    html = (
        response.rendered_content
        if hasattr(response, "rendered_content")
        else response.content.decode()
    )
    assert html.count("<iframe") == 2
    assert "Schritt 1" in html and "Schritt 2" in html
    assert [code for code, _name in sequence.preview_modes] == [
        "en", "de", "fr", "es", "it", "zh-hans",
    ]  # fmt: skip


def test_analytics_filters_by_insert_revision(brand, product):
    from funnel import analytics
    from registration.models import Registration, Scan
    from registration.services import shortcodes_issue

    sequence = make_sequence(brand, steps=1)
    first, second = sequence.save_revision(), sequence.save_revision()
    (code_first,) = shortcodes_issue(sku=product.skus.first(), insert_revision=first)
    (code_second,) = shortcodes_issue(sku=product.skus.first(), insert_revision=second)
    for code, scans, registrations in ((code_first, 5, 2), (code_second, 3, 1)):
        for _ in range(scans):
            Scan.objects.create(
                short_code=code, code=code.code, device="phone", outcome="redirected"
            )
        for _ in range(registrations):
            registration = register(marketable(), product)
            Registration.objects.filter(pk=registration.pk).update(
                short_code=code, insert_revision=code.insert_revision
            )
    counts = analytics.funnel_counts(analytics.Filters(insert_revision_id=first.pk))
    assert (counts["scans"], counts["registrations"], counts["confirmed"]) == (5, 2, 2)
    counts = analytics.funnel_counts(analytics.Filters(insert_revision_id=second.pk))
    assert (counts["scans"], counts["registrations"]) == (3, 1)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_preview_for_an_address_with_a_nul_byte_shows_a_sample_and_says_why(
    client, marketer, brand, locmem, method
):
    sequence = make_sequence(brand, steps=1)
    response = getattr(client, method)(
        f"/admin/funnel/sequences/{sequence.pk}/try/",
        {"customer": "ada@example.org\x00", "locale": "en"},
    )
    assert response.status_code == 400
    assert "That is not an e-mail address; showing a sample." in response.text
    assert "Step 1" in response.text
    assert mail.outbox == []  # no test is sent for a preview that went wrong
