"""THE send gate: the only way anything leaves the helpdesk.

Invariant 1 of ``docs/architecture.md``, the Amazon wall: no message leaves on a marketplace
channel unless the ``amazon_message`` policy allows it. This module is where that holds, and it
is written to be read whole:

1. ``reply_compose`` builds the subject and body exactly as they will leave (the agent's text,
   the channel's signature, the Amazon order line).
2. ``reply_send`` lints that composed text with the channel's policy (``amazon_message`` on every
   Amazon marketplace, a computed column of the channel that no form can relax) and stores the
   verdict as an append-only ``GateDecision`` with the exact text, allowed or blocked. Blocked:
   no message is stored and nothing is enqueued; there is no override. Allowed: the message is
   stored with a digest of the allowed text and delivery is enqueued on commit.
3. ``reply_deliver`` (the task worker) hands the message to the mailer only when the text about
   to leave still has the allowed digest and, on a marketplace channel, still passes the policy.
4. ``reply_retry`` re-enqueues a failed delivery; it goes through ``reply_deliver`` again.

Every caller goes through here: the agent's screen and the JSON endpoint (``views``), the
automatic acknowledgement (``ticket_acknowledge``), the task worker (``tasks``) and a shell. No
other module in the helpdesk builds an ``EmailMessage``. ``helpdesk.linting`` only says what the
linter finds; this module decides.
"""

import logging
import re
from dataclasses import dataclass, field, replace
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from funnel.models import DiscountCode

from .. import inbound_mail, selectors
from ..linting import GateFinding, findings_for, linter_context, promotion_findings
from ..models import Channel, GateDecision, Message, SlaRecord, Ticket, TicketDiscountCode
from ..models.channels import AMAZON_MESSAGE
from .tickets import ReplyRefused, ticket_clock_stop, ticket_event_add, ticket_field_change

logger = logging.getLogger(__name__)


