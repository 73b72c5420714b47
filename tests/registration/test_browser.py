"""The customer's path in a real browser: a phone with a German browser scans a code, registers
without and then with marketing consent, confirms by the link in the mail; and an axe-core
accessibility scan of the product page and of the form showing errors."""

import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from customers.models import ConsentRecord, Customer
from registration.models import ConsentText, Registration, ShortCode
from tests.browser.shots import shot
from tests.browser.timing import BROWSER_TIMEOUT_MS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)


def german_phone(browser, **options):
    return browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        user_agent=IPHONE,
        locale="de-DE",
        extra_http_headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.5"},
        **options,
    )


def demo_code() -> ShortCode:
    return ShortCode.objects.get(
        sku__code="NV-HL400-BLK", locale="", serial="", target="register", retired_at=None,
        batch__label="Demo cards",
    )  # fmt: skip


def fill_form(page, *, first, email, serial):
    page.fill("#id_first_name", first)
    page.fill("#id_last_name", "Becker")
    page.fill("#id_email", email)
    page.fill("#id_serial", serial)
    page.fill("#id_purchase_date", "2026-10-01")
    page.check("input[name=purchase_channel][value=amazon]")
    page.fill("#id_amazon_order_id", "302-1234567-1234567")


def test_german_phone_registers_without_and_with_marketing_and_confirms(
    live_server, browser, immediate_tasks, settings
):
    call_command("seed_demo")
    settings.REGISTRATION_MIN_FORM_SECONDS = 1
    code = demo_code()
    # Without JavaScript: every step must work with plain HTML forms.
    context = german_phone(browser, java_script_enabled=False)
    phone = context.new_page()
    phone.set_default_timeout(BROWSER_TIMEOUT_MS)

    phone.goto(f"{live_server.url}/r/{code.code}")
    assert re.search(r"/de/produkte/trail-headlamp-400/register/\?code=", phone.url)
    assert phone.locator("html").get_attribute("lang") == "de"
    assert phone.locator("h1").inner_text() == "Produkt registrieren"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert phone.locator("#id_country").input_value() == "DE"
    assert phone.locator("#id_marketplace").input_value() == "amazon.de"
    assert not phone.locator("#id_marketing").is_checked()
    shot(phone, "registration/de-registration-form.png")

    # 1. Without marketing.
    fill_form(phone, first="Anna", email="anna.becker@example.com", serial="HL4-100001")
    phone.wait_for_timeout(1100)
    phone.click("button[type=submit]")
    expect(phone.locator("h1")).to_have_text("Ihr Produkt ist registriert")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Ihre Garantieregistrierung für Stirnlampe Trail 400"
    assert "/confirm/" not in mail.outbox[0].body
    assert mail.outbox[0].attachments[0][2] == "application/pdf"
    anna = Customer.objects.get(email="anna.becker@example.com")
    assert not ConsentRecord.objects.filter(customer=anna).exists()

    # 2. With marketing.
    phone.goto(f"{live_server.url}/r/{code.code}")
    fill_form(phone, first="Jonas", email="jonas.weber@example.com", serial="HL4-100002")
    phone.check("#id_marketing")
    phone.wait_for_timeout(1100)
    phone.click("button[type=submit]")
    expect(phone.locator("h1")).to_have_text("Ihr Produkt ist registriert")
    assert "Noch ein Schritt" in phone.locator("main").inner_text()
    shot(phone, "registration/de-registered.png")

    message = mail.outbox[-1]
    assert message.to == ["jonas.weber@example.com"]
    link = re.search(r"https?://\S+?(/confirm/\S+/)", message.body).group(1)
    phone.goto(f"{live_server.url}{link}")
    phone.click("button[type=submit]")
    expect(phone.locator("h1")).to_have_text("Danke, Ihre Adresse ist bestätigt")
    shot(phone, "registration/de-confirmed.png")
    context.close()

    jonas = Customer.objects.get(email="jonas.weber@example.com")
    rows = list(ConsentRecord.objects.filter(customer=jonas).order_by("id"))
    wording = ConsentText.objects.get(purpose="marketing_email", locale="de", version=1)
    assert [(r.action, r.source) for r in rows] == [
        ("granted", "registration_form"),
        ("confirmed", "double_opt_in"),
    ]
    assert all(r.text == wording.text and r.text_version == "marketing_email/de/1" for r in rows)
    assert all(r.ip_hash and r.locale == "de" for r in rows)
    assert rows[0].short_code == code.code
    assert Registration.objects.filter(short_code=code).count() == 2


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


def test_product_page_and_form_with_errors_pass_an_axe_scan(live_server, browser):
    call_command("seed_demo")
    context = german_phone(browser, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(BROWSER_TIMEOUT_MS)

    page.goto(f"{live_server.url}/de/produkte/trail-headlamp-400/")
    assert page.locator("h1").inner_text() == "Stirnlampe Trail 400"
    assert page.locator("link[rel=alternate][hreflang=fr]").count() == 1
    assert page.locator("nav.languages a[hreflang=zh-hans]").count() == 1
    shot(page, "registration/de-product-page.png")
    assert axe_violations(page) == []

    page.goto(f"{live_server.url}/de/produkte/trail-headlamp-400/register/")
    page.fill("#id_email", "kein-at-zeichen")
    page.fill("#id_purchase_date", "2099-01-01")
    page.click("button[type=submit]")
    expect(page.locator(".error-summary")).to_be_visible()
    assert "Zukunft" in page.locator(".error-summary").inner_text()
    shot(page, "registration/de-form-with-errors.png")
    assert axe_violations(page) == []
    context.close()


def test_the_error_summary_takes_the_focus_and_each_link_jumps_to_its_field(
    live_server, browser, pages, consent_texts
):
    """Keyboard and screen-reader users start at the list of problems; each link moves the
    focus to the control it is about, radio buttons included. Without JavaScript."""
    context = german_phone(browser, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(BROWSER_TIMEOUT_MS)
    page.goto(f"{live_server.url}{pages['de'].url}register/")
    page.fill("#id_email", "kein-at-zeichen")
    page.click("button[type=submit]")
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()

    links = summary.locator("a")
    targets = [link.get_attribute("href") for link in links.all()]
    # First name, e-mail, serial number, date of purchase, where it was bought: one link each, in
    # the order of the page.
    assert targets == [
        "#id_first_name", "#id_email", "#id_serial", "#id_purchase_date", "#id_purchase_channel_0",
    ], targets  # fmt: skip
    # From the focused summary, the keyboard alone reaches the first link and follows it.
    page.keyboard.press("Tab")
    expect(links.first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(targets[0])).to_be_focused()
    for index, target in enumerate(targets[1:], start=1):
        links.nth(index).click()
        expect(page.locator(target)).to_be_focused()
    context.close()
