"""The helpdesk's models, by concern. The rules that keep Amazon support transactional are
structural: a channel's policy is computed by the database from its kind (an Amazon channel cannot
be set to the owned policy), an Amazon channel always runs a 24/7 clock, a macro lives in exactly
one policy's library, and the conversation is append-only down to database triggers
(``helpdesk.audit_guard``). Writes go through ``helpdesk.services``.

- ``channels``: ``Channel`` (``ChannelSignature``: its signature in a language), the policies (``AMAZON_MESSAGE``, ``OWNED_MESSAGE``) and the business
  calendar validators.
- ``tickets``: ``Ticket``, ``SlaRecord`` (stopped response clocks), ``AMAZON_ORDER_RE``.
- ``record``: the append-only conversation record: ``Message``, ``Attachment``, ``GateDecision``,
  ``TicketEvent``.
- ``holds``: held replies: ``HoldDecision`` (a reviewer's approval, rejection or the agent's
  withdrawal, append-only) and ``HoldDigest`` (the reviewers' e-mail digests).
- ``macros``: ``Macro`` libraries (``MacroVariant``: a macro in another language) and
  ``TicketDiscountCode``.
- ``intake``: ``InboundEvent`` (each provider delivery, once) and ``QuarantinedMail``.

Django finds the model classes here; everything else is imported from its own module.
"""

from .channels import Channel, ChannelSignature
from .holds import HoldDecision, HoldDigest
from .intake import InboundEvent, QuarantinedMail
from .macros import Macro, MacroVariant, TicketDiscountCode
from .record import Attachment, GateDecision, Message, TicketEvent
from .store_actions import StoreAction
from .tickets import SlaRecord, Ticket

__all__ = [
    "Attachment",
    "Channel",
    "ChannelSignature",
    "GateDecision",
    "HoldDecision",
    "HoldDigest",
    "InboundEvent",
    "Macro",
    "MacroVariant",
    "Message",
    "QuarantinedMail",
    "SlaRecord",
    "StoreAction",
    "Ticket",
    "TicketDiscountCode",
    "TicketEvent",
]
