"""Phone numbers, and whether one offered in an Amazon message is a diversion.

docs/policy.md allows "a carrier's or manufacturer's warranty phone number" and blocks the seller's
own number offered to move the conversation off Amazon. The text cannot prove whose number it
is, so the linter reads the sentence around it: a manufacturer or carrier named there makes it
a third party's number; a messenger or "instead of Amazon" makes it a diversion whatever else
is said; any other number (a signature line, "call us") is the seller's. A third party may also be
named by its role ("an authorised service centre") or spoken of in the third person ("their
service line", "they handle the repair"): sellers speak of themselves as we and I. Whatever the
sentence says, a number introduced as the seller's own ("call us on", "my mobile") is a diversion.
When the third party is named only in the sentence before ("Your parcel is with DHL. If it does
not arrive, their line is …" reads as a third party, but "… call 0171 …" cannot be told apart from
the seller's own number), the number is unclear: a person decides.
"""

from __future__ import annotations

import re

from .normalize import Normalised

_PHONE = re.compile(r"(?<![0-9a-z+/.,-])(?:\+|00)?\(?\d[\d \t()./-]{5,22}\d(?![0-9a-z])")
_ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_MONEY_AFTER = re.compile(r"\s?(?:€|\$|£|¥|%|eur|usd|gbp|元|円|块|cm|mm|kg|g\b|ml|l\b|x\b)")
_MONEY_BEFORE = re.compile(r"(?:€|\$|£|¥)\s?$")

#: Words that say the next number is a telephone number.
PHONE_CUES = re.compile(
    r"(?:\btel\b|\btel\.|phone|\bcall|direct\sline|durchwahl|ligne\sdirecte|l[ií]nea\sdirecta|"
    r"linea\sdiretta|\b(?:team|office|support|staff|desk)\s(?:on|at)\s$|\bring\b|\btext\b|\bsms\b|\breach\s(?:me|us)\b|hotline|helpline|mobile|\bcell\b|whatsapp|"
    r"telefon|anruf|\bruf|erreich|handy|téléphone|\btél|appel|joignable|portable|"
    r"tel[eé]fono|llam|m[oó]vil|chiam|cellulare|numero verde|joindre|contacter|contactez|"
    r"contactar|contattar|contatt[ai]|kontaktier|"
    r"电话|手机|致电|热线|電話|携帯|联系)"
)

#: Parcel carriers by name (their phone lines and delivery notices are not the seller's).
CARRIERS = (
    r"(?:\bdhl\b|\bups\b|\bdpd\b|\bgls\b|hermes|fedex|\btnt\b|royal mail|\bevri\b|parcelforce|"
    r"colissimo|chronopost|la poste|mondial relay|\bseur\b|correos|\bmrw\b|nacex|\bbrt\b|"
    r"poste italiane|\bsda\b|usps|amazon logistics|顺丰|中通|圆通|申通|韵达|邮政|ヤマト|佐川|"
    r"日本郵便)"
)

#: A third party's number: the manufacturer or a carrier is named in the same sentence.
THIRD_PARTY = re.compile(
    r"(?:manufacturer|\bmaker\b|hersteller|fabricant|constructeur|fabricante|produttore|"
    r"fabbricante|制造商|厂家|厂商|原厂|メーカー|" + CARRIERS + r"|"
    # named by role: a brand's authorised service, not the seller
    r"authori[sz]ed\s(?:service|repair|dealer)|service\s(?:centre|center|partner)|"
    r"autorisierte[nr]?\s(?:service|werkstatt|händler)|vertragswerkstatt|servicepartner|"
    r"(?:sav|réparateur|centre\sde\sservice)\sagréé|"
    r"servicio\stécnico\s(?:oficial|autorizado|del\sfabricante)|"
    r"centro\s(?:di\s)?assistenza\s(?:autorizzat|ufficial|del\sproduttore)|"
    r"assistenza\s(?:tecnica\s)?(?:ufficiale|autorizzata|del\sproduttore)|"
    r"servicio\s(?:de\s)?atención\s(?:al\scliente\s)?de\s(?:la\smarca|el\sfabricante)|"
    r"授权(?:维修|服务)|官方售后|"
    # spoken of in the third person
    r"\bthey(?:'ll|’ll|'re|’re)?\b|\btheir\b|\bleurs?\s(?:service|numéro|ligne|hotline|sav)|"
    r"\bil\sloro\b|\bla\sloro\b|\bdessen\s(?:hotline|kundendienst|service)|"
    r"\bderen\s(?:hotline|kundendienst|service)|\bseine[nrm]?\s(?:hotline|kundendienst|service)|"
    r"\bson\s(?:service|sav|numéro|standard|assistance|support|serveur)|\bsa\s(?:hotline|ligne|"
    r"assistance)|\bses\s(?:services|conseillers)|\b(?:a|con)\ssu\s(?:servicio|atención|línea|"
    r"teléfono|centro|departamento|asistencia)|\bil\ssuo\s(?:servizio|numero|centro|call\scenter)|"
    r"\bla\ssua\s(?:assistenza|linea|hotline)|其(?:客服|售后|热线)|他们的|同社|先方)"
)

