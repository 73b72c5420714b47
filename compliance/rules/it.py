"""Italian rules. Each note names the docs/policy.md line the rule enforces."""

from ..model import Rule
from ._shared import ALL, AM, GAP, INS, LONG_GAP, MK, SETTLED, TRANSACTIONAL, WORDS2
from ._words import NO_NEWSLETTER, TECH_STARS

# --- vocabulary ---------------------------------------------------------------------------------

_RECENSIONE = r"(?:recension[ei]|valutazion[ei]|opinion[ei]|giudiz[io]|feedback)"

#: The review is the condition: "appena la tua recensione sarà online", "chi lascia una recensione".
_RECENSITO = (
    r"(?:"
    r"\b(?:appena|quando|non\sappena|una\svolta\sche|dopo\sche|subito\sdopo\sche)\s(?:la\s)?"
    r"(?:tua|sua|vostra)\s(?:[\w-]{1,15}\s)?" + _RECENSIONE + r"\s(?:sarà|è|viene|verrà|"
    r"risulta)\s(?:stat[ao]\s)?(?:online|pubblicat[ao]|visibile)"
    r"|\b(?:appena|quando|non\sappena|una\svolta\sche|dopo\sche)\s(?:avrai|avrà|hai|ha|avrete)\s"
    r"(?:lasciato|pubblicato|scritto)\s(?:la|una|un|il)\s(?:[\w-]{1,15}\s)?"
    + _RECENSIONE
    + r"|\bdopo\s(?:aver|avere)\s(?:lasciato|pubblicato|scritto)\s(?:la|una|un|il)\s"
    r"(?:[\w-]{1,15}\s)?"
    + _RECENSIONE
    + r"|\bchi\s(?:lascia|scrive|pubblica|ci\slascia)\s(?:una|la|un|il)\s(?:[\w-]{1,15}\s)?"
    + _RECENSIONE
    + r")"
)

#: Something of value for the customer.
_VALORE = (
    r"(?:omaggio|in\sregalo|regal\w{1,5}|gratis|gratuit\w{1,2}|buon[oi]\s(?:sconto|regalo|acquisto|"
    r"da)|carta\sregalo|gift\s?card|sconto|rimbors\w{1,4}|estrazion\w|punti|cashback|"
    r"\d{1,3}\s?%|\d{1,4}\s?€|€\s?\d{1,4}|premio)"
)

