"""Builders for insert tests: a brand with SKUs, profiles and published designs."""

from __future__ import annotations

import io

from PIL import Image as PILImage
from wagtail.models import Locale

from catalog.models import SKU, Brand, Product
from inserts.models import InsertDesign, PrintProfile


def brand_with_skus(count: int = 2) -> tuple[Brand, list[SKU]]:
    brand, _ = Brand.objects.get_or_create(
        slug="nordvik",
        defaults={
            "name": "Nordvik Outdoor",
            "support_email": "care@nordvik.example",
            "support_phone": "+49 40 1234567",
        },
    )
    product, _ = Product.objects.get_or_create(
        slug="trail-headlamp-400", defaults={"brand": brand, "name": "Trail Headlamp 400"}
    )
    skus = [
        SKU.objects.get_or_create(code=f"NV-HL400-{i:02d}", defaults={"product": product})[0]
        for i in range(count)
    ]
    return brand, skus


def profile(slug: str = "a6-double", **values) -> PrintProfile:
    defaults = {"name": slug, "trim_size": "a6", "sides": "double", "imposition": "one_up"}
    defaults.update(values)
    return PrintProfile.objects.get_or_create(slug=slug, defaults=defaults)[0]


def front(
    paragraph: str = "Register your headlamp in two minutes and we add 12 months to your warranty.",
    **qr,
):
    return [
        ("heading", {"text": "Thank you for choosing Nordvik", "size": "large", "align": "left"}),
        ("paragraph", {"text": f"<p>{paragraph}</p>", "align": "left"}),
        ("qr_code", {"purpose": "register", "caption": "Scan to register", "size_mm": 22,
                     "show_code": True, **qr}),
        ("small_print", {"text": "Nordvik Outdoor GmbH · Hamburg", "align": "left"}),
    ]  # fmt: skip


def back(**qr):
    return [
        ("steps", {"kind": "safety", "title": "Safety", "steps": ["Do not look into the beam."]}),
        ("qr_code", {"purpose": "manual", "caption": "The manual", "size_mm": 22,
                     "show_code": False, **qr}),
        ("support_contact", {"title": "Need help?", "email": "care@nordvik.example",
                             "phone": "+49 40 1234567", "hours": ""}),
    ]  # fmt: skip


def locale(code: str = "en") -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def design(
    *,
    slug: str = "thank-you",
    channel: str = "marketplace",
    language: str = "en",
    publish: bool = True,
    with_back: bool = True,
    background: str = "3,0,8,0",
    **fields,
) -> InsertDesign:
    brand, _ = brand_with_skus()
    values = {
        "name": f"Thank-you card {slug}",
        "slug": slug,
        "channel": channel,
        "brand": brand,
        "locale": locale(language),
        "front": front(),
        "back": back() if with_back else [],
        "background_cmyk": background,
        "profile": profile(),
    }
    values.update(fields)
    item = InsertDesign(live=False, **values)  # a new design is a draft until published
    item.save()
    revision = item.save_revision()
    if publish:
        revision.publish()
        item.refresh_from_db()
    return item


def force_live(item: InsertDesign, **changes) -> InsertDesign:
    """Put content straight into a live revision, bypassing the publish gate: what a buggy
    import or a hand-edited database would do. Printing must still refuse it."""
    for key, value in changes.items():
        setattr(item, key, value)
    item.save()
    revision = item.save_revision()
    InsertDesign.objects.filter(pk=item.pk).update(live=True, live_revision=revision)
    item.refresh_from_db()
    return item


def rgb_png(size=(120, 60), colour=(220, 40, 30, 255)) -> bytes:
    image = PILImage.new("RGBA", size, colour)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
