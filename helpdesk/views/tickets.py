"""The agents' screens: inbox, ticket, JSON endpoints, attachments, the order PDF, the report."""

import json
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from customers.selectors import store_orders
from funnel.services import DiscountPoolEmpty

from .. import hold_selectors, selectors
from ..forms import (
    ComposeForm,
    InboxSearchForm,
    MacroAnswersForm,
    ReplyApiForm,
    RetryForm,
    TicketUpdateForm,
)
from ..linting import GateFinding, highlight_segments
from ..models import GateDecision, Macro, Message, Ticket
from ..models.tickets import AMAZON_ORDER_RE
from ..services.identity_links import identity_link_confirm, identity_link_reject
from ..services.macros import PLACEHOLDER_LABELS, MacroNotOffered, macro_render, placeholders_in
from ..services.replies import reply_preview, reply_retry, reply_send, sender_for
from ..services.store_actions import store_actions_allowed
from ..services.tickets import ReplyRefused, note_add, ticket_update
from .store_actions import store_action

REPORT_WINDOWS = (7, 30, 90)


def _require_helpdesk(request) -> set[str]:
    policies = selectors.visible_policies(user=request.user)
    if not policies:
        raise PermissionDenied
    return policies


def _ticket_or_404(request, pk: int) -> Ticket:
    return get_object_or_404(selectors.tickets_for_work(user=request.user), pk=pk)


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
    search = InboxSearchForm(request.GET)
    query, status = "", 200
    if search.is_valid():
        query = search.cleaned_data["q"]
    else:
        status = 400
        for error in search.errors.get("q", []):
            flash.error(request, error)
    paginator = Paginator(
        selectors.inbox(user=request.user, channel=channel, view=view, query=query),
        INBOX_PAGE_SIZE,
    )
    page = paginator.get_page(request.GET.get("page"))  # a bad page number shows the nearest
    tickets = list(page.object_list)
    counts = selectors.inbox_counts(user=request.user)
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
        status=status,
    )


# ---------------------------------------------------------------------------------------------
# Ticket


def ticket_detail(request, pk: int):
    """The ticket screen. A POST names its ``action``; each action is one small function below
    that calls one service and either redirects or returns what the page shows next."""
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    macros = list(selectors.macros_for_ticket(ticket=ticket))
    screen = TicketScreen(
        compose=ComposeForm(
            request.POST or None,
            macros=macros,
            initial={"macro_language": _conversation_language(ticket)},
        ),
        update=TicketUpdateForm(
            initial={
                "status": ticket.status,
                "assignee": ticket.assignee,
                "amazon_order_id": ticket.amazon_order_id,
                "tracking_number": ticket.tracking_number,
                "language": ticket.language,
            },
            ticket=ticket,
        ),
    )
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in _ACTIONS:
            handler = _ACTIONS[action]
        elif not screen.compose.is_valid():
            handler = None
            screen.status = 400  # e.g. a macro that is not in this channel's library
        else:
            handler = _COMPOSE_ACTIONS.get(action)
        if handler is not None:
            response = handler(request, ticket, screen, macros)
            if response is not None:
                return response
    ticket.refresh_from_db()
    c360 = selectors.customer_360(ticket=ticket, user=request.user)
    context = {
        "ticket": ticket,
        "timeline": selectors.ticket_timeline(ticket=ticket, attachment_url=_attachment_url),
        "compose": screen.compose,
        "update": screen.update,
        "macros": macros,
        "blocked": screen.blocked,
        "macro_questions": screen.macro_questions,
        "macro_asked": screen.macro_asked,
        "holds": _ticket_holds(ticket),
        "c360": c360,
        "store": None if ticket.channel.is_amazon else store_orders(orders=c360.orders),
        "store_actions": store_actions_allowed(ticket=ticket, user=request.user),
        "store_confirm": screen.store_confirm,
        "codes": list(ticket.discount_codes.select_related("code")),
        "amazon_order": selectors.amazon_order_for_ticket(ticket=ticket),
        "may_offer": selectors.ticket_may_receive_offers(ticket=ticket),
        "sla_state": ticket.sla_state,
        "sender": sender_for(ticket.channel),
        "page_title": f"{ticket.reference} {ticket.subject}",
    }
    return render(request, "helpdesk/ticket.html", context, status=screen.status)


