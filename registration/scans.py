"""The scan hot path behind ``/r/<code>``: one cached, indexed lookup and one cheap INSERT.

A printed code is read far more often than it changes, so each web process keeps what it
learnt about a code for ``SCAN_CACHE_SECONDS`` (60 s by default; an edit in the same process
is seen at once through ``receivers``). A cache miss is one indexed query. Product page URLs
per (product, language) come from a small map of live product pages, rebuilt on the same
schedule and whenever a page is published, unpublished or moved.

The scan row is written with one raw INSERT (no model instance, no signals). On PostgreSQL the
statement itself turns ``synchronous_commit`` off for its own implicit transaction: the row is
committed and visible at once, only the wait for the disk flush is skipped, so a database crash
could lose the last fraction of a second of scans but never a consent or registration row
(those run in other transactions with the server's default). Override ``record`` to send scans
elsewhere (a queue, an analytics store).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.utils import timezone, translation

logger = logging.getLogger(__name__)

#: Link previewers, crawlers and scripts: their requests are recorded but flagged.
BOT_RE = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|preview|facebookexternalhit|facebookcatalog|whatsapp|"
    r"telegram|slack|discord|skypeuripreview|embedly|linkedin|pinterest|vkshare|tumblr|"
    r"curl/|wget/|python-|httpclient|go-http|okhttp|java/|headlesschrome|lighthouse|"
    r"microsoft office|ms-office|mediapartners|feedfetcher|ia_archiver|bytespider|petalbot|"
    r"yandex|baidu|semrush|ahrefs|qwantify|google-inspectiontool|scanner|monitor",
    re.IGNORECASE,
)
PHONE_RE = re.compile(r"iPhone|iPod|Mobi|Windows Phone|Android.*Mobile|HarmonyOS", re.IGNORECASE)
TABLET_RE = re.compile(r"iPad|Tablet|Android|Kindle|Silk/", re.IGNORECASE)
DESKTOP_RE = re.compile(r"Windows NT|Macintosh|X11|CrOS", re.IGNORECASE)

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


_lock = threading.Lock()
_codes: OrderedDict[str, tuple[float, CodeInfo | None]] = OrderedDict()
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
    now = time.monotonic()
    with _lock:
        hit = _codes.get(code)
        if hit is not None and hit[0] > now:
            _codes.move_to_end(code)
            return hit[1]
    from .models import ShortCode

    row = (
        ShortCode.objects.filter(code=code)
        .values_list("id", "sku__product_id", "target", "locale", "retired_at", "retired_to_id")
        .first()
    )
    info = None
    if row is not None:
        pk, product_id, target, locale, retired_at, retired_to_id = row
        info = CodeInfo(
            id=pk,
            code=code,
            product_id=product_id,
            target=target,
            locale=supported_language(locale),
            retired=retired_at is not None,
            retired_to_id=retired_to_id,
        )
    expires = now + (_ttl() if info is not None else min(_ttl(), _MISSING_SECONDS))
    with _lock:
        _codes[code] = (expires, info)
        _codes.move_to_end(code)
        while len(_codes) > _MAX_CODES:
            _codes.popitem(last=False)
    return info


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
    if method == "HEAD" or not user_agent or BOT_RE.search(user_agent):
        return "bot", True
    if PHONE_RE.search(user_agent):
        return "phone", False
    if TABLET_RE.search(user_agent):
        return "tablet", False
    if DESKTOP_RE.search(user_agent):
        return "desktop", False
    return "other", False


_insert_sql: dict[str, str] = {}
_COLUMNS = ("short_code", "code", "scanned_at", "device", "language", "is_bot", "outcome")


def _sql(vendor: str) -> str:
    if vendor not in _insert_sql:
        from .models import Scan

        qn = connection.ops.quote_name
        columns = ", ".join(qn(Scan._meta.get_field(name).column) for name in _COLUMNS)
        values = ", ".join(["%s"] * len(_COLUMNS))
        table = qn(Scan._meta.db_table)
        if vendor == "postgresql":
            # set_config(..., true) lasts for this statement's own transaction only. Names come
            # from the model's metadata and values are parameters, hence the noqa.
            async_commit = "(SELECT set_config('synchronous_commit', 'off', true)) AS async_commit"
            _insert_sql[vendor] = (
                f"INSERT INTO {table} ({columns}) SELECT {values} FROM {async_commit}"  # noqa: S608
            )
        else:
            _insert_sql[vendor] = f"INSERT INTO {table} ({columns}) VALUES ({values})"  # noqa: S608
    return _insert_sql[vendor]


def record(
    *,
    short_code_id: int | None,
    code: str,
    device: str,
    language: str,
    is_bot: bool,
    outcome: str,
) -> None:
    """Write one scan row. Never raises: a failed scan record must not cost the customer the
    redirect (the failure is logged)."""
    vendor = connection.vendor
    sql = _sql(vendor)
    if vendor == "postgresql" and not connection.get_autocommit():
        # Inside someone's transaction (a test, ATOMIC_REQUESTS): keep its commit semantics.
        sql = sql.replace("set_config('synchronous_commit', 'off', true)", "1")
    params = [
        short_code_id,
        code[:16],
        connection.ops.adapt_datetimefield_value(timezone.now()),
        device,
        language[:10],
        is_bot,
        outcome,
    ]
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    except Exception:  # the redirect matters more than the statistic
        logger.exception("Could not record a scan of %s", code)
