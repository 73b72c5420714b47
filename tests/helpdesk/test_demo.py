import pytest
from django.core.management import call_command

from customers.selectors import marketable_identities
from helpdesk.models import Channel, GateDecision, Macro, Message, Ticket
from helpdesk.selectors import customer_360

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_agents_channels_and_tickets_once(capsys):
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "amazon.agent / bridgecard-demo" in out and "store.agent / bridgecard-demo" in out
    counts = (Channel.objects.count(), Ticket.objects.count(), Message.objects.count())
    call_command("seed_demo")
    assert (Channel.objects.count(), Ticket.objects.count(), Message.objects.count()) == counts
    for kind in ("amazon", "shopify", "site", "email"):
        assert Ticket.objects.filter(channel__kind=kind).exists(), kind
    assert Macro.objects.filter(library="amazon_message").exists()
    # A reply held for the demo compliance officer, who may decide it.
    held = GateDecision.objects.get(outcome="review")
    assert (
        held.channel.marketplace == "amazon.de"
        and not Message.objects.filter(gate_decision=held).exists()
    )
    assert "compliance.officer / bridgecard-demo" in out
    # The own-store agent may use the store actions; the marketplace agent may not.
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    assert users.get(username="store.agent").has_perm("helpdesk.store_actions")
    assert not users.get(username="amazon.agent").has_perm("helpdesk.store_actions")
    assert Macro.objects.filter(library="owned_message", discount_pool__isnull=False).exists()
    # Marie Dubois wrote on Amazon.fr and registered on the site with the same order number.
    marie = Ticket.objects.get(channel__marketplace="amazon.fr")
    view = customer_360(ticket=marie)
    assert marie.customer.email == "marie.dubois@example.fr"
    assert any(r.amazon_order_id == "405-3817264-5538102" for r in view.registrations)
    relay = next(row for row in view.identities if row.identity.channel == "amazon")
    assert not relay.marketable
    assert relay.identity not in marketable_identities()
