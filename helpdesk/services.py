"""Every write of the helpdesk. The one that matters most is ``reply_send``: the send gate.

Nothing leaves the helpdesk except through ``reply_send`` → ``reply_deliver``: the admin view,
any endpoint, an automatic acknowledgement and a shell all call it, so a marketplace reply is
checked against ``amazon_message`` in exactly one place (ARCHITECTURE.md, invariant 1). Every
decision, allowed or blocked, is stored as an immutable ``GateDecision`` with the exact text.

Nothing here writes consent: what the helpdesk learns from a marketplace message never makes a
contact marketable (invariant 3). Relay addresses are attached only as Amazon identities.
"""

import hashlib
import logging
import re
import uuid
from dataclasses import dataclass, field
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

import compliance
from customers.models import Channel as CustomerChannel
from customers.models import ChannelIdentity, Customer, Order
from customers.services import customer_get_or_create, identity_attach
from funnel.models import DiscountCodePool
from funnel.services import DiscountPoolEmpty, discount_code_claim
from registration.models import Registration

from . import mail as mailparse
from .gate import GateFinding, findings_for, linter_context
from .models import (
    AMAZON_MESSAGE,
    PLACEHOLDER_RE,
    Attachment,
    Channel,
    GateDecision,
    Macro,
    Message,
    SlaRecord,
    Ticket,
    TicketDiscountCode,
    TicketEvent,
)
from .sla import Clock

logger = logging.getLogger(__name__)


class ReplyRefused(Exception):
    """A reply that cannot be sent for a reason other than its wording (no authorised sender,
    nothing written); the gate decision for wording is a ``SendResult``."""


class MacroNotOffered(Exception):
    """A macro from another library (or channel) than the ticket's: never offered, never
    rendered, whatever the caller asks for."""


@dataclass
class SendResult:
    """What the gate decided. ``allowed`` False: nothing was stored as a message and nothing
    leaves; ``findings`` say why, positioned in the agent's draft."""

    allowed: bool
    decision: GateDecision
    message: Message | None = None
    findings: list[GateFinding] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Channels


def channel_default(*, kind: str, marketplace: str = "") -> Channel:
    """The channel mail of *kind* lands in, created with safe defaults when none is configured,
    so no customer message is ever dropped for want of configuration."""
    qs = Channel.objects.filter(kind=kind)
    if marketplace:
        qs = qs.filter(marketplace=marketplace)
    channel = qs.order_by("-is_active", "pk").first()
    if channel is not None:
        return channel
    if kind == CustomerChannel.AMAZON:
        tld = marketplace.removeprefix("amazon.")
        name, slug = f"Amazon {tld}", f"amazon-{tld.replace('.', '-')}"
    else:
        name, slug = str(CustomerChannel(kind).label), kind
    try:
        with transaction.atomic():
            return Channel.objects.create(
                kind=kind, marketplace=marketplace, name=name, slug=slug[:40]
            )
    except IntegrityError:
        return qs.get()


# ---------------------------------------------------------------------------------------------
# Inbound mail


def inbound_receive(
    *, message, provider: str, event_id: str = "", received_at=None
) -> tuple[Message, bool]:
    """Store one inbound e-mail (an ``AnymailInboundMessage``) as a message of the right ticket.

    Returns ``(message, created)``. A redelivery (same Message-ID, or for mail without one the
    same bytes) returns the stored message and creates nothing. Mail from an Amazon relay
    address is an Amazon ticket of that marketplace; everything else lands on the own channel
    whose inbound address it was sent to, or the e-mail channel.
    """
    message_id = mailparse.clean_message_id(message.get("Message-ID"))
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


def _raw_bytes(message) -> bytes:
    try:
        return message.as_bytes()
    except (UnicodeError, LookupError, ValueError):  # malformed mail still gets kept
        return message.as_string().encode("utf-8", "replace")


