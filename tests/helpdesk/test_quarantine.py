"""Mail that cannot be stored as a ticket message waits in the quarantine: never a server
error, never a file left behind, the raw message downloadable by staff, and a retry that runs
intake again."""

import json

import pytest
from django.contrib.auth import get_user_model

from helpdesk.models import Attachment, Message, QuarantinedMail, Ticket
from helpdesk.services import inbound

from .mailshapes import post_postmark, postmark_parsed

pytestmark = pytest.mark.django_db

INDEX = "/admin/helpdesk/quarantine/"


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("lead", "lead@nordvik.example", "pw-12345")


@pytest.fixture
def failing_intake(monkeypatch):
    """Intake fails after the message and its files were written (a bug, a lost database
    constraint race): the transaction rolls back."""

    def fail(**kwargs):
        raise RuntimeError("intake failed half-way")

    monkeypatch.setattr(inbound, "ticket_inbound_record", fail)
    return monkeypatch


def media_files(settings) -> list[str]:
    root = settings.MEDIA_ROOT
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def photo_mail(**kwargs) -> dict:
    return postmark_parsed(
        subject="Photo of the lid",
        attachments=[("lid.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)],
        **kwargs,
    )


def test_a_failed_intake_is_quarantined_and_leaves_no_orphan_file(
    client, channels, settings, failing_intake
):
    data = photo_mail()
    response = post_postmark(client, data)
    assert response.status_code == 200
    assert not Message.objects.exists() and not Attachment.objects.exists()
    quarantined = QuarantinedMail.objects.get()
    assert quarantined.provider == "Postmark" and quarantined.event_id == data["MessageID"]
    assert "intake failed half-way" in quarantined.error
    assert quarantined.subject == "Photo of the lid"
    assert "james.carter@example.co.uk" in quarantined.sender
    # The only file written is the quarantined message itself.
    assert media_files(settings) == [quarantined.raw.name]
    with quarantined.raw.open("rb") as file:
        assert b"Photo of the lid" in file.read()
    # A redelivery of the same event quarantines nothing twice.
    assert post_postmark(client, data).status_code == 200
    assert QuarantinedMail.objects.count() == 1


def test_a_payload_anymail_cannot_read_is_quarantined_as_received(client, channels):
    data = postmark_parsed(subject="Broken attachment")
    data["Attachments"] = [{"Name": "x.pdf", "ContentType": "application/pdf"}]  # cut off
    response = post_postmark(client, data)
    assert response.status_code == 200
    quarantined = QuarantinedMail.objects.get()
    assert quarantined.kind == QuarantinedMail.Kind.PAYLOAD
    assert json.loads(quarantined.raw.read()) == data
    assert not Ticket.objects.exists()


def test_staff_download_the_raw_message_and_retry_intake(
    client, channels, settings, failing_intake, superuser
):
    post_postmark(client, photo_mail())
    quarantined = QuarantinedMail.objects.get()
    failing_intake.undo()  # the bug is fixed

    client.force_login(superuser)
    listing = client.get(INDEX)
    assert listing.status_code == 200
    assert "Photo of the lid" in listing.content.decode()
    raw = client.get(f"{INDEX}{quarantined.pk}/raw/")
    assert raw.status_code == 200
    assert raw["Content-Disposition"].startswith("attachment")
    assert b"".join(raw.streaming_content) == quarantined.raw.open("rb").read()

    retried = client.post(f"{INDEX}{quarantined.pk}/retry/")
    assert retried.status_code == 302
    message = Message.objects.get()
    assert message.attachments.get().filename == "lid.png"
    assert message.provider_event_id == quarantined.event_id
    quarantined.refresh_from_db()
    assert quarantined.status == QuarantinedMail.Status.RELEASED
    assert quarantined.message == message
    # The provider delivering the same event again changes nothing.
    post_postmark(client, photo_mail(message_id=quarantined.event_id))
    assert Message.objects.count() == 1


def test_a_retry_that_fails_again_stays_in_quarantine_with_the_new_error(
    client, channels, failing_intake, superuser
):
    post_postmark(client, photo_mail())
    quarantined = QuarantinedMail.objects.get()
    client.force_login(superuser)
    assert client.post(f"{INDEX}{quarantined.pk}/retry/").status_code == 302
    quarantined.refresh_from_db()
    assert quarantined.status == QuarantinedMail.Status.QUARANTINED
    assert quarantined.attempts == 2
    assert not Message.objects.exists()


def test_agents_without_the_permission_see_no_quarantine(
    client, channels, failing_intake, marketplace_agent
):
    post_postmark(client, photo_mail())
    quarantined = QuarantinedMail.objects.get()
    client.force_login(marketplace_agent)
    assert client.get(INDEX).status_code in (302, 403)
    assert client.get(f"{INDEX}{quarantined.pk}/raw/").status_code in (302, 403)
    assert client.post(f"{INDEX}{quarantined.pk}/retry/").status_code in (302, 403)
    quarantined.refresh_from_db()
    assert quarantined.attempts == 1
