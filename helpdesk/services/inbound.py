"""Inbound mail: one mail becomes one stored message on the right ticket.

Storing is idempotent (a redelivery finds its stored Message-ID, or for mail without one the
digest of its content), threading never crosses the Amazon wall (a marketplace mail never joins
an own-channel ticket, nor the reverse), and attachments are kept as received, with their
digest. What a marketplace message teaches us about a person is stored as an Amazon identity
only: nothing here writes consent, so a marketplace contact never becomes marketable (invariant
3 in ``docs/architecture.md``). Reading the mail itself is ``helpdesk.mail_reading`` (headers,
senders, charsets, parts, leniently) and ``helpdesk.inbound_mail`` (HTML, quoted history,
auto-replies, relay addresses); each provider delivery is recorded, and what cannot be stored
quarantined, by ``helpdesk.services.intake``.
"""

import hashlib
import logging
import uuid
from collections.abc import Mapping
from datetime import datetime
from email.message import Message as Message_

from anymail.inbound import AnymailInboundMessage
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.db import DataError, IntegrityError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

import compliance
from core.files import removed_on_rollback, save_file
from customers.models import Channel as CustomerChannel
from customers.models import ChannelIdentity, Customer
from customers.services import customer_get_or_create, identity_attach

from .. import inbound_mail, selectors
from .. import mail_reading as reading
from ..models import Attachment, Channel, Message, Ticket
from . import identity_links
from .tickets import channel_default, ticket_inbound_record

logger = logging.getLogger(__name__)


def sender_display(name: str, address: str) -> str:
    """The sender as a person reads it: ``"Thomas Krüger - Amazon Marketplace" <…>``, quoted
    where the name needs it and never RFC 2047-encoded (``email.utils.formataddr`` encodes a
    non-ASCII name for a header, which an agent would then read as ``=?utf-8?q?…``)."""
    if not address:
        return ""
    if not name:
        return address
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return (
        f'"{quoted}" <{address}>'
        if any(c in name for c in '()<>@,;:\\".[]')
        else f"{name} <{address}>"
    )


def inbound_receive(
    *,
    message: AnymailInboundMessage,
    provider: str,
    event_id: str = "",
    received_at: datetime | None = None,
    digest: str = "",
) -> tuple[Message, bool]:
    """Store one inbound e-mail (an ``AnymailInboundMessage``) as a message of the right ticket.

    Returns ``(message, created)``. A redelivery (the same Message-ID and content, or for mail
    without a Message-ID the same content) returns the stored message and creates nothing;
    another mail that reuses a stored Message-ID is kept under that id with its digest added.
    Mail from an Amazon relay address is an Amazon ticket of that marketplace; everything else
    lands on the own channel whose inbound address it was sent to, or the e-mail channel.
    Malformed mail is read as well as it can be (``helpdesk.mail_reading``); files written for a
    message that is not stored are removed again (``core.files``).
    """
    digest = digest or reading.content_digest(message)
    message_id = inbound_mail.clean_message_id(reading.header_value(message, "Message-ID"))
    if not message_id:
        message_id = f"sha256-{digest[:40]}@inbound.invalid"
    existing = Message.objects.filter(message_id=message_id).first()
    if existing is not None:
        if _is_same_mail(existing, digest):
            return existing, False
        message_id = f"{message_id[:230]}.{digest[:16]}"
        existing = Message.objects.filter(message_id=message_id).first()
        if existing is not None:
            return existing, False
    try:
        with removed_on_rollback(), transaction.atomic():
            stored = _inbound_store(message, message_id, provider, event_id, received_at)
            return stored, True
    except IntegrityError:
        # A concurrent delivery of the same message won the race.
        existing = Message.objects.filter(message_id=message_id).first()
        if existing is None:
            raise
        return existing, False


def _is_same_mail(existing: Message, digest: str) -> bool:
    """Whether a stored message with the same Message-ID is this mail, delivered again."""
    if existing.direction != Message.Direction.INBOUND:
        return False
    known = set(existing.inbound_events.exclude(digest="").values_list("digest", flat=True))
    return not known or digest in known


