"""Messages to an Amazon buyer through the Messaging API, through python-amazon-sp-api against
the fake SP-API: what Amazon offers is asked first, a document goes through the Uploads API
(destination, then the PUT of its bytes), and every text and document passes the helpdesk's
send gate before any Messaging call — a refused one never reaches the fake server."""

import io
from datetime import UTC, date, datetime

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from amazon.messaging import Attachment
from amazon.models import AmazonOrder, BuyerMessage
from core.append_only import AppendOnlyError
from helpdesk.services.amazon_messages import (
    AmazonMessageRefused,
    amazon_message_send,
    amazon_message_types,
    registration_for_order,
    warranty_certificate,
)
from registration.services import Provenance, registration_submit

# The product, its SKU and brand of the registration tests.
from tests.registration.conftest import brand, product, sku  # noqa: F401

pytestmark = pytest.mark.django_db

ORDER_ID = "302-1234567-7654321"
MESSAGING_CALLS = (
    "getMessagingActionsForOrder",
    "createUploadDestinationForResource",
    "upload",
    "createWarranty",
    "createConfirmDeliveryDetails",
    "createUnexpectedProblem",
    "sendInvoice",
)


@pytest.fixture
def amazon_order(account):
    return AmazonOrder.objects.create(
        account=account,
        amazon_order_id=ORDER_ID,
        marketplace="amazon.de",
        purchased_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
        last_updated_at=datetime(2026, 3, 3, 10, tzinfo=UTC),
        status="Shipped",
    )


@pytest.fixture
def registration(product, sku):  # noqa: F811
    return registration_submit(
        product=product, sku=sku, first_name="Anna", last_name="Schmidt",
        email="anna@example.com", purchase_channel="amazon", marketplace="amazon.de",
        amazon_order_id=ORDER_ID, retailer="", purchase_date=date(2026, 3, 1),
        serial="HL4-123456", country="DE", marketing_text=None, safety_text=None,
        provenance=Provenance(locale="de"),
    )  # fmt: skip


