"""What a customer sees of their warranty claim without logging in: its stage, read from the
ticket, on the page the acknowledgement mail links to.

The signed link to that page (``decisions/0008``) carries the ticket's id,
signed with a salt of its own, so a claim link, an own-data link or an unsubscribe link opens
no status page and a status link opens nothing else. It does not expire: the page shows only
the claim's stage, the product and the dates, and the customer may look again months later."""

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import Ticket

CLAIM_STATUS_SALT = "helpdesk.claim_status"


def claim_status_path(ticket) -> str:
    token = signing.dumps(ticket.pk, salt=CLAIM_STATUS_SALT)
    return f"/support/claim/status/{token}/"


def claim_status_url(ticket) -> str:
    return f"{settings.SITE_URL}{claim_status_path(ticket)}"


def claim_status_ticket_id(token: str) -> int | None:
    """The ticket a status token names, or None for a tampered, truncated or foreign token."""
    try:
        value: object = signing.loads(token, salt=CLAIM_STATUS_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


#: The stages a customer is shown, in order, with their wording.
STAGES = (
    ("received", _("Received")),
    ("in_progress", _("In progress")),
    ("waiting", _("Waiting for your reply")),
    ("resolved", _("Resolved")),
)


def claim_for_status(ticket_id: int) -> Ticket | None:
    """The claim (a ticket opened from a registration) a status link names, with what its page
    shows; None for any other ticket or a claim whose content was removed."""
    return (
        Ticket.objects.filter(pk=ticket_id, registration__isnull=False, purged_at=None)
        .select_related("registration__product__brand")
        .first()
    )


def claim_stage(ticket: Ticket) -> str:
    """Received until an agent first answers, then in progress; waiting while the agent waits
    for the customer; resolved once solved (or closed without a reply needed)."""
    if ticket.status in (Ticket.Status.SOLVED, Ticket.Status.NO_RESPONSE_NEEDED):
        return "resolved"
    if ticket.status == Ticket.Status.PENDING:
        return "waiting"
    return "in_progress" if ticket.first_response_at else "received"
