"""The fake store's bulk operations (mixed into ``FakeShopify``), in the documented shapes.

``bulkOperationRunQuery`` answers a ``BulkOperation`` (``gid://shopify/BulkOperation/N``) with
status CREATED, or the ``userError`` "A bulk query operation for this app and shop is already in
progress" (``busy_next`` times). ``node(id:)`` says RUNNING on the first poll, then COMPLETED
with ``objectCount``, ``rootObjectCount`` and a ``url`` on 127.0.0.1 (``url`` null and counts
"0" when nothing matched), or FAILED with ``errorCode`` when ``bulk_fail`` names one.
``currentBulkOperation`` reports the operation that kept the store busy, RUNNING once, then
COMPLETED. ``GET /bulk/<n>.jsonl`` serves the file: one JSON object a line, the order without
its connections (its ``fulfillments`` and ``refunds`` lists inline), then each ``LineItem`` with
``__parentId`` = the order's id, then each ``RefundLineItem`` with ``__parentId`` = its refund's
id. The file is written when the operation completes, from the orders at that time.
"""

import json
import re
from datetime import datetime
from typing import Any

from .fake_shopify_actions import gid

#: Order fields our bulk query does not ask for (the store actions' queries do).
NOT_IN_BULK = ("transactions", "shippingAddress")


def jsonl_lines(order: dict) -> list[dict]:
    """One order as the bulk operation's file has it: flat objects, children after parent."""
    head = {k: v for k, v in order.items() if k not in ("lineItems", *NOT_IN_BULK)}
    children: list[dict] = []
    refunds = []
    for refund in order.get("refunds") or []:
        parts = (refund.get("refundLineItems") or {}).get("nodes") or []
        refunds.append({k: v for k, v in refund.items() if k != "refundLineItems"})
        for index, part in enumerate(parts, start=1):
            number = int(refund["id"].rsplit("/", 1)[1]) * 1000 + index
            children.append(
                {"id": gid("RefundLineItem", number), **part, "__parentId": refund["id"]}
            )
    head["refunds"] = refunds
    lines = [
        {**line, "__parentId": order["id"]}
        for line in (order.get("lineItems") or {}).get("nodes") or []
    ]
    return [head, *lines, *children]


class BulkOperationsMixin:
    orders: list[dict]
    url: str

    def bulk_setup(self) -> None:
        #: The store's bulk operations by number: status, file name, counts.
        self.bulk: dict[int, dict[str, Any]] = {}
        self.bulk_files: dict[str, bytes] = {}
        #: How many runs are refused as "already in progress".
        self.busy_next = 0
        #: An errorCode (ACCESS_DENIED, INTERNAL_SERVER_ERROR, TIMEOUT): the next run FAILS.
        self.bulk_fail = ""
        self.downloads = 0

    def op_BulkOrdersRun(self, variables: dict) -> dict:
        query = variables.get("query") or ""
        if self.busy_next > 0:
            self.busy_next -= 1
            self.bulk[0] = {"status": "RUNNING", "polls": 0, "query": "", "fail": ""}
            return {
                "bulkOperationRunQuery": {
                    "bulkOperation": None,
                    "userErrors": [
                        {
                            "field": None,
                            "message": "A bulk query operation for this app and shop is "
                            "already in progress: gid://shopify/BulkOperation/0.",
                            "code": "OPERATION_IN_PROGRESS",
                        }
                    ],
                }
            }
        if not re.search(r"^\s*\{\s*orders\b", query):
            return {
                "bulkOperationRunQuery": {
                    "bulkOperation": None,
                    "userErrors": [
                        {"field": ["query"], "message": "Invalid bulk query", "code": "INVALID"}
                    ],
                }
            }
        number = max(self.bulk, default=0) + 1
        self.bulk[number] = {
            "status": "CREATED",
            "polls": 0,
            "query": query,
            "fail": self.bulk_fail,
        }
        self.bulk_fail = ""
        return {
            "bulkOperationRunQuery": {
                "bulkOperation": {"id": gid("BulkOperation", number), "status": "CREATED"},
                "userErrors": [],
            }
        }

    def _bulk_step(self, number: int) -> dict:
        operation = self.bulk[number]
        operation["polls"] += 1
        if operation["status"] in ("CREATED", "RUNNING") and operation["polls"] == 1:
            operation["status"] = "RUNNING"
        elif operation["status"] in ("CREATED", "RUNNING"):
            if operation["fail"]:
                operation["status"] = "FAILED"
            else:
                operation["status"] = "COMPLETED"
                self._bulk_write(number)
        return self._bulk_node(number)

    def _bulk_write(self, number: int) -> None:
        operation = self.bulk[number]
        orders = sorted(self.orders, key=lambda o: (o["updatedAt"], o["legacyResourceId"]))
        found = re.search(r"updated_at:>=\\?'([^'\\]+)\\?'", operation["query"])
        if found:
            since = datetime.fromisoformat(found.group(1).replace("Z", "+00:00"))
            orders = [
                o
                for o in orders
                if datetime.fromisoformat(o["updatedAt"].replace("Z", "+00:00")) >= since
            ]
        lines = [line for order in orders for line in jsonl_lines(order)]
        operation["objects"] = len(lines)
        operation["roots"] = len(orders)
        if lines:
            name = f"/bulk/{number}.jsonl"
            self.bulk_files[name] = "".join(json.dumps(line) + "\n" for line in lines).encode()
            operation["file"] = name

    def _bulk_node(self, number: int) -> dict:
        operation = self.bulk[number]
        done = operation["status"] == "COMPLETED"
        return {
            "id": gid("BulkOperation", number),
            "status": operation["status"],
            "errorCode": operation["fail"] if operation["status"] == "FAILED" else None,
            "objectCount": str(operation.get("objects", 0)),
            "rootObjectCount": str(operation.get("roots", 0)),
            "url": f"{self.url}{operation['file']}" if done and operation.get("file") else None,
            "createdAt": "2026-05-02T09:00:00Z",
            "completedAt": "2026-05-02T09:01:00Z" if done else None,
        }

    def op_BulkOperationStatus(self, variables: dict) -> dict:
        found = re.fullmatch(r"gid://shopify/BulkOperation/(\d+)", variables.get("id") or "")
        if not found or int(found.group(1)) not in self.bulk:
            return {"node": None}
        return {"node": self._bulk_step(int(found.group(1)))}

    def op_CurrentBulkOperation(self, variables: dict) -> dict:
        if not self.bulk:
            return {"currentBulkOperation": None}
        number = 0 if 0 in self.bulk and self.bulk[0]["status"] == "RUNNING" else max(self.bulk)
        if number == 0:
            self.bulk[0]["polls"] += 1
            if self.bulk[0]["polls"] > 1:
                self.bulk[0]["status"] = "COMPLETED"
        return {"currentBulkOperation": self._bulk_node(number)}

    def bulk_file(self, path: str) -> bytes | None:
        self.downloads += 1
        return self.bulk_files.get(path)
