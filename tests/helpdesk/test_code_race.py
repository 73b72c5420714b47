"""Each discount code goes out once, even when two agents insert the macro at the same time."""

import threading

import pytest
from django.db import connection

from helpdesk import services
from helpdesk.models import DiscountCode

from .factories import OwnedTicketFactory, PoolFactory


@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_never_share_a_code(channels, owned_agent, on_postgres):
    if not on_postgres:
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL's concurrency")
    pool = PoolFactory()
    services.discount_codes_import(pool=pool, codes=[f"C{i:03d}" for i in range(30)])
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
    used = list(DiscountCode.objects.filter(ticket__isnull=False).values_list("code", flat=True))
    assert len(used) == len(tickets) == len(set(used))
