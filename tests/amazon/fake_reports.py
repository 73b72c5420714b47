"""The fake SP-API's Reports API 2021-06-30 (a module of its own to keep ``fake_spapi.py``
readable), in the shapes Amazon documents:

- ``POST /reports/2021-06-30/reports`` (createReport), body ``{reportType, marketplaceIds,
  dataStartTime?, dataEndTime?}``: 202 ``{reportId}``; a body without ``reportType`` or
  ``marketplaceIds`` gets 400 ``InvalidInput``.
- ``GET /reports/2021-06-30/reports/{reportId}`` (getReport): ``{reportId, reportType,
  dataStartTime, dataEndTime, marketplaceIds, createdTime, processingStatus, …}``;
  ``IN_QUEUE`` for the first :attr:`ReportsFakeSPAPI.in_queue_polls` calls, then ``DONE`` with
  a ``reportDocumentId`` (or the status a test scripted with :meth:`ReportsFakeSPAPI.next_status`,
  ``FATAL`` or ``CANCELLED``, without one).
- ``GET /reports/2021-06-30/documents/{reportDocumentId}`` (getReportDocument):
  ``{reportDocumentId, url, compressionAlgorithm: "GZIP"}``, the url a pre-signed ``GET
  /download/{id}`` on this server answering the gzip'd tab-separated document (the text in
  :attr:`ReportsFakeSPAPI.documents` for the report's type, a header line only when none).
"""

from __future__ import annotations

import gzip
import json
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .fake_restricted import RestrictedFakeSPAPI
from .fake_spapi import Failure

REPORTS_PATH = "/reports/2021-06-30/reports"
DOCUMENTS_PATH = "/reports/2021-06-30/documents/"
DOWNLOAD_PATH = "/download/"

FBA_COLUMNS = (
    "return-date",
    "order-id",
    "sku",
    "asin",
    "fnsku",
    "product-name",
    "quantity",
    "fulfillment-center-id",
    "detailed-disposition",
    "reason",
    "status",
    "license-plate-number",
    "customer-comments",
)
MFN_COLUMNS = (
    "Order ID",
    "Order date",
    "Return request date",
    "Return request status",
    "Amazon RMA ID",
    "Merchant RMA ID",
    "Label type",
    "Label cost",
    "Currency code",
    "Return carrier",
    "Tracking ID",
    "Label to be paid by",
    "A-to-Z Claim",
    "Is prime",
    "ASIN",
    "Merchant SKU",
    "Item Name",
    "Return quantity",
    "Return Reason",
    "In policy",
    "Return type",
    "Resolution",
)
HEADERS = {
    "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA": FBA_COLUMNS,
    "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE": MFN_COLUMNS,
}


def tsv(report_type: str, rows: list[dict[str, str]]) -> str:
    """A returns report's text: the header line of *report_type*, one line per row."""
    columns = HEADERS[report_type]
    lines = ["\t".join(columns)]
    lines += ["\t".join(row.get(c, "") for c in columns) for row in rows]
    return "\r\n".join(lines) + "\r\n"


class ReportsFakeSPAPI(RestrictedFakeSPAPI):
    def __init__(self) -> None:
        #: report type → the document text a report of that type answers with.
        self.documents: dict[str, str] = {}
        #: report id → the report (createReport's body, processingStatus, polls so far).
        self.reports: dict[str, dict[str, Any]] = {}
        #: report type → statuses the next reports of that type end in (FATAL, CANCELLED).
        self.scripted: dict[str, list[str]] = {}
        self.in_queue_polls = 1
        #: document id → the gzip'd bytes the download answers.
        self.files: dict[str, bytes] = {}
        super().__init__()

    def next_status(self, report_type: str, status: str) -> None:
        """The next report of *report_type* ends in *status* instead of DONE."""
        self.scripted.setdefault(report_type, []).append(status)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base: Any = super()._handler()
        fake = self

        class Handler(base):  # type: ignore[misc,valid-type]
            def _authorised(self, operation: str, path: str, query: dict[str, list[str]]) -> bool:
                fake.requests.append((operation, path, query))
                if self.headers.get("x-amz-access-token") not in fake._tokens:
                    self._error(
                        Failure(403, "Unauthorized", "Access to requested resource is denied.")
                    )
                    return False
                failure = fake._pop_failure(operation)
                if failure is not None:
                    self._error(failure)
                    return False
                return True

            def do_POST(self) -> None:
                path = urlsplit(self.path).path
                if path != REPORTS_PATH:
                    super().do_POST()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length).decode() or "{}")
                if not self._authorised("createReport", path, {"body": [json.dumps(body)]}):
                    return
                if not body.get("reportType") or not body.get("marketplaceIds"):
                    self._error(
                        Failure(400, "InvalidInput", "reportType and marketplaceIds are required.")
                    )
                    return
                report_id = str(50000 + len(fake.reports))
                scripted = fake.scripted.get(body["reportType"]) or []
                fake.reports[report_id] = {
                    **body,
                    "polls": 0,
                    "ends_in": scripted.pop(0) if scripted else "DONE",
                }
                self._send(202, {"reportId": report_id}, {"x-amzn-RateLimit-Limit": "0.0167"})

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                path = parts.path
                query = parse_qs(parts.query)
                if path.startswith(REPORTS_PATH + "/"):
                    if self._authorised("getReport", path, query):
                        self._report(path.rsplit("/", 1)[1])
                elif path.startswith(DOCUMENTS_PATH):
                    if self._authorised("getReportDocument", path, query):
                        self._document(path.rsplit("/", 1)[1])
                elif path.startswith(DOWNLOAD_PATH):
                    self._download(path.rsplit("/", 1)[1])
                else:
                    super().do_GET()

            def _report(self, report_id: str) -> None:
                report = fake.reports.get(report_id)
                if report is None:
                    self._error(Failure(404, "NotFound", f"Report {report_id} not found."))
                    return
                report["polls"] += 1
                answer: dict[str, Any] = {
                    "reportId": report_id,
                    "reportType": report["reportType"],
                    "marketplaceIds": report["marketplaceIds"],
                    "dataStartTime": report.get("dataStartTime"),
                    "dataEndTime": report.get("dataEndTime"),
                    "createdTime": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                    "processingStatus": "IN_QUEUE",
                }
                if report["polls"] > fake.in_queue_polls:
                    answer["processingStatus"] = report["ends_in"]
                    if report["ends_in"] == "DONE":
                        answer["reportDocumentId"] = f"amzn1.spdoc.1.4.eu.{report_id}"
                self._send(200, answer, {"x-amzn-RateLimit-Limit": "2.0"})

            def _document(self, document_id: str) -> None:
                report_id = document_id.rsplit(".", 1)[-1]
                report = fake.reports.get(report_id)
                if report is None or report["ends_in"] != "DONE":
                    self._error(Failure(404, "NotFound", f"Document {document_id} not found."))
                    return
                text = fake.documents.get(report["reportType"]) or tsv(report["reportType"], [])
                key = uuid.uuid4().hex
                fake.files[key] = gzip.compress(text.encode("utf-8"))
                self._send(
                    200,
                    {
                        "reportDocumentId": document_id,
                        "url": f"{fake.url}{DOWNLOAD_PATH}{key}",
                        "compressionAlgorithm": "GZIP",
                    },
                    {"x-amzn-RateLimit-Limit": "0.0167"},
                )

            def _download(self, key: str) -> None:
                data = fake.files.get(key)
                if data is None:
                    self.send_response(403)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/tab-separated-values;charset=UTF-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
