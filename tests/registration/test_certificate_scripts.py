"""Any name prints whole on the warranty certificate: Arabic and Hebrew right to left and
joined, Greek, Cyrillic, Chinese and emoji in a face that has them, a 150-character name
wrapped or shrunk — never cut, never a missing glyph.

How the text is compared. The test reads the PDF's text layer with pypdf, the library the
project already uses, and looks for each name in it:

- Line breaks: a long name wraps, so every whitespace run (spaces, the line breaks the
  extraction puts between lines and between runs in different faces) is removed on both sides
  before comparing; what remains must be the name's characters, all of them, in order.
- Shaping forms: HarfBuzz draws a joined Arabic letter with the glyph for its initial, medial
  or final form, which the font maps to Unicode's Arabic presentation forms (U+FB50–U+FEFF).
  NFKC folds those back to the letters typed (ﻣ → م), so the text is normalised with NFKC.
- Order: the glyphs of a right-to-left run are drawn right to left (visual order); pypdf puts
  a run of right-to-left characters back in logical order when it extracts it, so after NFKC
  the extracted text reads as the name was typed. That the glyphs really are drawn right to
  left is checked separately, from PDFium's character boxes: each next character of the name,
  in logical order, sits further left.
"""

import io
import re
import unicodedata
from datetime import date

import pikepdf
import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from registration.pdf import certificate, fonts, text
from registration.services import Provenance, registration_submit

pytestmark = pytest.mark.django_db

LONG_NAME = (
    "María de los Ángeles Fernández-Villaverde y Santísima Trinidade de la Concepción "
    "Gutiérrez-Solórzano Montenegro de Alcántara y Bermúdez de Castro Ruiz"
)

NAMES = {
    "arabic": ("محمد", "بن عبد الله الهاشمي"),
    "hebrew": ("שרה", "לוי-כהן"),
    "greek": ("Αλέξανδρος", "Παπαδόπουλος"),
    "cyrillic": ("Анна", "Кузнецова-Петрова"),
    "chinese": ("伟", "张"),
    "emoji": ("Emma 🌲", "Lindqvist 🏔️"),
    "long": (LONG_NAME.split(" ", 1)[0], LONG_NAME.split(" ", 1)[1]),
}


def register(product, sku, first: str, last: str, locale: str = "en"):
    return registration_submit(
        product=product, sku=sku, first_name=first, last_name=last,
        email=f"owner{abs(hash(first + last)) % 10**8}@example.com",
        purchase_channel="other", marketplace="", amazon_order_id="", retailer="Bergsport Ost",
        purchase_date=date(2026, 3, 1), serial="HL4-123456", country="DE",
        marketing_text=None, safety_text=None, provenance=Provenance(locale=locale),
    )  # fmt: skip


def extracted(pdf: bytes) -> str:
    return unicodedata.normalize("NFKC", PdfReader(io.BytesIO(pdf)).pages[0].extract_text())


def squeeze(value: str) -> str:
    """Without whitespace and without variation selectors (U+FE0E/U+FE0F ask for text or emoji
    presentation; they draw nothing and have no glyph of their own to extract)."""
    return re.sub(r"[\s\ufe0e\ufe0f]+", "", unicodedata.normalize("NFKC", value))


@pytest.mark.parametrize("kind", list(NAMES))
def test_every_name_is_in_the_text_of_the_certificate_whole(product, sku, brand, kind):
    first, last = NAMES[kind]
    registration = register(product, sku, first, last)
    pdf = certificate.render(registration, brand=brand)
    assert squeeze(f"{first} {last}") in squeeze(extracted(pdf))


def test_a_150_character_name_wraps_and_nothing_is_cut(product, sku, brand):
    assert len(LONG_NAME) == 150
    first, last = NAMES["long"]
    pdf = certificate.render(register(product, sku, first, last), brand=brand)
    lines = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().splitlines()
    # Over more than one line (the first words and the last on different lines), every word
    # of it there.
    first = next(i for i, line in enumerate(lines) if "María de los Ángeles" in line)
    last = next(i for i, line in enumerate(lines) if line.rstrip().endswith("Castro Ruiz"))
    assert last > first
    for word in LONG_NAME.split():
        assert any(word in line for line in lines[first : last + 1]), word
    built = text.fit(LONG_NAME, 100 * 2.835, 18, fonts.chain(bold=True), max_lines=3, min_size=9)
    assert 1 < len(built) <= 3 and all(b.width <= 100 * 2.835 + 0.01 for b in built)
    assert " ".join(b.text for b in built) == LONG_NAME