def pdf_with(*lines: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for i, line in enumerate(lines):
        pdf.drawString(72, 760 - 18 * i, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def messaging_calls(fake) -> list[str]:
    return [op for op, _path, _q in fake.requests if op in MESSAGING_CALLS]


def test_the_warranty_certificate_arrives_through_the_uploads_api(
    fake, amazon_order, registration, django_user_model, clock, caplog
):
    caplog.set_level("INFO", logger="amazon.spapi")
    agent = django_user_model.objects.create_user("agent")
    assert registration_for_order(order=amazon_order) == registration
    certificate = warranty_certificate(registration=registration)
    coverage = (registration.warranty_starts_on, registration.warranty_ends_on)

    record = amazon_message_send(
        order=amazon_order,
        message_type="warranty",
        author=agent,
        attachment=certificate,
        coverage=coverage,
        sleep=clock.sleep,
        clock=clock,
    )

    assert messaging_calls(fake) == [
        "getMessagingActionsForOrder",
        "createUploadDestinationForResource",
        "upload",
        "createWarranty",
    ]
    [(order_id, message_type, body)] = fake.messages
    assert (order_id, message_type) == (ORDER_ID, "warranty")
    [attachment] = body["attachments"]
    upload = fake.uploads[attachment["uploadDestinationId"]]
    assert upload["data"] == certificate.data  # the PDF's bytes, whose MD5 was announced
    assert upload["data"].startswith(b"%PDF")
    assert upload["resource"] == f"messaging/v1/orders/{ORDER_ID}/messages/warranty"
    assert upload["put_content_type"] == "application/pdf"
    assert attachment["fileName"] == f"warranty-{registration.reference}.pdf"
    assert body["coverageStartDate"] == f"{coverage[0]:%Y-%m-%d}T00:00:00Z"
    assert body["coverageEndDate"] == f"{coverage[1]:%Y-%m-%d}T00:00:00Z"
    # The buyer's copy names the owner and carries no link off Amazon.
    text = PdfReader(io.BytesIO(upload["data"])).pages[0].extract_text()
    assert "Anna Schmidt" in text and "http" not in text

    # Each call is logged like every SP-API call: operation, status, Amazon's request id.
    spapi = [r for r in caplog.records if r.name == "amazon.spapi"]
    logged = [(r.spapi_operation, r.spapi_status) for r in spapi]
    assert logged == [
        ("getMessagingActionsForOrder", 200),
        ("createUploadDestinationForResource", 200),
        ("upload", 200),
        ("createWarranty", 200),
    ]
    assert spapi[-1].spapi_request_id == record.amazon_request_id

    assert (record.order, record.message_type, record.author) == (amazon_order, "warranty", agent)
    assert record.attachment_name == attachment["fileName"]
    assert record.amazon_status == 201 and record.amazon_request_id
    assert (record.coverage_start, record.coverage_end) == coverage
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        BuyerMessage.objects.filter(pk=record.pk).delete()


def test_a_blocked_free_text_never_reaches_amazon(fake, amazon_order, clock):
    promotional = (
        "Your parcel is on its way. Visit www.nordvik-shop.de for 20% off your next order!"
    )
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_send(
            order=amazon_order,
            message_type="confirmDeliveryDetails",
            author=None,
            text=promotional,
            sleep=clock.sleep,
            clock=clock,
        )
    assert "does not allow this message (the text)" in str(refused.value)
    assert {f.category for f in refused.value.findings} >= {"link", "discount"}
    assert fake.requests == []  # not even a token or the actions were asked
    assert fake.messages == [] and BuyerMessage.objects.count() == 0


def test_a_transactional_text_is_sent(fake, amazon_order, clock):
    text = "Your order is delayed by two days because of a carrier problem. We are sorry."
    record = amazon_message_send(
        order=amazon_order,
        message_type="unexpectedProblem",
        author=None,
        text=text,
        sleep=clock.sleep,
        clock=clock,
    )
    [(order_id, message_type, body)] = fake.messages
    assert (order_id, message_type, body["text"]) == (ORDER_ID, "unexpectedProblem", text)
    assert "attachments" not in body
    assert record.text == text and record.attachment_name == ""


def test_an_invoice_with_a_promotional_line_is_refused(fake, amazon_order, clock):
    invoice = pdf_with("Invoice 2026-0042", "Headlamp 49.99 EUR", "Get 20% off your next order!")
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_send(
            order=amazon_order,
            message_type="invoice",
            author=None,
            attachment=Attachment("invoice-2026-0042.pdf", invoice),
            sleep=clock.sleep,
            clock=clock,
        )
    assert "the attached document" in str(refused.value)
    assert messaging_calls(fake) == [] and fake.uploads == {}


def test_a_certificate_with_an_off_amazon_link_is_refused(fake, amazon_order, clock):
    document = pdf_with("Warranty certificate", "Register at https://nordvik.example/club")
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_send(
            order=amazon_order,
            message_type="warranty",
            author=None,
            attachment=Attachment("warranty.pdf", document),
            coverage=(date(2026, 3, 1), date(2029, 3, 1)),
            sleep=clock.sleep,
            clock=clock,
        )
    assert any(f.category == "link" for f in refused.value.findings)
    assert messaging_calls(fake) == []


def test_the_own_site_certificate_with_its_claim_link_is_refused(
    fake, amazon_order, registration, clock
):
    """The certificate of the confirmation mail carries the claim page's address: the gate
    finds it in the document, so only the Amazon copy can be sent."""
    from registration.pdf import certificate

    own_site = certificate.render(registration, brand=registration.product.brand)
    with pytest.raises(AmazonMessageRefused):
        amazon_message_send(
            order=amazon_order,
            message_type="warranty",
            author=None,
            attachment=Attachment("warranty.pdf", own_site),
            coverage=(registration.warranty_starts_on, registration.warranty_ends_on),
            sleep=clock.sleep,
            clock=clock,
        )
    assert messaging_calls(fake) == []


def test_a_pdf_without_text_is_refused_because_it_cannot_be_checked(fake, amazon_order, clock):
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_send(
            order=amazon_order,
            message_type="invoice",
            author=None,
            attachment=Attachment("scan.pdf", pdf_with()),
            sleep=clock.sleep,
            clock=clock,
        )
    assert "no text that could be checked" in str(refused.value)
    assert messaging_calls(fake) == []


def test_a_broken_pdf_is_refused_as_unreadable(fake, amazon_order, clock):
    broken = b"%PDF-1.4\n" + bytes(range(256)) * 8
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_send(
            order=amazon_order,
            message_type="invoice",
            author=None,
            attachment=Attachment("invoice.pdf", broken),
            sleep=clock.sleep,
            clock=clock,
        )
    assert "not a readable PDF" in str(refused.value)
    assert messaging_calls(fake) == []


def test_a_message_type_amazon_does_not_offer_is_refused(fake, amazon_order, clock):
    fake.messaging_actions[ORDER_ID] = ["confirmDeliveryDetails"]
    assert amazon_message_types(order=amazon_order, sleep=clock.sleep, clock=clock) == [
        "confirmDeliveryDetails"
    ]
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_send(
            order=amazon_order,
            message_type="unexpectedProblem",
            author=None,
            text="The item you ordered is damaged in our warehouse; we will ship a new one.",
            sleep=clock.sleep,
            clock=clock,
        )
    assert "does not offer this message type" in str(refused.value)
    assert fake.calls("createUnexpectedProblem") == 0 and fake.messages == []


def test_a_throttled_send_waits_and_then_succeeds(fake, amazon_order, clock):
    fake.throttle_next("createConfirmDeliveryDetails", times=1, retry_after="2")
    amazon_message_send(
        order=amazon_order,
        message_type="confirmDeliveryDetails",
        author=None,
        text="Please confirm the delivery address: the carrier could not find the house.",
        sleep=clock.sleep,
        clock=clock,
    )
    assert fake.calls("createConfirmDeliveryDetails") == 2
    assert 2.0 in clock.waits
    assert len(fake.messages) == 1 and BuyerMessage.objects.count() == 1


def test_a_throttling_that_lasts_is_a_clear_refusal(fake, amazon_order, clock):
    fake.throttle_next("getMessagingActionsForOrder", times=10)
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_types(order=amazon_order, sleep=clock.sleep, clock=clock)
    assert "Amazon is busy" in str(refused.value)


def test_a_missing_role_is_a_clear_refusal(fake, amazon_order, clock):
    from tests.amazon.fake_spapi import Failure

    fake.fail_next(
        "getMessagingActionsForOrder",
        Failure(403, "Unauthorized", "Access to requested resource is denied."),
    )
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_types(order=amazon_order, sleep=clock.sleep, clock=clock)
    assert "Buyer Communication role" in str(refused.value)
    assert BuyerMessage.objects.count() == 0


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE amazon_buyermessage SET text = 'forged' WHERE id = %s",
        "UPDATE amazon_buyermessage SET amazon_status = 400 WHERE id = %s",
        "DELETE FROM amazon_buyermessage WHERE id = %s",
    ],
)
def test_raw_sql_cannot_rewrite_a_sent_message(fake, amazon_order, clock, sql):
    record = amazon_message_send(
        order=amazon_order,
        message_type="confirmDeliveryDetails",
        author=None,
        text="Please confirm the delivery address: the carrier could not find the house.",
        sleep=clock.sleep,
        clock=clock,
    )
    with (
        pytest.raises((IntegrityError, DatabaseError)),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [record.pk])
    assert BuyerMessage.objects.get(pk=record.pk).text.startswith("Please confirm")


