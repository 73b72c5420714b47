"""The Shopify GraphQL Admin API, through the official ShopifyAPI package (module ``shopify``).

Every call goes through ``ShopifyClient.execute``, which sends the query with
``shopify.GraphQL().execute`` under a session for the configured store and API version, and:

- respects the cost-based throttle: each answer's ``extensions.cost.throttleStatus``
  (``maximumAvailable``, ``currentlyAvailable``, ``restoreRate``) is remembered per store, and a
  query whose ``requestedQueryCost`` (as last seen for that operation, or as the caller
  estimates it) exceeds what is available by now waits for the restore rate first; a
  ``THROTTLED`` answer waits the same way and is tried again;
- retries 5xx answers, 429 and network errors with exponential backoff, a bounded number of
  times (``SHOPIFY_MAX_ATTEMPTS``);
- raises a clear error otherwise: ``ShopifyAuthError`` (401/403: wrong or revoked token, missing
  scope), ``ShopifyQueryError`` (GraphQL ``errors``), ``ShopifyUnavailable``, ``ShopifyThrottled``;
- logs each call's operation name, outcome and cost.

Waiting and the clock are injectable (``sleep``, ``clock``) so tests never sleep for real.

How the library builds its URL: ``shopify.Session(shop, version, token)`` keeps the first
label of the shop's host name and appends ``Session.myshopify_domain`` (and ``Session.port``),
then ``site`` is ``"<protocol>://<shop>.myshopify.com/admin/api/<version>"``, ``protocol``
being a class attribute ("https"). ``ShopifyResource.activate_session`` stores that site and the
``X-Shopify-Access-Token`` header per thread, and ``GraphQL()`` posts to ``<site>/graphql.json``.
A fake store on ``http://127.0.0.1:PORT`` cannot be reached by changing ``protocol`` and
``myshopify_domain`` (the host would be ``127.<domain>``), so ``_Session`` overrides ``site``
when ``SHOPIFY_API_BASE_URL`` is set (tests and the demo; ``check --deploy`` refuses it).

Known limits of the library, kept as they are: ``GraphQL.execute`` opens the URL without a
time-out and prints the body of an HTTP error to standard output.
"""

import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import shopify
from django.conf import settings
from django.utils.translation import gettext as _

from core.mail_errors import backoff
from core.secrets import SecretUnreadable, decrypt

log = logging.getLogger(__name__)


# --- errors ------------------------------------------------------------------------------


class ShopifyError(Exception):
    """A call to the store that did not give an answer to use. ``str()`` is fit to show staff."""


class ShopifyNotConnected(ShopifyError):
    """No shop domain and access token are configured."""


class ShopifyAuthError(ShopifyError):
    """401/403: the token is wrong or revoked, or the app lacks a scope."""


class ShopifyUnavailable(ShopifyError):
    """5xx, 429 or network errors through every retry."""


class ShopifyThrottled(ShopifyError):
    """Still THROTTLED after every retry."""


