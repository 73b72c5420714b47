"""Writes of the registration app: every one in a transaction, side effects on commit.

Override points: ``warranty_end`` (how a warranty's length is computed) and the mail builders
in ``registration.emails``.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from amazon.models import AmazonOrder
from customers.models import Channel, ChannelIdentity, ConsentRecord, Customer
from customers.selectors import customer_consent_state
from customers.services import (
    ConsentError,
    ConsentEvidence,
    consent_record,
    customer_erase,
    customer_get_or_create,
    identity_attach,
)

from . import codes
from .models import (
    CodeBatch,
    ConsentText,
    Registration,
    Scan,
    ShortCode,
    new_registration_reference,
)
from .signals import registration_created

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from wagtail.models import Page, Revision

    from catalog.models import SKU, Product

logger = logging.getLogger(__name__)

_BULK = 1000


class SerialTakenError(Exception):
    """The serial number was registered by someone else a moment earlier."""


def shortcodes_issue(
    *,
    sku: SKU,
    count: int = 1,
    batch: CodeBatch | None = None,
    insert_revision: Revision | None = None,
    locale: str = "",
    target: str = ShortCode.Target.REGISTER,
    serials: list[str] | None = None,
    variants: list[int] | None = None,
) -> list[ShortCode]:
    """Issue *count* new codes for *sku*.

    With *variants* (one per code) each code records the design variant of an A/B print run it
    is printed with; the database guard keeps it from changing afterwards.

    With *serials* (one per unit, ``len(serials) == count``) each code carries its unit's serial
    and is long enough not to be guessed from its neighbours. Codes are fresh random strings; a
    collision with an existing code is retried, so a code's text is never reused.
    """
    if serials is not None and len(serials) != count:
        raise ValueError("Give one serial per code.")
    if variants is not None and len(variants) != count:
        raise ValueError("Give one variant per code.")
    length = codes.UNIT_CODE_LENGTH if serials is not None else codes.SKU_CODE_LENGTH
    issued: list[ShortCode] = []
    with transaction.atomic():
        for start in range(0, count, _BULK):
            chunk = range(start, min(start + _BULK, count))
            rows = [
                ShortCode(
                    code="",
                    sku=sku,
                    batch=batch,
                    insert_revision=insert_revision,
                    locale=locale,
                    target=target,
                    serial=serials[i] if serials is not None else "",
                    variant=variants[i] if variants is not None else None,
                )
                for i in chunk
            ]
            issued.extend(_insert_unique(rows, length))
    return issued


def _insert_unique(rows: list[ShortCode], length: int) -> list[ShortCode]:
    for _attempt in range(8):
        texts = {codes.generate(length) for _ in rows}
        if len(texts) < len(rows):
            continue
        taken = set(ShortCode.objects.filter(code__in=texts).values_list("code", flat=True))
        if taken:
            continue
        for row, text in zip(rows, list(texts), strict=True):
            row.code = text
        try:
            with transaction.atomic():
                return ShortCode.objects.bulk_create(rows)
        except IntegrityError:
            continue  # a concurrent issue took one of them; draw again
    raise RuntimeError("Could not draw unique short codes; widen the code length.")


def shortcode_retire(
    *,
    code: ShortCode,
    actor: User | None,
    reason: str = "",
    fallback: Page | None = None,
) -> ShortCode:
    """Take a code out of use. It keeps resolving: to *fallback* (a page) when given, else to a
    friendly "no longer in use" page.

    The code records who retired it and when: *actor* is the staff member, or None for the
    system, which then says why in *reason*.
    """
    if actor is None and not reason:
        raise ValueError("A code retired by the system needs a reason.")
    code.retired_at = timezone.now()
    code.retired_to = fallback
    code.retired_by = actor
    code.retired_reason = reason[:200]
    code.save(update_fields=["retired_at", "retired_to", "retired_by", "retired_reason"])
    return code


def add_months(start: date, months: int) -> date:
    """*start* plus *months* calendar months, clamped to the month's last day (31 Jan + 1 month
    is 28/29 Feb). Five lines instead of a date library."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def warranty_start(*, purchase_channel: str, amazon_order_id: str, purchase_date: date) -> date:
    """The first day of the warranty. For an Amazon purchase it is the delivery date of the
    order synced from Amazon when Amazon reported one (the buyer has had the product since
    then, and an FBA parcel can arrive days after the purchase); else, and for every other
    shop, the purchase date the customer typed."""
    if purchase_channel == Registration.PurchaseChannel.AMAZON and amazon_order_id:
        delivered = (
            AmazonOrder.objects.filter(amazon_order_id=amazon_order_id)
            .values_list("delivered_on", flat=True)
            .first()
        )
        if delivered is not None:
            return delivered
    return purchase_date


