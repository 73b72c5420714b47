"""The funnel's models, one module per concern.

Who may receive a commercial step is never stored here: enrolment and the re-check before every
send ask ``customers.selectors.marketable_identities`` (``docs/architecture.md``, invariant 3).
What is stored is the outbox (``outbox.py``): one ``Delivery`` row per (enrolment, step), enforced
by the database (invariant 5), claimed by exactly one worker at a time.
"""

from .attribution import OrderAttribution
from .codes import DiscountCode, DiscountCodePool
from .exports import ExportLog
from .klaviyo import KlaviyoProfile, KlaviyoSync
from .outbox import Delivery, DispatchState, Enrolment, TrackingEvent
from .preferences import ContactPreference
from .sequences import MailType, Sequence, SequenceStep

__all__ = [
    "ContactPreference",
    "Delivery",
    "DiscountCode",
    "DiscountCodePool",
    "DispatchState",
    "Enrolment",
    "ExportLog",
    "KlaviyoProfile",
    "KlaviyoSync",
    "MailType",
    "OrderAttribution",
    "Sequence",
    "SequenceStep",
    "TrackingEvent",
]
