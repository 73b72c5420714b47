"""French rules. Each note names the docs/policy.md line the rule enforces."""

from ..model import Rule
from ._shared import ALL, AM, GAP, INS, LONG_GAP, MK, SETTLED, TRANSACTIONAL, WORDS2
from ._words import TECH_STARS

# --- vocabulary ---------------------------------------------------------------------------------

_AVIS = r"(?:avis|commentaire|évaluation|note|retour\sd['’]expérience)s?"

#: The review is the condition: "dès que votre avis est publié", "ceux qui laissent un avis".
_AVIS_PUBLIE = (
    r"(?:"
    r"\b(?:dès\squ['’]|dès\sque|une\sfois\sque|lorsque|quand|après\sque|sitôt\sque)\s?"
    r"(?:votre|ton|le|l['’]|un)\s?(?:[\w-]{1,15}\s)?" + _AVIS + r"\s(?:est|sera|a\sété|"
    r"aura\sété)\s(?:publié|en\sligne|visible|posté|validé|déposé)"
    r"|\b(?:dès\sque|une\sfois\sque|lorsque|quand|après\sque)\svous\s(?:aurez|avez)\s"
    r"(?:laissé|publié|posté|rédigé|écrit|partagé|donné|déposé)\s(?:votre|un|une)\s"
    r"(?:[\w-]{1,15}\s)?"
    + _AVIS
    + r"|\bune\sfois\s(?:votre|l['’])\s?"
    + _AVIS
    + r"\s(?:publié|posté|en\sligne|déposé)"
    r"|\b(?:qui|ceux\squi|celles\squi)\s(?:laissent|laisse|publient|publie|rédigent|rédige|"
    r"partagent|partage|donnent|déposent)\s(?:un|une|leur|son)\s(?:[\w-]{1,15}\s)?"
    + _AVIS
    + r"|\b(?:pour\s)?chaque\s"
    + _AVIS
    + r"\s(?:laissé|publié|déposé|rédigé)"
    r"|\baprès\s(?:avoir\s)?(?:laissé|publié|posté|rédigé|déposé)\s(?:votre|un|une)\s"
    r"(?:[\w-]{1,15}\s)?" + _AVIS + r")"
)

#: Something of value for the customer.
_VALEUR = (
    r"(?:carte[\s-]cadeau|cadeau|offert\w{0,2}|offrirons|offrons|gratuit\w{0,2}|"
    r"bon\sd['’]achat|bon\sde\sréduction|remise|réduction|rembours\w{0,6}|tirage|points|"
    r"\d{1,3}\s?%|\d{1,4}\s?€|€\s?\d{1,4}|cashback|récompense|échantillon)"
)