class ShopifyQueryError(ShopifyError):
    """The answer carried GraphQL ``errors`` (a query the schema refuses, a missing field)."""

    def __init__(self, message: str, errors: list[Any] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


# --- configuration ------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreConfig:
    domain: str
    #: A static Admin API access token (an admin-created custom app's), or "" when the token
    #: comes from the app's client credentials.
    token: str = field(repr=False)
    api_version: str
    #: "environment" or "admin": where the domain and token came from.
    source: str
    #: Tests and the demo only: a local fake store's base URL.
    base_url: str = ""
    #: A Dev Dashboard app's client credentials, exchanged for 24-hour tokens.
    client_id: str = ""
    client_secret: str = field(default="", repr=False)

    @property
    def uses_client_credentials(self) -> bool:
        return not self.token and bool(self.client_id and self.client_secret)

    @property
    def shop_url(self) -> str:
        return self.base_url or f"https://{self.domain}"


def store_config() -> StoreConfig | None:
    """The store to talk to: ``SHOPIFY_SHOP_DOMAIN`` with ``SHOPIFY_ACCESS_TOKEN`` (or with
    ``SHOPIFY_CLIENT_ID`` and ``SHOPIFY_CLIENT_SECRET``) when set, else the admin's setting
    (Settings → Shopify store), else None (not connected). A token stored under another key
    than today's counts as not connected (logged). Nothing is asked of Shopify here."""
    version = settings.SHOPIFY_API_VERSION
    base_url = settings.SHOPIFY_API_BASE_URL
    client_id, client_secret = settings.SHOPIFY_CLIENT_ID, settings.SHOPIFY_CLIENT_SECRET
    if settings.SHOPIFY_SHOP_DOMAIN and (
        settings.SHOPIFY_ACCESS_TOKEN or (client_id and client_secret)
    ):
        return StoreConfig(
            settings.SHOPIFY_SHOP_DOMAIN,
            settings.SHOPIFY_ACCESS_TOKEN,
            version,
            "environment",
            base_url,
            client_id,
            client_secret,
        )
    from .models import ShopifyStoreSettings

    stored = ShopifyStoreSettings.load()  # type: ignore[no-untyped-call]
    if not (stored.shop_domain and stored.access_token_encrypted):
        return None
    try:
        token = decrypt(stored.access_token_encrypted)
    except SecretUnreadable:
        log.error("The stored Shopify access token cannot be decrypted; enter it again.")
        return None
    return StoreConfig(stored.shop_domain, token, version, "admin", base_url)


def disconnected_at() -> datetime | None:
    """When the ``app/uninstalled`` webhook said the app left the store (None: it did not, or
    a connection check succeeded since). Nothing is synced or pushed while it is set."""
    from .models import ShopifyStoreSettings

    return ShopifyStoreSettings.objects.values_list("disconnected_at", flat=True).first()


def connected() -> bool:
    """A store is configured and the app was not uninstalled from it."""
    return store_config() is not None and disconnected_at() is None


# --- the throttle -------------------------------------------------------------------------


@dataclass
class Cost:
    requested: float | None = None
    actual: float | None = None
    maximum: float | None = None
    available: float | None = None
    restore_rate: float | None = None

    @classmethod
    def read(cls, payload: dict[str, Any]) -> "Cost | None":
        extensions = payload.get("extensions")
        cost = extensions.get("cost") if isinstance(extensions, dict) else None
        if not isinstance(cost, dict):
            return None
        status = cost.get("throttleStatus") or {}
        if not isinstance(status, dict):
            status = {}

        def number(value: object) -> float | None:
            return float(value) if isinstance(value, int | float) else None

        return cls(
            requested=number(cost.get("requestedQueryCost")),
            actual=number(cost.get("actualQueryCost")),
            maximum=number(status.get("maximumAvailable")),
            available=number(status.get("currentlyAvailable")),
            restore_rate=number(status.get("restoreRate")),
        )

    def __str__(self) -> str:
        return (
            f"requested={_fmt(self.requested)} actual={_fmt(self.actual)} "
            f"available={_fmt(self.available)}/{_fmt(self.maximum)} "
            f"restore={_fmt(self.restore_rate)}/s"
        )


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


class ThrottleBucket:
    """What the store last said about this app's bucket, and when (by ``clock``). Shopify's
    bucket refills continuously at ``restoreRate`` points a second up to ``maximumAvailable``,
    so what is available now is estimated from the last reading."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.available: float | None = None
        self.maximum: float | None = None
        self.restore_rate: float | None = None
        self.read_at = 0.0
        #: The requestedQueryCost last seen for each operation name.
        self.costs: dict[str, float] = {}

    def update(self, operation: str, cost: Cost, now: float) -> None:
        with self.lock:
            if cost.requested is not None:
                self.costs[operation] = cost.requested
            if cost.available is not None:
                self.available = cost.available
                self.maximum = cost.maximum
                self.restore_rate = cost.restore_rate
                self.read_at = now

    def expected_cost(self, operation: str) -> float | None:
        with self.lock:
            return self.costs.get(operation)

    def wait_for(self, cost: float | None, now: float) -> float:
        """Seconds to wait before a query of *cost* points fits the bucket (0 when it does,
        or when nothing is known yet)."""
        with self.lock:
            if cost is None or self.available is None or not self.restore_rate:
                return 0.0
            available = self.available + self.restore_rate * max(0.0, now - self.read_at)
            if self.maximum is not None:
                available = min(available, self.maximum)
                cost = min(cost, self.maximum)  # a query larger than the bucket waits for it full
            if cost <= available:
                return 0.0
            return (cost - available) / self.restore_rate


_BUCKETS: dict[str, ThrottleBucket] = {}
_BUCKETS_LOCK = threading.Lock()


def bucket_for(domain: str) -> ThrottleBucket:
    """The one bucket of this process for *domain* (the limit is per app and store)."""
    with _BUCKETS_LOCK:
        return _BUCKETS.setdefault(domain, ThrottleBucket())


# --- the client ---------------------------------------------------------------------------


class _Session(shopify.Session):  # type: ignore[misc]
    """The library's session, pointed at a local fake store when ``base_url`` is given."""

    def __init__(self, config: StoreConfig, token: str) -> None:
        super().__init__(config.domain, config.api_version, token)
        self.base_url = config.base_url

    @property
    def site(self) -> str:
        if self.base_url:
            return str(self.version.api_path(self.base_url))
        return str(super().site)


@contextmanager
def _activated(config: StoreConfig, token: str) -> Iterator[None]:
    """The library keeps the active session per thread; it is cleared after each call so no
    token outlives the call in a thread that serves other work."""
    shopify.ShopifyResource.activate_session(_Session(config, token))
    try:
        yield
    finally:
        shopify.ShopifyResource.clear_session()


def _retry_after(error: urllib.error.HTTPError) -> float | None:
    value = error.headers.get("Retry-After") if error.headers else None
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _describe_errors(errors: object) -> str:
    if isinstance(errors, list):
        messages = [
            str(error.get("message", error)) if isinstance(error, dict) else str(error)
            for error in errors
        ]
        return "; ".join(messages)[:500]
    return str(errors)[:500]


def _is_throttled(errors: object) -> bool:
    return isinstance(errors, list) and any(
        isinstance(error, dict)
        and isinstance(error.get("extensions"), dict)
        and error["extensions"].get("code") == "THROTTLED"
        for error in errors
    )


class ShopifyClient:
    def __init__(
        self,
        config: StoreConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        bucket: ThrottleBucket | None = None,
        max_attempts: int | None = None,
    ) -> None:
        self.config = config
        self.sleep = sleep
        self.clock = clock
        self.bucket = bucket if bucket is not None else bucket_for(config.domain)
        self.max_attempts = max(1, max_attempts or settings.SHOPIFY_MAX_ATTEMPTS)

    def _backoff(self, attempt: int) -> float:
        return backoff(
            attempt,
            base=settings.SHOPIFY_RETRY_BASE_SECONDS,
            ceiling=settings.SHOPIFY_RETRY_MAX_SECONDS,
        ).total_seconds()

    def _wait(self, seconds: float, operation: str, why: str) -> None:
        if seconds > 0:
            log.info("shopify %s waits %.2fs (%s)", operation, seconds, why)
            self.sleep(seconds)

    def _send(self, query: str, variables: dict[str, Any] | None, operation: str) -> str:
        token = access_token(self.config, clock=self.clock)
        with _activated(self.config, token):
            graphql = shopify.GraphQL()
            return str(graphql.execute(query, variables=variables, operation_name=operation))

    def execute(
        self,
        query: str,
        *,
        operation_name: str,
        variables: dict[str, Any] | None = None,
        expected_cost: float | None = None,
    ) -> dict[str, Any]:
        """The ``data`` of the answer to *query* (which names *operation_name*)."""
        operation = operation_name
        renewed = False
        for attempt in range(1, self.max_attempts + 1):
            last = attempt == self.max_attempts
            cost_guess = expected_cost or self.bucket.expected_cost(operation)
            self._wait(self.bucket.wait_for(cost_guess, self.clock()), operation, "throttle")
            try:
                raw = self._send(query, variables, operation)
            except urllib.error.HTTPError as error:
                status = error.code
                if status == 401 and self.config.uses_client_credentials and not renewed:
                    # a 24-hour token that ended early (revoked, rotated): one new one
                    log.info(
                        "shopify %s status=401: renewing the client-credentials token", operation
                    )
                    forget_token(self.config)
                    renewed = True
                    continue
                if status in (401, 403):
                    log.warning("shopify %s status=%s", operation, status)
                    raise ShopifyAuthError(
                        _(
                            "Shopify refused the access token (HTTP %(status)s): check the "
                            "token and the app's access scopes."
                        )
                        % {"status": status}
                    ) from None
                if status == 429 or status >= 500:
                    log.warning("shopify %s status=%s attempt=%s", operation, status, attempt)
                    if last:
                        raise ShopifyUnavailable(
                            _("Shopify answered HTTP %(status)s %(count)s times; try again later.")
                            % {"status": status, "count": attempt}
                        ) from None
                    self._wait(
                        _retry_after(error) or self._backoff(attempt), operation, f"HTTP {status}"
                    )
                    continue
                log.warning("shopify %s status=%s", operation, status)
                raise ShopifyError(
                    _("Shopify refused the request (HTTP %(status)s).") % {"status": status}
                ) from None
            except (urllib.error.URLError, OSError) as error:
                log.warning("shopify %s network error %s attempt=%s", operation, error, attempt)
                if last:
                    raise ShopifyUnavailable(
                        _("The store could not be reached: %(error)s") % {"error": error}
                    ) from None
                self._wait(self._backoff(attempt), operation, "network")
                continue
            try:
                payload = json.loads(raw)
            except ValueError:
                payload = None
            if not isinstance(payload, dict):
                log.warning("shopify %s status=200 unreadable answer", operation)
                raise ShopifyError(_("Shopify's answer was not a JSON object."))
            cost = Cost.read(payload)
            if cost is not None:
                self.bucket.update(operation, cost, self.clock())
            errors = payload.get("errors")
            if errors and _is_throttled(errors):
                log.info("shopify %s status=THROTTLED cost %s", operation, cost)
                if last:
                    raise ShopifyThrottled(
                        _("Shopify kept throttling the request; try again later.")
                    )
                wait = self.bucket.wait_for(cost.requested if cost else None, self.clock())
                self._wait(wait or self._backoff(attempt), operation, "THROTTLED")
                continue
            if errors:
                log.warning("shopify %s status=errors %s", operation, _describe_errors(errors))
                raise ShopifyQueryError(
                    _("Shopify refused the query: %(errors)s")
                    % {"errors": _describe_errors(errors)},
                    errors if isinstance(errors, list) else [errors],
                )
            data = payload.get("data")
            if not isinstance(data, dict):
                raise ShopifyError(_("Shopify's answer had no data."))
            log.info("shopify %s status=ok cost %s", operation, cost)
            return data
        raise AssertionError("unreachable")  # the loop returns or raises on its last attempt


def client(*, even_if_disconnected: bool = False, **options: Any) -> ShopifyClient:
    """A client for the configured store. Raises ``ShopifyNotConnected``, also after the app
    was uninstalled (only the admin's connection check asks then: *even_if_disconnected*)."""
    config = store_config()
    if config is None:
        raise ShopifyNotConnected(_("No Shopify store is connected."))
    if not even_if_disconnected and disconnected_at() is not None:
        raise ShopifyNotConnected(
            _(
                "The app was uninstalled from the store; check the connection after installing it again."
            )
        )
    return ShopifyClient(config, **options)


# --- the connection check -----------------------------------------------------------------

SHOP_QUERY = "query ShopName { shop { name } }"


def shop_name(shopify_client: ShopifyClient) -> str:
    """The store's name: the connection check run from the admin."""
    data = shopify_client.execute(SHOP_QUERY, operation_name="ShopName")
    shop = data.get("shop")
    name = shop.get("name") if isinstance(shop, dict) else None
    if not isinstance(name, str):
        raise ShopifyError(_("Shopify's answer had no shop name."))
    return name


# --- tokens from client credentials --------------------------------------------------------
# Apps made in Shopify's Dev Dashboard (the only new apps since 2026) get 24-hour tokens through
# the OAuth client-credentials grant. The ShopifyAPI package implements only the authorization
# code grant (``Session.request_token``), so this one request is made here with urllib.

_TOKENS: dict[tuple[str, str], tuple[str, float]] = {}
_TOKENS_LOCK = threading.Lock()
#: A token is renewed this long before Shopify says it ends.
TOKEN_MARGIN_SECONDS = 300


def access_token(config: StoreConfig, *, clock: Callable[[], float] = time.monotonic) -> str:
    """The token for *config*: its static token, or one obtained from its client credentials
    and kept (per process) until shortly before it ends."""
    if not config.uses_client_credentials:
        return config.token
    key = (config.domain, config.client_id)
    with _TOKENS_LOCK:
        cached = _TOKENS.get(key)
    if cached and cached[1] > clock():
        return cached[0]
    token, lifetime = _client_credentials_grant(config)
    with _TOKENS_LOCK:
        _TOKENS[key] = (token, clock() + max(60.0, lifetime - TOKEN_MARGIN_SECONDS))
    return token


def forget_token(config: StoreConfig) -> None:
    with _TOKENS_LOCK:
        _TOKENS.pop((config.domain, config.client_id), None)


def _client_credentials_grant(config: StoreConfig) -> tuple[str, float]:
    body = urllib.parse.urlencode(
        {
            "grant_type": "client_credentials",
            "client_id": config.client_id,
            "client_secret": config.client_secret,
        }
    ).encode()
    request = urllib.request.Request(  # noqa: S310 (https://<shop>, or the tests' fake)
        f"{config.shop_url}/admin/oauth/access_token",
        data=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        },
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            payload = json.loads(response.read().decode() or "{}")
    except urllib.error.HTTPError as error:
        log.warning("shopify client credentials refused: HTTP %s", error.code)
        if error.code >= 500:
            raise ShopifyUnavailable(
                _("Shopify answered HTTP %(status)s %(count)s times; try again later.")
                % {"status": error.code, "count": 1}
            ) from None
        raise ShopifyAuthError(
            _(
                "Shopify refused the app's client credentials (HTTP %(status)s): check the "
                "client ID and secret and that the app is installed on the store."
            )
            % {"status": error.code}
        ) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise ShopifyUnavailable(
            _("The store could not be reached: %(error)s") % {"error": error}
        ) from None
    token = payload.get("access_token") if isinstance(payload, dict) else None
    if not isinstance(token, str) or not token:
        raise ShopifyAuthError(_("Shopify's answer had no access token."))
    lifetime = payload.get("expires_in")
    log.info("shopify client credentials: a new token for %s", config.domain)
    return token, float(lifetime) if isinstance(lifetime, int | float) else 3600.0
