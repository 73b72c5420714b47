"""Every string of the funnel is translated into the five other languages, with the same
placeholders, and the compiled catalogues are up to date."""

import json
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "funnel" / "locale"
LANGUAGES = ["de", "fr", "es", "it", "zh_Hans"]


def entries(path: Path):
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields, current = {}, None
        for line in block.splitlines():
            if line.startswith(("msgid", "msgstr")):
                current, value = line.split(" ", 1)
                fields[current] = json.loads(value)
            elif line.startswith('"') and current:
                fields[current] += json.loads(line)
            elif line.startswith("#,") and "fuzzy" in line:
                fields["fuzzy"] = True
        if fields.get("msgid"):
            yield fields


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_funnel_string_is_translated_with_its_placeholders(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    found = list(entries(po))
    assert len(found) > 200
    for entry in found:
        assert not entry.get("fuzzy"), entry["msgid"]
        translations = [v for k, v in entry.items() if k.startswith("msgstr")]
        assert translations and all(translations), f"untranslated: {entry['msgid']!r}"
        wanted = set(re.findall(r"%\(\w+\)s", entry["msgid"]))
        for text in translations:
            assert set(re.findall(r"%\(\w+\)s", text)) == wanted, entry["msgid"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language):
    import gettext

    folder = LOCALE / language / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in entries(folder / "django.po"):
        if "msgid_plural" in entry:
            assert compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1) == entry["msgstr[0]"]
        else:
            assert compiled.gettext(entry["msgid"]) == entry["msgstr"], entry["msgid"]
