"""One register per language, everywhere a customer reads (``decisions/0011``).

The formal catalogues (``locale/de``, ``funnel/locale/fr``, …) and the shipped demo texts
address the reader formally — Sie, vous, usted, Lei, 您 — and the informal catalogues
(``…/de_Informal``) informally; a text of the other register in either fails, as does a
customer-facing string that addresses the reader formally without an informal variant (a brand
that switches a language to informal would otherwise read a mix). The forms of each register
are found by word lists: pronouns and possessives, the second-person verbs and the imperatives
our texts use. Quoted passages (a button's name, Amazon's "Your orders") are left out, and so
are the few strings that talk about the registers themselves.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [ROOT / "locale", ROOT / "funnel" / "locale", ROOT / "helpdesk" / "locale"]
LANGUAGES = {"de": "de", "fr": "fr", "es": "es", "it": "it", "zh_Hans": "zh-hans"}

# Sentence starts: the beginning of the text, or after a full stop, colon or line break.
_START = r"(?:^|(?<=[.!?:;–]\s)|(?<=\n))"


def _imperatives(words: str) -> str:
    return _START + r"(?:" + words + r")\b"


INFORMAL = {
    "de": re.compile(
        r"\b(?:du|dich|dir|dein(?:e[mnrs]?)?)\b|\b[Bb]itte (?:gib|nutze|antworte|wähle|prüfe|öffne"
        r"|bestätige|warte|sende|kreuze|bewahre|sieh|geh|versuche)\b|"
        + _imperatives(
            r"Gib|Nutze|Antworte|Wähle|Prüfe|Öffne|Schreib|Lies|Sieh|Bestätige|Warte"
            r"|Frag|Kreuze|Bewahre|Geh|Lade|Nenn|Beschreib|Häng|Finde"
        )
    ),
    "fr": re.compile(
        r"(?i:\b(?:tu|toi|ton|ta|tes|te)\b|\bt’|\bt')|"
        # Only forms that are not also a third person ("Vérifie" may describe what a task does).
        + _imperatives(
            r"Choisis|Saisis|Réessaie|Coche|Écris|Réponds|Patiente|Reviens|Fais|Joins"
            r"|Dis"
        )
    ),
    "es": re.compile(
        r"(?i:\b(?:tú|te|ti|tu|tus|contigo|puedes|tienes|quieres|recibes|has|estás|eres|debes"
        r"|necesitas|recibirás|encontrarás|prefieres|deseas|confirmas|registraste"
        r"|compraste|pediste|hiciste|diste)\b)|"
        # A tú imperative is also a third person ("Comprueba los diseños"), except these.
        + _imperatives(
            r"Elige|Añade|Haz|Inténtalo|Cuéntanos|Escríbenos|Llámanos|Tómate"
            r"|Límpialo|Guárdalo|Mantenlo|Ábrelo|Revísalos|Búscalo|Indícanos"
        )
    ),
    "it": re.compile(
        r"(?i:\b(?:tu|tuo|tua|tuoi|tue|ti|te|hai|puoi|sei|vuoi|devi|ricevi|preferisci"
        r"|usi\b(?=,)|inviartelo|inviarti|scrivici|chiamaci|indicaci|dicci|chiedici|mandami"
        r"|inviami)\b)|"
        # Not the forms that are also nouns ("Verifica", "Prova", "Conferma", "Revoca").
        + _imperatives(
            r"Inserisci|Scegli|Indica|Controlla|Scrivi|Apri|Rispondi|Attendi|Conserva"
            r"|Riprova|Scansiona|Lascia|Compila|Seleziona|Aggiungi|Usa|Digita"
            r"|Spunta|Torna|Invia|Contatta|Chiedi|Allega|Leggi|Registra|Prenditi"
            r"|Ricaricalo|Trova|Vedi|Scarica|Cancella|Vai"
        )
    ),
    "zh_Hans": re.compile(r"你"),
}

FORMAL = {
    "de": re.compile(r"\b(?:Ihnen|Ihr|Ihre[mnrs]?)\b|(?<=[a-zäöüß,] )Sie\b"),
    "fr": re.compile(r"(?i:\b(?:vous|votre|vos)\b)"),
    "es": re.compile(
        r"(?i:\busted(?:es)?\b)|"
        + _imperatives(
            r"Introduzca|Elija|Escriba|Compruebe|Confirme|Añada|Utilice|Indique|Abra"
            r"|Responda|Vuelva|Espere|Envíe|Revise|Pulse|Haga|Guarde|Consulte|Conserve"
            r"|Inténtelo|Escanee|Deje|Rellene|Seleccione|Marque|Busque|Cuéntenos"
            r"|Escríbanos|Llámenos|Descargue|Adjunte|Registre"
        )
    ),
    "it": re.compile(
        r"\bLei\b|"
        + _imperatives(
            r"Inserisca|Scelga|Indichi|Controlli|Scriva|Apra|Risponda|Attenda|Conservi"
            r"|Riprovi|Scansioni|Lasci|Compili|Selezioni|Aggiunga|Verifichi|Usi|Digiti"
            r"|Spunti|Torni|Invii|Contatti|Chieda|Provi|Alleghi|Confermi|Veda|Scarichi"
            r"|Revochi|Faccia|Registri|Trovi|Ci dica|Ci scriva|Ci chiami|Ci indichi"
        )
    ),
    "zh_Hans": re.compile(r"您"),
}

#: Texts quoted inside a text (a button's label, a page of Amazon's) are not its own voice.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“]*“|\"[^\"]*\"|<[^>]+>|\{[^}]*\}|%\(\w+\)s")

#: Strings about the registers themselves (the brand setting names both).
ABOUT_REGISTERS = {
    "informal address",
    "Languages in which the site, the mails and the support speak to customers informally (du, "
    "tu, tú, tu, 你). Unticked languages stay formal (Sie, vous, usted, Lei, 您).",
}

#: Where a string a customer reads comes from (everything else is a staff screen).
CUSTOMER_FACING = re.compile(
    r"^(registration/templates/registration/|registration/forms\.py|registration/views/"
    r"|registration/pdf/certificate\.py|templates/(?!account_locked)|funnel/templates/funnel/"
    r"(?!admin/)|funnel/views\.py|helpdesk/templates/helpdesk/claim|helpdesk/views/claims\.py)"
)
#: What the helpdesk's send gate adds to a reply (the rest of that module speaks to agents).
CUSTOMER_MSGIDS = {"Re: your message", "Re: order %(order)s", "Amazon order: %(order)s"}


def entries(path: Path):
    """``(msgid, [texts], [locations])`` of every live entry of a .po file (the format the
    funnel's translation test reads, plus locations)."""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict = {}
        current = None
        where: list[str] = []
        for line in block.splitlines():
            if line.startswith("#:"):
                where += line[2:].split()
            elif line.startswith("#~"):
                fields = {}
                break
            elif line.startswith(("msgid", "msgstr", "msgctxt")):
                current, value = line.split(" ", 1)
                fields[current] = json.loads(value)
            elif line.startswith('"') and current:
                fields[current] += json.loads(line)
        if fields.get("msgid"):
            texts = [v for k, v in fields.items() if k.startswith("msgstr") and v]
            yield fields["msgid"], texts, where


def voice(text: str) -> str:
    """The part of *text* written in its own voice (quotes and markup taken out)."""
    return _QUOTED.sub(" ", text)


def catalogue(language: str, *, informal: bool = False) -> list[Path]:
    folder = f"{language}_Informal" if informal else language
    return [c / folder / "LC_MESSAGES" / "django.po" for c in CATALOGUES]


def mixed(texts, pattern) -> list[str]:
    return [t for t in texts if pattern.search(voice(t))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_formal_catalogues_never_address_the_reader_informally(language):
    found = []
    for path in catalogue(language):
        for msgid, texts, _where in entries(path):
            if msgid not in ABOUT_REGISTERS:
                found += [
                    f"{path.relative_to(ROOT)}: {t!r}" for t in mixed(texts, INFORMAL[language])
                ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_informal_catalogues_never_address_the_reader_formally(language):
    found, count = [], 0
    for path in catalogue(language, informal=True):
        for _msgid, texts, _where in entries(path):
            count += 1
            found += [f"{path.relative_to(ROOT)}: {t!r}" for t in mixed(texts, FORMAL[language])]
    assert count > 50  # the variants exist
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_customer_string_that_addresses_the_reader_has_an_informal_variant(language):
    """Otherwise a brand that speaks informally would show this one string formally."""
    informal = {
        msgid for path in catalogue(language, informal=True) for msgid, _t, _w in entries(path)
    }
    missing = []
    for path in catalogue(language):
        for msgid, texts, where in entries(path):
            customer = msgid in CUSTOMER_MSGIDS or any(CUSTOMER_FACING.match(w) for w in where)
            if not customer or msgid in informal:
                continue
            if mixed(texts, FORMAL[language]):
                missing.append(f"{path.relative_to(ROOT)}: {msgid!r}")
    assert not missing, "\n".join(missing)


#: Shipped demo content a customer reads (mails, pages, cards, support macros and signatures),
#: as module-level dictionaries with language keys.
DEMO_MODULES = [
    "funnel.demo", "registration.demo", "registration.demo_content", "inserts.demo",
    "helpdesk.demo",
]  # fmt: skip


def demo_texts(language: str) -> list[str]:
    key = LANGUAGES[language]
    texts: list[str] = []

    def strings(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                strings(item)
        elif isinstance(value, list | tuple):
            for item in value:
                strings(item)

    def walk(value):
        if isinstance(value, dict):
            for name, item in value.items():
                if name == key:
                    strings(item)
                else:
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for module in DEMO_MODULES:
        for name, value in vars(importlib.import_module(module)).items():
            if name.isupper():
                walk(value)
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_texts_customers_read_are_formal(language):
    texts = demo_texts(language)
    assert texts, "no demo text found for this language"
    assert not mixed(texts, INFORMAL[language]), mixed(texts, INFORMAL[language])
