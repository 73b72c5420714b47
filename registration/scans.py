"""The scan hot path behind ``/r/<code>``: one cached, indexed lookup and one cheap INSERT.
Where a code leads is decided by ``registration.resolver.resolve``, which reads the caches kept
here; the view then hands the scan to ``record``.

A printed code is read far more often than it changes, so each web process keeps what it
learnt about a code for ``SCAN_CACHE_SECONDS`` (60 s by default; an edit in the same process
is seen at once through ``receivers``). A cache miss is one indexed query. Product page URLs
per (product, language) come from a small map of live product pages, rebuilt on the same
schedule and whenever a page is published, unpublished or moved.

Writing the scan row: each process collects scans in a small in-memory buffer and writes them
with one multi-row INSERT after a response has gone out (Django's ``request_finished``), when
the buffer holds ``SCAN_BUFFER_SIZE`` scans or its oldest is ``SCAN_BUFFER_SECONDS`` old, and
when the process exits (gunicorn workers exit through ``sys.exit``, which runs ``atexit``). No
customer waits for a database round trip; a batch that fails to insert is kept for the next
attempt. What can be lost is a process killed outright (SIGKILL, out of memory) with scans
still buffered: at most ``SCAN_BUFFER_SIZE`` of them or ``SCAN_BUFFER_SECONDS`` worth. With
``SCAN_BUFFER_SIZE=1`` (the default when ``DEBUG`` is on) every scan is written right after
its response. On PostgreSQL the batch's transaction skips the wait for the disk flush
(``synchronous_commit`` off for that transaction only; consent and registration rows keep the
server's default).

Override ``record`` to send scans elsewhere (a queue, an analytics store).
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone, translation

if TYPE_CHECKING:
    from django.db.models import QuerySet

logger = logging.getLogger(__name__)

#: Link previewers, crawlers and scripts (lower case): their requests are recorded but flagged.
#: Plain substring tests: a long regex alternation costs ~100 µs per User-Agent in Python.
BOT_TOKENS = (
    "bot", "crawl", "spider", "slurp", "preview", "facebookexternalhit", "facebookcatalog",
    "whatsapp", "telegram", "slack", "discord", "skypeuripreview", "embedly", "linkedin",
    "pinterest", "vkshare", "tumblr", "curl/", "wget/", "python-", "httpclient", "go-http",
    "okhttp", "java/", "headlesschrome", "lighthouse", "microsoft office", "ms-office",
    "mediapartners", "feedfetcher", "ia_archiver", "yandex", "baidu", "semrush", "ahrefs",
    "qwantify", "google-inspectiontool", "scanner", "monitor",
)  # fmt: skip
PHONE_TOKENS = ("iphone", "ipod", "mobi", "windows phone", "harmonyos")
TABLET_TOKENS = ("ipad", "tablet", "android", "kindle", "silk/")
DESKTOP_TOKENS = ("windows nt", "macintosh", "x11", "cros")

_MAX_CODES = 50_000
_MISSING_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class CodeInfo:
    id: int
    code: str
    product_id: int
    target: str
    locale: str
    retired: bool
    retired_to_id: int | None
    #: The unit's serial on a serialized card; empty for a code shared by a SKU's cards.
    serial: str = ""
    #: Whether that serial is registered (owner routing, ``resolver``).
    registered: bool = False
    #: Where a registered unit's scans go (``CodeBatch.owner_target``).
    owner_target: str = ""


@dataclass(frozen=True, slots=True)
class GtinInfo:
    """What a GS1 Digital Link's GTIN leads to: the SKU carrying it and its product."""

    gtin: str
    sku_id: int
    product_id: int
    recall_url: str


_lock = threading.Lock()
_codes: OrderedDict[str, tuple[float, CodeInfo | GtinInfo | None]] = OrderedDict()
_pages: dict[tuple[int, str], str] = {}
_pages_built_at = 0.0


def _ttl() -> float:
    return float(getattr(settings, "SCAN_CACHE_SECONDS", 60))


