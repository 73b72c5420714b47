"""Reads of the Amazon orders (synced through the Selling Partner API) the helpdesk shows: the
order an Amazon ticket is about, and the orders of the people a customer-360 view shows.

Amazon tells a seller nothing that names the buyer of an order in the order sync, so an order
belongs to a person only by evidence the helpdesk already holds, the same evidence that links
people in ``selectors.customer_360``:

- an Amazon order recorded for the person (``customers.Order`` on the Amazon channel);
- an Amazon ticket of the person naming the order (the order id in the buyer's relay mail,
  or the one an agent entered on the ticket); a relay address is one person's on Amazon, so
  the relay identity's tickets are the person's;
- an identity link with an order, linked on strong evidence or confirmed by an agent.

An order number typed on a registration form is a claim, not proof: it shows the order only
once an agent has confirmed the possible match (then the link above carries it).

One query finds the orders, four more load their items with the catalogue SKU, product and
product translations, one more their returns, however many orders, items and returns there are.
"""

from django.db.models import Q, QuerySet

from amazon.models import AmazonOrder
from amazon.selectors import synced_order
from customers.models import Channel as CustomerChannel
from customers.models import IdentityLink, Order

from .models import Ticket


def amazon_order_for_ticket(*, ticket: Ticket) -> AmazonOrder | None:
    """The synced Amazon order an Amazon ticket is about: the order id the relay mail carried
    (or an agent typed) names it; an order synced after the ticket arrived is found as well."""
    if not ticket.channel.is_amazon:
        return None
    return synced_order(amazon_order_id=ticket.amazon_order_id)


def amazon_orders_of(*, customer_ids: list[int], limit: int = 20) -> list[AmazonOrder]:
    """The synced Amazon orders of the customers *customer_ids* by the evidence above, newest
    purchase first, at most *limit*, with their items and returns."""
    if not customer_ids:
        return []
    orders = _linked(customer_ids).prefetch_related("items__sku__product__translations", "returns")
    return list(orders[:limit])


def _linked(customer_ids: list[int]) -> QuerySet[AmazonOrder]:
    recorded = Order.objects.filter(
        customer_id__in=customer_ids, channel=CustomerChannel.AMAZON
    ).values("external_id")
    ticketed = (
        Ticket.objects.filter(
            Q(customer_id__in=customer_ids) | Q(identity__customer_id__in=customer_ids),
            channel__kind=CustomerChannel.AMAZON,
        )
        .exclude(amazon_order_id="")
        .values("amazon_order_id")
    )
    linked = (
        IdentityLink.objects.filter(
            customer_id__in=customer_ids,
            status__in=[IdentityLink.Status.LINKED, IdentityLink.Status.CONFIRMED],
        )
        .exclude(order_id="")
        .values("order_id")
    )
    return AmazonOrder.objects.filter(
        amazon_order_id__in=recorded.union(ticketed, linked)
    ).order_by("-purchased_at", "-pk")
