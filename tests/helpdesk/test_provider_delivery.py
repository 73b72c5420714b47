"""Replies go out through the real anymail Postmark backend, against a fake Postmark API on
127.0.0.1: from the authorised sender, to the relay address, with the order id."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from helpdesk.services.replies import reply_deliver, reply_retry, reply_send

from .factories import AmazonTicketFactory

pytestmark = pytest.mark.django_db


class FakePostmark(BaseHTTPRequestHandler):
    requests: list = []
    fail_next = False

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakePostmark.requests.append((self.path, dict(self.headers), body))
        if FakePostmark.fail_next:
            FakePostmark.fail_next = False
            status, answer = (
                422,
                {
                    "ErrorCode": 406,
                    "Message": "You tried to send to a recipient that has been marked as "
                    f"inactive.\nFound inactive addresses: {body['To']}.\nInactive recipients "
                    "are ones that have generated a hard bounce or a spam complaint.",
                },
            )
        else:
            status, answer = (
                200,
                {
                    "To": body["To"],
                    "SubmittedAt": "2026-11-22T10:00:00Z",
                    "MessageID": "b7bc2f4a-e38e-4336-af7d-e6c392c2f817",
                    "ErrorCode": 0,
                    "Message": "OK",
                },
            )
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def postmark(settings):
    server = HTTPServer(("127.0.0.1", 0), FakePostmark)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakePostmark.requests = []
    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}}
    settings.ANYMAIL = {
        **settings.ANYMAIL,
        "POSTMARK_SERVER_TOKEN": "server-token-test",
        "POSTMARK_API_URL": f"http://127.0.0.1:{server.server_port}/",
    }
    yield FakePostmark
    server.shutdown()


def test_amazon_reply_reaches_the_provider_from_the_authorised_sender(
    channels, marketplace_agent, postmark, django_capture_on_commit_callbacks, immediate_tasks
):
    channels["amazon-de"].sender_address = ""  # falls back to HELPDESK_AMAZON_SENDER
    channels["amazon-de"].save()
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    with django_capture_on_commit_callbacks(execute=True):
        result = reply_send(
            ticket=ticket, body="Your replacement ships today.", author=marketplace_agent
        )
    assert result.allowed
    [(path, headers, body)] = postmark.requests
    assert path == "/email"
    assert headers["X-Postmark-Server-Token"] == "server-token-test"
    assert body["From"] == "Nordvik Outdoor <seller@nordvik.example>"
    assert body["To"] == ticket.reply_to
    assert "302-1234567-1234567" in body["Subject"]
    assert "302-1234567-1234567" in body["TextBody"]
    sent = {h["Name"]: h["Value"] for h in body.get("Headers", [])}
    assert sent["Message-ID"] == f"<{result.message.message_id}>"
    result.message.refresh_from_db()
    assert result.message.delivery_status == "sent"
    assert result.message.provider_message_id == "b7bc2f4a-e38e-4336-af7d-e6c392c2f817"


def test_provider_rejection_is_recorded_and_can_be_retried(
    channels, marketplace_agent, postmark, django_capture_on_commit_callbacks, immediate_tasks
):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    postmark.fail_next = True
    with django_capture_on_commit_callbacks(execute=True):
        result = reply_send(ticket=ticket, body="Refund issued.", author=marketplace_agent)
    message = result.message
    message.refresh_from_db()
    assert message.delivery_status == "failed" and "rejected" in message.delivery_error
    with django_capture_on_commit_callbacks(execute=True):
        reply_retry(message=message, actor=marketplace_agent)
    message.refresh_from_db()
    assert message.delivery_status == "sent" and message.delivery_attempts == 2
    assert len(postmark.requests) == 2
    # A second delivery of a sent message sends nothing more.
    reply_deliver(message_id=message.pk)
    assert len(postmark.requests) == 2
