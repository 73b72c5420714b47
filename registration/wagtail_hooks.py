"""Admin screens of the registration app: short codes, scans, registrations and consent texts
under one "Registration" menu, and the consent-evidence PDF for the legal team."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CopyView,
    CreateView,
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from core.permissions import AddOnlyPermissionPolicy, ServiceWrittenPermissionPolicy
from customers.models import Customer

from . import admin_views, scans, services
from .models import CodeBatch, ConsentText, Registration, Scan, ShortCode

register_permission_policy(Scan, ServiceWrittenPermissionPolicy(Scan))
register_permission_policy(Registration, ServiceWrittenPermissionPolicy(Registration))
register_permission_policy(ConsentText, AddOnlyPermissionPolicy(ConsentText))


class ShortCodePermissionPolicy(ServiceWrittenPermissionPolicy):
    """Codes are issued by ``shortcodes_issue`` (print runs, the demo); a brand manager changes
    a code's target, language or retirement. Nobody deletes one (invariant 6)."""

    writable_actions = frozenset({"change"})


register_permission_policy(ShortCode, ShortCodePermissionPolicy(ShortCode))
register_permission_policy(CodeBatch, ServiceWrittenPermissionPolicy(CodeBatch))


class ShortCodeEditView(EditView):
    """Retiring a live code here goes through ``shortcode_retire``, so the code records who
    retired it and when (the moment of saving, whatever time was typed)."""

    def save_instance(self):
        retiring = (
            self.form.initial.get("retired_at") is None
            and self.form.cleaned_data.get("retired_at") is not None
        )
        code = super().save_instance()
        if retiring:
            services.shortcode_retire(code=code, actor=self.request.user, fallback=code.retired_to)
        return code


class ShortCodeViewSet(SnippetViewSet):
    model = ShortCode
    edit_view_class = ShortCodeEditView
    icon = "link-external"
    menu_label = _("Short codes")
    list_display = [
        "code",
        "sku",
        "target",
        "locale",
        "serial",
        "batch",
        "retired_at",
        "created_at",
    ]
    list_filter = ["target", "locale", "batch", "retired_at"]
    search_fields = ["code", "serial", "sku__code"]
    # Only what may change about a printed code; its text and SKU are fixed (invariant 6).
    panels = [
        FieldPanel("target"),
        FieldPanel("locale"),
        FieldPanel("retired_at"),
        FieldPanel("retired_to"),
    ]
    list_export = ["code", "url", "sku", "target", "locale", "serial", "batch", "retired_at"]
    inspect_view_enabled = True
    copy_view_enabled = False


class ScanIndexView(IndexView):
    """Writes this process's buffered scans first (see ``registration.scans``); other web
    processes write theirs within ``SCAN_BUFFER_SECONDS`` of their next request."""

    def get_base_queryset(self):
        scans.flush()
        return super().get_base_queryset()


class ScanViewSet(SnippetViewSet):
    model = Scan
    index_view_class = ScanIndexView
    icon = "view"
    menu_label = _("Scans")
    list_display = ["scanned_at", "code", "outcome", "device", "language", "is_bot"]
    list_filter = ["outcome", "device", "language", "is_bot"]
    search_fields = ["code"]
    list_export = ["scanned_at", "code", "outcome", "device", "language", "is_bot"]
    inspect_view_enabled = True
    copy_view_enabled = False


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "form"
    menu_label = _("Registrations")
    list_display = [Column("reference_display", label=_("Reference")), "product", "customer", "purchase_channel", "purchase_date", "warranty_ends_on", "created_at"]  # fmt: skip
    list_filter = ["product", "purchase_channel", "marketplace", "country", "locale"]
    search_fields = ["reference", "serial", "amazon_order_id", "customer__email"]
    list_export = [
        "reference", "public_id", "product", "sku", "serial", "purchase_channel", "marketplace", "purchase_date",
        "warranty_starts_on", "warranty_ends_on", "country", "locale", "created_at",
    ]  # fmt: skip
    inspect_view_enabled = True
    copy_view_enabled = False


class _StampAuthor:
    def save_instance(self):
        self.form.instance.created_by = self.request.user.get_username()[:150]
        return super().save_instance()


class ConsentTextCreateView(_StampAuthor, CreateView):
    pass


class ConsentTextCopyView(_StampAuthor, CopyView):
    pass


class ConsentTextViewSet(SnippetViewSet):
    """Add a new version to change the wording; published versions never change, because the
    ledger points at them. "Copy" starts a new version from an existing one."""

    model = ConsentText
    icon = "doc-full-inverse"
    menu_label = _("Consent texts")
    list_display = ["purpose", "locale", "version", "text", "created_at", "created_by"]
    list_filter = ["purpose", "locale"]
    search_fields = ["text"]
    panels = [FieldPanel("purpose"), FieldPanel("locale"), FieldPanel("text")]
    inspect_view_enabled = True
    copy_view_enabled = True
    add_view_class = ConsentTextCreateView
    copy_view_class = ConsentTextCopyView


class CodeBatchViewSet(SnippetViewSet):
    model = CodeBatch
    icon = "list-ul"
    menu_label = _("Code batches")
    list_display = ["__str__", "serialized", "created_at"]
    inspect_view_enabled = True
    copy_view_enabled = False


class RegistrationGroup(SnippetViewSetGroup):
    menu_label = _("Registration")
    menu_icon = "link-external"
    menu_order = 250
    items = (
        RegistrationViewSet,
        ShortCodeViewSet,
        ScanViewSet,
        ConsentTextViewSet,
        CodeBatchViewSet,
    )


register_snippet(RegistrationGroup)


@hooks.register("register_admin_urls")
def _evidence_urls():
    return [
        path(
            "registration/evidence/<int:customer_id>.pdf",
            admin_views.consent_evidence_pdf,
            name="registration_consent_evidence",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def _evidence_button(snippet, user, next_url=None):
    if isinstance(snippet, Customer) and user.has_perm("customers.view_consentrecord"):
        yield ListingButton(
            _("Consent evidence (PDF)"),
            reverse("registration_consent_evidence", args=[snippet.pk]),
            icon_name="doc-full",
            priority=60,
        )
