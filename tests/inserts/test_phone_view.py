"""Printed codes read on a phone: every code of a print run decodes at 100 dpi with a slight
blur, and the scan-back check fails a run whose code would not."""

import pytest
from django.conf import settings
from django.core.management import call_command

from inserts import services
from inserts.models import PrintRun
from inserts.rendering import qr
from registration.models import ShortCode

from . import factories
from .pdftools import decode_phone_view

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _production_address(settings):
    """Codes as a shop prints them: under a brand's long https address, not localhost."""
    settings.SITE_URL = "https://www.nordvik-outdoor-equipment.example"


def test_every_code_of_a_printed_card_reads_in_a_phone_view(nordvik, tmp_path):
    """Register code on the front, manual code on the back, in a revision approved when 16 mm
    codes were allowed."""
    design = factories.design(back=factories.back(size_mm=16))
    out = tmp_path / "cards.pdf"
    call_command("print_inserts", "--design", design.slug, "--out", str(out))
    run = PrintRun.objects.get()
    assert run.status == PrintRun.Status.DONE, run.message
    expected = {
        qr.qr_text(f"{settings.SITE_URL}/r/{c.code}")
        for c in ShortCode.objects.filter(batch=run.code_batch)
    }
    pages = decode_phone_view(out.read_bytes())
    assert len(pages) == 4  # two SKUs, front and back
    assert all(len(page) == 1 for page in pages), pages
    assert {text for page in pages for text in page} == expected


def test_a_serialized_run_reads_in_a_phone_view(nordvik, tmp_path):
    _, skus = nordvik
    design = factories.design(back=factories.back(size_mm=16))
    out = tmp_path / "cards.pdf"
    call_command(
        "print_inserts", "--design", design.slug, "--sku", skus[0].code, "--serialized", "3",
        "--out", str(out),
    )  # fmt: skip
    pages = decode_phone_view(out.read_bytes())
    assert len(pages) == 6 and all(len(page) == 1 for page in pages), pages


def test_the_scan_back_check_fails_a_run_whose_code_a_phone_cannot_read(nordvik, monkeypatch):
    """Allow a tiny code, as an older revision or a changed minimum could bring one in: it still
    decodes in the clean 300 dpi raster, but not in the phone's view, and the run fails."""
    _, skus = nordvik
    monkeypatch.setattr(qr, "MIN_SYMBOL_MM", 12.0)
    design = factories.force_live(factories.design(), front=factories.front(size_mm=12), back=[])
    run = services.printrun_create(
        design=design, skus=skus[:1], profile=design.profile, enqueue=False
    )
    run = services.printrun_render(run_id=run.pk)
    assert run.status == PrintRun.Status.FAILED
    assert "phone" in run.message and not run.pdf
