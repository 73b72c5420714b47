"""Thin views: the agents' admin screens (registered in ``wagtail_hooks``), JSON endpoints for
macros and replies, the conversation PDF, and the public warranty claim page.

Every reply from every view goes through ``services.reply_send``; every ticket and macro is
read through ``selectors`` so an agent never reaches a channel their group may not see.
"""

import json

from django.conf import settings
from django.contrib import messages as flash
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from registration.links import CLAIM_SALT
from registration.models import Registration

from . import selectors, services
from .forms import ClaimForm, ComposeForm, TicketUpdateForm
from .gate import GateFinding, highlight_segments
from .models import Attachment, Macro, Message, Ticket

REPORT_WINDOWS = (7, 30, 90)


def _require_helpdesk(request) -> set[str]:
    policies = selectors.visible_policies(user=request.user)
    if not policies:
        raise PermissionDenied
    return policies


def _ticket_or_404(request, pk: int) -> Ticket:
    return get_object_or_404(
        selectors.tickets_for_user(user=request.user).select_related(
            "channel", "customer", "identity", "assignee", "registration__product"
        ),
        pk=pk,
    )


# ---------------------------------------------------------------------------------------------
# Inbox

INBOX_PAGE_SIZE = 50


def inbox(request):
    _require_helpdesk(request)
    channels = list(selectors.visible_channels(user=request.user).order_by("kind", "marketplace"))
    channel = None
    slug = request.GET.get("channel", "")
    if slug:
        channel = next((c for c in channels if c.slug == slug), None)
        if channel is None:
            raise Http404
    view = request.GET.get("view", "open")
    query = request.GET.get("q", "").strip()[:100]
    paginator = Paginator(
        selectors.inbox(user=request.user, channel=channel, view=view, query=query),
        INBOX_PAGE_SIZE,
    )
    page = paginator.get_page(request.GET.get("page"))  # a bad page number shows the nearest
    tickets = list(page.object_list)
    counts = selectors.inbox_counts(user=request.user)
    now = timezone.now()
    for ticket in tickets:
        ticket.sla_state = _sla_state(ticket, now)
    overdue_total = sum(c["overdue"] for c in counts.values())
    return render(
        request,
        "helpdesk/inbox.html",
        {
            "channels": [(c, counts.get(c.pk, {"open": 0, "overdue": 0})) for c in channels],
            "channel": channel,
            "view": view,
            "views": [
                ("open", _("Open")),
                ("mine", _("Mine")),
                ("overdue", _("Overdue")),
                ("pending", _("Waiting for customer")),
                ("closed", _("Closed")),
                ("all", _("All")),
            ],
            "query": query,
            "tickets": tickets,
            "page": page,
            "overdue_total": overdue_total,
            "page_title": channel.name if channel else _("Helpdesk"),
        },
    )


def _sla_state(ticket: Ticket, now) -> str:
    """``overdue``, ``due-soon`` (within a quarter of the target, at most 4 h) or ``ok``."""
    if not ticket.response_due_at:
        return ""
    if ticket.response_due_at < now:
        return "overdue"
    margin = min(ticket.channel.response_target_minutes / 4, 240)
    if (ticket.response_due_at - now).total_seconds() < margin * 60:
        return "due-soon"
    return "ok"


# ---------------------------------------------------------------------------------------------
# Ticket


