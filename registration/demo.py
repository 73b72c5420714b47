"""Demo content: a home page and a product list per language, a translated landing page for
every demo product, the consent wording in six languages, and short codes for every demo SKU.
Idempotent: running it again adds nothing."""

import hashlib
import re

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, Site

from catalog import demo_art
from catalog.demo import demo_image
from catalog.models import SKU, Product, ProductDocument
from catalog.selectors import product_name

from . import demo_content as text
from . import demo_legal, demo_manuals
from .models import (
    CodeBatch,
    ConsentText,
    HomePage,
    LegalPage,
    ProductIndexPage,
    ProductPage,
    ShortCode,
)
from .pdf import manual as manual_pdf
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
    legal = sum(_legal_pages(home, kind) for kind in LegalPage.Kind.values)
    pages = sum(_product_pages(index, product) for product in Product.objects.all())
    texts = _consent_texts()
    manuals = sum(_manuals(product) for product in Product.objects.select_related("brand"))
    command.line(
        f"Pages: home page in {len(HEADINGS)} languages at {settings.SITE_URL}/en/, "
        f"{ProductPage.objects.count()} product pages ({pages} new)"
    )
    command.line(
        f"Legal notice and privacy notice in {len(demo_legal.LEGAL)} languages ({legal} new)"
    )
    command.line(f"Consent texts: {texts} new, {ConsentText.objects.count()} versions in all")
    command.line(
        f"Manuals: {manuals} new PDFs, "
        f"{ProductDocument.objects.filter(kind=ProductDocument.Kind.MANUAL).count()} in all "
        f"(every demo product in {len(demo_manuals.COMMON)} languages)"
    )
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


def _legal_pages(home: HomePage, kind: str) -> int:
    """The legal notice or the privacy notice under the home page, translated into every
    language as a Wagtail translation of the English page."""
    made = 0
    page = LegalPage.objects.child_of(home).filter(kind=kind).first()
    if page is None:
        title, slug, body = demo_legal.LEGAL["en"][kind]
        page = home.add_child(instance=LegalPage(title=title, slug=slug, kind=kind, body=body))
        page.save_revision().publish()
        made += 1
    for code, kinds in demo_legal.LEGAL.items():
        locale = Locale.objects.get(language_code=code)
        if code == "en" or page.get_translations().filter(locale=locale).exists():
            continue
        translated = page.copy_for_translation(locale)
        translated.title, translated.slug, translated.body = kinds[kind]
        translated.save_revision().publish()
        made += 1
    return made


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


def _banner(product: Product):
    """The wide picture at the top of a demo product's page (``demo_art``)."""
    if product.slug not in demo_art.PRODUCT_DRAWINGS:
        return None
    return demo_image(
        f"{product.name} (page)",
        f"{product.slug}-page.png",
        lambda: demo_art.product_banner_png(product.slug),
    )


def _product_pages(index: ProductIndexPage, product: Product) -> int:
    created = 0
    banner = _banner(product)
    page = ProductPage.objects.filter(product=product, locale=index.locale).first()
    if page is None:
        page = index.add_child(
            instance=ProductPage(
                product=product, slug=product.slug, hero_image=banner, **_fields(product, "en")
            )
        )
        page.save_revision().publish()
        created += 1
    for existing in ProductPage.objects.filter(product=product, hero_image__isnull=True):
        if banner is not None:  # pages seeded before the demo had pictures
            existing.hero_image = banner
            existing.save_revision().publish()
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


def _read(image) -> bytes | None:
    if image is None:
        return None
    with image.open_file() as handle:
        return handle.read()


def demo_manual(product: Product, language: str) -> manual_pdf.Manual:
    """The manual of a demo product in *language*, from ``demo_manuals``."""
    common = demo_manuals.COMMON[language]
    steps, safety = demo_manuals.PRODUCTS[product.slug][language]
    brand = product.brand
    bonus = product.registration_bonus_months
    template = common["warranty_text"]
    if not bonus:  # no extra months for registering: leave that sentence out
        joiner = "" if language.startswith("zh") else " "
        template = joiner.join(s for s in re_sentences(template) if "{bonus}" not in s)
    warranty = template.format(months=product.warranty_months, bonus=bonus)
    return manual_pdf.Manual(
        language=language,
        title=common["title"],
        product_name=product_name(product=product, language=language),
        brand_name=brand.legal_name or brand.name,
        logo=_read(brand.logo),
        picture=_read(product.image),
        page_label=common["page"],
        sections=(
            manual_pdf.Section(common["safety"], points=(*safety, *common["safety_common"]),
                               warning=True),
            manual_pdf.Section(common["use"], steps=tuple(steps)),
            manual_pdf.Section(common["care"], points=tuple(common["care_items"])),
            manual_pdf.Section(common["warranty"], paragraphs=(warranty,)),
            manual_pdf.Section(common["help"], paragraphs=(common["help_text"].format(
                email=brand.support_email, phone=brand.support_phone),)),
        ),
    )  # fmt: skip


def re_sentences(text_: str) -> list[str]:
    """Sentences of *text_* (after . or 。), their ends kept."""
    return [s for s in re.split(r"(?<=[.。])\s*", text_) if s]


#: Manual PDFs this process has rendered, by their content: ``manual_pdf.render`` is
#: byte-identical for identical input, so seeding the demo again reuses them.
_RENDERED: dict[str, bytes] = {}


def _rendered(content: manual_pdf.Manual) -> bytes:
    key = hashlib.sha256(repr(content).encode()).hexdigest()
    if key not in _RENDERED:
        _RENDERED[key] = manual_pdf.render(content)
    return _RENDERED[key]


def _manuals(product: Product) -> int:
    """A manual PDF per language for a demo product, as a catalogue document, so the manual
    code on every card and the page's manual section lead somewhere real."""
    if product.slug not in demo_manuals.PRODUCTS:
        return 0
    Document = get_document_model()
    collection = Collection.objects.filter(name="Nordvik demo").first()
    created = 0
    for language in demo_manuals.COMMON:
        kind = ProductDocument.Kind.MANUAL
        if ProductDocument.objects.filter(product=product, kind=kind, language=language).exists():
            continue
        content = demo_manual(product, language)
        pdf = _rendered(content)
        document = Document(
            title=f"{content.product_name} – {content.title} ({language})",
            collection=collection
            or Collection.get_first_root_node()
            or Collection.add_root(name="Root"),
        )
        document.file = ContentFile(pdf, name=f"{product.slug}-manual-{language}.pdf")
        document.save()
        ProductDocument.objects.create(
            product=product, kind=kind, language=language, document=document,
            title=content.title,
        )  # fmt: skip
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
