"""What this app does when something happens elsewhere: erasure anonymises registrations, and
edits to codes and pages reach the in-process scan cache at once."""

from django.db.models.signals import post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from customers.signals import customer_erased


def _on_customer_erased(sender, customer_id, **kwargs):
    from .services import registrations_anonymise

    registrations_anonymise(customer_id=customer_id)


def _forget_code(sender, instance, **kwargs):
    from . import scans

    scans.forget(instance.code)


def _forget_pages(sender, **kwargs):
    from . import scans

    scans.forget_pages()


def connect() -> None:
    from .models import ShortCode

    customer_erased.connect(_on_customer_erased, dispatch_uid="registration.erase")
    post_save.connect(_forget_code, sender=ShortCode, dispatch_uid="registration.code_saved")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_forget_pages, dispatch_uid=f"registration.pages.{id(signal)}")
