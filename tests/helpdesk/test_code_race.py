"""Each discount code goes out once, even when two agents insert the macro at the same time."""

import threading

import pytest
from django.db import connection

from funnel.services import discount_codes_add
from helpdesk import services
from helpdesk.models import TicketDiscountCode

from .factories import OwnedTicketFactory, PoolFactory


@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_never_share_a_code(channels, owned_agent, on_postgres):
    if not on_postgres:
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL's concurrency")
    pool = PoolFactory()
    discount_codes_add(pool=pool, codes=[f"C{i:03d}" for i in range(30)])
    tickets = [
        OwnedTicketFactory(channel=channels["shopify"], identity__customer__email=f"r{i}@x.org")
        for i in range(12)
    ]
    barrier = threading.Barrier(len(tickets))
    errors = []

    def reserve(ticket):
        try:
            barrier.wait()
            services.discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
        except Exception as error:  # collected and reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=reserve, args=(t,)) for t in tickets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    used = list(TicketDiscountCode.objects.values_list("code__code", flat=True))
    assert len(used) == len(tickets) == len(set(used))


@pytest.mark.django_db(transaction=True)
def test_agents_and_the_funnel_drawing_from_one_pool_never_share_a_code(
    channels, owned_agent, on_postgres
):
    """The pool is the funnel's and the helpdesk's: a mail being sent and an agent inserting
    the macro at the same moment still get different codes."""
    if not on_postgres:
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL's concurrency")
    from django.db import transaction

    from funnel.models import DiscountCode
    from funnel.services import discount_code_claim

    pool = PoolFactory()
    discount_codes_add(pool=pool, codes=[f"S{i:03d}" for i in range(30)])
    tickets = [
        OwnedTicketFactory(channel=channels["shopify"], identity__customer__email=f"s{i}@x.org")
        for i in range(6)
    ]
    barrier = threading.Barrier(12)
    errors, funnel_codes = [], []

    def agent(ticket):
        try:
            barrier.wait()
            services.discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
        except Exception as error:  # collected and reported below
            errors.append(error)
        finally:
            connection.close()

    def mail():
        try:
            barrier.wait()
            with transaction.atomic():
                funnel_codes.append(discount_code_claim(pool_id=pool.pk)[1])
        except Exception as error:  # collected and reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=agent, args=(t,)) for t in tickets]
    threads += [threading.Thread(target=mail) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    agents = list(TicketDiscountCode.objects.values_list("code__code", flat=True))
    given = agents + funnel_codes
    assert len(given) == 12 == len(set(given))
    assert DiscountCode.objects.filter(pool=pool, assigned_at__isnull=False).count() == 12
    assert pool.available == 18
