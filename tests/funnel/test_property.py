"""Property: over random customers and consent histories, no Amazon-only, unconfirmed,
withdrawn or suppressed contact ever reaches the ESP or Klaviyo (invariant 3), and everyone
who may be mailed is mailed exactly once (invariant 5).

The expectation is computed from the generated story itself, not by asking the selector."""

import itertools
import time
from email.utils import parseaddr

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from customers.models import ConsentRecord, Suppression, address_hash
from customers.services import ConsentError, suppression_add
from funnel import klaviyo, outbox
from funnel.models import Delivery, KlaviyoSync

from ..customers.factories import AmazonIdentityFactory, CustomerFactory, IdentityFactory, consent
from .conftest import make_sequence

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

counter = itertools.count()

person = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["amazon_only", "site", "site_and_amazon"]),
        "ops": st.lists(
            st.sampled_from(["opt_in", "opt_in", "grant", "confirm", "withdraw", "forge"]),
            max_size=4,
        ),
        "suppressed_before": st.sampled_from([False, False, False, True]),
        "after_enrolment": st.sampled_from([None, "withdraw", "suppress", "admin_suppress"]),
    }
)


def play(story) -> tuple[str, bool, bool]:
    """Create one person and act out their story. Returns (address, ever_marketable,
    marketable_at_send) as the rules say, independent of the code under test."""
    n = next(counter)
    customer = CustomerFactory(email=f"p{n}@example.net")
    amazon = site = None
    if story["kind"] != "site":
        amazon = AmazonIdentityFactory(customer=customer)
    if story["kind"] != "amazon_only":
        site = IdentityFactory(customer=customer)
    identity = site or amazon
    if story["suppressed_before"]:
        suppression_add(email=customer.email, reason=Suppression.Reason.BOUNCE)
    confirmed = ever = False
    ops = [o for op in story["ops"] for o in (["grant", "confirm"] if op == "opt_in" else [op])]
    for op in ops:
        if op == "forge":
            # A row written past the service (a bad import) claims the Amazon identity opted in.
            if amazon is not None:
                ConsentRecord.objects.create(
                    customer=customer,
                    identity=amazon,
                    purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
                    action=ConsentRecord.Action.CONFIRMED,
                    text="forged",
                    source=ConsentRecord.Source.IMPORT,
                )
                confirmed = False  # the latest decisive row is now for the Amazon identity
            continue
        action = {
            "grant": ConsentRecord.Action.GRANTED,
            "confirm": ConsentRecord.Action.CONFIRMED,
            "withdraw": ConsentRecord.Action.WITHDRAWN,
        }[op]
        try:
            consent(identity, action)
        except ConsentError:
            continue
        if op == "confirm":
            confirmed = True
            ever = ever or (site is not None and not story["suppressed_before"])
        elif op == "withdraw":
            confirmed = False
    at_send = site is not None and confirmed and not story["suppressed_before"]
    if story["after_enrolment"] == "withdraw" and site is not None:
        consent(site, ConsentRecord.Action.WITHDRAWN)
        at_send = False
    elif story["after_enrolment"] == "suppress":
        suppression_add(email=customer.email, reason=Suppression.Reason.COMPLAINT)
        at_send = False
    elif story["after_enrolment"] == "admin_suppress":
        # As the admin's "add suppression" form does: no signal, so no receiver helps; only
        # the re-checks right before the ESP and Klaviyo calls stand in the way.
        Suppression.objects.get_or_create(
            address_hash=address_hash(customer.email),
            lifted_at=None,
            defaults={"email": customer.email, "reason": Suppression.Reason.MANUAL},
        )
        at_send = False
    return customer.email, ever, at_send


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=st.lists(person, min_size=1, max_size=5))
# Consent given, withdrawn and given again: mailed once, by the resumed enrolment.
@example(
    people=[
        {
            "kind": "site",
            "ops": ["opt_in", "withdraw", "opt_in"],
            "suppressed_before": False,
            "after_enrolment": None,
        }
    ]
)
def test_only_marketable_contacts_ever_reach_the_esp_or_klaviyo(
    people, fake_esp, fake_klaviyo, immediate_tasks, brand
):
    if not hasattr(test_only_marketable_contacts_ever_reach_the_esp_or_klaviyo, "sequence"):
        test_only_marketable_contacts_ever_reach_the_esp_or_klaviyo.sequence = make_sequence(
            brand, steps=1
        )
    # Klaviyo is down while the stories play (500s, retried later by the sync outbox), so
    # what finally leaves is decided by the re-check at flush time.
    fake_klaviyo.fail_status, fake_klaviyo.fail_until = 500, time.monotonic() + 3600
    stories = [play(story) for story in people]
    fake_klaviyo.fail_until = 0
    Delivery.objects.filter(status=Delivery.Status.SCHEDULED).update(due_at=timezone.now())
    outbox.deliveries_dispatch()
    KlaviyoSync.objects.filter(status=KlaviyoSync.Status.PENDING).update(due_at=timezone.now())
    klaviyo.klaviyo_flush()

    ours = {address for address, _ever, _now in stories}
    mailed = [parseaddr(to)[1] for to in fake_esp.recipients()]
    mailed = [address for address in mailed if address in ours]
    expected = sorted(address for address, _ever, now in stories if now)
    assert sorted(mailed) == expected  # nobody else, and each of them exactly once

    still = {address for address, _ever, now in stories if now}
    sent_to_klaviyo = set(fake_klaviyo.emails_in("bulk-create", ok_only=True)) & ours
    subscribed = set(fake_klaviyo.emails_in("subscription-bulk-create", ok_only=True)) & ours
    unsubscribed = set(fake_klaviyo.emails_in("subscription-bulk-delete", ok_only=True)) & ours
    assert sent_to_klaviyo <= still  # subscriptions and events: marketable contacts only
    assert subscribed == still
    assert unsubscribed == set()  # nobody Klaviyo never knew is sent to it
