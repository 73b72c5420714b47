"""A/B print runs: units split between design variants by weight, reproducibly; each unit's
code records its variant for good; every variant passes the gate; each card is drawn from its
variant's design."""

import io
import re

import pytest
from django.db import DatabaseError, connection, transaction
from pypdf import PdfReader

from inserts import gate, services, variants
from inserts.models import PrintRun, PrintRunVariant
from registration.models import ShortCode

from . import factories
from .test_gate import blocked_front

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "total, weights",
    [(1000, [50, 50]), (1001, [70, 30]), (7, [70, 30]), (999, [1, 2, 3]), (10, [25, 25, 25, 25])],
)
def test_assignment_follows_the_weights_and_is_reproducible(total, weights):
    assigned = variants.assign(41, total, weights)
    assert len(assigned) == total
    for position, weight in enumerate(weights):
        exact = total * weight / sum(weights)
        assert abs(assigned.count(position) - exact) <= 1
    assert variants.assign(41, total, weights) == assigned  # the same run, the same cards
    if total >= 1000:
        assert variants.assign(42, total, weights) != assigned  # seeded by the run
        # interleaved through the stack, not printed in blocks
        first = assigned[: total // 10]
        assert len(set(first)) == len(weights)


def test_a_split_is_exact_and_never_loses_a_unit():
    assert variants.split(10, [70, 30]) == [7, 3]
    assert variants.split(5, [50, 50]) == [3, 2]
    assert sum(variants.split(12345, [13, 29, 58])) == 12345
    with pytest.raises(ValueError):
        variants.split(10, [50, 0])


def _two_designs():
    a = factories.design(slug="card-a", front=factories.front(paragraph="Welcome from card A."))
    b = factories.design(slug="card-b", front=factories.front(paragraph="Welcome from card B."))
    return a, b


def test_a_run_with_one_non_compliant_variant_is_refused_naming_it(nordvik):
    _, skus = nordvik
    a, b = _two_designs()
    b = factories.force_live(b, front=blocked_front())
    with pytest.raises(gate.InsertBlocked) as refused:
        services.printrun_create(
            design=a, skus=skus[:1], profile=a.profile, serialized=True, quantity=4,
            challengers=[variants.VariantChoice(b, 50)], enqueue=False,
        )  # fmt: skip
    assert str(refused.value).startswith("Variant B (Thank-you card card-b) cannot be printed:")
    assert refused.value.findings
    assert not PrintRun.objects.exists() and not ShortCode.objects.exists()


def test_variants_need_a_serialized_run(nordvik):
    _, skus = nordvik
    a, b = _two_designs()
    with pytest.raises(Exception, match="serialized run"):
        services.printrun_create(
            design=a, skus=skus[:1], profile=a.profile,
            challengers=[variants.VariantChoice(b, 50)], enqueue=False,
        )  # fmt: skip


def _front_pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages][::2]  # double-sided: fronts


def test_each_unit_records_its_variant_and_is_drawn_from_its_design(nordvik):
    _, skus = nordvik
    a, b = _two_designs()
    run = services.printrun_create(
        design=a, skus=skus[:1], profile=a.profile, serialized=True, quantity=10,
        challengers=[variants.VariantChoice(b, 30)], control_weight=70, enqueue=False,
    )  # fmt: skip
    run = services.printrun_render(run_id=run.pk)
    assert run.status == PrintRun.Status.DONE, run.message
    units = ShortCode.objects.filter(batch=run.code_batch, target="register")
    by_code = dict(units.values_list("code", "variant"))
    assert sorted(by_code.values()) == [0] * 7 + [1] * 3
    assert list(run.variants.values_list("position", "weight", "units")) == [(0, 70, 7), (1, 30, 3)]
    assert run.variants.get(position=1).design_revision_id == b.live_revision_id
    # the recorded assignment is the reproducible one, in print order
    ordered = [v for _s, v in sorted(units.values_list("serial", "variant"))]
    assert ordered == variants.assign(run.pk, 10, [70, 30])
    pages = _front_pages(run.pdf.read())
    assert len(pages) == 10
    for text in pages:
        code = re.search(r"/r/([0-9A-Z]{10})", text)[1]
        expected = "card A" if by_code[code] == 0 else "card B"
        assert f"Welcome from {expected}." in text
    # a code's variant never changes, whoever tries
    code = units.filter(variant=1).first()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE registration_shortcode SET variant = 0 WHERE id = %s", [code.pk])
    code.refresh_from_db()
    assert code.variant == 1


def test_a_variant_blocked_after_the_run_was_started_stops_the_render(nordvik):
    _, skus = nordvik
    a, b = _two_designs()
    run = services.printrun_create(
        design=a, skus=skus[:1], profile=a.profile, serialized=True, quantity=4,
        challengers=[variants.VariantChoice(b, 50)], enqueue=False,
    )  # fmt: skip
    PrintRunVariant.objects.filter(run=run, position=1).update(
        design_revision=factories.force_live(b, front=blocked_front()).live_revision
    )
    run = services.printrun_render(run_id=run.pk)
    assert run.status == PrintRun.Status.FAILED
    assert run.message.startswith("Variant B (Thank-you card card-b) cannot be printed:")
    assert not ShortCode.objects.filter(batch=run.code_batch).exists()


def test_the_admin_form_adds_variants_with_weights(admin_client, nordvik):
    _, skus = nordvik
    a, b = _two_designs()
    form = admin_client.get("/admin/inserts/print-runs/new/")
    assert "Design variants (optional)" in form.text and 'name="variant_b_design"' in form.text
    response = admin_client.post(
        "/admin/inserts/print-runs/new/",
        {"design": a.pk, "profile": a.profile.pk, "skus": [skus[0].pk], "serialized": "on",
         "quantity": 6, "serial_start": "", "serial_prefix": "", "control_weight": 50,
         "variant_b_design": b.pk, "variant_b_weight": 50},
    )  # fmt: skip
    run = PrintRun.objects.get()
    assert response.status_code == 302, response.content
    assert [(v.label, v.design_id, v.weight) for v in run.variants.all()] == [
        ("A", a.pk, 50),
        ("B", b.pk, 50),
    ]
    page = admin_client.get(f"/admin/inserts/print-runs/inspect/{run.pk}/")
    assert "Design variants" in page.text and f"/admin/funnel/analytics/print-runs/{run.pk}/" in (
        page.text
    )


def test_the_admin_form_names_the_blocked_variant(admin_client, nordvik):
    _, skus = nordvik
    a, b = _two_designs()
    factories.force_live(b, front=blocked_front())
    response = admin_client.post(
        "/admin/inserts/print-runs/new/",
        {"design": a.pk, "profile": a.profile.pk, "skus": [skus[0].pk], "serialized": "on",
         "quantity": 6, "serial_start": "", "serial_prefix": "", "control_weight": 50,
         "variant_b_design": b.pk, "variant_b_weight": 50},
    )  # fmt: skip
    assert response.status_code == 200
    assert "Variant B (Thank-you card card-b) cannot be printed:" in response.text
    assert not PrintRun.objects.exists()
