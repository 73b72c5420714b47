"""The customers app listening to its own announcements: consent and suppressions reach the
own store (``customers/shopify_consent.py``). Thin: map the payload, call one service. The
signals are sent on commit, so a rolled-back change tells the store nothing."""

from django.dispatch import receiver

from .models import ConsentRecord, Suppression
from .shopify_consent import shopify_consent_push_enqueue, shopify_consent_push_for_address
from .signals import consent_changed, suppression_added


@receiver(consent_changed, sender=ConsentRecord, dispatch_uid="customers.shopify_consent")
def on_consent_changed(sender, *, customer_id, purpose, **kwargs):
    if purpose == ConsentRecord.Purpose.MARKETING_EMAIL:
        shopify_consent_push_enqueue(customer_ids=[customer_id])


@receiver(suppression_added, sender=Suppression, dispatch_uid="customers.shopify_suppression")
def on_suppression_added(sender, *, address_hash, **kwargs):
    shopify_consent_push_for_address(address_hash=address_hash)
