"""Print runs with GS1 Digital Link codes: SKUs without a GTIN are refused by name, every QR code
of a rendered run decodes (zxing-cpp) to a Digital Link that ``biip`` reads back as the SKU's
GTIN, the run's lot and the unit's serial, and the design chooses where registered units lead."""

import pytest
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from django.core.exceptions import ValidationError
from django.utils import translation

from inserts import services
from inserts.models import PrintProfile
from inserts.rendering import qr
from registration.models import CodeBatch, ShortCode

from . import factories
from .pdftools import decode_all

pytestmark = pytest.mark.django_db

GTINS = ("4006381333931", "96385074")


@pytest.fixture
def gs1_profile():
    return factories.profile(
        "a6-double-gs1", codes=PrintProfile.Codes.DIGITAL_LINK, name="A6 GS1 Digital Link"
    )


@pytest.fixture
def skus(nordvik):
    brand, skus = nordvik
    brand.resolver_host = "id.nordvik.example"
    brand.save()
    for sku, gtin in zip(skus, GTINS, strict=True):
        sku.gtin = gtin
        sku.save()
    return skus


def _elements(text: str) -> dict[str, str]:
    uri = GS1DigitalLinkURI.parse(text)
    return {element.ai.ai: element.value for element in uri.element_strings}


def test_a_run_with_skus_without_a_gtin_is_refused_naming_them(nordvik, gs1_profile):
    _, skus = nordvik
    skus[1].gtin = "4006381333931"
    skus[1].save()
    design = factories.design()
    with pytest.raises(ValidationError) as refused:
        services.printrun_create(design=design, skus=skus, profile=gs1_profile, enqueue=False)
    assert "NV-HL400-00" in refused.value.messages[0]
    assert "NV-HL400-01" not in refused.value.messages[0]
    assert "GTIN" in refused.value.messages[0]
    with translation.override("de"), pytest.raises(ValidationError) as refused_de:
        services.printrun_create(design=design, skus=skus, profile=gs1_profile, enqueue=False)
    assert "keine GTIN" in refused_de.value.messages[0]
    assert not ShortCode.objects.exists()


def test_a_lot_needs_a_digital_link_profile_and_gs1_characters(skus, gs1_profile):
    design = factories.design()
    with pytest.raises(ValidationError, match="Digital Link"):
        services.printrun_create(
            design=design, skus=skus, profile=design.profile, lot="L1", enqueue=False
        )
    with pytest.raises(ValidationError, match="without spaces"):
        services.printrun_create(
            design=design, skus=skus, profile=gs1_profile, lot="L 1", enqueue=False
        )


def test_every_code_of_a_serialized_digital_link_run_decodes_to_gtin_lot_and_serial(
    skus, gs1_profile
):
    design = factories.design()
    run = services.printrun_create(
        design=design, skus=skus, profile=gs1_profile, serialized=True, quantity=2,
        lot="B2026-12", enqueue=False,
    )  # fmt: skip
    run = services.printrun_render(run_id=run.pk)
    assert run.status == "done", run.message
    with run.pdf.open("rb") as handle:
        data = handle.read()
    decoded = [[b.text for b in page] for page in decode_all(data)]
    fronts, backs = decoded[0::2], decoded[1::2]
    units = {
        (code.sku.gtin, code.serial): code
        for code in ShortCode.objects.filter(batch=run.code_batch, target="register")
    }
    assert len(units) == len(fronts) == 4
    seen = set()
    for (front,), (back,) in zip(fronts, backs, strict=True):
        assert front.startswith("HTTPS://ID.NORDVIK.EXAMPLE/01/")
        elements = _elements(front)
        assert elements["10"] == "B2026-12"
        assert (elements["01"], elements["21"]) in units
        seen.add((elements["01"], elements["21"]))
        # The manual's code stays a short code (the linkset offers the manual too).
        assert "/R/" in back
    assert seen == set(units)
    assert {gtin for gtin, _serial in seen} == {"04006381333931", "00000096385074"}


def test_a_plain_digital_link_run_prints_the_gtin_and_lot_on_every_card(skus, gs1_profile):
    design = factories.design(with_back=False, profile=gs1_profile, slug="gs1-single")
    run = services.printrun_create(
        design=design, skus=skus[:1], profile=gs1_profile, lot="L7", enqueue=False
    )
    run = services.printrun_render(run_id=run.pk)
    assert run.status == "done", run.message
    with run.pdf.open("rb") as handle:
        (barcode,) = decode_all(handle.read())[0]
    assert barcode.text == "HTTPS://ID.NORDVIK.EXAMPLE/01/04006381333931/10/L7"


def test_the_short_code_url_stays_upper_case_and_a_digital_links_values_keep_their_case():
    assert qr.qr_text("http://localhost:8000/r/ab12") == "HTTP://LOCALHOST:8000/R/AB12"
    assert qr.qr_text("https://id.example.com/01/04006381333931/10/lot7?linkType=gs1:support") == (
        "HTTPS://ID.EXAMPLE.COM/01/04006381333931/10/lot7?linkType=gs1:support"
    )


def test_the_designs_choice_of_where_registered_units_lead_reaches_its_printed_batches(
    skus, gs1_profile
):
    design = factories.design()
    run = services.printrun_create(
        design=design, skus=skus, profile=gs1_profile, serialized=True, quantity=1, enqueue=False
    )
    assert run.code_batch.owner_target == "manual"
    design.owner_target = "support"
    design.save_revision().publish()
    assert CodeBatch.objects.get(pk=run.code_batch_id).owner_target == "support"
    # A draft does not change what printed cards do until it is published.
    design.refresh_from_db()
    design.owner_target = "care"
    design.save_revision()
    assert CodeBatch.objects.get(pk=run.code_batch_id).owner_target == "support"


def test_the_admin_form_names_the_skus_without_a_gtin_and_keeps_the_lot(
    admin_client, nordvik, gs1_profile
):
    _, skus = nordvik
    design = factories.design()
    response = admin_client.post(
        "/admin/inserts/print-runs/new/",
        {"design": design.pk, "profile": gs1_profile.pk, "skus": [s.pk for s in skus],
         "quantity": 0, "serial_start": 1, "serial_prefix": "", "lot": "L7"},
    )  # fmt: skip
    assert response.status_code == 200
    page = response.content.decode()
    assert "these SKUs have none: NV-HL400-00, NV-HL400-01" in page
    assert 'value="L7"' in page
    assert not ShortCode.objects.exists()