def ticket_detail(request, pk: int):
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    macros = list(selectors.macros_for_ticket(ticket=ticket))
    compose = ComposeForm(request.POST or None, macros=macros)
    update = TicketUpdateForm(
        initial={
            "status": ticket.status,
            "assignee": ticket.assignee,
            "amazon_order_id": ticket.amazon_order_id,
            "tracking_number": ticket.tracking_number,
        },
        ticket=ticket,
    )
    blocked = None
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "update":
            update = TicketUpdateForm(request.POST, ticket=ticket)
            if update.is_valid():
                try:
                    services.ticket_update(ticket=ticket, actor=request.user, **update.cleaned_data)
                except ValueError as error:
                    flash.error(request, str(error))
                else:
                    flash.success(request, _("Ticket updated."))
                    return redirect("helpdesk_ticket", pk=ticket.pk)
        elif action == "retry":
            message = get_object_or_404(Message, pk=request.POST.get("message"), ticket=ticket)
            services.reply_retry(message=message, actor=request.user)
            flash.success(request, _("Delivery queued again."))
            return redirect("helpdesk_ticket", pk=ticket.pk)
        elif not compose.is_valid():
            status = 400  # e.g. a macro that is not in this channel's library
        else:
            body = compose.cleaned_data["body"]
            if action == "insert_macro":
                compose, inserted = _insert_macro(request, ticket, compose, macros)
                if not inserted:
                    status = 400
            elif action == "note":
                try:
                    services.note_add(ticket=ticket, body=body, author=request.user)
                except services.ReplyRefused as error:
                    flash.error(request, str(error))
                else:
                    flash.success(request, _("Internal note added. It was not sent."))
                    return redirect("helpdesk_ticket", pk=ticket.pk)
            elif action == "check":
                findings = services.reply_preview(ticket=ticket, body=body)
                if findings:
                    blocked = _blocked_context(body, findings, checked_only=True)
                else:
                    flash.success(request, _("No findings: this reply can be sent."))
            elif action == "send":
                try:
                    result = services.reply_send(ticket=ticket, body=body, author=request.user)
                except services.ReplyRefused as error:
                    flash.error(request, str(error))
                    status = 400
                else:
                    if result.allowed:
                        flash.success(request, _("Reply sent."))
                        return redirect("helpdesk_ticket", pk=ticket.pk)
                    blocked = _blocked_context(body, result.findings)
                    status = 422
    ticket.refresh_from_db()
    context = {
        "ticket": ticket,
        "timeline": _timeline(ticket),
        "compose": compose,
        "update": update,
        "macros": macros,
        "blocked": blocked,
        "c360": selectors.customer_360(ticket=ticket, user=request.user),
        "sla_state": _sla_state(ticket, timezone.now()),
        "sender": services.sender_for(ticket.channel),
        "page_title": f"{ticket.reference} {ticket.subject}",
    }
    return render(request, "helpdesk/ticket.html", context, status=status)


def _insert_macro(request, ticket, compose, macros):
    macro = next((m for m in macros if str(m.pk) == compose.cleaned_data.get("macro")), None)
    if macro is None:
        flash.error(request, _("Choose a macro from this channel's library."))
        return compose, False
    try:
        text = services.macro_render(macro=macro, ticket=ticket, user=request.user)
    except services.DiscountPoolEmpty as error:
        flash.error(request, str(error))
        return compose, False
    draft = compose.cleaned_data["body"].rstrip()
    body = f"{draft}\n\n{text}" if draft else text
    return ComposeForm(initial={"body": body}, macros=macros), True


def _blocked_context(body: str, findings: list[GateFinding], checked_only=False) -> dict:
    return {
        "segments": highlight_segments(body, findings),
        "findings": findings,
        "checked_only": checked_only,
    }


def _timeline(ticket: Ticket) -> list[dict]:
    messages = ticket.messages.select_related("author", "gate_decision").prefetch_related(
        "attachments"
    )
    items = []
    for message in messages:
        # Amazon relay mail carries the same words as text inside a frame we strip; its HTML
        # adds nothing but Amazon's layout, so the text is shown.
        html = "" if ticket.channel.is_amazon and message.visible_text else message.body_html
        for attachment in message.attachments.all():
            if attachment.content_id and html:
                url = reverse("helpdesk_attachment", args=[attachment.pk])
                html = html.replace(f'src="cid:{attachment.content_id}"', f'src="{url}"')
        items.append(
            {"kind": "message", "at": message.created_at, "message": message, "html": html}
        )
    for event in ticket.events.select_related("actor"):
        items.append({"kind": "event", "at": event.created_at, "event": event})
    items.sort(key=lambda item: item["at"])
    return items


# ---------------------------------------------------------------------------------------------
# JSON endpoints (the same selectors and the same send gate as the screens)


@require_GET
def ticket_macros(request, pk: int):
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    return JsonResponse(
        {
            "ticket": ticket.pk,
            "library": ticket.channel.effective_policy,
            "macros": [
                {"id": m.pk, "name": m.name, "language": m.language}
                for m in selectors.macros_for_ticket(ticket=ticket)
            ],
        }
    )


