"""The print PDF, opened with real tools: boxes, fonts, colour, QR codes, text, determinism."""

import io

import pytest
from django.core.files.images import ImageFile
from pypdf import PdfReader
from wagtail.images.models import Image

from inserts import services
from inserts.models import PrintRun
from inserts.rendering import geometry as geo
from inserts.rendering import pdf as pdfmod
from inserts.rendering import qr
from registration.models import ShortCode

from . import factories
from .pdftools import (
    MM,
    boxes,
    colour_operators,
    decode_all,
    fonts,
    image_colour_spaces,
    page_images,
)

pytestmark = pytest.mark.django_db


def run_pdf(design, skus, profile, **kwargs) -> tuple[PrintRun, bytes]:
    run = services.printrun_create(
        design=design, skus=skus, profile=profile, enqueue=False, **kwargs
    )
    run = services.printrun_render(run_id=run.pk)
    assert run.status == PrintRun.Status.DONE, run.message
    with run.pdf.open("rb") as handle:
        return run, handle.read()


def test_one_up_pdf_has_trim_bleed_and_media_boxes_for_the_print_shop(nordvik):
    _, skus = nordvik
    design = factories.design()
    run, data = run_pdf(design, skus[:1], design.profile)
    got = boxes(data)
    slug = geo.SLUG_MM
    assert got["MediaBox"] == pytest.approx(
        [0, 0, (105 + 2 * (3 + slug)) * MM, (148 + 2 * (3 + slug)) * MM], abs=0.01
    )
    x0, y0, x1, y1 = got["TrimBox"]
    assert (x1 - x0, y1 - y0) == pytest.approx((105 * MM, 148 * MM), abs=0.01)
    bx0, by0, bx1, by1 = got["BleedBox"]
    assert (x0 - bx0, y0 - by0, bx1 - x1, by1 - y1) == pytest.approx((3 * MM,) * 4, abs=0.01)
    assert run.pages == 2  # double-sided: front and back


def test_every_font_is_embedded_and_subset_and_no_base14_font_is_used(nordvik):
    _, skus = nordvik
    _, data = run_pdf(factories.design(), skus[:1], factories.profile())
    found = fonts(data)
    assert found and all(embedded for _, embedded in found), found
    assert all("+" in name for name, _ in found), found
    assert not any(base in name for name, _ in found for base in ("Helvetica", "Times", "Courier"))


def test_colour_is_cmyk_only_including_a_converted_rgb_logo(nordvik):
    _, skus = nordvik
    logo = Image.objects.create(
        title="Nordvik logo", file=ImageFile(io.BytesIO(factories.rgb_png()), name="logo.png")
    )
    design = factories.design(
        front=[("image", {"image": logo, "width_mm": 30, "align": "center"}), *factories.front()]
    )
    _, data = run_pdf(design, skus[:1], design.profile)
    assert colour_operators(data) <= {"k", "K"}, colour_operators(data)
    assert image_colour_spaces(data) == {"/DeviceCMYK"}


def test_qr_symbols_are_black_only_vector_paths(nordvik):
    _, skus = nordvik
    _, data = run_pdf(factories.design(), skus[:1], factories.profile())
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        ops = pikepdf.parse_content_stream(pdf.pages[0])
        names = [str(op) for _, op in ops]
        # the symbol: "0 0 0 1 k", a cm, then only path construction and one fill
        start = next(
            i for i, (operands, op) in enumerate(ops)
            if str(op) == "k" and [float(v) for v in operands] == [0, 0, 0, 1]
            and str(ops[i + 1][1]) == "cm"
        )  # fmt: skip
        end = names.index("f", start)
        assert set(names[start + 2 : end]) <= {"m", "l", "h"}
        assert "Do" not in names[start:end] and "BI" not in names  # no raster image for the QR