def _inbound_store(message, raw, message_id, provider, event_id, received_at) -> Message:
    now = received_at or timezone.now()
    sender = message.from_email
    from_name = sender.display_name if sender else ""
    from_addr = (sender.addr_spec if sender else (message.envelope_sender or "")).strip().lower()
    reply_to_header = message.get_address_header("Reply-To")
    subject = (message.subject or "").strip()[:255]
    text = message.text or ""
    html_raw = message.html or ""
    if not text and html_raw:
        text = mailparse.html_to_text(html_raw)
    headers = {name: str(value)[:1000] for name, value in message.items()}

    marketplace = mailparse.amazon_marketplace(from_addr)
    if marketplace:
        channel = channel_default(kind=CustomerChannel.AMAZON, marketplace=marketplace)
        reply_to = from_addr
    else:
        channel = _owned_channel_for(message)
        reply_to = reply_to_header[0].addr_spec.lower() if reply_to_header else from_addr
        if mailparse.amazon_marketplace(reply_to):
            reply_to = from_addr  # a relay address never becomes an own-channel reply target
    order_id = mailparse.order_id_in(subject, text)
    automatic = mailparse.is_auto_reply(message, subject)

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
            registration=_registration_for(customer=customer, order_id=order_id),
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

    visible_text, quoted_text = mailparse.fold_text(
        mailparse.amazon_message_part(text) if marketplace else text
    )
    body_html = mailparse.sanitise_html(html_raw) if html_raw else ""
    visible_html, quoted_html = mailparse.fold_html(body_html)
    stored = Message(
        ticket=ticket,
        direction=Message.Direction.INBOUND,
        automatic=automatic,
        message_id=message_id,
        in_reply_to=mailparse.clean_message_id(message.get("In-Reply-To")),
        references_header=str(message.get("References") or "")[:5000],
        from_address=str(sender or from_addr)[:320],
        to_addresses=mailparse.address_list(message.get("To")),
        cc_addresses=mailparse.address_list(message.get("Cc")),
        subject=subject,
        body_text=text,
        visible_text=visible_text,
        quoted_text=quoted_text,
        body_html=visible_html and mailparse.sanitise_html(visible_html),
        quoted_html=quoted_html and mailparse.sanitise_html(quoted_html),
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
        _attachment_store(stored, part)

    _ticket_after_inbound(ticket, stored)
    return stored


def _owned_channel_for(message) -> Channel:
    recipients = {
        addr.lower()
        for addr in mailparse.address_list(
            ", ".join(str(message.get(h) or "") for h in ("To", "Cc", "Delivered-To"))
        ).split(", ")
        if addr
    }
    if getattr(message, "envelope_recipient", None):
        recipients.add(message.envelope_recipient.lower())
    if recipients:
        for channel in Channel.objects.exclude(kind=CustomerChannel.AMAZON).exclude(
            inbound_address=""
        ):
            if channel.inbound_address.lower() in recipients:
                return channel
    return channel_default(kind=CustomerChannel.EMAIL)


def _thread_for(message, channel: Channel, reply_to: str, order_id: str) -> Ticket | None:
    """The ticket this mail continues: by In-Reply-To / References first, then (Amazon, whose
    relay rewrites headers) by the buyer's relay address and order number. A thread never
    crosses the wall: a marketplace mail never joins an own-channel ticket, nor the reverse."""
    referenced = mailparse.message_ids(message.get("In-Reply-To")) + mailparse.message_ids(
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
    first, last = mailparse.display_name_parts(name)
    if not address:
        # No usable sender (a broken client, a bounce): keep the message, reply impossible.
        return Customer.objects.create(first_name=first, last_name=last), None
    if channel.is_amazon:
        identity = ChannelIdentity.objects.filter(
            channel=CustomerChannel.AMAZON, marketplace=channel.marketplace, external_id=address
        ).first()
        if identity is not None:
            return identity.customer, identity
        # Evidence that this buyer is someone we know: the same Amazon order number on a
        # recorded order or given at registration.
        customer, detail = None, ""
        order = Order.objects.filter(channel=CustomerChannel.AMAZON, external_id=order_id).first()
        if order_id and order is not None:
            customer, detail = order.customer, f"same Amazon order {order_id} as a recorded order"
        elif order_id:
            registration = (
                Registration.objects.filter(amazon_order_id=order_id).order_by("pk").first()
            )
            if registration is not None:
                customer = registration.customer
                detail = f"same Amazon order {order_id} as registration {registration.public_id}"
        if customer is None:
            # Known only through Amazon: no e-mail of their own, never marketable.
            customer = Customer.objects.create(first_name=first, last_name=last)
            detail = f"Amazon message about order {order_id}" if order_id else "Amazon message"
        identity = identity_attach(
            customer=customer,
            channel=CustomerChannel.AMAZON,
            marketplace=channel.marketplace,
            external_id=address,
            email=address,
            source=ChannelIdentity.Source.INBOUND_MAIL,
            source_detail=detail[:200],
        )
        return customer, identity
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


def _registration_for(*, customer: Customer, order_id: str) -> Registration | None:
    if order_id:
        found = Registration.objects.filter(amazon_order_id=order_id).order_by("pk").first()
        if found is not None:
            return found
    return None


def _language_of(text: str) -> str:
    lang = compliance.detect_language(text or "") or ""
    return "zh-hans" if lang == "zh" else lang


def _attachment_store(message: Message, part) -> Attachment:
    content = part.get_content_bytes() or b""
    filename = get_valid_filename(part.get_filename() or "") or "attachment"
    attachment = Attachment(
        message=message,
        filename=filename[:255],
        content_type=(part.get_content_type() or "")[:120],
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content_id=mailparse.clean_message_id(part.get("Content-ID")),
        inline=bool(part.is_inline()),
    )
    attachment.file.save(filename, ContentFile(content), save=False)
    attachment.save()
    return attachment


def _ticket_after_inbound(ticket: Ticket, message: Message) -> None:
    ticket.last_message_at = max(ticket.last_message_at, message.created_at)
    if not message.automatic:
        if ticket.status != Ticket.Status.OPEN:
            _event(ticket, None, "status", ticket.status, Ticket.Status.OPEN)
            ticket.status = Ticket.Status.OPEN
        _clock_start(ticket, message.created_at)
    ticket.save()


# ---------------------------------------------------------------------------------------------
# Warranty claims from the site


def claim_open(
    *,
    registration: Registration,
    description: str,
    files: list = (),
    locale: str = "",
) -> Ticket:
    """A warranty claim from the product's claim page: a site ticket linked to the
    registration, with the customer's photos kept as attachments."""
    now = timezone.now()
    identity = registration.identity
    address = (identity.email if identity and identity.owned else "") or registration.customer.email
    product = registration.product.name
    serial = f" ({registration.serial})" if registration.serial else ""
    with translation.override(locale or registration.locale or settings.LANGUAGE_CODE):
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
            content = upload.read()
            name = get_valid_filename(upload.name) or "photo"
            attachment = Attachment(
                message=message,
                filename=name[:255],
                content_type=(getattr(upload, "content_type", "") or "")[:120],
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
            )
            attachment.file.save(name, ContentFile(content), save=False)
            attachment.save()
        _ticket_after_inbound(ticket, message)
    return ticket


# ---------------------------------------------------------------------------------------------
# The send gate


def sender_for(channel: Channel) -> str:
    """The From address of replies on *channel*. On Amazon it must be the address authorised
    in Seller Central (Amazon drops mail from any other sender)."""
    if channel.sender_address:
        return channel.sender_address
    if channel.is_amazon:
        return settings.HELPDESK_AMAZON_SENDER
    return settings.HELPDESK_SUPPORT_SENDER or settings.DEFAULT_FROM_EMAIL


def reply_compose(*, ticket: Ticket, draft: str) -> tuple[str, str, dict[str, tuple[int, int]]]:
    """The subject and body exactly as they would leave, and where each part sits in the body
    (``draft``, ``signature``, ``footer``) so findings can be traced back to the agent's text.

    On Amazon the order number is always in the subject and, when the agent did not write it,
    in a closing line: Amazon files relay mail by order.
    """
    draft = draft.replace("\r\n", "\n").strip()
    subject = ticket.subject or ""
    if not re.match(r"(?i)^(re|aw|antw|r|rif|sv|回复)\s*:", subject):
        subject = f"Re: {subject}".strip()
    order_id = ticket.amazon_order_id
    if ticket.channel.is_amazon and order_id and order_id not in subject:
        subject = f"{subject} (Order: {order_id})"
    parts: dict[str, tuple[int, int]] = {"draft": (0, len(draft))}
    body = draft
    if ticket.channel.signature.strip():
        body += "\n\n"
        start = len(body)
        body += ticket.channel.signature.strip()
        parts["signature"] = (start, len(body))
    if ticket.channel.is_amazon and order_id and order_id not in draft:
        with translation.override(ticket.language or settings.LANGUAGE_CODE):
            footer = _("Amazon order: %(order)s") % {"order": order_id}
        body += "\n\n"
        start = len(body)
        body += footer
        parts["footer"] = (start, len(body))
    return subject[:255], body, parts


def reply_send(*, ticket: Ticket, body: str, author, automatic: bool = False) -> SendResult:
    """THE send gate: the only way a reply leaves the helpdesk.

    The reply is composed exactly as it will leave (subject, the agent's text, the channel's
    signature, the order line), checked against the channel's policy (``amazon_message`` on
    every Amazon marketplace) and the decision stored immutably. Blocked: no message is
    stored, nothing is enqueued, and the findings come back positioned in the agent's text.
    There is no override. Allowed: the message is stored, the response clock stops (unless
    ``automatic``: auto-replies don't count), and delivery is enqueued on commit.
    """
    if not body or not body.strip():
        raise ReplyRefused(_("Write a reply first."))
    if not ticket.reply_to:
        raise ReplyRefused(_("This ticket has no address to reply to."))
    sender = sender_for(ticket.channel)
    if not sender:
        raise ReplyRefused(
            _(
                "No authorised sender is configured for %(channel)s: set the channel's sender "
                "address (or HELPDESK_AMAZON_SENDER) to the address authorised in Seller Central."
            )
            % {"channel": ticket.channel}
        )
    with transaction.atomic():
        ticket = Ticket.objects.select_for_update().select_related("channel").get(pk=ticket.pk)
        channel = ticket.channel
        policy = channel.effective_policy
        subject, text, findings = _gate_check(ticket=ticket, body=body)
        decision = GateDecision.objects.create(
            ticket=ticket,
            channel=channel,
            author=author,
            policy=policy,
            allowed=not findings,
            automatic=automatic,
            subject=subject,
            draft=body,
            checked_text=text,
            checked_sha256=GateDecision.digest(f"{subject}\n\n{text}"),
            language=ticket.language,
            findings=[f.to_dict() for f in findings],
        )
        if findings:
            logger.info(
                "Reply on %s blocked by %s: %s", ticket.reference, policy, decision.findings
            )
            return SendResult(allowed=False, decision=decision, findings=findings)

        now = timezone.now()
        last_inbound = ticket.messages.filter(direction=Message.Direction.INBOUND).last()
        references = ""
        if last_inbound is not None:
            references = " ".join(
                filter(None, [last_inbound.references_header, f"<{last_inbound.message_id}>"])
            )[-5000:]
        message = Message.objects.create(
            ticket=ticket,
            direction=Message.Direction.OUTBOUND,
            author=author,
            automatic=automatic,
            message_id=mailparse.clean_message_id(make_msgid(domain=_domain_of(sender))),
            in_reply_to=last_inbound.message_id if last_inbound else "",
            references_header=references,
            from_address=sender,
            to_addresses=ticket.reply_to,
            subject=subject,
            body_text=text,
            visible_text=text,
            gate_decision=decision,
            created_at=now,
            delivery_status=Message.Delivery.QUEUED,
        )
        TicketDiscountCode.objects.filter(ticket=ticket, sent_in__isnull=True).filter(
            code__code__in=_tokens(body)
        ).update(sent_in=message)
        ticket.last_message_at = now
        if not automatic:
            _clock_stop(ticket, now, SlaRecord.Outcome.REPLIED)
            if ticket.first_response_at is None:
                ticket.first_response_at = now
            if ticket.status == Ticket.Status.OPEN:
                _event(ticket, author, "status", ticket.status, Ticket.Status.PENDING)
                ticket.status = Ticket.Status.PENDING
        ticket.save()
        message_pk = message.pk
        transaction.on_commit(lambda: _enqueue_delivery(message_pk))
    return SendResult(allowed=True, decision=decision, message=message)


def ticket_acknowledge(*, ticket_id: int) -> SendResult | None:
    """Send the channel's automatic acknowledgement for a new ticket, through the gate like
    every reply, marked automatic (it stops no clock). Never on Amazon; never twice."""
    ticket = Ticket.objects.select_related("channel").get(pk=ticket_id)
    text = ticket.channel.auto_acknowledgement.strip()
    if ticket.channel.is_amazon or not text:
        return None
    if ticket.messages.filter(direction=Message.Direction.OUTBOUND, automatic=True).exists():
        return None
    return reply_send(ticket=ticket, body=text, author=None, automatic=True)


def _gate_check(*, ticket: Ticket, body: str) -> tuple[str, str, list[GateFinding]]:
    """Compose the reply as it would leave and lint it with the channel's policy."""
    policy = ticket.channel.effective_policy
    subject, text, parts = reply_compose(ticket=ticket, draft=body)
    context = linter_context()
    findings = [_place(f, parts) for f in findings_for(text, policy, lang=None, context=context)]
    findings += [
        GateFinding(**{**f.to_dict(), "where": "subject"})
        for f in findings_for(subject, policy, lang=None, context=context)
    ]
    return subject, text, findings


def reply_preview(*, ticket: Ticket, body: str) -> list[GateFinding]:
    """What the gate would say about *body*, without sending or recording anything: the
    agent's "Check" button. The decision that counts is always ``reply_send``'s own."""
    return _gate_check(ticket=ticket, body=body)[2]


def _enqueue_acknowledgement(ticket_pk: int) -> None:
    from .tasks import ticket_acknowledge_task

    ticket_acknowledge_task.enqueue(ticket_pk)


def _enqueue_delivery(message_pk: int) -> None:
    from .tasks import reply_deliver_task

    reply_deliver_task.enqueue(message_pk)


def _place(finding: GateFinding, parts: dict[str, tuple[int, int]]) -> GateFinding:
    for where, (start, end) in parts.items():
        if start <= finding.start < end or (finding.start == end == start):
            if where == "draft":
                return GateFinding(**{**finding.to_dict(), "end": min(finding.end, end)})
            return GateFinding(
                **{
                    **finding.to_dict(),
                    "where": where,
                    "start": finding.start - start,
                    "end": finding.end - start,
                }
            )
    return GateFinding(**{**finding.to_dict(), "where": "footer"})


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z0-9][A-Za-z0-9_-]{2,63}", text))


def _domain_of(address: str) -> str:
    domain = parseaddr(address)[1].rpartition("@")[2]
    return domain or "helpdesk.invalid"


def reply_deliver(*, message_id: int) -> Message:
    """Hand an allowed reply to the mailer (anymail in production). Runs in the task worker.

    The text about to leave is compared with the text the gate allowed (its digest) and, on
    a marketplace channel, checked once more, so a row changed behind the gate's back, or a
    rule tightened since, still stops it. The message row stays locked during the provider
    call so two workers never send it twice; a message already sent is left alone.
    """
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related("ticket__channel", "gate_decision")
            .get(pk=message_id)
        )
        if message.direction != Message.Direction.OUTBOUND:
            raise ReplyRefused("Only replies are delivered; notes never leave.")
        if message.delivery_status == Message.Delivery.SENT:
            return message
        decision = message.gate_decision
        channel = message.ticket.channel
        problem = ""
        if decision is None or not decision.allowed:
            problem = "The send gate did not allow this text."
        elif GateDecision.digest(f"{message.subject}\n\n{message.body_text}") != (
            decision.checked_sha256
        ):
            problem = "The text differs from what the send gate allowed."
        elif channel.effective_policy == AMAZON_MESSAGE and (
            findings_for(message.body_text, AMAZON_MESSAGE, context=linter_context())
            or findings_for(message.subject, AMAZON_MESSAGE, context=linter_context())
        ):
            problem = "The Amazon policy blocks this text now."
        if problem:
            _delivery_update(message, status=Message.Delivery.FAILED, error=problem)
            return message

        email = EmailMessage(
            subject=message.subject,
            body=message.body_text,
            from_email=message.from_address,
            to=[message.to_addresses],
            headers=_threading_headers(message),
        )
        try:
            email.send()
        except Exception as error:  # any provider failure is recorded for the agent to see
            logger.warning("Delivery of message %s failed: %s", message.pk, error)
            _delivery_update(message, status=Message.Delivery.FAILED, error=str(error)[:2000])
            return message
        status = getattr(email, "anymail_status", None)
        provider_id = (getattr(status, "message_id", None) or "") if status else ""
        outcomes = set(getattr(status, "status", None) or ())
        if outcomes and outcomes <= {"rejected", "invalid", "failed"}:
            # The provider answered but refused the recipient (e.g. Postmark's inactive
            # recipient): anymail reports that as a status, not an exception.
            recipient = next(iter(status.recipients.values()), None) if status else None
            _delivery_update(
                message,
                status=Message.Delivery.FAILED,
                error=f"Provider refused the message: {sorted(outcomes)} "
                f"{getattr(recipient, 'esp_response', '') or ''}"[:2000],
            )
            return message
        _delivery_update(
            message,
            status=Message.Delivery.SENT,
            provider_message_id=str(provider_id)[:255],
        )
    return message


