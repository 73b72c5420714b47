"""Print runs end to end: the admin, the background task on both backends, the command and the
preview."""

import base64
import io
import re

import pytest
import zxingcpp
from django.core.management import call_command
from django.test import RequestFactory
from PIL import Image

from inserts import services
from inserts.models import PrintRun
from inserts.rendering import qr
from registration.models import ShortCode
from tests.isolation import redis_test_url

from . import factories
from .pdftools import decode_all

pytestmark = pytest.mark.django_db


def test_admin_starts_a_run_that_renders_in_the_background_and_offers_the_pdf(
    admin_client, nordvik, immediate_tasks, django_capture_on_commit_callbacks
):
    _, skus = nordvik
    design = factories.design()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/inserts/print-runs/new/",
            {"design": design.pk, "profile": design.profile.pk, "skus": [s.pk for s in skus],
             "quantity": 0, "serial_start": 1, "serial_prefix": ""},
        )  # fmt: skip
    run = PrintRun.objects.get()
    assert response.status_code == 302 and response.url.endswith(f"/inspect/{run.pk}/")
    assert run.status == PrintRun.Status.DONE, run.message
    assert run.design_revision_id == design.live_revision_id  # the exact approved revision
    assert run.progress == 100 and run.codes_verified == 4
    page = admin_client.get(f"/admin/inserts/print-runs/inspect/{run.pk}/")
    assert b"Download the PDF" in page.content
    listing = admin_client.get("/admin/inserts/print-runs/")
    assert b"2 cards, 4 pages" in listing.content
    download = admin_client.get(f"/admin/inserts/print-runs/{run.pk}/pdf/")
    assert download["Content-Type"] == "application/pdf"
    data = b"".join(download.streaming_content)
    assert data.startswith(b"%PDF") and len(decode_all(data)[0]) == 1


def test_a_run_in_progress_shows_its_progress_and_refreshes(admin_client, nordvik):
    _, skus = nordvik
    design = factories.design()
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    PrintRun.objects.filter(pk=run.pk).update(status="rendering", progress=42)
    page = admin_client.get(f"/admin/inserts/print-runs/inspect/{run.pk}/")
    assert b'<progress max="100" value="42"' in page.content
    assert b'http-equiv="refresh"' in page.content
    assert b"42 %" in admin_client.get("/admin/inserts/print-runs/").content


def test_print_runs_cannot_be_edited_or_deleted(admin_client, nordvik):
    _, skus = nordvik
    design = factories.design()
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    assert admin_client.get(f"/admin/inserts/print-runs/edit/{run.pk}/").status_code in (403, 302)
    assert admin_client.get(f"/admin/inserts/print-runs/delete/{run.pk}/").status_code in (403, 302)


def test_staff_without_view_permission_cannot_download(client, nordvik, django_user_model):
    _, skus = nordvik
    design = factories.design()
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    services.printrun_render(run_id=run.pk)
    user = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    client.force_login(user)
    assert client.get(f"/admin/inserts/print-runs/{run.pk}/pdf/").status_code in (302, 403)


def test_a_task_delivered_twice_renders_once(nordvik):
    _, skus = nordvik
    design = factories.design()
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    services.printrun_render(run_id=run.pk)
    first = ShortCode.objects.filter(batch=run.code_batch).count()
    again = services.printrun_render(run_id=run.pk)
    assert again.status == PrintRun.Status.DONE
    assert ShortCode.objects.filter(batch=run.code_batch).count() == first


@pytest.mark.django_db(transaction=True)
def test_render_runs_on_the_database_task_backend():
    _, skus = factories.brand_with_skus()
    design = factories.design()
    run = services.printrun_create(design=design, skus=skus, profile=design.profile)
    assert PrintRun.objects.get(pk=run.pk).status == PrintRun.Status.QUEUED
    call_command("db_worker", "--batch", "--queue-name", "render", "--no-startup-delay")
    run.refresh_from_db()
    assert run.status == PrintRun.Status.DONE, run.message


@pytest.mark.django_db(transaction=True)
def test_render_runs_on_the_redis_rq_backend(settings):
    import django_rq
    import rq
    from django_tasks_rq.backend import Job

    url = redis_test_url(1)
    settings.RQ_QUEUES = {
        name: {"URL": url, "DEFAULT_TIMEOUT": 600} for name in settings.TASK_QUEUES
    }
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": settings.TASK_QUEUES}
    }
    connection = django_rq.get_connection("render")
    connection.flushdb()
    try:
        _, skus = factories.brand_with_skus()
        design = factories.design()
        run = services.printrun_create(design=design, skus=skus, profile=design.profile)
        queue = django_rq.get_queue("render", job_class=Job)
        assert queue.count == 1
        worker = django_rq.get_worker("render", job_class=Job, worker_class=rq.SimpleWorker)
        worker.work(burst=True)
        run.refresh_from_db()
        assert run.status == PrintRun.Status.DONE, run.message
    finally:
        connection.flushdb()


