"""The two doors of the site, in a real browser: the public home page and the admin sign-in."""

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_on_a_phone_and_admin_sign_in(live_server, phone, page):
    call_command("seed_demo")
    phone.goto(f"{live_server.url}/de/")
    assert phone.locator("h1").inner_text() == "Willkommen bei Nordvik Outdoor"
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page must not scroll sideways on a phone"

    page.goto(f"{live_server.url}/admin/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "bridgecard-demo")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("text=Catalog").first.is_visible()