def test_a_clean_invoice_arrives_with_its_file_name(fake, amazon_order, clock):
    invoice = pdf_with("Invoice 2026-0042", "Trail Headlamp 400: 49.99 EUR", "VAT 19 %: 7.98 EUR")
    record = amazon_message_send(
        order=amazon_order,
        message_type="invoice",
        author=None,
        attachment=Attachment("invoice-2026-0042.pdf", invoice),
        sleep=clock.sleep,
        clock=clock,
    )
    [(_order, message_type, body)] = fake.messages
    assert message_type == "invoice" and "text" not in body and "coverageStartDate" not in body
    [attachment] = body["attachments"]
    assert attachment["fileName"] == "invoice-2026-0042.pdf"
    assert fake.uploads[attachment["uploadDestinationId"]]["data"] == invoice
    assert record.attachment_name == "invoice-2026-0042.pdf"


def test_an_upload_s3_refuses_sends_no_message(fake, amazon_order, clock):
    from tests.amazon.fake_spapi import Failure

    fake.fail_next("upload", Failure(503, "SlowDown", "Reduce your request rate."))
    with pytest.raises(AmazonMessageRefused) as refused:
        amazon_message_send(
            order=amazon_order,
            message_type="invoice",
            author=None,
            attachment=Attachment("invoice-2026-0042.pdf", pdf_with("Invoice 2026-0042")),
            sleep=clock.sleep,
            clock=clock,
        )
    assert "could not be uploaded" in str(refused.value)
    assert fake.calls("sendInvoice") == 0 and BuyerMessage.objects.count() == 0


def test_only_the_helpdesk_gate_calls_the_messaging_send():
    """``amazon.messaging.message_post`` sends whatever it is given: the one caller is the
    gated service."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    callers = [
        str(path.relative_to(root))
        for app in ("amazon", "helpdesk", "registration", "funnel", "inserts", "customers")
        for path in (root / app).rglob("*.py")
        if "message_post(" in path.read_text() and path.name != "messaging.py"
    ]
    assert callers == ["helpdesk/services/amazon_messages.py"]
