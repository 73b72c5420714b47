"""One person across channels, linked by evidence; invariant 3: nothing the helpdesk learns
from a marketplace message makes a contact marketable."""

from datetime import date

import pytest

from catalog.models import Brand, Product
from customers.models import ChannelIdentity, ConsentRecord, IdentityLink
from customers.selectors import marketable_identities
from helpdesk.selectors import customer_360
from helpdesk.services.claims import registration_link_tickets
from helpdesk.services.identity_links import registration_links_find
from helpdesk.services.inbound import inbound_receive
from registration.models import Registration
from tests.customers.factories import IdentityFactory, confirmed

from .factories import inbound

pytestmark = pytest.mark.django_db

ORDER = "405-3817264-5538102"
RELAY = "x81kq0pz3d7v2m9@marketplace.amazon.fr"


@pytest.fixture
def product(db):
    brand = Brand.objects.create(name="Nordvik", slug="nordvik")
    return Product.objects.create(brand=brand, name="Trail Headlamp 400", slug="headlamp")


def register(product, *, email="marie.dubois@example.fr", order=ORDER, consent=True):
    """Marie Dubois registers (and, with *consent*, confirms her address): with her name on
    the relay mail, that is strong evidence she is the Amazon buyer of *order*."""
    identity = IdentityFactory(
        customer__email=email,
        customer__first_name="Marie",
        customer__last_name="Dubois",
        email=email,
        external_id=email,
    )
    if consent:
        confirmed(identity)
    return Registration.objects.create(
        customer=identity.customer,
        identity=identity,
        product=product,
        purchase_channel="amazon",
        marketplace="amazon.fr",
        amazon_order_id=order,
        purchase_date=date(2026, 11, 1),
        warranty_starts_on=date(2026, 11, 1),
        warranty_ends_on=date(2029, 11, 1),
    )


def amazon_message(message_id="<a1@amazonses.com>"):
    return inbound(
        sender=f"Marie Dubois - Amazon Marketplace <{RELAY}>",
        subject=f"Demande de renseignements (Commande : {ORDER})",
        text="Ma lampe ne tient plus la charge.",
        message_id=message_id,
    )


def assert_one_person_not_marketable_through_amazon(ticket, registration):
    view = customer_360(ticket=ticket)
    people = {c.pk for c in view.people}
    assert registration.customer_id in people
    identities = {row.identity.external_id: row for row in view.identities}
    assert RELAY in identities and "marie.dubois@example.fr" in identities
    assert registration in view.registrations
    amazon = identities[RELAY]
    assert amazon.identity.channel == "amazon" and not amazon.marketable
    assert identities["marie.dubois@example.fr"].marketable
    assert view.consent_state == ConsentRecord.Action.CONFIRMED
    assert [i.external_id for i in view.marketable_through] == ["marie.dubois@example.fr"]
    marketable = set(marketable_identities().values_list("external_id", flat=True))
    assert RELAY not in marketable
    assert not any("marketplace.amazon" in (i.email or "") for i in marketable_identities())


def test_buyer_who_registered_first_then_wrote_on_amazon_is_one_person(channels, product):
    registration = register(product)
    consents_before = ConsentRecord.objects.count()
    stored, _ = inbound_receive(message=amazon_message(), provider="Postmark")
    ticket = stored.ticket
    # The relay address joined the registered customer (evidence: the same order number)...
    assert ticket.customer == registration.customer
    assert ticket.registration == registration
    identity = ChannelIdentity.objects.get(external_id=RELAY)
    assert identity.channel == "amazon" and not identity.owned
    assert ORDER in identity.source_detail
    # ...and the helpdesk wrote no consent.
    assert ConsentRecord.objects.count() == consents_before
    assert_one_person_not_marketable_through_amazon(ticket, registration)


def test_buyer_who_wrote_first_then_registered_is_one_person_in_the_panel(channels, product):
    stored, _ = inbound_receive(message=amazon_message(), provider="Postmark")
    ticket = stored.ticket
    assert ticket.customer.email == ""  # known only through Amazon so far
    registration = register(product)
    registration_links_find(registration_id=registration.pk)
    registration_link_tickets(registration_id=registration.pk)
    ticket.refresh_from_db()
    assert ticket.customer == registration.customer
    assert ticket.registration == registration
    link = IdentityLink.objects.get(identity__external_id=RELAY)
    assert link.status == "linked" and link.decided_by is None
    assert_one_person_not_marketable_through_amazon(ticket, registration)


def test_same_email_links_an_owned_store_writer_to_their_registration(channels, product):
    registration = register(product, email="james@example.co.uk", order="", consent=False)
    stored, _ = inbound_receive(
        message=inbound(
            sender="James <james@example.co.uk>", to="shop@nordvik.example", subject="Lid"
        ),
        provider="Mailgun",
    )
    view = customer_360(ticket=stored.ticket)
    assert stored.ticket.customer == registration.customer
    assert registration in view.registrations
    assert view.marketable_through == []  # registered without marketing consent
    assert view.consent_state is None


def test_ticket_page_shows_the_panel_to_a_marketplace_agent(
    client, channels, product, marketplace_agent
):
    register(product)
    stored, _ = inbound_receive(message=amazon_message(), provider="Postmark")
    client.force_login(marketplace_agent)
    html = client.get(f"/admin/helpdesk/tickets/{stored.ticket.pk}/").content.decode()
    assert "marketplace: never marketable" in html
    assert "marie.dubois@example.fr" in html and RELAY in html
    assert "Trail Headlamp 400" in html


def test_panel_shows_the_persons_follow_up_sequences(channels, product):
    from funnel.models import Enrolment
    from tests.funnel.conftest import make_sequence

    registration = register(product)
    sequence = make_sequence(product.brand, name="Headlamp owners")
    Enrolment.objects.get_or_create(
        sequence=sequence,
        customer=registration.customer,
        identity=registration.identity,
        trigger_key="demo",
    )
    stored, _ = inbound_receive(message=amazon_message(), provider="Postmark")
    view = customer_360(ticket=stored.ticket)
    assert [e.sequence.name for e in view.funnel if hasattr(e, "sequence")] == ["Headlamp owners"]


def test_relay_address_never_reaches_the_marketing_export(channels, product):
    from funnel.admin_views import export_rows

    register(product)
    inbound_receive(message=amazon_message(), provider="Postmark")
    exported = [row[0] for row in export_rows(purpose=ConsentRecord.Purpose.MARKETING_EMAIL)]
    assert exported == ["marie.dubois@example.fr"]
    assert not any("marketplace.amazon" in address for address in exported)
