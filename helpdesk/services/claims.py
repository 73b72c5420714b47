"""Warranty claims: a registered customer's claim from the product's claim page opens a site
ticket linked to the registration, and a new registration naming an Amazon order links the
tickets about that order. The claim link is signed by ``registration.links`` (same salt)."""

import uuid
from collections.abc import Iterable

from django.conf import settings
from django.core import signing
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalog import voice
from catalog.selectors import product_name
from customers.models import Channel as CustomerChannel
from registration.links import CLAIM_SALT
from registration.models import Registration

from ..models import Message, Ticket
from .inbound import attachment_store
from .tickets import channel_default, ticket_inbound_record


def claim_link_valid(*, registration: Registration, token: str) -> bool:
    """Whether *token* is the signed claim link of *registration*, still within
    ``HELPDESK_CLAIM_LINK_DAYS``. Without one the claim page asks for the registered address."""
    if not token:
        return False
    try:
        value: object = signing.loads(
            token, salt=CLAIM_SALT, max_age=settings.HELPDESK_CLAIM_LINK_DAYS * 86400
        )
    except signing.BadSignature:
        return False
    return value == str(registration.public_id)


def claim_open(
    *,
    registration: Registration,
    description: str,
    files: Iterable[UploadedFile[bytes]] = (),
    locale: str = "",
    acknowledge: bool = True,
) -> Ticket:
    """A warranty claim from the product's claim page: a site ticket linked to the
    registration, with the customer's photos kept as attachments, acknowledged to the customer
    by mail on commit (``claim_acknowledgement_send``; *acknowledge* False for demo content,
    which writes to nobody)."""
    now = timezone.now()
    identity = registration.identity
    address = (identity.email if identity and identity.owned else "") or registration.customer.email
    serial = f" ({registration.serial})" if registration.serial else ""
    language = locale or registration.locale or settings.LANGUAGE_CODE
    product = product_name(product=registration.product, language=language)
    with voice.override(language, registration.product.brand):
        subject = _("Warranty claim: %(product)s%(serial)s") % {
            "product": product,
            "serial": serial,
        }
    with transaction.atomic():
        channel = channel_default(kind=CustomerChannel.SITE)
        ticket = Ticket.objects.create(
            channel=channel,
            subject=subject[:255],
            customer=registration.customer,
            identity=identity if identity and identity.owned else None,
            reply_to=address,
            amazon_order_id=registration.amazon_order_id,
            registration=registration,
            language=locale or registration.locale,
            last_message_at=now,
            created_at=now,
        )
        message = Message.objects.create(
            ticket=ticket,
            direction=Message.Direction.INBOUND,
            message_id=f"claim-{uuid.uuid4().hex}@helpdesk.invalid",
            from_address=address,
            subject=subject[:255],
            body_text=description,
            visible_text=description,
            provider="site",
            created_at=now,
        )
        for upload in files:
            attachment_store(
                message=message,
                filename=upload.name or "",
                content=upload.read(),
                content_type=getattr(upload, "content_type", ""),
            )
        ticket_inbound_record(ticket=ticket, message=message)
        if acknowledge:
            ticket_pk = ticket.pk
            transaction.on_commit(lambda: _enqueue_claim_acknowledgement(ticket_pk))
    return ticket


def claim_acknowledgement_send(*, ticket_id: int) -> bool:
    """Tell the customer, in their language, that their claim arrived, with the signed link to
    its status page. Once: the ticket is locked and marked in the same transaction as the send,
    so a repeated task sends nothing (returns False)."""
    from ..emails import claim_acknowledgement

    with transaction.atomic():
        ticket = (
            Ticket.objects.select_for_update()
            .filter(pk=ticket_id, claim_acknowledged_at=None, registration__isnull=False)
            .select_related("registration__customer", "registration__product__brand")
            .first()
        )
        if ticket is None or ticket.registration is None:
            return False
        if ticket.registration.customer.erased_at is not None:
            return False
        claim_acknowledgement(ticket=ticket).send()
        Ticket.objects.filter(pk=ticket.pk).update(claim_acknowledged_at=timezone.now())
    return True


def _enqueue_claim_acknowledgement(ticket_pk: int) -> None:
    from ..tasks import claim_acknowledgement_send_task

    claim_acknowledgement_send_task.enqueue(ticket_id=ticket_pk)


def registration_link_tickets(*, registration_id: int) -> int:
    """A new registration names an Amazon order: the registrant's own tickets about that order
    now show it. Other buyers' tickets about the order are not the registrant's to claim: the
    evidence is weighed by ``identity_links.registration_links_find``."""
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.amazon_order_id:
        return 0
    return Ticket.objects.filter(
        amazon_order_id=registration.amazon_order_id,
        customer_id=registration.customer_id,
        registration__isnull=True,
    ).update(registration=registration)
