"""Product pages: one per product and language, found by other apps through the selector, with
hreflang links and a language switcher."""

import pytest
from django.core.exceptions import ValidationError

from registration.models import ProductPage
from registration.selectors import product_page_for

pytestmark = pytest.mark.django_db


def test_product_page_for_finds_the_page_in_a_language_and_falls_back(pages, product, locales):
    assert product_page_for(product, "de") == pages["de"]
    assert product_page_for(product.pk, locales["de"]) == pages["de"]
    assert product_page_for(product, "it") == pages["en"]
    assert product_page_for(product, "it", fallback=False) is None


def test_an_unpublished_page_is_not_offered(pages, product):
    pages["de"].unpublish()
    assert product_page_for(product, "de") == pages["en"]


def test_a_product_has_one_page_per_language(pages, product):
    twin = ProductPage(title="Twin", slug="twin", product=product, locale=pages["de"].locale)
    with pytest.raises(ValidationError):
        twin.clean()


def test_the_page_links_its_translations(client, pages):
    body = client.get(pages["de"].url).content.decode()
    assert 'hreflang="en"' in body and 'hreflang="x-default"' in body
    assert f'href="{pages["en"].url}"' in body  # the language switcher
    for anchor in ('id="register"', 'id="manual"', 'id="warranty"', 'id="support"'):
        assert anchor in body


def test_the_product_list_lists_the_products(client, pages):
    index = pages["en"].get_parent()
    assert "Trail Headlamp 400" in client.get(index.url).content.decode()
