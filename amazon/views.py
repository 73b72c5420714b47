"""The admin's connection check: one POST runs ``services.account_check`` and returns to the
account with the result."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import SellerAccount
from .services import account_check


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
