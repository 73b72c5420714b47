"""The conversation record is append-only down to the database, and the whole conversation
about an Amazon order can be exported as a PDF for an A-to-z claim defence."""

import io
import os

import pikepdf
import pytest
from anymail.inbound import AnymailInboundMessage
from django.db import DatabaseError, IntegrityError, connection, transaction
from pypdf import PdfReader

from customers.services import customer_erase
from helpdesk.models import Attachment, GateDecision, Message, TicketEvent
from helpdesk.models.record import AuditImmutableError
from helpdesk.services.inbound import inbound_receive
from helpdesk.services.replies import reply_send
from helpdesk.services.tickets import note_add

from .factories import AmazonTicketFactory, inbound

pytestmark = pytest.mark.django_db


@pytest.fixture
def conversation(channels, marketplace_agent, django_capture_on_commit_callbacks, immediate_tasks):
    stored, _ = inbound_receive(
        message=inbound(
            sender="王芳 - Amazon Marketplace <wf8k2m1q9z7x3c@marketplace.amazon.de>",
            text="我的炉子坏了。订单 302-1234567-1234567",
        ),
        provider="Postmark",
    )
    ticket = stored.ticket
    reply_send(ticket=ticket, body="Use code SAVE10 on our website", author=marketplace_agent)
    with django_capture_on_commit_callbacks(execute=True):
        reply_send(
            ticket=ticket,
            body="We are sorry. A replacement stove ships today with DHL.",
            author=marketplace_agent,
        )
    note_add(ticket=ticket, body="Customer is upset; escalate.", author=marketplace_agent)
    return ticket


def raw_sql(sql, params):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_messages_cannot_be_changed_or_deleted_through_the_orm(conversation):
    message = conversation.messages.first()
    message.body_text = "rewritten"
    with pytest.raises(AuditImmutableError):
        message.save()
    with pytest.raises(AuditImmutableError):
        message.delete()
    with pytest.raises(AuditImmutableError):
        Message.objects.filter(pk=message.pk).update(body_text="x")
    with pytest.raises(AuditImmutableError):
        GateDecision.objects.all().delete()


@pytest.mark.parametrize(
    ("sql", "param"),
    [
        ("UPDATE helpdesk_message SET body_text = 'forged' WHERE id = %s", "message"),
        ("UPDATE helpdesk_message SET from_address = 'x@y.z' WHERE id = %s", "message"),
        ("DELETE FROM helpdesk_message WHERE id = %s", "message"),
        ("UPDATE helpdesk_gatedecision SET allowed = TRUE WHERE id = %s", "decision"),
        ("UPDATE helpdesk_gatedecision SET findings = '[]' WHERE id = %s", "decision"),
        ("DELETE FROM helpdesk_gatedecision WHERE id = %s", "decision"),
        ("UPDATE helpdesk_ticketevent SET new = 'open' WHERE ticket_id = %s", "ticket"),
    ],
)
def test_raw_sql_cannot_rewrite_the_record(conversation, sql, param):
    ids = {
        "message": conversation.messages.first().pk,
        "decision": GateDecision.objects.filter(allowed=False).get().pk,
        "ticket": conversation.pk,
    }
    assert TicketEvent.objects.filter(ticket=conversation).exists()
    with pytest.raises((IntegrityError, DatabaseError)):
        raw_sql(sql, [ids[param]])


def test_delivery_progress_moves_forward_only(conversation):
    sent = conversation.messages.get(direction="outbound")
    assert sent.delivery_status == "sent"
    with pytest.raises((IntegrityError, DatabaseError)):
        raw_sql("UPDATE helpdesk_message SET delivery_status = 'queued' WHERE id = %s", [sent.pk])


def test_every_gate_decision_is_kept(conversation):
    decisions = GateDecision.objects.filter(ticket=conversation).order_by("created_at")
    assert [d.allowed for d in decisions] == [False, True]
    assert decisions[0].draft == "Use code SAVE10 on our website"
    assert decisions[1].message.direction == "outbound"


def test_erasure_blanks_the_content_once_and_keeps_the_skeleton(conversation, settings):
    inbound_receive(
        message=inbound(
            sender="王芳 - Amazon Marketplace <wf8k2m1q9z7x3c@marketplace.amazon.de>",
            message_id="<m-att@example.net>",
            text="photo",
            attachments=[
                AnymailInboundMessage.construct_attachment(
                    "image/png", b"\x89PNG fake", filename="photo.png"
                )
            ],
        ),
        provider="Postmark",
    )
    attachment = Attachment.objects.get()
    path = attachment.file.path
    customer_erase(customer=conversation.customer, actor="dpo")
    for message in Message.objects.filter(ticket=conversation).exclude(direction="outbound"):
        assert message.redacted_at is not None
        assert message.body_text == "" and not message.raw
        assert message.message_id  # the skeleton stays
    attachment.refresh_from_db()
    assert attachment.filename == "" and not os.path.exists(path)
    # Kept as evidence for legal claims (GDPR Art. 17(3)(e)): the reply sent on Amazon, as it
    # left, and every gate decision with the text it checked.
    sent = Message.objects.get(ticket=conversation, direction="outbound")
    assert sent.redacted_at is None and "replacement stove ships today" in sent.body_text
    decisions = GateDecision.objects.filter(ticket=conversation)
    assert decisions.count() == 2 and not decisions.filter(draft="").exists()
    # Redaction happens once: the content cannot be put back afterwards.
    with pytest.raises((IntegrityError, DatabaseError)):
        raw_sql(
            "UPDATE helpdesk_message SET body_text = 'back' WHERE id = %s",
            [conversation.messages.first().pk],
        )


def test_order_conversation_pdf_has_every_message_in_embedded_fonts(
    client, conversation, marketplace_agent
):
    client.force_login(marketplace_agent)
    response = client.get("/admin/helpdesk/orders/302-1234567-1234567/conversation.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    data = response.content
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "302-1234567-1234567" in text
    assert "我的炉子坏了" in text  # the buyer's Chinese message, in the CJK font
    assert "A replacement stove ships today" in text
    # What was sent and decided is part of it; the draft the gate refused is not: the PDF is
    # evidence for Amazon, blocked drafts stay in the internal audit.
    assert "allowed" in text
    assert "SAVE10" not in text and "blocked" not in text and "discount" not in text
    assert GateDecision.objects.filter(ticket=conversation, outcome="block").exists()
    assert "escalate" not in text  # internal notes are not part of the conversation
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descriptor = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
                assert "/FontFile2" in descriptor, font.BaseFont


def test_pdf_export_is_limited_to_channels_the_agent_sees(client, conversation, owned_agent):
    client.force_login(owned_agent)
    response = client.get(
        "/admin/helpdesk/orders/302-1234567-1234567/conversation.pdf", follow=True
    )
    assert response.status_code == 404


def test_ticket_factory_tickets_have_no_messages_to_export(client, channels, marketplace_agent):
    AmazonTicketFactory(channel=channels["amazon-de"], amazon_order_id="111-1111111-1111111")
    client.force_login(marketplace_agent)
    response = client.get("/admin/helpdesk/orders/111-1111111-1111111/conversation.pdf")
    assert response.status_code == 200  # the header and (empty) record still export
