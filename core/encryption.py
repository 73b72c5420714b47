"""Secrets kept in the database, encrypted: today the Shopify access token entered in the admin.

Fernet (the ``cryptography`` package: AES-128-CBC with an HMAC-SHA256, a timestamp and a
version byte) rather than anything hand-made. ``SETTINGS_ENCRYPTION_KEYS`` lists Fernet keys,
the first encrypting and every one decrypting (``MultiFernet``), so a key can be rotated by
putting the new one first. Without it one key is derived from ``SECRET_KEY`` with HKDF-SHA256
under a label of its own; rotating ``SECRET_KEY`` then makes the stored secrets unreadable
(``SecretUnreadable``) and they have to be entered again.
"""

import base64

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

_LABEL = b"bridgecard settings encryption v1"


class SecretUnreadable(ValueError):
    """A stored secret that none of the configured keys opens (a key was changed)."""


def _derived_key() -> bytes:
    digest = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_LABEL).derive(
        settings.SECRET_KEY.encode()
    )
    return base64.urlsafe_b64encode(digest)


def _box() -> MultiFernet:
    configured: list[str] = list(settings.SETTINGS_ENCRYPTION_KEYS)
    try:
        keys = [Fernet(key.encode()) for key in configured] or [Fernet(_derived_key())]
    except ValueError as error:
        raise ImproperlyConfigured(
            "SETTINGS_ENCRYPTION_KEYS must be Fernet keys (32 url-safe base64-encoded bytes): "
            "generate one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from error
    return MultiFernet(keys)


def encrypt(text: str) -> str:
    """*text* encrypted with the first key, as ASCII to store in a text column."""
    return _box().encrypt(text.encode()).decode("ascii")


def decrypt(token: str) -> str:
    """The text *token* was made from. Raises ``SecretUnreadable`` when no key opens it."""
    try:
        return _box().decrypt(token.encode("ascii")).decode()
    except (InvalidToken, UnicodeError) as error:
        raise SecretUnreadable("No configured key decrypts the stored secret.") from error
