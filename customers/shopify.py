"""Shopify's orders as data: the fields Bridgecard uses from the order object that the
``orders/create`` and ``orders/cancelled`` webhooks deliver (``ShopifyOrder``), and from the
``Order`` node the GraphQL Admin API returns (``GraphQLOrder``, read by the sync in
``customers/shopify_sync.py``), checked before anything is written.

A body that is signed but does not have the documented shape (a customer that is a string, a
line item list that is an object, a price of ``"NaN"``, a NUL character PostgreSQL cannot
store) is refused as a whole with a 400 that says which field, never half recorded and never
a 500. Fields Bridgecard does not use are ignored. pydantic (already installed with Wagtail
and the Klaviyo SDK) does the checking instead of a hand-written walk over the JSON.
"""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
)

#: Shopify's ids are 64-bit integers; order amounts fit ``Order.total`` (12 digits, 2 places).
MAX_ID = 2**63 - 1
MAX_TOTAL = Decimal("9999999999.99")


class ShopifyPayloadError(ValueError):
    """An order webhook body without what an order needs, or in a shape Shopify never sends."""


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    return value


def _null_is_blank(value: object) -> object:
    return "" if value is None else value


def _blank_is_none(value: object) -> object:
    return None if value in (None, "") else value


def _null_is_empty(value: object) -> object:
    return [] if value is None else value


def _is_text(value: object) -> object:
    """Times come as ISO 8601 text; a bare number would be read as seconds since 1970."""
    if value is not None and not isinstance(value, str):
        raise ValueError("is not an ISO 8601 time")
    return value or None


def _email(value: str) -> str:
    value = value.strip().lower()
    if value:
        try:
            validate_email(value)
        except DjangoValidationError as error:
            raise ValueError("is not an e-mail address") from error
    return value


