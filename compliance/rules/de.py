"""German rules. Each note names the docs/policy.md line the rule enforces."""

from ..model import Rule
from ._shared import ALL, AM, GAP, INS, LONG_GAP, MK, SETTLED, TRANSACTIONAL, WORD1, WORDS3
from ._words import TECH_STARS

# --- vocabulary ---------------------------------------------------------------------------------

_BEWERTUNG = r"(?:[\w-]{0,20}bewertung|[\w-]{0,20}rezension|rückmeldung|feedback|meinung)(?:en)?"

#: The review is the condition: "sobald Ihre Rezension online ist", "alle, die eine Bewertung
#: hinterlassen", "für jede Produktbewertung".
_BEWERTET = (
    r"(?:"
    r"\b(?:sobald|wenn|nachdem|sowie|sofern)\s(?:sie\s|du\s)?(?:ihre|deine|eine|die)\s"
    r"(?:[\w-]{1,15}\s)?" + _BEWERTUNG + r"(?:\s[\w-]{1,15}){0,2}\s(?:online|veröffentlicht|"
    r"sichtbar|freigeschaltet|abgegeben|geschrieben|hinterlassen|verfasst|gepostet|eingestellt)"
    r"|\b(?:die|der|welche|wer)\s(?:[\w-]{1,15}\s){0,2}(?:eine|ihre|seine|uns\seine)\s"
    r"(?:[\w-]{1,15}\s)?" + _BEWERTUNG + r"\s(?:[\w-]{1,15}\s)?(?:hinterlassen|hinterlässt|"
    r"schreiben|schreibt|abgeben|abgibt|verfassen|posten|veröffentlichen)"
    r"|\bfür\sjede\s(?:[\w-]{1,15}\s)?"
    + _BEWERTUNG
    + r"|\bnach\s(?:abgabe|veröffentlichung)\s(?:ihrer|einer|deiner)\s"
    + _BEWERTUNG
    + r")"
)

#: Something of value for the customer.
_WERT = (
    r"(?:gratis|kostenlos|geschenk|gutschein|guthaben|prämie|\bbonus|punkte|rabatt|cashback|"
    r"\d{1,3}\s?%|\d{1,4}\s?(?:€|euro)|€\s?\d{1,4}|erstatt|geld\szurück|verlos|gewinnspiel|"
    r"zugabe|amazon-?gutschein)"
)

