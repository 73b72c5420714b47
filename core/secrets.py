"""Secrets kept in the database (API credentials an administrator types in the admin), encrypted
at rest with Fernet (the ``cryptography`` library: AES-128-CBC with an HMAC-SHA256 tag, so a
tampered or foreign token is refused rather than decrypted to garbage).

The key comes from ``settings.SECRETS_ENCRYPTION_KEY`` (the environment variable of that name):
one or more Fernet keys separated by commas, the first encrypting, all decrypting, so a key can
be rotated by putting the new one first and re-saving the settings. Without it the key is
derived from ``SECRET_KEY`` (HKDF-SHA256, a fixed context label), which is fine for development
and the demo; ``check --deploy`` asks for a key of its own in production so that rotating
``SECRET_KEY`` does not make stored credentials unreadable.

Any app may use it (``core`` is the ground floor): :class:`EncryptedTextField` for a model field,
:func:`encrypt` / :func:`decrypt` for a value.
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import models

#: The context label of the key derived from SECRET_KEY; changing it makes stored secrets
#: unreadable.
_DERIVATION_INFO = b"bridgecard core.secrets v1"
#: A stored value starts with this, so an empty value and a plain one are told apart.
PREFIX = "fernet:"


class SecretUnreadable(Exception):
    """A stored secret could not be decrypted with any configured key."""


def _keys() -> list[bytes]:
    configured = str(getattr(settings, "SECRETS_ENCRYPTION_KEY", "") or "")
    keys = [k.strip().encode() for k in configured.split(",") if k.strip()]
    if keys:
        return keys
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_DERIVATION_INFO).derive(
        str(settings.SECRET_KEY).encode()
    )
    return [base64.urlsafe_b64encode(derived)]


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in _keys()])


def encrypt(value: str) -> str:
    """*value* encrypted with the current key (an empty value stays empty)."""
    if not value:
        return ""
    return PREFIX + _fernet().encrypt(value.encode()).decode()


def decrypt(stored: str) -> str:
    """The plain text of a value :func:`encrypt` returned; raises :class:`SecretUnreadable`
    when no configured key opens it."""
    if not stored:
        return ""
    if not stored.startswith(PREFIX):
        raise SecretUnreadable("not an encrypted value")
    try:
        return _fernet().decrypt(stored[len(PREFIX) :].encode()).decode()
    except InvalidToken as error:
        raise SecretUnreadable("no configured key decrypts this value") from error


def new_key() -> str:
    """A fresh key for ``SECRETS_ENCRYPTION_KEY``."""
    return Fernet.generate_key().decode()


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A text field stored encrypted (:func:`encrypt`), read back as plain text. It cannot be
    searched or filtered by value. An unreadable stored value reads as empty, so a lost key
    shows up as "not configured" in the admin, never as a server error."""

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str:
        if not value:
            return ""
        try:
            return decrypt(str(value))
        except SecretUnreadable:
            return ""

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if not value:
            return ""
        return encrypt(str(value))