def forget(code: str | None = None) -> None:
    """Drop what this process knows about *code* (every code when None)."""
    with _lock:
        if code is None:
            _codes.clear()
        else:
            _codes.pop(code, None)


def forget_pages() -> None:
    global _pages_built_at
    with _lock:
        _pages_built_at = 0.0


def lookup(code: str) -> CodeInfo | None:
    """What the code leads to, from this process's cache or one indexed query."""
    from .models import ShortCode

    return _cached(code, lambda: _code_info(ShortCode.objects.filter(code=code)))


def lookup_unit(gtin: str, serial: str) -> CodeInfo | None:
    """The unit code printed for *serial* of the SKU with GTIN-14 *gtin* (a GS1 Digital Link's
    ``/01/<gtin>/21/<serial>``), from the cache or one indexed query."""
    from .models import ShortCode

    # A key no short code can have (codes are Crockford base-32, without "/").
    return _cached(
        f"01/{gtin}/21/{serial}",
        lambda: _code_info(ShortCode.objects.filter(sku__gtin=gtin, serial=serial)),
    )


def lookup_gtin(gtin: str) -> GtinInfo | None:
    """The SKU with GTIN-14 *gtin*, from the cache or one indexed query."""
    from catalog.models import SKU

    def read() -> GtinInfo | None:
        row = (
            SKU.objects.filter(gtin=gtin)
            .values_list("id", "product_id", "product__recall_notice_url")
            .first()
        )
        if row is None:
            return None
        return GtinInfo(gtin=gtin, sku_id=row[0], product_id=row[1], recall_url=row[2] or "")

    return _cached(f"01/{gtin}", read)


def _cached[Info: (CodeInfo, GtinInfo)](key: str, read: Callable[[], Info | None]) -> Info | None:
    now = time.monotonic()
    with _lock:
        hit = _codes.get(key)
        if hit is not None and hit[0] > now:
            _codes.move_to_end(key)
            return cast("Info | None", hit[1])
    info = read()
    expires = now + (_ttl() if info is not None else min(_ttl(), _MISSING_SECONDS))
    with _lock:
        _codes[key] = (expires, info)
        _codes.move_to_end(key)
        while len(_codes) > _MAX_CODES:
            _codes.popitem(last=False)
    return info


def _code_info(codes: QuerySet[Any]) -> CodeInfo | None:
    """One row of *codes* (a ShortCode queryset) as a ``CodeInfo``, in one query: whether its
    serial is registered is a subquery on the registrations' (product, serial) index."""
    from django.db.models import Exists, OuterRef

    from .models import Registration

    registered = Registration.objects.filter(
        product_id=OuterRef("sku__product_id"), serial=OuterRef("serial")
    ).exclude(serial="")
    row = (
        codes.annotate(registered=Exists(registered))
        .values_list(
            "id", "code", "sku__product_id", "target", "locale", "retired_at", "retired_to_id",
            "serial", "registered", "batch__owner_target",
        )
        .first()
    )  # fmt: skip
    if row is None:
        return None
    pk, code, product_id, target, locale, retired_at, retired_to_id, serial, reg, owner = row
    return CodeInfo(
        id=pk,
        code=code,
        product_id=product_id,
        target=target,
        locale=supported_language(locale),
        retired=retired_at is not None,
        retired_to_id=retired_to_id,
        serial=serial,
        registered=bool(reg),
        owner_target=owner or "",
    )


def supported_language(code: str) -> str:
    """``de-AT`` → ``de``, ``zh`` → ``zh-hans``; empty when not one of ``LANGUAGES``."""
    if not code:
        return ""
    try:
        return translation.get_supported_language_variant(code.lower())
    except LookupError:
        return ""


def page_url(product_id: int, language: str) -> str | None:
    """Relative URL of the product's live page in *language*, else in the default language,
    else in any language; None when the product has no live page."""
    pages = _page_map()
    for lang in (language, settings.LANGUAGE_CODE):
        url = pages.get((product_id, lang))
        if url:
            return url
    for (pid, _lang), url in pages.items():
        if pid == product_id:
            return url
    return None


