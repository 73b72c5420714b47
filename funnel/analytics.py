"""Funnel analytics: from a scanned insert to an attributed order, for a filter of product,
insert revision, language and date range. Counts are read-only aggregates; the charts are SVG
drawn on the server (no chart library, no CDN, nothing for the admin's CSP to object to).

Stages after "registrations" count people (distinct customers of the filtered registrations),
so every bar is a subset of the one before and the percentages read as conversion.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps
from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from customers.models import ConsentRecord
from registration.models import Registration

from .models import Delivery, MailType, OrderAttribution

STAGES = [
    ("scans", _("Scans")),
    ("registrations", _("Registrations")),
    ("consents", _("Consent given")),
    ("confirmed", _("Consent confirmed")),
    ("sent", _("Mailed")),
    ("delivered", _("Delivered")),
    ("opened", _("Opened")),
    ("clicked", _("Clicked")),
    ("ordered", _("Ordered")),
]


@dataclass(frozen=True)
class Filters:
    product_id: int | None = None
    insert_revision_id: int | None = None
    locale: str = ""
    date_from: date | None = None
    date_to: date | None = None


def scan_model():
    """The registration app's scan log."""
    try:
        return apps.get_model("registration", "Scan")
    except LookupError:
        return None


def _filtered(rows, filters: Filters, *, product: str, revision: str, locale: str, when: str):
    """*rows* narrowed by the filters that are set; the keywords name each filter's field."""
    lookups = {
        product: filters.product_id,
        revision: filters.insert_revision_id,
        locale: filters.locale,
        f"{when}__date__gte": filters.date_from,
        f"{when}__date__lte": filters.date_to,
    }
    return rows.filter(**{field: value for field, value in lookups.items() if value})


def _registrations(filters: Filters):
    return _filtered(
        Registration.objects.filter(anonymised_at__isnull=True),
        filters,
        product="product_id",
        revision="insert_revision_id",
        locale="locale",
        when="created_at",
    )


def _scans(filters: Filters):
    """Scans by people: link previewers and crawlers (``is_bot``) are not customers."""
    Scan = scan_model()
    if Scan is None:
        return None
    return _filtered(
        Scan.objects.filter(is_bot=False),
        filters,
        product="short_code__sku__product_id",
        revision="short_code__insert_revision_id",
        locale="language",
        when="scanned_at",
    )


def funnel_counts(filters: Filters) -> dict[str, int | None]:
    registrations = _registrations(filters)
    customers = registrations.values("customer_id")
    consent = ConsentRecord.objects.filter(
        customer_id__in=customers, purpose=ConsentRecord.Purpose.MARKETING_EMAIL
    )
    mailed = Delivery.objects.filter(
        customer_id__in=customers, mail_type=MailType.COMMERCIAL, status=Delivery.Status.SENT
    )

    def people(queryset, field="customer_id"):
        return queryset.values(field).distinct().count()

    scans = _scans(filters)
    return {
        "scans": scans.count() if scans is not None else None,
        "registrations": registrations.count(),
        "consents": people(consent.filter(action=ConsentRecord.Action.GRANTED)),
        "confirmed": people(consent.filter(action=ConsentRecord.Action.CONFIRMED)),
        "sent": people(mailed),
        "delivered": people(mailed.filter(delivered_at__isnull=False)),
        "opened": people(mailed.filter(opened_at__isnull=False)),
        "clicked": people(mailed.filter(clicked_at__isnull=False)),
        "ordered": people(
            OrderAttribution.objects.filter(
                delivery__customer_id__in=customers, order__cancelled_at__isnull=True
            ),
            "order__customer_id",
        ),
    }


