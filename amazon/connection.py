"""Calls to the Selling Partner API through python-amazon-sp-api, for one seller account.

What this module adds to the library:

- **Credentials** from the account (typed in the admin, stored encrypted) or the environment
  (:func:`credentials_for`).
- **Where calls go**: the account's ``endpoint`` and ``token_url`` overrides point the client
  and its LWA token client at another server (Amazon's sandbox, the tests' fake server, the
  demo). The library takes the endpoint from the marketplace and the token host from
  ``AccessTokenClient.host``; we set ``Client.endpoint`` after construction and pass an
  ``auth_token_client_class`` whose scheme/host/path are the override's.
- **Rate limits**: a token bucket per (account, operation) with Amazon's published default rate
  and burst, corrected by the ``x-amzn-RateLimit-Limit`` header of each answer; a 429 waits
  ``Retry-After`` when sent, else the time one token takes to come back at the header's rate,
  doubling on each further 429. The library's own ``throttle_retry`` sleeps a fixed delay and
  reads no header, hence this hand-written loop. ``sleep`` and ``clock`` are injectable so
  tests wait without sleeping.
- **A log line per call**: operation, HTTP status, ``x-amzn-RequestId``, the logger
  ``amazon.spapi``.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sp_api.auth import AccessTokenClient
from sp_api.auth.exceptions import AuthorizationError
from sp_api.base import ApiResponse, Marketplaces, SellingApiException
from sp_api.base.exceptions import SellingApiRequestThrottledException

from .marketplaces import BY_DOMAIN, in_region
from .models import SellerAccount

log = logging.getLogger("amazon.spapi")

#: Amazon's published default (rate per second, burst) per operation; the header of each
#: answer corrects the rate for the seller's actual plan.
DEFAULT_LIMITS: dict[str, tuple[float, int]] = {
    "getOrders": (0.0167, 20),
    "getOrder": (0.5, 30),
    "getOrderItems": (0.5, 30),
    "getMarketplaceParticipations": (0.016, 15),
    "getSolicitationActionsForOrder": (1.0, 5),
    "createProductReviewAndSellerFeedbackSolicitation": (1.0, 5),
    "getMessagingActionsForOrder": (1.0, 5),
    "createWarranty": (1.0, 5),
    "createConfirmDeliveryDetails": (1.0, 5),
    "createUnexpectedProblem": (1.0, 5),
    "sendInvoice": (1.0, 5),
    "createUploadDestinationForResource": (10.0, 10),
    "createRestrictedDataToken": (1.0, 10),
    "createReport": (0.0167, 15),
    "getReport": (2.0, 15),
    "getReportDocument": (0.0167, 15),
}
#: How many 429s in a row a call waits through before giving up.
MAX_THROTTLED_RETRIES = 6
#: The longest single wait after a 429, in seconds.
MAX_WAIT = 120.0


class ConnectionProblem(Exception):
    """A call failed for a reason a person has to look at (credentials, roles, bad input).

    ``code`` is Amazon's error code (``Unauthorized``, ``InvalidInput``, ``invalid_grant``…),
    ``status`` the HTTP status."""

    def __init__(self, message: str, *, code: str = "", status: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str
    refresh_token: str

    @property
    def complete(self) -> bool:
        return bool(self.client_id and self.client_secret and self.refresh_token)


def credentials_for(account: SellerAccount) -> Credentials:
    """The account's own credentials, each empty one taken from the environment:
    ``AMAZON_LWA_CLIENT_ID``, ``AMAZON_LWA_CLIENT_SECRET`` (one developer application serves
    every account) and ``AMAZON_REFRESH_TOKEN_<CODE>`` (per account, the code upper-cased with
    ``-`` as ``_``)."""
    suffix = account.slug.upper().replace("-", "_")
    return Credentials(
        client_id=account.lwa_client_id or os.environ.get("AMAZON_LWA_CLIENT_ID", ""),
        client_secret=account.lwa_client_secret or os.environ.get("AMAZON_LWA_CLIENT_SECRET", ""),
        refresh_token=account.refresh_token or os.environ.get(f"AMAZON_REFRESH_TOKEN_{suffix}", ""),
    )


@dataclass
class TokenBucket:
    rate: float  # tokens per second
    burst: int
    tokens: float = field(default=-1.0)
    updated: float = 0.0

    def wait_for_token(self, now: float) -> float:
        """Seconds until a token is there (0 when one is); refills from *now*."""
        if self.tokens < 0:
            self.tokens, self.updated = float(self.burst), now
        self.tokens = min(float(self.burst), self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1

    def empty(self, now: float) -> None:
        self.tokens, self.updated = 0.0, now


_buckets: dict[tuple[int, str], TokenBucket] = {}
_buckets_lock = threading.Lock()


def bucket(account_id: int, operation: str) -> TokenBucket:
    with _buckets_lock:
        key = (account_id, operation)
        if key not in _buckets:
            rate, burst = DEFAULT_LIMITS.get(operation, (0.5, 10))
            _buckets[key] = TokenBucket(rate=rate, burst=burst)
        return _buckets[key]


def buckets_reset() -> None:
    """Forget every bucket (tests; a process starts with full buckets anyway)."""
    with _buckets_lock:
        _buckets.clear()


def _header(headers: Any, name: str) -> str:
    if not headers:
        return ""
    try:
        return str(headers.get(name) or headers.get(name.lower()) or "")
    except AttributeError:
        return ""


def _rate_from(headers: Any) -> float | None:
    try:
        rate = float(_header(headers, "x-amzn-RateLimit-Limit"))
    except ValueError:
        return None
    return rate if rate > 0 else None


def throttled_wait(headers: Any, *, rate: float, attempt: int) -> float:
    """Seconds to wait after the *attempt*-th 429 in a row (0-based): ``Retry-After`` when
    Amazon sends it, else one token's time at the header's rate (or *rate*), doubled per
    further attempt, at most :data:`MAX_WAIT`."""
    retry_after = _header(headers, "Retry-After")
    try:
        base = float(retry_after)
    except ValueError:
        base = 1.0 / (_rate_from(headers) or rate)
    return float(min(MAX_WAIT, base * (2**attempt)))


def _token_client(token_url: str) -> type[AccessTokenClient]:
    parts = urlsplit(token_url)
    return type(
        "OverriddenTokenClient",
        (AccessTokenClient,),
        {
            "scheme": f"{parts.scheme}://",
            "host": parts.netloc,
            "path": parts.path or AccessTokenClient.path,
        },
    )


class Connection:
    """The account's clients and the one way calls are made (:meth:`call`)."""

    def __init__(
        self,
        account: SellerAccount,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.account = account
        self.sleep = sleep
        self.clock = clock
        self.credentials = credentials_for(account)

    def client(self, client_class: type[Any], marketplace: str, **kwargs: Any) -> Any:
        """An sp_api client of *client_class* for *marketplace* (``amazon.de``)."""
        if not self.credentials.complete:
            raise ConnectionProblem(
                "Credentials are incomplete (LWA client id, client secret, refresh token).",
                code="MissingCredentials",
            )
        market = BY_DOMAIN[marketplace]
        options: dict[str, Any] = {
            "refresh_token": self.credentials.refresh_token,
            "credentials": {
                "lwa_app_id": self.credentials.client_id,
                "lwa_client_secret": self.credentials.client_secret,
            },
            "timeout": 30,
        }
        if self.account.token_url:
            options["auth_token_client_class"] = _token_client(self.account.token_url)
        instance = client_class(Marketplaces[market.code], **options, **kwargs)
        if self.account.endpoint:
            instance.endpoint = self.account.endpoint.rstrip("/")
        return instance

    def any_marketplace(self) -> str:
        if self.account.marketplaces:
            return str(self.account.marketplaces[0])
        return in_region(self.account.region)[0].domain

    def call(self, operation: str, request: Callable[[], ApiResponse]) -> ApiResponse:
        """Run *request* (one SP-API operation) inside the operation's rate limit, waiting
        through 429s, logging each attempt. Raises :class:`ConnectionProblem` for an answer a
        person must act on; other library errors (5xx) propagate."""
        limit = bucket(self.account.pk, operation)
        attempt = 0
        while True:
            wait = limit.wait_for_token(self.clock())
            if wait > 0:
                self.sleep(wait)
                limit.wait_for_token(self.clock())
            limit.take()
            try:
                response = request()
            except SellingApiRequestThrottledException as error:
                self._log(operation, 429, error.headers)
                limit.empty(self.clock())
                new_rate = _rate_from(error.headers)
                if new_rate:
                    limit.rate = new_rate
                if attempt >= MAX_THROTTLED_RETRIES:
                    raise ConnectionProblem(
                        f"{operation} stayed throttled after {attempt + 1} attempts.",
                        code="QuotaExceeded",
                        status=429,
                    ) from error
                self.sleep(throttled_wait(error.headers, rate=limit.rate, attempt=attempt))
                attempt += 1
                continue
            except SellingApiException as error:
                self._log(operation, error.code, error.headers)
                if error.code in (400, 401, 403, 404):
                    raise ConnectionProblem(
                        getattr(error, "message", "") or str(error.error),
                        code=getattr(error, "amzn_code", "") or "",
                        status=error.code,
                    ) from error
                raise
            except AuthorizationError as error:
                log.warning(
                    "SP-API LWA token refused for account %s: %s (%s)",
                    self.account.slug,
                    error.error_code,
                    error.status_code,
                )
                raise ConnectionProblem(
                    str(error.message or error.error_code),
                    code=str(error.error_code or "AuthorizationError"),
                    status=int(error.status_code or 0),
                ) from error
            self._log(operation, 200, response.headers)
            new_rate = _rate_from(response.headers)
            if new_rate:
                limit.rate = new_rate
            return response

    def _log(self, operation: str, status: int, headers: Any) -> None:
        log.info(
            "SP-API %s account=%s status=%s request_id=%s",
            operation,
            self.account.slug,
            status,
            _header(headers, "x-amzn-RequestId") or "-",
            extra={
                "spapi_operation": operation,
                "spapi_status": status,
                "spapi_request_id": _header(headers, "x-amzn-RequestId"),
            },
        )
