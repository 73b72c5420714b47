"""The warranty certificate: in the customer's language, fonts embedded (Chinese included), a
QR code that leads to the warranty claim page."""

import io
from datetime import date

import pikepdf
import pytest
import zxingcpp
from pypdf import PdfReader

from registration import links
from registration.pdf import certificate
from registration.services import Provenance, registration_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def chinese_registration(product, sku):
    return registration_submit(
        product=product, sku=sku, first_name="伟", last_name="张", email="wei@example.cn",
        purchase_channel="other", marketplace="", amazon_order_id="", retailer="京东",
        purchase_date=date(2026, 3, 1), serial="HL4-123456", country="CN",
        marketing_text=None, safety_text=None, provenance=Provenance(locale="zh-hans"),
    )  # fmt: skip


def test_a_chinese_certificate_is_in_chinese_with_embedded_fonts(chinese_registration, brand):
    pdf = certificate.render(chinese_registration, brand=brand)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "保修证书" in text and "京东" in text and "HL4-123456" in text
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for font in document.pages[0].Resources.Font.values():
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0] if descendant else font).get("/FontDescriptor")
            assert "/FontFile2" in descriptor, font.BaseFont


def test_the_qr_code_on_the_certificate_decodes_to_the_claim_page(chinese_registration, brand):
    from PIL import Image

    url = links.claim_url(chinese_registration)
    assert f"/support/claim/{chinese_registration.public_id}/?t=" in url
    pdf = certificate.render(chinese_registration, brand=brand)
    printed = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().replace("\n", "")
    assert links.claim_page_url(chinese_registration) in printed
    modules = certificate.qr_modules(url)
    size, scale, quiet = len(modules), 6, 4
    image = Image.new("L", ((size + 2 * quiet) * scale,) * 2, 255)
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                image.paste(
                    0,
                    (
                        (x + quiet) * scale,
                        (y + quiet) * scale,
                        (x + quiet + 1) * scale,
                        (y + quiet + 1) * scale,
                    ),
                )
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [url]


def test_the_certificate_code_reads_in_a_phone_view_and_leads_to_the_registration(
    client, chinese_registration, brand, settings
):
    """A phone's view of the printed page: 100 dpi, slightly out of focus; the brand's real
    https address, not localhost."""
    settings.SITE_URL = "https://care.nordvik-outdoor.example"
    from urllib.parse import urlsplit

    import pypdfium2 as pdfium
    from django.urls import resolve
    from PIL import ImageFilter

    pdf = certificate.render(chinese_registration, brand=brand)
    page = pdfium.PdfDocument(pdf)[0]
    image = (
        page.render(scale=100 / 72, grayscale=True).to_pil().filter(ImageFilter.GaussianBlur(1.0))
    )
    (found,) = [
        r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    ]
    assert len(found) <= 100  # a short address, not a signed token
    match = resolve(urlsplit(found).path)
    assert match.url_name == "helpdesk_claim"
    assert str(match.kwargs["public_id"]) == str(chinese_registration.public_id)
    assert client.get(urlsplit(found).path).status_code == 200
