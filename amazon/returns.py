"""Amazon returns through the Reports API (python-amazon-sp-api ``ReportsV2``), so an agent
sees beside an order what came back, when and why.

Two reports, each per account and asked for its marketplaces:

- ``GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA``: returns Amazon's warehouses received (FBA), a
  tab-separated file keyed by ``return-date``, ``order-id``, ``sku``, ``license-plate-number``;
- ``GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE``: returns of merchant-fulfilled orders, keyed by
  ``Order ID``, ``Merchant SKU``, ``Return request date``, ``Amazon RMA ID``.

A report is asked (``createReport``), Amazon builds it in its own time, so it is polled
(``getReport``) a few times in a run and, when not ready, again on the next run. DONE: the
document is downloaded and unzipped by the library (``getReportDocument`` with
``download=True``) and each row recorded once (the unique key of ``AmazonReturn``); a row listed
again only updates the return's status. FATAL: the report is recorded as failed and the next
run asks for the same period again, so nothing is lost. CANCELLED: Amazon's documentation says
a report it cancels itself had no data; the period counts as imported. Each report starts
:data:`OVERLAP` before the end of the last imported one (returns arrive in the report late),
which the unique key makes harmless.

The buyer's comment is personal data: not written for an order past the 30 days after
delivery, and erased by ``services.buyer_pii_purge``.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from dateutil import parser as date_parser  # type: ignore[import-untyped]
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from sp_api.api import ReportsV2
from sp_api.base import SellingApiException

from .connection import Connection, ConnectionProblem
from .marketplaces import BY_DOMAIN
from .models import AmazonOrder, AmazonReturn, ReturnsReport, SellerAccount
from .services import BUYER_PII_RETENTION_DAYS, _amazon_time, _bound, buyer_pii_expired

log = logging.getLogger(__name__)

FBA_REPORT = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"
MFN_REPORT = "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE"
REPORT_TYPES = {FBA_REPORT: AmazonReturn.Source.FBA, MFN_REPORT: AmazonReturn.Source.MFN}
#: A first report reaches back this far; the backfill command goes further.
FIRST_SYNC_DAYS = 60
#: How far each report reaches back before the end of the last imported one.
OVERLAP = timedelta(days=3)
#: getReport calls per run and report, and the wait between them (Amazon's rate: 2 a second).
POLLS = 4
POLL_WAIT = 15.0
#: A report Amazon has not finished after this is given up and asked again.
REPORT_STALE = timedelta(hours=12)
#: A new report of a type is asked this long after the last imported one was asked (Amazon
#: updates the returns reports about daily and allows about one createReport a minute); every
#: tick in between only polls a pending one.
RETURNS_EVERY = timedelta(hours=6)

#: The columns of each report, normalised (lower case, ``-`` for spaces and ``_``), per field.
COLUMNS: dict[str, dict[str, str]] = {
    "FBA": {
        "returned_at": "return-date",
        "order_id": "order-id",
        "seller_sku": "sku",
        "asin": "asin",
        "title": "product-name",
        "quantity": "quantity",
        "reason": "reason",
        "status": "status",
        "disposition": "detailed-disposition",
        "reference": "license-plate-number",
        "comment": "customer-comments",
    },
    "MFN": {
        "returned_at": "return-request-date",
        "order_id": "order-id",
        "seller_sku": "merchant-sku",
        "asin": "asin",
        "title": "item-name",
        "quantity": "return-quantity",
        "reason": "return-reason",
        "status": "return-request-status",
        "disposition": "resolution",
        "reference": "amazon-rma-id",
        "comment": "",
    },
}


@dataclass
class ReturnsStats:
    reports: int = 0
    pending: int = 0
    failed: int = 0
    rows: int = 0
    created: int = 0


def returns_sync(
    *,
    account_id: int,
    since: datetime | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
    now: datetime | None = None,
    polls: int = POLLS,
) -> ReturnsStats:
    """Ask for, poll and import both returns reports of the account (module docstring). A
    backfill (*since*) asks for a new report from that date whatever is pending."""
    account = SellerAccount.objects.get(pk=account_id)
    stats = ReturnsStats()
    if not account.marketplaces:
        return stats
    connection = Connection(account)
    if sleep:
        connection.sleep = sleep
    if clock:
        connection.clock = clock
    moment = now or timezone.now()
    try:
        client = connection.client(ReportsV2, account.marketplaces[0])
    except ConnectionProblem as problem:
        log.warning("Amazon returns of %s skipped: %s", account.slug, problem)
        return stats
    for report_type in REPORT_TYPES:
        try:
            report = _report_to_follow(connection, client, account, report_type, since, moment)
            if report is None:
                continue
            _follow(connection, client, report, polls, stats)
        except (ConnectionProblem, SellingApiException, httpx.HTTPError) as error:
            # Amazon unreachable or refusing: a pending report is polled again next run, a
            # report never asked is asked again from the same start.
            stats.failed += 1
            log.warning("Amazon returns report %s of %s: %r", report_type, account.slug, error)
    _link_orders()
    return stats


def _report_to_follow(
    connection: Connection,
    client: Any,
    account: SellerAccount,
    report_type: str,
    since: datetime | None,
    now: datetime,
) -> ReturnsReport | None:
    """The pending report of this type, else a new one from where the last import ended
    (``None`` when the last import is more recent than :data:`RETURNS_EVERY`)."""
    reports = ReturnsReport.objects.filter(account=account, report_type=report_type)
    if since is None:
        pending = reports.filter(outcome=ReturnsReport.Outcome.PENDING).first()
        if pending is not None and pending.requested_at > now - REPORT_STALE:
            return pending
        if pending is not None:
            _finish(pending, ReturnsReport.Outcome.FAILED, error="Not finished in time.")
    last = reports.filter(outcome=ReturnsReport.Outcome.DONE).order_by("-data_end").first()
    if since is None and last is not None and last.requested_at > now - RETURNS_EVERY:
        return None
    start = since or (last.data_end - OVERLAP if last else now - timedelta(days=FIRST_SYNC_DAYS))
    response = connection.call(
        "createReport",
        _bound(
            client.create_report,
            reportType=report_type,
            marketplaceIds=[BY_DOMAIN[m].marketplace_id for m in account.marketplaces],
            dataStartTime=_amazon_time(start),
            dataEndTime=_amazon_time(now),
        ),
    )
    return ReturnsReport.objects.create(
        account=account,
        report_type=report_type,
        report_id=str((response.payload or {}).get("reportId", ""))[:40],
        data_start=start,
        data_end=now,
        requested_at=now,
    )


def _follow(
    connection: Connection, client: Any, report: ReturnsReport, polls: int, stats: ReturnsStats
) -> None:
    stats.reports += 1
    for attempt in range(polls):
        payload = connection.call("getReport", _bound(client.get_report, report.report_id)).payload
        status = str((payload or {}).get("processingStatus", ""))
        ReturnsReport.objects.filter(pk=report.pk).update(processing_status=status[:20])
        if status == "DONE":
            document_id = str(payload.get("reportDocumentId", ""))
            response = connection.call(
                "getReportDocument",
                _bound(client.get_report_document, document_id, download=True),
            )
            rows, created = returns_import(
                account=report.account,
                source=REPORT_TYPES[report.report_type],
                document=response.payload.get("document", ""),
            )
            _finish(report, ReturnsReport.Outcome.DONE, rows=rows, created=created)
            stats.rows += rows
            stats.created += created
            return
        if status == "CANCELLED":
            _finish(report, ReturnsReport.Outcome.DONE, error="Cancelled by Amazon: no data.")
            return
        if status == "FATAL":
            _finish(report, ReturnsReport.Outcome.FAILED, error="Amazon could not build it.")
            stats.failed += 1
            return
        if attempt + 1 < polls:
            connection.sleep(POLL_WAIT)
    stats.pending += 1


def _finish(
    report: ReturnsReport, outcome: str, *, rows: int = 0, created: int = 0, error: str = ""
) -> None:
    ReturnsReport.objects.filter(pk=report.pk).update(
        outcome=outcome, rows=rows, created=created, error=error[:500], finished_at=timezone.now()
    )


def returns_import(
    *, account: SellerAccount, source: str, document: str | bytes
) -> tuple[int, int]:
    """Record every row of a returns report *document* (tab-separated, a header line); says
    how many rows were read and how many returns were new. Rows without an order id or a
    readable date are skipped (and logged)."""
    rows = created = 0
    with transaction.atomic():
        for row in _rows(document, source):
            rows += 1
            created += int(_record(account, source, row))
    return rows, created


def _rows(document: str | bytes, source: str) -> Iterator[dict[str, str]]:
    if isinstance(document, bytes):
        # The library hands back bytes when the announced charset could not decode them;
        # Amazon's European flat files are Windows-1252.
        document = document.decode("cp1252", errors="replace")
    columns = COLUMNS[source]
    # Amazon's flat files are not quoted: a quote in a product name is text.
    reader = csv.reader(document.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header: list[str] | None = None
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [c.strip().lower().replace(" ", "-").replace("_", "-") for c in cells]
            continue
        raw = dict(zip(header, (c.strip() for c in cells), strict=False))
        yield {field: raw.get(column, "") if column else "" for field, column in columns.items()}


def _when(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed: datetime = date_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _record(account: SellerAccount, source: str, row: dict[str, str]) -> bool:
    returned_at = _when(row["returned_at"])
    order_id = row["order_id"][:32]
    if returned_at is None or not order_id:
        log.warning("Amazon returns row skipped (no order id or date): %s", row["order_id"])
        return False
    try:
        quantity = max(1, int(row["quantity"] or 1))
    except ValueError:
        quantity = 1
    order = AmazonOrder.objects.filter(amazon_order_id=order_id).first()
    values = {
        "account": account,
        "order": order,
        "source": source,
        "asin": row["asin"][:10],
        "title": row["title"][:500],
        "quantity": quantity,
        "reason": row["reason"][:60],
        "status": row["status"][:80],
        "disposition": row["disposition"][:60],
        "synced_at": timezone.now(),
    }
    found, created = AmazonReturn.objects.update_or_create(
        amazon_order_id=order_id,
        seller_sku=row["seller_sku"][:80],
        returned_at=returned_at,
        reference=row["reference"][:40],
        defaults=values,
    )
    if created and row["comment"] and not _comment_expired(order, returned_at):
        AmazonReturn.objects.filter(pk=found.pk).update(customer_comment=row["comment"])
    return created


def _comment_expired(order: AmazonOrder | None, returned_at: datetime) -> bool:
    """Whether a buyer's comment is past its retention (the rule of ``buyer_pii_purge``)."""
    if order is not None:
        return AmazonOrder.objects.filter(pk=order.pk).filter(buyer_pii_expired()).exists()
    return returned_at <= timezone.now() - timedelta(days=BUYER_PII_RETENTION_DAYS)


def _link_orders() -> int:
    """Link the returns recorded before their order was synced."""
    order = AmazonOrder.objects.filter(amazon_order_id=OuterRef("amazon_order_id")).values("pk")
    unlinked = AmazonReturn.objects.filter(
        order__isnull=True, amazon_order_id__in=AmazonOrder.objects.values("amazon_order_id")
    )
    return unlinked.update(order=Subquery(order[:1]))
