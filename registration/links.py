"""Links into pages other apps serve for a registration.

The warranty-claim page is the helpdesk's (``/support/claim/<public_id>/``); this app sends the
customer there from the certificate, the confirmation mail and the own-data page. The link
carries a signed token, so the owner of the certificate is recognised without typing anything;
the helpdesk checks it with the same salt (imported from here: it sits above this app).
"""

from django.conf import settings
from django.core import signing

CLAIM_SALT = "helpdesk.claim"


def claim_token(registration) -> str:
    return signing.dumps(str(registration.public_id), salt=CLAIM_SALT)


def claim_path(registration) -> str:
    return f"/support/claim/{registration.public_id}/?t={claim_token(registration)}"


def claim_url(registration) -> str:
    """The signed link (QR codes, mail buttons)."""
    return f"{settings.SITE_URL}{claim_path(registration)}"


def claim_page_url(registration) -> str:
    """The same page without the token, short enough to print and type; it asks for the
    registration's e-mail address instead."""
    return f"{settings.SITE_URL}/support/claim/{registration.public_id}/"
