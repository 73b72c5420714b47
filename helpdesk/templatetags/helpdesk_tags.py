from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def duration_minutes(value) -> str:
    """``90`` → ``1 h 30 min``; ``1440`` → ``1 d``; ``None`` → ``—``."""
    if value is None or value == "":
        return "—"
    minutes = round(float(value))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_("%(n)s d") % {"n": days})
    if hours:
        parts.append(_("%(n)s h") % {"n": hours})
    if mins or not parts:
        parts.append(_("%(n)s min") % {"n": mins})
    return " ".join(parts)
