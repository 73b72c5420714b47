"""Customers, their channel identities, orders on every channel, the append-only consent ledger, suppressions, and the one selector that says who may be marketed to."""
