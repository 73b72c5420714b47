"""What this app does when something happens elsewhere: erasure anonymises registrations, the
scan buffer is written after each response, and edits to codes and pages reach the in-process
scan cache at once."""

from django.core.signals import request_finished
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from catalog.models import SKU, Product
from customers.models import Customer
from customers.signals import customer_erased, store_data_requested

from . import scans, services
from .models import Registration, ShortCode


@receiver(request_finished, dispatch_uid="registration.flush_scans")
def flush_scans_when_due(sender, **kwargs):
    """The response has been sent, nobody waits for this
    (``docs/decisions/0002-scan-buffering.md``)."""
    scans.flush_if_due()


@receiver(customer_erased, sender=Customer, dispatch_uid="registration.customer_erased")
def on_customer_erased(sender, customer_id, **kwargs):
    services.registrations_anonymise(customer_id=customer_id)


@receiver(store_data_requested, sender=Customer, dispatch_uid="registration.store_data_requested")
def on_store_data_requested(sender, customer_id, **kwargs):
    services.data_link_send_for_store_request(customer_id=customer_id)


@receiver(post_save, sender=ShortCode, dispatch_uid="registration.forget_code")
def forget_code(sender, instance, **kwargs):
    if instance.serial:
        scans.forget()  # a unit code is also cached under its Digital Link (GTIN and serial)
    else:
        scans.forget(instance.code)


@receiver(post_save, sender=SKU, dispatch_uid="registration.forget_gtins")
@receiver(post_save, sender=Product, dispatch_uid="registration.forget_recalls")
def forget_digital_links(sender, **kwargs):
    """A GTIN or a recall notice changed: Digital Links read them from the scan cache."""
    scans.forget()


@receiver(post_save, sender=Registration, dispatch_uid="registration.forget_registered_units")
def forget_registered_units(sender, instance, created, **kwargs):
    """A unit registered: its codes now lead to the owner's page (``resolver``). Registrations
    are rare beside scans, so this process forgets every code; other processes see the change
    within ``SCAN_CACHE_SECONDS``."""
    if created and instance.serial:
        scans.forget()


@receiver(
    [page_published, page_unpublished, post_page_move], dispatch_uid="registration.forget_pages"
)
def forget_pages(sender, **kwargs):
    scans.forget_pages()
