"""Reactions to what the apps below announce. Thin: map the payload, call one service.

Withdrawals and suppressions are handled synchronously (the signals are sent on commit), so a
withdrawal has cancelled every pending delivery before the next tick can claim one.
"""

from anymail.signals import tracking
from django.dispatch import receiver

from customers.models import ConsentRecord, Customer, Order, Suppression
from customers.signals import (
    consent_changed,
    customer_erased,
    order_cancelled,
    order_recorded,
    suppression_added,
)
from registration.models import Registration
from registration.signals import customer_data_requested, registration_created

from . import orders, selectors, services


@receiver(consent_changed, sender=ConsentRecord, dispatch_uid="funnel.consent_changed")
def on_consent_changed(sender, *, customer_id, purpose, action, record_id, **kwargs):
    services.consent_change_apply(
        customer_id=customer_id, purpose=purpose, action=action, record_id=record_id
    )


@receiver(suppression_added, sender=Suppression, dispatch_uid="funnel.suppression_added")
def on_suppression_added(sender, *, address_hash, **kwargs):
    services.suppression_apply(address_hash=address_hash)


@receiver(customer_erased, sender=Customer, dispatch_uid="funnel.customer_erased")
def on_customer_erased(sender, *, customer_id, addresses=(), **kwargs):
    services.customer_funnel_erase(customer_id=customer_id, addresses=list(addresses))


@receiver(registration_created, sender=Registration, dispatch_uid="funnel.registration_created")
def on_registration_created(sender, *, registration_id, **kwargs):
    services.registration_funnel_enter(registration_id=registration_id)


@receiver(order_recorded, sender=Order, dispatch_uid="funnel.order_recorded")
def on_order_recorded(sender, *, order_id, **kwargs):
    orders.order_attribute(order_id=order_id)


@receiver(order_cancelled, sender=Order, dispatch_uid="funnel.order_cancelled")
def on_order_cancelled(sender, *, order_id, **kwargs):
    orders.order_cancellation_apply(order_id=order_id)


@receiver(tracking, dispatch_uid="funnel.tracking")
def on_tracking(sender, *, event, esp_name, **kwargs):
    services.tracking_event_record(provider=esp_name, event=event)


@receiver(customer_data_requested, sender=Customer, dispatch_uid="funnel.customer_data_requested")
def on_customer_data_requested(sender, *, customer_id, **kwargs):
    return selectors.customer_mail_history(customer_id=customer_id)