def _threading_headers(message: Message) -> dict[str, str]:
    headers = {"Message-ID": f"<{message.message_id}>"}
    if message.in_reply_to:
        headers["In-Reply-To"] = f"<{message.in_reply_to}>"
    if message.references_header:
        headers["References"] = message.references_header
    return headers


def _delivery_update(message: Message, *, status: str, error: str = "", provider_message_id=""):
    values = {
        "delivery_status": status,
        "delivery_attempts": message.delivery_attempts + 1,
        "delivery_error": error,
    }
    if status == Message.Delivery.SENT:
        values.update(delivered_at=timezone.now(), provider_message_id=provider_message_id)
    Message.objects.filter(pk=message.pk)._guarded_update(**values)
    for key, value in values.items():
        setattr(message, key, value)


def reply_retry(*, message: Message, actor) -> None:
    """Enqueue a failed delivery again (the gate's decision stands; delivery re-checks it)."""
    if message.delivery_status != Message.Delivery.FAILED:
        return
    with transaction.atomic():
        _event(message.ticket, actor, "delivery", "failed", "retry")
        pk = message.pk
        transaction.on_commit(lambda: _enqueue_delivery(pk))


# ---------------------------------------------------------------------------------------------
# Notes, status, assignment


def note_add(*, ticket: Ticket, body: str, author) -> Message:
    """An internal note: stored in the conversation, never sent, never seen by the customer."""
    if not body.strip():
        raise ReplyRefused(_("Write a note first."))
    return Message.objects.create(
        ticket=ticket,
        direction=Message.Direction.NOTE,
        author=author,
        message_id=f"note-{uuid.uuid4().hex}@helpdesk.invalid",
        body_text=body.strip(),
        visible_text=body.strip(),
    )


