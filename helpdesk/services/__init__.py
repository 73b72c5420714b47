"""Every write of the helpdesk, one module per concern. Import from the module that owns the
concern; this package re-exports nothing.

- ``replies``: the send gate (compose, send, deliver, retry, the automatic acknowledgement). The
  only way anything leaves; read it whole (invariant 1 of ``docs/architecture.md``).
- ``intake``: each provider delivery, once: stored through ``inbound`` or quarantined; retries.
- ``inbound``: one mail stored as a ticket message: threading, the customer, attachments.
- ``identity_links``: who an Amazon buyer is: linking a relay address to a customer known
  elsewhere on evidence, possible matches and the agents' decisions.
- ``claims``: warranty claims from the site and the registrations that link tickets.
- ``tickets``: notes, status and assignment, the response (SLA) clock, channel defaults, the
  ticket's events. The lowest layer: the other modules build on it.
- ``macros``: macro rendering and discount codes.
- ``privacy``: redaction on a data-subject erasure, keeping the evidence for legal claims.
"""
