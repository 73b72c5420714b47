"""The helpdesk's transactional mail to a customer: the acknowledgement of a warranty claim.
Built by ``registration.emails.customer_message`` so it has the registration mails' voice,
footer (legal notice, privacy notice) and headers; templates under ``helpdesk/email/``."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from registration import links
from registration.emails import customer_message

from .claim_status import claim_status_url
from .models import Ticket


def claim_acknowledgement(*, ticket: Ticket) -> EmailMultiAlternatives:
    registration = ticket.registration
    assert registration is not None, "only a claim (a ticket with a registration) is acknowledged"
    customer = registration.customer
    language = ticket.language or registration.locale or customer.locale or settings.LANGUAGE_CODE
    context = {
        "ticket": ticket,
        "registration": registration,
        "customer": customer,
        "brand": registration.product.brand,
        "status_url": claim_status_url(ticket),
        "data_url": links.data_url(customer),
    }
    return customer_message(
        template="helpdesk/email/claim_received",
        context=context,
        to=ticket.reply_to or customer.email,
        language=language,
    )