@dataclass
class TicketScreen:
    """What a POST on the ticket screen leaves for the page: the forms as they now stand, the
    gate's findings to highlight, and the status code."""

    compose: ComposeForm
    update: TicketUpdateForm
    blocked: dict | None = None
    status: int = 200
    #: The values a macro being inserted needs and the ticket does not have (asked for).
    macro_questions: MacroAnswersForm | None = None
    macro_asked: Macro | None = None
    #: A store action waiting for the agent's confirmation (what it will do, and its fields).
    store_confirm: dict | None = None


def _update(request, ticket, screen, macros):
    screen.update = TicketUpdateForm(request.POST, ticket=ticket)
    if not screen.update.is_valid():
        return None
    try:
        ticket_update(ticket=ticket, actor=request.user, **screen.update.cleaned_data)
    except ValueError as error:
        flash.error(request, str(error))
        return None
    flash.success(request, _("Ticket updated."))
    return redirect("helpdesk_ticket", pk=ticket.pk)


def _retry(request, ticket, screen, macros):
    form = RetryForm(request.POST)
    if not form.is_valid():
        flash.error(request, _("Choose a reply of this ticket to send again."))
        screen.status = 400
        return None
    message = get_object_or_404(Message, pk=form.cleaned_data["message"], ticket=ticket)
    reply_retry(message=message, actor=request.user)
    flash.success(request, _("Delivery queued again."))
    return redirect("helpdesk_ticket", pk=ticket.pk)


def _conversation_language(ticket) -> str:
    """The language the macro picker starts with: the ticket's, when the site has it."""
    languages = dict(settings.LANGUAGES)
    return ticket.language if ticket.language in languages else settings.LANGUAGE_CODE


def _insert_macro(request, ticket, screen, macros):
    """Insert the chosen macro in the chosen language (the ticket's unless the agent switched).
    Values the ticket lacks are asked for first; a question left empty drops its sentence."""
    compose = screen.compose
    macro = next((m for m in macros if str(m.pk) == compose.cleaned_data.get("macro")), None)
    if macro is None:
        flash.error(request, _("Choose a macro from this channel's library."))
        screen.status = 400
        return None
    language = compose.cleaned_data.get("macro_language") or _conversation_language(ticket)
    answers = None
    if request.POST.get("answering"):
        questions = MacroAnswersForm(
            request.POST, names=placeholders_in(macro.text_in(language)[0])
        )
        answers = questions.answers() if questions.is_valid() else None
    try:
        rendered = macro_render(
            macro=macro, ticket=ticket, user=request.user, language=language, answers=answers
        )
    except DiscountPoolEmpty as error:
        flash.error(request, str(error))
        screen.status = 400
        return None
    if rendered.text is None:
        screen.macro_questions = MacroAnswersForm(names=rendered.missing)
        screen.macro_asked = macro
        return None
    if rendered.language != language:
        languages = dict(settings.LANGUAGES)
        flash.warning(
            request,
            _("“%(macro)s” has no text in %(wanted)s: its %(used)s text was inserted.")
            % {
                "macro": macro.name,
                "wanted": languages.get(language, language),
                "used": languages.get(rendered.language, rendered.language or "—"),
            },
        )
    draft = compose.cleaned_data["body"].rstrip()
    body = f"{draft}\n\n{rendered.text}" if draft else rendered.text
    screen.compose = ComposeForm(initial={"body": body, "macro_language": language}, macros=macros)
    return None


