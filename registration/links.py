"""Links a customer follows from a mail, a certificate or a page: to their own data, and into
pages other apps serve for a registration.

The own-data page (``/my/<token>/``) is this app's; its link carries a signed token
(``registration.tokens``) and is the key to the page.

The warranty-claim page is the helpdesk's (``/support/claim/<public_id>/``); this app sends the
customer there from the certificate, the confirmation mail and the own-data page. The link
carries a signed token, so the owner of the certificate is recognised without typing anything;
the helpdesk checks it with the same salt (imported from here: it sits above this app).
"""

from django.conf import settings
from django.core import signing

from . import tokens

CLAIM_SALT = "helpdesk.claim"


def data_path(customer) -> str:
    return f"/my/{tokens.data_token(customer_public_id=customer.public_id)}/"


def data_url(customer) -> str:
    """The link to the customer's own data, as every mail carries it."""
    return f"{settings.SITE_URL}{data_path(customer)}"


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
