"""Signed links in e-mails (unsubscribe, preferences). They never expire: an unsubscribe link
must keep working long after the mail was sent. Rotating SECRET_KEY keeps old links working
when the old key stays in SECRET_KEY_FALLBACKS."""

from dataclasses import dataclass

from django.core import signing

SALT = "bridgecard.funnel.mail-link"


@dataclass(frozen=True)
class MailLink:
    identity_id: int
    delivery_id: int | None
    locale: str


def make(*, identity_id: int, delivery_id: int | None, locale: str) -> str:
    return signing.dumps([identity_id, delivery_id or 0, locale], salt=SALT, compress=True)


def read(token: str) -> MailLink:
    """Raises ``signing.BadSignature`` for anything not made by ``make``."""
    value = signing.loads(token, salt=SALT)
    if not (isinstance(value, list) and len(value) == 3 and isinstance(value[0], int)):
        raise signing.BadSignature("Unexpected link payload.")
    return MailLink(identity_id=value[0], delivery_id=value[1] or None, locale=str(value[2]))
