"""Pages people click, in headless Chromium: unsubscribe and preferences on a phone, and the
funnel analytics chart in the admin. Screenshots: ``tests.browser.shots``."""

import random
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from playwright.sync_api import expect

from catalog.models import SKU, Product
from config.roles import MARKETERS
from customers.models import Channel, ConsentRecord, Order
from customers.selectors import identity_is_marketable
from funnel import tokens
from funnel.models import ContactPreference, Delivery, OrderAttribution
from funnel.services import enrolment_start
from registration.models import Registration, Scan
from registration.services import shortcodes_issue
from tests.browser.shots import shot

from ..customers.factories import IdentityFactory
from .conftest import make_sequence, marketable, register

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def subscriber(brand):
    identity = marketable("anna.becker@example.de", first_name="Anna", locale="de")
    enrolment_start(
        sequence=make_sequence(brand, steps=2), identity=identity, registration=None,
        trigger_key="consent",
    )  # fmt: skip
    delivery = Delivery.objects.get()
    token = tokens.make(identity_id=identity.pk, delivery_id=delivery.pk, locale="de")
    return identity, token


def test_unsubscribing_on_a_phone_asks_first_then_confirms_in_german(
    phone, live_server, subscriber
):
    identity, token = subscriber
    phone.goto(f"{live_server.url}/email/unsubscribe/{token}/")
    assert phone.locator("h1").inner_text() == "Von Marketing-E-Mails abmelden?"
    assert identity_is_marketable(identity_id=identity.pk)  # opening the page changed nothing
    shot(phone, "funnel/unsubscribe-confirm-de-phone.png")

    phone.get_by_role("button", name="Ja, abmelden").click()

    expect(phone.get_by_role("status")).to_have_text("Sie sind abgemeldet")
    assert not identity_is_marketable(identity_id=identity.pk)
    assert Delivery.objects.get().status == Delivery.Status.CANCELLED
    record = ConsentRecord.objects.order_by("-id").first()
    assert (record.action, record.source, record.locale) == ("withdrawn", "unsubscribe", "de")
    shot(phone, "funnel/unsubscribe-done-de-phone.png")


def test_pausing_from_the_preference_page(phone, live_server, subscriber):
    identity, token = subscriber
    phone.goto(f"{live_server.url}/email/preferences/{token}/?lang=fr")
    assert phone.locator("h1").inner_text() == "Préférences e-mail"
    phone.get_by_role("button", name="Pause de 30 jours").click()
    expect(phone.get_by_role("status")).to_have_text("Votre choix est enregistré.")
    assert "en pause jusqu’au" in phone.locator("main").inner_text()
    assert ContactPreference.objects.get().paused_until > timezone.now() + timedelta(days=29)
    assert identity_is_marketable(identity_id=identity.pk)  # a pause is not a withdrawal
    shot(phone, "funnel/preferences-paused-fr-phone.png")


def believable_funnel(brand, product):
    """A month of registrations across products and languages, most consenting, many mailed."""
    rng = random.Random(7)
    products = [
        product,
        Product.objects.create(brand=brand, name="Insulated Bottle 750 ml", slug="bottle"),
        Product.objects.create(brand=brand, name="Compact Camp Stove", slug="stove"),
    ]
    sequence = make_sequence(brand, steps=1)
    now = timezone.now()
    codes = {
        p.pk: shortcodes_issue(sku=SKU.objects.get_or_create(product=p, code=f"SKU-{p.slug}")[0])[0]
        for p in products
    }
    for _scan in range(160):
        language = rng.choice(["de", "de", "en", "fr", "it", "es", "zh-hans"])
        code = codes[rng.choice(products).pk]
        Scan.objects.create(
            short_code=code,
            code=code.code,
            device="phone",
            language=language,
            is_bot=False,
            outcome="redirected",
            scanned_at=now - timedelta(days=rng.randint(0, 27), hours=rng.randint(0, 20)),
        )
    for n in range(90):
        locale = rng.choice(["de", "de", "en", "fr", "it", "es", "zh-hans"])
        when = now - timedelta(days=rng.randint(0, 27), hours=rng.randint(0, 20))
        identity = IdentityFactory(customer__locale=locale)
        registration = register(identity, rng.choice(products), locale=locale)
        Registration.objects.filter(pk=registration.pk).update(created_at=when)
        if rng.random() < 0.7:
            # Ledger rows as the registration form and the opt-in link write them, dated back.
            for action, delay in (("granted", 0), ("confirmed", rng.randint(1, 30))):
                if action == "confirmed" and rng.random() > 0.75:
                    break
                ConsentRecord.objects.create(
                    customer=identity.customer,
                    identity=identity,
                    purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
                    action=action,
                    text="Yes, send me news and offers by e-mail.",
                    source=ConsentRecord.Source.REGISTRATION_FORM,
                    created_at=when + timedelta(minutes=delay),
                )
            else:
                enrolment_start(
                    sequence=sequence, identity=identity, registration=registration,
                    trigger_key="consent",
                )  # fmt: skip
                delivery = Delivery.objects.get(identity=identity)
                sent = when + timedelta(hours=2)
                opened = rng.random() < 0.6
                clicked = opened and rng.random() < 0.4
                Delivery.objects.filter(pk=delivery.pk).update(
                    status="sent",
                    sent_at=sent,
                    delivered_at=sent if rng.random() < 0.97 else None,
                    opened_at=sent + timedelta(hours=1) if opened else None,
                    clicked_at=sent + timedelta(hours=1) if clicked else None,
                )
                if clicked and rng.random() < 0.5:
                    order = Order.objects.create(
                        customer=identity.customer,
                        channel=Channel.SHOPIFY,
                        external_id=f"#{1000 + n}",
                        placed_at=sent + timedelta(days=1),
                    )
                    OrderAttribution.objects.create(order=order, delivery=delivery)


