import io

import pikepdf
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from registration.pdf import fonts


def render(lines):
    fonts.register()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, initialFontName=fonts.SANS, invariant=1)
    y = 780
    for text in lines:
        pdf.setFont(fonts.family_for(text), 12)
        pdf.drawString(50, y, text)
        y -= 20
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_every_font_is_embedded_and_subset_cjk_included():
    data = render(["Garantie für Ihr Gerät €", "注册您的产品 Nordvik"])
    with pikepdf.open(io.BytesIO(data)) as pdf:
        used = pdf.pages[0].Resources.Font
        names = sorted(str(font.BaseFont) for font in used.values())
        for font in used.values():
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0] if descendant else font).get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor, font.BaseFont
    assert not any("Helvetica" in name for name in names), names
    assert all("+" in name for name in names), names  # subset tag, e.g. AAAAAA+NotoSans
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "注册您的产品" in text and "Gerät" in text


def test_output_is_byte_identical_for_identical_input():
    assert render(["Hello"]) == render(["Hello"])


def test_font_choice_follows_script_and_locale():
    assert fonts.family_for("Thank you") == fonts.SANS
    assert fonts.family_for("感谢您的购买") == fonts.CJK
    assert fonts.family_for("Thanks", locale="zh-hans") == fonts.CJK
