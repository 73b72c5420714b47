"""Invariant 3: one selector says who may be marketed to: owned identity + latest decisive
consent confirmed for that identity + not withdrawn + not suppressed + not erased."""

import contextlib

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import FieldError
from django.db import IntegrityError, transaction
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from customers.models import Channel, ChannelIdentity, ConsentRecord, Customer, Suppression
from customers.selectors import (
    customer_consent_state,
    identity_is_marketable,
    marketable_identities,
)
from customers.services import (
    customer_erase,
    customer_get_or_create,
    identity_attach,
    suppression_add,
    suppression_lift,
)

from .factories import AmazonIdentityFactory, CustomerFactory, IdentityFactory, confirmed, consent

pytestmark = pytest.mark.django_db


def marketable_ids():
    return set(marketable_identities().values_list("id", flat=True))


def test_a_confirmed_owned_identity_is_marketable():
    identity = IdentityFactory()
    confirmed(identity)
    assert marketable_ids() == {identity.pk}
    assert identity_is_marketable(identity_id=identity.pk)


def test_a_grant_without_confirmation_is_not_marketable():
    identity = IdentityFactory()
    consent(identity, ConsentRecord.Action.GRANTED)
    assert marketable_ids() == set()
    assert customer_consent_state(
        customer=identity.customer, purpose=ConsentRecord.Purpose.MARKETING_EMAIL
    ) == ("granted")


def test_an_amazon_only_customer_is_never_returned():
    amazon = AmazonIdentityFactory()
    # Even a ledger row written past the service (a bug, an import) does not make it marketable.
    ConsentRecord.objects.create(
        customer=amazon.customer,
        identity=amazon,
        purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
        action=ConsentRecord.Action.CONFIRMED,
        text="x",
        source=ConsentRecord.Source.IMPORT,
    )
    assert not amazon.owned
    assert marketable_ids() == set()


def test_amazon_and_site_customer_is_returned_only_through_the_site_identity():
    site = IdentityFactory()
    amazon = AmazonIdentityFactory(customer=site.customer)
    confirmed(site)
    assert marketable_ids() == {site.pk}
    assert not identity_is_marketable(identity_id=amazon.pk)


def test_a_withdrawal_after_confirmation_wins():
    identity = IdentityFactory()
    confirmed(identity)
    consent(identity, ConsentRecord.Action.WITHDRAWN)
    assert marketable_ids() == set()


def test_a_new_grant_does_not_undo_a_withdrawal_until_it_is_confirmed():
    identity = IdentityFactory()
    confirmed(identity)
    consent(identity, ConsentRecord.Action.WITHDRAWN)
    consent(identity, ConsentRecord.Action.GRANTED)
    assert marketable_ids() == set()
    consent(identity, ConsentRecord.Action.CONFIRMED)
    assert marketable_ids() == {identity.pk}


def test_a_repeated_grant_keeps_an_existing_confirmation():
    identity = IdentityFactory()
    confirmed(identity)
    consent(identity, ConsentRecord.Action.GRANTED)  # registered a second product, ticked again
    assert marketable_ids() == {identity.pk}
    assert customer_consent_state(
        customer=identity.customer, purpose=ConsentRecord.Purpose.MARKETING_EMAIL
    ) == ("confirmed")


def test_a_suppression_wins_and_lifting_it_restores():
    identity = IdentityFactory()
    confirmed(identity)
    suppression, created = suppression_add(
        email=identity.email.upper(), reason=Suppression.Reason.BOUNCE
    )
    assert created
    assert marketable_ids() == set()
    assert suppression_add(email=identity.email, reason="complaint") == (suppression, False)
    suppression_lift(suppression=suppression, actor=None, reason="bounce was temporary")
    assert marketable_ids() == {identity.pk}


def test_safety_notices_never_feed_marketing():
    identity = IdentityFactory()
    consent(identity, ConsentRecord.Action.GRANTED, purpose=ConsentRecord.Purpose.SAFETY_NOTICES)
    consent(identity, ConsentRecord.Action.CONFIRMED, purpose=ConsentRecord.Purpose.SAFETY_NOTICES)
    assert marketable_ids() == set()
    assert marketable_identities(purpose=ConsentRecord.Purpose.SAFETY_NOTICES).count() == 1


