"""Demo catalogue: one outdoor-gear brand with six products, its logo, a picture of each product
(drawn in code, ``demo_art``) and the names in the six languages."""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection

from . import demo_art
from .demo_translations import SKU_LABELS, TRANSLATIONS
from .models import SKU, Brand, MarketplaceIdentifier, Product, ProductTranslation, SKUTranslation

BRAND = {
    "slug": "nordvik",
    "name": "Nordvik Outdoor",
    "legal_name": "Nordvik Outdoor GmbH",
    # The country is printed from ``country``, in the reader's language.
    "postal_address": "Nordvik Outdoor GmbH\nHafenstraße 12\n20457 Hamburg",
    "country": "DE",
    "support_email": "care@nordvik.example",
    "support_phone": "+49 40 1234567",
    "store_url": "https://shop.nordvik.example",
}

# (slug, name, warranty months, bonus months, serial pattern, serial example, summary, SKUs)
# SKUs: (code, label, gtin, asin, shopify variant id)
PRODUCTS = [
    ("trail-headlamp-400", "Trail Headlamp 400", 24, 12, r"HL4-[0-9]{6}", "HL4-204518",
     "Rechargeable 400-lumen headlamp with red light and lock mode.",
     [("NV-HL400-BLK", "Black", "4006381333931", "B0D1HL4BLK", "44810000001"),
      ("NV-HL400-ORG", "Orange", "", "B0D1HL4ORG", "44810000002")]),
    ("insulated-bottle-750", "Insulated Bottle 750 ml", 60, 0, "", "",
     "Double-walled steel bottle; 24 h cold, 12 h hot.",
     [("NV-BTL750-STL", "Steel", "", "B0D1BTLSTL", "44810000011"),
      ("NV-BTL750-SAGE", "Sage", "", "B0D1BTLSGE", "44810000012")]),
    ("compact-camp-stove", "Compact Camp Stove", 24, 12, r"CS1-[0-9]{6}", "CS1-000731",
     "Folding gas stove with piezo ignition and wind shield.",
     [("NV-STOVE-C1", "", "", "B0D1STOVE1", "44810000021")]),
    ("ultralight-trekking-poles", "Ultralight Trekking Poles", 36, 0, "", "",
     "Carbon poles, 245 g a pair, with flick-lock adjustment.",
     [("NV-POLE-UL", "Pair", "", "B0D1POLEUL", "44810000031")]),
    ("down-sleeping-bag-m5", "Down Sleeping Bag −5 °C", 24, 12, "", "",
     "Responsibly sourced down, comfort limit −5 °C.",
     [("NV-BAG-M5-R", "Right zip", "", "B0D1BAGM5R", "44810000041"),
      ("NV-BAG-M5-L", "Left zip", "", "B0D1BAGM5L", "44810000042")]),
    ("water-filter-pro", "Water Filter Pro", 12, 12, r"WF-[A-Z]{2}[0-9]{5}", "WF-KX10492",
     "Hollow-fibre filter for 1,500 litres, with backflush syringe.",
     [("NV-FILTER-PRO", "", "", "B0D1FILTPR", "44810000051")]),
]  # fmt: skip

MARKETPLACES = ("amazon.de", "amazon.fr", "amazon.co.uk")


COLLECTION = "Nordvik demo"


def _collection() -> Collection:
    existing = Collection.objects.filter(name=COLLECTION).first()
    if existing is not None:
        return existing
    root = Collection.get_first_root_node()
    if root is None:  # a flushed database has lost the root Wagtail's migrations made
        root = Collection.add_root(name="Root")
    return root.add_child(name=COLLECTION)


def demo_image(title: str, filename: str, draw) -> object:
    """The demo picture called *title*, drawn by *draw()* (PNG bytes) the first time."""
    Image = get_image_model()
    image = Image.objects.filter(title=title, collection__name=COLLECTION).first()
    if image is None:
        image = Image(title=title, collection=_collection())
        image.file = ImageFile(io.BytesIO(draw()), name=filename)
        image.save()
    return image


def seed(command) -> None:
    brand, _ = Brand.objects.update_or_create(slug=BRAND["slug"], defaults=BRAND)
    if brand.logo_id is None:
        brand.logo = demo_image("Nordvik Outdoor logo", "nordvik-logo.png", demo_art.logo_png)
        brand.save(update_fields=["logo"])
    for slug, name, months, bonus, pattern, example, summary, skus in PRODUCTS:
        product, _ = Product.objects.update_or_create(
            slug=slug,
            defaults={
                "brand": brand,
                "name": name,
                "summary": summary,
                "warranty_months": months,
                "registration_bonus_months": bonus,
                "has_serials": bool(pattern),
                "serial_pattern": pattern,
                "serial_example": example,
            },
        )
        if product.image_id is None:
            product.image = demo_image(
                name, f"{slug}.png", lambda slug=slug: demo_art.product_png(slug)
            )
            product.save(update_fields=["image"])
        for language, (translated, translated_summary) in TRANSLATIONS.get(slug, {}).items():
            ProductTranslation.objects.get_or_create(
                product=product,
                language=language,
                defaults={"name": translated, "summary": translated_summary},
            )
        for code, label, gtin, asin, variant in skus:
            sku, _ = SKU.objects.update_or_create(
                code=code, defaults={"product": product, "label": label, "gtin": gtin}
            )
            for language, translated_label in SKU_LABELS.get(label, {}).items():
                SKUTranslation.objects.get_or_create(
                    sku=sku, language=language, defaults={"label": translated_label}
                )
            for marketplace in MARKETPLACES:
                MarketplaceIdentifier.objects.get_or_create(
                    sku=sku, kind="asin", marketplace=marketplace, value=asin
                )
            MarketplaceIdentifier.objects.get_or_create(
                sku=sku, kind="shopify_variant", marketplace="", value=variant
            )
    command.line(
        f"Catalog: {brand.name}, {brand.products.count()} products with pictures and names in "
        f"{1 + len(next(iter(TRANSLATIONS.values())))} languages, "
        f"{SKU.objects.filter(product__brand=brand).count()} SKUs"
    )