def warranty_end(*, product: Product, purchase_date: date) -> date:
    """The last day of the warranty: the product's length plus any extra months for
    registering. Override here for per-country statutory minimums."""
    return add_months(purchase_date, product.total_warranty_months)


@dataclass(frozen=True)
class Provenance:
    """Where a registration came from, as the request shows it."""

    short_code: ShortCode | None = None
    page_url: str = ""
    locale: str = ""
    network_address: str = ""

    @property
    def insert_ref(self) -> str:
        code = self.short_code
        if code is None:
            return ""
        parts = []
        if code.insert_revision_id:
            parts.append(f"revision {code.insert_revision_id}")
        if code.batch_id:
            parts.append(f"batch {code.batch_id}")
        return " / ".join(parts)


def _fresh_reference() -> str:
    """A registration reference no registration has (40 bits: a clash is rare, never twice)."""
    while True:
        reference = new_registration_reference()
        if not Registration.objects.filter(reference=reference).exists():
            return reference


def registration_submit(
    *,
    product: Product,
    sku: SKU,
    first_name: str,
    last_name: str,
    email: str,
    purchase_channel: str,
    marketplace: str,
    amazon_order_id: str,
    retailer: str,
    purchase_date: date,
    serial: str,
    country: str,
    marketing_text: ConsentText | None,
    safety_text: ConsentText | None,
    provenance: Provenance,
) -> Registration:
    """Register a product, in one transaction: the customer (matched by e-mail), their ``site``
    identity, the registration with its provenance, and one GRANTED ledger row per consent
    ticked, carrying the exact wording shown. On commit: ``registration_created`` and the
    confirmation mail (with a double opt-in link when consent was given).

    Pass a consent text only when its box was ticked.
    """
    code = provenance.short_code
    starts_on = warranty_start(
        purchase_channel=purchase_channel,
        amazon_order_id=amazon_order_id,
        purchase_date=purchase_date,
    )
    try:
        with transaction.atomic():
            customer, _created = customer_get_or_create(
                email=email,
                first_name=first_name,
                last_name=last_name,
                locale=provenance.locale,
                country=country,
            )
            identity = identity_attach(
                customer=customer,
                channel=Channel.SITE,
                external_id=customer.email,
                email=customer.email,
                source=ChannelIdentity.Source.REGISTRATION,
                source_detail=f"{product.name} ({sku.code})"[:200],
            )
            registration = Registration.objects.create(
                reference=_fresh_reference(),
                customer=customer,
                identity=identity,
                product=product,
                sku=sku,
                short_code=code,
                insert_revision_id=code.insert_revision_id if code else None,
                code_batch_id=code.batch_id if code else None,
                serial=serial,
                purchase_channel=purchase_channel,
                marketplace=marketplace,
                amazon_order_id=amazon_order_id,
                retailer=retailer,
                purchase_date=purchase_date,
                warranty_starts_on=starts_on,
                warranty_ends_on=warranty_end(product=product, purchase_date=starts_on),
                country=country,
                locale=provenance.locale,
            )
            evidence = ConsentEvidence(
                source=ConsentRecord.Source.REGISTRATION_FORM,
                locale=provenance.locale,
                page_url=provenance.page_url,
                short_code=code.code if code else "",
                insert_ref=provenance.insert_ref,
                network_address=provenance.network_address,
            )
            grants = [
                consent_record(
                    customer=customer,
                    identity=identity,
                    purpose=text.purpose,
                    action=ConsentRecord.Action.GRANTED,
                    evidence=evidence,
                    text_version=text.version_label,
                    text=text.text,
                )
                for text in (marketing_text, safety_text)
                if text is not None
            ]
            grant_ids = [g.pk for g in grants]
            registration_id = registration.pk
            transaction.on_commit(
                lambda: registration_created.send(
                    sender=Registration, registration_id=registration_id
                )
            )
            transaction.on_commit(lambda: _enqueue_confirmation(registration_id, grant_ids))
    except IntegrityError as error:
        if serial and Registration.objects.filter(product=product, serial=serial).exists():
            raise SerialTakenError(serial) from error
        raise
    return registration


