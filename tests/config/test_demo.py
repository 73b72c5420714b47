import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from catalog.models import SKU, Product
from customers.models import ConsentRecord, Customer
from customers.selectors import marketable_identities

pytestmark = pytest.mark.django_db


def counts():
    return (
        Product.objects.count(),
        SKU.objects.count(),
        Customer.objects.count(),
        ConsentRecord.objects.count(),
        Page.objects.count(),
    )


def test_seed_demo_is_idempotent_and_believable(capsys):
    call_command("seed_demo")
    first = counts()
    out = capsys.readouterr().out
    assert "admin / bridgecard-demo" in out
    call_command("seed_demo")
    assert counts() == first
    assert first[0] == 6
    assert Customer.objects.filter(identities__channel="amazon").exists()
    emails = set(marketable_identities().values_list("email", flat=True))
    assert emails and not any("marketplace.amazon" in e for e in emails)
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.get_translations().count() == 5
    from registration.models import LegalPage

    for code in ("en", "de", "fr", "es", "it", "zh-hans"):
        for kind in ("imprint", "privacy"):
            page = LegalPage.objects.live().get(locale__language_code=code, kind=kind)
            assert "Nordvik Outdoor GmbH" in page.body and "Hamburg" in page.body, (code, kind)
    assert LegalPage.objects.get(locale__language_code="de", kind="imprint").title == "Impressum"


def test_home_page_answers_in_every_language(client):
    call_command("seed_demo")
    for code in ("en", "de", "fr", "es", "it", "zh-hans"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        assert f'lang="{code}"' in response.content.decode()
    german = client.get("/de/").content.decode()
    assert "Willkommen" in german
    assert 'href="/de/impressum/"' in german and 'href="/de/datenschutz/"' in german
    assert "Angaben gemäß § 5 DDG" in client.get("/de/impressum/").content.decode()
    assert 'href="/fr/mentions-legales/"' in client.get("/fr/").content.decode()
    assert client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9"})["Location"] == "/fr/"


def test_public_pages_get_a_strict_csp_and_the_admin_does_not(client):
    call_command("seed_demo")
    public = client.get("/en/")
    assert "script-src 'self'" in public["Content-Security-Policy"]
    assert "unsafe-inline" not in public["Content-Security-Policy"]
    admin = client.get("/admin/login/")
    assert "Content-Security-Policy" not in admin


def test_health_endpoint(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_admin_previews_are_not_covered_by_the_public_policy(admin_client):
    """Wagtail renders previews as a dummy request for "/"; a public frame-ancestors 'none'
    would blank the admin's preview panel."""
    call_command("seed_demo")
    from registration.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    response = home.make_preview_request()
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
