"""Admin screens that are not a model's listing: funnel analytics, the contact export, the
Klaviyo sync page (failed syncs with Klaviyo's answer, and a retry) and "try a sequence"
(preview a step as a chosen customer, send a test to yourself)."""

import csv
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import mailers
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.defaults import permission_denied
from wagtail.models import Revision

from core.mail_ids import message_id
from core.network import client_ip
from customers.models import ConsentRecord, Customer
from customers.selectors import marketable_identities

from . import analytics, klaviyo, lift, selectors, variant_analytics
from .forms import AnalyticsForm, ExportForm, KlaviyoRetryForm, SequenceTryForm
from .models import ExportLog, KlaviyoSync, Sequence
from .rendering import render_sample
from .services import export_log_finish, export_log_start

EXPORT_PERMISSION = "funnel.export_contacts"
ANALYTICS_PERMISSION = "funnel.view_funnel_analytics"
KLAVIYO_PERMISSION = "funnel.view_klaviyosync"
KLAVIYO_RETRY_PERMISSION = "funnel.change_klaviyosync"
KLAVIYO_PAGE_SIZE = 50


# --- analytics ------------------------------------------------------------------------------


def variants_view(request, run_id: int):
    """An A/B print run's variants compared: rates, lift against the control with its 95 %
    interval, a verdict in plain words and the chart (``funnel/variant_analytics.py``).

    Without the analytics permission it answers 403 itself: Wagtail turns a raised
    ``PermissionDenied`` into a redirect to the dashboard, and a link shared with a colleague
    who may not read the figures should say plainly that it is forbidden."""
    if not request.user.has_perm(ANALYTICS_PERMISSION):
        return permission_denied(request, PermissionDenied())
    from inserts.models import PrintRun

    run = get_object_or_404(PrintRun.objects.select_related("design"), pk=run_id)
    results = variant_analytics.compare(run)
    return TemplateResponse(
        request,
        "funnel/admin/variants.html",
        {
            "run": run,
            "results": results,
            "challengers": results[1:],
            "table": variant_analytics.table(results),
            "chart": variant_analytics.rate_chart(results) if results else None,
            "min_units": lift.MIN_UNITS,
            "min_events": lift.MIN_EVENTS,
            "header_title": _("Design variants of print run %(id)s") % {"id": run.pk},
        },
    )


def analytics_view(request):
    if not request.user.has_perm(ANALYTICS_PERMISSION):
        raise PermissionDenied
    from registration.models import Registration

    revision_ids = (
        Registration.objects.exclude(insert_revision=None)
        .values_list("insert_revision_id", flat=True)
        .distinct()
    )
    revisions = Revision.objects.filter(pk__in=list(revision_ids)).order_by("-created_at")
    choices = [(r.pk, f"{r.object_str} · {r.created_at:%Y-%m-%d} (#{r.pk})") for r in revisions]
    form = AnalyticsForm(request.GET or None, revision_choices=choices)
    filters = analytics.Filters()
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = analytics.Filters(
            product_id=data["product"].pk if data["product"] else None,
            insert_revision_id=data["insert_revision"],
            locale=data["locale"],
            date_from=data["date_from"],
            date_to=data["date_to"],
        )
    counts = analytics.funnel_counts(filters)
    return TemplateResponse(
        request,
        "funnel/admin/analytics.html",
        {
            "form": form,
            "counts": counts,
            "funnel": analytics.funnel_chart(counts),
            "daily": analytics.line_chart(analytics.daily_series(filters)),
            "products": analytics.per_product(filters),
            "scans_available": analytics.scan_model() is not None,
            "header_title": _("Funnel analytics"),
        },
    )


# --- export ---------------------------------------------------------------------------------

CSV_COLUMNS = [
    "email",
    "first_name",
    "last_name",
    "language",
    "country",
    "channel",
    "consent_confirmed_at",
    "consent_text_version",
]


def csv_safe(value) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class _Echo:
    def write(self, value):
        return value


def export_rows(*, purpose: str, product_id=None, locale: str = ""):
    """Marketable contacts only: the ownership selector is the one source (invariant 3)."""
    rows = marketable_identities(purpose=purpose)
    if product_id:
        rows = rows.filter(customer__registrations__product_id=product_id).distinct()
    if locale:
        rows = rows.filter(customer__locale=locale)
    return rows.order_by("pk").values_list(
        "email",
        "customer__first_name",
        "customer__last_name",
        "customer__locale",
        "customer__country",
        "channel",
        "consent_record_id",
    )


def _stream(log_id: int, rows, versions_for):
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    count = 0
    batch = []
    try:
        for row in rows.iterator(chunk_size=2000):
            batch.append(row)
            if len(batch) == 2000:
                yield from _write_batch(writer, batch, versions_for)
                count += len(batch)
                batch = []
        if batch:
            yield from _write_batch(writer, batch, versions_for)
            count += len(batch)
    finally:
        export_log_finish(log_id=log_id, row_count=count)


def _write_batch(writer, batch, versions_for):
    consents = versions_for([row[6] for row in batch])
    for row in batch:
        confirmed_at, version = consents.get(row[6], (None, ""))
        yield writer.writerow(
            [
                csv_safe(v)
                for v in [
                    *row[:6],
                    confirmed_at.isoformat() if confirmed_at else "",
                    version,
                ]
            ]
        )