def _enqueue_confirmation(registration_id: int, grant_ids: list[int]) -> None:
    from .tasks import registration_confirmation_send_task

    registration_confirmation_send_task.enqueue(
        registration_id=registration_id, grant_ids=grant_ids
    )


def registration_confirmation_send(*, registration_id: int, grant_ids: list[int]) -> bool:
    """Send the confirmation mail once: the warranty certificate and, when consent was given, the
    double opt-in link. Returns False when it had been sent already (a repeated task)."""
    from . import emails

    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update()
            .filter(pk=registration_id, confirmation_sent_at__isnull=True, anonymised_at=None)
            .first()
        )
        if registration is None:
            return False
        message = emails.registration_confirmation(registration=registration, grant_ids=grant_ids)
        message.send()
        Registration.objects.filter(pk=registration.pk).update(confirmation_sent_at=timezone.now())
    return True


class ConfirmOutcome:
    CONFIRMED = "confirmed"
    ALREADY = "already"
    NOTHING = "nothing"


def double_opt_in_confirm(
    *, customer_id: int, identity_id: int, grant_ids: tuple[int, ...], network_address: str
) -> str:
    """Confirm the grants a double opt-in link names: one CONFIRMED ledger row per purpose still
    waiting, carrying the wording the customer agreed to. Confirming again changes nothing."""
    customer = Customer.objects.filter(pk=customer_id, erased_at__isnull=True).first()
    identity = ChannelIdentity.objects.filter(pk=identity_id, customer_id=customer_id).first()
    if customer is None or identity is None:
        return ConfirmOutcome.NOTHING
    grants = ConsentRecord.objects.filter(
        pk__in=grant_ids,
        customer=customer,
        identity=identity,
        action=ConsentRecord.Action.GRANTED,
    )
    confirmed_any = already = False
    with transaction.atomic():
        for grant in grants:
            try:
                consent_record(
                    customer=customer,
                    identity=identity,
                    purpose=grant.purpose,
                    action=ConsentRecord.Action.CONFIRMED,
                    evidence=ConsentEvidence(
                        source=ConsentRecord.Source.DOUBLE_OPT_IN,
                        locale=grant.locale,
                        short_code=grant.short_code,
                        insert_ref=grant.insert_ref,
                        network_address=network_address,
                    ),
                    text_version=grant.text_version,
                    text=grant.text,
                )
                confirmed_any = True
            except ConsentError:
                state = customer_consent_state(customer=customer, purpose=grant.purpose)
                already = already or state == ConsentRecord.Action.CONFIRMED
    if confirmed_any:
        return ConfirmOutcome.CONFIRMED
    return ConfirmOutcome.ALREADY if already else ConfirmOutcome.NOTHING


def double_opt_in_resend(*, customer_id: int, identity_id: int, grant_ids: tuple[int, ...]) -> bool:
    """Mail a fresh double opt-in link for grants that are still waiting (the old one expired)."""
    pending = ConsentRecord.objects.filter(
        pk__in=grant_ids,
        customer_id=customer_id,
        identity_id=identity_id,
        action=ConsentRecord.Action.GRANTED,
        erased_at__isnull=True,  # not expired unconfirmed (``consent_grants_expire``)
        customer__erased_at__isnull=True,
    ).values_list("pk", flat=True)
    ids = list(pending)
    if not ids:
        return False
    from .tasks import double_opt_in_send_task

    transaction.on_commit(
        lambda: double_opt_in_send_task.enqueue(
            customer_id=customer_id, identity_id=identity_id, grant_ids=ids
        )
    )
    return True


def double_opt_in_send(*, customer_id: int, identity_id: int, grant_ids: list[int]) -> None:
    from . import emails

    identity = ChannelIdentity.objects.select_related("customer").get(
        pk=identity_id, customer_id=customer_id
    )
    if identity.customer.erased_at or not identity.email:
        return
    emails.double_opt_in(identity=identity, grant_ids=grant_ids).send()


