"""Retention: ``manage.py retention`` (run by the Procfile's ``retention`` process) removes
personal data when its period ends: unconfirmed consents after 30 days, scan device details
after 13 months, closed tickets after the configured period except the evidence kept for legal
claims; ``--dry-run`` lists what would go."""

import base64
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time

from customers.models import ConsentRecord, Customer
from helpdesk.models import Attachment, GateDecision, Ticket
from registration.models import Scan
from registration.services import shortcodes_issue
from tests.registration.conftest import form_token, valid_post

from .conftest import WEBHOOK_AUTH, payload
from .factories import inbound

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile"


@pytest.fixture(autouse=True)
def _registration_without_traps(settings):
    settings.REGISTRATION_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_EMAIL_RATE_LIMIT = "10000/m"
    settings.REGISTRATION_MIN_FORM_SECONDS = 0


@pytest.fixture
def commit(django_capture_on_commit_callbacks, immediate_tasks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def retention(*args) -> str:
    out = io.StringIO()
    call_command("retention", *args, stdout=out)
    return out.getvalue()


def register(client, pages, sku, consent_texts, commit, email, serial):
    marketing = consent_texts[("marketing_email", "de")]
    with commit():
        client.post(
            f"{pages['de'].url}register/",
            {
                **valid_post(sku, email=email, serial=serial),
                "marketing": "on",
                "token": form_token(marketing=marketing),
            },
            REMOTE_ADDR="198.51.100.23",
        )
    return mail.outbox[-1]


def test_an_unconfirmed_consent_loses_its_personal_data_after_30_days(
    client, pages, sku, consent_texts, commit
):
    long_ago = timezone.now() - timedelta(days=31)
    with freeze_time(long_ago):
        welcome = register(
            client, pages, sku, consent_texts, commit, "late@example.de", "HL4-000001"
        )
        confirmed_mail = register(
            client, pages, sku, consent_texts, commit, "yes@example.de", "HL4-000002"
        )
        path = "/confirm/" + confirmed_mail.body.split("/confirm/")[1].split()[0]
        with commit():
            client.post(path)
    with freeze_time(timezone.now() - timedelta(days=29)):
        register(client, pages, sku, consent_texts, commit, "recent@example.de", "HL4-000003")
    stale = ConsentRecord.objects.get(customer__email="late@example.de")
    assert stale.ip_hash and stale.page_url

    listed = retention("--dry-run")
    assert f"consent grant #{stale.pk} " in listed
    assert listed.count("consent grant #") == 1  # the confirmed and the recent one stay
    stale.refresh_from_db()
    assert stale.ip_hash and stale.erased_at is None  # a dry run changes nothing

    retention()
    stale.refresh_from_db()
    assert (stale.ip_hash, stale.page_url) == ("", "") and stale.erased_at is not None
    assert stale.text and stale.action == "granted"  # what proves the form was sent stays
    kept = ConsentRecord.objects.filter(customer__email__in=["yes@example.de", "recent@example.de"])
    assert all(row.ip_hash and row.erased_at is None for row in kept)
    # The expired grant waits for nothing: its old link confirms nothing, /my/ says so.
    path = "/confirm/" + welcome.body.split("/confirm/")[1].split()[0]
    with commit():
        response = client.post(path, {"action": "resend"})
    assert response.status_code == 200 and response.context["state"] == "nothing"
    assert mail.outbox[-1].to != ["late@example.de"]  # no new link for a grant that expired
    assert not ConsentRecord.objects.filter(
        customer__email="late@example.de", action="confirmed"
    ).exists()
    own = client.get("/my/" + welcome.body.split("/my/")[1].split()[0]).content.decode()
    assert "wartet auf Ihre Bestätigung" not in own
    assert "nothing due" in retention().split("unconfirmed consents")[1].splitlines()[0]


def test_scans_lose_their_device_details_after_13_months(client, pages, sku):
    (code,) = shortcodes_issue(sku=sku)
    with freeze_time(timezone.now() - timedelta(days=400)):
        client.get(f"/r/{code.code}", HTTP_USER_AGENT=PHONE, HTTP_ACCEPT_LANGUAGE="de")
    client.get(f"/r/{code.code}", HTTP_USER_AGENT=PHONE, HTTP_ACCEPT_LANGUAGE="de")
    old, new = Scan.objects.order_by("scanned_at")
    assert old.device == new.device == "phone" and old.language == "de"

    assert "1 scans from" in retention("--dry-run")
    assert Scan.objects.get(pk=old.pk).device == "phone"
    retention()
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.device, old.language) == ("other", "")
    assert (old.code, old.outcome) == (code.code, "redirected")  # still counted
    assert (new.device, new.language) == ("phone", "de")


