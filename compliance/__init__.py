"""Bridgecard's channel-policy linter.

``check(text, policy, lang=None, context=None) -> Verdict`` decides whether a parcel insert may
be printed (``insert``), whether a support reply may leave on the Amazon channel
(``amazon_message``), and flags the little that is unlawful on the seller's own channel
(``owned_message``). Pure Python: no Django, no other Bridgecard app; the apps turn their content
into plain text and call this. See README.md beside this file.
"""

from .engine import check
from .langdetect import detect as detect_language
from .model import (
    ALLOW,
    BLOCK,
    BLOCKED,
    CATEGORIES,
    DECISIONS,
    LANGUAGES,
    POLICIES,
    REVIEW,
    Context,
    Finding,
    Rule,
    Verdict,
)

__all__ = [
    "ALLOW",
    "BLOCK",
    "BLOCKED",
    "CATEGORIES",
    "DECISIONS",
    "LANGUAGES",
    "POLICIES",
    "REVIEW",
    "Context",
    "Finding",
    "Rule",
    "Verdict",
    "check",
    "detect_language",
]
