"""What search engines and link previews see: robots.txt, the sitemap with its hreflang
alternates, the meta description and Open Graph tags of a product page, the favicon, and
noindex on every private page, under the unchanged strict CSP."""

import re

import pytest
from defusedxml import ElementTree
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog.models import ProductTranslation
from tests.legal_tree import legal_pages

pytestmark = pytest.mark.django_db

SUMMARY_DE = "Aufladbare Stirnlampe mit 400 Lumen, Rotlicht und Sperrmodus."
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def meta(body: str, attribute: str, name: str) -> str | None:
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', body)
    return found.group(1) if found else None


@pytest.fixture
def product_with_picture(product):
    product.image = get_image_model().objects.create(
        title="Headlamp", file=get_test_image_file("headlamp.png", size=(800, 600))
    )
    product.summary = "Rechargeable 400-lumen headlamp."
    product.save()
    ProductTranslation.objects.create(
        product=product, language="de", name="Stirnlampe 400", summary=SUMMARY_DE
    )
    return product


def test_robots_txt_allows_public_pages_and_keeps_crawlers_out_of_private_ones(client, settings):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Allow: /" in lines
    for private in ("/admin/", "/my/", "/confirm/", "/r/", "/01/", "/email/", "/support/"):
        assert f"Disallow: {private}" in lines, private
    assert "Disallow: /*/register/" in lines
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the public pages stay crawlable


def test_the_sitemap_lists_every_product_page_with_its_translations_and_nothing_private(
    client, pages, code
):
    legal_pages()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)
    locations = [loc.text for loc in tree.findall("s:url/s:loc", NS)]
    assert "http://localhost/en/products/trail-headlamp-400/" in locations
    assert "http://localhost/de/produkte/trail-headlamp-400/" in locations
    assert "http://localhost/de/impressum/" in locations
    for location in locations:
        path = location.removeprefix("http://localhost")
        assert not re.match(r"^/(my|confirm|r|R|01|email|support|admin)/", path), location
        assert "/register/" not in path and code.code not in path, location
    (german,) = [
        url
        for url in tree.findall("s:url", NS)
        if url.find("s:loc", NS).text.endswith("/de/produkte/trail-headlamp-400/")
    ]
    alternates = {link.get("hreflang"): link.get("href") for link in german.findall("x:link", NS)}
    assert alternates == {
        "en": "http://localhost/en/products/trail-headlamp-400/",
        "de": "http://localhost/de/produkte/trail-headlamp-400/",
        "x-default": "http://localhost/en/products/trail-headlamp-400/",
    }


def test_a_product_page_describes_itself_in_the_customers_language_for_link_previews(
    client, pages, product_with_picture
):
    body = client.get(pages["de"].url).content.decode()
    assert meta(body, "name", "description") == SUMMARY_DE
    assert meta(body, "property", "og:description") == SUMMARY_DE
    assert meta(body, "property", "og:title") == "Stirnlampe Trail 400"
    assert meta(body, "property", "og:locale") == "de_DE"
    image = meta(body, "property", "og:image")
    assert image and image.startswith("http://testserver/") and "headlamp" in image
    english = client.get(pages["en"].url).content.decode()
    assert meta(english, "name", "description") == "Rechargeable 400-lumen headlamp."
    assert meta(english, "property", "og:locale") == "en_GB"
    assert meta(english, "name", "robots") is None  # public: indexable


def test_every_page_has_a_description_and_the_favicon(client, pages):
    for path in ("/en/", pages["de"].url, "/my/"):
        body = client.get(path).content.decode()
        assert meta(body, "name", "description"), path
        if path != "/my/":  # a Wagtail page: its preview has a description too
            assert meta(body, "property", "og:description") == meta(body, "name", "description")
        assert re.search(
            r'<link rel="icon" href="/static/favicon\.svg" type="image/svg\+xml">', body
        )
    from django.contrib.staticfiles import finders

    assert finders.find("favicon.svg")


def test_private_pages_are_not_indexed(client, pages, code, consent_texts):
    private = [
        f"{pages['de'].url}register/",
        f"{pages['de'].url}register/?code={code.code}",
        "/my/",
        "/my/not-a-token/",
        "/confirm/not-a-token/",
        "/r/ZZZZZZZZ",
    ]
    for path in private:
        body = client.get(path, follow=True).content.decode()
        assert meta(body, "name", "robots") == "noindex", path


def test_the_new_head_tags_keep_the_strict_csp(client, pages, product_with_picture):
    response = client.get(pages["de"].url)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    body = response.content.decode()
    assert "<style" not in body and " style=" not in body
    assert not re.search(r"<script(?![^>]*\bsrc=)", body)
