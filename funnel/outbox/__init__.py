"""The outbox: claim due deliveries, re-check them, send them, record what happened.

Exactly once (docs/architecture.md, invariant 5) rests on four things:

1. the database allows one ``Delivery`` per (enrolment, step);
2. a due delivery is *claimed* in a short transaction (``claim``, on ``core.claims``:
   ``SELECT … FOR UPDATE SKIP LOCKED`` where the database has it, a conditional
   ``UPDATE … WHERE status='scheduled'`` everywhere) which stamps it with a claim token, so two
   workers never hold the same row;
3. every write of a result is guarded by that token (``record``), so a worker whose claim was
   reclaimed cannot overwrite what happened since;
4. the reaper (``reap``) returns claims older than ``FUNNEL_CLAIM_TIMEOUT_SECONDS`` after
   asking the provider whether it accepted them (``funnel.providers``).

Marketability is re-checked for the whole claimed batch right before the provider calls begin
(``triage``); ``compose`` builds the messages and ``dispatch`` runs a worker's loop.
"""

from .claim import due_count
from .dispatch import deliveries_dispatch
from .reap import deliveries_reap

__all__ = ["deliveries_dispatch", "deliveries_reap", "due_count"]
