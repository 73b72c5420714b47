"""Who enters a sequence: only through the ownership selector for commercial mail; the
registering owned address for care mail; entry filters; drafts never enrol anyone."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from customers.models import ConsentRecord, Suppression
from funnel.models import Enrolment, MailType, Sequence
from funnel.services import (
    enrolments_end,
    enrolments_end_for_withdrawal,
    enrolments_start_for_consent,
    enrolments_start_for_expiring_warranties,
    enrolments_start_for_registration,
)

from ..customers.factories import AmazonIdentityFactory, IdentityFactory, consent
from .conftest import make_sequence, marketable, register

pytestmark = pytest.mark.django_db


def enrolled(sequence=None):
    rows = Enrolment.objects.all()
    if sequence is not None:
        rows = rows.filter(sequence=sequence)
    return set(rows.values_list("identity__email", flat=True))


def test_only_marketable_identities_are_enrolled_after_consent(brand):
    make_sequence(brand)
    yes = marketable("yes@example.org")
    pending = IdentityFactory(customer__email="pending@example.org")
    consent(pending, ConsentRecord.Action.GRANTED)
    withdrawn = marketable("withdrawn@example.org")
    consent(withdrawn, ConsentRecord.Action.WITHDRAWN)
    suppressed = marketable("suppressed@example.org")
    Suppression.objects.create(email=suppressed.email, reason=Suppression.Reason.BOUNCE)
    amazon = AmazonIdentityFactory()
    for identity in (yes, pending, withdrawn, suppressed, amazon):
        enrolments_start_for_consent(customer_id=identity.customer_id)
    assert enrolled() == {"yes@example.org"}


def test_a_customer_with_amazon_and_site_identities_is_enrolled_only_through_the_site(brand):
    make_sequence(brand)
    site = marketable("both@example.org")
    AmazonIdentityFactory(customer=site.customer)
    enrolments_start_for_consent(customer_id=site.customer_id)
    assert list(Enrolment.objects.values_list("identity__channel", flat=True)) == ["site"]


def test_drafts_enrol_nobody(brand):
    make_sequence(brand, publish=False)
    identity = marketable()
    enrolments_start_for_consent(customer_id=identity.customer_id)
    assert not Enrolment.objects.exists()


def test_product_language_and_channel_filters(brand, product):
    from catalog.models import Product

    other = Product.objects.create(brand=brand, name="Stove", slug="stove")
    headlamp_only = make_sequence(brand, name="Headlamp")
    headlamp_only.products.set([product])
    headlamp_only.save()
    german_own_store = make_sequence(
        brand, name="German own store", locales=["de"], purchase_channels=["own_store"]
    )
    a = marketable("a@example.org", locale="de")
    register(a, product, locale="de", purchase_channel="own_store")
    b = marketable("b@example.org", locale="en")
    register(b, other, locale="en", purchase_channel="own_store")
    c = marketable("c@example.org", locale="de")
    register(c, other, locale="de", purchase_channel="amazon")
    for identity in (a, b, c):
        enrolments_start_for_consent(customer_id=identity.customer_id)
    assert enrolled(headlamp_only) == {"a@example.org"}
    assert enrolled(german_own_store) == {"a@example.org"}


def test_care_mail_after_registration_needs_no_marketing_consent_but_an_owned_reachable_address(
    brand, product
):
    care = make_sequence(
        brand,
        name="Care",
        trigger=Sequence.Trigger.REGISTRATION_CREATED,
        mail_type=MailType.TRANSACTIONAL,
    )
    commercial = make_sequence(brand, name="Upsell", trigger=Sequence.Trigger.REGISTRATION_CREATED)
    no_consent = IdentityFactory(customer__email="plain@example.org")
    bounced = IdentityFactory(customer__email="bounced@example.org")
    Suppression.objects.create(email=bounced.email, reason=Suppression.Reason.BOUNCE)
    opted_in = marketable("opted@example.org")
    for identity in (no_consent, bounced, opted_in):
        enrolments_start_for_registration(registration_id=register(identity, product).pk)
    assert enrolled(care) == {"plain@example.org", "opted@example.org"}
    assert enrolled(commercial) == {"opted@example.org"}


def test_care_mail_respects_a_withdrawal_when_the_sequence_says_so(brand, product):
    care = make_sequence(
        brand,
        trigger=Sequence.Trigger.REGISTRATION_CREATED,
        mail_type=MailType.TRANSACTIONAL,
        exit_on_withdrawal=True,
    )
    identity = marketable()
    consent(identity, ConsentRecord.Action.WITHDRAWN)
    enrolments_start_for_registration(registration_id=register(identity, product).pk)
    assert enrolled(care) == set()


def test_each_registration_starts_its_own_care_enrolment_once(brand, product):
    make_sequence(
        brand, trigger=Sequence.Trigger.REGISTRATION_CREATED, mail_type=MailType.TRANSACTIONAL
    )
    identity = IdentityFactory()
    first, second = register(identity, product), register(identity, product)
    for registration in (first, second, first):
        enrolments_start_for_registration(registration_id=registration.pk)
    assert Enrolment.objects.count() == 2


def test_warranty_expiry_enrols_registrations_inside_the_lead_time_once(brand, product):
    expiring = make_sequence(
        brand,
        trigger=Sequence.Trigger.WARRANTY_EXPIRING,
        mail_type=MailType.TRANSACTIONAL,
        warranty_days_before=30,
    )
    today = timezone.localdate()
    soon = register(IdentityFactory(), product, warranty_ends_on=today + timedelta(days=20))
    register(IdentityFactory(), product, warranty_ends_on=today + timedelta(days=90))
    register(IdentityFactory(), product, warranty_ends_on=today - timedelta(days=1))
    assert enrolments_start_for_expiring_warranties() == 1
    assert enrolments_start_for_expiring_warranties() == 0
    assert Enrolment.objects.get(sequence=expiring).registration == soon


def test_a_consent_sequence_must_be_commercial(brand):
    from django.core.exceptions import ValidationError

    sequence = Sequence(
        name="x",
        brand=brand,
        trigger=Sequence.Trigger.CONSENT_CONFIRMED,
        mail_type=MailType.TRANSACTIONAL,
    )
    with pytest.raises(ValidationError):
        sequence.clean()


def test_the_data_download_includes_the_persons_mail_history(brand):
    from registration.selectors import customer_data_export

    identity = marketable()
    sequence = make_sequence(brand, steps=1)
    enrolments_start_for_consent(customer_id=identity.customer_id)
    data = customer_data_export(customer=identity.customer)
    assert data["email_sequences"][0]["sequence"] == sequence.name
    assert data["emails"][0]["status"] == "scheduled"


def test_ending_enrolments_records_who_ended_them_and_when(brand):
    sequence = make_sequence(brand)
    identity = marketable()
    enrolments_start_for_consent(customer_id=identity.customer_id)
    marketer = User.objects.create_user("marketer", password="a-long-password-123")
    before = timezone.now()
    ended = enrolments_end(
        enrolments=Enrolment.objects.filter(sequence=sequence),
        actor=marketer,
        reason=Enrolment.ExitReason.NOT_MARKETABLE,
        cancel_reason="ended by hand",
    )
    assert ended == 1
    enrolment = Enrolment.objects.get()
    assert enrolment.ended_by == marketer
    assert before <= enrolment.ended_at <= timezone.now()


def test_enrolments_ended_by_the_system_record_no_person_and_say_why(brand):
    make_sequence(brand)
    identity = marketable()
    enrolments_start_for_consent(customer_id=identity.customer_id)
    enrolments_end_for_withdrawal(customer_id=identity.customer_id)
    enrolment = Enrolment.objects.get()
    assert (enrolment.ended_by, enrolment.exit_reason) == (None, Enrolment.ExitReason.WITHDREW)
    assert enrolment.ended_at is not None


def test_consent_given_again_after_a_withdrawal_resumes_the_sequence_without_repeating_a_step(
    brand,
):
    sequence = make_sequence(brand, steps=2)
    identity = marketable("again@example.org")
    (enrolment,) = enrolments_start_for_consent(customer_id=identity.customer_id)
    first = enrolment.deliveries.get()
    first.status = first.Status.SENT
    first.save(update_fields=["status"])
    second = enrolment.deliveries.create(
        step=sequence.steps.order_by("sort_order")[1],
        customer=identity.customer,
        identity=identity,
        mail_type=sequence.mail_type,
        due_at=timezone.now() + timedelta(days=3),
    )
    consent(identity, ConsentRecord.Action.WITHDRAWN)
    enrolments_end_for_withdrawal(customer_id=identity.customer_id)
    second.refresh_from_db()
    assert second.status == second.Status.CANCELLED

    consent(identity, ConsentRecord.Action.GRANTED)
    consent(identity, ConsentRecord.Action.CONFIRMED)
    assert enrolments_start_for_consent(customer_id=identity.customer_id) == [enrolment]

    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.exit_reason, enrolment.ended_at) == ("active", "", None)
    statuses = dict(enrolment.deliveries.values_list("pk", "status"))
    assert statuses == {first.pk: "sent", second.pk: "scheduled"}


def test_an_enrolment_ended_for_another_reason_is_not_resumed_by_consent(brand):
    make_sequence(brand)
    identity = marketable("bought@example.org")
    (enrolment,) = enrolments_start_for_consent(customer_id=identity.customer_id)
    enrolments_end(
        enrolments=Enrolment.objects.filter(pk=enrolment.pk),
        actor=None,
        reason=Enrolment.ExitReason.PURCHASED,
        cancel_reason="bought in the own store",
    )
    assert enrolments_start_for_consent(customer_id=identity.customer_id) == []
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.EXITED
