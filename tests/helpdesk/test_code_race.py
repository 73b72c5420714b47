"""Each discount code goes out once, even when agents (and the funnel, which draws from the same
pools) take codes at the same moment. PostgreSQL only: SQLite serialises writers."""

import threading

import pytest
from django.db import connection, transaction

from funnel.models import DiscountCode
from funnel.services import discount_code_claim, discount_codes_add
from helpdesk.models import TicketDiscountCode
from helpdesk.services.macros import discount_code_reserve

from .factories import OwnedTicketFactory, PoolFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _postgres_only(on_postgres):
    if not on_postgres:
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL's concurrency")


def run_together(*calls) -> list[Exception]:
    """Start every call in its own thread (own database connection) at the same moment; return
    the exceptions they raised."""
    barrier = threading.Barrier(len(calls))
    errors: list[Exception] = []

    def run(call):
        try:
            barrier.wait()
            call()
        except Exception as error:  # collected and reported by the caller
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def owned_tickets(channels, count: int, prefix: str):
    return [
        OwnedTicketFactory(
            channel=channels["shopify"],
            identity__customer__email=f"{prefix}{i}@x.org",
            marketable=True,
        )
        for i in range(count)
    ]


def test_concurrent_reservations_never_share_a_code(channels, owned_agent):
    pool = PoolFactory()
    discount_codes_add(pool=pool, codes=[f"C{i:03d}" for i in range(30)])
    tickets = owned_tickets(channels, 12, "r")

    errors = run_together(
        *(
            lambda t=ticket: discount_code_reserve(pool=pool, ticket=t, user=owned_agent)
            for ticket in tickets
        )
    )

    assert errors == []
    used = list(TicketDiscountCode.objects.values_list("code__code", flat=True))
    assert len(used) == len(tickets) == len(set(used))


def test_agents_and_the_funnel_drawing_from_one_pool_never_share_a_code(channels, owned_agent):
    """The pool is the funnel's and the helpdesk's: a mail being sent and an agent inserting
    the macro at the same moment still get different codes."""
    pool = PoolFactory()
    discount_codes_add(pool=pool, codes=[f"S{i:03d}" for i in range(30)])
    tickets = owned_tickets(channels, 6, "s")
    mailed: list[str] = []

    def mail():
        with transaction.atomic():
            mailed.append(discount_code_claim(pool_id=pool.pk)[1])

    errors = run_together(
        *(
            lambda t=ticket: discount_code_reserve(pool=pool, ticket=t, user=owned_agent)
            for ticket in tickets
        ),
        *([mail] * 6),
    )

    assert errors == []
    given = list(TicketDiscountCode.objects.values_list("code__code", flat=True)) + mailed
    assert len(given) == 12 == len(set(given))
    assert DiscountCode.objects.filter(pool=pool, assigned_at__isnull=False).count() == 12
    assert pool.available == 18
