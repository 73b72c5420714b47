"""What one recipient's message carries: the step compiled once per language, their merge
values, signed unsubscribe and preference links, the manual of the product they registered,
their discount codes, and the headers of a commercial mail; then the ``AnymailMessage`` — one
per recipient, or one per batch through the provider's merge data.

Override ``Composer.prepare`` to add merge values, ``Composer.message`` to change what is sent.
"""

import email.policy
from dataclasses import dataclass
from email.utils import formataddr
from typing import Any

from anymail.message import AnymailMessage
from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend

from catalog.selectors import product_manual_link
from core.mail_ids import message_id

from .. import tokens
from ..models import Delivery, MailType, Sequence, SequenceStep
from ..rendering import CompiledMessage, compile_message, merge_values
from ..selectors import customer_locale
from ..services import discount_code_assign


class FunnelMessage(AnymailMessage):
    """Python's header folding (78 columns) turns a long ``List-Unsubscribe`` URL into RFC 2047
    encoded-words, which mailbox providers do not decode, breaking one-click unsubscribe over
    SMTP. RFC 5322 allows lines of up to 998 characters, so serialise with that limit. (HTTP
    ESP backends send headers as JSON and never call ``message()``.)"""

    def message(self, *, policy: "email.policy.Policy[Any] | None" = None) -> Any:
        policy = policy or email.policy.default
        return super().message(policy=policy.clone(max_line_length=998))


@dataclass
class Prepared:
    """Everything one recipient's message needs, computed once."""

    delivery: Delivery
    compiled: CompiledMessage
    values: dict[str, Any]
    email: str
    to: str
    from_email: str
    reply_to: str
    headers: dict[str, str]
    metadata: dict[str, str]
    subject: str = ""


class Composer:
    """Builds messages for one worker's run; compiled steps are cached per (step, language)."""

    def __init__(self) -> None:
        self._compiled: dict[tuple[int, str], CompiledMessage] = {}

    def compiled(self, sequence: Sequence, step: SequenceStep, locale: str) -> CompiledMessage:
        key = (step.pk, locale)
        if key not in self._compiled:
            self._compiled[key] = compile_message(sequence=sequence, step=step, locale=locale)
        return self._compiled[key]

    def prepare(self, delivery: Delivery) -> Prepared:
        """The compiled step in the recipient's language, their merge values, their signed
        links and discount codes. Raises ``DiscountPoolEmpty`` when a pool has run dry."""
        enrolment = delivery.enrolment
        sequence = enrolment.sequence
        registration = enrolment.registration
        customer = delivery.identity.customer
        locale = customer_locale(customer=customer, registration=registration)
        if delivery.step is None:  # triage cancels these before anything is prepared
            raise ValueError("the step was removed from the sequence")
        compiled = self.compiled(sequence, delivery.step, locale)
        values = merge_values(
            customer=customer,
            registration=registration,
            brand=sequence.brand,
            locale=compiled.locale,
        )
        token = tokens.make(
            identity_id=delivery.identity_id, delivery_id=delivery.pk, locale=compiled.locale
        )
        unsubscribe_url = f"{settings.SITE_URL}/email/unsubscribe/{token}/"
        values["_unsubscribe_url"] = unsubscribe_url
        values["_preferences_url"] = f"{settings.SITE_URL}/email/preferences/{token}/"
        if "_manual_url" in compiled.names:
            manual = (
                product_manual_link(product=registration.product, locale=compiled.locale)
                if registration
                else {"url": settings.SITE_URL + "/", "title": ""}
            )
            values["_manual_url"], values["_manual_title"] = manual["url"], manual["title"]
        for pool_id in compiled.discount_pools:
            values[f"_discount_{pool_id}"] = discount_code_assign(
                pool_id=pool_id, delivery_id=delivery.pk
            )
        from_email = sequence.from_email or settings.DEFAULT_FROM_EMAIL
        # On the sender's domain, and the same on a retry: the one message, sent again.
        headers: dict[str, str] = {
            "Message-ID": message_id(from_email, unique=str(delivery.public_id))
        }
        if delivery.mail_type == MailType.COMMERCIAL:
            # RFC 8058 one-click unsubscribe: the POST goes to the same signed URL.
            headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        name = f"{customer.first_name} {customer.last_name}".strip()
        return Prepared(
            delivery=delivery,
            compiled=compiled,
            values=values,
            email=delivery.identity.email,
            to=formataddr((name, delivery.identity.email)),
            from_email=from_email,
            reply_to=sequence.reply_to,
            headers=headers,
            metadata={
                "delivery_id": str(delivery.public_id),
                "sequence_id": str(sequence.pk),
                "step_id": str(delivery.step_id),
            },
        )

    def message(self, prepared: Prepared, connection: BaseEmailBackend) -> FunnelMessage:
        """One recipient's message, rendered with their values."""
        subject, text, html = prepared.compiled.render(prepared.values)
        prepared.subject = subject
        message = self._message(
            prepared, subject, text, html, [prepared.to], connection, headers=prepared.headers
        )
        message.metadata = prepared.metadata
        return message

    def merged_message(
        self, batch: list[Prepared], merge_format: str, connection: BaseEmailBackend
    ) -> FunnelMessage:
        """One message for a batch of recipients of the same step, language and sender: the
        provider fills in each recipient's values from ``merge_data``."""
        first = batch[0]
        compiled = first.compiled
        subject, text, html = compiled.merge_templates(merge_format)
        message = self._message(first, subject, text, html, [p.to for p in batch], connection)
        message.merge_data = {p.email: compiled.merge_data(p.values) for p in batch}
        message.merge_metadata = {p.email: p.metadata for p in batch}
        # Per recipient: each has a Message-ID of their own (and their unsubscribe link).
        message.merge_headers = {p.email: p.headers for p in batch}
        return message

    def _message(
        self,
        prepared: Prepared,
        subject: str,
        text: str,
        html: str,
        to: list[str],
        connection: BaseEmailBackend,
        headers: dict[str, str] | None = None,
    ) -> FunnelMessage:
        message = FunnelMessage(  # type: ignore[no-untyped-call]  # anymail's constructor is untyped
            subject=subject,
            body=text,
            from_email=prepared.from_email,
            to=to,
            reply_to=[prepared.reply_to] if prepared.reply_to else None,
            headers=headers,
            connection=connection,
        )
        message.attach_alternative(html, "text/html")
        message.tags = [f"funnel-{prepared.delivery.mail_type}"]
        message.track_opens = True
        message.track_clicks = True
        return message