def test_print_inserts_writes_a_verified_pdf_of_the_recorded_run(nordvik, tmp_path, capsys):
    _, skus = nordvik
    design = factories.design()
    out = tmp_path / "cards.pdf"
    call_command(
        "print_inserts", "--design", design.slug, "--sku", skus[0].code, "--serialized", "3",
        "--out", str(out),
    )  # fmt: skip
    run = PrintRun.objects.get()
    assert run.serialized and run.quantity == 3 and run.status == PrintRun.Status.DONE
    assert f"print run {run.pk}" in capsys.readouterr().out
    data = out.read_bytes()
    with run.pdf.open("rb") as stored:
        assert stored.read() == data  # the same file the admin offers
    fronts = decode_all(data)[0::2]
    unit_urls = {
        qr.qr_text(c.url) for c in ShortCode.objects.filter(batch=run.code_batch, target="register")
    }
    assert {b.text for page in fronts for b in page} == unit_urls and len(unit_urls) == 3


def test_print_inserts_refuses_an_unknown_sku_or_design(nordvik, tmp_path):
    from django.core.management.base import CommandError

    design = factories.design()
    with pytest.raises(CommandError, match="Unknown SKU"):
        call_command(
            "print_inserts",
            "--design",
            design.slug,
            "--sku",
            "NOPE",
            "--out",
            str(tmp_path / "x.pdf"),
        )
    with pytest.raises(CommandError, match="No insert design"):
        call_command("print_inserts", "--design", "nope", "--out", str(tmp_path / "x.pdf"))


def test_preview_shows_the_real_pdf_page_as_an_image_with_the_findings(admin_user):
    design = factories.design(publish=False)
    request = RequestFactory().get("/")
    request.user = admin_user
    response = design.serve_preview(request, "")
    response.render()
    html = response.content.decode()
    png = base64.b64decode(re.search(r"data:image/png;base64,([^\"]+)", html).group(1))
    image = Image.open(io.BytesIO(png))
    decoded = zxingcpp.read_barcodes(image.convert("L"))
    assert [b.text for b in decoded] == [qr.qr_text("http://localhost:8000/r/SAMPLE0000")]
    assert "finds nothing" in html
    design.front = factories.front(paragraph="Leave a 5-star review and get a free gift!")
    response = design.serve_preview(request, "")
    response.render()
    assert "blocks this design" in response.content.decode()


def test_seed_demo_adds_an_approved_card_in_every_language_and_an_own_store_card(db):
    """Both demo cards, in the six languages, carry the brand's logo and the card's product,
    pass the insert gate and fit their card with the longest demo product name; the address
    names the country in the card's language."""
    from catalog.models import Product
    from inserts import gate
    from inserts.models import InsertDesign

    call_command("seed_demo")
    call_command("seed_demo")  # idempotent
    languages = sorted(["en", "de", "fr", "es", "it", "zh-hans"])
    products = list(Product.objects.all())
    for slug, channel in (("thank-you-card", "marketplace"), ("shop-welcome-card", "owned_store")):
        cards = InsertDesign.objects.filter(slug=slug, live=True)
        assert sorted(cards.values_list("locale__language_code", flat=True)) == languages
        for card in cards:
            approved = card.live_revision.as_object()
            assert card.channel == channel
            gate.ensure_printable(approved)
            assert not gate.design_findings(approved)
            names = [p.name for p in products]
            assert not gate.product_names_check(approved, names)
            kinds = [child.block_type for child in approved.front]
            assert kinds[:2] == ["image", "product"], kinds
            # every translation fits the demo profile, with every demo product
            services.design_pdf(approved, card.profile, products=products)
    german = InsertDesign.objects.get(slug="thank-you-card", locale__language_code="de")
    small_print = [c.value["text"] for c in german.front if c.block_type == "small_print"]
    assert small_print and small_print[0].endswith("Deutschland")