def test_every_qr_decodes_from_a_300_dpi_rasterisation_to_its_short_code_url(nordvik, settings):
    _, skus = nordvik
    run, data = run_pdf(factories.design(), skus, factories.profile())
    codes = {c.code: c for c in ShortCode.objects.filter(batch=run.code_batch)}
    expected = {qr.qr_text(c.url) for c in codes.values()}
    decoded = [b for page in decode_all(data) for b in page]
    assert {b.text for b in decoded} == expected
    assert len(decoded) == 2 * len(skus)  # register on the front, manual on the back, per SKU
    for barcode in decoded:
        code = barcode.text.rsplit("/", 1)[1]
        assert codes[code].sku in skus
        assert codes[code].insert_revision_id == run.design_revision_id
        assert barcode.text.startswith(settings.SITE_URL.upper() + "/R/")


def test_qr_is_at_least_15_mm_with_a_quiet_zone_of_four_modules(nordvik):
    _, skus = nordvik
    design = factories.design(front=factories.front(size_mm=15), background="20,0,40,0")
    _, data = run_pdf(design, skus[:1], design.profile)
    (_index, image), *_ = list(page_images(data, 300))
    barcode = next(iter(decode_all(data)[0]))
    position = barcode.position
    xs = [
        position.top_left.x,
        position.top_right.x,
        position.bottom_left.x,
        position.bottom_right.x,
    ]
    ys = [
        position.top_left.y,
        position.top_right.y,
        position.bottom_left.y,
        position.bottom_right.y,
    ]
    width_px = max(xs) - min(xs)
    assert width_px / 300 * 25.4 >= 14.9  # at least 15 mm, at 300 dpi
    modules = 17 + 4 * int(barcode.extra["Version"])
    module = width_px / modules
    # the quiet zone is white paper even on a coloured card: 4 modules all round
    quiet = 4 * module
    for x in range(int(min(xs) - quiet) + 1, int(max(xs) + quiet)):
        for y in (int(min(ys) - quiet) + 1, int(max(ys) + quiet) - 1):
            assert image.getpixel((x, y)) > 240, (x, y)


def test_nothing_but_background_lies_outside_the_safe_area(nordvik):
    _, skus = nordvik
    design = factories.design(background="")  # unprinted paper: anything drawn would show
    profile = design.profile
    _, data = run_pdf(design, skus[:1], profile)
    g = profile.geometry()
    dpi = 100
    scale = dpi / 72
    for index, image in page_images(data, dpi):
        width, height = image.size
        slot = g.slots[0]
        bleed = (
            slot.x - g.bleed,
            slot.y - g.bleed,
            slot.x + g.trim_w + g.bleed,
            slot.y + g.trim_h + g.bleed,
        )
        safe = (
            slot.x + g.safe,
            slot.y + g.safe,
            slot.x + g.trim_w - g.safe,
            slot.y + g.trim_h - g.safe,
        )
        ink_outside = []
        for py in range(height):
            y = (height - py - 0.5) / scale
            for px in range(width):
                x = (px + 0.5) / scale
                in_bleed = bleed[0] <= x <= bleed[2] and bleed[1] <= y <= bleed[3]
                in_safe = safe[0] - 1 <= x <= safe[2] + 1 and safe[1] - 1 <= y <= safe[3] + 1
                if in_bleed and not in_safe and image.getpixel((px, py)) < 250:
                    ink_outside.append((px, py))
        assert not ink_outside, f"page {index + 1}: ink at {ink_outside[:5]}"


def test_crop_marks_are_drawn_outside_the_bleed(nordvik):
    _, skus = nordvik
    design = factories.design(background="")
    _, data = run_pdf(design, skus[:1], design.profile)
    g = design.profile.geometry()
    (_, image), *_ = list(page_images(data, 150, grayscale=True))
    scale = 150 / 72
    slot = g.slots[0]
    # the vertical mark below the trim's left edge, halfway along its length
    x = slot.x
    y = slot.y - g.bleed - (geo.MARK_OFFSET_MM + geo.MARK_LENGTH_MM / 2) * geo.mm
    px, py = round(x * scale), round(image.size[1] - y * scale)
    assert min(image.getpixel((px + d, py)) for d in (-1, 0, 1)) < 128


