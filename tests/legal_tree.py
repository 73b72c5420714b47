"""A legal notice and a privacy notice in English and German under the default site's home page,
for the tests of the footers that link to them."""

from wagtail.models import Locale, Page, Site

from registration.models import HomePage, LegalPage

SLUGS = {
    ("en", "imprint"): "legal-notice",
    ("en", "privacy"): "privacy",
    ("de", "imprint"): "impressum",
    ("de", "privacy"): "datenschutz",
}


def legal_pages() -> dict[tuple[str, str], LegalPage]:
    en, _ = Locale.objects.get_or_create(language_code="en")
    de, _ = Locale.objects.get_or_create(language_code="de")
    home = HomePage.objects.filter(locale=en).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="R", slug="root"))
        home = root.add_child(instance=HomePage(title="Home", slug="home-legal", locale=en))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home, "port": 80}
        )
    if not home.get_translations().filter(locale=de).exists():
        home.copy_for_translation(de).save_revision().publish()
    made = {}
    for kind in ("imprint", "privacy"):
        page = home.add_child(
            instance=LegalPage(
                title=kind, slug=SLUGS["en", kind], kind=kind, body="<p>Nordvik Outdoor GmbH</p>"
            )
        )
        page.save_revision().publish()
        german = page.copy_for_translation(de)
        german.slug = SLUGS["de", kind]
        german.save_revision().publish()
        made["en", kind] = page
        made["de", kind] = LegalPage.objects.get(pk=german.pk)
    return made
