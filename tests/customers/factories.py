import factory

from customers.models import Channel, ChannelIdentity, ConsentRecord, Customer
from customers.services import ConsentEvidence, consent_record

CONSENT_TEXT = "Yes, send me news and offers by e-mail. I can withdraw at any time."


class CustomerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Customer

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    locale = "en"


class IdentityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChannelIdentity

    customer = factory.SubFactory(CustomerFactory)
    channel = Channel.SITE
    external_id = factory.LazyAttribute(lambda o: o.customer.email)
    email = factory.LazyAttribute(lambda o: o.customer.email)
    source = ChannelIdentity.Source.REGISTRATION


class AmazonIdentityFactory(IdentityFactory):
    channel = Channel.AMAZON
    marketplace = "amazon.de"
    external_id = factory.Sequence(lambda n: f"buyer{n:06d}xyz@marketplace.amazon.de")
    email = factory.LazyAttribute(lambda o: o.external_id)
    source = ChannelIdentity.Source.INBOUND_MAIL


def consent(identity, action, *, purpose=ConsentRecord.Purpose.MARKETING_EMAIL, customer=None):
    """Write one ledger row through the service, as the app does."""
    return consent_record(
        customer=customer or identity.customer,
        identity=identity,
        purpose=purpose,
        action=action,
        evidence=ConsentEvidence(
            source=ConsentRecord.Source.REGISTRATION_FORM,
            locale="en",
            page_url="https://brand.example/en/products/lamp/",
            short_code="AB12CD",
            network_address="203.0.113.7",
        ),
        text_version="marketing/en/1",
        text=CONSENT_TEXT,
    )


def confirmed(identity):
    consent(identity, ConsentRecord.Action.GRANTED)
    return consent(identity, ConsentRecord.Action.CONFIRMED)
