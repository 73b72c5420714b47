"""Macro libraries, one per policy, and the one-time discount codes own-store agents give out."""

import re
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from funnel.models import DiscountCode, DiscountCodePool

from .channels import AMAZON_MESSAGE, POLICY_CHOICES, Channel
from .record import Message
from .tickets import Ticket


class TicketDiscountCode(models.Model):
    """A one-time code of a discount pool (``funnel.DiscountCodePool``, shared with the funnel)
    that an own-store agent gave to a ticket, and the reply it went out in. One per ticket and
    pool: inserting the macro again reuses it. Never on a marketplace channel."""

    code = models.OneToOneField(
        DiscountCode, on_delete=models.PROTECT, related_name="ticket_grant", verbose_name=_("code")
    )
    pool = models.ForeignKey(DiscountCodePool, on_delete=models.PROTECT, related_name="+")
    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="discount_codes")
    reserved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reserved_at = models.DateTimeField(default=timezone.now)
    sent_in = models.ForeignKey(
        Message, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["ticket", "id"]
        verbose_name = _("discount code given in a ticket")
        verbose_name_plural = _("discount codes given in tickets")
        constraints = [
            models.UniqueConstraint(
                fields=["pool", "ticket"], name="helpdesk_ticketcode_one_per_pool"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ticket.reference}: {self.code.code}"


#: Placeholders every macro may use, and the ones only own-channel macros may use.
PLACEHOLDERS = ("first_name", "order_id", "tracking_number", "product")
OWNED_PLACEHOLDERS = ("discount_code", "store_link", "loyalty_link")
PLACEHOLDER_RE = re.compile(r"\{\s*([a-z_]+)\s*\}")


class Macro(ClusterableModel):
    """A saved answer in one policy's library. Amazon macros must pass the Amazon policy before
    they can be saved, in every language; own-channel macros may insert a one-time discount
    code, the store link and the loyalty programme. ``channels`` narrows a macro to some
    channels of its library. The text is in ``language``; ``variants`` hold the same answer in
    other languages (the agent inserts the one of the ticket's language, or another)."""

    name = models.CharField(_("name"), max_length=120)
    library = models.CharField(_("library"), max_length=20, choices=POLICY_CHOICES)
    channels = models.ManyToManyField(
        Channel,
        verbose_name=_("channels"),
        blank=True,
        related_name="macros",
        help_text=_("Empty: every channel of the library."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("The language of the text below; translations follow as variants."),
    )
    body = models.TextField(
        _("text"),
        help_text=_(
            "Placeholders: {first_name}, {order_id}, {tracking_number}, {product}; own "
            "channels also {discount_code}, {store_link}, {loyalty_link}."
        ),
    )
    discount_pool = models.ForeignKey(
        DiscountCodePool,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="macros",
        help_text=_("Own channels: where {discount_code} takes its one-time code from."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    promotional = models.BooleanField(
        _("promotional"),
        default=False,
        editable=False,
        help_text=_(
            "Offers something (a discount code, the loyalty programme, a sale): offered only "
            "on tickets of customers who may be marketed to. Worked out from the text on save."
        ),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["library", "name"]
        verbose_name = _("macro")
        verbose_name_plural = _("macros")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The library rule holds for every path that saves, not just the admin form, and for
        # every language of the macro (the variants about to be saved with it included).
        texts = [self.body, *(v.body for v in self.variants.all())]
        for text in texts:
            errors = macro_errors(library=self.library, body=text, pool=self.discount_pool)
            if errors:
                raise ValidationError(errors)
        self.promotional = any(
            macro_is_promotional(body=text, pool=self.discount_pool) for text in texts
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "promotional"}
        super().save(*args, **kwargs)

    def placeholders(self) -> set[str]:
        return set(PLACEHOLDER_RE.findall(self.body))

    def languages(self) -> list[str]:
        """The languages the macro has a text in: its own first, then its variants'."""
        own = [self.language] if self.language else []
        return own + [v.language for v in self.variants.all() if v.language not in own]

    def text_in(self, language: str) -> tuple[str, str]:
        """``(text, language)`` of the macro in *language*: the variant in that language, else
        the macro's own text (in its own language)."""
        if language and language != self.language:
            for variant in self.variants.all():
                if variant.language == language:
                    return variant.body, variant.language
        return self.body, self.language

    def clean(self) -> None:
        super().clean()
        errors = macro_errors(library=self.library, body=self.body, pool=self.discount_pool)
        if errors:
            raise ValidationError(errors)


class MacroVariant(models.Model):
    """The same answer in another language. It passes the same rules as the macro's own text
    (its library's policy, its placeholders), checked whenever either is saved."""

    macro = ParentalKey(Macro, on_delete=models.CASCADE, related_name="variants")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    body = models.TextField(_("text"))

    class Meta:
        ordering = ["macro", "language"]
        verbose_name = _("macro in another language")
        verbose_name_plural = _("macro in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["macro", "language"], name="helpdesk_macrovariant_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.macro} ({self.language})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        macro = self.macro
        errors = macro_errors(library=macro.library, body=self.body, pool=macro.discount_pool)
        if errors:
            raise ValidationError(errors)
        super().save(*args, **kwargs)
        # Saved on its own (not with its macro's form): the macro is an offer if any text is.
        if macro_is_promotional(body=self.body, pool=macro.discount_pool) and not macro.promotional:
            Macro.objects.filter(pk=macro.pk).update(promotional=True)
            macro.promotional = True


#: Placeholders that make any macro an offer.
PROMOTIONAL_PLACEHOLDERS = ("discount_code", "loyalty_link")


def macro_is_promotional(*, body: str, pool) -> bool:
    """Whether a macro offers something: it hands out a discount code, links the loyalty
    programme, or its text (placeholders read as neutral words) is an offer by the rules
    that keep Amazon messages free of them."""
    from ..linting import promotion_findings

    used = set(PLACEHOLDER_RE.findall(body or ""))
    if pool is not None or used & set(PROMOTIONAL_PLACEHOLDERS):
        return True
    sample = PLACEHOLDER_RE.sub(lambda m: _SAMPLE_VALUES.get(m.group(1), "x"), body or "")
    return bool(promotion_findings(sample))


def macro_errors(*, library: str, body: str, pool) -> dict[str, list[str]]:
    """Why a macro cannot be saved in *library* (empty when it can)."""
    from ..linting import findings_for

    errors: dict[str, list[str]] = {}
    used = set(PLACEHOLDER_RE.findall(body or ""))
    unknown = used - set(PLACEHOLDERS) - set(OWNED_PLACEHOLDERS)
    if unknown:
        errors.setdefault("body", []).append(
            _("Unknown placeholders: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    if library == AMAZON_MESSAGE:
        owned_only = used & set(OWNED_PLACEHOLDERS)
        if owned_only:
            errors.setdefault("body", []).append(
                _("Amazon macros cannot use %(names)s.") % {"names": ", ".join(sorted(owned_only))}
            )
        if pool is not None:
            errors.setdefault("discount_pool", []).append(
                _("Amazon macros cannot hand out discount codes.")
            )
        # Placeholders are checked as neutral words so the linter reads the sentence.
        sample = PLACEHOLDER_RE.sub(lambda m: _SAMPLE_VALUES.get(m.group(1), "x"), body or "")
        for finding in findings_for(sample, AMAZON_MESSAGE):
            errors.setdefault("body", []).append(
                _("“%(excerpt)s”: %(message)s")
                % {"excerpt": finding.excerpt, "message": finding.message}
            )
    elif "discount_code" in used and pool is None:
        errors.setdefault("discount_pool", []).append(
            _("Choose the pool {discount_code} takes its codes from.")
        )
    return errors


_SAMPLE_VALUES = {
    "first_name": "Alex",
    "order_id": "302-1234567-1234567",
    "tracking_number": "00340434161234567890",
    "product": "Lamp",
}
