"""The fake SP-API's restricted operations (a module of its own to keep ``fake_spapi.py``
readable), in the shapes Amazon documents for the Tokens API 2021-03-01 and Orders API v0:

- ``POST /tokens/2021-03-01/restrictedDataToken`` (createRestrictedDataToken), body
  ``{restrictedResources: [{method, path, dataElements}]}``: 200 ``{restrictedDataToken,
  expiresIn}``; a resource that is not a restricted order path, or data elements Amazon does not
  know for it, get 400 ``InvalidInput``; the access token is required like everywhere else.
- ``GET /orders/v0/orders/{id}`` (getOrder): ``{payload: Order}``. With the seller's access token
  the order comes without buyer data, as Amazon answers; with a Restricted Data Token issued for
  exactly this path, ``BuyerInfo`` and ``ShippingAddress`` as far as the token's data elements
  allow; any other token (an RDT for another order, none) gets 403 ``Unauthorized``.
- ``GET /orders/v0/orders/{id}/address`` (getOrderAddress): restricted only, 403 without an RDT
  for the path.
"""

from __future__ import annotations

import json
import uuid
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .fake_spapi import ORDERS_PATH, Failure, FakeSPAPI

TOKENS_PATH = "/tokens/2021-03-01/restrictedDataToken"
DATA_ELEMENTS = {"buyerInfo", "shippingAddress", "buyerTaxInformation"}


def buyer(
    *,
    name: str = "Erika Mustermann",
    email: str = "x81kq0pz3d7v2m9@marketplace.amazon.de",
    line1: str = "Hafenstraße 1",
    postal_code: str = "20457",
    city: str = "Hamburg",
    country: str = "DE",
) -> dict[str, Any]:
    """What the restricted getOrder adds to an order: ``BuyerInfo`` and ``ShippingAddress``."""
    return {
        "BuyerInfo": {"BuyerEmail": email, "BuyerName": name},
        "ShippingAddress": {
            "Name": name,
            "AddressLine1": line1,
            "City": city,
            "PostalCode": postal_code,
            "CountryCode": country,
            "Phone": "+49 40 1234567",
            "AddressType": "Residential",
        },
    }


class RestrictedFakeSPAPI(FakeSPAPI):
    def __init__(self) -> None:
        #: order id → :func:`buyer` data the restricted getOrder answers with.
        self.buyers: dict[str, dict[str, Any]] = {}
        #: token → {"path", "dataElements"} of every RDT issued.
        self.rdts: dict[str, dict[str, Any]] = {}
        #: (operation, the x-amz-access-token header) of every restricted-path call.
        self.restricted_calls: list[tuple[str, str]] = []
        super().__init__()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base: Any = super()._handler()
        fake = self

        class Handler(base):  # type: ignore[misc,valid-type]
            def do_POST(self) -> None:
                if urlsplit(self.path).path != TOKENS_PATH:
                    super().do_POST()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length).decode() or "{}")
                operation = "createRestrictedDataToken"
                fake.requests.append((operation, TOKENS_PATH, {"body": [json.dumps(body)]}))
                if self.headers.get("x-amz-access-token") not in fake._tokens:
                    self._error(
                        Failure(403, "Unauthorized", "Access to requested resource is denied.")
                    )
                    return
                failure = fake._pop_failure(operation)
                if failure is not None:
                    self._error(failure)
                    return
                resources = body.get("restrictedResources") or []
                for resource in resources:
                    path = str(resource.get("path", ""))
                    elements = set(resource.get("dataElements") or [])
                    if (
                        resource.get("method") != "GET"
                        or not path.startswith(ORDERS_PATH + "/")
                        or not elements <= DATA_ELEMENTS
                    ):
                        self._error(
                            Failure(400, "InvalidInput", f"Invalid restricted resource: {path}")
                        )
                        return
                if len(resources) != 1:
                    self._error(Failure(400, "InvalidInput", "One restricted resource expected."))
                    return
                token = f"Atz.sprdt|{uuid.uuid4().hex}"
                fake.rdts[token] = {
                    "path": resources[0]["path"],
                    "dataElements": list(resources[0].get("dataElements") or []),
                }
                self._send(
                    200,
                    {"restrictedDataToken": token, "expiresIn": 3600},
                    {"x-amzn-RateLimit-Limit": "1.0"},
                )

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                path = parts.path
                segments = path.split("/")
                if not path.startswith(ORDERS_PATH + "/") or len(segments) not in (5, 6):
                    super().do_GET()
                    return
                if len(segments) == 6 and segments[5] != "address":
                    super().do_GET()
                    return
                operation = "getOrder" if len(segments) == 5 else "getOrderAddress"
                order_id = segments[4]
                token = self.headers.get("x-amz-access-token") or ""
                fake.requests.append((operation, path, parse_qs(parts.query)))
                fake.restricted_calls.append((operation, token))
                failure = fake._pop_failure(operation)
                if failure is not None:
                    self._error(failure)
                    return
                rdt = fake.rdts.get(token)
                plain = token in fake._tokens and operation == "getOrder"
                if not plain and (rdt is None or rdt["path"] != path):
                    self._error(
                        Failure(403, "Unauthorized", "Access to requested resource is denied.")
                    )
                    return
                found = next((o for o in fake.orders if o["AmazonOrderId"] == order_id), None)
                if found is None:
                    self._error(Failure(404, "NotFound", f"Order {order_id} not found."))
                    return
                data = fake.buyers.get(order_id, {})
                elements = set(rdt["dataElements"]) if rdt else set()
                if operation == "getOrderAddress":
                    payload: dict[str, Any] = {"AmazonOrderId": order_id}
                    if "shippingAddress" in elements:
                        payload["ShippingAddress"] = data.get("ShippingAddress")
                else:
                    payload = dict(found)
                    if "buyerInfo" in elements:
                        payload["BuyerInfo"] = data.get("BuyerInfo", {})
                    if "shippingAddress" in elements:
                        payload["ShippingAddress"] = data.get("ShippingAddress", {})
                self._send(200, {"payload": payload}, {"x-amzn-RateLimit-Limit": "0.5"})

        return Handler
