"""The GS1 Digital Link resolver (``/01/<GTIN>…``): the 307 to the default link in the
customer's language, the RFC 9264 linkset by GS1 link type, ``?linkType=`` redirects, helpful
404s, scans recorded like ``/r/`` scans, and owner routing of serialized units (for short codes
and Digital Links alike)."""

import json

import pytest

from registration import scans
from registration.digital_link import DigitalLink, parse
from registration.models import CodeBatch, Registration, Scan
from registration.resolver import resolve
from registration.services import shortcodes_issue

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db

GTIN = "04006381333931"
VOC = "https://gs1.org/voc/"
PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)


@pytest.fixture
def gtin_sku(sku):
    sku.gtin = "4006381333931"  # typed as an EAN-13, stored as GTIN-14
    sku.save()
    return sku


@pytest.fixture
def unit(gtin_sku):
    (issued,) = shortcodes_issue(
        sku=gtin_sku, serials=["HL4-000001"], batch=CodeBatch.objects.create(serialized=True)
    )
    return issued


def _register(client, unit, pages):
    """The owner scans the card's short code, gets the pre-filled form and sends it."""
    scanned = client.get(f"/r/{unit.code}")
    data = valid_post(unit.sku, serial=unit.serial, email="owner@example.org")
    data.update({"code": unit.code, "token": form_token()})
    response = client.post(scanned["Location"].split("?")[0], data, REMOTE_ADDR="198.51.100.23")
    assert response.status_code == 303, response.content.decode()[:1000]
    assert Registration.objects.get().serial == unit.serial


@pytest.mark.parametrize(
    "path,expected",
    [
        (f"/01/{GTIN}", DigitalLink(GTIN)),
        ("/01/4006381333931", DigitalLink(GTIN)),  # GTIN-13 in the path is read as GTIN-14
        (f"/01/{GTIN}/10/L%2F7/21/HL4-000001", DigitalLink(GTIN, "L/7", "HL4-000001")),
        (f"/01/{GTIN}/21/HL4-000001/10/L7", DigitalLink(GTIN, "L7", "HL4-000001")),
        (f"/01/{GTIN}/22/V1/10/L7", DigitalLink(GTIN, "L7", "", "V1")),
        ("/01/04006381333932", None),  # wrong check digit
        (f"/01/{GTIN}/21/{'X' * 21}", None),  # a serial is at most 20 characters
        (f"/01/{GTIN}/99/X", None),  # not a qualifier of a GTIN
        (f"/01/{GTIN}/21", None),
    ],
)
def test_digital_link_paths_are_read_with_their_qualifiers_in_gs1_order(path, expected):
    assert parse(path) == expected


def test_a_phone_is_sent_307_to_registration_in_the_language_it_asks_for(client, pages, gtin_sku):
    response = client.get(
        f"/01/{GTIN}", headers={"accept-language": "ja, de-DE;q=0.8", "user-agent": PHONE}
    )
    assert response.status_code == 307
    assert response["Location"] == f"http://localhost:8000{pages['de'].url}register/"
    assert response["Cache-Control"] == "no-store"
    assert {"Accept", "Accept-Language"} <= {v.strip() for v in response["Vary"].split(",")}
    assert response["Link"] == (
        f'<http://testserver/01/{GTIN}?linkType=all>; rel="linkset"; '
        'type="application/linkset+json"'
    )


def test_a_language_without_a_page_falls_back_to_the_default_one(client, pages, gtin_sku):
    response = client.get(f"/01/{GTIN}", headers={"accept-language": "it"})
    assert response.status_code == 307
    assert response["Location"].endswith(f"{pages['en'].url}register/")


def test_without_accept_language_a_unit_reads_its_inserts_language(client, pages, gtin_sku):
    (german,) = shortcodes_issue(sku=gtin_sku, serials=["HL4-000009"], locale="de")
    response = client.get(f"/01/{GTIN}/21/{german.serial}")
    assert response["Location"].endswith(f"{pages['de'].url}register/?code={german.code}")


