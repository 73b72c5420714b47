"""Held replies: on an Amazon channel a reply the linter holds for review (risk signals, no rule
proving a violation) is not sent. A Compliance reviewer, or staff a channel names, approves it
— and then only its exact text leaves, checked by digest at delivery — or rejects it, and it
never leaves. Real texts, the real linter: a mention of a review is today's risk signal."""

import io
import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from pypdf import PdfReader

from config.roles import COMPLIANCE_REVIEWERS, SUPPORT_MARKETPLACE
from core.models import ComplianceCase
from helpdesk import audit_guard
from helpdesk.models import GateDecision, HoldDecision, Message, SlaRecord, TicketEvent
from helpdesk.services.holds import HoldRefused, hold_reject
from helpdesk.services.replies import hold_approve, reply_deliver, reply_send
from helpdesk.services.tickets import ticket_clock_start

from .factories import AmazonTicketFactory, OwnedTicketFactory

pytestmark = pytest.mark.django_db

RISKY = (
    "Hello Anna, your kettle left our warehouse today with DHL. Would you consider leaving a "
    "review for the kettle?"
)
RISKY_DE = (
    "Hallo, Ihr Wasserkocher ist heute mit DHL verschickt worden. Würden Sie eine Bewertung "
    "für den Wasserkocher schreiben?"
)
TRANSACTIONAL = "Hello Anna, your kettle left our warehouse today with DHL, tracking 00340434161."


def _user(username, group=None, email=""):
    user = get_user_model().objects.create_user(username, email=email, password="agent-pass-123")
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reviewer(db):
    return _user("compliance.officer", COMPLIANCE_REVIEWERS, email="officer@nordvik.example")


@pytest.fixture
def colleague(db):
    return _user("amazon.colleague", SUPPORT_MARKETPLACE)


@pytest.fixture
def amazon_ticket(channels):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    ticket_clock_start(ticket=ticket, at=ticket.created_at)
    ticket.save()
    return ticket