def test_a_large_run_renders_and_verifies_in_a_separate_process(nordvik, settings):
    _, skus = nordvik
    settings.INSERTS_RENDER_PROCESS_FROM = 1  # every run counts as large here
    design = factories.design()
    run = services.printrun_create(
        design=design, skus=skus[:1], profile=design.profile, serialized=True, quantity=5,
        enqueue=False,
    )  # fmt: skip
    run = services.printrun_render(run_id=run.pk)
    assert run.status == PrintRun.Status.DONE, run.message
    assert run.codes_verified == 10 and run.render_seconds > 0
    with run.pdf.open("rb") as handle:
        assert len([b for page in decode_all(handle.read()) for b in page]) == 10


def test_brand_managers_design_and_print_but_publish_only_through_the_workflow(db):
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from inserts.models import InsertDesign

    # Loading the admin's URLs registers the snippets, whose lock and publish permissions are
    # created after migrating (as `manage.py migrate` does, through its system checks).
    reverse("wagtailsnippets_inserts_insertdesign:list")
    call_command("migrate", verbosity=0)  # post_migrate syncs the roles
    brand_managers = Group.objects.get(name="Brand managers")
    reviewers = Group.objects.get(name="Compliance reviewers")
    codes = set(brand_managers.permissions.values_list("codename", flat=True))
    assert {"change_insertdesign", "add_printrun", "view_printrun", "lock_insertdesign"} <= codes
    assert "publish_insertdesign" not in codes
    assert "publish_insertdesign" in set(reviewers.permissions.values_list("codename", flat=True))
    assert InsertDesign._meta.get_field("slug")


def test_a_failed_run_can_be_tried_again_and_prints_the_same_codes(
    admin_client, nordvik, monkeypatch, immediate_tasks, django_capture_on_commit_callbacks
):
    from inserts.rendering import pdf as pdfmod

    _, skus = nordvik
    design = factories.design()
    real = pdfmod._symbols
    monkeypatch.setattr(
        pdfmod,
        "_symbols",
        lambda texts, ec, w: real(["HTTPS://ELSEWHERE.EXAMPLE/"] * len(texts), ec, w),
    )
    run = services.printrun_create(
        design=design, skus=skus[:1], profile=design.profile, enqueue=False
    )
    run = services.printrun_render(run_id=run.pk)
    assert run.status == PrintRun.Status.FAILED
    codes = set(ShortCode.objects.filter(batch=run.code_batch).values_list("code", flat=True))
    page = admin_client.get(f"/admin/inserts/print-runs/inspect/{run.pk}/")
    assert b"Try again" in page.content
    monkeypatch.setattr(pdfmod, "_symbols", real)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/inserts/print-runs/{run.pk}/retry/")
    run.refresh_from_db()
    assert run.status == PrintRun.Status.DONE, run.message
    assert (
        set(ShortCode.objects.filter(batch=run.code_batch).values_list("code", flat=True)) == codes
    )


def test_runs_stuck_after_a_worker_died_are_queued_again_by_the_cron_command(nordvik, capsys):
    from datetime import timedelta

    from django.utils import timezone

    _, skus = nordvik
    design = factories.design()
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    recent = services.printrun_create(
        design=design, skus=skus, profile=design.profile, enqueue=False
    )
    PrintRun.objects.filter(pk=run.pk).update(
        status="rendering", started_at=timezone.now() - timedelta(hours=2)
    )
    PrintRun.objects.filter(pk=recent.pk).update(status="rendering", started_at=timezone.now())
    call_command("print_runs_requeue", "--minutes", "30")
    assert f"Queued again: {run.pk}" in capsys.readouterr().out
    assert PrintRun.objects.get(pk=run.pk).status == "queued"
    assert PrintRun.objects.get(pk=recent.pk).status == "rendering"


def test_the_run_page_shows_durations_rounded_and_in_the_readers_locale(admin_client, nordvik):
    from wagtail.users.models import UserProfile

    _, skus = nordvik
    design = factories.design()
    run = services.printrun_create(design=design, skus=skus, profile=design.profile, enqueue=False)
    PrintRun.objects.filter(pk=run.pk).update(
        status="done", render_seconds=0.07422335899991594, verify_seconds=12.3456, pdf_bytes=1234567
    )
    page = admin_client.get(f"/admin/inserts/print-runs/inspect/{run.pk}/").content.decode()
    assert "0.07 s" in page and "12.35 s" in page and "1.2\xa0MB" in page
    assert "0.0742" not in page and "12.3456" not in page and "1234567" not in page

    profile = UserProfile.get_for_user(_admin(admin_client))
    profile.preferred_language = "de"
    profile.save()
    page = admin_client.get(f"/admin/inserts/print-runs/inspect/{run.pk}/").content.decode()
    assert "0,07 s" in page and "12,35 s" in page and "1,2\xa0MB" in page


def _admin(client):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(pk=client.session["_auth_user_id"])
