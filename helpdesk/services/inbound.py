"""Inbound mail: one provider webhook becomes one stored message on the right ticket.

Intake is idempotent (a redelivered mail finds its stored Message-ID), threading never crosses
the Amazon wall (a marketplace mail never joins an own-channel ticket, nor the reverse), and
attachments are kept as received, with their digest. What a marketplace message teaches us about
a person is stored as an Amazon identity only: nothing here writes consent, so a marketplace
contact never becomes marketable (invariant 3 in ``docs/architecture.md``). Parsing the mail
itself (HTML, quoted history, auto-replies, relay addresses) is ``helpdesk.inbound_mail``.
"""

import hashlib
import uuid
from datetime import datetime

from anymail.inbound import AnymailInboundMessage
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

import compliance
from customers.models import Channel as CustomerChannel
from customers.models import ChannelIdentity, Customer
from customers.services import customer_get_or_create, identity_attach

from .. import inbound_mail, selectors
from ..models import Attachment, Channel, Message, Ticket
from . import identity_links
from .tickets import channel_default, ticket_inbound_record


def inbound_receive(
    *,
    message: AnymailInboundMessage,
    provider: str,
    event_id: str = "",
    received_at: datetime | None = None,
) -> tuple[Message, bool]:
    """Store one inbound e-mail (an ``AnymailInboundMessage``) as a message of the right ticket.

    Returns ``(message, created)``. A redelivery (same Message-ID, or for mail without one the
    same bytes) returns the stored message and creates nothing. Mail from an Amazon relay
    address is an Amazon ticket of that marketplace; everything else lands on the own channel
    whose inbound address it was sent to, or the e-mail channel.
    """
    message_id = inbound_mail.clean_message_id(message.get("Message-ID"))
    raw = b""
    if not message_id:
        raw = _raw_bytes(message)
        message_id = f"sha256-{hashlib.sha256(raw).hexdigest()[:40]}@inbound.invalid"
    existing = Message.objects.filter(message_id=message_id).first()
    if existing is not None:
        return existing, False
    raw = raw or _raw_bytes(message)
    try:
        with transaction.atomic():
            return _inbound_store(message, raw, message_id, provider, event_id, received_at), True
    except IntegrityError:
        # A concurrent delivery of the same message won the race.
        existing = Message.objects.filter(message_id=message_id).first()
        if existing is None:
            raise
        return existing, False


def _raw_bytes(message: AnymailInboundMessage) -> bytes:
    try:
        return message.as_bytes()
    except (UnicodeError, LookupError, ValueError):  # malformed mail still gets kept
        return message.as_string().encode("utf-8", "replace")


def _inbound_store(
    message: AnymailInboundMessage,
    raw: bytes,
    message_id: str,
    provider: str,
    event_id: str,
    received_at: datetime | None,
) -> Message:
    now = received_at or timezone.now()
    sender = message.from_email
    from_name = sender.display_name if sender else ""
    from_addr = (sender.addr_spec if sender else (message.envelope_sender or "")).strip().lower()
    reply_to_header = message.get_address_header("Reply-To")
    subject = (message.subject or "").strip()[:255]
    text = message.text or ""
    html_raw = message.html or ""
    if not text and html_raw:
        text = inbound_mail.html_to_text(html_raw)
    headers = {name: str(value)[:1000] for name, value in message.items()}

    marketplace = inbound_mail.amazon_marketplace(from_addr)
    if marketplace:
        channel = channel_default(kind=CustomerChannel.AMAZON, marketplace=marketplace)
        reply_to = from_addr
    else:
        channel = _owned_channel_for(message)
        reply_to = reply_to_header[0].addr_spec.lower() if reply_to_header else from_addr
        if inbound_mail.amazon_marketplace(reply_to):
            reply_to = from_addr  # a relay address never becomes an own-channel reply target
    order_id = inbound_mail.order_id_in(subject, text)
    automatic = inbound_mail.is_auto_reply(message, subject)

    ticket = _thread_for(message, channel, reply_to, order_id)
    if ticket is None:
        customer, identity = _customer_for(
            channel=channel,
            address=from_addr,
            name=from_name,
            order_id=order_id,
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
    stored = Message(
        ticket=ticket,
        direction=Message.Direction.INBOUND,
        automatic=automatic,
        message_id=message_id,
        in_reply_to=inbound_mail.clean_message_id(message.get("In-Reply-To")),
        references_header=str(message.get("References") or "")[:5000],
        from_address=str(sender or from_addr)[:320],
        to_addresses=inbound_mail.address_list(message.get("To")),
        cc_addresses=inbound_mail.address_list(message.get("Cc")),
        subject=subject,
        body_text=text,
        visible_text=visible_text,
        quoted_text=quoted_text,
        body_html=visible_html and inbound_mail.sanitise_html(visible_html),
        quoted_html=quoted_html and inbound_mail.sanitise_html(quoted_html),
        headers=headers,
        provider=provider[:40],
        provider_event_id=(event_id or "")[:255],
        created_at=now,
    )
    stored.raw.save(f"{uuid.uuid4().hex}.eml", ContentFile(raw), save=False)
    stored.save()
    # Inline parts count when they are files (an image with a Content-ID, a named file); some
    # clients mark the text body itself "inline".
    inline_files = [p for p in message.inlines if p.get_filename() or p.get("Content-ID")]
    for part in message.attachments + inline_files:
        _mail_part_store(stored, part)

    ticket_inbound_record(ticket=ticket, message=stored)
    return stored


def _owned_channel_for(message: AnymailInboundMessage) -> Channel:
    recipients = {
        addr.lower()
        for addr in inbound_mail.address_list(
            ", ".join(str(message.get(h) or "") for h in ("To", "Cc", "Delivered-To"))
        ).split(", ")
        if addr
    }
    envelope_recipient = getattr(message, "envelope_recipient", None)
    if envelope_recipient:
        recipients.add(envelope_recipient.lower())
    if recipients:
        for channel in Channel.objects.exclude(kind=CustomerChannel.AMAZON).exclude(
            inbound_address=""
        ):
            if channel.inbound_address.lower() in recipients:
                return channel
    return channel_default(kind=CustomerChannel.EMAIL)


def _thread_for(
    message: AnymailInboundMessage, channel: Channel, reply_to: str, order_id: str
) -> Ticket | None:
    """The ticket this mail continues: by In-Reply-To / References first, then (Amazon, whose
    relay rewrites headers) by the buyer's relay address and order number. A thread never
    crosses the wall: a marketplace mail never joins an own-channel ticket, nor the reverse."""
    referenced = inbound_mail.message_ids(message.get("In-Reply-To")) + inbound_mail.message_ids(
        message.get("References")
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


def _mail_part_store(message: Message, part: AnymailInboundMessage) -> Attachment:
    return attachment_store(
        message=message,
        filename=part.get_filename() or "",
        content=part.get_content_bytes() or b"",
        content_type=part.get_content_type() or "",
        content_id=inbound_mail.clean_message_id(part.get("Content-ID")),
        inline=bool(part.is_inline()),
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
    filename = get_valid_filename(filename or "") or "attachment"
    attachment = Attachment(
        message=message,
        filename=filename[:255],
        content_type=(content_type or "")[:120],
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content_id=content_id,
        inline=inline,
    )
    attachment.file.save(filename, ContentFile(content), save=False)
    attachment.save()
    return attachment


def _enqueue_acknowledgement(ticket_pk: int) -> None:
    from ..tasks import ticket_acknowledge_task

    ticket_acknowledge_task.enqueue(ticket_pk)
