"""Reads of the inserts app."""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Locale

from .models import InsertDesign, PrintRun


def printable_designs() -> QuerySet[InsertDesign]:
    """Designs that have a published (approved) revision: the only ones a run can print."""
    return (
        InsertDesign.objects.filter(live=True, live_revision__isnull=False)
        .select_related("locale", "brand", "profile", "live_revision")
        .order_by("name", "locale__language_code")
    )


def design_for_print(slug: str, language: str | None = None) -> InsertDesign:
    """The design *slug* in *language* (default: the site's default language, or the only one).

    Raises ``InsertDesign.DoesNotExist`` with a message that lists what exists."""
    designs = InsertDesign.objects.filter(slug=slug).select_related("locale", "brand", "profile")
    if language:
        found = designs.filter(locale__language_code=language).first()
    else:
        found = designs.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if found is None and designs.count() == 1:
            found = designs.first()
    if found is None:
        available = sorted(f"{d.slug} ({d.locale.language_code})" for d in designs) or [
            f"{d.slug} ({d.locale.language_code})" for d in InsertDesign.objects.all()[:20]
        ]
        raise InsertDesign.DoesNotExist(
            f"No insert design {slug!r}"
            + (f" in {language!r}" if language else "")
            + (f"; there are: {', '.join(available)}" if available else "")
        )
    return found


def locale_codes() -> list[str]:
    return list(Locale.objects.values_list("language_code", flat=True))


def runs_for_admin() -> QuerySet[PrintRun]:
    return PrintRun.objects.select_related(
        "design", "design__locale", "profile", "design_revision", "created_by", "code_batch"
    ).prefetch_related("skus")
