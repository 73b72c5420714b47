"""PDF/X-4 print files, read back with pikepdf: the output intent, the metadata, and nothing a
PDF/X-4 preflight refuses (RGB, transparency, fonts not embedded, missing boxes)."""

import io
import shutil

import pikepdf
import pytest
from django.core.files.images import ImageFile
from wagtail.images.models import Image

from inserts import services
from inserts.models import PrintRun
from inserts.rendering import pdf as pdfmod
from inserts.rendering import pdfx

from . import factories
from .pdftools import decode_all, fonts

pytestmark = pytest.mark.django_db


def pdfx_design(**fields):
    logo = Image.objects.create(
        title="Nordvik logo", file=ImageFile(io.BytesIO(factories.rgb_png()), name="logo.png")
    )
    profile = factories.profile("a6-pdfx", pdf_x4=True, bleed_mm=3)
    return factories.design(
        slug="pdfx",
        profile=profile,
        front=[("image", {"image": logo, "width_mm": 30, "align": "center"}), *factories.front()],
        **fields,
    )


def render(design, skus) -> tuple[PrintRun, bytes]:
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    run = services.printrun_render(run_id=run.pk)
    if run.status != PrintRun.Status.DONE:
        return run, b""
    with run.pdf.open("rb") as handle:
        return run, handle.read()


def _walk(obj):
    """Every direct object inside *obj* (dictionaries and arrays, not following references)."""
    yield obj
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        children = obj.values()
    elif isinstance(obj, pikepdf.Array):
        children = list(obj)
    else:
        return
    for child in children:
        if isinstance(child, pikepdf.Object) and child.is_indirect:
            continue  # visited as one of pdf.objects
        yield from _walk(child)


def structure_problems(data: bytes) -> list[str]:
    """What a PDF/X-4 preflight would refuse, found without the application's own check."""
    found = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        streams = list(pdf.pages)
        for top in pdf.objects:
            for obj in _walk(top):
                if isinstance(obj, pikepdf.Name) and str(obj) in ("/DeviceRGB", "/CalRGB"):
                    found.append(f"{obj} in {top.objgen}")
                if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                    continue
                if "/SMask" in obj and obj.SMask != pikepdf.Name("/None"):
                    found.append(f"SMask in {top.objgen}")
                for key in ("/CA", "/ca"):
                    if key in obj and float(obj[key]) < 1:
                        found.append(f"{key} {float(obj[key])} in {top.objgen}")
                if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Form":
                    streams.append(obj)
                image = obj.get("/Subtype") == "/Image"
                if image and str(obj.get("/ColorSpace")) != "/DeviceCMYK":
                    found.append(f"image in {obj.get('/ColorSpace')}")
        for item in streams:
            for _operands, operator in pikepdf.parse_content_stream(item):
                if str(operator) in ("rg", "RG"):
                    found.append(f"operator {operator}")
    return found


def test_a_pdf_x4_run_declares_its_output_intent_and_metadata(nordvik):
    _, skus = nordvik
    run, data = render(pdfx_design(), skus)
    assert run.status == PrintRun.Status.DONE, run.message
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.pdf_version >= "1.6"
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier) == pdfx.DEFAULT_INTENT.identifier
        profile = intent.DestOutputProfile.read_bytes()
        assert profile[16:20] == b"CMYK" and profile[12:16] == b"prtr"
        assert int(intent.DestOutputProfile.N) == 4
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta["pdf:Trapped"] == "False"
        assert meta["xmpMM:DocumentID"].startswith("uuid:")
        assert pdf.docinfo.Trapped == pikepdf.Name("/False")
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert len(pdf.trailer.ID) == 2 and len(bytes(pdf.trailer.ID[0])) == 16
        assert len(pdf.pages) == 4  # two cards, double-sided
        for page in pdf.pages:
            assert "/TrimBox" in page.obj and "/BleedBox" in page.obj
            trim, bleed = [float(v) for v in page.TrimBox], [float(v) for v in page.BleedBox]
            assert bleed[0] < trim[0] and bleed[2] > trim[2]  # 3 mm of bleed around the trim


def test_a_pdf_x4_run_has_no_rgb_no_transparency_and_only_embedded_fonts(nordvik):
    _, skus = nordvik
    run, data = render(pdfx_design(), skus)
    assert run.status == PrintRun.Status.DONE, run.message
    assert structure_problems(data) == []
    found = fonts(data)
    assert found and all(embedded for _, embedded in found), found


def test_the_qr_codes_of_a_pdf_x4_run_still_decode(nordvik):
    _, skus = nordvik
    run, data = render(pdfx_design(), skus)
    assert run.status == PrintRun.Status.DONE and run.codes_verified == 4, run.message
    pages = decode_all(data)
    assert all(len(codes) == 1 for codes in pages)
    assert all("/R/" in codes[0].text for codes in pages)