@dataclass
class SendResult:
    """What the gate decided. ``allowed`` False: nothing was stored as a message and nothing
    leaves; ``findings`` say why, positioned in the agent's draft."""

    allowed: bool
    decision: GateDecision
    message: Message | None = None
    findings: list[GateFinding] = field(default_factory=list)


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

    The subject answers the customer's own; when their words would fail the channel's policy
    (a buyer who pasted a link into the subject), the gate would block every reply for
    something the seller never wrote, so the subject is a neutral "Re: order …" instead.
    """
    draft = draft.replace("\r\n", "\n").strip()
    subject = ticket.subject or ""
    if not re.match(r"(?i)^(re|aw|antw|r|rif|sv|回复)\s*:", subject):
        subject = f"Re: {subject}".strip()
    order_id = ticket.amazon_order_id
    if ticket.channel.is_amazon and order_id and order_id not in subject:
        subject = f"{subject} (Order: {order_id})"
    if findings_for(subject, ticket.channel.effective_policy, context=linter_context()):
        subject = _neutral_subject(ticket)
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


def reply_send(
    *, ticket: Ticket, body: str, author: User | None, automatic: bool = False
) -> SendResult:
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
            message_id=inbound_mail.clean_message_id(make_msgid(domain=_domain_of(sender))),
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
            ticket_clock_stop(ticket=ticket, at=now, outcome=SlaRecord.Outcome.REPLIED)
            if ticket.first_response_at is None:
                ticket.first_response_at = now
            if ticket.status == Ticket.Status.OPEN:
                ticket_field_change(
                    ticket=ticket, actor=author, field_name="status", new=Ticket.Status.PENDING
                )
        ticket.save()
        message_pk = message.pk
        transaction.on_commit(lambda: _enqueue_delivery(message_pk))
    return SendResult(allowed=True, decision=decision, message=message)


def _gate_check(*, ticket: Ticket, body: str) -> tuple[str, str, list[GateFinding]]:
    """Compose the reply as it would leave and lint it with the channel's policy. On an own
    channel, a customer who may not be marketed to gets no offer either (``_offers_in``)."""
    policy = ticket.channel.effective_policy
    subject, text, parts = reply_compose(ticket=ticket, draft=body)
    context = linter_context()
    findings = [_place(f, parts) for f in findings_for(text, policy, lang=None, context=context)]
    findings += [
        replace(f, where="subject")
        for f in findings_for(subject, policy, lang=None, context=context)
    ]
    if not ticket.channel.is_amazon and not selectors.ticket_may_receive_offers(ticket=ticket):
        findings += [_place(f, parts) for f in _offers_in(ticket=ticket, text=text)]
    return subject, text, findings


#: Why an offer is stopped on an own channel (the linter's own message speaks of Amazon).
NO_OFFERS = (
    "This customer may not receive offers: they have not confirmed marketing consent for "
    "this address, withdrew it, or the address is suppressed. Remove the offer; help with "
    "their question is always fine."
)


def _offers_in(*, ticket: Ticket, text: str) -> list[GateFinding]:
    """The offers in *text*: what the Amazon rules call promotion (discounts, sales, the
    club, newsletters, social media), a discount code of any pool, the loyalty link."""
    local = _(NO_OFFERS)
    offers = [
        replace(f, rule_id=f"consent.{f.rule_id}", message=NO_OFFERS, message_local=local)
        for f in promotion_findings(text, context=linter_context())
    ]
    tokens = {m.group(0): m.start() for m in re.finditer(TOKEN_RE, text)}
    codes = DiscountCode.objects.filter(code__in=tokens).values_list("code", flat=True)
    links = [ticket.channel.loyalty_url] if ticket.channel.loyalty_url else []
    for excerpt, start in [(c, tokens[c]) for c in codes] + [
        (url, text.find(url)) for url in links if url in text
    ]:
        offers.append(
            GateFinding(
                category="discount" if excerpt in tokens else "promotion",
                rule_id="consent.offer",
                start=start,
                end=start + len(excerpt),
                excerpt=excerpt,
                message=NO_OFFERS,
                message_local=local,
            )
        )
    return offers


def reply_preview(*, ticket: Ticket, body: str) -> list[GateFinding]:
    """What the gate would say about *body*, without sending or recording anything: the
    agent's "Check" button. The decision that counts is always ``reply_send``'s own."""
    return _gate_check(ticket=ticket, body=body)[2]


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
        elif (
            not channel.is_amazon
            and not selectors.ticket_may_receive_offers(ticket=message.ticket)
            and _offers_in(ticket=message.ticket, text=message.body_text)
        ):
            problem = "The customer may no longer receive offers (consent or suppression)."
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


def reply_retry(*, message: Message, actor: User | None) -> None:
    """Enqueue a failed delivery again (the gate's decision stands; delivery re-checks it)."""
    if message.delivery_status != Message.Delivery.FAILED:
        return
    with transaction.atomic():
        ticket_event_add(
            ticket=message.ticket, actor=actor, field_name="delivery", old="failed", new="retry"
        )
        pk = message.pk
        transaction.on_commit(lambda: _enqueue_delivery(pk))


# ---------------------------------------------------------------------------------------------
# Details of the steps above


def _place(finding: GateFinding, parts: dict[str, tuple[int, int]]) -> GateFinding:
    """Position a finding in the part of the composed body it falls in (the agent's draft,
    the signature or the order line), so the agent sees it where they can change it."""
    for where, (start, end) in parts.items():
        if start <= finding.start < end or (finding.start == end == start):
            if where == "draft":
                return replace(finding, end=min(finding.end, end))
            return replace(
                finding, where=where, start=finding.start - start, end=finding.end - start
            )
    return replace(finding, where="footer")


def _neutral_subject(ticket: Ticket) -> str:
    """A subject with nothing of the customer's words: "Re: order 302-…" in the ticket's
    language, or "Re: your message" without an order number."""
    with translation.override(ticket.language or settings.LANGUAGE_CODE):
        if ticket.amazon_order_id:
            return _("Re: order %(order)s") % {"order": ticket.amazon_order_id}
        return _("Re: your message")


TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{2,63}")


def _tokens(text: str) -> set[str]:
    return set(TOKEN_RE.findall(text))


def _domain_of(address: str) -> str:
    domain = parseaddr(address)[1].rpartition("@")[2]
    return domain or "helpdesk.invalid"


def _threading_headers(message: Message) -> dict[str, str]:
    headers = {"Message-ID": f"<{message.message_id}>"}
    if message.in_reply_to:
        headers["In-Reply-To"] = f"<{message.in_reply_to}>"
    if message.references_header:
        headers["References"] = message.references_header
    return headers


def _delivery_update(
    message: Message, *, status: str, error: str = "", provider_message_id: str = ""
) -> None:
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


def _enqueue_delivery(message_pk: int) -> None:
    from ..tasks import reply_deliver_task

    reply_deliver_task.enqueue(message_pk)