#: Value other than a longer warranty, for registering ("estensione in omaggio" is fine).
_VALORE_SENZA_GARANZIA = (
    r"(?:buon[oi]\s(?:sconto|regalo|acquisto|da)|carta\sregalo|gift\s?card|\bun\sregalo|sconto|"
    r"cashback|\d{1,3}\s?%|\d{1,4}\s?€|€\s?\d{1,4}|estrazion\w|punti)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="it.promotion.own_site",
        category="promotion",
        message="own_site",
        pattern=r"\b(?:sul|nel|dal|tramite\sil|attraverso\sil)\s(?:nostro)\s(?:sito(?:\sweb|\sufficiale|\sinternet)?|negozio(?:\sonline|\son-line)?|shop(?:\sonline)?|e-?shop)\b",
        note="amazon_message: rimandare al sito o al negozio del venditore, anche senza URL",
        policies=AM,
        keywords=("nostro",),
    ),
    Rule(
        id="it.discount.code_offer",
        category="discount",
        pattern=r"\bcodic[ei]\s(?:sconto|promozionale|promo|regalo)\b|\bbuon[oi]\s(?:sconto|acquisto)\b|\bcon\sil\scodice\b",
        note="amazon_message, insert: codice sconto o buono",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("codic", "buon"),
    ),
    Rule(
        id="it.discount.future_purchase",
        category="discount",
        pattern=r"(?:sconto|buono|coupon|codice|%|€|euro|regalo|risparmi)"
        + LONG_GAP
        + r"\b(?:prossim[oaie]|futur[oaie]|prim[oa])\s(?:ordin[ei]|acquist[oi])",
        note="amazon_message, insert: offerta in % o in denaro su un acquisto futuro",
        policies=MK,
        keywords=("prossim", "futur", "prim"),
    ),
    Rule(
        id="it.discount.percent",
        category="discount",
        pattern=r"\b\d{1,3}\s?%\s(?:di\ssconto|su\stutto|in\smeno)\b|\brisparmia\s(?:fino\sal\s)?(?:il\s)?\d{1,3}\s?%|\b(?:sconto|scontat[oaie])\sdel\s\d{1,3}\s?%",
        note="amazon_message, insert: sconto in percentuale",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("%",),
    ),
    Rule(
        id="it.promotion.buy_direct",
        category="promotion",
        pattern=r"\b(?:acquista|compra|ordina|acquistare|comprare|ordinare)\s"
        + WORDS2
        + r"direttamente\s(?:sul|dal|da|nel)\s(?:nostro|noi)\b|\bdirettamente\ssul\snostro\s(?:sito|negozio|shop)\b",
        note="amazon_message, insert: «acquista direttamente da noi»",
        policies=MK,
        keywords=("direttamente",),
    ),
    Rule(
        id="it.promotion.visit_shop",
        category="promotion",
        pattern=r"\b(?:scopri|scopra|visita|visiti|guarda|guardi|esplora|(?:dai|dia|date)\sun['’]occhiata)\s(?:anche\s)?(?:a\s|ai\s|al\s|alla\s|alle\s|agli\s)?(?:tutt[ie]\s)?(?:il\s|i\s|la\s|le\s|gli\s)?nostr[oiae]\s(?:\w{1,20}\s)?(?:negozio|sito|prodotti|collezione|novità|catalogo|nuovo|nuova|gamma|shop|offerte|articoli)\b",
        note="amazon_message, insert: invito al negozio o alla gamma",
        policies=MK,
        keywords=("nostr",),
    ),
    Rule(
        id="it.promotion.sales_event",
        category="promotion",
        pattern=r"\bnostr[io]\saltr[io]\sprodott[io]\b|\bsaldi\s(?:d['’]|di\s)?(?:autunno|estate|inverno|primavera|fine\sstagione)|\b(?:offerta\sspeciale|offerte\sesclusive|offerta\sesclusiva|black\sfriday|solo\sper\spoco\stempo|fino\sad\sesaurimento\sscorte|acquista\sora|compra\sora)\b",
        note="amazon_message, insert: campagne di vendita",
        policies=MK,
        keywords=("offert", "friday", "poco tempo", "scorte", " ora", "altri prodott", "saldi"),
    ),
    Rule(
        id="it.review.five_star",
        category="review_solicitation",
        pattern=r"\b(?:5|cinque)\s?stelle\b",
        note="amazon_message, insert: richiesta di 5 stelle (non: albergo a cinque stelle)",
        policies=MK,
        unless=TECH_STARS,
        keywords=("stell",),
    ),
    Rule(
        id="it.review.positive",
        category="review_solicitation",
        pattern=r"\b(?:recension[ei]|valutazion[ei]|opinion[ei]|feedback)\s(?:positiv[aeio]|favorevol[ei]|ottim[aeio])\b|\b(?:buona|ottima|bella)\s(?:recensione|valutazione)\b",
        note="amazon_message, insert: richiesta di recensione positiva",
        policies=MK,
        unless=r"(?:positiva\so\snegativa|negativa\so\spositiva|che\ssia|sincer|onest)",
        keywords=("recension", "valutazion", "opinion", "feedback"),
    ),
    Rule(
        id="it.review.if_happy",
        category="review_solicitation",
        pattern=r"\bse\s(?:sei|è|siete|è\sstat[oa])\s(?:\w{1,12}\s)?soddisfatt[oaie]\b"
        + LONG_GAP
        + r"(?:recension|stelle|valutazion)|\bsoddisfatt[oaie]\s?\?\s"
        + WORDS2
        + r"(?:lasciaci|lascia|lasci|dacci)|\b(?:(?:ti|le|vi)\s(?:è|sono)\spiaciut[oaie]|(?<!non\s)(?:soddisfatt[oaie]|content[oaie]|entusiast[ai]))\s?\?\s{0,2}"
        + LONG_GAP
        + r"(?:recension|stelle|valutazion|su\samazon)",
        note="amazon_message, insert: recensione chiesta solo ai clienti soddisfatti",
        policies=MK,
        unless=r"(?:positiva\so\snegativa|negativa\so\spositiva|che\ssia)",
        keywords=("soddisfatt", "piaciut", "content", "entusiast"),
    ),
    Rule(
        id="it.review.gating",
        category="review_solicitation",
        pattern=r"\bprima\sdi\s(?:pubblicare|condividere|scrivere)\s(?:nulla|qualcosa|online|pubblicamente|su\samazon)|\bprima\sdi\s(?:lasciare|scrivere|pubblicare|dare|mettere|condividere)\s(?:una|la|un|qualsiasi|qualunque|alcun[oa]?)\s(?:\w{1,20}\s)?(?:recensione|valutazione|opinione|feedback|giudizio|commento|parere)|\binvece\sdi\s(?:lasciare|scrivere|dare)\s(?:una|un)\s(?:\w{1,20}\s)?(?:recensione|valutazione|feedback|giudizio|opinione)|\b(?:prima\sdi|invece\sdi)\s(?:valutar|recensir|giudicar)[e]?(?:lo|la)?\b|\b(?:non\s(?:sei|è|siete)\s(?:del\stutto\s)?soddisfatt\w|qualcosa\snon\sva|qualche\sproblema|delus[oa])\s?\?\s{0,2}"
        + GAP
        + r"\bprima\b(?!\sdi\susare)",
        note="amazon_message, insert: filtraggio delle recensioni («contattaci prima di recensire»)",
        policies=MK,
        message="review_gating",
        keywords=("prima", "invece"),
    ),
    Rule(
        id="it.review.change",
        category="review_solicitation",
        pattern=r"\b(?:modificare|cambiare|eliminare|rimuovere|aggiornare|togliere|cancellare|rivedere|migliorare)\s(?:la\ssua|la\stua|la|quella|questa)\s(?:\w{1,20}\s)?(?:recensione|valutazione|opinione)\b",
        note="amazon_message, insert: richiesta di modificare o rimuovere una recensione",
        policies=MK,
        message="review_change",
        keywords=("recensione", "valutazione", "opinione"),
    ),
    Rule(
        id="it.incentive.value_for_review",
        category="review_incentive",
        pattern=r"\bin\scambio\s(?:di|della|dell'|della\ssua|della\stua)\s?(?:una\s|sua\s|tua\s)?(?:\w{1,20}\s)?(?:recensione|valutazione)|\b(?:recensione|valutazione)\b"
        + LONG_GAP
        + r"\b(?:ricevi|riceverai|riceve|omaggio|in\sregalo|regaliamo|gratis|buono|rimborsiamo|rimborso)|\bper\sogni\s(?:recensione|valutazione)",
        note="ovunque: qualcosa di valore in cambio di una recensione",
        policies=ALL,
        keywords=("recension", "valutazion", "opinion", "giudizi", "feedback"),
    ),
    Rule(
        id="it.incentive.reward_once_reviewed",
        category="review_incentive",
        pattern=_RECENSITO + LONG_GAP + _VALORE + "|" + _VALORE + LONG_GAP + _RECENSITO,
        note="ovunque: qualcosa di valore una volta pubblicata la recensione («appena la tua recensione sarà online …»)",
        policies=ALL,
        unless=SETTLED,
        keywords=("recension", "valutazion", "opinion", "giudizi", "feedback"),
    ),
    Rule(
        id="it.promotion.registration_reward",
        category="promotion",
        pattern=r"\bregistr\w{1,6}"
        + LONG_GAP
        + _VALORE_SENZA_GARANZIA
        + "|"
        + _VALORE_SENZA_GARANZIA
        + LONG_GAP
        + r"\bregistr\w{1,6}",
        note="insert, amazon_message: per la registrazione, qualcosa di diverso da una garanzia più lunga",
        policies=MK,
        message="registration_reward",
        unless=TRANSACTIONAL,
        keywords=("registr",),
    ),
    Rule(
        id="it.newsletter.sign_up",
        category="newsletter_signup",
        pattern=r"\biscriviti\b|\biscrivet[ie]\b|\b(?:unisciti|entra)\s(?:al|alla)\s(?:nostro\s|nostra\s)?(?:club|newsletter|programma|community)|\bprogramma\s(?:fedeltà|punti)\b|\bnewsletter\b",
        note="amazon_message, insert: iscrizione a newsletter, club o programma fedeltà",
        policies=MK,
        unless=NO_NEWSLETTER,
        keywords=("iscriv", "unisciti", "entra", "programma", "newsletter"),
    ),
    Rule(
        id="it.social.follow",
        category="social_media",
        pattern=r"\bseguici\b|\bci\strovi\ssu\s(?:instagram|facebook|tiktok|youtube)\b",
        note="amazon_message: inviti a seguire sui social",
        policies=AM,
        keywords=("seguici", "ci trovi"),
    ),
    Rule(
        id="it.social.giveaway",
        category="social_media",
        pattern=r"\b(?:giveaway|concors[oi]|vinci\s(?:un|una|il|la)|vincere\s(?:un|una|uno|\d{1,4}|i\snostri|il\snostro|la\snostra)|estrazion[ei]|estraiamo|estrarremo|sorteggi\w{0,3}|vincitor[ei]\s(?:sarà|saranno|verrà|verranno)|in\spalio|(?:puoi|potrai|potresti)\svincere)\b",
        note="amazon_message, insert: concorsi ed estrazioni",
        policies=MK,
        message="social_giveaway",
        keywords=("giveaway", "concors", "vinc", "estra", "sorteggi", "palio"),
    ),
    Rule(
        id="it.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"\bdisiscriv\w{0,6}|\bannullare\sl'iscrizione\b|\bnon\s(?:ricevere|vuoi\sricevere|desidera\sricevere)\spiù\b",
        note="amazon_message: righe di disiscrizione",
        policies=AM,
        keywords=("disiscriv", "annullare", "più"),
    ),
    Rule(
        id="it.contact.off_amazon",
        category="contact_diversion",
        pattern=r"\bfuori\sda\samazon\b|\binvece\sdi\s(?:usare\s)?amazon\b|\bsenza\spassare\sda\samazon\b|\b(?:mi|ci)\sscriva\s(?:\w{1,12}\s)?direttamente\b|\bscriv[ie](?:ci|mi)\s(?:\w{1,12}\s)?direttamente\b",
        note="amazon_message: portare la conversazione fuori da Amazon",
        policies=AM,
        keywords=("amazon", "direttamente"),
    ),
    Rule(
        id="it.competitor.knocking",
        category="competitor_disparagement",
        pattern=r"\ba\sdifferenza\s(?:delle|dei|degli|di)\s"
        + WORDS2
        + r"(?:imitazioni|copie|concorrenti|altri\svenditori|altre\smarche|prodotti\seconomici)|\b(?:imitazioni|copie)\s(?:economiche|scadenti|di\saltri\svenditori)",
        note="insert: denigrazione dei prodotti di altri venditori",
        policies=INS,
        keywords=("differenza", "imitazion", "copie"),
    ),
)