@pytest.mark.parametrize("kind", ["arabic", "hebrew"])
def test_right_to_left_names_are_drawn_right_to_left(product, sku, brand, kind):
    first, last = NAMES[kind]
    pdf = certificate.render(register(product, sku, first, last), brand=brand)
    page = pdfium.PdfDocument(pdf)[0].get_textpage()
    chars = [page.get_text_range(i, 1) for i in range(page.count_chars())]
    # PDFium reports the characters of a right-to-left run in logical order, its shaping forms
    # folded; find the first name and read the x of each of its characters.
    joined = unicodedata.normalize("NFKC", "".join(chars))
    start = joined.find(first)
    assert start >= 0, joined
    xs = [page.get_charbox(start + i)[0] for i in range(len(first))]
    assert xs == sorted(xs, reverse=True), xs


def test_arabic_is_shaped_into_joined_forms(product, sku, brand):
    first, last = NAMES["arabic"]
    pdf = certificate.render(register(product, sku, first, last), brand=brand)
    raw = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    # Joined letters are drawn with their contextual glyphs (presentation forms in the text
    # layer), not the isolated letters typed: a font without shaping would show م ح م د apart.
    assert any(0xFB50 <= ord(c) <= 0xFEFF for c in raw)


def test_each_script_is_set_in_a_face_that_has_it_and_every_face_is_embedded(product, sku, brand):
    first, last = NAMES["arabic"]
    registration = register(product, sku, first + " " + NAMES["greek"][0], last + " 张 🌲")
    pdf = certificate.render(registration, brand=brand)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        used = document.pages[0].Resources.Font
        names = " ".join(str(font.BaseFont) for font in used.values())
        for font in used.values():
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0] if descendant else font).get("/FontDescriptor")
            assert "/FontFile2" in descriptor, font.BaseFont
    for face in ("NotoSansArabic-Bold", "NotoSans-Bold", "WenQuanYiMicroHei", "NotoEmoji"):
        assert face in names, (face, names)


def test_no_character_of_a_name_falls_into_a_face_without_it():
    chain = fonts.chain(bold=True)
    for first, last in NAMES.values():
        for piece, face in text.itemize(f"{first} {last}", chain):
            for char in piece:
                if unicodedata.category(char) not in {"Mn", "Cf", "Zs"} and char != "\ufe0f":
                    assert text.covers(face, char), (char, face)


def test_a_chinese_certificate_is_in_chinese_and_keeps_latin_names(product, sku, brand):
    registration = register(product, sku, "Anna", "Schmidt", locale="zh-hans")
    pdf = certificate.render(registration, brand=brand)
    assert "保修证书" in extracted(pdf) and "AnnaSchmidt" in squeeze(extracted(pdf))


def test_the_certificate_shows_the_product_picture_and_the_brand_logo(product, sku, brand):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    brand.logo = Image.objects.create(
        title="Logo", file=get_test_image_file("logo.png", colour="green", size=(300, 80))
    )
    brand.save()
    product.image = Image.objects.create(
        title="Lamp", file=get_test_image_file("lamp.png", colour="orange", size=(200, 200))
    )
    product.save()
    pdf = certificate.render(register(product, sku, "Anna", "Schmidt"), brand=brand)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        sizes = sorted(
            (int(image.Width), int(image.Height))
            for image in document.pages[0].Resources.XObject.values()
            if image.Subtype == "/Image"
        )
    assert sizes == [(200, 200), (300, 80)]


@pytest.mark.parametrize("name", ["Wolfeschlegelsteinhausenbergerdorff" * 3, "张" * 90])
def test_a_name_without_spaces_is_broken_between_characters_and_kept_whole(name):
    box = 60 * 2.835
    built = text.fit(name, box, 18, fonts.chain(bold=True), max_lines=2, min_size=8)
    assert "".join(b.text for b in built) == name
    assert all(b.width <= box + 0.01 for b in built)
    assert built[0].size == 8  # shrunk as far as allowed before taking more lines


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=120))
def test_any_text_is_set_without_error_and_without_losing_a_character(value):
    """Whatever a customer types (bidi controls, joiners, marks without a base, scripts no face
    has) is set without an error, and every non-space character is kept, in order."""
    built = text.fit(value, 80 * 2.835, 14, fonts.chain(bold=True), max_lines=3, min_size=7)
    kept = "".join(b.text for b in built)
    assert re.sub(r"\s+", "", kept) == re.sub(r"\s+", "", value)


@pytest.mark.parametrize(
    "value",
    [
        "Ahmad (أحمد) 12",
        "שרה לוי-כהן (Levi) Αλέξανδρος",
        "محمد [Ali] علي",
        "(שלום)",
        "Nordvik 2024 مع 3 منتجات",
        "דוד 🌲 Smith 12-34",
        "Anna Schmidt",
    ],
)
def test_the_order_of_runs_agrees_with_a_full_bidi_implementation(value):
    """The runs' visual order (rule L2 over the levels, brackets paired by rule N0) agrees with
    the Rust unicode-bidi crate behind python-bidi's ``get_display``, which implements the
    whole of UAX #9 but gives only the reordered string."""
    from bidi import get_display

    built = text.line(value, 12, fonts.chain())
    visual = "".join(run.source[::-1] if run.rtl else run.source for run in built.runs)
    assert visual == get_display(value)