def _consent_details(ids):
    return {
        pk: (created, version)
        for pk, created, version in ConsentRecord.objects.filter(pk__in=ids).values_list(
            "pk", "created_at", "text_version"
        )
    }


def export_view(request):
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    form = ExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        filters = {
            "purpose": data["purpose"],
            "product": data["product"].pk if data["product"] else None,
            "locale": data["locale"],
        }
        log = export_log_start(
            user=request.user, filters=filters, network_address=client_ip(request)
        )
        rows = export_rows(
            purpose=data["purpose"], product_id=filters["product"], locale=data["locale"]
        )
        response = StreamingHttpResponse(
            _stream(log.pk, rows, _consent_details), content_type="text/csv; charset=utf-8"
        )
        stamp = timezone.now().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="contacts-{stamp}.csv"'
        response["Cache-Control"] = "no-store"
        return response
    return TemplateResponse(
        request,
        "funnel/admin/export.html",
        {
            "form": form,
            "recent": ExportLog.objects.all()[:20],
            "marketable": marketable_identities().count(),
            "header_title": _("Export contacts"),
        },
    )


# --- Klaviyo sync ---------------------------------------------------------------------------


def klaviyo_sync_view(request):
    """Failed syncs with what Klaviyo answered, and a retry for one or all of them."""
    if not request.user.has_perm(KLAVIYO_PERMISSION):
        raise PermissionDenied
    may_retry = request.user.has_perm(KLAVIYO_RETRY_PERMISSION)
    if request.method == "POST":
        if not may_retry:
            raise PermissionDenied
        form = KlaviyoRetryForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a failed sync to try again."))
        else:
            sync_id = form.cleaned_data["sync"]
            queued = klaviyo.klaviyo_syncs_retry(sync_ids=[sync_id] if sync_id else None)
            messages.success(
                request,
                ngettext(
                    "%(count)s sync will be tried again.",
                    "%(count)s syncs will be tried again.",
                    queued,
                )
                % {"count": queued},
            )
        return redirect("funnel_klaviyo_sync")
    page = Paginator(selectors.klaviyo_failed_syncs(), KLAVIYO_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    counts = selectors.klaviyo_sync_counts()
    return TemplateResponse(
        request,
        "funnel/admin/klaviyo_sync.html",
        {
            "enabled": klaviyo.enabled(),
            "counts": [
                (label, counts.get(value, 0)) for value, label in KlaviyoSync.Status.choices
            ],
            "failed": counts.get(KlaviyoSync.Status.FAILED, 0),
            "page": page,
            "may_retry": may_retry,
            "header_title": _("Klaviyo sync"),
        },
    )


# --- try a sequence -------------------------------------------------------------------------


def sequence_try_view(request, pk):
    sequence = get_object_or_404(Sequence, pk=pk)
    if not request.user.has_perm("funnel.change_sequence"):
        raise PermissionDenied
    # The latest draft, so a marketer can check a change before publishing it.
    draft = sequence.get_latest_revision_as_object() if sequence.latest_revision_id else sequence
    locale = request.GET.get("locale") or request.POST.get("locale") or draft.default_locale
    if locale not in dict(settings.LANGUAGES):
        raise Http404
    picked = SequenceTryForm(
        {"customer": request.GET.get("customer") or request.POST.get("customer") or ""}
    )
    status, email = 200, ""
    if picked.is_valid():
        email = picked.cleaned_data["customer"].strip()
    else:
        status = 400
        messages.error(request, _("That is not an e-mail address; showing a sample."))
    customer = Customer.objects.filter(email__iexact=email).first() if email else None
    if email and customer is None:
        messages.warning(request, _("No customer with that e-mail address; showing a sample."))
    rendered = render_sample(sequence=draft, locale=locale, customer=customer)
    if request.method == "POST" and status == 200:
        to = request.user.email
        if not to:
            messages.error(request, _("Add an e-mail address to your account first."))
        else:
            step_id = request.POST.get("step")
            chosen = [r for r in rendered if str(r["step"].pk) == step_id] or rendered[:1]
            connection = mailers[settings.FUNNEL_MAILER]
            from anymail.message import AnymailMessage

            sender = draft.from_email or settings.DEFAULT_FROM_EMAIL
            for item in chosen:
                message = AnymailMessage(
                    subject=f"[{_('Test')}] {item['subject']}",
                    body=item["text"],
                    from_email=sender,
                    to=[to],
                    headers={"Message-ID": message_id(sender)},
                    connection=connection,
                )
                message.attach_alternative(item["html"], "text/html")
                message.tags = ["funnel-test"]
                message.send()
            messages.success(request, _("Test sent to %(email)s.") % {"email": to})
        return redirect(f"{request.path}?{urlencode({'locale': locale, 'customer': email})}")
    return TemplateResponse(
        request,
        "funnel/admin/sequence_try.html",
        {
            "sequence": sequence,
            "rendered": rendered,
            "chosen_locale": locale,
            "languages": settings.LANGUAGES,
            "customer_email": email,
            "customer": customer,
            "header_title": _("Try “%(name)s”") % {"name": sequence.name},
        },
        status=status,
    )