def _inbound_store(
    message: AnymailInboundMessage,
    message_id: str,
    provider: str,
    event_id: str,
    received_at: datetime | None,
) -> Message:
    now = received_at or timezone.now()
    headers = reading.headers_for_record(message)
    from_name, from_addr = reading.sender(message)
    subject = headers.get("Subject", "").strip()[:255]
    text, html_raw = reading.bodies(message)
    if not text and html_raw:
        text = reading.clean_text(inbound_mail.html_to_text(html_raw))

    marketplace = inbound_mail.amazon_marketplace(from_addr)
    if marketplace:
        channel = channel_default(kind=CustomerChannel.AMAZON, marketplace=marketplace)
        reply_to = from_addr
    else:
        channel = _owned_channel_for(message, headers)
        reply_to = reading.reply_address(message) or from_addr
        if inbound_mail.amazon_marketplace(reply_to):
            reply_to = from_addr  # a relay address never becomes an own-channel reply target
    order_id = inbound_mail.order_id_in(subject, text)
    automatic = inbound_mail.is_auto_reply(headers, subject)

    ticket = _thread_for(headers, channel, reply_to, order_id)
    if ticket is None:
        customer, identity = _customer_for_mail(
            channel=channel, address=from_addr, name=from_name, order_id=order_id
        )
        ticket = Ticket.objects.create(
            channel=channel,
            subject=subject or _("(no subject)"),
            customer=customer,
            identity=identity,
            reply_to=reply_to,
            amazon_order_id=order_id,
            registration=selectors.registration_for_order(
                order_id=order_id, customer_id=customer.pk
            ),
            language=_language_of(text),
            last_message_at=now,
            created_at=now,
        )
        if channel.auto_acknowledgement and not channel.is_amazon and not automatic:
            ticket_pk = ticket.pk
            transaction.on_commit(lambda: _enqueue_acknowledgement(ticket_pk))
    else:
        ticket = Ticket.objects.select_for_update().get(pk=ticket.pk)
        if order_id and not ticket.amazon_order_id:
            ticket.amazon_order_id = order_id

    visible_text, quoted_text = inbound_mail.fold_text(
        inbound_mail.amazon_message_part(text) if marketplace else text
    )
    body_html = inbound_mail.sanitise_html(html_raw) if html_raw else ""
    visible_html, quoted_html = inbound_mail.fold_html(body_html)
    clean = reading.clean_text
    stored = Message(
        ticket=ticket,
        direction=Message.Direction.INBOUND,
        automatic=automatic,
        message_id=message_id,
        in_reply_to=inbound_mail.clean_message_id(headers.get("In-Reply-To", "")),
        references_header=headers.get("References", "")[:5000],
        from_address=(sender_display(from_name, from_addr) or headers.get("From", ""))[:320],
        to_addresses=reading.address_list(headers.get("To", "")),
        cc_addresses=reading.address_list(headers.get("Cc", "")),
        subject=subject,
        body_text=text,
        visible_text=clean(visible_text),
        quoted_text=clean(quoted_text),
        body_html=clean(visible_html and inbound_mail.sanitise_html(visible_html)),
        quoted_html=clean(quoted_html and inbound_mail.sanitise_html(quoted_html)),
        headers=dict(headers),
        provider=clean(provider)[:40],
        provider_event_id=clean(event_id or "")[:255],
        created_at=now,
    )
    save_file(stored.raw, f"{uuid.uuid4().hex}.eml", ContentFile(reading.raw_bytes(message)))
    stored.save()
    for part in reading.file_parts(message):
        _mail_part_store(stored, part)

    ticket_inbound_record(ticket=ticket, message=stored)
    return stored


def _owned_channel_for(message: AnymailInboundMessage, headers: Mapping[str, str]) -> Channel:
    recipients = {
        addr.lower()
        for addr in reading.address_list(
            ", ".join(headers.get(h, "") for h in ("To", "Cc", "Delivered-To"))
        ).split(", ")
        if addr
    }
    envelope_recipient = getattr(message, "envelope_recipient", None)
    if envelope_recipient:
        recipients.add(str(envelope_recipient).lower())
    if recipients:
        for channel in Channel.objects.exclude(kind=CustomerChannel.AMAZON).exclude(
            inbound_address=""
        ):
            if channel.inbound_address.lower() in recipients:
                return channel
    return channel_default(kind=CustomerChannel.EMAIL)


