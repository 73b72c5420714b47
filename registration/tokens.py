"""Signed links carried in mail: the double opt-in link and the link to one's own data.

Django's signing (HMAC with ``SECRET_KEY`` and a salt per purpose) instead of a token table:
a link proves itself and expires by its timestamp, and nothing is stored per mail. Rotating
``SECRET_KEY`` (with ``SECRET_KEY_FALLBACKS``) keeps old links valid until they expire.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "registration.double-opt-in"
DATA_SALT = "registration.own-data"
DONE_SALT = "registration.done"


@dataclass(frozen=True)
class ConfirmToken:
    customer_id: int
    identity_id: int
    grant_ids: tuple[int, ...]
    expired: bool


def confirm_token(*, customer_id: int, identity_id: int, grant_ids: list[int]) -> str:
    return signing.dumps(
        {"c": customer_id, "i": identity_id, "g": list(grant_ids)}, salt=CONFIRM_SALT
    )


def read_confirm_token(token: str) -> ConfirmToken | None:
    """The token's content, with ``expired`` set when it is genuine but too old (the page then
    offers a new link); None when it is not ours."""
    max_age = settings.REGISTRATION_CONFIRM_LINK_DAYS * 86400
    expired = False
    try:
        data = signing.loads(token[:1000], salt=CONFIRM_SALT, max_age=max_age)
    except signing.SignatureExpired:
        expired = True
        try:
            data = signing.loads(token[:1000], salt=CONFIRM_SALT)
        except (signing.BadSignature, ValueError):
            return None
    except (signing.BadSignature, ValueError):
        return None
    try:
        return ConfirmToken(
            customer_id=int(data["c"]),
            identity_id=int(data["i"]),
            grant_ids=tuple(int(g) for g in data["g"]),
            expired=expired,
        )
    except (KeyError, TypeError, ValueError):
        return None


def data_token(*, customer_public_id) -> str:
    return signing.dumps(str(customer_public_id), salt=DATA_SALT)


def read_data_token(token: str) -> tuple[str | None, bool]:
    """(customer public id, expired)."""
    max_age = settings.REGISTRATION_DATA_LINK_DAYS * 86400
    try:
        return str(signing.loads(token[:1000], salt=DATA_SALT, max_age=max_age)), False
    except signing.SignatureExpired:
        return None, True
    except (signing.BadSignature, ValueError, TypeError):
        return None, False


def done_token(*, registration_public_id) -> str:
    return signing.dumps(str(registration_public_id), salt=DONE_SALT)


def read_done_token(token: str) -> str | None:
    """The thank-you page after a registration is readable for an hour only."""
    try:
        return str(signing.loads(token[:1000], salt=DONE_SALT, max_age=3600))
    except (signing.BadSignature, ValueError, TypeError):
        return None
