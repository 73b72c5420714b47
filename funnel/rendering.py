"""Turning a step into a message for one person, fast.

A step in one language is rendered through Django's templates once per dispatch run into a
*compiled message*: literal text with slots for the merge fields and per-person links. Each
recipient then costs a string join, not a template render. Slots are written ``{{ name }}`` or
``{{ name|default:"fallback" }}``; marketers may use the names in ``blocks.MERGE_FIELDS``, the
system adds its own starting with an underscore (unsubscribe link, discount code, …).

Override ``merge_values`` to add merge fields (and list them in ``blocks.MERGE_FIELDS``).
"""

import html
import re
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, translation

from catalog import voice
from catalog.selectors import product_name
from registration.selectors import legal_links

from .models import MailType, Sequence, SequenceStep

_TAG_RE = re.compile(r"\{\{(.{1,200}?)\}\}")
_SLOT_RE = re.compile(
    r"^\s*(?P<name>[a-z_][a-z0-9_]*)\s*"
    r"(?:\|\s*default\s*:\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'))?\s*$"
)


def slot(name: str) -> str:
    """The placeholder a template writes where a per-person value goes."""
    return "{{ " + name + " }}"


@dataclass(frozen=True)
class SlotTemplate:
    """Text with slots, split once; ``render`` is a join."""

    parts: tuple
    names: frozenset

    @classmethod
    def compile(cls, source: str, *, escaped: bool) -> "SlotTemplate":
        """*escaped*: the source is HTML whose tags may carry ``&quot;`` for quotes."""
        parts: list = []
        names = set()
        position = 0
        for match in _TAG_RE.finditer(source):
            inner = html.unescape(match.group(1)) if escaped else match.group(1)
            found = _SLOT_RE.match(inner)
            if not found:
                continue
            parts.append(source[position : match.start()])
            fallback = found.group("dq") or found.group("sq") or ""
            parts.append((found.group("name"), fallback))
            names.add(found.group("name"))
            position = match.end()
        parts.append(source[position:])
        merged: list = []
        for part in parts:
            if isinstance(part, str) and merged and isinstance(merged[-1], str):
                merged[-1] += part
            elif part != "":
                merged.append(part)
        return cls(tuple(merged), frozenset(names))

    def with_placeholders(self, placeholder) -> str:
        """The text with each slot replaced by ``placeholder(name, fallback)``: for providers
        that fill in per-recipient values themselves (batch sending with merge data)."""
        return "".join(
            part if isinstance(part, str) else placeholder(part[0], part[1]) for part in self.parts
        )

    @property
    def slots(self) -> set:
        return {part for part in self.parts if not isinstance(part, str)}

    def render(self, values: dict, *, escape: bool) -> str:
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            name, fallback = part
            value = values.get(name) or fallback
            out.append(html.escape(value, quote=True) if escape else value)
        return "".join(out)


@dataclass(frozen=True)
class CompiledMessage:
    step_id: int | None
    locale: str
    mail_type: str
    subject: SlotTemplate
    html: SlotTemplate
    text: SlotTemplate
    discount_pools: tuple = field(default=())

    @property
    def names(self) -> frozenset:
        return self.subject.names | self.html.names | self.text.names

    @cached_property
    def slot_keys(self) -> dict:
        """(name, fallback) → a short merge-data key, stable for this compiled message."""
        slots = self.subject.slots | self.html.slots | self.text.slots
        return {slot: f"m{index}" for index, slot in enumerate(sorted(slots))}

    def merge_templates(self, merge_format: str) -> tuple[str, str, str]:
        """(subject, text, html) with the provider's merge syntax (e.g. Mailgun's
        ``%recipient.m0%``) in every slot; the HTML part uses the escaped variant ``m0h``."""
        keys = self.slot_keys

        def text_slot(name, fallback):
            return merge_format.format(keys[(name, fallback)])

        def html_slot(name, fallback):
            return merge_format.format(keys[(name, fallback)] + "h")

        return (
            " ".join(self.subject.with_placeholders(text_slot).split()),
            self.text.with_placeholders(text_slot),
            self.html.with_placeholders(html_slot),
        )

    def merge_data(self, values: dict) -> dict:
        """One recipient's merge data for ``merge_templates``."""
        data = {}
        for (name, fallback), key in self.slot_keys.items():
            value = values.get(name) or fallback
            data[key] = value
            data[key + "h"] = html.escape(value, quote=True)
        return data

    def render(self, values: dict) -> tuple[str, str, str]:
        """(subject, text, html) for one recipient."""
        return (
            " ".join(self.subject.render(values, escape=False).split()),
            self.text.render(values, escape=False),
            self.html.render(values, escape=True),
        )


def _system_slots() -> dict:
    return {
        "unsubscribe_url": slot("_unsubscribe_url"),
        "preferences_url": slot("_preferences_url"),
    }


