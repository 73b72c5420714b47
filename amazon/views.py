"""The admin's connection check (one POST runs ``services.account_check`` and returns to the
account with the result) and the review-request report."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import SellerAccount
from .selectors import review_request_report
from .services import account_check

REVIEW_REPORT_PERMISSION = "amazon.view_reviewrequest"
REPORT_DAY_CHOICES = (7, 30, 90)


def account_check_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("amazon.change_selleraccount"):
        raise PermissionDenied
    account = get_object_or_404(SellerAccount, pk=pk)
    if request.method != "POST":
        return render(request, "amazon/check.html", {"account": account}, status=200)
    result = account_check(account=account)
    if result.ok:
        messages.success(
            request,
            _("Connected to Amazon. Marketplaces: %(markets)s")
            % {"markets": ", ".join(result.marketplaces) or _("none")},
        )
    else:
        messages.error(
            request, _("Amazon refused the connection: %(reason)s") % {"reason": result.message}
        )
    return redirect(reverse("wagtailsnippets_amazon_selleraccount:edit", args=[account.pk]))


def review_request_report_view(request: HttpRequest) -> HttpResponse:
    """Per day and marketplace: review requests sent, orders Amazon offered none for, failed
    calls, over the last 7, 30 or 90 days."""
    if not request.user.has_perm(REVIEW_REPORT_PERMISSION):
        raise PermissionDenied
    try:
        days = int(request.GET.get("days", "30"))
    except ValueError:
        days = 30
    if days not in REPORT_DAY_CHOICES:
        days = 30
    since = timezone.localdate() - timedelta(days=days - 1)
    rows = review_request_report(since=since)
    totals = {
        "requested": sum(r.requested for r in rows),
        "not_eligible": sum(r.not_eligible for r in rows),
        "failed": sum(r.failed for r in rows),
    }
    return render(
        request,
        "amazon/review_report.html",
        {"rows": rows, "totals": totals, "days": days, "day_choices": REPORT_DAY_CHOICES},
    )
