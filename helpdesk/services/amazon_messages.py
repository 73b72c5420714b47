"""Messages to an Amazon buyer through Amazon's Messaging API, behind the helpdesk's send gate.

Invariant 1 of ``docs/architecture.md`` (the Amazon wall) holds here as it does for mail
replies: nothing reaches Amazon unless the ``amazon_message`` policy allows it. The check is
the gate's own — ``helpdesk.linting.verdict_for`` with the Amazon channel's policy and the
brand's ``linter_context``, exactly what ``replies._gate_check`` runs on a reply on an Amazon
channel — applied to every free text of the message (its text, the attachment's file name)
and to the attached document: the PDF's text and every link it carries. It runs before any
Messaging call, so a refused message leaves no trace at Amazon.

A mail reply that only raises risk signals is held for a reviewer (``services.holds``); a
Messaging API message has no such queue, so risk signals refuse it as well, with the advice
to answer on the ticket, where a reviewer can approve the text.

Amazon's offer is the other check: the message type must be among those
``getMessagingActionsForOrder`` lists for the order at the moment of sending. What left is
recorded once (``amazon.BuyerMessage``: order, type, who, when, the text, the attachment's
name and digest, Amazon's status and request id).
"""

from __future__ import annotations

import io
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import httpx
from django.contrib.auth.models import User
from django.utils.translation import gettext as _
from pypdf import PdfReader
from sp_api.base import SellingApiException

from amazon import messaging
from amazon.connection import ConnectionProblem
from amazon.models import AmazonOrder, BuyerMessage
from registration.models import Registration
from registration.pdf import certificate
from registration.selectors import default_brand

from ..linting import GateFinding, linter_context, verdict_for
from ..models.channels import AMAZON_MESSAGE

logger = logging.getLogger(__name__)

Type = BuyerMessage.Type