def compile_message(*, sequence: Sequence, step: SequenceStep, locale: str) -> CompiledMessage:
    message = step.message_for(locale, sequence.default_locale)
    if message is None:
        raise ValueError(f"Step {step.pk} has no message.")
    language = message["locale"]
    pools = tuple(
        child.value["pool"].pk
        for child in message["body"]
        if child.block_type == "discount_code" and child.value.get("pool")
    )
    context = {
        "brand": sequence.brand,
        "sequence": sequence,
        "message": message,
        "is_commercial": sequence.mail_type == MailType.COMMERCIAL,
        "locale": language,
        "site_url": settings.SITE_URL,
        **_system_slots(),
        **legal_links(language, absolute=True),
    }
    with voice.override(language, sequence.brand):
        body_html = render_to_string("funnel/email/body.html", context)
        context["body_html"] = body_html
        context["body_text"] = html_to_text(body_html)
        full_html = render_to_string("funnel/email/message.html", context)
        full_text = render_to_string("funnel/email/message.txt", context)
    return CompiledMessage(
        step_id=step.pk,
        locale=language,
        mail_type=sequence.mail_type,
        subject=SlotTemplate.compile(message["subject"], escaped=False),
        html=SlotTemplate.compile(full_html, escaped=True),
        text=SlotTemplate.compile(full_text, escaped=False),
        discount_pools=pools,
    )


def merge_values(*, customer, registration, brand, locale: str) -> dict:
    """The marketer-facing merge fields for one person. Empty values fall back to the
    marketer's ``default:``."""
    values = {
        "first_name": customer.first_name,
        "last_name": customer.last_name,
        "brand_name": brand.name,
        "store_url": brand.store_url,
    }
    if registration is not None:
        with translation.override(locale):
            values.update(
                product_name=product_name(product=registration.product, language=locale),
                sku=registration.sku.code if registration.sku_id else "",
                registered_on=formats.date_format(registration.created_at, "DATE_FORMAT"),
                warranty_ends_on=formats.date_format(registration.warranty_ends_on, "DATE_FORMAT"),
            )
    return values


class _TextExtractor(HTMLParser):
    """HTML to readable plain text for the text/plain part. Forty lines instead of a
    dependency: mail bodies here are our own simple templates, not arbitrary web pages."""

    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "tr", "table", "ul", "ol", "br", "hr"}
    SKIP = {"style", "script", "head", "title"}
    VOID = {"br", "img", "hr", "meta", "link", "input", "col"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str | None] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.skipping or tag in self.SKIP or "data-text-skip" in attrs:
            if tag not in self.VOID:
                self.skipping.append(tag)
            return
        if tag in self.BLOCK:
            self.out.append("\n\n" if tag != "br" else "\n")
        elif tag == "li":
            self.out.append("\n- ")
        if tag == "a":
            self.links.append(attrs.get("href"))

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "a" and self.links:
            href = self.links.pop()
            if href and not href.startswith("mailto:"):
                self.out.append(f" ({href})")
        elif tag in self.BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(source: str) -> str:
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    text = "".join(parser.out)
    lines = [line.strip() for line in text.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


SAMPLE_PERSON = {"first_name": "Alex", "last_name": "Example"}


def render_sample(*, sequence: Sequence, locale: str, customer=None, registration=None) -> list:
    """Every step of *sequence* rendered for *customer* (or a sample person), for previews and
    test sends. Links to unsubscribe point nowhere real."""
    from types import SimpleNamespace

    from registration.models import Registration

    if customer is None:
        customer = SimpleNamespace(**SAMPLE_PERSON)
    if registration is None and getattr(customer, "pk", None):
        registration = (
            Registration.objects.filter(customer_id=customer.pk)
            .select_related("product", "sku")
            .first()
        )
    rendered = []
    for step in sequence.steps.all():
        if not step.messages:
            continue
        compiled = compile_message(sequence=sequence, step=step, locale=locale)
        values = merge_values(
            customer=customer, registration=registration, brand=sequence.brand, locale=locale
        )
        if registration is None:
            values.setdefault("product_name", "Trail Headlamp 400")
            values.setdefault("sku", "NV-HL400-BLK")
        values.update(
            _unsubscribe_url=f"{settings.SITE_URL}/email/unsubscribe/preview/",
            _preferences_url=f"{settings.SITE_URL}/email/preferences/preview/",
            _manual_url=f"{settings.SITE_URL}/",
            _manual_title=values.get("product_name", ""),
        )
        for pool_id in compiled.discount_pools:
            values[f"_discount_{pool_id}"] = "WELCOME-SAMPLE"
        subject, text, body = compiled.render(values)
        rendered.append(
            {
                "step": step,
                "subject": subject,
                "text": text,
                "html": body,
                "locale": compiled.locale,
            }
        )
    return rendered
