import factory
from anymail.inbound import AnymailInboundMessage

from funnel.models import DiscountCodePool
from helpdesk.models import Channel, Macro, Ticket
from tests.customers.factories import (
    AmazonIdentityFactory,
    CustomerFactory,
    IdentityFactory,
    confirmed,
)


class ChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Channel
        django_get_or_create = ("slug",)

    kind = "email"
    marketplace = ""
    name = factory.LazyAttribute(lambda o: o.slug)
    slug = factory.Sequence(lambda n: f"channel-{n}")
    sender_address = "Nordvik Care <care@nordvik.example>"


class AmazonChannelFactory(ChannelFactory):
    kind = "amazon"
    marketplace = "amazon.de"
    slug = factory.LazyAttribute(lambda o: o.marketplace.replace(".", "-"))
    name = factory.LazyAttribute(lambda o: o.marketplace)


class AmazonTicketFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ticket

    channel = factory.SubFactory(AmazonChannelFactory)
    identity = factory.SubFactory(
        AmazonIdentityFactory, customer=factory.SubFactory(CustomerFactory, email="")
    )
    customer = factory.LazyAttribute(lambda o: o.identity.customer)
    reply_to = factory.LazyAttribute(lambda o: o.identity.external_id)
    subject = "Where is my parcel? (Order: 302-1234567-1234567)"
    amazon_order_id = "302-1234567-1234567"
    language = "en"


class OwnedTicketFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ticket
        skip_postgeneration_save = True

    channel = factory.SubFactory(ChannelFactory, kind="shopify", slug="shopify")
    identity = factory.SubFactory(IdentityFactory)
    customer = factory.LazyAttribute(lambda o: o.identity.customer)
    reply_to = factory.LazyAttribute(lambda o: o.identity.email)
    subject = "Lid leaks"
    language = "en"

    @factory.post_generation
    def marketable(ticket, create, extracted, **kwargs):
        """``marketable=True``: the customer confirmed marketing consent for the reply address,
        so own-store offers may go to them."""
        if create and extracted:
            confirmed(ticket.identity)


class PoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DiscountCodePool

    name = factory.Sequence(lambda n: f"Pool {n}")


class MacroFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Macro

    name = factory.Sequence(lambda n: f"Macro {n}")
    library = "amazon_message"
    body = "Hello {first_name}, your order {order_id} ships today."


def inbound(
    *,
    sender="Buyer - Amazon Marketplace <buyer123abc@marketplace.amazon.de>",
    to="care@nordvik.example",
    subject="Inquiry (Order: 302-1234567-1234567)",
    text="Where is my parcel?",
    html=None,
    message_id="<m1@example.net>",
    headers=(),
    attachments=None,
):
    return AnymailInboundMessage.construct(
        from_email=sender,
        to=to,
        subject=subject,
        text=text,
        html=html,
        headers=[("Message-ID", message_id), *headers],
        attachments=attachments,
    )
