"""The warranty certificate attached to the confirmation mail: one A4 page in the customer's
language, set in embedded fonts (CJK when needed), with a QR code to the warranty claim page.

The code carries the claim page's short address (the one printed beside it), not the signed
link of the mail: a 150-character token made a dense symbol that phones could not read from
paper, and a printed certificate that is shown around should not sign anyone in. The claim page
asks for the registration's e-mail address instead.

Override ``lines`` to change what the certificate lists.
"""

from __future__ import annotations

import io

import qrcode
from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from catalog import voice
from registration import links

from . import fonts


def lines(registration) -> list[tuple[str, str]]:
    r = registration
    product = r.product.name + (f" – {r.sku.label}" if r.sku and r.sku.label else "")
    rows = [
        (_("Product"), product),
        (_("Registration number"), r.reference_display),
    ]
    if r.serial:
        rows.append((_("Serial number"), r.serial))
    if r.sku:
        rows.append((_("Article number (SKU)"), r.sku.code))
    rows += [
        (_("Date of purchase"), formats.date_format(r.purchase_date, "DATE_FORMAT")),
        (_("Bought at"), _channel(r)),
        (_("Warranty from"), formats.date_format(r.warranty_starts_on, "DATE_FORMAT")),
        (_("Warranty until"), formats.date_format(r.warranty_ends_on, "DATE_FORMAT")),
    ]
    if r.amazon_order_id:
        rows.append((_("Amazon order number"), r.amazon_order_id))
    owner = f"{r.customer.first_name} {r.customer.last_name}".strip()
    if owner:
        rows.append((_("Registered to"), owner))
    return rows


def _channel(r) -> str:
    if r.purchase_channel == "amazon":
        return r.marketplace or "Amazon"
    if r.purchase_channel == "other":
        return r.retailer or str(r.get_purchase_channel_display())
    return str(r.get_purchase_channel_display())


#: About 80 characters make a symbol of 37–41 modules: at 30 mm, 0.75 mm or more a module, which
#: reads at 100 dpi with a slight blur (a phone's view of the page).
QR_SIZE_MM = 30


def qr_modules(url: str) -> list[list[bool]]:
    """The QR code's dark/light modules, without quiet zone (the page margin provides it)."""
    matrix = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    matrix.add_data(url)
    matrix.make(fit=True)
    return matrix.get_matrix()


def render(registration, *, brand=None) -> bytes:
    """The certificate as PDF bytes (byte-identical for identical input)."""
    fonts.register()
    language = registration.locale or settings.LANGUAGE_CODE
    with voice.override(language, brand):
        rows = lines(registration)
        title = _("Warranty certificate")
        brand_name = brand.name if brand else settings.WAGTAIL_SITE_NAME
        claim_note = _("To make a warranty claim, scan the code or open:")
        keep_note = _("Please keep this certificate with your receipt.")
        support = ""
        if brand and (brand.support_email or brand.support_phone):
            support = _("Customer service: %(contact)s") % {
                "contact": " · ".join(x for x in (brand.support_email, brand.support_phone) if x)
            }
    regular = fonts.family_for(locale=language)
    bold = fonts.bold_for(locale=language)

    def face(text: str, base: str) -> str:
        return fonts.CJK if fonts.needs_cjk(text) else base

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, initialFontName=regular, invariant=1)
    pdf.setTitle(f"{title} – {registration.product.name}")
    pdf.setAuthor(brand_name)
    _width, height = A4
    left = 22 * mm
    y = height - 30 * mm
    pdf.setFont(face(brand_name, bold), 13)
    pdf.drawString(left, y, brand_name)
    y -= 16 * mm
    pdf.setFont(face(title, bold), 24)
    pdf.drawString(left, y, title)
    y -= 14 * mm
    for label, value in rows:
        pdf.setFont(face(label, regular), 10)
        pdf.setFillGray(0.35)
        pdf.drawString(left, y, label)
        pdf.setFillGray(0)
        pdf.setFont(face(value, bold), 12)
        pdf.drawString(left + 58 * mm, y, value[:80])
        y -= 9 * mm
    y -= 6 * mm
    url = links.claim_page_url(registration)
    modules = qr_modules(url)
    size = QR_SIZE_MM * mm
    cell = size / len(modules)
    top = y - size
    path = pdf.beginPath()
    for row_index, row in enumerate(modules):
        for col_index, dark in enumerate(row):
            if dark:
                path.rect(left + col_index * cell, top + size - (row_index + 1) * cell, cell, cell)
    pdf.drawPath(path, stroke=0, fill=1)
    text_left = left + size + 8 * mm
    pdf.setFont(face(claim_note, regular), 10)
    pdf.drawString(text_left, y - 6 * mm, claim_note)
    pdf.setFont(regular, 9)
    pdf.drawString(text_left, y - 12 * mm, links.claim_page_url(registration))
    pdf.setFont(face(keep_note, regular), 10)
    pdf.drawString(text_left, y - 20 * mm, keep_note)
    if support:
        pdf.drawString(text_left, y - 26 * mm, support)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
