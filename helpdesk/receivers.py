"""Signals from anymail and the apps below, mapped onto helpdesk services."""

from anymail.signals import inbound
from django.dispatch import receiver

from customers.models import ConsentRecord, Customer
from customers.signals import consent_changed, customer_erased
from registration.models import Registration
from registration.signals import registration_created

from .services.claims import registration_link_tickets
from .services.identity_links import customer_links_review, registration_links_find
from .services.intake import inbound_accept
from .services.privacy import customer_redact


@receiver(inbound, dispatch_uid="helpdesk.inbound_mail")
def on_inbound_mail(sender, event, esp_name, **kwargs):
    """Every authenticated inbound webhook (Postmark, Mailgun, SES, …) lands here: the mail is
    stored or quarantined, once per provider event. Only an unreachable database reaches the
    provider as a 5xx, and it delivers again."""
    inbound_accept(
        message=event.message,
        provider=str(esp_name),
        event_id=str(event.event_id or ""),
    )


@receiver(customer_erased, sender=Customer, dispatch_uid="helpdesk.customer_erased")
def on_customer_erased(sender, customer_id, **kwargs):
    customer_redact(customer_id=customer_id)


@receiver(registration_created, sender=Registration, dispatch_uid="helpdesk.registration_created")
def on_registration_created(sender, registration_id, **kwargs):
    registration_links_find(registration_id=registration_id)
    registration_link_tickets(registration_id=registration_id)


@receiver(consent_changed, sender=ConsentRecord, dispatch_uid="helpdesk.consent_changed")
def on_consent_changed(sender, *, customer_id, action, **kwargs):
    """A confirmed address is part of the evidence that links a relay address to a
    registrant: possible matches are weighed again."""
    if action == ConsentRecord.Action.CONFIRMED:
        customer_links_review(customer_id=customer_id)
