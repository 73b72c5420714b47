"""The ground floor: plumbing every app shares and no app owns. Database guards, the append-only
model base, the claim protocol of the outboxes, mail-error classification, network-address
hashing and admin permission policies. Imports no project app, so every app may import it."""