def test_an_erased_customer_is_never_returned():
    identity = IdentityFactory()
    confirmed(identity)
    customer_erase(customer=identity.customer, actor="dpo")
    assert marketable_ids() == set()


def test_owned_is_derived_from_the_channel_by_the_database():
    site = IdentityFactory()
    amazon = AmazonIdentityFactory()
    site.refresh_from_db()
    amazon.refresh_from_db()
    assert site.owned is True and amazon.owned is False
    # Nothing a caller writes changes it: the column is computed by the database.
    with contextlib.suppress(ValueError, FieldError):
        ChannelIdentity.objects.filter(pk=amazon.pk).update(owned=True)
    amazon.owned = True
    amazon.save()
    amazon.refresh_from_db()
    assert amazon.owned is False


def test_a_relay_address_cannot_be_stored_as_an_owned_identity():
    customer = CustomerFactory()
    relay = "abc123@marketplace.amazon.co.uk"
    with pytest.raises(IntegrityError), transaction.atomic():
        ChannelIdentity.objects.create(
            customer=customer, channel=Channel.SITE, external_id=relay, email=relay, source="import"
        )
    # The service turns it into what it is: an Amazon identity.
    identity = identity_attach(
        customer=customer, channel=Channel.EMAIL, external_id=relay, email=relay, source="import"
    )
    assert identity.channel == Channel.AMAZON
    with pytest.raises(ValueError):
        customer_get_or_create(email=relay)


def test_customers_are_matched_by_email_case_insensitively():
    first, created = customer_get_or_create(email="Anna.Becker@Example.DE", first_name="Anna")
    again, created_again = customer_get_or_create(email="anna.becker@example.de", last_name="B")
    assert created and not created_again
    assert first.pk == again.pk
    again.refresh_from_db()
    assert (again.first_name, again.last_name) == ("Anna", "B")
    assert Customer.objects.count() == 1


ACTIONS = st.sampled_from(["granted", "confirmed", "withdrawn", "suppress", "lift"])


class TestSelectorAgreesWithTheRules(TestCase):
    """Random histories: the selector returns an identity exactly when the rules say so."""

    @settings(max_examples=60, deadline=None)
    @given(
        steps=st.lists(ACTIONS, max_size=8),
        channel=st.sampled_from([Channel.SITE, Channel.AMAZON, Channel.SHOPIFY]),
    )
    def test_random_histories(self, steps, channel):
        from customers.services import ConsentError

        if channel == Channel.AMAZON:
            identity = AmazonIdentityFactory()
        else:
            identity = IdentityFactory(channel=channel)
        state, suppressed = None, False
        for step in steps:
            if step == "suppress":
                suppression_add(email=identity.email, reason="manual")
                suppressed = True
            elif step == "lift":
                for s in Suppression.objects.active():
                    suppression_lift(suppression=s, actor=None, reason="lifted in the test")
                suppressed = False
            else:
                try:
                    consent(identity, step)
                except ConsentError:
                    continue
                if step == "granted" and state == "confirmed":
                    continue
                state = {"granted": "pending", "confirmed": "confirmed", "withdrawn": "withdrawn"}[
                    step
                ]
        expected = channel != Channel.AMAZON and state == "confirmed" and not suppressed
        assert identity_is_marketable(identity_id=identity.pk) is expected


def test_lifting_a_suppression_records_who_lifted_it_and_when():
    agent = User.objects.create_user("agent", password="a-long-password-123")
    suppression, _created = suppression_add(
        email="lift@example.org", reason=Suppression.Reason.MANUAL
    )
    before = timezone.now()
    suppression_lift(suppression=suppression, actor=agent)
    suppression.refresh_from_db()
    assert suppression.lifted_by == agent
    assert before <= suppression.lifted_at <= timezone.now()


def test_a_suppression_lifted_by_the_system_says_why():
    suppression, _created = suppression_add(
        email="lift@example.org", reason=Suppression.Reason.BOUNCE
    )
    with pytest.raises(ValueError):
        suppression_lift(suppression=suppression, actor=None)
    suppression_lift(suppression=suppression, actor=None, reason="the bounce was temporary")
    suppression.refresh_from_db()
    assert (suppression.lifted_by, suppression.lifted_reason) == (
        None,
        "the bounce was temporary",
    )
    assert suppression.lifted_at is not None
