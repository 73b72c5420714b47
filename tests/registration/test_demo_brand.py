"""The demo brand looks real: a logo, a picture of every product, names in six languages, and a
manual PDF per product and language that the printed manual code leads to."""

import io
import re

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from catalog.models import Brand, Product, ProductDocument
from catalog.selectors import product_name
from registration.models import ProductPage, ShortCode

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "de", "fr", "es", "it", "zh-hans")


@pytest.fixture
def demo(db):
    call_command("seed_demo")


def test_every_demo_product_has_a_picture_names_and_a_manual_in_every_language(demo):
    brand = Brand.objects.get(slug="nordvik")
    assert brand.logo is not None and brand.country == "DE"
    for product in Product.objects.all():
        assert product.image is not None, product
        with product.image.open_file() as handle:
            assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
        names = {product_name(product=product, language=code) for code in LANGUAGES}
        assert len(names) == len(LANGUAGES), names
        manuals = ProductDocument.objects.filter(product=product, kind="manual")
        assert sorted(manuals.values_list("language", flat=True)) == sorted(LANGUAGES)
    for page in ProductPage.objects.all():
        assert page.hero_image is not None, page
    chinese = ProductDocument.objects.get(product__slug="compact-camp-stove", language="zh-hans")
    with chinese.document.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "使用说明书" in text and "便携露营炉" in text and "一氧化碳" in text


def test_the_manual_code_on_a_card_leads_to_the_manual_in_the_customers_language(demo, client):
    code = ShortCode.objects.filter(target=ShortCode.Target.MANUAL, retired_at=None).first()
    response = client.get(code.path, headers={"accept-language": "de-DE,de;q=0.9"})
    assert response.status_code == 302
    location = response["Location"]
    assert location.endswith("#manual") and location.startswith("/de/")
    page = client.get(location.split("#")[0]).content.decode()
    assert "steht bald hier bereit" not in page and "available here soon" not in page
    assert 'class="hero-image"' in page and "<h1>Stirnlampe Trail 400</h1>" in page
    (href,) = re.findall(r'<a class="download" href="([^"]+)"', page)
    document = client.get(href)
    assert document.status_code == 200
    pdf = b"".join(document.streaming_content) if document.streaming else document.content
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    second = PdfReader(io.BytesIO(pdf)).pages[1].extract_text()
    assert "Stirnlampe Trail 400" in first and "Bedienungsanleitung" in first
    assert "Sicherheit" in second and "Garantie" in second


def test_a_manual_without_extra_months_for_registering_keeps_its_warranty_length(db):
    from registration.demo import demo_manual

    brand = Brand.objects.create(name="Nordvik", slug="nordvik-test")
    bottle = Product.objects.create(
        brand=brand, name="Insulated Bottle 750 ml", slug="insulated-bottle-750",
        warranty_months=60, registration_bonus_months=0,
    )  # fmt: skip
    sections = demo_manual(bottle, "de").sections
    (warranty,) = next(s for s in sections if s.heading == "Garantie").paragraphs
    assert "60 Monate Garantie" in warranty and "registrieren" not in warranty
