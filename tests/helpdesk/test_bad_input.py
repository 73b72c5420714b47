"""What an agent's browser, a script or a stranger sends the helpdesk's screens and endpoints
gets a clear 4xx and changes nothing: NUL bytes (which PostgreSQL cannot store or compare), a
message number that is not a number, a reply body that is not text."""

import json

import pytest
from django.core import mail

from helpdesk.models import GateDecision, Message

from .factories import AmazonTicketFactory

pytestmark = pytest.mark.django_db

TRANSACTIONAL = "Your parcel left our warehouse today; the tracking number follows by mail."


@pytest.fixture
def ticket(channels):
    return AmazonTicketFactory(channel=channels["amazon-de"])


def test_a_search_with_a_nul_byte_gets_an_error_message_not_a_server_error(
    client, ticket, marketplace_agent
):
    client.force_login(marketplace_agent)
    response = client.get("/admin/helpdesk/", {"q": "302\x00-1234567", "view": "all"})
    assert response.status_code == 400
    assert "Null characters are not allowed" in response.text
    assert ticket.subject in response.text  # the inbox still shows, unfiltered
    assert client.get("/admin/helpdesk/", {"q": "302-1234567", "view": "all"}).status_code == 200


@pytest.mark.parametrize(
    "order_id", ["302-1234567-1234567%00", "%00", "302-1234567-1234567%0Ax", "not-an-order"]
)
def test_the_order_pdf_refuses_what_is_not_an_amazon_order_number(
    client, ticket, marketplace_agent, order_id
):
    client.force_login(marketplace_agent)
    response = client.get(f"/admin/helpdesk/orders/{order_id}/conversation.pdf", follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize("message", ["abc", "", "1.5", "\x00"])
def test_retrying_a_delivery_with_a_message_number_that_is_no_number_is_refused(
    client, ticket, marketplace_agent, message
):
    client.force_login(marketplace_agent)
    response = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/", {"action": "retry", "message": message}
    )
    assert response.status_code == 400
    assert "Choose a reply of this ticket to send again." in response.text


@pytest.mark.parametrize(
    "payload,error",
    [
        ({"body": None}, "Write a reply first."),
        ({}, "Write a reply first."),
        ({"body": 42}, "Send the reply as text"),
        ({"body": ["a", "b"]}, "Send the reply as text"),
        ({"body": "Thank you\x00 for waiting"}, "Null characters are not allowed"),
        ({"body": "x" * 20001}, "at most 20000 characters"),
        (["body"], "Write a reply first."),
    ],
)
def test_the_reply_endpoint_refuses_a_body_that_is_not_text(
    client, ticket, marketplace_agent, payload, error
):
    client.force_login(marketplace_agent)
    response = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/reply/",
        data=json.dumps(payload),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert error in response.json()["error"]
    assert not GateDecision.objects.exists()  # nothing was judged, nothing was sent
    assert not Message.objects.exists() and mail.outbox == []


def test_the_reply_endpoint_still_sends_text(
    client, ticket, marketplace_agent, immediate_tasks, django_capture_on_commit_callbacks
):
    client.force_login(marketplace_agent)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/helpdesk/tickets/{ticket.pk}/reply/",
            data=json.dumps({"body": TRANSACTIONAL}),
            content_type="application/json",
        )
    assert response.status_code == 200 and response.json()["allowed"]
    assert TRANSACTIONAL in mail.outbox[0].body
