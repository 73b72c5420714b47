"""Reading produced PDFs with real tools: pikepdf for structure, PDFium for pixels, zxing-cpp
for QR codes (independent of the app's own scan-back check)."""

from __future__ import annotations

import io

import pikepdf
import pypdfium2 as pdfium
import zxingcpp

MM = 72 / 25.4


def boxes(data: bytes, page: int = 0) -> dict[str, list[float]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        p = pdf.pages[page]
        return {
            name: [float(v) for v in p.obj[f"/{name}"]]
            for name in ("MediaBox", "TrimBox", "BleedBox")
            if f"/{name}" in p.obj
        }


def page_images(data: bytes, dpi: int = 300, grayscale: bool = True):
    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            yield index, page.render(scale=dpi / 72, grayscale=grayscale).to_pil()
            page.close()
    finally:
        document.close()


def decode_all(data: bytes, dpi: int = 300) -> list[list[zxingcpp.Barcode]]:
    return [
        zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        for _, image in page_images(data, dpi)
    ]


#: A phone's view of a card: about 100 pixels per inch, slightly out of focus.
PHONE_DPI = 100
PHONE_BLUR_PX = 1.0


def decode_phone_view(data: bytes) -> list[list[str]]:
    """Texts of the QR codes zxing-cpp reads on each page as a phone would see it."""
    from PIL import ImageFilter

    return [
        [
            b.text
            for b in zxingcpp.read_barcodes(
                image.filter(ImageFilter.GaussianBlur(PHONE_BLUR_PX)),
                formats=zxingcpp.BarcodeFormat.QRCode,
            )
        ]
        for _, image in page_images(data, PHONE_DPI)
    ]


def colour_operators(data: bytes) -> set[str]:
    """Every colour-setting operator in every page and form XObject content stream."""
    found: set[str] = set()
    colour_ops = {"g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN"}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        streams = list(pdf.pages)
        for page in pdf.pages:
            xobjects = page.obj.get("/Resources", {}).get("/XObject", {})
            streams.extend(xobjects[name] for name in xobjects)
        for item in streams:
            for _operands, operator in pikepdf.parse_content_stream(item):
                if str(operator) in colour_ops:
                    found.add(str(operator))
    return found


def image_colour_spaces(data: bytes) -> set[str]:
    spaces = set()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                spaces.add(str(obj.get("/ColorSpace")))
    return spaces


def fonts(data: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) for every font in the document."""
    out = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
                if obj.get("/Subtype") == "/Type0":
                    continue  # its descendant is listed on its own
                descriptor = obj.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                out.append((str(obj.get("/BaseFont")), embedded))
    return out
