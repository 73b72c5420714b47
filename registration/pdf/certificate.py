"""The warranty certificate attached to the confirmation mail: one A4 page in the customer's
language — the brand's logo, the product's picture and name, the owner, the registration
number in a box of its own, the dates, and a QR code to the warranty claim page.

Every value goes through ``registration.pdf.text``: a face per character (Latin, Greek,
Cyrillic, Chinese, Arabic, Hebrew, emoji), right-to-left runs shaped and in their order, and a
long value wrapped, then shrunk, never cut.

The code carries the claim page's short address (the one printed beside it), not the signed
link of the mail: a 150-character token made a dense symbol that phones could not read from
paper, and a printed certificate that is shown around should not sign anyone in. The claim page
asks for the registration's e-mail address instead.

The copy sent to an Amazon buyer through the Messaging API (``for_amazon``) has no claim panel,
no link and no contact details: Amazon's communication guidelines allow no link off Amazon and
no e-mail address or phone number in a buyer message, and the send gate checks the document's
text for exactly that. It says to reach the seller through Amazon instead.

Override ``lines`` to change what the certificate lists.
"""

from __future__ import annotations

import io

import qrcode
from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from catalog import voice
from catalog.selectors import product_display_name, product_name
from registration import links

from . import fonts, text


def lines(registration) -> list[tuple[str, str]]:
    r = registration
    language = translation.get_language() or settings.LANGUAGE_CODE
    product = product_display_name(product=r.product, sku=r.sku, language=language)
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

ACCENT = HexColor("#0b6e4f")  # the site's accent (static/css/site.css)
INK = HexColor("#1d2329")
MUTED = HexColor("#59636e")
LINE = HexColor("#d6dbe0")
PANEL_RGB = (241, 245, 243)
PANEL = HexColor("#f1f5f3")

#: Pictures are embedded at most this many pixels wide: sharp in print at their size, small.
IMAGE_MAX_PX = 900


def qr_modules(url: str) -> list[list[bool]]:
    """The QR code's dark/light modules, without quiet zone (the page margin provides it)."""
    matrix = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    matrix.add_data(url)
    matrix.make(fit=True)
    return matrix.get_matrix()


def _picture(image, background=(255, 255, 255)) -> ImageReader | None:
    """A Wagtail image as something reportlab draws, scaled down and flattened onto
    *background*; ``None`` when there is none or its file is missing (the certificate still
    goes out)."""
    if image is None:
        return None
    from PIL import Image

    try:
        with image.open_file() as handle, Image.open(handle) as source:
            source.load()
            picture = source.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    picture.thumbnail((IMAGE_MAX_PX, IMAGE_MAX_PX))
    flat = Image.new("RGB", picture.size, background)
    flat.paste(picture, mask=picture.getchannel("A"))
    return ImageReader(flat)


