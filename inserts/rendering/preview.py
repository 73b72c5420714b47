"""A page of the real PDF as a PNG, for the admin preview (what the print shop will get)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium


def page_png(pdf_bytes: bytes, page: int = 0, dpi: int = 110) -> bytes:
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        index = min(page, len(document) - 1)
        pdf_page = document[index]
        try:
            image = pdf_page.render(scale=dpi / 72).to_pil()
        finally:
            pdf_page.close()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