def relay_mail(client, name, **changes):
    data = {**payload(name), **changes}
    response = client.post(
        "/anymail/postmark/inbound/",
        data=json.dumps(data),
        content_type="application/json",
        headers={"authorization": "Basic " + base64.b64encode(WEBHOOK_AUTH.encode()).decode()},
    )
    assert response.status_code == 200


def test_closed_tickets_are_purged_after_the_period_but_the_evidence_stays(
    client, channels, marketplace_agent, commit, settings
):
    settings.RETENTION_CLOSED_TICKET_DAYS = 730
    with freeze_time(timezone.now() - timedelta(days=800)):
        relay_mail(client, "postmark_amazon_de.json")
        relay_mail(client, "postmark_amazon_de_followup.json")  # with a photo
        ticket = Ticket.objects.get()
        client.force_login(marketplace_agent)
        url = f"/admin/helpdesk/tickets/{ticket.pk}/"
        with commit():
            client.post(url, {"action": "send", "body": "A new stove ships today with DHL."})
        client.post(url, {"action": "update", "status": "solved"})
        with commit():
            from helpdesk.services.inbound import inbound_receive

            open_old, _ = inbound_receive(
                message=inbound(sender="Eva <eva@example.de>", message_id="<open@x>"),
                provider="Postmark",
            )
    photo = Attachment.objects.get()
    photo_path = photo.file.path
    buyer = ticket.customer
    assert buyer.first_name == "Thomas" and buyer.email == ""

    listed = retention("--dry-run")
    assert f"ticket {ticket.reference} " in listed and "1 attachments" in listed
    assert f"customer #{buyer.pk}" in listed
    assert open_old.ticket.reference + " " not in listed  # never closed: not due
    assert Ticket.objects.get(pk=ticket.pk).purged_at is None

    retention()
    ticket.refresh_from_db()
    assert ticket.purged_at is not None and ticket.reply_to == "" and ticket.subject == ""
    for message in ticket.messages.filter(direction="inbound"):
        assert message.redacted_at is not None and message.body_text == ""
    photo.refresh_from_db()
    assert photo.filename == "" and not Path(photo_path).exists()
    # Kept as evidence for legal claims: the reply sent on Amazon and its gate decision.
    sent = ticket.messages.get(direction="outbound")
    assert sent.redacted_at is None and sent.body_text.startswith("A new stove ships today")
    assert GateDecision.objects.get(ticket=ticket).checked_text.startswith("A new stove")
    # The buyer, known only through this ticket, is gone with it.
    buyer.refresh_from_db()
    assert buyer.erased_at is not None and buyer.first_name == ""
    # An old ticket that was never closed keeps everything.
    assert open_old.ticket.messages.get().body_text == "Where is my parcel?"
    client.force_login(marketplace_agent)
    page = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "Content removed after the retention period" in page


def test_retention_is_on_by_default_and_can_be_switched_off(settings, channels):
    from django.conf import settings as configured

    assert configured.RETENTION_ENABLED is True
    assert configured.RETENTION_UNCONFIRMED_CONSENT_DAYS == 30
    assert configured.RETENTION_SCAN_DEVICE_MONTHS == 13
    settings.RETENTION_SCAN_DEVICE_MONTHS = 0
    assert "scan device details: off" in retention()
    settings.RETENTION_ENABLED = False
    assert "Retention is off" in retention("--dry-run")
    assert Customer.objects.count() == 0


def test_the_scheduled_process_runs_retention():
    processes = dict(
        line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line
    )
    assert "manage.py retention --loop" in processes["retention"]
