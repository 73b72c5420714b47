"""In Chromium: an Amazon agent's reply that mentions a review is held for compliance review,
not sent; a Compliance reviewer approves it from the held-reply queue and the mail leaves. A
rejected one never leaves, and the agent sees why.

Screenshots (``tests.browser.shots``): the held-reply queue and the reviewer's decision screen.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from config.roles import COMPLIANCE_REVIEWERS
from helpdesk.models import GateDecision, HoldDecision, Message
from helpdesk.services.inbound import inbound_receive
from tests.browser.shots import shot

from .factories import inbound

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RISKY = (
    "Hello Thomas, your parcel left our warehouse today with DHL, tracking number "
    "00340434161234567890. Would you consider leaving a review for the headlamp once it "
    "arrives?"
)


@pytest.fixture
def desk(channels, marketplace_agent, immediate_tasks):
    reviewer = get_user_model().objects.create_user(
        "compliance.officer", email="officer@nordvik.example", password="agent-pass-123"
    )
    reviewer.groups.add(Group.objects.get(name=COMPLIANCE_REVIEWERS))
    stored, _ = inbound_receive(
        message=inbound(
            sender="Thomas Krüger - Amazon Marketplace <7q2mx9z1k4tbd3c@marketplace.amazon.de>",
            subject="Anfrage von Amazon-Kunde Thomas Krüger (Bestellung: 302-1234567-1234567)",
            text="Hallo, wo ist mein Paket?",
        ),
        provider="Postmark",
    )
    return stored.ticket


def sign_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "agent-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def agent_sends_the_risky_reply(page, live_server, ticket):
    sign_in(page, live_server, "amazon.agent")
    page.goto(f"{live_server.url}/admin/helpdesk/tickets/{ticket.pk}/")
    page.fill("#helpdesk-body", RISKY)
    with page.expect_navigation():
        page.get_by_role("button", name="Send reply").click()
    hold = page.locator("section.hd-hold")
    hold.wait_for()
    assert "Held for compliance review" in hold.inner_text()
    assert page.locator("mark.hd-risk").first.inner_text() == "review"
    assert page.locator(".hd-risk-item").first.get_attribute("data-category") == (
        "review_solicitation"
    )
    assert mail.outbox == []
    assert not Message.objects.filter(direction="outbound").exists()
    page.context.clear_cookies()


def test_a_held_reply_is_approved_by_a_reviewer_and_the_mail_leaves(live_server, page, desk):
    agent_sends_the_risky_reply(page, live_server, desk)

    sign_in(page, live_server, "compliance.officer")
    assert "Held replies (1)" in page.content()  # the badge in the admin menu
    page.goto(f"{live_server.url}/admin/helpdesk/holds/")
    rows = page.locator("tr.hd-hold-row")
    assert rows.count() == 1
    assert rows.first.locator("mark.hd-risk").inner_text() == "review"
    shot(page, "held-reply-queue.png")

    rows.first.get_by_role("link", name="Review").click()
    page.wait_for_url("**/admin/helpdesk/holds/*/")
    assert "Hallo, wo ist mein Paket?" in page.locator(".hd-timeline").inner_text()
    page.fill("form.hd-approve textarea[name=reason]", "Neutral request to every buyer.")
    shot(page, "held-reply-review.png")
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and send").click()
    page.locator("text=Approved: the reply is being sent.").wait_for()

    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["7q2mx9z1k4tbd3c@marketplace.amazon.de"]
    assert sent.body.startswith(RISKY)
    decision = GateDecision.objects.get(outcome="review")
    assert sent.body == decision.checked_text
    assert HoldDecision.objects.get().verdict == "approved"
    assert Message.objects.get(direction="outbound").delivery_status == "sent"


def test_a_rejected_reply_does_not_leave(live_server, page, desk):
    agent_sends_the_risky_reply(page, live_server, desk)

    sign_in(page, live_server, "compliance.officer")
    page.goto(f"{live_server.url}/admin/helpdesk/holds/")
    page.locator("tr.hd-hold-row").first.get_by_role("link", name="Review").click()
    page.wait_for_url("**/admin/helpdesk/holds/*/")
    page.select_option("form.hd-reject select[name=category]", "review_solicitation")
    page.fill("form.hd-reject textarea[name=reason]", "Please leave the review request out.")
    with page.expect_navigation():
        page.get_by_role("button", name="Reject").click()
    page.locator("text=Rejected: the reply will not be sent.").wait_for()
    assert page.locator("tr.hd-hold-row").count() == 0

    assert mail.outbox == []
    assert not Message.objects.filter(direction="outbound").exists()
    assert HoldDecision.objects.get().verdict == "rejected"
    page.context.clear_cookies()
    sign_in(page, live_server, "amazon.agent")
    page.goto(f"{live_server.url}/admin/helpdesk/tickets/{desk.pk}/")
    rejected = page.locator("section.hd-hold--rejected")
    assert "Please leave the review request out." in rejected.inner_text()