@pytest.fixture
def send(django_capture_on_commit_callbacks, immediate_tasks):
    def _send(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return reply_send(**kwargs)

    return _send


@pytest.fixture
def held(amazon_ticket, marketplace_agent, send):
    result = send(ticket=amazon_ticket, body=RISKY, author=marketplace_agent)
    assert result.held
    return result.decision


def _approve(client, user, decision, *, sha256=None, reason="Neutral request, no condition."):
    client.force_login(user)
    return client.post(
        f"/admin/helpdesk/holds/{decision.pk}/",
        {"action": "approve", "reason": reason, "sha256": sha256 or decision.checked_sha256},
    )


def _reject(client, user, decision, category="review_solicitation"):
    client.force_login(user)
    return client.post(
        f"/admin/helpdesk/holds/{decision.pk}/",
        {"action": "reject", "reason": "Reads as asking for a good review.", "category": category},
    )


def test_a_risky_amazon_reply_is_held_not_sent(amazon_ticket, marketplace_agent, send):
    result = send(ticket=amazon_ticket, body=RISKY, author=marketplace_agent)
    assert result.held and not result.allowed and result.message is None
    assert mail.outbox == []
    assert not Message.objects.filter(direction="outbound").exists()
    decision = GateDecision.objects.get()
    assert decision.outcome == "review" and not decision.allowed and not decision.findings
    risk = result.risks[0]
    assert risk.rule_id == "risks.review.mention" and RISKY[risk.start : risk.end] == risk.excerpt
    assert decision.risks[0]["rule_id"] == "risks.review.mention"
    assert decision.author == marketplace_agent and decision.draft == RISKY
    # The response clock keeps running while the reply waits for a reviewer.
    amazon_ticket.refresh_from_db()
    assert amazon_ticket.awaiting_since is not None and not SlaRecord.objects.exists()
    assert TicketEvent.objects.filter(ticket=amazon_ticket, field="hold", new="held").exists()
    case = ComplianceCase.objects.get()
    assert case.outcome == "pending" and case.policy == "amazon_message" and case.lang == "en"
    assert case.risk_rule_ids == ["risks.review.mention"]


def test_the_owned_channel_never_holds(channels, owned_agent, send):
    ticket = OwnedTicketFactory(channel=channels["shopify"])
    result = send(ticket=ticket, body=RISKY, author=owned_agent)
    assert result.allowed and not result.held
    assert len(mail.outbox) == 1
    assert not ComplianceCase.objects.exists()


def test_a_reviewer_approves_and_exactly_the_held_text_leaves(
    client, held, reviewer, amazon_ticket, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _approve(client, reviewer, held)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.body == held.checked_text and sent.subject == held.subject
    assert sent.to == [amazon_ticket.reply_to]
    message = Message.objects.get(direction="outbound")
    assert message.gate_decision == held and message.delivery_status == "sent"
    assert message.author == held.author  # the agent wrote it; the reviewer let it out
    hold = HoldDecision.objects.get()
    assert hold.verdict == "approved" and hold.reviewer == reviewer
    assert hold.approved_sha256 == held.checked_sha256
    amazon_ticket.refresh_from_db()
    assert amazon_ticket.awaiting_since is None  # the reply stops the clock when it is sent
    case = ComplianceCase.objects.get()
    assert case.outcome == "approved" and case.reviewer == reviewer and case.categories == []


def test_a_raw_sql_edit_of_the_body_after_approval_is_refused_at_delivery(
    held, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        message = hold_approve(
            decision=held,
            reviewer=reviewer,
            reason="Neutral request.",
            approved_sha256=held.checked_sha256,
        )
    audit_guard.remove(connection)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE helpdesk_message SET body_text = %s WHERE id = %s",
                [held.checked_text + " Five stars get a free descaler!", message.pk],
            )
    finally:
        audit_guard.install(connection)
    delivered = reply_deliver(message_id=message.pk)
    assert delivered.delivery_status == "failed"
    assert "differs" in delivered.delivery_error
    assert mail.outbox == []


def test_a_held_text_changed_behind_the_gate_cannot_be_approved(held, reviewer, client):
    audit_guard.remove(connection)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE helpdesk_gatedecision SET checked_text = %s WHERE id = %s",
                ["Leave five stars and get 10% off at www.nordvik.example", held.pk],
            )
    finally:
        audit_guard.install(connection)
    response = _approve(client, reviewer, held)
    assert response.status_code == 409
    assert not HoldDecision.objects.exists()
    assert not Message.objects.filter(direction="outbound").exists()
    assert mail.outbox == []


def test_only_the_text_the_reviewer_read_can_be_approved(held, reviewer, client):
    response = _approve(client, reviewer, held, sha256="0" * 64)
    assert response.status_code == 409
    assert not HoldDecision.objects.exists() and mail.outbox == []


def test_a_message_of_a_held_reply_without_approval_never_leaves(held, amazon_ticket):
    # A row written behind the service's back, pointing at the held decision.
    message = Message.objects.create(
        ticket=amazon_ticket,
        direction="outbound",
        message_id="forged@nordvik.example",
        from_address="seller@nordvik.example",
        to_addresses=amazon_ticket.reply_to,
        subject=held.subject,
        body_text=held.checked_text,
        gate_decision=held,
        delivery_status="queued",
    )
    assert reply_deliver(message_id=message.pk).delivery_status == "failed"
    assert mail.outbox == []


def test_a_rejected_reply_never_leaves(
    client, held, reviewer, colleague, amazon_ticket, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _reject(client, reviewer, held)
    assert response.status_code == 302
    hold = HoldDecision.objects.get()
    assert hold.verdict == "rejected" and hold.category == "review_solicitation"
    # Nobody can approve it afterwards, through the screen or the service.
    held.channel.hold_approvers.add(colleague)
    assert _approve(client, colleague, held).status_code == 409
    with pytest.raises(HoldRefused):
        hold_approve(
            decision=held, reviewer=reviewer, reason="x", approved_sha256=held.checked_sha256
        )
    assert not Message.objects.filter(direction="outbound").exists()
    assert mail.outbox == []
    case = ComplianceCase.objects.get()
    assert case.outcome == "rejected" and case.categories == ["review_solicitation"]
    # The agent sees the rejection and its reason on the ticket.
    client.force_login(held.author)
    page = client.get(f"/admin/helpdesk/tickets/{amazon_ticket.pk}/").content.decode()
    assert "Rejected by compliance review" in page
    assert "Reads as asking for a good review." in page


def test_a_rejection_needs_a_reason_and_a_category(held, reviewer):
    with pytest.raises(HoldRefused):
        hold_reject(decision=held, reviewer=reviewer, reason=" ", category="review_solicitation")
    with pytest.raises(HoldRefused):
        hold_reject(decision=held, reviewer=reviewer, reason="no", category="not-a-category")
    assert not HoldDecision.objects.exists()


def test_approval_without_the_permission_is_refused(held, colleague, client):
    response = _approve(client, colleague, held)
    assert response.status_code == 403
    assert client.get("/admin/helpdesk/holds/").status_code == 403
    assert client.get(f"/admin/helpdesk/holds/{held.pk}/").status_code == 403
    assert _reject(client, colleague, held).status_code == 403
    assert not HoldDecision.objects.exists()
    assert not Message.objects.filter(direction="outbound").exists()
    assert mail.outbox == []


def test_staff_a_channel_names_may_approve_there_only_and_never_their_own_reply(
    held, colleague, marketplace_agent, channels, client, immediate_tasks,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    channels["amazon-fr"].hold_approvers.add(colleague)
    assert _approve(client, colleague, held).status_code == 403  # another marketplace
    held.channel.hold_approvers.add(marketplace_agent)
    assert _approve(client, marketplace_agent, held).status_code == 403  # wrote it
    assert mail.outbox == []
    held.channel.hold_approvers.add(colleague)
    with django_capture_on_commit_callbacks(execute=True):
        assert _approve(client, colleague, held).status_code == 302
    assert len(mail.outbox) == 1


def test_rephrasing_checks_again_and_withdraws_the_hold(
    held, amazon_ticket, marketplace_agent, reviewer, send
):
    rephrased = send(ticket=amazon_ticket, body=TRANSACTIONAL, author=marketplace_agent)
    assert rephrased.allowed
    assert len(mail.outbox) == 1 and "review" not in mail.outbox[0].body
    withdrawn = HoldDecision.objects.get(decision=held)
    assert withdrawn.verdict == "withdrawn" and withdrawn.reviewer == marketplace_agent
    with pytest.raises(HoldRefused):
        hold_approve(
            decision=held, reviewer=reviewer, reason="ok", approved_sha256=held.checked_sha256
        )
    assert len(mail.outbox) == 1
    assert ComplianceCase.objects.get().outcome == "withdrawn"


def test_rephrasing_into_another_risky_text_holds_only_the_new_one(
    held, amazon_ticket, marketplace_agent, reviewer, send
):
    again = send(ticket=amazon_ticket, body=RISKY_DE, author=marketplace_agent)
    assert again.held
    assert HoldDecision.objects.get(decision=held).verdict == "withdrawn"
    pending = GateDecision.objects.filter(outcome="review", hold_decision__isnull=True)
    assert list(pending) == [again.decision]
    assert ComplianceCase.objects.get(outcome="pending").lang == "de"


def test_the_ticket_shows_the_hold_with_its_risks_marked(client, held, amazon_ticket):
    client.force_login(held.author)
    response = client.get(f"/admin/helpdesk/tickets/{amazon_ticket.pk}/")
    html = response.content.decode()
    assert f'data-hold="{held.pk}"' in html
    assert "Held for compliance review" in html
    assert '<mark class="hd-risk"' in html and ">review</mark>" in html


def test_the_agent_can_put_the_held_text_back_to_rephrase_it(client, held, amazon_ticket):
    client.force_login(held.author)
    response = client.post(
        f"/admin/helpdesk/tickets/{amazon_ticket.pk}/", {"action": "rephrase", "hold": held.pk}
    )
    assert response.status_code == 200
    assert RISKY in response.content.decode()  # in the reply box, to change


def test_the_reply_endpoint_answers_202_for_a_held_reply(
    client, amazon_ticket, marketplace_agent, immediate_tasks
):
    client.force_login(marketplace_agent)
    response = client.post(
        f"/admin/helpdesk/tickets/{amazon_ticket.pk}/reply/",
        data=json.dumps({"body": RISKY}),
        content_type="application/json",
    )
    assert response.status_code == 202
    payload = response.json()
    assert payload["held"] and not payload["allowed"] and payload["message"] is None
    assert payload["risks"][0]["rule_id"] == "risks.review.mention"
    assert mail.outbox == []


def test_the_queue_is_sorted_by_the_response_clock_and_counted_in_the_menu(
    client, channels, marketplace_agent, reviewer, send
):
    late = AmazonTicketFactory(channel=channels["amazon-de"], subject="Late one")
    soon = AmazonTicketFactory(channel=channels["amazon-de"], subject="Due first")
    now = timezone.now()
    for ticket, started in ((late, now - timedelta(hours=1)), (soon, now - timedelta(hours=20))):
        ticket_clock_start(ticket=ticket, at=started)
        ticket.save()
    send(ticket=late, body=RISKY, author=marketplace_agent)
    send(ticket=soon, body=RISKY_DE, author=marketplace_agent)
    client.force_login(reviewer)
    html = client.get("/admin/helpdesk/holds/").content.decode()
    assert html.index("Due first") < html.index("Late one")
    assert "Held replies (2)" in client.get("/admin/").content.decode()


def test_reviewers_get_an_email_digest_once_per_new_hold(
    held, reviewer, channels, settings, marketplace_agent, send
):
    settings.HELPDESK_HOLD_DIGEST_MINUTES = 0
    call_command("held_replies_digest")
    digests = [m for m in mail.outbox if m.to == ["officer@nordvik.example"]]
    assert len(digests) == 1
    assert "1 held replies" in digests[0].subject
    assert f"/admin/helpdesk/holds/{held.pk}/" in digests[0].body
    call_command("held_replies_digest")  # nothing new held: no second mail
    assert len([m for m in mail.outbox if m.to == ["officer@nordvik.example"]]) == 1
    other = AmazonTicketFactory(channel=channels["amazon-fr"])
    send(ticket=other, body=RISKY_DE, author=marketplace_agent)
    call_command("held_replies_digest")
    assert len([m for m in mail.outbox if m.to == ["officer@nordvik.example"]]) == 2


def test_the_order_pdf_shows_what_was_sent_and_decided_never_refused_drafts(
    client, channels, marketplace_agent, reviewer, send, immediate_tasks,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    send(ticket=ticket, body="Use code SAVE10 on our website", author=marketplace_agent)
    rejected = send(ticket=ticket, body=RISKY_DE, author=marketplace_agent).decision
    hold_reject(
        decision=rejected, reviewer=reviewer, reason="Not needed here.", category="promotion"
    )
    approved = send(ticket=ticket, body=RISKY, author=marketplace_agent).decision
    with django_capture_on_commit_callbacks(execute=True):
        hold_approve(
            decision=approved,
            reviewer=reviewer,
            reason="Neutral, unconditional request.",
            approved_sha256=approved.checked_sha256,
        )
    client.force_login(marketplace_agent)
    response = client.get(f"/admin/helpdesk/orders/{ticket.amazon_order_id}/conversation.pdf")
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages
    ).replace("\n", " ")
    assert "leaving a review for the kettle" in text  # what was sent
    assert "approved by compliance.officer" in text.lower() or "Approved by compliance" in text
    assert "Neutral, unconditional request." in text
    assert "rejected (not sent)" in text and "Not needed here." in text
    assert "Wasserkocher" not in text  # the rejected draft's words stay internal
    assert "SAVE10" not in text and "blocked" not in text