def test_the_structure_check_can_tell_an_rgb_file(tmp_path):
    """The test's own walker finds what it looks for (so a clean result means something)."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFillColorRGB(1, 0, 0)
    canvas.setFillAlpha(0.5)
    canvas.rect(10, 10, 50, 50, fill=1)
    canvas.save()
    problems = structure_problems(out.getvalue())
    assert any("operator rg" in p for p in problems)
    assert any("/ca 0.5" in p for p in problems)


def test_a_run_without_the_option_is_a_plain_pdf(nordvik):
    _, skus = nordvik
    design = factories.design()
    assert not design.profile.pdf_x4
    run, data = render(design, skus[:1])
    assert run.status == PrintRun.Status.DONE, run.message
    assert data.startswith(b"%PDF-1.4")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert "/Metadata" not in pdf.Root
        assert "/GTS_PDFXVersion" not in pdf.docinfo


def test_a_pdf_x4_run_that_draws_rgb_or_transparency_is_refused(nordvik, monkeypatch):
    _, skus = nordvik
    real = pdfmod._draw_marks

    def marks(canvas, marks):
        real(canvas, marks)
        canvas.addLiteral("1 0 0 RG")  # what a layout bug drawing in RGB would write
        canvas.setFillAlpha(0.4)  # in a form

    real_slug = pdfmod._slug

    def slug(canvas, *args):
        canvas.setFillAlpha(0.4)  # on the page, where reportlab defines the state
        real_slug(canvas, *args)

    monkeypatch.setattr(pdfmod, "_draw_marks", marks)
    monkeypatch.setattr(pdfmod, "_slug", slug)
    run, _ = render(pdfx_design(), skus[:1])
    assert run.status == PrintRun.Status.FAILED
    assert "not PDF/X-4" in run.message
    assert "RGB colour operator RG" in run.message
    # reportlab leaves a form's alpha state undefined; the check refuses it either way
    assert "graphics state /gRLs0 is not defined" in run.message
    assert "transparency (/ca 0.4)" in run.message
    assert not run.pdf


def test_the_same_run_gives_the_same_pdf_x4_bytes(nordvik, tmp_path):
    design = pdfx_design()
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(services.design_pdf(design, design.profile))
    shutil.copy(first, second)
    pdfx.convert(first)
    pdfx.convert(second)
    assert first.read_bytes() == second.read_bytes()
    assert pdfx.check(first) == []


def test_an_output_intent_without_a_cmyk_profile_is_refused(tmp_path, settings, nordvik):
    rgb = pikepdf.__file__.rsplit("/", 1)[0] + "/pdfa/data/sRGB.icc"
    settings.INSERTS_PDFX_OUTPUT_INTENT = {"profile": rgb, "identifier": "sRGB"}
    _, skus = nordvik
    run, _ = render(pdfx_design(), skus[:1])
    assert run.status == PrintRun.Status.FAILED
    assert "not a CMYK output" in run.message


def test_the_profile_form_offers_pdf_x4_with_its_help(admin_client):
    page = admin_client.get("/admin/snippets/inserts/printprofile/add/")
    assert page.status_code == 200
    assert b'name="pdf_x4"' in page.content
    assert b"PDF/X-4" in page.content and b"no transparency" in page.content
    assert factories.profile("a6-pdfx", pdf_x4=True).describe().endswith(", PDF/X-4")
    assert "PDF/X-4" not in factories.profile().describe()


def test_a_pdf_x4_run_rendered_in_its_own_process_is_pdf_x4_too(nordvik, settings):
    settings.INSERTS_RENDER_PROCESS_FROM = 1
    _, skus = nordvik
    run, data = render(pdfx_design(), skus[:1])
    assert run.status == PrintRun.Status.DONE, run.message
    assert structure_problems(data) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.open_metadata()["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"


@pytest.mark.parametrize(
    ("language", "start"),
    [("de", "Die Druckdatei"), ("fr", "Produire"), ("es", "Generar"), ("it", "Generare"),
     ("zh-hans", "将印刷文件")],
)  # fmt: skip
def test_the_option_is_explained_in_every_language(language, start):
    from django.utils import translation

    from inserts.models import PrintProfile

    field = PrintProfile._meta.get_field("pdf_x4")
    with translation.override(language):
        assert str(field.help_text).startswith(start)
        assert str(field.verbose_name) == "PDF/X-4"


def _intent_setting(tmp_path, **env):
    import json
    import subprocess
    import sys

    from tests.config.test_settings import ROOT, clean_env

    code = (
        "import json, django; from django.conf import settings; django.setup();"
        "print(json.dumps(settings.INSERTS_PDFX_OUTPUT_INTENT))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env=clean_env(
            DJANGO_SETTINGS_MODULE="config.settings", BRIDGECARD_VAR_DIR=str(tmp_path), **env
        ),
    )  # fmt: skip
    return (
        result.returncode,
        result.stderr,
        (json.loads(result.stdout.strip().splitlines()[-1]) if result.returncode == 0 else None),
    )


def test_a_print_shops_printing_condition_comes_from_the_environment(tmp_path):
    assert _intent_setting(tmp_path)[2] is None  # the shipped profile
    code, _, intent = _intent_setting(
        tmp_path, INSERTS_PDFX_PROFILE="/srv/icc/ISOcoated_v2_eci.icc",
        INSERTS_PDFX_CONDITION_ID="FOGRA39", INSERTS_PDFX_REGISTRY="http://www.color.org",
        INSERTS_PDFX_CONDITION="Coated FOGRA39 (ISO 12647-2:2004)",
    )  # fmt: skip
    assert code == 0
    assert intent["identifier"] == "FOGRA39" and intent["registry"] == "http://www.color.org"
    code, stderr, _ = _intent_setting(tmp_path, INSERTS_PDFX_PROFILE="/srv/icc/x.icc")
    assert code != 0 and "INSERTS_PDFX_CONDITION_ID" in stderr


def test_a_configured_condition_is_written_into_the_output_intent(nordvik, settings):
    settings.INSERTS_PDFX_OUTPUT_INTENT = {
        "profile": pdfx.DEFAULT_INTENT.profile, "identifier": "Shop CMYK 2026",
        "condition": "The shop's sheet-fed press on 350 g coated card", "registry": "",
    }  # fmt: skip
    _, skus = nordvik
    run, data = render(pdfx_design(), skus[:1])
    assert run.status == PrintRun.Status.DONE, run.message
    with pikepdf.open(io.BytesIO(data)) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert str(intent.OutputConditionIdentifier) == "Shop CMYK 2026"
        assert "sheet-fed" in str(intent.OutputCondition) and "/RegistryName" not in intent