@require_POST
def macro_render(request, pk: int, macro_pk: int):
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    macro = get_object_or_404(Macro, pk=macro_pk)
    try:
        text = services.macro_render(macro=macro, ticket=ticket, user=request.user)
    except services.MacroNotOffered:
        # 403 rather than 404: the site's language redirect would turn a 404 into a 302.
        return JsonResponse({"error": "This macro is not offered on this channel."}, status=403)
    except services.DiscountPoolEmpty as error:
        return JsonResponse({"error": str(error)}, status=409)
    return JsonResponse({"text": text})


@require_POST
def reply_api(request, pk: int):
    """``POST {"body": "…"}``: send a reply through the gate; 422 with the findings when
    blocked."""
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    try:
        payload = json.loads(request.body or b"{}")
        body = str(payload.get("body", ""))
    except (ValueError, AttributeError):
        return JsonResponse({"error": 'Send JSON: {"body": "…"}'}, status=400)
    try:
        result = services.reply_send(ticket=ticket, body=body, author=request.user)
    except services.ReplyRefused as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse(
        {
            "allowed": result.allowed,
            "decision": result.decision.pk,
            "message": result.message.pk if result.message else None,
            "findings": [f.to_dict() for f in result.findings],
        },
        status=200 if result.allowed else 422,
    )


@require_GET
def attachment_download(request, pk: int):
    _require_helpdesk(request)
    attachment = get_object_or_404(
        Attachment.objects.select_related("message__ticket"),
        pk=pk,
        message__ticket__in=selectors.tickets_for_user(user=request.user),
    )
    if not attachment.file:
        raise Http404
    inline_ok = attachment.content_type in {"image/png", "image/jpeg", "image/gif", "image/webp"}
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=not inline_ok,
        filename=attachment.filename,
        content_type=attachment.content_type if inline_ok else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@require_GET
def order_conversation_pdf(request, order_id: str):
    """The complete conversation about one Amazon order as a PDF (A-to-z claim defence)."""
    _require_helpdesk(request)
    tickets = list(selectors.order_conversation(order_id=order_id, user=request.user))
    if not tickets:
        raise Http404
    from .pdf import conversation_pdf

    data = conversation_pdf(order_id=order_id, tickets=tickets, generated_by=request.user)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="amazon-order-{order_id}.pdf"'
    return response


# ---------------------------------------------------------------------------------------------
# Report and discount codes


def report(request):
    _require_helpdesk(request)
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    if days not in REPORT_WINDOWS:
        days = 30
    return render(
        request,
        "helpdesk/report.html",
        {
            "rows": selectors.sla_report(user=request.user, days=days),
            "days": days,
            "windows": REPORT_WINDOWS,
            "page_title": _("Response times"),
        },
    )


# ---------------------------------------------------------------------------------------------
# Public: the warranty claim page


def _token_ok(registration: Registration, token: str) -> bool:
    if not token:
        return False
    try:
        value = signing.loads(
            token, salt=CLAIM_SALT, max_age=settings.HELPDESK_CLAIM_LINK_DAYS * 86400
        )
    except signing.BadSignature:
        return False
    return value == str(registration.public_id)


def claim(request, public_id):
    registration = get_object_or_404(
        Registration.objects.select_related("product", "customer", "identity"),
        public_id=public_id,
        anonymised_at__isnull=True,
    )
    token = request.GET.get("t", "") or request.POST.get("t", "")
    needs_email = not _token_ok(registration, token)
    language = registration.locale if registration.locale in dict(settings.LANGUAGES) else None
    with translation.override(language or translation.get_language()):
        form = ClaimForm(
            request.POST or None,
            request.FILES or None,
            needs_email=needs_email,
            registration=registration,
        )
        if request.method == "POST" and form.is_valid():
            services.claim_open(
                registration=registration,
                description=form.cleaned_data["description"],
                files=form.cleaned_data.get("photos") or [],
                locale=translation.get_language(),
            )
            return redirect("helpdesk_claim_sent", public_id=registration.public_id)
        response = render(
            request,
            "helpdesk/claim.html",
            {
                "registration": registration,
                "form": form,
                "token": token if not needs_email else "",
            },
            status=400 if request.method == "POST" else 200,
        )
    return response


def claim_sent(request, public_id):
    registration = get_object_or_404(Registration, public_id=public_id)
    language = registration.locale if registration.locale in dict(settings.LANGUAGES) else None
    with translation.override(language or translation.get_language()):
        return render(request, "helpdesk/claim_sent.html", {"registration": registration})
