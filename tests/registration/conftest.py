"""Fixtures for the registration tests: a small page tree (home → products → one product page
in English and German), consent texts, and short codes."""

import time

import pytest
from django.core import signing
from wagtail.models import Locale, Page, Site

from catalog.models import SKU, Brand, Product
from registration import scans
from registration.forms import FORM_TOKEN_SALT
from registration.models import ConsentText, HomePage, ProductIndexPage, ProductPage
from registration.services import shortcodes_issue

MARKETING_DE = (
    "Ja, Nordvik darf mir Neuigkeiten und Angebote per E-Mail schicken. Ich kann jederzeit "
    "widerrufen."
)


@pytest.fixture(autouse=True)
def _fresh_scan_cache(settings):
    """Each test starts with an empty in-process code and page cache, and without the rate
    limits and the submit-time trap getting in the way (their own tests switch them on)."""
    scans.forget()
    scans.forget_pages()
    scans._buffer.clear()
    settings.REGISTRATION_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_EMAIL_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_MIN_FORM_SECONDS = 0
    yield
    scans.forget()
    scans.forget_pages()
    scans._buffer.clear()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in
            ("en", "de", "fr", "es", "it", "zh-hans")}  # fmt: skip


@pytest.fixture
def brand(db):
    return Brand.objects.create(
        name="Nordvik", slug="nordvik", support_email="care@nordvik.example",
        postal_address="Hafenstraße 12\n20457 Hamburg",
    )  # fmt: skip


@pytest.fixture
def product(brand):
    return Product.objects.create(
        brand=brand, name="Trail Headlamp 400", slug="trail-headlamp-400", warranty_months=24,
        registration_bonus_months=12, has_serials=True, serial_pattern=r"HL4-[0-9]{6}",
        serial_example="HL4-204518",
    )  # fmt: skip


@pytest.fixture
def sku(product):
    return SKU.objects.create(product=product, code="NV-HL400-BLK", label="Black")


@pytest.fixture
def plain_product(brand):
    product = Product.objects.create(brand=brand, name="Bottle", slug="bottle", warranty_months=60)
    SKU.objects.create(product=product, code="NV-BTL", label="")
    return product


@pytest.fixture
def pages(locales, product, sku):
    """English and German product pages (and the tree above them)."""
    # A transactional test's flush also empties the tree the migrations planted.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = root.add_child(instance=HomePage(title="Home", slug="home-test", locale=locales["en"]))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home, "port": 80}
    )
    index = home.add_child(instance=ProductIndexPage(title="Products", slug="products"))
    page = index.add_child(
        instance=ProductPage(
            title="Trail Headlamp 400", slug="trail-headlamp-400", product=product,
            hero_text="400 lumens.", warranty_terms="<p>Two years.</p>",
        )
    )  # fmt: skip
    de_home = home.copy_for_translation(locales["de"])
    de_home.save_revision().publish()
    de_index = index.copy_for_translation(locales["de"])
    de_index.slug = "produkte"
    de_index.save_revision().publish()
    de_page = page.copy_for_translation(locales["de"])
    de_page.title = de_page.hero_heading = "Stirnlampe Trail 400"
    de_page.save_revision().publish()
    scans.forget_pages()
    return {"en": page, "de": ProductPage.objects.get(pk=de_page.pk)}


@pytest.fixture
def consent_texts(db):
    return {
        ("marketing_email", "en"): ConsentText.objects.create(
            purpose="marketing_email", locale="en", text="Yes, send me news and offers."
        ),
        ("marketing_email", "de"): ConsentText.objects.create(
            purpose="marketing_email", locale="de", text=MARKETING_DE
        ),
        ("safety_notices", "de"): ConsentText.objects.create(
            purpose="safety_notices", locale="de", text="Nur Sicherheits- und Rückrufhinweise."
        ),
        ("safety_notices", "en"): ConsentText.objects.create(
            purpose="safety_notices", locale="en", text="Only safety and recall notices."
        ),
    }


@pytest.fixture
def code(sku):
    (issued,) = shortcodes_issue(sku=sku)
    return issued


def form_token(*, marketing=None, safety=None, age: float = 30) -> str:
    """A form token as the page would have issued it *age* seconds ago."""
    return signing.dumps(
        {
            "t": int(time.time() - age),
            "m": marketing.pk if marketing else None,
            "s": safety.pk if safety else None,
        },
        salt=FORM_TOKEN_SALT,
    )


def valid_post(sku, **overrides):
    data = {
        "first_name": "Anna",
        "last_name": "Becker",
        "email": "anna@example.de",
        "sku": str(sku.pk),
        "purchase_channel": "amazon",
        "marketplace": "amazon.de",
        "amazon_order_id": "302-1234567-1234567",
        "purchase_date": "2026-01-31",
        "serial": "HL4-000001",
        "country": "DE",
        "homepage": "",
    }
    data.update(overrides)
    return data