#: The seller offering its own number, right before it ("call us on", "my mobile").
SELLER_OWN = re.compile(
    r"(?:\b(?:call|text|ring|phone|reach|contact|whatsapp)\s(?:us|me)\b|\b(?:our|my)\s(?:own\s)?"
    r"(?:\w{1,12}\s)?(?:number|phone|mobile|hotline|line|cell)\b|"
    r"\b(?:rufen|erreichen)\s(?:sie\s)?(?:uns|mich)\b|\b(?:unsere|meine)\s(?:\w{1,12}\s)?"
    r"(?:nummer|telefonnummer|hotline|handynummer)\b|"
    r"\b(?:appelez|joignez|contactez)[- ](?:nous|moi)\b|\bme\sjoindre\b|\bnous\sjoindre\b|"
    r"\b(?:notre|mon)\s(?:numéro|portable|ligne)\b|"
    r"\b(?:llámanos|llámame|escríbenos|contáctanos)\b|\b(?:nuestro|mi)\s(?:número|móvil|teléfono)\b|"
    r"\b(?:chiamaci|chiamami|contattaci|contattarci|contattarmi)\b|\b(?:il\snostro|il\smio)\s"
    r"(?:numero|cellulare|telefono)\b|"
    r"我们的电话|我的电话|我的手机|打我们|打我)"
)

#: Whatever else is said, these make a number a way off Amazon.
DIVERSION = re.compile(
    r"(?:whatsapp|wechat|微信|telegram|viber|instead of amazon|outside (?:of )?amazon|"
    # LINE the messenger, not a "service line": an id, an @handle, or "on LINE"
    r"\bline\s?(?:id\b|@|:\s?@|app\b)|line(?:で|の|公式|追加)|\b(?:on|via|über|sur|per|su|por)\sline\b(?!\s\d)|"
    r"than (?:via |through |on )?amazon|than (?:through |via |in )?(?:here|this chat)\b|statt über amazon|als über amazon|nicht über amazon|"
    r"außerhalb (?:von )?amazon|hors (?:d')?amazon|en dehors d'amazon|fuera de amazon|"
    r"invece di (?:usare )?amazon|fuori da amazon|比亚马逊|不通过亚马逊)"
)


THIRD = "third_party"
SELLER = "seller"
UNCLEAR = "unclear"


def find_phones(norm: Normalised) -> list[tuple[int, int, str]]:
    """Phone numbers as ``(start, end, whose)`` spans of the normalised text, ``whose`` one of
    ``THIRD`` (a carrier's or manufacturer's line), ``SELLER`` (the seller's own: a way off
    Amazon) or ``UNCLEAR`` (a third party is named only in the sentence before)."""
    text = norm.text
    out: list[tuple[int, int, str]] = []
    for m in _PHONE.finditer(text):
        number = m.group().rstrip(" .-/(")
        start, end = m.start(), m.start() + len(number)
        digits = sum(ch.isdigit() for ch in number)
        if not 7 <= digits <= 15:
            continue
        if _ORDER_ID.search(number) or _DATE.fullmatch(number):
            continue
        if _MONEY_AFTER.match(text, end) or _MONEY_BEFORE.search(text[max(0, start - 3) : start]):
            continue
        before = text[max(0, start - 40) : start]
        if not (number.startswith(("+", "00")) or PHONE_CUES.search(before)):
            continue
        lo, hi = norm.sentence(start, end)
        sentence = text[lo:hi]
        if DIVERSION.search(sentence) or SELLER_OWN.search(before):
            whose = SELLER
        elif THIRD_PARTY.search(sentence):
            whose = THIRD
        elif THIRD_PARTY.search(text, norm.sentence(start, end, 1)[0], lo):
            whose = UNCLEAR
        else:
            whose = SELLER
        out.append((start, end, whose))
    return out
