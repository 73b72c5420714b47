"""A brand manager's path through the admin in a real browser: the design with its PDF preview,
then a print run from the form to the downloaded file."""

from pathlib import Path

import pytest
from django.core.management import call_command

from tests.browser.shots import shot

from .pdftools import decode_all

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def ensure_wagtail_root():
    """Transactional tests that ran earlier flush what the migrations created, such as the
    Wagtail root page that seed_demo builds on."""
    from wagtail.models import Locale, Page

    if not Page.objects.filter(depth=1).exists():
        locale, _ = Locale.objects.get_or_create(language_code="en")
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


def test_brand_manager_previews_a_design_and_prints_a_run(live_server, page, immediate_tasks):
    ensure_wagtail_root()
    call_command("seed_demo")
    page.set_viewport_size({"width": 1440, "height": 1000})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "bridgecard-demo")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/snippets/inserts/insertdesign/")
    assert page.get_by_role("link", name="Thank-you card", exact=True).is_visible()
    page.get_by_role("link", name="Thank-you card", exact=True).click()
    page.wait_for_url("**/edit/**")
    page.get_by_role("tab", name="Front").wait_for()
    page.locator("[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("#w-preview-iframe")
    image = frame.locator("img.sheet")
    image.wait_for()
    assert frame.locator("text=finds nothing").is_visible()
    assert image.evaluate("img => img.naturalWidth") > 500
    shot(page, "inserts/admin-design-preview.png", full_page=False)

    page.goto(f"{live_server.url}/admin/inserts/print-runs/new/")
    page.select_option(
        "select[name=design]", label="Thank-you card · en · Marketplace (non-promotional)"
    )
    page.select_option("select[name=profile]", label="A6 card, double-sided, one per page")
    page.check("input[name=skus] >> nth=0")
    page.check("input[name=skus] >> nth=1")
    shot(page, "inserts/admin-print-run-form.png", full_page=False)
    page.get_by_role("button", name="Create").click()
    page.wait_for_selector("text=Download the PDF")
    assert page.locator("text=All 4 QR codes decode").is_visible()
    shot(page, "inserts/admin-print-run.png", full_page=False)
    with page.expect_download() as download_info:
        page.click("text=Download the PDF")
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    assert len([b for p in decode_all(data) for b in p]) == 4

    page.goto(f"{live_server.url}/admin/inserts/print-runs/")
    assert page.locator("text=2 cards, 4 pages").is_visible()
    shot(page, "inserts/admin-print-runs.png", full_page=False)
