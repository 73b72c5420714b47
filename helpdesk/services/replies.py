"""THE send gate: the only way anything leaves the helpdesk.

Invariant 1 of ``docs/architecture.md``, the Amazon wall: no message leaves on a marketplace
channel unless the ``amazon_message`` policy allows it or a reviewer approved its exact text.
This module is where that holds, and it is written to be read whole:

1. ``reply_compose`` builds the subject and body exactly as they will leave (the agent's text,
   the channel's signature, the Amazon order line).
2. ``reply_send`` lints that composed text with the channel's policy (``amazon_message`` on every
   Amazon marketplace, a computed column of the channel that no form can relax) and stores the
   verdict as an append-only ``GateDecision`` with the exact text: allowed, held for review or
   blocked. Blocked (a rule proves a violation): no message is stored and nothing is enqueued;
   there is no override. Held (risk signals, no proof; never on the owned channel): nothing is
   stored to send either; the reply waits for a reviewer (``services.holds``). Allowed: the
   message is stored with a digest of the allowed text and delivery is enqueued on commit.
3. ``hold_approve``: a reviewer approves a held reply; exactly the text they read (its digest)
   is stored as the message and delivery is enqueued. Rejected holds never leave.
4. ``reply_deliver`` (the task worker) hands the message to the mailer only when the text about
   to leave still has the digest the gate allowed or the reviewer approved and, on a marketplace
   channel, no rule blocks it now.
5. ``reply_retry`` re-enqueues a failed delivery; it goes through ``reply_deliver`` again.

Every caller goes through here: the agent's screen and the JSON endpoint (``views``), the
review queue, the automatic acknowledgement (``ticket_acknowledge``), the task worker
(``tasks``) and a shell. No other module in the helpdesk builds a message to a customer (the
reviewers' digest in ``services.holds`` writes to staff only). ``helpdesk.linting`` only says
what the linter finds; this module decides.
"""

import logging
import re
from dataclasses import dataclass, field, replace
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalog import voice
from funnel.models import DiscountCode

from .. import inbound_mail, selectors
from ..linting import GateFinding, findings_for, linter_context, promotion_findings, verdict_for
from ..models import (
    Channel,
    GateDecision,
    HoldDecision,
    Message,
    SlaRecord,
    Ticket,
    TicketDiscountCode,
)
from ..models.channels import AMAZON_MESSAGE
from .holds import (
    HoldRefused,
    hold_check_decidable,
    hold_record_decided,
    hold_record_held,
    hold_withdraw_pending,
)
from .tickets import ReplyRefused, ticket_clock_stop, ticket_event_add, ticket_field_change

Outcome = GateDecision.Outcome

logger = logging.getLogger(__name__)


@dataclass
class SendResult:
    """What the gate decided. ``allowed`` False: nothing was stored as a message and nothing
    leaves; ``findings`` say why (blocked), or ``held`` is true and ``risks`` say what a
    reviewer must look at, all positioned in the agent's draft."""

    allowed: bool
    decision: GateDecision
    message: Message | None = None
    findings: list[GateFinding] = field(default_factory=list)
    risks: list[GateFinding] = field(default_factory=list)

    @property
    def held(self) -> bool:
        return self.decision.outcome == Outcome.REVIEW


