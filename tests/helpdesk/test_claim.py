"""The public warranty claim page: protected by a signed link or the registration's e-mail,
in the customer's language, strict CSP, and it opens a site ticket linked to the registration."""

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from catalog.models import Brand, Product
from helpdesk.models import Ticket
from registration.links import claim_token
from registration.models import Registration
from tests.customers.factories import IdentityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registration(db):
    brand = Brand.objects.create(name="Nordvik", slug="nordvik")
    product = Product.objects.create(brand=brand, name="Water Filter Pro", slug="filter")
    identity = IdentityFactory(customer__email="anna@example.de")
    return Registration.objects.create(
        customer=identity.customer,
        identity=identity,
        product=product,
        serial="WF-KX10492",
        purchase_channel="amazon",
        marketplace="amazon.de",
        amazon_order_id="302-1111111-2222222",
        purchase_date=date(2026, 6, 1),
        warranty_starts_on=date(2026, 6, 1),
        warranty_ends_on=date(2028, 6, 1),
        locale="de",
    )


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return SimpleUploadedFile("riss.png", buffer.getvalue(), content_type="image/png")


def url(registration, token=True):
    base = f"/support/claim/{registration.public_id}/"
    return f"{base}?t={claim_token(registration)}" if token else base


def test_signed_link_opens_the_form_in_the_customers_language_with_strict_csp(client, registration):
    response = client.get(url(registration))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="de"' in html and "Garantieanspruch" in html and "Water Filter Pro" in html
    assert 'name="email"' not in html  # the signed link is proof enough
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_claim_opens_a_site_ticket_linked_to_the_registration(client, channels, registration):
    response = client.post(
        url(registration),
        {
            "t": claim_token(registration),
            "description": "Der Filter lässt seit gestern kein Wasser mehr durch.",
            "photos": [png()],
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith("/sent/")
    ticket = Ticket.objects.get()
    assert ticket.channel == channels["site"]
    assert ticket.registration == registration
    assert ticket.customer == registration.customer
    assert ticket.reply_to == "anna@example.de"
    assert ticket.subject == "Garantieanspruch: Water Filter Pro (WF-KX10492)"
    assert ticket.response_due_at is not None
    message = ticket.messages.get()
    assert message.attachments.get().filename == "riss.png"
    assert "Danke" in client.get(response["Location"]).content.decode()


def test_without_the_signed_link_the_registration_email_is_required(client, channels, registration):
    form = client.get(url(registration, token=False)).content.decode()
    assert 'name="email"' in form
    wrong = client.post(
        url(registration, token=False),
        {"email": "someone@else.example", "description": "Der Filter ist undicht geworden."},
    )
    assert wrong.status_code == 400
    assert "Mit dieser Adresse wurde das Produkt nicht registriert." in wrong.content.decode()
    assert not Ticket.objects.exists()
    right = client.post(
        url(registration, token=False),
        {"email": "ANNA@example.de", "description": "Der Filter ist undicht geworden."},
    )
    assert right.status_code == 302 and Ticket.objects.count() == 1


def test_forged_token_and_non_images_are_refused_in_the_customers_language(
    client, channels, registration
):
    forged = client.get(f"/support/claim/{registration.public_id}/?t=forged").content.decode()
    assert 'name="email"' in forged
    fake = SimpleUploadedFile("virus.png", b"MZ\x90\x00 not a picture", content_type="image/png")
    response = client.post(
        url(registration),
        {"t": claim_token(registration), "description": "Bitte prüfen Sie das.", "photos": [fake]},
    )
    assert response.status_code == 400
    assert "ist kein Foto und kein PDF" in response.content.decode()
    assert "Bitte prüfen Sie das." in response.content.decode()  # nothing typed is lost
    assert not Ticket.objects.exists()


def test_token_of_one_registration_does_not_open_another(client, registration):
    other = Registration.objects.create(
        customer=registration.customer,
        identity=registration.identity,
        product=registration.product,
        purchase_channel="own_store",
        purchase_date=date(2026, 6, 1),
        warranty_starts_on=date(2026, 6, 1),
        warranty_ends_on=date(2028, 6, 1),
    )
    response = client.get(f"/support/claim/{other.public_id}/?t={claim_token(registration)}")
    assert 'name="email"' in response.content.decode()


@pytest.mark.parametrize(
    ("locale", "heading"),
    [
        ("en", "Warranty claim"),
        ("de", "Garantieanspruch"),
        ("fr", "Demande de garantie"),
        ("es", "Reclamación de garantía"),
        ("it", "Richiesta di garanzia"),
        ("zh-hans", "保修申请"),
    ],
)
def test_claim_page_speaks_six_languages(client, registration, locale, heading):
    registration.locale = locale
    registration.save()
    assert heading in client.get(url(registration)).content.decode()


def test_the_own_data_page_links_to_a_claim_that_needs_no_retyping(client, registration):
    """The registration app's links carry the token the claim page accepts."""
    from registration import links

    response = client.get(links.claim_path(registration))
    assert response.status_code == 200
    assert 'name="email"' not in response.content.decode()


DESCRIPTION = "Der Filter lässt seit gestern kein Wasser mehr durch."


def test_claims_on_one_link_are_throttled_whatever_the_address(
    client, channels, registration, settings
):
    settings.HELPDESK_CLAIM_LINK_RATE_LIMIT = "2/h"
    settings.HELPDESK_CLAIM_RATE_LIMIT = "100/h"
    data = {"t": claim_token(registration), "description": DESCRIPTION}
    for n in range(2):
        response = client.post(url(registration), data, REMOTE_ADDR=f"198.51.100.{n + 1}")
        assert response.status_code == 302
    third = client.post(url(registration), data, REMOTE_ADDR="198.51.100.9")
    assert third.status_code == 429
    # In the page's language; nothing the customer typed is lost.
    assert "Zu viele Versuche" in third.text and DESCRIPTION in third.text
    assert Ticket.objects.count() == 2


def test_claims_from_one_network_address_are_throttled_across_links(
    client, channels, registration, settings
):
    settings.HELPDESK_CLAIM_RATE_LIMIT = "2/h"
    settings.HELPDESK_CLAIM_LINK_RATE_LIMIT = "100/h"
    other = Registration.objects.create(
        customer=registration.customer,
        identity=registration.identity,
        product=registration.product,
        purchase_channel="own_store",
        purchase_date=date(2026, 6, 1),
        warranty_starts_on=date(2026, 6, 1),
        warranty_ends_on=date(2028, 6, 1),
    )
    for target in (registration, other):
        response = client.post(url(target), {"t": claim_token(target), "description": DESCRIPTION})
        assert response.status_code == 302
    third = client.post(url(other), {"t": claim_token(other), "description": DESCRIPTION})
    assert third.status_code == 429
    assert Ticket.objects.count() == 2


def test_guessing_the_registered_address_is_throttled_too(client, channels, registration, settings):
    settings.HELPDESK_CLAIM_LINK_RATE_LIMIT = "3/h"
    for n in range(3):
        guess = {"email": f"guess{n}@example.de", "description": DESCRIPTION}
        assert client.post(url(registration, token=False), guess).status_code == 400
    right = {"email": "anna@example.de", "description": DESCRIPTION}
    assert client.post(url(registration, token=False), right).status_code == 429
    assert not Ticket.objects.exists()


def test_behind_a_load_balancer_each_customer_is_counted_by_their_own_address(
    client, channels, registration, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.HELPDESK_CLAIM_RATE_LIMIT = "1/h"
    settings.HELPDESK_CLAIM_LINK_RATE_LIMIT = "100/h"
    data = {"t": claim_token(registration), "description": DESCRIPTION}

    def through_the_balancer(forwarded_for):
        return client.post(
            url(registration), data, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for
        )

    assert through_the_balancer("198.51.100.1").status_code == 302
    assert through_the_balancer("198.51.100.2").status_code == 302  # another customer
    # A forged entry in front of the balancer's own does not make a new address.
    assert through_the_balancer("203.0.113.66, 198.51.100.1").status_code == 429