def test_the_linkset_has_the_rfc_9264_shape_with_gs1_link_types_per_language(
    client, pages, gtin_sku
):
    client.get(f"/01/{GTIN}")  # cached before the recall: an edit is seen at once anyway
    gtin_sku.product.recall_notice_url = "https://nordvik.example/recall-2026"
    gtin_sku.product.save()
    response = client.get(
        f"/01/{GTIN}/10/L7", headers={"accept": "application/linkset+json", "accept-language": "de"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/linkset+json"
    assert 'rel="linkset"' in response["Link"]
    body = json.loads(response.content)
    assert list(body) == ["linkset"] and isinstance(body["linkset"], list)
    (context,) = body["linkset"]
    assert context["anchor"] == f"http://testserver/01/{GTIN}/10/L7"
    for relation, values in context.items():
        if relation == "anchor":
            continue
        assert relation.startswith(VOC), relation
        assert isinstance(values, list) and values
        for target in values:
            assert target["href"].startswith(("http://", "https://"))
            assert target["type"] == "text/html"
    for name, anchor in [
        ("pip", ""), ("instructions", "#manual"), ("safetyInfo", "#care"),
        ("registerProduct", "register/"), ("support", "#support"),
    ]:  # fmt: skip
        targets = context[f"{VOC}{name}"]
        assert [t["hreflang"] for t in targets] == [["en"], ["de"]]
        assert targets[0]["href"] == f"http://localhost:8000{pages['en'].url}{anchor}"
        assert targets[1]["href"] == f"http://localhost:8000{pages['de'].url}{anchor}"
    titles = {t["hreflang"][0]: t["title"] for t in context[f"{VOC}instructions"]}
    assert titles == {"en": "Manuals and documents", "de": "Anleitungen und Dokumente"}
    assert context[f"{VOC}recallStatus"][0]["href"] == "https://nordvik.example/recall-2026"
    assert context[f"{VOC}defaultLink"][0]["href"].endswith(f"{pages['de'].url}register/")


def test_link_type_all_answers_the_linkset_and_no_recall_means_no_recall_link(
    client, pages, gtin_sku
):
    response = client.get(f"/01/{GTIN}?linkType=all")
    assert response["Content-Type"] == "application/linkset+json"
    assert f"{VOC}recallStatus" not in json.loads(response.content)["linkset"][0]


@pytest.mark.parametrize(
    "link_type,ending",
    [
        ("gs1:instructions", "#manual"),
        ("gs1:safetyInfo", "#care"),
        ("gs1:support", "#support"),
        ("https://gs1.org/voc/registerProduct", "register/"),
        ("gs1:pip", "/"),
    ],
)
def test_a_link_type_redirects_to_that_link(client, pages, gtin_sku, link_type, ending):
    response = client.get(f"/01/{GTIN}", {"linkType": link_type}, headers={"accept-language": "de"})
    assert response.status_code == 307
    assert response["Location"].startswith(f"http://localhost:8000{pages['de'].url}")
    assert response["Location"].endswith(ending)


def test_a_link_type_the_product_does_not_offer_answers_a_404_page(client, pages, gtin_sku):
    response = client.get(
        f"/01/{GTIN}", {"linkType": "gs1:recallStatus"}, headers={"accept-language": "de"}
    )
    assert response.status_code == 404
    assert "nicht verfügbar" in response.content.decode()
    assert Scan.objects.get().outcome == Scan.Outcome.NO_LINK


@pytest.mark.parametrize("path", ["/01/04006381333932", "/01/12345", "/01/00000096385074"])
def test_an_invalid_or_unknown_gtin_answers_a_helpful_translated_404(client, pages, path):
    response = client.get(path, headers={"accept-language": "fr"})
    assert response.status_code == 404
    page = response.content.decode()
    assert "Nous n’avons pas trouvé ce produit" in page
    assert 'action="/r/"' in page
    assert response["X-Robots-Tag"] == "noindex"
    assert Scan.objects.get().outcome == Scan.Outcome.UNKNOWN


def test_scans_through_the_resolver_are_recorded_like_short_code_scans(
    client, pages, gtin_sku, unit
):
    client.get(f"/01/{GTIN}/21/{unit.serial}", headers={"user-agent": PHONE})
    client.get(f"/01/{GTIN}", headers={"user-agent": "curl/8.5"})
    unit_scan, product_scan = Scan.objects.order_by("scanned_at", "pk")
    assert (unit_scan.short_code_id, unit_scan.code, unit_scan.device) == (
        unit.pk, unit.code, "phone",
    )  # fmt: skip
    assert (unit_scan.outcome, unit_scan.is_bot) == ("redirected", False)
    assert (product_scan.short_code_id, product_scan.code, product_scan.is_bot) == (
        None, GTIN, True,
    )  # fmt: skip


def test_a_serial_nobody_printed_resolves_at_the_gtins_level(client, pages, gtin_sku):
    response = client.get(f"/01/{GTIN}/21/HL4-999999", headers={"accept-language": "en"})
    assert response.status_code == 307
    assert response["Location"].endswith(f"{pages['en'].url}register/")


def test_a_unit_leads_to_registration_until_registered_then_to_the_owners_page(
    client, pages, consent_texts, unit
):
    digital = f"/01/{GTIN}/21/{unit.serial}"
    assert client.get(digital)["Location"].endswith(f"register/?code={unit.code}")
    assert client.get(f"/r/{unit.code}")["Location"].endswith(f"register/?code={unit.code}")
    _register(client, unit, pages)
    # The default chosen for a batch: the manuals, on the same product page.
    assert client.get(digital)["Location"].endswith(f"{pages['en'].url}?code={unit.code}#manual")
    assert client.get(f"/r/{unit.code}")["Location"] == (
        f"{pages['en'].url}?code={unit.code}#manual"
    )


@pytest.mark.parametrize(
    "owner_target,ending",
    [("support", "#support"), ("care", "#care"), ("warranty", "#warranty"), ("page", "")],
)
def test_where_a_registered_unit_leads_is_chosen_per_batch(
    client, pages, consent_texts, unit, owner_target, ending
):
    _register(client, unit, pages)
    CodeBatch.objects.filter(pk=unit.batch_id).update(owner_target=owner_target)
    scans.forget()
    location, outcome = resolve(unit.code, browser_language="en")
    assert location == f"{pages['en'].url}?code={unit.code}{ending}"
    assert outcome.short_code_id == unit.pk


def test_a_batch_may_keep_leading_registered_units_to_the_form(client, pages, consent_texts, unit):
    _register(client, unit, pages)
    CodeBatch.objects.filter(pk=unit.batch_id).update(owner_target="register")
    scans.forget()
    location, _outcome = resolve(DigitalLink(GTIN, serial=unit.serial), browser_language="de")
    assert location == f"{pages['de'].url}register/?code={unit.code}"


def test_a_shared_code_without_a_serial_is_not_routed_by_anyones_registration(
    client, pages, consent_texts, gtin_sku, unit
):
    (shared,) = shortcodes_issue(sku=gtin_sku)
    _register(client, unit, pages)
    assert client.get(f"/r/{shared.code}")["Location"].endswith(f"register/?code={shared.code}")
