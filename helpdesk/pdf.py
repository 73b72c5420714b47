"""The complete conversation about one Amazon order as a PDF, for an A-to-z Guarantee claim
defence: every message to and from the buyer with its time, addresses, delivery status and
attachment digests, and what was decided about the replies — allowed by the send gate, or held
for compliance review and approved or rejected by a named reviewer, with the reason — in
embedded TrueType fonts (CJK included).

The PDF is evidence for Amazon of what was sent and decided. What an agent typed and the gate
refused (blocked drafts), replies withdrawn before review and internal notes are left out: they
never were part of the conversation with the buyer, and stay in the internal audit
(*Helpdesk → Send gate decisions*). A rejected hold is listed as a decision, without its text.
"""

from io import BytesIO
from xml.sax.saxutils import escape

from django.utils import timezone
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from registration.pdf import fonts

from .models import GateDecision, HoldDecision, Message

#: What a decision row of the PDF says, by outcome.
SENT_OR_DECIDED = (GateDecision.Outcome.ALLOW, GateDecision.Outcome.REVIEW)


def _para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    family = fonts.bold_for(text) if bold else fonts.family_for(text)
    safe = escape(text).replace("\n", "<br/>")
    return Paragraph(safe, ParagraphStyle(f"{style.name}-{family}", parent=style, fontName=family))


def conversation_pdf(*, order_id: str, tickets: list, generated_by) -> bytes:
    fonts.register()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"Amazon order {order_id}: buyer-seller conversation",
        author=str(generated_by),
        invariant=1,
        initialFontName=fonts.SANS,
    )
    base = ParagraphStyle("base", fontName=fonts.SANS, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.grey)
    title = ParagraphStyle("title", parent=base, fontSize=15, leading=19, spaceAfter=6)
    heading = ParagraphStyle("heading", parent=base, fontSize=11, leading=14, spaceBefore=8)

    first = tickets[0]
    story = [
        _para(f"Amazon order {order_id}", title, bold=True),
        _para(
            f"Marketplace: {first.channel.marketplace} · Buyer relay address: {first.reply_to}\n"
            f"Exported {timezone.now():%Y-%m-%d %H:%M %Z} by {generated_by} · "
            f"{len(tickets)} conversation(s)",
            small,
        ),
        Spacer(0, 4 * mm),
    ]
    for ticket in tickets:
        story.append(_para(f"Ticket {ticket.reference}: {ticket.subject}", heading, bold=True))
        messages = (
            ticket.messages.exclude(direction=Message.Direction.NOTE)
            .select_related("author", "gate_decision__hold_decision__reviewer")
            .prefetch_related("attachments")
        )
        for message in messages:
            story.extend(_message_block(message, base, small))
        rows = [["Time", "Policy", "Decision", "Details"]]
        for decision in evidence_decisions(ticket):
            verdict, details = _decision_row(decision)
            rows.append(
                [
                    f"{decision.created_at:%Y-%m-%d %H:%M}",
                    decision.policy,
                    verdict,
                    _para(details or "—", small),
                ]
            )
        if len(rows) > 1:
            story.append(_para("Send gate and compliance review decisions", heading, bold=True))
            table = Table(rows, colWidths=[32 * mm, 30 * mm, 32 * mm, None])
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
                        ("FONT", (0, 0), (-1, 0), fonts.SANS_BOLD, 8),
                        ("GRID", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(table)
    doc.build(story)
    return buffer.getvalue()


def evidence_decisions(ticket) -> list[GateDecision]:
    """The decisions the PDF shows: replies the gate allowed, and held replies a reviewer
    approved or rejected. Blocked drafts, withdrawn and undecided holds stay internal."""
    decisions = (
        GateDecision.objects.filter(ticket=ticket, outcome__in=SENT_OR_DECIDED)
        .select_related("hold_decision__reviewer")
        .order_by("created_at", "pk")
    )
    shown = []
    for decision in decisions:
        hold = getattr(decision, "hold_decision", None)
        if decision.outcome == GateDecision.Outcome.ALLOW or (
            hold is not None and hold.verdict != HoldDecision.Verdict.WITHDRAWN
        ):
            shown.append(decision)
    return shown


def _decision_row(decision: GateDecision) -> tuple[str, str]:
    if decision.outcome == GateDecision.Outcome.ALLOW:
        return "allowed", ""
    hold = decision.hold_decision
    signals = ", ".join(dict.fromkeys(str(r.get("category")) for r in decision.risks))
    when = f"{hold.created_at:%Y-%m-%d %H:%M %Z}"
    if hold.verdict == HoldDecision.Verdict.APPROVED:
        return (
            "held for review, approved",
            f"Risk signals: {signals}. Approved by {hold.reviewer} at {when}: {hold.reason} "
            f"(text SHA-256 {hold.approved_sha256})",
        )
    return (
        "held for review, rejected (not sent)",
        f"Risk signals: {signals}. Rejected by {hold.reviewer} at {when} as {hold.category}: "
        f"{hold.reason}",
    )


def _message_block(message: Message, base, small) -> list:
    if message.direction == Message.Direction.INBOUND:
        who = f"From buyer {message.from_address}"
    else:
        who = f"Reply from {message.from_address} to {message.to_addresses}"
        if message.author:
            who += f" (agent {message.author})"
        if message.automatic:
            who += " · automatic"
    status = ""
    if message.direction == Message.Direction.OUTBOUND:
        status = f" · delivery: {message.delivery_status or '—'}"
        if message.delivered_at:
            status += f" at {message.delivered_at:%Y-%m-%d %H:%M %Z}"
        if message.provider_message_id:
            status += f" · provider id {message.provider_message_id}"
    block = [
        Spacer(0, 2 * mm),
        _para(f"{message.created_at:%Y-%m-%d %H:%M %Z} · {who}{status}", small),
        _para(f"Subject: {message.subject}", small) if message.subject else Spacer(0, 0),
        _para(
            "[content erased at the customer's request]"
            if message.redacted_at
            else (message.body_text or "").strip() or "—",
            base,
        ),
    ]
    for attachment in message.attachments.all():
        block.append(
            _para(
                f"Attachment: {attachment.filename or '(erased)'} · {attachment.size} bytes · "
                f"SHA-256 {attachment.sha256}",
                small,
            )
        )
    decision = message.gate_decision
    hold = getattr(decision, "hold_decision", None) if decision is not None else None
    if hold is not None and hold.verdict == HoldDecision.Verdict.APPROVED:
        block.append(
            _para(
                f"Held for compliance review; approved by {hold.reviewer} at "
                f"{hold.created_at:%Y-%m-%d %H:%M %Z} before it was sent.",
                small,
            )
        )
    block.append(_para(f"Message-ID: {message.message_id}", small))
    return block
