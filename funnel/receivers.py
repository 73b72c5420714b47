"""Reactions to what the apps below announce. Thin: map the payload, call a service.

Withdrawals and suppressions are handled synchronously (the signals are sent on commit), so a
withdrawal has cancelled every pending delivery before the next tick can claim one.
"""

from customers.models import ChannelIdentity, ConsentRecord
from customers.selectors import marketable_identities

from . import klaviyo, services
from .tasks import enrol_after_consent, enrol_after_registration


def on_consent_changed(sender, *, customer_id, purpose, action, record_id, **kwargs):
    if purpose != ConsentRecord.Purpose.MARKETING_EMAIL:
        return
    if action == ConsentRecord.Action.CONFIRMED:
        enrol_after_consent.enqueue(customer_id)
        for identity in marketable_identities().filter(customer_id=customer_id):
            klaviyo.klaviyo_queue_subscribe(identity_id=identity.pk, consent_record_id=record_id)
            for registration_id in identity.customer.registrations.values_list("pk", flat=True):
                klaviyo.klaviyo_queue_event(registration_id=registration_id)
    elif action in (ConsentRecord.Action.WITHDRAWN, ConsentRecord.Action.ERASED):
        services.enrolments_end_for_withdrawal(customer_id=customer_id)
        emails = ChannelIdentity.objects.filter(customer_id=customer_id, owned=True).exclude(
            email=""
        )
        for email in set(emails.values_list("email", flat=True)):
            klaviyo.klaviyo_queue_unsubscribe(email=email)


def on_suppression_added(sender, *, address_hash, reason, suppression_id, **kwargs):
    services.enrolments_end_for_suppression(address_hash=address_hash)
    emails = ChannelIdentity.objects.filter(address_hash=address_hash).exclude(email="")
    for email in set(emails.values_list("email", flat=True)):
        klaviyo.klaviyo_queue_unsubscribe(email=email)


def on_customer_erased(sender, *, customer_id, addresses=(), **kwargs):
    services.customer_funnel_erase(customer_id=customer_id)
    for email in addresses:
        klaviyo.klaviyo_queue_deletion(email=email)


def on_registration_created(sender, *, registration_id, **kwargs):
    enrol_after_registration.enqueue(registration_id)
    from registration.models import Registration

    customer_id = (
        Registration.objects.filter(pk=registration_id)
        .values_list("customer_id", flat=True)
        .first()
    )
    if customer_id and marketable_identities().filter(customer_id=customer_id).exists():
        klaviyo.klaviyo_queue_event(registration_id=registration_id)


def on_order_recorded(sender, *, order_id, **kwargs):
    services.order_attribute(order_id=order_id)


def on_tracking(sender, *, event, esp_name, **kwargs):
    services.tracking_event_record(provider=esp_name, event=event)


def on_customer_data_requested(sender, *, customer_id, **kwargs):
    from .selectors import customer_mail_history

    return customer_mail_history(customer_id=customer_id)