def test_chinese_design_embeds_its_font_and_its_text_can_be_extracted(nordvik):
    _, skus = nordvik
    design = factories.design(
        language="zh-hans",
        slug="thank-you-zh",
        front=[
            ("heading", {"text": "感谢您选择 Nordvik", "size": "large", "align": "left"}),
            ("paragraph", {"text": "<p>只需两分钟注册您的产品，我们即为您的保修延长 <b>12 个月</b>。</p>", "align": "left"}),
            ("qr_code", {"purpose": "register", "caption": "扫码注册您的产品", "size_mm": 22, "show_code": True}),
        ],
    )  # fmt: skip
    _, data = run_pdf(design, skus[:1], design.profile)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "感谢您选择" in text and "扫码注册您的产品" in text and "保修延长" in text
    assert any(
        "WenQuanYi" in name or "CJK" in name or "wqy" in name.lower() for name, _ in fonts(data)
    ), fonts(data)
    assert decode_all(data)[0]


def test_identical_input_gives_byte_identical_pdfs(nordvik):
    design = factories.design()
    profile = design.profile
    assert services.design_pdf(design, profile) == services.design_pdf(design, profile)


def test_streaming_writer_produces_the_same_bytes_as_reportlab(monkeypatch, nordvik):
    """The compressed-as-you-go pages and the file written object by object change memory, not
    output: compare with reportlab's stock canvas on the same input. (Page streams are binary
    Flate, without reportlab's default ASCII85 wrapping, so compare with that switched off.)"""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    monkeypatch.setattr(rl_config, "useA85", 0)
    design = factories.design()
    streamed = services.design_pdf(design, design.profile, cards=3)

    class Stock(Canvas):
        def __init__(self, target, **kwargs):
            super().__init__(target, **kwargs)

    monkeypatch.setattr(pdfmod, "_StreamingCanvas", Stock)
    stock = services.design_pdf(design, design.profile, cards=3)
    assert streamed == stock


def test_n_up_serialized_run_gets_one_code_per_card_in_cut_and_stack_order(nordvik):
    _, skus = nordvik
    design = factories.design()
    profile = factories.profile("a6-sra3", imposition="sra3", sides="double")
    run, data = run_pdf(design, skus[:1], profile, serialized=True, quantity=10)
    g = profile.geometry()
    assert g.per_sheet == 4
    assert run.pages == 3 * 2  # 10 cards on 3 sheets, fronts and backs
    unit_codes = list(
        ShortCode.objects.filter(batch=run.code_batch, target="register").order_by("serial")
    )
    assert len(unit_codes) == 10 and len({c.code for c in unit_codes}) == 10
    assert [c.serial for c in unit_codes][:2] == [f"R{run.pk}-00001", f"R{run.pk}-00002"]
    assert all(len(c.code) == 10 for c in unit_codes)
    # cut and stack: slot k of sheet s carries unit k * sheets + s
    pages = decode_all(data)
    by_url = {qr.qr_text(c.url): i for i, c in enumerate(unit_codes)}
    front_sheet_1 = pages[0]
    units = sorted(by_url[b.text] for b in front_sheet_1 if b.text in by_url)
    assert units == [0, 3, 6, 9]
    # every unit code appears exactly once in the whole file
    seen = [b.text for page in pages for b in page if b.text in by_url]
    assert sorted(seen) == sorted(by_url)


def test_a_design_too_long_for_the_card_names_the_block_that_overflows(nordvik):
    _, skus = nordvik
    long_text = "Register your product to extend the warranty. " * 60
    design = factories.design(front=factories.front(paragraph=long_text))
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="Paragraph 1"):
        services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)


def test_scan_back_check_fails_the_run_loudly_when_a_code_does_not_decode_to_its_url(
    nordvik, monkeypatch
):
    _, skus = nordvik
    design = factories.design()
    real = pdfmod._symbols

    def wrong(texts, ec_level, workers):
        # draw a valid symbol for the wrong address on every card
        yield from real(["HTTPS://ELSEWHERE.EXAMPLE/" for _ in texts], ec_level, workers)

    monkeypatch.setattr(pdfmod, "_symbols", wrong)
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    run = services.printrun_render(run_id=run.pk)
    assert run.status == PrintRun.Status.FAILED
    assert "failed the scan-back check" in run.message
    assert "HTTPS://ELSEWHERE.EXAMPLE/" in run.message
    assert not run.pdf