class AmazonMessageRefused(Exception):
    """Nothing was sent: the reason is in the message (translated), the gate's findings and
    risk signals (when the gate refused) in ``findings``."""

    def __init__(self, message: str, *, findings: list[GateFinding] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


@dataclass
class GatedPart:
    """One text of the message as Amazon would receive it and what the gate found in it."""

    where: str  # text | file name | attachment
    text: str
    findings: list[GateFinding] = field(default_factory=list)


def amazon_message_types(
    *,
    order: AmazonOrder,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> list[str]:
    """The message types Amazon offers for *order* now (of those Bridgecard sends). Amazon's
    refusal or silence becomes ``AmazonMessageRefused`` with a translated reason."""
    connection = messaging.connection_for(order, sleep=sleep, clock=clock)
    try:
        return messaging.offered_types(order=order, connection=connection)
    except (ConnectionProblem, SellingApiException, httpx.HTTPError) as error:
        raise AmazonMessageRefused(_amazon_problem(error)) from error


def amazon_message_gate(
    *, text: str = "", attachment: messaging.Attachment | None = None
) -> list[GatedPart]:
    """The send gate on every part of a message: the free text, the attachment's file name,
    the attached PDF's text and links. Raises ``AmazonMessageRefused`` for a PDF whose text
    cannot be read (it could not be checked)."""
    parts = []
    if text:
        parts.append(GatedPart("text", text))
    if attachment is not None:
        parts.append(GatedPart("file name", attachment.file_name))
        parts.append(GatedPart("attachment", pdf_text(attachment.data)))
    context = linter_context()
    for part in parts:
        verdict = verdict_for(part.text, AMAZON_MESSAGE, context=context)
        # No review queue for Amazon's messages: a risk signal refuses like a finding.
        part.findings = [*verdict.findings, *verdict.risks]
    return parts


def pdf_text(data: bytes) -> str:
    """Every page's text and every link target (``/URI`` of the link annotations) of a PDF,
    NFKC-normalised as the linter reads it. A document without text (a scan) cannot be
    checked and is refused."""
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        uris = []
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                uri = action.get("/URI") if hasattr(action, "get") else None
                if uri:
                    uris.append(str(uri))
    except Exception as error:  # pypdf raises many kinds on a malformed file; all mean "unreadable"
        raise AmazonMessageRefused(_("The attachment is not a readable PDF document.")) from error
    text = unicodedata.normalize("NFKC", "\n".join(pages)).strip()
    if not text:
        raise AmazonMessageRefused(
            _(
                "The attachment has no text that could be checked (a scanned image?). "
                "Attach a PDF with its text, e.g. as exported from the invoicing software."
            )
        )
    return "\n".join([text, *uris])


def warranty_certificate(*, registration: Registration) -> messaging.Attachment:
    """The registration's warranty certificate as Amazon's buyer receives it: the copy without
    the claim code, links or contact details (``certificate.render(for_amazon=True)``)."""
    product = registration.product
    brand = product.brand if product.brand_id else default_brand()
    data = certificate.render(registration, brand=brand, for_amazon=True)
    return messaging.Attachment(
        file_name=f"warranty-{registration.reference}.pdf",
        data=data,
        content_type="application/pdf",
    )


def registration_for_order(*, order: AmazonOrder) -> Registration | None:
    """The customer's registration of the product bought in *order* (not erased), if any."""
    return (
        Registration.objects.select_related("product__brand", "customer", "sku")
        .filter(amazon_order_id=order.amazon_order_id, anonymised_at__isnull=True)
        .order_by("-pk")
        .first()
    )


def amazon_message_send(
    *,
    order: AmazonOrder,
    message_type: str,
    author: User | None,
    text: str = "",
    attachment: messaging.Attachment | None = None,
    coverage: tuple[date, date] | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> BuyerMessage:
    """Send one message to the buyer of *order* through the Messaging API.

    In this order, each step refusing with ``AmazonMessageRefused`` and nothing sent: the
    message is complete for its type (a text of 1 to 2,000 characters; a PDF; coverage dates
    in order); the send gate allows every part (``amazon_message_gate``); Amazon offers the
    type for the order now; Amazon accepts the upload and the message. Then the message is
    recorded (``BuyerMessage``)."""
    text = (text or "").replace("\r\n", "\n").strip()
    if message_type not in messaging.OPERATIONS:
        raise AmazonMessageRefused(_("Bridgecard does not send this kind of message."))
    if message_type in messaging.TEXT_TYPES:
        if not text:
            raise AmazonMessageRefused(_("Write the message first."))
        if len(text) > messaging.MAX_TEXT:
            raise AmazonMessageRefused(
                _("Amazon accepts at most %(limit)s characters.") % {"limit": messaging.MAX_TEXT}
            )
    else:
        text = ""
    if message_type in messaging.ATTACHMENT_TYPES and attachment is None:
        raise AmazonMessageRefused(_("Attach the PDF document first."))
    if message_type != Type.WARRANTY:
        coverage = None
    elif coverage is None or coverage[0] > coverage[1]:
        raise AmazonMessageRefused(_("Give the warranty's coverage: a start before its end."))
    if message_type not in messaging.ATTACHMENT_TYPES:
        attachment = None

    parts = amazon_message_gate(text=text, attachment=attachment)
    findings = [f for part in parts for f in part.findings]
    if findings:
        logger.info(
            "Amazon message for %s refused by the send gate: %s",
            order.amazon_order_id,
            [(part.where, f.rule_id) for part in parts for f in part.findings],
        )
        blocked = [str(_where_label(part.where)) for part in parts if part.findings]
        raise AmazonMessageRefused(
            _(
                "The Amazon policy does not allow this message (%(parts)s); nothing was sent. "
                "Amazon allows no promotion, no links off Amazon and no contact details."
            )
            % {"parts": ", ".join(blocked)},
            findings=findings,
        )

    connection = messaging.connection_for(order, sleep=sleep, clock=clock)
    try:
        offered = messaging.offered_types(order=order, connection=connection)
        if message_type not in offered:
            raise AmazonMessageRefused(
                _("Amazon does not offer this message type for order %(order)s now.")
                % {"order": order.amazon_order_id}
            )
        sent = messaging.message_post(
            order=order,
            message_type=message_type,
            connection=connection,
            text=text,
            attachment=attachment,
            coverage=coverage,
        )
    except messaging.UploadFailed as error:
        logger.warning("Upload for %s failed: %s", order.amazon_order_id, error)
        raise AmazonMessageRefused(
            _("The document could not be uploaded to Amazon; nothing was sent. Try again later.")
        ) from error
    except (ConnectionProblem, SellingApiException, httpx.HTTPError) as error:
        raise AmazonMessageRefused(_amazon_problem(error)) from error
    return BuyerMessage.objects.create(
        order=order,
        message_type=message_type,
        author=author,
        text=text,
        attachment_name=attachment.file_name if attachment else "",
        attachment_sha256=attachment.sha256 if attachment else "",
        coverage_start=coverage[0] if coverage else None,
        coverage_end=coverage[1] if coverage else None,
        amazon_status=sent.status,
        amazon_request_id=sent.request_id[:80],
    )


def _where_label(where: str) -> str:
    return {
        "text": _("the text"),
        "file name": _("the file name"),
        "attachment": _("the attached document"),
    }[where]


def _amazon_problem(error: Exception) -> str:
    """A translated sentence for Amazon's refusal, with Amazon's code for the support."""
    if isinstance(error, ConnectionProblem):
        code = error.code or str(error.status)
        if error.status == 429 or code == "QuotaExceeded":
            return _("Amazon is busy (too many requests); nothing was sent. Try again in a minute.")
        if error.status in (401, 403) or code in ("Unauthorized", "MissingCredentials"):
            return _(
                "Amazon refused the access (%(code)s): the seller account needs the Buyer "
                "Communication role and valid credentials. Nothing was sent."
            ) % {"code": code}
        return _("Amazon refused the message (%(code)s: %(reason)s). Nothing was sent.") % {
            "code": code,
            "reason": str(error),
        }
    if isinstance(error, SellingApiException):
        return _("Amazon answered with an error (HTTP %(status)s). Nothing was sent.") % {
            "status": error.code
        }
    return _("Amazon could not be reached. Nothing was sent; try again later.")
