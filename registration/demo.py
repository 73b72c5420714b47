"""Demo content: a home page and a product list per language, a translated landing page for
every demo product, the consent wording in six languages, and short codes for every demo SKU.
Idempotent: running it again adds nothing."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from catalog.models import SKU, Product

from . import demo_content as text
from .models import CodeBatch, ConsentText, HomePage, ProductIndexPage, ProductPage, ShortCode
from .services import shortcode_retire, shortcodes_issue

HEADINGS = {
    "en": ("Welcome to Nordvik Outdoor", "Register your product to activate your warranty."),
    "de": ("Willkommen bei Nordvik Outdoor", "Registrieren Sie Ihr Produkt, um Ihre Garantie zu aktivieren."),
    "fr": ("Bienvenue chez Nordvik Outdoor", "Enregistrez votre produit pour activer votre garantie."),
    "es": ("Bienvenido a Nordvik Outdoor", "Registre su producto para activar su garantía."),
    "it": ("Benvenuti da Nordvik Outdoor", "Registri il suo prodotto per attivare la garanzia."),
    "zh-hans": ("欢迎来到 Nordvik Outdoor", "注册您的产品以激活保修。"),
}  # fmt: skip

DEMO_BATCH = "Demo cards"


def ensure_locales() -> None:
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def seed(command) -> None:
    ensure_locales()
    home = _home_pages()
    index = _product_indexes(home)
    pages = sum(_product_pages(index, product) for product in Product.objects.all())
    texts = _consent_texts()
    command.line(
        f"Pages: home page in {len(HEADINGS)} languages at {settings.SITE_URL}/en/, "
        f"{ProductPage.objects.count()} product pages ({pages} new)"
    )
    command.line(f"Consent texts: {texts} new, {ConsentText.objects.count()} versions in all")
    _codes(command)


def _home_pages() -> HomePage:
    root = Page.get_first_root_node()
    if root is None:  # a flushed database has lost the tree root Wagtail's migrations made
        root = Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="en"))
        )
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        for child in root.get_children():
            if type(child.specific) is Page and not child.get_children().exists():
                child.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
        heading, intro = HEADINGS["en"]
        home = root.add_child(
            instance=HomePage(
                title="Nordvik Outdoor",
                slug="home",
                heading=heading,
                intro=f"<p>{intro}</p>",
                locale=english,
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk or site.site_name != "Nordvik Outdoor":
        site.root_page = home
        site.site_name = "Nordvik Outdoor"
        site.save()
    for code, (heading, intro) in HEADINGS.items():
        if code == "en":
            continue
        locale = Locale.objects.get(language_code=code)
        if home.get_translations().filter(locale=locale).exists():
            continue
        translated = home.copy_for_translation(locale)
        translated.heading = heading
        translated.intro = f"<p>{intro}</p>"
        translated.save_revision().publish()
    return home


def _product_indexes(home: HomePage) -> ProductIndexPage:
    index = ProductIndexPage.objects.child_of(home).first()
    if index is None:
        title, slug, intro = text.INDEX_TITLES["en"]
        index = home.add_child(
            instance=ProductIndexPage(title=title, slug=slug, intro=f"<p>{intro}</p>")
        )
        index.save_revision().publish()
    for code, (title, slug, intro) in text.INDEX_TITLES.items():
        locale = Locale.objects.get(language_code=code)
        if code == "en" or index.get_translations().filter(locale=locale).exists():
            continue
        translated = index.copy_for_translation(locale)
        translated.title, translated.slug, translated.intro = title, slug, f"<p>{intro}</p>"
        translated.save_revision().publish()
    return index


def _fields(product: Product, language: str) -> dict:
    headline, hero = text.PRODUCTS.get(product.slug, {}).get(language) or (
        product.name,
        product.summary,
    )
    bonus = ""
    if product.registration_bonus_months:
        bonus = text.BONUS[language].format(bonus=product.registration_bonus_months)
    care = [
        (kind, {"title": title, "text": body} if kind == "tip" else {"level": title, "text": body})
        for kind, title, body in text.CARE[language]
    ]
    return {
        "title": headline,
        "hero_heading": headline,
        "hero_text": hero,
        "care": care,
        "faq": [("question", {"question": q, "answer": a}) for q, a in text.FAQ[language]],
        "warranty_terms": text.WARRANTY[language].format(
            months=product.total_warranty_months, bonus=bonus
        ),
        "support_text": text.SUPPORT[language],
    }


def _product_pages(index: ProductIndexPage, product: Product) -> int:
    created = 0
    page = ProductPage.objects.filter(product=product, locale=index.locale).first()
    if page is None:
        page = index.add_child(
            instance=ProductPage(product=product, slug=product.slug, **_fields(product, "en"))
        )
        page.save_revision().publish()
        created += 1
    for code in text.INDEX_TITLES:
        locale = Locale.objects.get(language_code=code)
        if code == "en" or page.get_translations().filter(locale=locale).exists():
            continue
        translated = page.copy_for_translation(locale)
        for field, value in _fields(product, code).items():
            setattr(translated, field, value)
        translated.save_revision().publish()
        created += 1
    return created


def _consent_texts() -> int:
    created = 0
    for purpose, wordings in text.CONSENT_TEXTS.items():
        for language, wording in wordings.items():
            if not ConsentText.objects.filter(purpose=purpose, locale=language).exists():
                ConsentText.objects.create(
                    purpose=purpose, locale=language, text=wording, created_by="seed_demo"
                )
                created += 1
    return created


def _codes(command) -> None:
    batch = CodeBatch.objects.filter(label=DEMO_BATCH).first()
    if batch is None:
        batch = CodeBatch.objects.create(label=DEMO_BATCH)
        for sku in SKU.objects.select_related("product").order_by("code"):
            shortcodes_issue(sku=sku, batch=batch)
        headlamp = SKU.objects.filter(code="NV-HL400-BLK").first()
        if headlamp is not None:
            shortcodes_issue(sku=headlamp, batch=batch, locale="de")
            shortcodes_issue(sku=headlamp, batch=batch, target=ShortCode.Target.MANUAL)
            serialized = CodeBatch.objects.create(
                label="Demo cards (one per unit)", serialized=True
            )
            shortcodes_issue(
                sku=headlamp,
                batch=serialized,
                count=3,
                serials=["HL4-204518", "HL4-204519", "HL4-204520"],
            )
            (old,) = shortcodes_issue(sku=headlamp, batch=batch)
            shortcode_retire(
                code=old, actor=None, reason="Demo content: shows a retired code's page."
            )
    codes = ShortCode.objects.filter(batch__label__startswith=DEMO_BATCH).select_related("sku")
    command.line(f"Short codes: {codes.count()} demo codes; open one on a phone:")
    live = [c for c in codes.order_by("id") if not c.retired_at]
    picks = [
        next(
            (c for c in live if c.sku.code == "NV-HL400-BLK" and not c.locale and not c.serial),
            None,
        ),
        next((c for c in live if c.locale == "de"), None),
        next((c for c in live if c.serial), None),
        next((c for c in live if c.target == ShortCode.Target.MANUAL), None),
        next((c for c in live if c.sku.code == "NV-BTL750-STL"), None),
    ]
    shown = [c for c in picks if c is not None]
    for code in shown:
        detail = ", German insert" if code.locale == "de" else ""
        detail += f", serial {code.serial}" if code.serial else ""
        detail += ", leads to the manual" if code.target == ShortCode.Target.MANUAL else ""
        command.line(f"  {code.url}  ({code.sku.code}{detail})")
