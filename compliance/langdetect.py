"""A small language detector: script counts, then stopword counts for Latin-script text.

Good enough to pick the language of an explanation and of the ambiguity tables for spelled-out
domains; the rule tables of every language run on every text anyway, so a wrong guess never
hides a finding. Returns ``None`` when the evidence is too thin (a code, a URL, one word).
"""

from __future__ import annotations

import re

#: Function words and the everyday words of support messages and inserts. A word in several
#: lists counts for each, split between them, so shared words ("con", "un") weigh little.
_WORDS: dict[str, str] = {
    "en": (
        "about all also an and any are as at be been by can did do does for from get has have "
        "hello here hi i if into is it item just kind me more my need new not of on only or order "
        "our out please regards sorry thank thanks that the them there they this to up us was we "
        "what when which will with would you your in a"
    ),
    "de": (
        "alle als auch auf aus bei bitte dank danke dann das dem den der des die diese dieser ein "
        "eine einen einfach es freundlichen für gerne grüßen guten haben hallo hat ich ihnen ihr "
        "ihre ihrem ihren ihrer im ist jetzt kann können mehr mit nach nicht noch nur oder schon "
        "sehr sich sie sind tag und uns unser unsere unter vielen vom von was wenn werden wie wir "
        "wird wurde zu zum zur über in"
    ),
    "fr": (
        "au aussi aux avec avez avons bonjour c ce ces cette chez cordialement d dans des du déjà "
        "elle est et ici il j l la le les leur mais merci n ne nos notre nous ou par pas plus pour "
        "pouvez qu que qui sa sans sera ses si son sont sur tous tout toute très un une vos votre "
        "vous à été être "
        # added for short texts
        "je ils on mes lui leurs mon comme donc alors encore après avant chaque autre même bien "
        "fait peut aujourd hui demain bientôt beaucoup bonne journée équipe nouveau nouvelle "
        "deux ans désolé désolés veuillez colis commande de en"
    ),
    "es": (
        "al aquí como con cuando del desde el en es esta este estos está están gracias ha hasta "
        "hemos hola las le lo los mi muchas muy más no nos nosotros nuestra nuestro para pero "
        "podemos por porque puedes que se si sido sin sobre su sus también te todo todos tu tus "
        "un una usted y ya "
        # added for short texts
        "hay hoy mañana nuestros nuestras ustedes donde ahora todavía después antes entre algo "
        "nada cada otro otra mismo así tiene tienes puede pueden eso esto esa ese estas unos unas "
        "nuevo nueva dos años días saludo saludos equipo perdona perdón disculpa pedido envío la de a"
    ),
    "it": (
        "abbiamo al all alla anche buongiorno che ci ciao come con dal dall dalla degli dei del "
        "dell della delle di e già gli grazie ha ho il l lasciaci le lo molto nel nell nella non "
        "nostra nostre nostri nostro ogni ordine per più prodotto puoi può questa questo qui "
        "ricevi scopri seguici sempre si siamo solo sono sotto su sua sul sull sulla suo ti trova "
        "trovi tua tuo tutti tutto un una è "
        # added for short texts: Italian is easily read as Spanish or French
        "se sei mi io lei noi voi loro ecco quando dove perché però prego gentile cordiali saluti "
        "subito ancora dopo prima stato stata essere fare oppure ai agli alle allo dello nei negli "
        "dai dagli sugli vostro vostra questi queste quello quella entro tra fra uno sia sarà hai "
        "hanno va domani oggi giorni buona buon nuovo nuova pure niente nessun nessuno quale "
        "quali d ed cosa scusi scusa mille favore pacco reso rimborso garanzia la in a"
    ),
}

_STOPWORDS: dict[str, frozenset[str]] = {lang: frozenset(w.split()) for lang, w in _WORDS.items()}

# A word in several lists counts for each, split between them.
_WEIGHT: dict[str, dict[str, float]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _WEIGHT.setdefault(_w, {})[_lang] = 1.0
for _w, _langs in _WEIGHT.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)