def _thread_for(
    headers: Mapping[str, str], channel: Channel, reply_to: str, order_id: str
) -> Ticket | None:
    """The ticket this mail continues: by In-Reply-To / References first, then (Amazon, whose
    relay rewrites headers) by the buyer's relay address and order number. A thread never
    crosses the wall: a marketplace mail never joins an own-channel ticket, nor the reverse."""
    referenced = inbound_mail.message_ids(headers.get("In-Reply-To")) + inbound_mail.message_ids(
        headers.get("References")
    )
    if referenced:
        earlier = (
            Message.objects.filter(message_id__in=referenced)
            .select_related("ticket__channel")
            .order_by("-created_at")
            .first()
        )
        if earlier is not None and earlier.ticket.channel.policy == channel.effective_policy:
            return earlier.ticket
    if channel.is_amazon:
        candidates = Ticket.objects.filter(channel=channel, reply_to=reply_to)
        if order_id:
            candidates = candidates.filter(amazon_order_id__in=[order_id, ""])
        return candidates.order_by("-last_message_at").first()
    return None


def _customer_for_mail(
    *, channel: Channel, address: str, name: str, order_id: str
) -> tuple[Customer, ChannelIdentity | None]:
    """The customer a mail is from; when the address cannot be recorded (a rule of the
    customers app refuses it), the mail still lands, from a customer known by name only."""
    try:
        with transaction.atomic():
            return _customer_for(channel=channel, address=address, name=name, order_id=order_id)
    except (IntegrityError, DataError, ValueError):
        logger.warning("Inbound mail from %r kept without a customer address", address)
        first, last = inbound_mail.display_name_parts(name)
        return Customer.objects.create(first_name=first, last_name=last), None


def _customer_for(
    *, channel: Channel, address: str, name: str, order_id: str
) -> tuple[Customer, ChannelIdentity | None]:
    first, last = inbound_mail.display_name_parts(name)
    if not address:
        # No usable sender (a broken client, a bounce): keep the message, reply impossible.
        return Customer.objects.create(first_name=first, last_name=last), None
    if channel.is_amazon:
        identity = ChannelIdentity.objects.filter(
            channel=CustomerChannel.AMAZON, marketplace=channel.marketplace, external_id=address
        ).first()
        if identity is not None:
            return identity.customer, identity
        # Who the buyer is rests on evidence, never on an order number someone typed.
        return identity_links.relay_customer_for(
            channel=channel, address=address, buyer_name=name, order_id=order_id
        )
    customer, _created = customer_get_or_create(email=address, first_name=first, last_name=last)
    identity = customer.identities.filter(owned=True, email=address).order_by(
        "pk"
    ).first() or identity_attach(
        customer=customer,
        channel=CustomerChannel.EMAIL,
        external_id=address,
        email=address,
        source=ChannelIdentity.Source.INBOUND_MAIL,
    )
    return customer, identity


def _language_of(text: str) -> str:
    lang = compliance.detect_language(text or "") or ""
    return "zh-hans" if lang == "zh" else lang


def _mail_part_store(message: Message, part: Message_) -> Attachment:
    try:
        inline = part.get_content_disposition() == "inline"
    except Exception:
        inline = False
    return attachment_store(
        message=message,
        filename=reading.part_filename(part),
        content=reading.part_bytes(part),
        content_type=reading.part_content_type(part),
        content_id=inbound_mail.clean_message_id(reading.header_value(part, "Content-ID")),
        inline=inline,
    )


def attachment_store(
    *,
    message: Message,
    filename: str,
    content: bytes,
    content_type: str = "",
    content_id: str = "",
    inline: bool = False,
) -> Attachment:
    """Keep one file of *message* as received, with its digest for the record. The customer's
    file name is cleaned for display; the file itself lands in a random folder."""
    try:
        filename = get_valid_filename(reading.clean_text(filename or ""))
    except SuspiciousFileOperation:  # nothing usable left of the customer's name
        filename = "attachment"
    attachment = Attachment(
        message=message,
        filename=filename[:255],
        content_type=(content_type or "")[:120],
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content_id=content_id,
        inline=inline,
    )
    save_file(attachment.file, filename, ContentFile(content))
    attachment.save()
    return attachment


def _enqueue_acknowledgement(ticket_pk: int) -> None:
    from ..tasks import ticket_acknowledge_task

    ticket_acknowledge_task.enqueue(ticket_pk)
