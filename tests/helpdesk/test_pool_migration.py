"""Migrations 0003/0004 move the helpdesk's own discount pools into the funnel's shared pools
and lose nothing: every code, which ticket holds which code and the reply it went out in, and
the macros' pools. A name the funnel already uses is kept apart as "<name> (support)"."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("helpdesk", "0002_audit_triggers"), ("funnel", "0005_discount_code_free_index")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_the_helpdesk_pools_move_into_the_shared_pools_with_every_reservation():
    old = migrate(BEFORE)
    try:
        User = old.get_model("auth", "User")
        Channel = old.get_model("helpdesk", "Channel")
        Ticket = old.get_model("helpdesk", "Ticket")
        Macro = old.get_model("helpdesk", "Macro")
        OldPool = old.get_model("helpdesk", "DiscountPool")
        OldCode = old.get_model("helpdesk", "DiscountCode")
        FunnelPool = old.get_model("funnel", "DiscountCodePool")

        agent = User.objects.create(username="store.agent")
        channel = Channel.objects.create(kind="shopify", name="Shop", slug="shop")
        customer = old.get_model("customers", "Customer").objects.create(email="ann@x.org")
        ticket = Ticket.objects.create(
            channel=channel, customer=customer, subject="Lid", reply_to="ann@x.org"
        )
        FunnelPool.objects.create(name="Welcome")  # the name is taken on the funnel side
        welcome = OldPool.objects.create(name="Welcome", description="10% off")
        loyalty = OldPool.objects.create(name="Loyalty")
        reserved_at = timezone.now()
        OldCode.objects.create(
            pool=welcome, code="W-1", ticket=ticket, reserved_by=agent, reserved_at=reserved_at
        )
        OldCode.objects.create(pool=welcome, code="W-2")
        OldCode.objects.create(pool=loyalty, code="L-1")
        Macro.objects.create(
            name="Thanks", library="owned_message", body="x", discount_pool=welcome
        )
    finally:
        new = migrate(latest())  # always leave the database at the latest state for other tests

    Pool = new.get_model("funnel", "DiscountCodePool")
    Grant = new.get_model("helpdesk", "TicketDiscountCode")
    Macro = new.get_model("helpdesk", "Macro")
    moved = Pool.objects.get(name="Welcome (support)")
    assert moved.description == "10% off"
    assert sorted(moved.codes.values_list("code", "assigned_at")) == [
        ("W-1", reserved_at),
        ("W-2", None),
    ]
    assert list(Pool.objects.get(name="Loyalty").codes.values_list("code", flat=True)) == ["L-1"]
    grant = Grant.objects.get()
    assert (grant.code.code, grant.pool_id, grant.ticket_id, grant.reserved_by.username) == (
        "W-1",
        moved.pk,
        ticket.pk,
        "store.agent",
    )
    assert Macro.objects.get(name="Thanks").discount_pool_id == moved.pk
