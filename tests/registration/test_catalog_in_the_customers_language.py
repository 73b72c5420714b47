"""Product names, variants and countries in the customer's language: on the page, in the
confirmation mail and its certificate, on the claim page; the catalogue's own text where a
language has no translation."""

import io

import pytest
from django.core import mail
from django.utils import translation
from pypdf import PdfReader

from catalog.models import ProductTranslation, SKUTranslation
from catalog.selectors import product_display_name, product_text, sku_label

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def german(product, sku, brand):
    ProductTranslation.objects.create(
        product=product, language="de", name="Stirnlampe Trail 400",
        summary="Aufladbare Stirnlampe mit 400 Lumen.",
    )  # fmt: skip
    SKUTranslation.objects.create(sku=sku, language="de", label="Schwarz")
    brand.country = "DE"
    brand.save()
    return product


def test_a_translation_is_used_else_the_language_without_region_else_the_source(german, sku):
    assert product_text(product=german, language="de").name == "Stirnlampe Trail 400"
    assert product_text(product=german, language="de-at").name == "Stirnlampe Trail 400"
    assert product_text(product=german, language="fr").name == "Trail Headlamp 400"
    assert product_text(product=german, language="").summary == ""
    assert sku_label(sku=sku, language="de") == "Schwarz"
    assert sku_label(sku=sku, language="it") == "Black"
    assert (
        product_display_name(product=german, sku=sku, language="de")
        == "Stirnlampe Trail 400 – Schwarz"
    )


def test_an_empty_translated_summary_falls_back_to_the_source(product):
    product.summary = "Rechargeable headlamp."
    product.save()
    ProductTranslation.objects.create(product=product, language="it", name="Lampada frontale")
    assert product_text(product=product, language="it") == (
        "Lampada frontale",
        "Rechargeable headlamp.",
    )


def test_the_country_is_named_in_the_readers_language(brand):
    brand.country = "DE"
    brand.save()
    with translation.override("de"):
        assert brand.sender_lines[-1] == "Deutschland"
    with translation.override("fr"):
        assert brand.sender_lines[-1] == "Allemagne"
    with translation.override("zh-hans"):
        assert brand.sender_lines[-1] == "德国"


def test_the_german_form_offers_the_variant_in_german(client, pages, consent_texts, german):
    body = client.get(pages["de"].url).content.decode()
    assert "Stirnlampe Trail 400 – Schwarz" in body
    body = client.get(pages["en"].url).content.decode()
    assert "Trail Headlamp 400 – Black" in body


def test_the_german_mail_and_certificate_name_the_product_and_country_in_german(
    client, pages, consent_texts, german, sku, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{pages['de'].url}register/",
            {**valid_post(sku), "token": form_token()},
            REMOTE_ADDR="198.51.100.23",
        )
    assert response.status_code == 303
    done = client.get(response["Location"]).content.decode()
    assert "Stirnlampe Trail 400 – Schwarz" in done
    (message,) = mail.outbox
    assert message.subject == "Ihre Garantieregistrierung für Stirnlampe Trail 400"
    assert "Stirnlampe Trail 400" in message.body
    assert "Deutschland" in message.body and "Germany" not in message.body
    (_name, pdf, _kind) = message.attachments[0]
    certificate_text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Stirnlampe Trail 400 – Schwarz" in certificate_text
    assert "Trail Headlamp" not in certificate_text and "Black" not in certificate_text
    assert "Deutschland" in certificate_text
