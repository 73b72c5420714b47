"""Screenshots from the browser tests, for people: written under ``$BRIDGECARD_SHOTS`` when it
is set (``BRIDGECARD_SHOTS=/tmp/shots make test``; the pictures in ``docs/img`` were taken this
way), otherwise not at all. A screenshot never fails a test."""

import os
from pathlib import Path


def shot(page, name: str, *, full_page: bool = True) -> None:
    target = os.environ.get("BRIDGECARD_SHOTS")
    if not target:
        return
    path = Path(target) / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path), full_page=full_page)
    except OSError:
        pass  # a read-only or full disk must not fail the test
