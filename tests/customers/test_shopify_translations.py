"""The Shopify connection's admin texts, the own-store orders card and the store-made codes are
translated into the five other languages, with the same placeholders, and the compiled catalogues are up to date."""

import gettext
import re
from pathlib import Path

import pytest

from tests.funnel.test_translations import entries

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["de", "fr", "es", "it", "zh_Hans"]
SOURCES = {
    "customers": [
        "customers/shopify_admin.py",
        "customers/shopify_sync.py",
        "customers/shopify_bulk.py",
        "customers/shopify_consent.py",
        "customers/shopify_actions.py",
        "customers/forms.py",
        "customers/admin_views.py",
        "customers/models/shopify.py",
        "customers/templates/customers/admin/shopify_connection.html",
        "customers/templates/customers/admin/_shopify_settings_help.html",
    ],
    "helpdesk": [
        "helpdesk/templates/helpdesk/_store_orders.html",
        "helpdesk/services/store_actions.py",
        "helpdesk/views/store_actions.py",
        "helpdesk/models/store_actions.py",
    ],
    "funnel": ["funnel/store_codes.py", "funnel/models/codes.py"],
}
# The customer-360 panel's order line: only what this work added to it.
EXTRA = {"helpdesk": ["delivered %(when)s", "refunded %(amount)s %(currency)s"]}


def texts_in(path: Path) -> set[str]:
    source = path.read_text(encoding="utf-8")
    found = set()
    for match in re.finditer(r'\b_\(\s*((?:"[^"]*"\s*)+)\)', source):
        found.add("".join(re.findall(r'"([^"]*)"', match.group(1))))
    found |= set(re.findall(r'{% translate "([^"]+)" %}', source))
    for body in re.findall(r"{% blocktranslate[^%]*%}(.*?){% endblocktranslate %}", source, re.S):
        found.add(re.sub(r"{{ (\w+) }}", r"%(\1)s", body))
    return found


@pytest.mark.parametrize("app", ["customers", "helpdesk", "funnel"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shopify_text_is_translated_with_its_placeholders(app, language):
    wanted = set(EXTRA.get(app, []))
    for name in SOURCES[app]:
        wanted |= texts_in(ROOT / name)
    assert len(wanted) > 10
    folder = ROOT / app / "locale" / language / "LC_MESSAGES"
    catalogue = {entry["msgid"]: entry for entry in entries(folder / "django.po")}
    with (folder / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for text in sorted(wanted):
        entry = catalogue.get(text)
        assert entry is not None, f"not in the {app} catalogue: {text!r}"
        assert entry["msgstr"] and not entry.get("fuzzy"), text
        placeholders = set(re.findall(r"%\(\w+\)s", text))
        assert set(re.findall(r"%\(\w+\)s", entry["msgstr"])) == placeholders, text
        assert compiled.gettext(text) == entry["msgstr"], f"recompile: {text!r}"
