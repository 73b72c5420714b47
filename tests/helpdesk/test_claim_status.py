"""A warranty claim is acknowledged once, in the customer's language, with a signed link to a
page that shows the claim's stage without a login; a tampered link gets a clear 404 page."""

import re

import pytest
from django.core import mail, signing
from django.utils import timezone

from helpdesk.claim_status import CLAIM_STATUS_SALT
from helpdesk.models import Ticket
from helpdesk.services.claims import claim_acknowledgement_send
from registration.links import claim_token
from tests.legal_tree import legal_pages

from .test_claim import registration as registration  # the fixture, re-exported

pytestmark = pytest.mark.django_db


def status_link(body: str) -> str:
    found = re.search(r"https?://[^/\s]+(/support/claim/status/[^/\s]+/)", body)
    assert found, body
    return found.group(1)


@pytest.fixture
def claimed(request, client, channels, immediate_tasks, django_capture_on_commit_callbacks):
    claim_for = request.getfixturevalue("registration")  # from test_claim
    legal_pages()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/support/claim/{claim_for.public_id}/",
            {
                "t": claim_token(claim_for),
                "description": "Der Filter lässt seit gestern kein Wasser mehr durch.",
            },
        )
    assert response.status_code == 302
    return Ticket.objects.get()


def test_the_claim_is_acknowledged_once_in_the_customers_language_with_the_status_link(claimed):
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.de"]
    assert "Garantieanspruch" in message.subject and "Water Filter Pro" in message.subject
    assert "vielen Dank für Ihren Garantieanspruch" in message.body
    html = message.alternatives[0][0]
    assert status_link(message.body) == status_link(html)
    assert "/de/impressum/" in message.body and "/de/datenschutz/" in html  # the same footer
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    claimed.refresh_from_db()
    assert claimed.claim_acknowledged_at is not None
    # a repeated task sends nothing
    assert claim_acknowledgement_send(ticket_id=claimed.pk) is False
    assert len(mail.outbox) == 1


def test_the_link_shows_the_claims_stage_as_it_moves(client, claimed):
    path = status_link(mail.outbox[0].body)

    def current() -> str:
        response = client.get(path)
        assert response.status_code == 200
        body = response.content.decode()
        assert 'lang="de"' in body and "Water Filter Pro" in body
        assert '<meta name="robots" content="noindex">' in body
        (stage,) = re.findall(r'<li class="current" aria-current="step">([^<]+)</li>', body)
        return stage

    assert current() == "Eingegangen"
    Ticket.objects.filter(pk=claimed.pk).update(first_response_at=timezone.now())
    assert current() == "In Bearbeitung"
    Ticket.objects.filter(pk=claimed.pk).update(status=Ticket.Status.PENDING)
    assert current() == "Wir warten auf Ihre Antwort"
    Ticket.objects.filter(pk=claimed.pk).update(status=Ticket.Status.SOLVED)
    assert current() == "Erledigt"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),  # a changed signature
        lambda token: token.split(":")[0],  # truncated
        lambda token: "garbage",
        lambda token: signing.dumps(999999, salt=CLAIM_STATUS_SALT),  # signed, no such claim
        lambda token: signing.dumps(1, salt="helpdesk.claim"),  # another purpose's salt
    ],
)
def test_a_tampered_or_foreign_link_gets_a_clear_404_page(client, claimed, mangle):
    token = status_link(mail.outbox[0].body).split("/")[-2]
    response = client.get(f"/support/claim/status/{mangle(token)}/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "This link is not valid" in body or "Dieser Link ist ungültig" in body
    assert "Water Filter Pro" not in body


def test_a_status_link_never_opens_a_ticket_that_is_not_a_claim(client, claimed):
    Ticket.objects.filter(pk=claimed.pk).update(registration=None)
    token = signing.dumps(claimed.pk, salt=CLAIM_STATUS_SALT)
    assert client.get(f"/support/claim/status/{token}/").status_code == 404