def consent_withdraw_all(*, customer: Customer, network_address: str, locale: str) -> list[str]:
    """Withdraw every consent the customer has given or is about to confirm (the own-data page's
    button). Returns the purposes withdrawn."""
    withdrawn = []
    with transaction.atomic():
        for purpose in ConsentRecord.Purpose.values:
            state = customer_consent_state(customer=customer, purpose=purpose)
            if state not in (ConsentRecord.Action.GRANTED, ConsentRecord.Action.CONFIRMED):
                continue
            consent_record(
                customer=customer,
                identity=None,
                purpose=purpose,
                action=ConsentRecord.Action.WITHDRAWN,
                evidence=ConsentEvidence(
                    source=ConsentRecord.Source.PREFERENCES,
                    locale=locale,
                    network_address=network_address,
                ),
            )
            withdrawn.append(purpose)
    return withdrawn


def customer_erasure_request(*, customer: Customer) -> None:
    """The customer asked for erasure on their own-data page: erase at once (their warranty
    record stays valid, anonymised; see ``registrations_anonymise``)."""
    customer_erase(
        customer=customer, actor="customer (own-data page)", reason="Data subject request"
    )


def registrations_anonymise(*, customer_id: int) -> int:
    """Strip what identifies the person from their registrations and keep what the warranty
    needs: product, serial, purchase and warranty dates, country. Runs inside the erasure's
    transaction (``customers.signals.customer_erased``)."""
    return Registration.objects.filter(customer_id=customer_id, anonymised_at=None).update(
        amazon_order_id="", retailer="", anonymised_at=timezone.now()
    )


def data_link_send(*, email: str, locale: str) -> bool:
    """Mail a fresh link to the own-data page when we know *email*; silent otherwise (the page
    says the same in both cases, so nobody learns who registered)."""
    customer = Customer.objects.filter(email__iexact=email.strip(), erased_at=None).first()
    if customer is None:
        return False
    from .tasks import data_link_mail_send_task

    customer_id = customer.pk
    transaction.on_commit(
        lambda: data_link_mail_send_task.enqueue(customer_id=customer_id, locale=locale)
    )
    return True


def data_link_send_for_store_request(*, customer_id: int) -> bool:
    """The store asked, for the customer, for their data (Shopify's ``customers/data_request``):
    the same mail ``/my/`` sends, with the link to the page where they download everything, in
    their language. Nothing for an erased customer or one without an address."""
    customer = Customer.objects.filter(pk=customer_id, erased_at=None).exclude(email="").first()
    if customer is None:
        return False
    from .tasks import data_link_mail_send_task

    locale = customer.locale or settings.LANGUAGE_CODE
    transaction.on_commit(
        lambda: data_link_mail_send_task.enqueue(customer_id=customer_id, locale=locale)
    )
    return True


def data_link_mail_send(*, customer_id: int, locale: str) -> None:
    from . import emails

    customer = Customer.objects.filter(pk=customer_id, erased_at=None).exclude(email="").first()
    if customer is not None:
        emails.data_link(customer=customer, locale=locale).send()


def scans_device_details_strip(*, scanned_before: datetime, dry_run: bool = False) -> list[str]:
    """Retention: scans older than *scanned_before* lose their device details (the kind of
    device and the language it asked for). What stays counts scans: code, time, outcome, and
    whether it was a link previewer. Returns one summary line (with *dry_run*, what would
    go)."""
    due = Scan.objects.filter(scanned_at__lt=scanned_before).filter(
        ~Q(device=Scan.Device.OTHER) | ~Q(language="")
    )
    span = due.aggregate(count=Count("pk"), first=Min("scanned_at"), last=Max("scanned_at"))
    if not span["count"]:
        return []
    line = (
        f"{span['count']} scans from {span['first']:%Y-%m-%d} to {span['last']:%Y-%m-%d}: "
        "device type and language"
    )
    while not dry_run:  # in batches: a first run may meet years of scans
        batch = list(due.values_list("pk", flat=True)[:_BULK])
        if not batch:
            break
        Scan.objects.filter(pk__in=batch).update(device=Scan.Device.OTHER, language="")
    return [line]