def test_marketer_sees_the_funnel_chart(page, live_server, brand, product):
    believable_funnel(brand, product)
    login_marketer(page, live_server)
    page.goto(f"{live_server.url}/admin/funnel/analytics/")

    chart = page.locator("svg.funnel-chart").first
    assert chart.is_visible()
    stages = chart.locator("g[data-stage]")
    assert stages.count() == 9
    registrations = chart.locator('g[data-stage="registrations"] text.value').text_content()
    assert registrations.startswith("90")
    bar_widths = [
        float(stages.nth(i).locator("rect").get_attribute("width")) for i in range(stages.count())
    ]
    assert bar_widths == sorted(bar_widths, reverse=True)  # a funnel narrows
    page.set_viewport_size({"width": 1280, "height": 1550})
    shot(page, "funnel/funnel-analytics.png")

    page.select_option("#id_locale", "de")
    with page.expect_navigation():  # the filtered page, not the one before it
        page.get_by_role("button", name="Apply").click()
    german = chart.locator('g[data-stage="registrations"] text.value').text_content()
    assert int(german.split()[0]) < 90


def login_marketer(page, live_server):
    user = User.objects.create_user("mira", "mira@brand.example", "Funnel-Demo-2026")
    user.groups.add(Group.objects.get(name=MARKETERS))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "mira")
    page.fill("#id_password", "Funnel-Demo-2026")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")  # signed in before the test goes on
    return user


def test_marketer_edits_a_step_subject_and_publishes_it(page, live_server, brand):
    from funnel.models import SequenceStep

    sequence = make_sequence(brand, name="Welcome after registration", steps=2)
    login_marketer(page, live_server)
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.goto(f"{live_server.url}/admin/snippets/funnel/sequence/edit/{sequence.pk}/")
    subject = page.locator("input[name$='-value-subject']").first
    assert subject.input_value() == 'Step 1 for {{ first_name|default:"you" }}'
    shot(page, "funnel/sequence-editor.png")
    subject.fill('Willkommen an Bord, {{ first_name|default:"Outdoor-Fan" }}')
    with page.expect_response(lambda r: r.request.method == "POST"):  # the save, answered
        page.locator("button.action-save").first.click()  # "Save draft"
    page.wait_for_url(f"**/admin/snippets/funnel/sequence/edit/{sequence.pk}/")
    live = SequenceStep.objects.filter(sequence=sequence).order_by("sort_order").first()
    assert live.messages[0].value["subject"] == 'Step 1 for {{ first_name|default:"you" }}'
    draft = sequence.revisions.order_by("-created_at").first().as_object()
    assert "Willkommen an Bord" in draft.steps.all()[0].messages[0].value["subject"]

    page.goto(f"{live_server.url}/admin/funnel/sequences/{sequence.pk}/try/?locale=en")
    frame = page.frame_locator("iframe.funnel-mail").first
    assert "Willkommen an Bord, Alex" in frame.locator("title").text_content()
    shot(page, "funnel/sequence-try.png")


def test_an_unknown_merge_field_is_refused_in_the_editor(page, live_server, brand):
    sequence = make_sequence(brand, steps=1)
    login_marketer(page, live_server)
    page.goto(f"{live_server.url}/admin/snippets/funnel/sequence/edit/{sequence.pk}/")
    page.locator("input[name$='-value-subject']").first.fill("Hi {{ customer.password }}")
    page.locator("button.action-save").first.click()
    page.wait_for_load_state()
    error = page.get_by_text("Write a merge field as").first
    error.wait_for(state="attached")
    assert "could not be" in page.content()  # Wagtail's "…could not be saved due to errors."
    assert sequence.revisions.count() == 1  # nothing saved