@dataclass
class GateCheck:
    """The reply as it would leave and what the linter says about it."""

    subject: str
    text: str
    findings: list[GateFinding]
    risks: list[GateFinding]
    lang: str | None

    @property
    def outcome(self) -> str:
        if self.findings:
            return Outcome.BLOCK
        return Outcome.REVIEW if self.risks else Outcome.ALLOW


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
    or hold it for review (a buyer who pasted a link into the subject, or wrote about their
    review), the gate would stop every reply for something the seller never wrote, so the
    subject is a neutral "Re: order …" instead.
    """
    draft = draft.replace("\r\n", "\n").strip()
    subject = ticket.subject or ""
    if not re.match(r"(?i)^(re|aw|antw|r|rif|sv|回复)\s*:", subject):
        subject = f"Re: {subject}".strip()
    order_id = ticket.amazon_order_id
    if ticket.channel.is_amazon and order_id and order_id not in subject:
        subject = f"{subject} (Order: {order_id})"
    on_subject = verdict_for(subject, ticket.channel.effective_policy, context=linter_context())
    if on_subject.findings or on_subject.risks:
        subject = _neutral_subject(ticket)
    parts: dict[str, tuple[int, int]] = {"draft": (0, len(draft))}
    body = draft
    signature = ticket.channel.signature_for(ticket.language)
    if signature:
        body += "\n\n"
        start = len(body)
        body += signature
        parts["signature"] = (start, len(body))
    if ticket.channel.is_amazon and order_id and order_id not in draft:
        with voice.override(ticket.language or settings.LANGUAGE_CODE):
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
    There is no override. Held for review (risk signals, no rule proving a violation): nothing
    is stored to send; a reviewer decides (``hold_approve``, ``holds.hold_reject``) and the
    response clock keeps running. Allowed: the message is stored, the response clock stops
    (unless ``automatic``: auto-replies don't count), and delivery is enqueued on commit. A
    reply stored or held withdraws the ticket's earlier replies still waiting for review.
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
        check = _gate_check(ticket=ticket, body=body)
        decision = GateDecision.objects.create(
            ticket=ticket,
            channel=channel,
            author=author,
            policy=policy,
            allowed=check.outcome == Outcome.ALLOW,
            outcome=check.outcome,
            automatic=automatic,
            subject=check.subject,
            draft=body,
            checked_text=check.text,
            checked_sha256=GateDecision.digest(f"{check.subject}\n\n{check.text}"),
            language=ticket.language,
            findings=[f.to_dict() for f in check.findings],
            risks=[r.to_dict() for r in check.risks],
        )
        if check.outcome == Outcome.BLOCK:
            logger.info(
                "Reply on %s blocked by %s: %s", ticket.reference, policy, decision.findings
            )
            return SendResult(
                allowed=False, decision=decision, findings=check.findings, risks=check.risks
            )
        # Only the newest wording can leave: an earlier reply still held is withdrawn.
        hold_withdraw_pending(ticket=ticket, actor=author, keep=decision)
        if check.outcome == Outcome.REVIEW:
            hold_record_held(decision=decision, lang=check.lang)
            logger.info("Reply on %s held for review: %s", ticket.reference, decision.risks)
            return SendResult(allowed=False, decision=decision, risks=check.risks)
        message = _reply_store(
            ticket=ticket, decision=decision, author=author, actor=author, automatic=automatic
        )
    return SendResult(allowed=True, decision=decision, message=message)


def hold_approve(
    *, decision: GateDecision, reviewer: User, reason: str, approved_sha256: str
) -> Message:
    """A reviewer approves a held reply: exactly the text they read leaves, nothing else.

    *approved_sha256* is the digest of the text the reviewer was shown; the approval is
    refused when it is not the held text's digest, when the stored text no longer matches its
    digest (changed behind the gate's back), when a rule blocks the text now, when the reply
    was decided already, when the reviewer may not decide holds on the channel or wrote the
    reply. Approved: the reply is stored with the approval's digest, the response clock stops
    and delivery is enqueued on commit; ``reply_deliver`` checks the digest again."""
    reason = (reason or "").strip()
    if not reason:
        raise HoldRefused(_("Give a reason for your decision."))
    with transaction.atomic():
        ticket = (
            Ticket.objects.select_for_update().select_related("channel").get(pk=decision.ticket_id)
        )
        decision = GateDecision.objects.select_related("channel", "author").get(pk=decision.pk)
        hold_check_decidable(decision=decision, user=reviewer, approving=True)
        stored = GateDecision.digest(f"{decision.subject}\n\n{decision.checked_text}")
        if not (approved_sha256 == decision.checked_sha256 == stored):
            raise HoldRefused(
                _("The held text is not the text you read; nothing was approved or sent.")
            )
        context = linter_context()
        if findings_for(decision.checked_text, decision.policy, context=context) or findings_for(
            decision.subject, decision.policy, context=context
        ):
            raise HoldRefused(_("The policy now blocks this text: it cannot be approved."))
        hold = HoldDecision.objects.create(
            decision=decision,
            verdict=HoldDecision.Verdict.APPROVED,
            reviewer=reviewer,
            reason=reason,
            approved_sha256=stored,
        )
        hold_record_decided(hold=hold)
        message = _reply_store(
            ticket=ticket,
            decision=decision,
            author=decision.author,
            actor=reviewer,
            automatic=False,
        )
    return message


def _reply_store(
    *,
    ticket: Ticket,
    decision: GateDecision,
    author: User | None,
    actor: User | None,
    automatic: bool,
) -> Message:
    """Store the text *decision* let through as the outbound message (the caller holds the
    ticket's lock), stop the response clock and enqueue delivery on commit."""
    sender = sender_for(ticket.channel)
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
        subject=decision.subject,
        body_text=decision.checked_text,
        visible_text=decision.checked_text,
        gate_decision=decision,
        created_at=now,
        delivery_status=Message.Delivery.QUEUED,
    )
    TicketDiscountCode.objects.filter(ticket=ticket, sent_in__isnull=True).filter(
        code__code__in=_tokens(decision.draft)
    ).update(sent_in=message)
    ticket.last_message_at = now
    if not automatic:
        ticket_clock_stop(ticket=ticket, at=now, outcome=SlaRecord.Outcome.REPLIED)
        if ticket.first_response_at is None:
            ticket.first_response_at = now
        if ticket.status == Ticket.Status.OPEN:
            ticket_field_change(
                ticket=ticket, actor=actor, field_name="status", new=Ticket.Status.PENDING
            )
    ticket.save()
    message_pk = message.pk
    transaction.on_commit(lambda: _enqueue_delivery(message_pk))
    return message


def _gate_check(*, ticket: Ticket, body: str) -> GateCheck:
    """Compose the reply as it would leave and lint it with the channel's policy. On an own
    channel, a customer who may not be marketed to gets no offer either (``_offers_in``)."""
    policy = ticket.channel.effective_policy
    subject, text, parts = reply_compose(ticket=ticket, draft=body)
    context = linter_context()
    verdict = verdict_for(text, policy, lang=None, context=context)
    on_subject = verdict_for(subject, policy, lang=None, context=context)
    offers: list[GateFinding] = []
    if not ticket.channel.is_amazon and not selectors.ticket_may_receive_offers(ticket=ticket):
        offers = [_place(f, parts) for f in _offers_in(ticket=ticket, text=text)]
    return GateCheck(
        subject=subject,
        text=text,
        findings=[_place(f, parts) for f in verdict.findings]
        + [replace(f, where="subject") for f in on_subject.findings]
        + offers,
        risks=[_place(r, parts) for r in verdict.risks]
        + [replace(r, where="subject") for r in on_subject.risks],
        lang=verdict.lang,
    )


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


def reply_preview(*, ticket: Ticket, body: str) -> GateCheck:
    """What the gate would say about *body*, without sending or recording anything: the
    agent's "Check" button. The decision that counts is always ``reply_send``'s own."""
    return _gate_check(ticket=ticket, body=body)


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
    """Hand an allowed or approved reply to the mailer (anymail in production). Runs in the
    task worker.

    The text about to leave is compared with the text the gate allowed or the reviewer
    approved (its digest) and, on a marketplace channel, checked once more, so a row changed
    behind the gate's back, or a rule tightened since, still stops it. The message row stays locked during the provider
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
        if decision is None or not _let_through(decision):
            problem = "The send gate did not allow this text and no reviewer approved it."
        elif GateDecision.digest(f"{message.subject}\n\n{message.body_text}") != (
            decision.checked_sha256
        ):
            problem = "The text differs from what the send gate allowed or the reviewer approved."
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


def _let_through(decision: GateDecision) -> bool:
    """Whether *decision* lets its text leave: allowed by the gate, or held and approved by a
    reviewer for exactly the digest the gate recorded."""
    if decision.outcome == Outcome.ALLOW:
        return decision.allowed
    if decision.outcome != Outcome.REVIEW:
        return False
    hold = HoldDecision.objects.filter(decision=decision).first()
    return (
        hold is not None
        and hold.verdict == HoldDecision.Verdict.APPROVED
        and hold.approved_sha256 == decision.checked_sha256
    )


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
    with voice.override(ticket.language or settings.LANGUAGE_CODE):
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