#: Value other than a longer warranty, for registering ("Gratis-Garantieverlängerung" is fine).
_WERT_OHNE_GARANTIE = (
    r"(?:gutschein|geschenkkarte|geschenk\b|guthaben|prämie|rabatt|cashback|\d{1,3}\s?%|"
    r"\d{1,4}\s?(?:€|euro)|€\s?\d{1,4}|verlosung|gewinnspiel|punkte|"
    r"gratis-?(?!garantie|verlänger|reparatur|ersatz|support|hilfe)[a-zäöüß]{3,20})"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="de.promotion.own_site",
        category="promotion",
        message="own_site",
        pattern=r"\b(?:auf|in|über|bei|im)\s(?:unserer|unserem|unsere|unseren)\s(?:eigenen?\s)?(?:offiziellen?\s)?(?:website|webseite|homepage|internetseite|internetpräsenz|online-?shop|web-?shop|shop)\b|\bbei\suns\sim\s(?:online-?|web-?)?shop\b",
        note="amazon_message: Verweis auf die eigene Website oder den eigenen Shop, auch ohne URL",
        policies=AM,
        keywords=("unser", "bei uns"),
    ),
    Rule(
        id="de.discount.code_offer",
        category="discount",
        pattern=r"\b(?:gutschein|rabatt|aktions|promo|coupon|vorteils)[- ]?codes?\b|\b(?:mit\s(?:dem\s)?|den\s)(?:code|gutscheincode|rabattcode)\s"
        + WORD1
        + r"(?:erhalten|sparen|bekommen|sichern|eingeben|einlösen)?|\b(?:code|gutschein(?:code)?|rabattcode)\s(?:\w{1,20}\s)?(?:eingeben|einlösen|verwenden|nutzen)\b",
        note="amazon_message, insert: Gutschein- oder Rabattcode",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("code", "gutschein"),
    ),
    Rule(
        id="de.discount.future_purchase",
        category="discount",
        pattern=r"(?:rabatt|gutschein|nachlass|prozent|%|€|euro|ermäßigung|sparen|spare|vorteil)"
        + LONG_GAP
        + r"\b(?:nächste[nmrs]?|künftige[nmrs]?|weitere[nmrs]?|zukünftige[nmrs]?|erste[nmrs]?)\s(?:bestellung|einkauf|kauf|online-?einkauf)|\b(?:nächste[nmrs]?|künftige[nmrs]?)\s(?:bestellung|einkauf|kauf)"
        + GAP
        + r"(?:rabatt|gutschein|nachlass|%|sparen)",
        note="amazon_message, insert: Prozent- oder Geldangebot für einen künftigen Kauf",
        policies=MK,
        keywords=("nächste", "künftige", "weitere", "zukünftige", "erste"),
    ),
    Rule(
        id="de.discount.percent",
        category="discount",
        pattern=r"\b\d{1,3}\s?%\s(?:[a-zäöüß]{0,20}(?:rabatt|nachlass|ermäßigung)|auf\salles|auf\sdas\sgesamte|günstiger|sparen)\b|\b(?:spare|sparen\ssie|sichern\ssie\ssich)\s(?:bis\szu\s)?\d{1,3}\s?%|\bgutschein\süber\s\d{1,4}\s?(?:€|euro)\b|\b\d{1,4}-?\s?(?:€|euro)-?gutschein\b",
        note="amazon_message, insert: Rabatt in Prozent oder Gutschein über einen Betrag",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("%", "spar", "gutschein"),
    ),
    Rule(
        id="de.discount.voucher_for_shop",
        category="discount",
        pattern=r"(?:gutschein|rabatt|nachlass)"
        + GAP
        + r"\b(?:für|in|im)\s(?:unseren?|unserem|den)\s(?:online-?)?(?:shop|webshop|store)\b",
        note="insert: Gutschein für den eigenen Shop (gebündeltes Angebot)",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("gutschein", "rabatt", "nachlass"),
    ),
    Rule(
        id="de.promotion.buy_direct",
        category="promotion",
        pattern=r"\b(?:direkt|gleich)\s(?:bei\suns|in\sunserem\s(?:online-?)?shop|über\sunsere\s(?:website|webseite|homepage|seite))\b"
        + GAP
        + r"(?:bestell|kauf|einkauf|günstiger|sparen)|\b(?:bestellen|kaufen)\s(?:sie\s)?"
        + WORDS3
        + r"direkt\s(?:bei\suns|über\sunsere|in\sunserem)\b",
        note="amazon_message, insert: „direkt bei uns bestellen“",
        policies=MK,
        keywords=("direkt", "gleich"),
    ),
    Rule(
        id="de.promotion.visit_shop",
        category="promotion",
        pattern=r"\b(?:besuchen|schauen|stöbern|entdecken|sehen)\s(?:sie\s)?"
        + WORDS3
        + r"(?:in\s)?unser(?:e[nm]?)?\s(?:ganzes\s|gesamtes\s|komplettes\s|neues\s)?(?:\w{1,20}[- ])?(?:online-?)?(?:shop|onlineshop|webshop|sortiment|kollektion|produkte|website|webseite|homepage|store|markenshop|angebot)\b",
        note="amazon_message, insert: Einladung in den eigenen Shop oder das Sortiment",
        policies=MK,
        keywords=("unser",),
    ),
    Rule(
        id="de.promotion.other_products",
        category="promotion",
        pattern=r"\bunsere[nm]?\s(?:anderen|weiteren|neuen|neuesten|passenden)\s(?:produkte|artikel|modelle|kollektion|angebote|zubehörteile|neuheiten)\b|\b(?:jetzt\svormerken|vorbestellen|ab\ssofort\s(?:erhältlich|bei\suns\s(?:erhältlich|bestellbar))|gibt\ses\sbei\suns\s(?:jetzt\s|ab\ssofort\s)?(?:auch|neu|neue[nrs]?)\b|neu\sim\s(?:shop|sortiment)|brandneu|neuheiten)\b",
        note="amazon_message, insert: Cross-Selling, neue Produkte",
        policies=MK,
        keywords=(
            "unsere",
            "vormerken",
            "vorbestellen",
            "ab sofort",
            "bei uns",
            "neu im",
            "brandneu",
            "neuheit",
        ),
    ),
    Rule(
        id="de.promotion.sales_event",
        category="promotion",
        pattern=r"\b(?:sonderangebot|angebot\sder\swoche|nur\sfür\skurze\szeit|jetzt\szuschlagen|black\sfriday|cyber\smonday|schnäppchen|aktionspreis|jetzt\sbestellen|jetzt\skaufen|solange\sder\svorrat\sreicht)\b",
        note="amazon_message, insert: Verkaufsaktionen, Kaufaufrufe",
        policies=MK,
        keywords=(
            "angebot",
            "kurze zeit",
            "zuschlagen",
            "friday",
            "monday",
            "schnäppchen",
            "aktionspreis",
            "jetzt",
            "vorrat",
        ),
    ),
    Rule(
        id="de.review.five_star",
        category="review_solicitation",
        pattern=r"\b(?:5|fünf)[\s-]?sterne?n?(?:-?(?:bewertung|rezension)(?:en)?)?\b",
        note="amazon_message, insert: Bitte um 5 Sterne (nicht: Fünf-Sterne-Hotel, "
        "Vier-Sterne-Gefrierfach)",
        policies=MK,
        unless=TECH_STARS,
        keywords=("sterne", "stern"),
    ),
    Rule(
        id="de.review.positive",
        category="review_solicitation",
        pattern=r"\b(?:positive|gute|tolle|sehr\sgute|top|beste|super)[nrs]?\s(?:bewertung|rezension|rückmeldung|feedback|kritik|sterne)(?:en)?\b",
        note="amazon_message, insert: Bitte um positive Bewertung",
        policies=MK,
        unless=r"(?:positiv\soder\s(?:negativ|kritisch)|negativ\soder\spositiv|ob\spositiv|gut\soder\sschlecht|ehrlich)",
        keywords=("bewertung", "rezension", "rückmeldung", "feedback", "kritik", "sterne"),
    ),
    Rule(
        id="de.review.if_happy",
        category="review_solicitation",
        pattern=r"\bwenn\s(?:sie|du)\s(?:\w{1,12}\s)?(?:zufrieden|glücklich|begeistert)\s(?:sind|bist|waren)\b"
        + LONG_GAP
        + r"(?:bewert|rezension|sterne|feedback)|\b(?:zufrieden|begeistert|gefällt\sihnen\s\w{2,20})\?\s"
        + WORDS3
        + r"(?:bewert|rezension|sterne)|\b(?<!un)(?:zufrieden|begeistert|glücklich|gefällt\s(?:ihnen|dir)(?:\s[\w-]{2,20}){0,2})\s?\?\s{0,2}"
        + LONG_GAP
        + r"(?:bewert|rezension|sterne|auf\samazon)",
        note="amazon_message, insert: Bewertung nur von zufriedenen Kunden erbitten",
        policies=MK,
        unless=r"(?:positiv\soder\snegativ|negativ\soder\spositiv|gut\soder\sschlecht|egal\sob)",
        keywords=("zufrieden", "glücklich", "begeistert", "gefällt"),
    ),
    Rule(
        id="de.review.gating",
        category="review_solicitation",
        pattern=r"\bbevor\s(?:sie|du)\s(?:[\w-]{1,20}\s){0,4}(?:öffentlich|online|auf\samazon|weitererzählen|anderen\serzählen)|\b(?:zuerst|erst|vorher)\s"
        + WORDS3
        + r"(?:uns|bei\suns)\b"
        + LONG_GAP
        + r"(?:öffentlich|eindrücke|erfahrung|meinung|auf\samazon)|\b(?:bevor|ehe)\s(?:sie\s|du\s)?(?:eine\s|ihre\s|deine\s)?(?:negative\s|schlechte\s)?(?:bewertung|rezension|rückmeldung|feedback|sterne)|\b(?:bevor|ehe)\s(?:sie|du)\s(?:[\w-]{1,20}\s){0,3}(?:bewerten|bewertest|rezensieren|rezensierst|beurteilen|sterne\svergeben)\b|\b(?:unzufrieden|nicht\s(?:ganz\s)?zufrieden|enttäuscht)\s?\?\s{0,2}"
        + GAP
        + r"\b(?:zuerst|erst|vorher|zunächst)\b|\b(?:zuerst|erst|vorher)\s"
        + WORDS3
        + r"(?:uns|bei\suns)\b"
        + LONG_GAP
        + r"(?:bewertung|rezension)|\b(?:statt|anstatt)\s(?:einer\s)?(?:negativen|schlechten)\s(?:bewertung|rezension)",
        note="amazon_message, insert: Review-Gating („bevor Sie bewerten, melden Sie sich zuerst“)",
        policies=MK,
        message="review_gating",
        keywords=("bevor", "ehe", "zuerst", "erst", "vorher", "statt"),
    ),
    Rule(
        id="de.review.change",
        category="review_solicitation",
        pattern=r"\b(?:bewertung|rezension|rezensionen|bewertungen|sterne)\b"
        + LONG_GAP
        + r"\b(?:ändern|anpassen|löschen|entfernen|überarbeiten|aktualisieren|zurückziehen|korrigieren|zurücknehmen|herausnehmen|nach\soben\ssetzen)|\bkommentar\w{0,2}\b[^!?\n]{0,60}(?:produktseite|bei\samazon|auf\samazon)[^!?\n]{0,60}(?:herausnehm|zurücknehm|löschen|entfernen|ändern)|\b(?:ändern|anpassen|löschen|entfernen)\s(?:sie\s)?(?:ihre|die|deine)\s(?:\w{1,20}\s)?(?:bewertung|rezension)",
        note="amazon_message, insert: Bitte, eine Bewertung zu ändern oder zu löschen",
        policies=MK,
        message="review_change",
        keywords=("bewertung", "rezension", "sterne", "kommentar"),
    ),
    Rule(
        id="de.incentive.value_for_review",
        category="review_incentive",
        pattern=r"\b(?:für|gegen)\s(?:eine|ihre|jede|deine)\s(?:\w{1,20}\s)?[\w-]{0,20}(?:bewertung|rezension)\b"
        + LONG_GAP
        + r"(?:gratis|kostenlos|geschenk|gutschein|schenken|erhalten\ssie|bekommen\ssie|erstatten|zurück|rabatt)|\b(?:nach|bei)\s(?:ihrer|einer|deiner)\s(?:\w{1,20}\s)?(?:bewertung|rezension)\b"
        + GAP
        + r"(?:erstatten|gutschein|geschenk|gratis|zurück|schenken)|\b(?:bewertung|rezension)\b"
        + GAP
        + r"\b(?:und|dann)\s(?:erhalten|bekommen|sichern|kassieren)\s|\b(?:bewertung|rezension)\b"
        + LONG_GAP
        + r"\b(?:bekommt|bekommen\ssie|erhält|erhalten\ssie|schenken\swir|erstatten\swir)\b"
        + GAP
        + r"(?:gutschein|geschenk|gratis|rabatt|€|euro|prozent|%|kaufpreis|zurück)",
        note="überall: Gegenleistung für eine Bewertung",
        policies=ALL,
        keywords=("bewertung", "rezension", "rückmeldung", "feedback", "meinung"),
    ),
    Rule(
        id="de.incentive.reward_once_reviewed",
        category="review_incentive",
        pattern=_BEWERTET + LONG_GAP + _WERT + "|" + _WERT + LONG_GAP + _BEWERTET,
        note="überall: Gegenleistung, sobald die Bewertung online ist („sobald Ihre Rezension online ist … gratis“, „unter allen, die eine Bewertung hinterlassen, verlosen wir …“)",
        policies=ALL,
        unless=SETTLED,
        keywords=("bewertung", "rezension", "rückmeldung", "feedback", "meinung"),
    ),
    Rule(
        id="de.promotion.registration_reward",
        category="promotion",
        pattern=r"\bregistrier\w{0,6}"
        + LONG_GAP
        + _WERT_OHNE_GARANTIE
        + "|"
        + _WERT_OHNE_GARANTIE
        + LONG_GAP
        + r"\bregistrier\w{0,6}",
        note="insert, amazon_message: für die Registrierung etwas anderes als eine längere Garantie",
        policies=MK,
        message="registration_reward",
        unless=TRANSACTIONAL,
        keywords=("registrier",),
    ),
    Rule(
        id="de.newsletter.sign_up",
        category="newsletter_signup",
        pattern=r"\b(?:newsletter|kundenclub|vip-?club|treueprogramm|bonusprogramm|kundenkarte|club)\b"
        + GAP
        + r"\b(?:an|anmelden|abonnieren|eintragen|beitreten|registrieren)\b|\b(?:abonnieren|anmelden|eintragen|registrieren|mitglied\swerden|werden\ssie\smitglied)\b"
        + GAP
        + r"(?:newsletter|club|treueprogramm|bonusprogramm)"
        # a loyalty scheme described, the sign-up a sentence later
        + r"|\b(?:treueprogramm|bonusprogramm|kundenclub|kundenkarte)\b[^\n]{0,160}?\b(?:anmelden|"
        + r"beitreten|registrieren|mitglied\swerden)\b",
        note="amazon_message, insert: Newsletter, Club, Treueprogramm",
        policies=MK,
        keywords=("newsletter", "club", "treueprogramm", "bonusprogramm", "kundenkarte"),
    ),
    Rule(
        id="de.social.follow",
        category="social_media",
        pattern=r"\b(?:folgen\ssie\suns|folge\suns|besuchen\ssie\suns\sauf|finden\ssie\suns\sauf|abonnieren\ssie\sunseren\skanal)\b",
        note="amazon_message: Aufruf, in sozialen Netzwerken zu folgen",
        policies=AM,
        keywords=("folge", "besuchen sie uns", "finden sie uns", "kanal"),
    ),
    Rule(
        id="de.social.giveaway",
        category="social_media",
        pattern=r"\b(?:gewinnspiel\w{0,2}|gewinnen\ssie\s(?:ein|eine|einen|tolle|attraktive|jeden|jede|mit\setwas\sglück|\d{1,4})|verlosung\w{0,2}|zu\sgewinnen|verlosen|verlost|(?:und|&)\sgewinnen|mitmachen\sund\sgewinnen|gewinne\s(?:ein|eine|einen|tolle|jeden)|gewinner(?:in|innen)?\s(?:wird|werden)\s(?:ausgelost|gezogen|benachrichtigt)|glückliche[nr]?\sgewinner\w{0,4})\b",
        note="amazon_message, insert: Gewinnspiele in sozialen Netzwerken",
        policies=MK,
        message="social_giveaway",
        keywords=("gewinn", "verlos"),
    ),
    Rule(
        id="de.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"\b(?:abmelden|abzumelden|abbestellen|abzubestellen)\b|\bkeine\s(?:weiteren\s)?(?:nachrichten|e-?mails|mails)\s(?:mehr\s)?(?:von\suns\s)?(?:erhalten|bekommen)\b",
        note="amazon_message: Abmeldezeilen wie im Marketing",
        policies=AM,
        unless=r"(?:gerät|app\b|konto|bluetooth|wlan)",
        keywords=("abmelden", "abzumelden", "abbestellen", "abzubestellen", "keine"),
    ),
    Rule(
        id="de.contact.off_amazon",
        category="contact_diversion",
        pattern=r"\b(?:nicht|statt|anstatt)\s(?:über|via|bei|per)\samazon\b|\bschneller\sals\s(?:über|via|bei)\samazon\b|\baußerhalb\s(?:von\s)?amazon\b|\b(?:schreiben|kontaktieren|rufen|erreichen|mailen)\s(?:sie\s)?(?:uns|mir|mich)\s(?:\w{1,12}\s)?(?:direkt|persönlich|privat)\b",
        note="amazon_message: das Gespräch von Amazon weg verlagern",
        policies=AM,
        keywords=("amazon", "direkt", "persönlich", "privat"),
    ),
    Rule(
        id="de.competitor.knocking",
        category="competitor_disparagement",
        pattern=r"\bim\sgegensatz\szu\b"
        + GAP
        + r"(?:billig|nachbau|kopie|fälschung|plagiat|anbieter|konkurrenz|marken|händler)|\b(?:billige[nr]?|minderwertige[nr]?)\s(?:nachbauten|kopien|plagiate|imitate|produkte|fälschungen)\s(?:anderer|der\skonkurrenz|von\sanderen)",
        note="insert: Abwertung von Produkten anderer Anbieter",
        policies=INS,
        keywords=("gegensatz", "billig", "minderwertig"),
    ),
)
