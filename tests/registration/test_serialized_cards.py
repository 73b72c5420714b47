"""A card from a serialized print run registers: the serial the run printed (and the form
pre-fills) has the product's serial format, or the run refuses to start and says why."""

from urllib.parse import urlsplit

import pytest
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from django.core.management import CommandError, call_command

from inserts.models import PrintRun
from registration.models import Registration, ShortCode

from ..inserts import factories
from ..inserts.pdftools import decode_all
from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def card_design(pages, consent_texts):
    """A published card for the product of ``pages`` (serial format ``HL4-[0-9]{6}``)."""
    design = factories.design()
    assert design.brand.products.get() == pages["en"].product
    return design


def _print(design, tmp_path, *extra) -> PrintRun:
    call_command(
        "print_inserts", "--design", design.slug, "--out", str(tmp_path / "cards.pdf"), *extra
    )
    return PrintRun.objects.latest("pk")


def _scan_and_register(client, code: ShortCode, email: str):
    """What a customer does: scan the card, get the pre-filled form, send it."""
    scanned = client.get(f"/r/{code.code}")
    assert scanned.status_code == 302
    form_page = client.get(scanned["Location"])
    assert f'value="{code.serial}"' in form_page.content.decode()
    data = valid_post(code.sku, serial=code.serial, email=email)
    data.update({"code": code.code, "token": form_token()})
    return client.post(scanned["Location"].split("?")[0], data, REMOTE_ADDR="198.51.100.23")


def test_every_card_of_a_serialized_run_registers_with_its_prefilled_serial(
    client, card_design, tmp_path
):
    run = _print(card_design, tmp_path, "--serialized", "2")
    units = list(
        ShortCode.objects.filter(batch=run.code_batch, target="register").order_by("serial")
    )
    assert len(units) == 6  # three SKUs of one product, two cards each
    assert len({u.serial for u in units}) == 6  # one product: no serial printed twice
    for i, unit in enumerate(units):
        response = _scan_and_register(client, unit, f"owner{i}@example.org")
        assert response.status_code == 303, response.content.decode()[:2000]
    registered = Registration.objects.order_by("serial")
    assert [r.serial for r in registered] == [u.serial for u in units]
    assert [r.short_code for r in registered] == units


def test_a_second_run_continues_the_numbering_and_still_registers(client, card_design, tmp_path):
    first = _print(card_design, tmp_path, "--serialized", "1", "--sku", "NV-HL400-00")
    second = _print(card_design, tmp_path, "--serialized", "1", "--sku", "NV-HL400-00")
    (a,) = ShortCode.objects.filter(batch=first.code_batch, target="register")
    (b,) = ShortCode.objects.filter(batch=second.code_batch, target="register")
    assert a.serial != b.serial
    assert _scan_and_register(client, b, "second@example.org").status_code == 303


def test_a_prefix_the_serial_format_rejects_refuses_the_run_naming_sku_and_format(
    card_design, tmp_path
):
    with pytest.raises(CommandError) as refused:
        _print(card_design, tmp_path, "--serialized", "3", "--serial-prefix", "HL-2026-")
    message = str(refused.value)
    assert "NV-HL400-00" in message and "HL4-[0-9]{6}" in message and "HL-2026-" in message
    assert not PrintRun.objects.exists() and not ShortCode.objects.exists()


def test_a_prefix_that_fits_the_format_is_used(client, card_design, tmp_path):
    run = _print(
        card_design, tmp_path, "--serialized", "1", "--sku", "NV-HL400-01",
        "--serial-prefix", "hl4-9",
    )  # fmt: skip
    (unit,) = ShortCode.objects.filter(batch=run.code_batch, target="register")
    assert unit.serial == "HL4-900001"
    assert _scan_and_register(client, unit, "prefix@example.org").status_code == 303


def test_the_admin_form_says_which_sku_and_format_refuse_the_prefix(admin_client, card_design):
    response = admin_client.post(
        "/admin/inserts/print-runs/new/",
        {"design": card_design.pk, "profile": card_design.profile.pk,
         "skus": [s.pk for s in card_design.brand.products.get().skus.all()],
         "serialized": "on", "quantity": 5, "serial_start": 1, "serial_prefix": "HL-2026-"},
    )  # fmt: skip
    assert response.status_code == 200
    body = response.content.decode()
    assert "NV-HL400-00" in body and "HL4-[0-9]{6}" in body
    assert not PrintRun.objects.exists()


def test_a_digital_link_read_off_the_printed_card_registers_its_unit_then_opens_the_manual(
    client, card_design, tmp_path
):
    product = card_design.brand.products.get()
    for sku, gtin in zip(
        product.skus.order_by("code"), ("4006381333931", "96385074", "036000291452"), strict=True
    ):
        sku.gtin = gtin
        sku.save()
    factories.profile("a6-double-gs1", codes="gs1_digital_link")
    _print(card_design, tmp_path, "--serialized", "1", "--profile", "a6-double-gs1", "--lot", "L7")
    fronts = decode_all((tmp_path / "cards.pdf").read_bytes())[0::2]
    assert len(fronts) == 3
    text = fronts[0][0].text
    elements = {e.ai.ai: e.value for e in GS1DigitalLinkURI.parse(text).element_strings}
    unit = ShortCode.objects.get(sku__gtin=elements["01"], serial=elements["21"])
    assert elements["10"] == "L7"
    path = urlsplit(text).path
    scanned = client.get(path, headers={"accept-language": "en"})
    assert scanned.status_code == 307
    form_url = urlsplit(scanned["Location"])
    assert form_url.path.endswith("/register/") and form_url.query == f"code={unit.code}"
    assert (
        f'value="{unit.serial}"' in client.get(f"{form_url.path}?{form_url.query}").content.decode()
    )
    data = valid_post(unit.sku, serial=unit.serial, email="owner@example.org")
    data.update({"code": unit.code, "token": form_token()})
    assert client.post(form_url.path, data, REMOTE_ADDR="198.51.100.23").status_code == 303
    again = client.get(path, headers={"accept-language": "en"})
    assert again.status_code == 307 and again["Location"].endswith(f"?code={unit.code}#manual")