def ticket_update(
    *,
    ticket: Ticket,
    actor,
    status: str | None = None,
    assignee=...,
    amazon_order_id: str | None = None,
    tracking_number: str | None = None,
) -> Ticket:
    """Change a ticket's status, assignee, order number or tracking number, with an event
    per change. "No response needed" and "solved" stop a running response clock."""
    with transaction.atomic():
        ticket = Ticket.objects.select_for_update().select_related("channel").get(pk=ticket.pk)
        now = timezone.now()
        if status is not None and status != ticket.status:
            Ticket.Status(status)  # refuses unknown values
            _event(ticket, actor, "status", ticket.status, status)
            ticket.status = status
            if status == Ticket.Status.NO_RESPONSE_NEEDED:
                _clock_stop(ticket, now, SlaRecord.Outcome.NO_RESPONSE_NEEDED)
            elif status == Ticket.Status.SOLVED:
                _clock_stop(ticket, now, SlaRecord.Outcome.SOLVED)
        if assignee is not ... and assignee != ticket.assignee:
            _event(ticket, actor, "assignee", str(ticket.assignee or ""), str(assignee or ""))
            ticket.assignee = assignee
        if amazon_order_id is not None and amazon_order_id != ticket.amazon_order_id:
            if amazon_order_id and not mailparse.order_id_in(amazon_order_id):
                raise ValueError(_("An Amazon order number looks like 302-1234567-1234567."))
            _event(ticket, actor, "amazon_order_id", ticket.amazon_order_id, amazon_order_id)
            ticket.amazon_order_id = amazon_order_id
            if ticket.registration is None:
                ticket.registration = _registration_for(
                    customer=ticket.customer, order_id=amazon_order_id
                )
        if tracking_number is not None and tracking_number != ticket.tracking_number:
            _event(ticket, actor, "tracking_number", ticket.tracking_number, tracking_number)
            ticket.tracking_number = tracking_number[:64]
        ticket.save()
    return ticket


