"""The customer-360 view lists the person's Amazon orders beside the own store's: linked only by
evidence (a recorded order, an Amazon ticket naming it, a decided identity link), never by an
order number typed on a form; status and product names in the agent's language; a bounded
number of queries however many orders there are."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import translation
from wagtail.users.models import UserProfile

from amazon.models import AmazonOrder, AmazonOrderItem, AmazonReturn
from catalog.models import ProductTranslation
from customers.models import Channel, IdentityLink, Order
from helpdesk.customer_orders import amazon_orders_of
from helpdesk.selectors import customer_360
from registration.models import Registration
from tests.customers.factories import IdentityFactory

from .factories import AmazonTicketFactory

pytestmark = pytest.mark.django_db

TICKET_ORDER = "302-1111111-1111111"
RECORDED_ORDER = "302-2222222-2222222"
CONFIRMED_ORDER = "302-3333333-3333333"
TYPED_ORDER = "302-4444444-4444444"
STRANGER_ORDER = "302-5555555-5555555"


def amazon_order(account, order_id, *, days_ago=10, sku=None, status="Shipped", **extra):
    purchased = datetime(2026, 11, 20, 9, tzinfo=UTC) - timedelta(days=days_ago)
    order = AmazonOrder.objects.create(
        account=account,
        amazon_order_id=order_id,
        marketplace="amazon.de",
        purchased_at=purchased,
        last_updated_at=purchased,
        status=status,
        fulfillment_channel="AFN",
        **extra,
    )
    AmazonOrderItem.objects.create(
        order=order,
        order_item_id=f"{order_id}-1",
        asin="B0D1HL4BLK",
        seller_sku="seller-1",
        title="Nordvik Stirnlampe 400 Lumen",
        quantity_ordered=2,
        sku=sku,
    )
    AmazonOrderItem.objects.create(
        order=order,
        order_item_id=f"{order_id}-2",
        asin="B0D1BOTTLE",
        seller_sku="bottle-7",
        title="Trinkflasche 0,7 l",
        quantity_ordered=1,
    )
    return order


@pytest.fixture
def person(channels, account, sku, product):
    """A buyer known by an Amazon ticket (the relay mail's order), an order recorded for them,
    a link an agent confirmed, and an order number they typed at registration (a claim)."""
    ProductTranslation.objects.create(product=product, language="de", name="Stirnlampe Trail 400")
    ticket = AmazonTicketFactory(channel=channels["amazon-de"], amazon_order_id=TICKET_ORDER)
    customer = ticket.customer
    amazon_order(
        account,
        TICKET_ORDER,
        days_ago=1,
        sku=sku,
        status="PartiallyShipped",
        earliest_delivery_date=datetime(2026, 11, 22, tzinfo=UTC),
        latest_delivery_date=datetime(2026, 11, 25, tzinfo=UTC),
    )
    amazon_order(account, RECORDED_ORDER, days_ago=5, status="SomethingAmazonAddedLater")
    amazon_order(account, CONFIRMED_ORDER, days_ago=8, delivered_on=date(2026, 11, 14))
    amazon_order(account, TYPED_ORDER, days_ago=9)
    amazon_order(account, STRANGER_ORDER, days_ago=3)
    Order.objects.create(
        customer=customer,
        channel=Channel.AMAZON,
        marketplace="amazon.de",
        external_id=RECORDED_ORDER,
        placed_at=datetime(2026, 11, 15, tzinfo=UTC),
    )
    IdentityLink.objects.create(
        identity=ticket.identity,
        customer=customer,
        status=IdentityLink.Status.CONFIRMED,
        order_id=CONFIRMED_ORDER,
    )
    own = IdentityFactory(customer=customer, email="anna@example.de", external_id="anna@example.de")
    Registration.objects.create(
        customer=customer,
        identity=own,
        product=product,
        purchase_channel="amazon",
        marketplace="amazon.de",
        amazon_order_id=TYPED_ORDER,
        purchase_date=date(2026, 11, 1),
        warranty_starts_on=date(2026, 11, 1),
        warranty_ends_on=date(2029, 11, 1),
    )
    return ticket


def test_the_orders_linked_by_evidence_are_listed_and_a_typed_number_is_not(person):
    view = customer_360(ticket=person)
    assert [o.amazon_order_id for o in view.amazon_orders] == [
        TICKET_ORDER,
        RECORDED_ORDER,
        CONFIRMED_ORDER,
    ]


def test_a_possible_match_shows_its_order_only_once_an_agent_confirms_it(person, account):
    link = IdentityLink.objects.get()
    link.status = IdentityLink.Status.POSSIBLE
    link.save()
    ids = [o.amazon_order_id for o in amazon_orders_of(customer_ids=[person.customer_id])]
    assert CONFIRMED_ORDER not in ids


def test_the_panel_shows_each_order_in_the_agents_language(client, person, marketplace_agent):
    profile = UserProfile.get_for_user(marketplace_agent)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(marketplace_agent)
    html = client.get(f"/admin/helpdesk/tickets/{person.pk}/").content.decode()
    panel = html[html.index('class="hd-list hd-amazon-orders"') :]
    panel = panel[: panel.index("</ul>")]
    assert f'href="https://sellercentral.amazon.de/orders-v3/order/{TICKET_ORDER}"' in panel
    assert "Teilweise versandt" in panel  # PartiallyShipped, translated
    assert "SomethingAmazonAddedLater" in panel  # an unknown status as Amazon sent it
    assert "Versand durch Amazon" in panel
    assert "2 × Stirnlampe Trail 400 (NV-HL400-BLK)" in panel  # the catalogue's German name
    assert "1 × Trinkflasche 0,7 l (bottle-7)" in panel  # not in the catalogue: Amazon's title
    assert "22.11.2026" in panel and "25.11.2026" in panel  # the delivery window
    assert TYPED_ORDER not in panel and STRANGER_ORDER not in panel


def test_the_ticket_sidebar_shows_amazons_status_translated(client, person, marketplace_agent):
    client.force_login(marketplace_agent)
    with translation.override("en"):
        html = client.get(f"/admin/helpdesk/tickets/{person.pk}/").content.decode()
    sidebar = html[html.index('class="hd-card hd-amazon-order"') :]
    assert '<dd class="hd-amazon-status">Partially shipped · Fulfilled by Amazon</dd>' in sidebar


def _return(order, **extra):
    values = {
        "account": order.account,
        "order": order,
        "amazon_order_id": order.amazon_order_id,
        "source": "FBA",
        "returned_at": datetime(2026, 11, 28, 10, tzinfo=UTC),
        "seller_sku": "NV-HL400-BLK",
        "asin": "B0D1HL4BLK",
        "quantity": 1,
        "reason": "DEFECTIVE",
        "status": "Unit returned to inventory",
        "disposition": "DEFECTIVE",
        "reference": f"LPN{AmazonReturn.objects.count()}",
    }
    return AmazonReturn.objects.create(**{**values, **extra})


def test_the_sidebar_and_the_panel_show_each_return_with_its_reason_translated(
    client, person, marketplace_agent
):
    ticket_order = AmazonOrder.objects.get(amazon_order_id=TICKET_ORDER)
    _return(ticket_order)
    _return(
        ticket_order,
        seller_sku="bottle-7",
        quantity=2,
        reason="SOMETHING_AMAZON_ADDED_LATER",
        returned_at=datetime(2026, 11, 29, 10, tzinfo=UTC),
    )
    profile = UserProfile.get_for_user(marketplace_agent)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(marketplace_agent)
    html = client.get(f"/admin/helpdesk/tickets/{person.pk}/").content.decode()
    sidebar = html[html.index('class="hd-card hd-amazon-order"') :]
    sidebar = sidebar[: sidebar.index("</section>")]
    assert "Zurückgegeben am 28.11.2026: 1 × NV-HL400-BLK" in sidebar
    assert '<span class="hd-amazon-return-reason">Defekt oder funktioniert nicht</span>' in sidebar
    assert "2 × bottle-7" in sidebar and "SOMETHING_AMAZON_ADDED_LATER" in sidebar  # as sent
    panel = html[html.index('class="hd-list hd-amazon-orders"') :]
    panel = panel[: panel.index("</ul>")]
    assert panel.count('class="hd-muted hd-amazon-return"') == 2
    assert "Defekt oder funktioniert nicht" in panel


def test_the_number_of_queries_does_not_grow_with_the_orders(
    person, account, sku, django_assert_max_num_queries
):
    customer_ids = [person.customer_id]
    with django_assert_max_num_queries(6):
        few = amazon_orders_of(customer_ids=customer_ids)
        for order in few:
            [str(i.sku.product.translations.all()) for i in order.items.all() if i.sku]
            [r.reason_display for r in order.returns.all()]
    for n in range(6):
        order_id = f"302-9999999-000000{n}"
        _return(amazon_order(account, order_id, sku=sku))
        AmazonTicketFactory(
            channel=person.channel,
            identity=person.identity,
            customer=person.customer,
            amazon_order_id=order_id,
        )
    with django_assert_max_num_queries(6):
        many = amazon_orders_of(customer_ids=customer_ids)
        for order in many:
            [str(i.sku.product.translations.all()) for i in order.items.all() if i.sku]
            [r.reason_display for r in order.returns.all()]
    assert len(many) == len(few) + 6