#: Value other than a longer warranty, for registering ("garantie offerte" is fine).
_VALEUR_HORS_GARANTIE = (
    r"(?:carte[\s-]cadeau|bon\sd['’]achat|bon\sde\sréduction|\bun\scadeau|remise|réduction|"
    r"cashback|\d{1,3}\s?%|\d{1,4}\s?€|€\s?\d{1,4}|tirage\sau\ssort|points\sfidélité)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="fr.promotion.own_site",
        category="promotion",
        message="own_site",
        pattern=r"\b(?:sur|dans|via|depuis|à\stravers)\snotre\s(?:propre\s)?(?:site(?:\s(?:web|internet|officiel|marchand))?|boutique(?:\sen\sligne)?|e-?shop|page\sweb)\b",
        note="amazon_message : renvoi vers le site ou la boutique du vendeur, même sans URL",
        policies=AM,
        keywords=("notre",),
    ),
    Rule(
        id="fr.discount.code_offer",
        category="discount",
        pattern=r"\bcodes?\s(?:promo|promotionnel|de\sréduction|de\sremise|réduction|avantage|de\sbienvenue)\b|\bbons?\s(?:de\sréduction|d'achat|d’achat)\b|\bavec\sle\scode\b",
        note="amazon_message, insert: code promo ou bon de réduction",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("code", "bon"),
    ),
    Rule(
        id="fr.discount.future_purchase",
        category="discount",
        pattern=r"(?:réduction|remise|bon|code|%|€|euros?|offert|économis)"
        + LONG_GAP
        + r"\b(?:prochaine?s?|futur(?:e|es|s)?|premi[eè]re?)\s(?:commandes?|achats?)"
        # the other way round: "lors de votre prochaine commande, 10 % seront déduits"
        + r"|\bprochaine?s?\s(?:commandes?|achats?)\b"
        + LONG_GAP
        + r"(?:\d{1,3}\s?%\s(?:seront|sera|de\s)|\d{1,3}\s?%\s?(?:déduit|offert|de\sréduction)|"
        r"\d{1,4}\s?€\s(?:seront|de\s)?(?:déduit|offert))",
        note="amazon_message, insert: offre en % ou en argent sur un prochain achat",
        policies=MK,
        keywords=("prochain", "futur", "premi"),
    ),
    Rule(
        id="fr.discount.percent",
        category="discount",
        pattern=r"\b\d{1,3}\s?%\s(?:de\sréduction|de\sremise|sur\stout|de\srabais|moins\scher)\b|(?<![\w-])-\s?\d{1,2}\s?%|\béconomisez\s(?:jusqu'à\s)?\d{1,3}\s?%",
        note="amazon_message, insert: remise en pourcentage",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("%",),
    ),
    Rule(
        id="fr.promotion.buy_direct",
        category="promotion",
        pattern=r"\b(?:commandez|achetez|commander|acheter)\s"
        + WORDS2
        + r"directement\s(?:sur|chez|via|auprès\sde)\s(?:notre|nous)\b|\bdirectement\ssur\snotre\s(?:site|boutique|e-?shop)\b",
        note="amazon_message, insert: « achetez directement chez nous »",
        policies=MK,
        keywords=("directement",),
    ),
    Rule(
        id="fr.promotion.visit_shop",
        category="promotion",
        pattern=r"\b(?:découvrez|visitez|retrouvez|explorez|parcourez|jetez\sun\sœil\sà)\s(?:aussi\s|également\s|vite\s)?(?:toute\s|tous\s|toutes\s|tout\s)?(?:notre|nos)\s(?:\w{1,20}\s)?(?:gamme|boutique|site|collection|produits|nouveautés|nouvelle|nouveau|nouvel|catalogue|accessoires|offres|univers|e-?shop)\b",
        note="amazon_message, insert: invitation vers la boutique ou la gamme",
        policies=MK,
        keywords=("notre", "nos"),
    ),
    Rule(
        id="fr.promotion.sales_event",
        category="promotion",
        pattern=r"\b(?:soldes|promotion\sexceptionnelle|offre\sspéciale|offre\sexclusive|offres\sexclusives|vente\sflash|black\sfriday|à\sne\spas\smanquer|commandez\sdès\smaintenant|dans\sla\slimite\sdes\sstocks)\b",
        note="amazon_message, insert: opérations commerciales",
        policies=MK,
        keywords=(
            "soldes",
            "promotion",
            "offre",
            "vente",
            "friday",
            "manquer",
            "maintenant",
            "stocks",
        ),
    ),
    Rule(
        id="fr.review.five_star",
        category="review_solicitation",
        pattern=r"\b(?:5|cinq)\s?étoiles\b|\bnote\smaximale\b",
        note="amazon_message, insert: demande de 5 étoiles (pas : hôtel cinq étoiles)",
        policies=MK,
        unless=TECH_STARS,
        keywords=("étoile", "maximale"),
    ),
    Rule(
        id="fr.review.positive",
        category="review_solicitation",
        pattern=r"\b(?:avis|évaluation|note|commentaire|retour)s?\s(?:positi(?:f|ve)s?|favorables?|élogieu(?:x|se|ses)|excellente?s?)\b|\b(?:bon|bonne|excellent|excellente)\s(?:avis|évaluation|note|commentaire)\b",
        note="amazon_message, insert: demande d'avis positif",
        policies=MK,
        unless=r"(?:positif\sou\snégatif|positive\sou\snégative|négatif\sou\spositif|qu'il\ssoit|qu’il\ssoit|sincère|honnête)",
        keywords=("avis", "évaluation", "note", "commentaire", "retour"),
    ),
    Rule(
        id="fr.review.if_happy",
        category="review_solicitation",
        pattern=r"\bsi\svous\sêtes\s(?:\w{1,12}\s)?(?:satisfait|content|ravi|conquis)e?s?\b"
        + LONG_GAP
        + r"(?:avis|étoiles|évaluation|note|commentaire)|\b(?:satisfait|content|ravi|conquis)e?s?\s?\?\s"
        + WORDS2
        + r"(?:laissez|donnez|notez|un\savis)|\b(?:(?<!pas\s)(?:satisfait|content|ravi|conquis)e?s?|vous\s(?:avez\s)?(?:aimé|adoré|aimez|adorez)(?:\s[\w'’-]{1,20}){0,2})\s?\?\s{0,2}"
        + LONG_GAP
        + r"(?:avis|étoiles|évaluation|\bnote[zr]?\b|commentaire|sur\samazon)",
        note="amazon_message, insert: avis demandé aux seuls clients satisfaits",
        policies=MK,
        unless=r"(?:positif\sou\snégatif|positive\sou\snégative|négatif\sou\spositif|qu['’]il\ssoit)",
        keywords=("satisfait", "content", "ravi", "conquis", "aimé", "adoré", "aimez", "adorez"),
    ),
    Rule(
        id="fr.review.gating",
        category="review_solicitation",
        pattern=r"\bavant\sde\s(?:publier|partager|poster|écrire|raconter)\s(?:quoi\sque\sce\ssoit|quelque\schose|votre\s(?:ressenti|opinion|expérience|avis|impression)|vos\simpressions|publiquement|en\sligne|sur\samazon)|\b(?:avant|plutôt\sque|au\slieu)\sd(?:e\s|['’])(?:le\s|l['’]|nous\s)?(?:noter|évaluer|commenter|juger)\b|\b(?:pas\s(?:entièrement\s|totalement\s)?satisfait\w{0,2}|déçu\w{0,2}|insatisfait\w{0,2}|un\s(?:souci|problème))\s?\?\s{0,2}"
        + GAP
        + r"\bd['’]abord\b|\bavant\sde\s(?:laisser|écrire|publier|donner|poster|mettre)\s(?:un|votre|une)\s(?:\w{1,20}\s)?(?:avis|commentaire|évaluation|note)|\b(?:plutôt\sque|au\slieu\sde)\s(?:laisser|mettre|écrire)\s(?:un|une)\s(?:\w{1,20}\s)?(?:avis|commentaire|évaluation|note)",
        note="amazon_message, insert: filtrage des avis (« contactez-nous avant de laisser un avis »)",
        policies=MK,
        message="review_gating",
        keywords=("avant", "plutôt que", "au lieu", "abord"),
    ),
    Rule(
        id="fr.review.change",
        category="review_solicitation",
        pattern=r"\b(?:modifier|changer|supprimer|retirer|mettre\sà\sjour|revoir|réviser|corriger|améliorer)\s(?:votre|ce|cet|cette|l'|l’|le|la)\s?(?:\w{1,20}\s)?(?:avis|commentaire|évaluation|note)\b",
        note="amazon_message, insert: demande de modifier ou supprimer un avis",
        policies=MK,
        message="review_change",
        keywords=("avis", "commentaire", "évaluation", "note"),
    ),
    Rule(
        id="fr.incentive.value_for_review",
        category="review_incentive",
        pattern=r"\b(?:avis|évaluation|commentaire)\b"
        + LONG_GAP
        + r"\b(?:recevez|obtenez|offerte?|cadeau|gratuite?|bon\sd'achat|bon\sd’achat|rembourserons|remboursons|vous\srembourser|sera\sremboursé|récompense)|"
        + r"\b(?:en\séchange|contre|en\scontrepartie)\s(?:d'un|d’un|de\svotre|d'une|d’une|un|une|votre)\s(?:\w{1,20}\s)?(?:avis|commentaire|évaluation)|\bun\savis\s?=\s?un\scadeau",
        note="partout : contrepartie contre un avis",
        policies=ALL,
        keywords=("avis", "évaluation", "commentaire", "note", "retour"),
    ),
    Rule(
        id="fr.incentive.reward_once_reviewed",
        category="review_incentive",
        pattern=_AVIS_PUBLIE + LONG_GAP + _VALEUR + "|" + _VALEUR + LONG_GAP + _AVIS_PUBLIE,
        note="partout : contrepartie une fois l'avis publié (« dès que votre avis est publié … carte cadeau »)",
        policies=ALL,
        unless=SETTLED,
        keywords=("avis", "commentaire", "évaluation", "note", "retour"),
    ),
    Rule(
        id="fr.promotion.registration_reward",
        category="promotion",
        pattern=r"\benregistr\w{0,6}"
        + LONG_GAP
        + _VALEUR_HORS_GARANTIE
        + "|"
        + _VALEUR_HORS_GARANTIE
        + LONG_GAP
        + r"\benregistr\w{0,6}",
        note="insert, amazon_message : pour l'enregistrement, autre chose qu'une garantie plus longue",
        policies=MK,
        message="registration_reward",
        unless=TRANSACTIONAL,
        keywords=("enregistr",),
    ),
    Rule(
        id="fr.newsletter.sign_up",
        category="newsletter_signup",
        pattern=r"\b(?:inscrivez-vous|abonnez-vous|rejoignez|inscrivez\svous|adhérez)\b"
        + GAP
        + r"\b(?:newsletter|lettre\sd'information|lettre\sd’information|club|programme|liste|communauté)\b|\bprogramme\sde\sfidélité\b|\bcarte\sde\sfidélité\b",
        note="amazon_message, insert: inscription newsletter, club, fidélité",
        policies=MK,
        keywords=("inscri", "abonnez", "rejoignez", "adhérez", "fidélité"),
    ),
    Rule(
        id="fr.social.follow",
        category="social_media",
        pattern=r"\b(?:suivez-nous|suivez\snous|rejoignez-nous\ssur|retrouvez-nous\ssur|abonnez-vous\sà\snotre\s(?:compte|chaîne|page))\b",
        note="amazon_message: appels à suivre sur les réseaux sociaux",
        policies=AM,
        keywords=("suivez", "rejoignez", "retrouvez", "abonnez"),
    ),
    Rule(
        id="fr.social.giveaway",
        category="social_media",
        pattern=r"\b(?:jeu[- ]concours|concours|tentez\sde\sgagner|à\sgagner|tirage\sau\ssort|gagnez\s(?:un|une|des|le|la|votre)|gagner\s(?:un|une|des|l['’]un|l['’]une|nos|\d{1,4})|gagnant(?:e|s|es)?\s(?:sera|seront|est|sont)\s(?:tiré|désigné|annoncé|choisi)\w{0,2}|tirage\s(?:mensuel|hebdomadaire|trimestriel)|nous\s(?:faisons\sgagner|offrons\sà\sgagner))\b",
        note="amazon_message, insert: jeux-concours",
        policies=MK,
        message="social_giveaway",
        keywords=("concours", "gagn", "tirage"),
    ),
    Rule(
        id="fr.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"\bdésabonne\w{0,4}|\bdésinscri\w{0,6}|\bne\splus\srecevoir\b",
        note="amazon_message: lignes de désinscription",
        policies=AM,
        keywords=("désabonne", "désinscri", "ne plus recevoir"),
    ),
    Rule(
        id="fr.contact.off_amazon",
        category="contact_diversion",
        pattern=r"\bhors\s(?:d')?amazon\b|\ben\sdehors\sd['’]amazon\b|\b(?:écrivez|contactez|appelez)-nous\s(?:\w{1,12}\s){0,2}(?:directement|en\sprivé)\b|\bsans\spasser\spar\samazon\b",
        note="amazon_message: déplacer la conversation hors d'Amazon",
        policies=AM,
        keywords=("amazon", "directement", "privé"),
    ),
    Rule(
        id="fr.competitor.knocking",
        category="competitor_disparagement",
        pattern=r"\bcontrairement\saux?\s"
        + WORDS2
        + r"(?:imitations|copies|contrefaçons|concurrents|autres\svendeurs|autres\smarques|produits\sbon\smarché)|\b(?:imitations|copies|contrefaçons)\s(?:bon\smarché|de\smauvaise\squalité|d'autres\svendeurs|d’autres\svendeurs)",
        note="insert: dénigrement des produits d'autres vendeurs",
        policies=INS,
        keywords=("contrairement", "imitation", "copies", "contrefaçon"),
    ),
)