def _event(ticket: Ticket, actor, field_name: str, old, new) -> None:
    TicketEvent.objects.create(
        ticket=ticket, actor=actor, field=field_name, old=str(old)[:255], new=str(new)[:255]
    )


# ---------------------------------------------------------------------------------------------
# SLA clocks


def _clock_start(ticket: Ticket, at) -> None:
    if ticket.awaiting_since is not None:
        return  # the customer is already waiting: the earlier message sets the clock
    clock = Clock.for_channel(ticket.channel)
    ticket.awaiting_since = at
    ticket.response_due_at = clock.add(at, ticket.channel.response_target_minutes)


def _clock_stop(ticket: Ticket, at, outcome: str) -> None:
    if ticket.awaiting_since is None:
        return
    clock = Clock.for_channel(ticket.channel)
    SlaRecord.objects.create(
        ticket=ticket,
        channel=ticket.channel,
        first=not ticket.sla_records.exists(),
        started_at=ticket.awaiting_since,
        due_at=ticket.response_due_at,
        stopped_at=at,
        outcome=outcome,
        elapsed_minutes=clock.minutes_between(ticket.awaiting_since, at),
        breached=at > ticket.response_due_at,
    )
    ticket.awaiting_since = None
    ticket.response_due_at = None


# ---------------------------------------------------------------------------------------------
# Macros and discount codes