def _money(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    if abs(value) > MAX_TOTAL:
        raise ValueError("is out of range")
    return value.quantize(Decimal("0.01"))


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


Text = Annotated[str, BeforeValidator(_null_is_blank), AfterValidator(_no_nul)]
Email = Annotated[Text, AfterValidator(_email)]
Id = Annotated[StrictInt, Field(ge=1, le=MAX_ID)]
Time = Annotated[datetime | None, BeforeValidator(_is_text), AfterValidator(_aware)]
Money = Annotated[Decimal | None, BeforeValidator(_blank_is_none), AfterValidator(_money)]


class _Shape(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ShopifyCustomer(_Shape):
    id: Id | None = None
    email: Email = ""
    first_name: Text = ""
    last_name: Text = ""


class ShopifyLineItem(_Shape):
    id: Id | None = None
    variant_id: Id | None = None
    sku: Text = ""
    title: Text = ""
    quantity: Annotated[StrictInt, Field(ge=0, le=1_000_000)] = 1


class ShopifyOrder(_Shape):
    id: Id
    name: Text = ""
    email: Email = ""
    created_at: Time = None
    currency: Annotated[Text, Field(pattern=r"^([A-Z]{3})?$")] = ""
    total_price: Money = None
    #: True for Shopify's "Send test notification" and for orders placed in test mode.
    test: bool = False
    cancelled_at: Time = None
    cancel_reason: Text = ""
    customer: ShopifyCustomer | None = None
    line_items: Annotated[list[ShopifyLineItem], BeforeValidator(_null_is_empty)] = []

    @property
    def reference(self) -> str:
        """How Shopify's admin names the order (``#1043``), else its id."""
        return (self.name or str(self.id))[:100]


def _validated[M: _Shape](model: type[M], payload: object, *, what: str = "body") -> M:
    """*payload* read as *model*, or ``ShopifyPayloadError`` naming the first field out of shape;
    the value itself is not repeated (it may be personal data)."""
    if not isinstance(payload, dict):
        raise ShopifyPayloadError(f"The {what} is not a JSON object.")
    try:
        return model.model_validate(payload)
    except ValidationError as error:
        first = error.errors(include_input=False, include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or what
        raise ShopifyPayloadError(f"{where}: {first['msg']}") from None


def parse_order(payload: object) -> ShopifyOrder:
    """The order in an ``orders/*`` webhook body (already JSON-decoded). Raises
    ``ShopifyPayloadError`` naming the first field out of shape; the value itself is not
    repeated (it may be personal data)."""
    return _validated(ShopifyOrder, payload)


# --- the GraphQL Admin API's Order node ------------------------------------------------------


def _legacy_id(value: object) -> object:
    """``legacyResourceId`` is an UnsignedInt64, sent as a string of digits."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def _gid_tail(value: str) -> str:
    """``gid://shopify/LineItem/123`` → ``123`` (the id the webhooks use)."""
    return value.rsplit("/", 1)[-1][:64]


def _upper_to_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


LegacyId = Annotated[StrictInt, BeforeValidator(_legacy_id), Field(ge=1, le=MAX_ID)]
GlobalId = Annotated[Text, AfterValidator(_gid_tail)]
Quantity = Annotated[StrictInt, Field(ge=0, le=1_000_000)]


class _Money(_Shape):
    amount: Money = None
    currencyCode: Annotated[Text, Field(pattern=r"^([A-Z]{3})?$")] = ""


class _MoneyBag(_Shape):
    shopMoney: _Money | None = None


class _EmailAddress(_Shape):
    emailAddress: Email = ""


class GraphQLCustomer(_Shape):
    legacyResourceId: LegacyId | None = None
    firstName: Text = ""
    lastName: Text = ""
    defaultEmailAddress: _EmailAddress | None = None


class _Variant(_Shape):
    legacyResourceId: LegacyId | None = None


class GraphQLLineItem(_Shape):
    id: GlobalId
    sku: Text = ""
    title: Text = ""
    quantity: Quantity = 1
    variant: _Variant | None = None


class _LineItems(_Shape):
    nodes: Annotated[list[GraphQLLineItem], BeforeValidator(_null_is_empty)] = []


class _Tracking(_Shape):
    company: Text = ""
    number: Text = ""
    url: Text = ""


class GraphQLFulfillment(_Shape):
    id: GlobalId
    status: Text = ""
    displayStatus: Text = ""
    createdAt: Time = None
    deliveredAt: Time = None
    trackingInfo: Annotated[list[_Tracking], BeforeValidator(_null_is_empty)] = []


class _LineRef(_Shape):
    id: GlobalId


class _RefundLine(_Shape):
    quantity: Quantity = 0
    lineItem: _LineRef | None = None


class _RefundLines(_Shape):
    nodes: Annotated[list[_RefundLine], BeforeValidator(_null_is_empty)] = []


class GraphQLRefund(_Shape):
    id: GlobalId
    createdAt: Time = None
    note: Text = ""
    totalRefundedSet: _MoneyBag | None = None
    refundLineItems: _RefundLines | None = None


class GraphQLOrder(_Shape):
    legacyResourceId: LegacyId
    name: Text = ""
    email: Email = ""
    createdAt: Time = None
    updatedAt: Time = None
    cancelledAt: Time = None
    cancelReason: Annotated[Text, BeforeValidator(_upper_to_lower)] = ""
    test: bool = False
    currencyCode: Annotated[Text, Field(pattern=r"^([A-Z]{3})?$")] = ""
    totalPriceSet: _MoneyBag | None = None
    customer: GraphQLCustomer | None = None
    lineItems: _LineItems | None = None
    fulfillments: Annotated[list[GraphQLFulfillment], BeforeValidator(_null_is_empty)] = []
    refunds: Annotated[list[GraphQLRefund], BeforeValidator(_null_is_empty)] = []

    @property
    def lines(self) -> list[GraphQLLineItem]:
        return self.lineItems.nodes if self.lineItems else []

    def as_order(self) -> ShopifyOrder:
        """The same order in the webhook's shape, so both paths record it one way (its values
        were checked when this node was read, so they are not checked twice)."""
        money = self.totalPriceSet.shopMoney if self.totalPriceSet else None
        customer = self.customer
        return ShopifyOrder.model_construct(
            id=self.legacyResourceId,
            name=self.name,
            email=self.email,
            created_at=self.createdAt,
            currency=self.currencyCode or (money.currencyCode if money else ""),
            total_price=money.amount if money else None,
            test=self.test,
            cancelled_at=self.cancelledAt,
            cancel_reason=self.cancelReason,
            customer=ShopifyCustomer.model_construct(
                id=customer.legacyResourceId,
                email=customer.defaultEmailAddress.emailAddress
                if customer.defaultEmailAddress
                else "",
                first_name=customer.firstName,
                last_name=customer.lastName,
            )
            if customer
            else None,
            line_items=[
                ShopifyLineItem.model_construct(
                    id=int(line.id) if line.id.isdigit() else None,
                    variant_id=line.variant.legacyResourceId if line.variant else None,
                    sku=line.sku,
                    title=line.title,
                    quantity=line.quantity,
                )
                for line in self.lines
            ],
        )


def parse_graphql_order(node: object) -> GraphQLOrder:
    """An ``Order`` node of the Admin API. Raises ``ShopifyPayloadError`` like ``parse_order``."""
    return _validated(GraphQLOrder, node, what="order")


class ShopifyOrderRef(_Shape):
    """What a ``fulfillments/create`` or ``refunds/create`` body says about its order: the
    fulfilment's or refund's own id and its order's id (the rest is read from the Admin API)."""

    id: Id
    order_id: Id


def parse_order_ref(payload: object) -> ShopifyOrderRef:
    return _validated(ShopifyOrderRef, payload)


# --- the mandatory privacy webhooks ---------------------------------------------------------


class _PrivacyCustomer(_Shape):
    id: Id | None = None
    email: Email = ""


class ShopifyPrivacyRequest(_Shape):
    """A ``customers/data_request``, ``customers/redact`` or ``shop/redact`` body (the fields
    Bridgecard uses: the shop, and the customer the request is about)."""

    shop_domain: Text = ""
    customer: _PrivacyCustomer | None = None


def parse_privacy_request(payload: object) -> ShopifyPrivacyRequest:
    return _validated(ShopifyPrivacyRequest, payload)


# --- customers/update and app/uninstalled ----------------------------------------------------


class _EmailMarketingConsent(_Shape):
    #: ``subscribed``, ``not_subscribed``, ``unsubscribed``, ``pending``, ``redacted``,
    #: ``invalid`` (lower case in the webhook body; upper case in GraphQL).
    state: Annotated[Text, BeforeValidator(_upper_to_lower)] = ""
    #: ``single_opt_in``, ``confirmed_opt_in`` or ``unknown`` (null when never subscribed).
    opt_in_level: Annotated[Text, BeforeValidator(_upper_to_lower)] = ""
    consent_updated_at: Time = None


class ShopifyCustomerUpdate(_Shape):
    """A ``customers/update`` body: the customer, and what the store says about their e-mail
    marketing consent."""

    id: Id
    email: Email = ""
    first_name: Text = ""
    last_name: Text = ""
    updated_at: Time = None
    email_marketing_consent: _EmailMarketingConsent | None = None


def parse_customer_update(payload: object) -> ShopifyCustomerUpdate:
    return _validated(ShopifyCustomerUpdate, payload)


class ShopifyShop(_Shape):
    """An ``app/uninstalled`` body: the shop the app was removed from."""

    id: Id | None = None
    myshopify_domain: Text = ""
    domain: Text = ""


def parse_shop(payload: object) -> ShopifyShop:
    return _validated(ShopifyShop, payload)
