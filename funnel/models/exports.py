"""Who exported owned contacts, and when."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ExportLog(models.Model):
    """Who exported which contacts when: every download of personal data leaves a row."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    username = models.CharField(_("by"), max_length=150)
    filters = models.JSONField(_("filters"), default=dict)
    row_count = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("contact export")
        verbose_name_plural = _("contact exports")
        default_permissions = ("view",)
        permissions = [
            ("export_contacts", _("Can export marketable contacts")),
            ("view_funnel_analytics", _("Can view funnel analytics")),
        ]

    def __str__(self) -> str:
        return f"{self.username} · {self.started_at:%Y-%m-%d %H:%M}"
