"""Demo page tree: a home page per language, set as the site root."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import HomePage

HEADINGS = {
    "en": ("Welcome to Nordvik Outdoor", "Register your product to activate your warranty."),
    "de": ("Willkommen bei Nordvik Outdoor", "Registrieren Sie Ihr Produkt, um Ihre Garantie zu aktivieren."),
    "fr": ("Bienvenue chez Nordvik Outdoor", "Enregistrez votre produit pour activer votre garantie."),
    "es": ("Bienvenido a Nordvik Outdoor", "Registre su producto para activar su garantía."),
    "it": ("Benvenuto da Nordvik Outdoor", "Registra il tuo prodotto per attivare la garanzia."),
    "zh-hans": ("欢迎来到 Nordvik Outdoor", "注册您的产品以激活保修。"),
}  # fmt: skip


def ensure_locales() -> None:
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def seed(command) -> None:
    ensure_locales()
    root = Page.get_first_root_node()
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
    if site.root_page_id != home.pk:
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
    command.line(f"Pages: home page in {len(HEADINGS)} languages at {settings.SITE_URL}/en/")