def daily_series(filters: Filters) -> dict:
    """Registrations, confirmations and mailed people per day over the date range."""
    end = filters.date_to or timezone.localdate()
    start = filters.date_from or end - timedelta(days=29)
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)][-366:]
    ranged = Filters(
        product_id=filters.product_id,
        insert_revision_id=filters.insert_revision_id,
        locale=filters.locale,
        date_from=days[0],
        date_to=days[-1],
    )
    registrations = _registrations(ranged)
    customers = _registrations(
        Filters(filters.product_id, filters.insert_revision_id, filters.locale)
    ).values("customer_id")

    def per_day(queryset, stamp):
        rows = (
            queryset.filter(**{f"{stamp}__date__gte": days[0], f"{stamp}__date__lte": days[-1]})
            .annotate(day=TruncDate(stamp))
            .values("day")
            .annotate(n=Count("pk"))
        )
        found = {row["day"]: row["n"] for row in rows}
        return [found.get(day, 0) for day in days]

    scans = _scans(ranged)
    return {
        "days": days,
        "series": [
            *([(_("Scans"), "#8a8f98", per_day(scans, "scanned_at"))] if scans is not None else []),
            (_("Registrations"), "#2f6f4f", per_day(registrations, "created_at")),
            (
                _("Confirmed"),
                "#c2781e",
                per_day(
                    ConsentRecord.objects.filter(
                        customer_id__in=customers,
                        purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
                        action=ConsentRecord.Action.CONFIRMED,
                    ),
                    "created_at",
                ),
            ),
            (
                _("Mails sent"),
                "#3b5ba5",
                per_day(
                    Delivery.objects.filter(customer_id__in=customers, status=Delivery.Status.SENT),
                    "sent_at",
                ),
            ),
        ],
    }


def per_product(filters: Filters) -> list[dict]:
    rows = (
        _registrations(filters)
        .values("product__name")
        .annotate(
            registrations=Count("pk", distinct=True),
            confirmed=Count(
                "customer",
                filter=Q(
                    customer__consents__action=ConsentRecord.Action.CONFIRMED,
                    customer__consents__purpose=ConsentRecord.Purpose.MARKETING_EMAIL,
                ),
                distinct=True,
            ),
        )
        .order_by("-registrations")
    )
    return list(rows)


# --- SVG geometry ----------------------------------------------------------------------------


def funnel_chart(counts: dict, *, width=760, bar_height=30, gap=10, label_width=170) -> dict:
    present = [(key, label, counts.get(key)) for key, label in STAGES]
    present = [(key, label, value) for key, label, value in present if value is not None]
    top = max([value for _k, _l, value in present] + [1])
    usable = width - label_width - 150
    bars, previous = [], None
    for index, (key, label, value) in enumerate(present):
        length = max(2, round(usable * value / top)) if value else 2
        rate = None
        if previous:
            rate = round(100 * value / previous, 1)
        bars.append(
            {
                "key": key,
                "label": label,
                "value": value,
                "rate": rate,
                "y": index * (bar_height + gap),
                "x": label_width,
                "width": length,
                "text_x": label_width + length + 8,
                "text_y": index * (bar_height + gap) + bar_height / 2 + 5,
            }
        )
        previous = value if value else None
    return {
        "width": width,
        "height": len(bars) * (bar_height + gap),
        "bar_height": bar_height,
        "bars": bars,
        "label_width": label_width,
    }


def line_chart(series: dict, *, width=760, height=220, pad=36) -> dict:
    days = series["days"]
    top = max([max(values or [0]) for _l, _c, values in series["series"]] + [1])
    step = (width - 2 * pad) / max(1, len(days) - 1)

    def point(index, value):
        x = pad + index * step
        y = height - pad - (height - 2 * pad) * value / top
        return f"{x:.1f},{y:.1f}"

    lines = [
        {
            "label": label,
            "colour": colour,
            "points": " ".join(point(i, v) for i, v in enumerate(values)),
            "total": sum(values),
        }
        for label, colour, values in series["series"]
    ]
    ticks = []
    if days:
        for index in sorted({0, len(days) // 2, len(days) - 1}):
            ticks.append(
                {
                    "x": pad + index * step,
                    "label": formats.date_format(days[index], "MONTH_DAY_FORMAT"),
                }
            )
    return {
        "width": width,
        "height": height,
        "pad": pad,
        "top": top,
        "lines": lines,
        "ticks": ticks,
        "baseline": height - pad,
        "right": width - pad,
    }