def _note(request, ticket, screen, macros):
    try:
        note_add(ticket=ticket, body=screen.compose.cleaned_data["body"], author=request.user)
    except ReplyRefused as error:
        flash.error(request, str(error))
        return None
    flash.success(request, _("Internal note added. It was not sent."))
    return redirect("helpdesk_ticket", pk=ticket.pk)


def _check(request, ticket, screen, macros):
    body = screen.compose.cleaned_data["body"]
    check = reply_preview(ticket=ticket, body=body)
    if check.findings:
        screen.blocked = _blocked_context(body, check.findings, checked_only=True)
    elif check.risks:
        screen.blocked = _blocked_context(body, check.risks, checked_only=True, held=True)
    else:
        flash.success(request, _("No findings: this reply can be sent."))
    return None


def _rephrase(request, ticket, screen, macros):
    """Put a held reply's text back into the box to change it; sending the new version
    withdraws the held one."""
    held = get_object_or_404(
        GateDecision, pk=request.POST.get("hold"), ticket=ticket, outcome="review"
    )
    screen.compose = ComposeForm(initial={"body": held.draft}, macros=macros)
    flash.info(
        request,
        _(
            "Change the marked parts and send again: the new text is checked, and the held "
            "reply is withdrawn when you send."
        ),
    )
    return None


def _send(request, ticket, screen, macros):
    body = screen.compose.cleaned_data["body"]
    try:
        result = reply_send(ticket=ticket, body=body, author=request.user)
    except ReplyRefused as error:
        flash.error(request, str(error))
        screen.status = 400
        return None
    if result.allowed:
        flash.success(request, _("Reply sent."))
        return redirect("helpdesk_ticket", pk=ticket.pk)
    if result.held:
        flash.warning(
            request,
            _(
                "Held for compliance review, not sent: a reviewer approves or rejects it. The "
                "response clock keeps running."
            ),
        )
        return redirect("helpdesk_ticket", pk=ticket.pk)
    screen.blocked = _blocked_context(body, result.findings)
    screen.status = 422
    return None


def _link_decide(request, ticket, screen, macros):
    """The agent confirms (``link_confirm``) or dismisses (``link_dismiss``) a possible match
    between the ticket's buyer and a registrant; the decision records who made it."""
    link = selectors.possible_match_for(ticket=ticket, link_id=request.POST.get("link"))
    if link is None:
        flash.error(request, _("This possible match was decided already or does not exist."))
        screen.status = 400
        return None
    if request.POST.get("action") == "link_confirm":
        identity_link_confirm(link=link, actor=request.user)
        flash.success(request, _("Confirmed: the buyer and the registrant are one person."))
    else:
        identity_link_reject(link=link, actor=request.user)
        flash.success(request, _("Recorded: the registrant is not this buyer."))
    return redirect("helpdesk_ticket", pk=ticket.pk)


_ACTIONS = {
    "update": _update,
    "store_refund": store_action,
    "store_resend": store_action,
    "store_cancel": store_action,
    "retry": _retry,
    "link_confirm": _link_decide,
    "link_dismiss": _link_decide,
    "rephrase": _rephrase,
}
#: Actions on the compose form's text (it must be valid first).
_COMPOSE_ACTIONS = {"insert_macro": _insert_macro, "note": _note, "check": _check, "send": _send}


def _blocked_context(
    body: str, findings: list[GateFinding], checked_only=False, held=False
) -> dict:
    return {
        "segments": highlight_segments(body, findings),
        "findings": findings,
        "checked_only": checked_only,
        "held": held,
    }


def _ticket_holds(ticket: Ticket) -> list[dict]:
    """What the ticket shows of its held replies: those waiting for a reviewer, and a rejection
    while nothing newer was sent or held."""
    latest = ticket.gate_decisions.order_by("-created_at", "-pk").first()
    shown = []
    for decision in hold_selectors.ticket_holds(ticket=ticket):
        outcome = getattr(decision, "hold_decision", None)
        if outcome is None or (outcome.verdict == "rejected" and decision == latest):
            shown.append(_hold_context(decision))
    return shown


