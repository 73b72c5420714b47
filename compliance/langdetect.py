"""A small language detector: script counts, then stopword counts for Latin-script text.

Good enough to pick the language of an explanation and of the ambiguity tables for spelled-out
domains; the rule tables of every language run on every text anyway, so a wrong guess never
hides a finding. Returns ``None`` when the evidence is too thin (a code, a URL, one word).
"""

from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["the", "and", "you", "your", "we", "our", "for", "with", "this", "that", "is", "are", "was", "have", "has", "will", "would", "please", "thank", "thanks", "order", "item", "it", "be", "can", "if", "not", "us", "of", "to", "on", "at", "from", "as", "by", "an", "or", "any", "all", "just", "been", "there", "here", "they", "them", "which", "when", "what", "hi", "hello", "sorry", "kind", "regards", "get", "need", "new", "more", "about", "up", "out", "do", "does", "did", "my", "me", "i", "our", "your", "into", "only", "also"]
    ),
    "de": frozenset(
        ["der", "die", "das", "und", "ist", "nicht", "sie", "ihr", "ihre", "ihnen", "wir", "uns", "unser", "unsere", "mit", "für", "auf", "ein", "eine", "einen", "dem", "den", "des", "zu", "im", "bei", "von", "bitte", "danke", "vielen", "dank", "gerne", "wurde", "werden", "haben", "hat", "auch", "noch", "nach", "über", "oder", "wenn", "dann", "sich", "als", "sind", "können", "kann", "ihrer", "ihren", "ich", "es", "hallo", "guten", "tag", "freundlichen", "grüßen", "jetzt", "einfach", "alle", "diese", "dieser", "ihrem", "ihren", "unter", "zum", "zur", "vom", "wie", "was", "noch", "mehr", "sehr", "schon", "nur", "aus", "wird"]
    ),
    "fr": frozenset(
        ["le", "la", "les", "et", "est", "vous", "votre", "vos", "nous", "notre", "nos", "pour", "avec", "une", "un", "des", "du", "au", "aux", "ce", "cette", "que", "qui", "sur", "dans", "pas", "ne", "merci", "bonjour", "avons", "été", "sont", "être", "avez", "pouvez", "par", "plus", "il", "elle", "sera", "si", "ou", "mais", "très", "votre", "cordialement", "d", "qu", "j", "n", "c", "l", "à", "sur", "ces", "son", "sa", "ses", "leur", "tout", "toute", "tous", "aussi", "déjà", "votre", "vos", "ici", "chez", "sans"]
    ),
    "es": frozenset(
        ["el", "los", "las", "y", "es", "tu", "tus", "su", "sus", "usted", "nosotros", "nuestro", "nuestra", "para", "con", "una", "un", "del", "al", "que", "por", "en", "no", "muchas", "gracias", "hola", "hemos", "está", "están", "ha", "sido", "si", "muy", "pero", "como", "te", "le", "lo", "se", "ya", "puedes", "podemos", "este", "esta", "tu", "mi", "nos", "más", "todo", "todos", "también", "aquí", "estos", "sin", "sobre", "desde", "hasta", "cuando", "porque"]
    ),
    "it": frozenset(
        ["il", "lo", "gli", "le", "e", "è", "di", "del", "della", "dei", "delle", "per", "con", "una", "un", "che", "non", "sono", "siamo", "abbiamo", "suo", "sua", "tuo", "tua", "nostro", "nostra", "grazie", "buongiorno", "ciao", "può", "puoi", "alla", "al", "nel", "nella", "anche", "ci", "ti", "si", "ha", "ho", "come", "questo", "questa", "più", "molto", "l", "dell", "nell", "sull", "all", "dall", "su", "sul", "sulla", "dal", "dalla", "degli", "tutti", "tutto", "nostri", "nostre", "qui", "già", "solo", "sempre", "anche", "ogni", "trova", "trovi", "scopri", "ricevi", "lasciaci", "seguici", "sotto", "ordine", "grazie", "prodotto"]
    ),
}

# A word in several lists counts for each, split between them.
_WEIGHT: dict[str, dict[str, float]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _WEIGHT.setdefault(_w, {})[_lang] = 1.0
for _w, _langs in _WEIGHT.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)

_SUFFIXES: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"(?:ung|heit|keit|lich|sch|chen)\b|\b(?:ge|ver|be)[a-zäöü]{3}"),
    "fr": re.compile(r"(?:eux|eau|aux|ez|ée|ées|ait|ment)\b"),
    "es": re.compile(r"(?:ción|ado|ida|amos|emos|ás|ía)\b"),
    "it": re.compile(r"(?:zione|zioni|ato|ata|iamo|ssimo|gli|cci|tti)\b"),
    "en": re.compile(r"(?:ing|ed|ly|ness)\b"),
}

_MARKS: dict[str, str] = {"de": "äöüß", "fr": "çœêèëîïûùâ", "es": "ñ¿¡áíóú", "it": "ìòù"}

_ADDRESS = re.compile(r"\S*[./@:]\S+")
_WORD = re.compile(r"[a-zà-ÿœß]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3041-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[a-zà-ÿ]")


def detect(text: str) -> str | None:
    """Return ``en``, ``de``, ``fr``, ``es``, ``it``, ``zh``, ``ja`` or ``None``."""
    lowered = _ADDRESS.sub(" ", text.lower())
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
    for lang, marks in _MARKS.items():
        scores[lang] += 0.5 * sum(lowered.count(ch) for ch in marks)
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 1.0:
        return None
    return best