def page_urls(product_id: int) -> list[tuple[str, str]]:
    """(language, relative URL) of each live page of the product, in ``LANGUAGES`` order."""
    pages = _page_map()
    found = []
    for language, _name in settings.LANGUAGES:
        url = pages.get((product_id, language))
        if url:
            found.append((language, url))
    return found


def _page_map() -> dict[tuple[int, str], str]:
    global _pages, _pages_built_at
    now = time.monotonic()
    with _lock:
        if _pages_built_at and now - _pages_built_at < _ttl():
            return _pages
    from .models import ProductPage

    built: dict[tuple[int, str], str] = {}
    for page in ProductPage.objects.live().select_related("locale"):
        url = page.get_url()
        if url:
            built[(page.product_id, page.locale.language_code)] = url
    with _lock:
        _pages, _pages_built_at = built, now
    return built


def device_of(user_agent: str, method: str = "GET") -> tuple[str, bool]:
    """Coarse device class and bot flag from the User-Agent; a HEAD request is a prefetch."""
    if method == "HEAD":
        return "bot", True
    return _device_of(user_agent[:512])


@lru_cache(maxsize=2048)  # a few browser versions make up nearly every scan
def _device_of(user_agent: str) -> tuple[str, bool]:
    agent = user_agent.lower()
    if not agent or any(token in agent for token in BOT_TOKENS):
        return "bot", True
    if any(token in agent for token in PHONE_TOKENS):
        return "phone", False
    if "android" in agent and "mobile" in agent:
        return "phone", False
    if any(token in agent for token in TABLET_TOKENS):
        return "tablet", False
    if any(token in agent for token in DESKTOP_TOKENS):
        return "desktop", False
    return "other", False


def record(
    *,
    short_code_id: int | None,
    code: str,
    device: str,
    language: str,
    is_bot: bool,
    outcome: str,
) -> None:
    """Queue one scan for writing (see the module docstring). Never raises."""
    global _oldest
    row = (short_code_id, code[:16], timezone.now(), device, language[:10], is_bot, outcome)
    with _lock:
        if not _buffer:
            _oldest = time.monotonic()
        _buffer.append(row)


_buffer: list[tuple] = []
_oldest = 0.0
#: Rows kept for a retry after a failed INSERT are capped, so a database outage cannot eat the
#: process's memory.
_MAX_BUFFER = 20_000


def flush_if_due() -> None:
    """Write the buffer when it is full or old enough; called after each response
    (``registration.receivers``)."""
    size = getattr(settings, "SCAN_BUFFER_SIZE", 1)
    age = getattr(settings, "SCAN_BUFFER_SECONDS", 2)
    if _buffer and (len(_buffer) >= size or time.monotonic() - _oldest >= age):
        flush()


def flush() -> int:
    """Write every buffered scan of this process now; returns how many were written."""
    global _buffer
    with _lock:
        rows, _buffer = _buffer, []
    if not rows:
        return 0
    try:
        _insert(rows)
    except IntegrityError:
        # One bad row must not block the rest for ever: write them one by one, drop the bad.
        written = 0
        for row in rows:
            try:
                _insert([row])
                written += 1
            except IntegrityError:
                logger.exception("Dropped a scan row the database refuses: %r", row)
        return written
    except Exception:  # the database is away: keep them for the next attempt
        logger.exception("Could not write %s buffered scans", len(rows))
        with _lock:
            _buffer[:0] = rows[-_MAX_BUFFER:]
        return 0
    return len(rows)


def _insert(rows: list[tuple]) -> None:
    from .models import Scan

    objects = [
        Scan(
            short_code_id=short_code_id,
            code=code,
            scanned_at=at,
            device=device,
            language=language,
            is_bot=is_bot,
            outcome=outcome,
        )
        for short_code_id, code, at, device, language, is_bot, outcome in rows
    ]
    # Inside someone's transaction already (a test, ATOMIC_REQUESTS), SET LOCAL would change
    # the caller's commit: leave it alone there.
    outer = connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and not outer:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        Scan.objects.bulk_create(objects, batch_size=1000)


atexit.register(flush)
