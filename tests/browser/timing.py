"""How long a browser step may take before it counts as hung. Generous on purpose: on a busy
machine a page that renders in 200 ms can take many seconds, and every wait ends as soon as its
condition holds, so a long limit costs nothing when things go well."""

BROWSER_TIMEOUT_MS = 90_000
