"""Every catalogue — the project's (``locale/``: catalog, customers, registration, inserts, core,
config and the shared templates) and the funnel's and helpdesk's — is complete in de, fr, es, it
and zh-hans: no untranslated or fuzzy entry, the same placeholders as the source, every plural
form filled, and the compiled ``.mo`` files match their sources (``scripts/messages`` builds
them). Informal variants (``…_Informal``) hold translated entries only and are compiled too."""

import gettext
import re
from pathlib import Path

import pytest

from .test_register import CATALOGUES, LANGUAGES, ROOT

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def blocks(path: Path):
    """Every live entry as a dict of its fields (``msgid``, ``msgstr[0]``, ``fuzzy``, …)."""
    import json

    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict = {}
        current = None
        for line in block.splitlines():
            if line.startswith("#~"):
                fields = {}
                break
            if line.startswith("#,") and "fuzzy" in line:
                fields["fuzzy"] = True
            elif line.startswith(("msgid", "msgstr", "msgctxt")):
                current, value = line.split(" ", 1)
                fields[current] = json.loads(value)
            elif line.startswith('"') and current:
                fields[current] += json.loads(line)
        if fields.get("msgid"):
            yield fields


def all_catalogues(*, informal=False):
    suffix = "_Informal" if informal else ""
    return [
        pytest.param(
            c / f"{lang}{suffix}" / "LC_MESSAGES" / "django.po",
            id=f"{c.relative_to(ROOT)}/{lang}{suffix}",
        )
        for c in CATALOGUES
        for lang in LANGUAGES
    ]


@pytest.mark.parametrize("path", all_catalogues())
def test_every_string_is_translated_with_its_placeholders(path):
    found = list(blocks(path))
    assert len(found) > 100
    problems = []
    for entry in found:
        texts = [v for k, v in entry.items() if k.startswith("msgstr")]
        source = entry["msgid"] + entry.get("msgid_plural", "")
        if entry.get("fuzzy"):
            problems.append(f"fuzzy: {entry['msgid']!r}")
        elif not texts or not all(texts):
            problems.append(f"untranslated: {entry['msgid']!r}")
        wanted = set(PLACEHOLDER.findall(source))
        for text in texts:
            # A plural form may leave the count out ("一个" for one), never add one.
            have = set(PLACEHOLDER.findall(text))
            if have - wanted or (not entry.get("msgid_plural") and have != wanted):
                problems.append(f"placeholders: {entry['msgid']!r} → {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", all_catalogues() + all_catalogues(informal=True))
def test_the_compiled_catalogue_matches_its_source(path):
    with (path.parent / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in blocks(path):
        key = entry["msgid"]
        if "msgctxt" in entry:
            key = f"{entry['msgctxt']}\x04{key}"
        if "msgid_plural" in entry:
            assert compiled.ngettext(key, entry["msgid_plural"], 1) == entry["msgstr[0]"], key
        elif entry.get("msgstr"):
            assert compiled.gettext(key) == entry["msgstr"], key