def macro_render(*, macro: Macro, ticket: Ticket, user) -> str:
    """The macro's text for *ticket*, placeholders filled. A macro from another library or a
    channel it is not meant for is refused (``MacroNotOffered``); a ``{discount_code}``
    reserves one code of the macro's pool for this ticket (the same code on a second insert)."""
    from .selectors import macros_for_ticket

    if not macros_for_ticket(ticket=ticket).filter(pk=macro.pk).exists():
        raise MacroNotOffered(f"Macro {macro.pk} is not offered on {ticket.channel}.")
    used = macro.placeholders()
    values = {
        "first_name": ticket.customer.first_name,
        "order_id": ticket.amazon_order_id,
        "tracking_number": ticket.tracking_number,
        "product": _product_name(ticket),
    }
    if not ticket.channel.is_amazon:
        values["store_link"] = ticket.channel.store_url
        values["loyalty_link"] = ticket.channel.loyalty_url
        if "discount_code" in used and macro.discount_pool is not None:
            values["discount_code"] = discount_code_reserve(
                pool=macro.discount_pool, ticket=ticket, user=user
            )
    return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), "") or "", macro.body)


def _product_name(ticket: Ticket) -> str:
    if ticket.registration_id:
        return ticket.registration.product.name
    if ticket.amazon_order_id:
        order = Order.objects.filter(external_id=ticket.amazon_order_id).first()
        if order is not None:
            line = order.lines.select_related("sku__product").first()
            if line is not None:
                return line.sku.product.name if line.sku_id else line.title
    registration = ticket.customer.registrations.select_related("product").first()
    return registration.product.name if registration else ""