#: Spelling that marks a language: endings, letter groups and elisions. Each match adds 0.3.
_SUFFIXES: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"(?:ung|heit|keit|lich|sch|chen)\b|\b(?:ge|ver|be)[a-zäöü]{3}"),
    "fr": re.compile(
        r"(?:eux|eau|eaux|aux|ez|ée|ées|ait|aient|ment|oir|ité)\b|\b(?:qu|j|n|c|s)['’]"
    ),
    "es": re.compile(
        r"(?:ción|ciones|dad|dades|ado|ada|ados|adas|ido|idos|ida|amos|emos|imos|ás|ía|ías)\b"
        r"|\b[a-zñ]{2,}os\b|\bll[aeiou]"
    ),
    "it": re.compile(
        # -zione, -ità, participles, infinitives, plurals in -i after a consonant, double
        # consonants Spanish does not write (zz, tt, pp, gg, bb), gli / cch / ggi
        r"(?:zione|zioni|ità|ato|ata|ati|ate|uto|uta|iamo|ssimo|gli|cci|tti)\b"
        r"|\b[a-z]{3,}(?:are|ere|ire)\b|\b[a-z]{2,}[bcdfglmnprstvz]i\b"
        r"|zz|tt|pp|gg|bb|cch|\bgli\b|(?:abile|ibile|ale|ali)\b"
    ),
    "en": re.compile(r"(?:ing|ed|ly|ness)\b"),
}

#: Words ending in -a or -o: most Italian and Spanish words do, few French or English ones.
#: Each adds 0.15 to both; it settles "Il filtro si lava a mano" (Italian, not French).
_OPEN_ENDING = re.compile(r"\b[a-zàèéìòù]{2,}[ao]\b")

_MARKS: dict[str, str] = {"de": "äöüß", "fr": "çœêèëîïûùâ", "es": "ñ¿¡áíóú", "it": "ìòù"}

_TOKEN = re.compile(r"[!-~]+")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:\S[ .]{1,3}){3,24}\S(?!\S)")
_ADDRESS_MARK = re.compile(r"[./@:]\S")
_WORD = re.compile(r"[a-zà-ÿœß]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3041-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[a-zà-ÿ]")


def detect(text: str) -> str | None:
    """Return ``en``, ``de``, ``fr``, ``es``, ``it``, ``zh``, ``ja`` or ``None``."""
    # Addresses and handles are not words of any language.
    # A sample is enough to tell a language, and keeps the cost flat for long texts.
    text = text[:3000]
    lowered = _TOKEN.sub(
        lambda m: " " if _ADDRESS_MARK.search(m.group()) else m.group(), text.lower()
    )
    # Spelled-out letters ("w w w . s h o p . d e") are an address, not words.
    lowered = _SPACED_LETTERS.sub(" ", lowered)
    han = len(_HAN.findall(lowered))
    kana = len(_KANA.findall(lowered))
    latin = len(_LATIN.findall(lowered))
    cjk = han + kana
    # One CJK character carries about as much as a Latin word, so weigh them up.
    if cjk >= 2 and (cjk * 4 >= latin or cjk >= 10):
        if kana and kana * 10 >= cjk:
            return "ja"
        return "zh" if han else "ja"
    if len(_HANGUL.findall(lowered)) >= 2:
        return None
    scores = dict.fromkeys(_STOPWORDS, 0.0)
    for word in _WORD.findall(lowered):
        for lang, weight in _WEIGHT.get(word, {}).items():
            scores[lang] += weight
    for lang, suffix in _SUFFIXES.items():
        scores[lang] += 0.3 * len(suffix.findall(lowered))
    open_endings = 0.15 * len(_OPEN_ENDING.findall(lowered))
    scores["it"] += open_endings
    scores["es"] += open_endings
    for lang, marks in _MARKS.items():
        scores[lang] += 0.5 * sum(lowered.count(ch) for ch in marks)
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 1.0:
        return None
    return best