def _hold_context(decision: GateDecision) -> dict:
    """A held reply as the ticket and the review screen show it: the agent's text with each
    risk marked, and what became of it."""
    risks = [GateFinding.from_dict(r) for r in decision.risks]
    return {
        "decision": decision,
        "segments": highlight_segments(decision.draft, risks),
        "risks": risks,
        "outcome": getattr(decision, "hold_decision", None),
    }


def _attachment_url(attachment) -> str:
    return reverse("helpdesk_attachment", args=[attachment.pk])


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
                {"id": m.pk, "name": m.name, "language": m.language, "languages": m.languages()}
                for m in selectors.macros_for_ticket(ticket=ticket)
            ],
        }
    )


@require_POST
def macro_render_api(request, pk: int, macro_pk: int):
    """``POST [language=de] [answer_<placeholder>=…]``: the macro's text for the ticket, in the
    ticket's language unless another is named. A placeholder the ticket has no value for is
    answered with 422 and the ``missing`` placeholders, unless the request answers them (an
    empty answer leaves out its sentence)."""
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    macro = get_object_or_404(Macro, pk=macro_pk)
    language = str(request.POST.get("language", ""))[:10] or None
    answers = None
    if any(key.startswith("answer_") for key in request.POST):
        answers = {
            key.removeprefix("answer_"): str(value)[:200]
            for key, value in request.POST.items()
            if key.startswith("answer_")
        }
    try:
        rendered = macro_render(
            macro=macro, ticket=ticket, user=request.user, language=language, answers=answers
        )
    except MacroNotOffered:
        # 403 rather than 404: the site's language redirect would turn a 404 into a 302.
        return JsonResponse({"error": "This macro is not offered on this channel."}, status=403)
    except DiscountPoolEmpty as error:
        return JsonResponse({"error": str(error)}, status=409)
    if rendered.text is None:
        return JsonResponse(
            {
                "error": "Values are missing.",
                "missing": [
                    {"placeholder": name, "label": str(PLACEHOLDER_LABELS.get(name, name))}
                    for name in rendered.missing
                ],
                "language": rendered.language,
            },
            status=422,
        )
    return JsonResponse({"text": rendered.text, "language": rendered.language})


@require_POST
def reply_api(request, pk: int):
    """``POST {"body": "…"}``: send a reply through the gate; 422 with the findings when
    blocked."""
    _require_helpdesk(request)
    ticket = _ticket_or_404(request, pk)
    try:
        payload = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": 'Send JSON: {"body": "…"}'}, status=400)
    form = ReplyApiForm(payload)
    if not form.is_valid():
        return JsonResponse({"error": " ".join(form.errors["body"])}, status=400)
    try:
        result = reply_send(ticket=ticket, body=form.cleaned_data["body"], author=request.user)
    except ReplyRefused as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse(
        {
            "allowed": result.allowed,
            "held": result.held,
            "decision": result.decision.pk,
            "message": result.message.pk if result.message else None,
            "findings": [f.to_dict() for f in result.findings],
            "risks": [r.to_dict() for r in result.risks],
        },
        # 202: accepted for a reviewer's decision, nothing sent yet.
        status=200 if result.allowed else 202 if result.held else 422,
    )


@require_GET
def attachment_download(request, pk: int):
    _require_helpdesk(request)
    attachment = get_object_or_404(selectors.attachments_for_user(user=request.user), pk=pk)
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
    if not AMAZON_ORDER_RE.fullmatch(order_id):
        raise Http404
    tickets = list(selectors.order_conversation(order_id=order_id, user=request.user))
    if not tickets:
        raise Http404
    from ..pdf import conversation_pdf

    data = conversation_pdf(order_id=order_id, tickets=tickets, generated_by=request.user)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="amazon-order-{order_id}.pdf"'
    return response


# ---------------------------------------------------------------------------------------------
# Held replies: the reviewers' queue and the decision screen


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