def discount_code_reserve(*, pool: DiscountCodePool, ticket: Ticket, user) -> str:
    """Give *ticket* one unused code of *pool* (the pool the funnel also draws from): two
    agents never get the same code, and the same ticket keeps the code it already has. Never
    on a marketplace channel. Raises ``DiscountPoolEmpty``."""
    if ticket.channel.is_amazon:
        raise MacroNotOffered("Discount codes are never offered on a marketplace channel.")
    for _attempt in range(10):
        existing = (
            TicketDiscountCode.objects.filter(pool=pool, ticket=ticket)
            .values_list("code__code", flat=True)
            .first()
        )
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                code_id, code = discount_code_claim(pool_id=pool.pk)
                TicketDiscountCode.objects.create(
                    code_id=code_id, pool=pool, ticket=ticket, reserved_by=user
                )
                return code
        except IntegrityError:
            pass  # the same ticket reserved one concurrently (one code per ticket): reuse it
    raise DiscountPoolEmpty(_("Could not reserve a code; try again."))


# ---------------------------------------------------------------------------------------------
# Erasure and registration links (called by receivers)


def customer_redact(*, customer_id: int) -> None:
    """A data-subject erasure reached the helpdesk: blank the personal content of the person's
    conversations once (the triggers allow exactly this transition), delete stored files, keep
    the skeleton (times, directions, gate verdicts) as the record."""
    now = timezone.now()
    tickets = Ticket.objects.filter(customer_id=customer_id)
    messages = Message.objects.filter(ticket__in=tickets, redacted_at__isnull=True)
    for message in messages.only("pk", "raw"):
        if message.raw:
            message.raw.storage.delete(message.raw.name)
    attachments = Attachment.objects.filter(message__ticket__in=tickets, redacted_at__isnull=True)
    for attachment in attachments.only("pk", "file"):
        if attachment.file:
            attachment.file.storage.delete(attachment.file.name)
    attachments._guarded_update(file="", filename="", redacted_at=now)
    messages._guarded_update(
        body_text="",
        visible_text="",
        quoted_text="",
        body_html="",
        quoted_html="",
        raw="",
        redacted_at=now,
    )
    GateDecision.objects.filter(ticket__in=tickets, redacted_at__isnull=True)._guarded_update(
        subject="", draft="", checked_text="", redacted_at=now
    )
    tickets.update(subject="", reply_to="", tracking_number="")


def registration_link_tickets(*, registration_id: int) -> int:
    """A new registration names an Amazon order: tickets about that order now show it."""
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.amazon_order_id:
        return 0
    return Ticket.objects.filter(
        amazon_order_id=registration.amazon_order_id, registration__isnull=True
    ).update(registration=registration)