def _draw_image(pdf, reader: ImageReader, x: float, y: float, w: float, h: float) -> None:
    """*reader* fitted inside the box (x, y, w, h), centred, keeping its proportions."""
    iw, ih = reader.getSize()
    scale = min(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    pdf.drawImage(reader, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)


def _draw_qr(pdf, url: str, x: float, y: float, size: float) -> None:
    modules = qr_modules(url)
    cell = size / len(modules)
    path = pdf.beginPath()
    for row_index, row in enumerate(modules):
        for col_index, dark in enumerate(row):
            if dark:
                path.rect(x + col_index * cell, y + size - (row_index + 1) * cell, cell, cell)
    pdf.setFillColor(Color(0, 0, 0))
    pdf.drawPath(path, stroke=0, fill=1)


def _block(
    pdf, lines_: list[text.Line], x: float, top: float, colour, leading=1.25, width=0.0
) -> float:
    """Draw *lines_* from *top* down; returns the y below the last line. A right-to-left text
    that wraps is set flush right in its column (*width*), as it is read."""
    y = top
    flush_right = width and len(lines_) > 1 and lines_[0].rtl
    for built in lines_:
        y -= built.size * leading
        if flush_right:
            text.draw(pdf, x + width, y + built.size * 0.25, built, align="right", fill=colour)
        else:
            text.draw(pdf, x, y + built.size * 0.25, built, fill=colour)
    return y


def render(registration, *, brand=None, for_amazon: bool = False) -> bytes:
    """The certificate as PDF bytes (byte-identical for identical input); *for_amazon*: the
    copy for Amazon's Messaging API, without the claim code, links or contact details."""
    fonts.register()
    language = registration.locale or settings.LANGUAGE_CODE
    with voice.override(language, brand):
        rows = lines(registration)
        reference_label = _("Registration number")
        owner_label = _("Registered to")
        product_label = _("Product")
        title = _("Warranty certificate")
        brand_name = brand.name if brand else settings.WAGTAIL_SITE_NAME
        claim_heading = _("Warranty claim")
        claim_note = _("To make a warranty claim, scan the code or open:")
        keep_note = _("Please keep this certificate with your receipt.")
        amazon_note = _(
            "For a warranty claim, please contact us through your Amazon order "
            '("Your Orders", "Contact seller") and give your registration number.'
        )
        support = ""
        if brand and (brand.support_email or brand.support_phone) and not for_amazon:
            support = _("Customer service: %(contact)s") % {
                "contact": " · ".join(x for x in (brand.support_email, brand.support_phone) if x)
            }
        sender = " · ".join(brand.sender_lines) if brand else ""
        name_for_title = product_name(product=registration.product, language=language)
    regular = fonts.chain(locale=language)
    bold = fonts.chain(bold=True, locale=language)
    values = dict(rows)
    owner = values.pop(owner_label, "")
    product = values.pop(product_label, "")
    reference = values.pop(reference_label, "")

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, initialFontName=regular[0], invariant=1)
    pdf.setTitle(f"{title} – {name_for_title}")
    pdf.setAuthor(brand_name)
    width, height = A4
    left, right = 20 * mm, width - 20 * mm
    inner = right - left

    # Header: the logo (or the brand's name) and the title on an accent rule.
    logo = _picture(getattr(brand, "logo", None)) if brand else None
    top = height - 16 * mm
    if logo is not None:
        _draw_image(pdf, logo, left, top - 16 * mm, 62 * mm, 16 * mm)
        if not for_amazon:
            pdf.linkURL(settings.SITE_URL + "/", (left, top - 16 * mm, left + 62 * mm, top))
    else:
        text.draw(pdf, left, top - 10 * mm, text.line(brand_name, 16, bold), fill=INK)
    heading = text.fit(title, inner * 0.55, 20, bold, max_lines=2, min_size=12)
    y = top
    for built in heading:
        y -= built.size * 1.15
        text.draw(pdf, right, y, built, align="right", fill=ACCENT)
    y = min(y, top - 16 * mm) - 5 * mm
    pdf.setStrokeColor(ACCENT)
    pdf.setLineWidth(1.6)
    pdf.line(left, y, right, y)
    y -= 6 * mm
    y = _block(pdf, text.fit(keep_note, inner, 10, regular, max_lines=2), left, y, MUTED)

    # The product: picture on the right, name and owner on the left.
    picture = _picture(registration.product.image, PANEL_RGB)
    picture_w = 58 * mm if picture is not None else 0
    hero_top = y - 5 * mm
    column = inner - (picture_w + 8 * mm if picture is not None else 0)
    if picture is not None:
        pdf.setFillColor(PANEL)
        pdf.roundRect(right - picture_w, hero_top - picture_w, picture_w, picture_w, 4 * mm,
                      stroke=0, fill=1)  # fmt: skip
        _draw_image(pdf, picture, right - picture_w + 3 * mm, hero_top - picture_w + 3 * mm,
                    picture_w - 6 * mm, picture_w - 6 * mm)  # fmt: skip
    y = hero_top
    y = _block(pdf, [text.line(product_label, 9, regular)], left, y, MUTED)
    product_lines = text.fit(product, column, 18, bold, max_lines=3, min_size=10)
    y = _block(pdf, product_lines, left, y, INK, width=column)
    if owner:
        y -= 3 * mm
        y = _block(pdf, [text.line(owner_label, 9, regular)], left, y, MUTED)
        owner_lines = text.fit(owner, column, 18, bold, max_lines=3, min_size=9)
        y = _block(pdf, owner_lines, left, y, INK, width=column)
    # The registration number, in a box of its own.
    if reference:
        y -= 4 * mm
        box_lines = text.fit(reference, column - 8 * mm, 15, bold, max_lines=1, min_size=8)
        box_h = 9 * mm + sum(b.size * 1.25 for b in box_lines)
        pdf.setFillColor(PANEL)
        pdf.setStrokeColor(ACCENT)
        pdf.setLineWidth(0.8)
        pdf.roundRect(left, y - box_h, column, box_h, 2.5 * mm, stroke=1, fill=1)
        inner_y = _block(pdf, [text.line(reference_label, 8.5, regular)], left + 4 * mm,
                         y - 2.5 * mm, MUTED)  # fmt: skip
        _block(pdf, box_lines, left + 4 * mm, inner_y, ACCENT)
        y -= box_h
    y = min(y, hero_top - picture_w) - 8 * mm

    # Details: label on the left, value on the right, a hairline between rows.
    label_w = 52 * mm
    pdf.setStrokeColor(LINE)
    pdf.setLineWidth(0.5)
    for label, value in values.items():
        label_lines = text.fit(label, label_w - 3 * mm, 9.5, regular, max_lines=2, min_size=7)
        value_lines = text.fit(value, inner - label_w, 11.5, bold, max_lines=3, min_size=7)
        row_top = y
        below_label = _block(pdf, label_lines, left, row_top - 1.5 * mm, MUTED)
        below_value = _block(
            pdf, value_lines, left + label_w, row_top - 1.5 * mm, INK, width=inner - label_w
        )
        y = min(below_label, below_value) - 2.5 * mm
        pdf.line(left, y, right, y)

    if for_amazon:
        y -= 6 * mm
        _block(pdf, text.fit(amazon_note, inner, 10.5, regular, max_lines=3), left, y, INK)
    else:
        _claim_panel(pdf, registration, y, claim_heading, claim_note, support, regular, bold)

    # Footer: who issued it.
    if sender:
        footer = text.fit(sender, inner, 8, regular, max_lines=2, min_size=6)
        fy = 14 * mm + sum(b.size * 1.3 for b in footer)
        pdf.setStrokeColor(LINE)
        pdf.line(left, fy + 2 * mm, right, fy + 2 * mm)
        _block(pdf, footer, left, fy, MUTED, leading=1.3)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _claim_panel(pdf, registration, y, claim_heading, claim_note, support, regular, bold) -> None:
    """The claim: the code, what to do, the short address (own-site copies only)."""
    width, _height = A4
    left, right = 20 * mm, width - 20 * mm
    inner = right - left
    url = links.claim_page_url(registration)
    size = QR_SIZE_MM * mm
    panel_h = size + 12 * mm
    # At the foot of the page, above the issuer, when the details leave room; else after them.
    footer_room = 30 * mm
    panel_top = min(y - 8 * mm, footer_room + panel_h)
    pdf.setFillColor(PANEL)
    pdf.roundRect(left, panel_top - panel_h, inner, panel_h, 4 * mm, stroke=0, fill=1)
    pdf.setFillColor(Color(1, 1, 1))
    pdf.rect(left + 4 * mm, panel_top - 6 * mm - size - 2 * mm, size + 4 * mm, size + 4 * mm,
             stroke=0, fill=1)  # fmt: skip
    _draw_qr(pdf, url, left + 6 * mm, panel_top - 6 * mm - size, size)
    text_left = left + size + 16 * mm
    text_w = right - 6 * mm - text_left
    ty = panel_top - 5 * mm
    ty = _block(pdf, text.fit(claim_heading, text_w, 13, bold, max_lines=1), text_left, ty, ACCENT)
    ty = _block(pdf, text.fit(claim_note, text_w, 10, regular, max_lines=2), text_left, ty, INK)
    url_lines = text.fit(url, text_w, 10, (fonts.SANS_BOLD,), max_lines=1, min_size=7)
    below_url = _block(pdf, url_lines, text_left, ty, ACCENT)
    pdf.linkURL(url, (text_left, below_url, text_left + text_w, ty))
    ty = below_url - 2 * mm
    if support:
        _block(pdf, text.fit(support, text_w, 9.5, regular, max_lines=2), text_left, ty, MUTED)
