"""English rules. Each note names the docs/policy.md line the rule enforces."""

from ..model import Rule
from ._shared import (
    ALL,
    AM,
    GAP,
    INS,
    LONG_GAP,
    MK,
    NETWORK,
    SETTLED,
    TRANSACTIONAL,
    WORD1,
    WORDS2,
    WORDS3,
)
from ._words import TECH_STARS

# --- vocabulary ---------------------------------------------------------------------------------
# Named pieces the rules below are built from. Extend a piece, not a single rule, when sellers
# turn out to say the same thing another way.

#: A public review, rating or opinion about the product.
_REVIEW = r"(?:reviews?|ratings?|feedback|thoughts|opinion|comments?|stars?|photo\sreview)"

#: "Once your review is live", "customers who leave a review", "every review you write": the
#: review is the condition. With a reward in the same sentence this is a review incentive.
_REVIEWED = (
    r"(?:"
    r"\b(?:once|when|after|as\ssoon\sas|the\smoment)\s(?:your|the|a|their)\s(?:[\w-]{1,15}\s)?"
    r"(?:review|rating|feedback)\s(?:is|has\sbeen|goes|gets|was|will\sbe)\s(?:live|posted|"
    r"published|up|online|visible|submitted|approved|written)"
    r"|\b(?:once|when|after|as\ssoon\sas)\syou(?:'ve|’ve|\shave)?\s(?:left|leave|posted|post|"
    r"written|write|shared|share|submitted|submit|published|publish|added|add|put\sup)\s"
    r"(?:a\s|an\s|your\s|us\sa\s|us\syour\s|the\s|some\s)?(?:[\w-]{1,15}\s)?"
    + _REVIEW
    + r"|\b(?:who|that)\s(?:leaves?|writes?|posts?|shares?|submits?|left|wrote|posted|shared)\s"
    r"(?:a\s|an\s|us\sa\s|their\s|your\s)?(?:[\w-]{1,15}\s)?"
    + _REVIEW
    + r"|\b(?:who|that)\s(?:rates?|rated|reviews?|reviewed)\s(?:us|it|the\sproduct|our\s[\w-]{2,20})\b"
    r"|\b(?:every|each)\s(?:[\w-]{1,15}\s)?(?:review|rating)\s(?:you|posted|left|written)"
    r"|\bafter\s(?:leaving|writing|posting|sharing)\s(?:a|an|your)\s(?:[\w-]{1,15}\s)?"
    r"(?:review|rating|feedback)"
    r")"
)

#: Something of value given to the customer. "Feel free" is not an offer.
_VALUE = (
    r"(?:(?<!feel\s)\bfree\b|\bgift\s?cards?|\bgifts?\b|\bvouchers?|\bcoupons?|\bcash\s?back|"
    r"\bcash\b|\bmoney\b|\bpaypal\b|\brefund\w{0,3}|\brebate|\brewards?\b|\bbonus|\bpoints\b|"
    r"\bstore\scredit|\bprizes?\b|\bdraws?\b|\bdiscounts?\b|\d{1,3}\s?%|[$£€]\s?\d{1,4}|"
    r"\b\d{1,4}\s?[$£€]|\bon\sus\b|\bfreebies?)"
)

#: Registering the product (the one thing an insert may reward, and only with more warranty).
_REGISTER = (
    r"\b(?:regist(?:er|ers|ering|ered|ration)|activat(?:e|ing)\syour\s(?:warranty|product))\b"
)

#: Value other than a longer warranty. "Free" counts unless warranty, repair or support follows.
_NON_WARRANTY_VALUE = (
    r"(?:\bgift\s?cards?|\bvouchers?|\bcoupons?|\bcash\s?back|\bdiscount|\d{1,3}\s?%\s(?:off|back|"
    r"cashback)|[$£€]\s?\d{1,4}|\b\d{1,4}\s?[$£€]|\bprizes?\b|\bprize\sdraw|\bdraw\b|\bpoints\b|"
    r"\bstore\scredit|\bfreebies?|\b(?:a|an|your|free)\sgift\b|\bfree\s(?!of\b|warrant|guarant|"
    r"extended|extension|lifetime|repairs?|replacement|registration|support|servic|help|advice|"
    r"check-?ups?|inspections?|maintenance|(?:annual|yearly|regular|periodic)\s(?:check|servic|inspection|maintenance)|"
    r"updates?|manual|\d|(?:one|two|three|four|five|an|extra|additional|bonus|another)\s(?:years?|"
    r"months?))[a-z]{3,20})"
)

#: A customer asked how they feel, as a question: "Happy with the kettle?", "Loved it?".
_HAPPY_Q = (
    r"\b(?:(?:happy|satisfied|pleased|delighted|thrilled)(?:\swith\s(?:your|the|our|this)\s"
    r"(?:[\w-]{2,20}\s)?[\w-]{2,20})?|(?:love|loved|loving|enjoy|enjoyed|enjoying|like|liked)\s"
    r"(?:it|them|(?:your|the|our|this)\s(?:[\w-]{2,20}\s)?[\w-]{2,20}))\s?\?"
)

#: What a happy customer is then steered to: a review, a rating, telling the world on Amazon.
_PUBLIC_PRAISE = (
    r"\b(?:reviews?|rate|rating|stars?|feedback|leave\sus|tell\s(?:the\sworld|others|everyone|"
    r"other\s(?:customers|buyers|shoppers))|share\s(?:your|the)\s(?:experience|love|thoughts)|"
    r"on\samazon)\b"
)

#: An unhappy customer, as a question: "Not happy?", "Not quite right?", "Disappointed?".
_UNHAPPY_Q = (
    r"\b(?:not\s(?:(?:completely|totally|fully|100%)\s)?(?:happy|satisfied|delighted|pleased|"
    r"quite\sright|perfect)|unhappy|disappointed|dissatisfied)(?:\swith\s(?:[\w-]{2,20}\s)?"
    r"[\w-]{2,20})?\s?\?"
)

#: A giveaway: win something, a draw, a winner.
_WIN = (
    r"(?:"
    r"\b(?:to|and|&|could|can|might|will|chance\sto)\swin\b(?!\s(?:back|over|out|through|time|"
    r"the\s(?:battle|war|fight|race)))"
    r"|\bwin\s(?:a|an|one|\d{1,4}|our|this|these|some|free|new|prizes?|big|every)\b"
    r"|\b(?:giving|give)\saway\b"
    r"|\b(?:monthly|weekly|quarterly|yearly|annual|prize|lucky|free)\sdraws?\b"
    r"|\b(?:enter(?:ed|s)?|entry|entries)\s(?:you\s)?(?:into|in|to|for)\s(?:a|an|our|the)\s"
    r"(?:[\w-]{1,15}\s)?draw\b"
    r"|\b(?:pick|picks|picking|draw|draws|drawing|choose|chooses|select|selects|announce)\s"
    r"(?:[\w-]{1,10}\s)?(?:lucky\s)?winners?\b"
    r"|\b(?:one|a|1|two|three|\d{1,2})\swinners?\s(?:every|each|a|per)\s(?:day|week|month|year)\b"
    r"|\b(?:lucky|monthly|weekly)\swinners?\b|\bwinners?\s(?:will\sbe|are|is)\s(?:drawn|picked|"
    r"chosen|announced|selected)"
    r")"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="en.promotion.own_site",
        category="promotion",
        message="own_site",
        pattern=r"\b(?:on|in|at|from|via|through|to)\sour\s(?:own\s)?(?:official\s)?(?:website|web\s?site|web\s?shop|web\s?store|online\s?(?:shop|store)|e-?shop|home\s?page|site)\b|\b(?:on|in|at|from)\sour\sown\s(?:store|shop)\b",
        note="amazon_message: pointing the buyer to the seller's own website or shop, even without a URL",
        policies=AM,
        keywords=("our",),
    ),
    # --- discount -----------------------------------------------------------------------------
    Rule(
        id="en.discount.code_offer",
        category="discount",
        pattern=r"\b(?:coupon|promo|promotional|discount|voucher|offer|gift)[ -]?codes?\b|\b(?:use|enter|apply|redeem|with|using)\s(?:the\s|our\s|my\s)?(?:code|coupon|voucher)\b",
        note="amazon_message, insert: a coupon or discount code",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("code", "coupon", "voucher"),
    ),
    Rule(
        id="en.discount.future_purchase",
        category="discount",
        pattern=r"\b(?:discount|coupon|voucher|% off|off|credit|gift card|save|saving|free\sshipping|free\sdelivery)\b"
        + LONG_GAP
        + r"\b(?:next|future|another|further|your\sfirst)\s(?:order|purchase|buy|visit|shopping)"
        # the other way round: "next time you need filters, pop THANKS in and it knocks a tenner off"
        + r"|\bnext\s(?:time|order|purchase)\b"
        + r"[^.!?。！？\n]{0,120}"
        + r"(?:\b\d{1,3}\s?%\s?off\b|\bknock\w{0,3}\s(?:[\w£$€-]{1,10}\s){1,3}off\b|[$£€]\s?\d{1,4}\soff\b|"
        r"\b(?:a\s)?(?:tenner|fiver)\soff\b)",
        note="amazon_message, insert: a % or money offer on a future purchase",
        policies=MK,
        keywords=("next", "future", "another", "further", "first"),
    ),
    Rule(
        id="en.discount.percent_off",
        category="discount",
        pattern=r"\b\d{1,3}\s?%\s(?:off|discount)\b|\bsave\s(?:up\sto\s|an\sextra\s)?(?:\d{1,3}\s?%|[$£€]\s?\d{1,4})|(?:[$£€]\s?\d{1,4}|\d{1,4}\s?[$£€])\soff\b|\b\d{1,3}\s?%\scheaper\b",
        note="amazon_message, insert: a % or money offer",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("%", "save", "off"),
    ),
    Rule(
        id="en.discount.voucher_for_shop",
        category="discount",
        pattern=r"\b(?:voucher|coupon|discount|gift card|store credit)\b"
        + GAP
        + r"\b(?:for|in|at|on)\s(?:our|the)\s(?:online\s)?(?:store|shop|website|web\s?shop|site)\b",
        note="insert: a voucher for the seller's own shop (a bundled offer)",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("voucher", "coupon", "discount", "gift card", "credit"),
    ),
    # --- promotion ----------------------------------------------------------------------------
    Rule(
        id="en.promotion.buy_direct",
        category="promotion",
        pattern=r"\b(?:buy|order|shop|purchase)\s"
        + WORDS2
        + r"(?:direct(?:ly)?\s)?(?:from|on|at|through|via)\s(?:us\s(?:directly|direct)|our\s(?:own\s)?(?:website|site|web\s?shop|online\s?(?:shop|store)|store|shop))\b|\b(?:buy|order|shop|purchase)\s"
        + WORDS2
        + r"direct(?:ly)?\s(?:from|with)\sus\b",
        note="amazon_message, insert: 'buy direct' from the seller's own shop",
        policies=MK,
        keywords=("buy", "order", "shop", "purchase"),
    ),
    Rule(
        id="en.promotion.visit_shop",
        category="promotion",
        pattern=r"\b(?:visit|check\sout|browse|explore|discover|shop|see|take\sa\slook\sat|have\sa\slook\sat)\s(?:all\sof\s)?our\s(?:full\s|whole\s|entire\s|complete\s|online\s|amazon\s|new\s)?(?:website|web\s?shop|online\s?(?:shop|store)|store\s?front|store|shop|range|collection|catalog(?:ue)?|products|line|selection|assortment|brand\sstore)\b",
        note="amazon_message, insert: invitation to the seller's shop, range or storefront",
        policies=MK,
        keywords=("our",),
    ),
    Rule(
        id="en.promotion.other_products",
        category="promotion",
        pattern=r"\bour\s(?:other|newest|latest|matching|new)\s(?:[\w'’-]{1,15}\s)?(?:products?|models?|collections?|ranges?|arrivals|accessories|releases?|line|flavou?rs|bestsellers?)\b|\bthe\s(?:newest|latest|new)\s(?:collection|range|arrivals|releases|line-?up|flavou?rs|bestsellers)\b|\bnew\s(?:collection|arrivals|spring collection|season)\b|\b(?:have\syou\sseen|you\s(?:might|may|will)\salso\s(?:like|love|enjoy))\b|\bour\s(?:matching|bestselling|best-selling)\s\w{2,20}|\b(?:check\sout|take\sa\slook\sat|have\sa\slook\sat|discover|explore)\s(?:our|the)\s(?:new|latest|newest|other|matching)\b",
        note="amazon_message, insert: cross-selling other or new products",
        policies=MK,
        unless=r"\b(?:replacement|instead of the|exchange|swap)\b",
        keywords=(
            "other",
            "new",
            "latest",
            "matching",
            "have you seen",
            "also",
            "bestsell",
            "best-sell",
        ),
    ),
    Rule(
        id="en.promotion.sales_event",
        category="promotion",
        pattern=r"\b(?:black\sfriday|cyber\smonday|flash\ssale|summer\ssale|winter\ssale|spring\ssale|clearance\ssale|big\ssale|limited[- ]time\soffer|special\soffer|exclusive\s(?:offer|deal)s?|shop\snow|buy\snow|order\snow|pre-?order\snow|coming\ssoon|don't\smiss\sout|while\sstocks\slast|(?:just|recently)\s(?:launched|released|dropped|added)|new\slaunch)\b",
        note="amazon_message, insert: sales events and calls to buy",
        policies=MK,
        keywords=(
            "black",
            "cyber",
            "sale",
            "offer",
            "deal",
            "now",
            "soon",
            "miss",
            "stocks",
            "launch",
            "released",
            "dropped",
            "added",
        ),
    ),
    Rule(
        id="en.promotion.registration_reward",
        category="promotion",
        pattern=_REGISTER
        + LONG_GAP
        + _NON_WARRANTY_VALUE
        + "|"
        + _NON_WARRANTY_VALUE
        + LONG_GAP
        + _REGISTER,
        note="insert, amazon_message: something of value other than a longer warranty for "
        "registering (gift card, voucher, cashback, a free item, a prize draw)",
        policies=MK,
        message="registration_reward",
        unless=TRANSACTIONAL,
        keywords=("regist", "activat"),
    ),
    # --- review solicitation -----------------------------------------------------------------
    Rule(
        id="en.review.five_star",
        category="review_solicitation",
        pattern=r"(?:\b(?:5|five)\s?-?\s?(?:stars?|★)|★{4,5}|\b5\s?/\s?5\b)"
        + GAP
        + r"(?:review|rating|feedback)|\b(?:review|rating|rate|feedback|leave|give|write)\b"
        + GAP
        + r"(?:\b(?:5|five)\s?-?\s?(?:stars?|★)|★{4,5})",
        note="amazon_message, insert: asking for a 5-star review (not: stars a test body gave)",
        policies=MK,
        unless=TECH_STARS,
        keywords=("5", "five", "★"),
    ),
    Rule(
        id="en.review.positive",
        category="review_solicitation",
        pattern=r"\b(?:positive|good|great|glowing|excellent|favou?rable|nice|top|perfect|high)\s(?:product\s)?(?:reviews?|ratings?|feedback|comments?|rating|scores?|marks)\b|\b(?:review|rate)\s(?:us|it|the\sproduct|our\sproduct)\spositively\b",
        note="amazon_message, insert: asking for a positive review",
        policies=MK,
        unless=r"\b(?:good\sor\sbad|positive\sor\snegative|bad\sor\sgood|negative\sor\spositive|honest|whether)\b",
        keywords=("review", "rating", "feedback", "comment", "score", "mark"),
    ),
    Rule(
        id="en.review.if_happy",
        category="review_solicitation",
        pattern=r"\bif\s(?:you(?:'re|’re|\sare|\swere)?|you've\sbeen)\s(?:\w{1,12}\s)?(?:happy|satisfied|pleased|delighted|enjoy|enjoyed|love|loved|like|liked)\b"
        + LONG_GAP
        + r"\b(?:review|rating|rate\sus|feedback|stars?)\b|\b(?:happy|satisfied|pleased|love\sit|like\sit|loving\sit|enjoying\sit|love\syour\s\w{2,20}|enjoying\syour\s\w{2,20})\s?\?\s{0,2}"
        + WORDS3
        + r"(?:review|rate|rating|leave\sus|stars?)\b|"
        + _HAPPY_Q
        + r"\s{0,2}"
        + LONG_GAP
        + _PUBLIC_PRAISE,
        note="amazon_message, insert: asking only happy customers for a review "
        "('Happy with the kettle? A quick review helps', 'Loved it? Tell the world on Amazon')",
        policies=MK,
        unless=r"\b(?:good\sor\sbad|bad\sor\sgood|positive\sor\snegative|negative\sor\spositive|"
        r"whatever\syour\s(?:experience|opinion)|either\sway)\b",
        keywords=("if you", "happy", "satisf", "pleased", "love", "like", "enjoy", "?"),
    ),
    Rule(
        id="en.review.gating",
        category="review_solicitation",
        pattern=r"\b(?:contact|message|e-?mail|write\sto|reach\sout\sto|talk\sto|tell|call)\s(?:us|me)\s"
        + WORDS3
        + r"(?:first|before)\b"
        + LONG_GAP
        + r"(?:review|rating|rate|feedback|score)|\bbefore\s(?:leaving|writing|posting|giving|heading|going|you\sleave|you\swrite|you\spost|you\sgive|you\shead|you\sgo|you\sturn|you\ssubmit)\b"
        + GAP
        + r"(?:reviews?|ratings?|feedback|scores?|stars?)|\bbefore\s(?:you\s)?(?:[\w'’-]{1,12}\s){0,2}(?:shar|post|publish|writ|tell|go)\w{0,4}\s(?:[\w'’-]{1,15}\s){0,3}(?:publicly|in\spublic|online|anything|the\sworld|your\sthoughts|your\sopinion|your\sverdict|your\sexperience|your\simpressions|on\samazon)\b|\b(?:tell|message|contact|email|write\sto)\sus\s(?:[\w'’-]{1,12}\s){0,3}before\s(?:telling|you\stell)\s(?:the\sworld|everyone|others)|\bbefore\s(?:you\s)?(?:review|rate|reviewing|rating|scoring)\b|\bonly\s(?:happy|satisfied)\s(?:customers|buyers)\b|\bnot\s(?:happy|satisfied)\?\s"
        + GAP
        + r"\b(?:contact|email|message|write\sto|tell)\s(?:us|me)\b|"
        + _UNHAPPY_Q
        + r"\s{0,2}"
        + GAP
        + r"\b(?:contact|e-?mail|message|write(?:\sto)?|tell|call|reply|talk\sto|get\sin\stouch(?:\swith)?|reach\sout(?:\sto)?|let)(?:\s(?:us|me))?(?:\s[\w-]{1,12}){0,2}\s(?:first|instead|before\s(?:anything|you\sdo|posting|reviewing|rating))\b|\b(?:instead\sof|rather\sthan)\s(?:leaving|writing|giving|posting)\s(?:a\s|an\s)?(?:negative\s|bad\s|low\s|poor\s|1-star\s|one-star\s)?(?:review|rating|feedback)",
        note="amazon_message, insert: review gating (contact us first / before reviewing)",
        policies=MK,
        message="review_gating",
        keywords=("first", "before", "only", "not", "instead", "rather"),
    ),
    Rule(
        id="en.review.change",
        category="review_solicitation",
        pattern=r"\b(?:(?:chang|updat|edit|remov|delet|revis|amend|modif|reconsider|withdraw|upgrad|improv|take\sdown|adjust|revisit|re-?rat|rais|bump)\w{0,4}(?:\sup)?|(?:take|taking|have|having|took)\sanother\slook\sat|look\sagain\sat|(?:give|giving)\sanother\sthought\sto)\s(?:or\s\w{2,10}\s)?(?:your|the|this|that|that\snegative|your\snegative)\s"
        + WORD1
        + WORD1
        + r"(?:review|rating|feedback|comment|stars?)s?\b"
        # "going back to the comment you posted last week and updating it"
        + r"|\b(?:go|going)\sback\sto\s(?:the|your|that)\s(?:comment|review|feedback|rating)s?\b"
        + r"[^.!?\n]{0,60}\b(?:updat|chang|edit|amend|revis)\w{0,4}",
        note="amazon_message, insert: asking to change or remove a review",
        policies=MK,
        message="review_change",
        keywords=("review", "rating", "feedback", "comment", "star"),
    ),
    # --- review incentive ---------------------------------------------------------------------
    Rule(
        id="en.incentive.value_for_review",
        category="review_incentive",
        pattern=r"\b(?:free|gift|gifts|voucher|coupon|discount|refund|reward|cash|money|paypal|gift\scard|bonus|sample|compensat\w{0,5}|reimburs\w{0,5}|\$\d{1,4}|£\d{1,4}|€\s?\d{1,4})\b"
        + LONG_GAP
        + r"\b(?:in\sexchange\sfor|in\sreturn\sfor|for|per|with\severy|if\syou|when\syou|once\syou)\s(?:you\s)?"
        + WORDS2
        + r"(?:reviews?|ratings?|feedback|rate)\b",
        note="everywhere: anything of value tied to a review",
        policies=ALL,
        keywords=("review", "rating", "feedback", "rate"),
    ),
    Rule(
        id="en.incentive.review_then_reward",
        category="review_incentive",
        pattern=r"\b(?:reviews?|ratings?|rate\sus|feedback)\b"
        + LONG_GAP
        + r"\b(?:and|to|then|&)\s(?:we(?:'ll|’ll|\swill)\s(?:send|give|refund|reimburse|pay|gift|mail|add|credit|transfer|offer)|(?:you(?:'ll|’ll|\swill)\s)?(?:get|receive|earn|win|claim|unlock|be\sentered\sinto|go\sinto|be\sin\swith)\s(?:a|an|your|the|\d|\$|£|€|free|our))|\b(?:reviews?|ratings?)\b"
        + LONG_GAP
        + r"\bwe(?:'ll|’ll|\swill)\s(?:refund|reimburse|send\syou\sa\sfree|pay)\b",
        note="everywhere: a reward promised once the review is posted",
        policies=ALL,
        keywords=("review", "rating", "rate us", "feedback"),
    ),
    Rule(
        id="en.incentive.reward_once_reviewed",
        category="review_incentive",
        pattern=_VALUE
        + LONG_GAP
        + _REVIEWED
        + "|"
        + _REVIEWED
        + LONG_GAP
        + _VALUE
        + r"|\bif\syou\s(?:leave|post|write|share|submit)\s(?:us\s)?(?:a|an|your)\s(?:[\w-]{1,15}\s)?"
        + _REVIEW
        + LONG_GAP
        + _VALUE,
        note="everywhere: anything of value once the review is posted ('a free strap once your "
        "review is live', 'customers who leave a review get…', 'every review enters a draw')",
        policies=ALL,
        unless=SETTLED,
        keywords=("review", "rating", "rate", "feedback", "thought", "opinion", "comment", "star"),
    ),
    # --- newsletter ---------------------------------------------------------------------------
    Rule(
        id="en.newsletter.sign_up",
        category="newsletter_signup",
        pattern=r"\b(?:sign(?:ing)?\s?up|subscrib(?:e|ing)|join(?:ing)?|register(?:ing)?|enrol{1,2}(?:ing)?|opt(?:ing)?\sin|becom(?:e|ing)\sa\smember)\b"
        + GAP
        + r"\b(?:newsletter|mailing\slist|e-?mail\slist|vip|club|loyalty|rewards?\sprogram(?:me)?|membership|insiders?|community|members)\b|\b(?:newsletter|mailing\slist)\b"
        + GAP
        + r"\b(?:sign\s?up|subscribe|join)\b|\b(?:vip|loyalty|rewards?)\s(?:club|program(?:me)?|member(?:ship)?|points)\b",
        note="amazon_message, insert: newsletter, VIP club, loyalty or membership sign-up",
        policies=MK,
        keywords=(
            "newsletter",
            "mailing",
            "mail list",
            "vip",
            "club",
            "loyalty",
            "reward",
            "member",
            "insider",
            "community",
        ),
    ),
    # --- social -------------------------------------------------------------------------------
    Rule(
        id="en.social.follow",
        category="social_media",
        pattern=r"\b(?:follow|like|find|join|connect\swith|subscribe\sto|tag|visit|check\sout)\s(?:us|me|our\s(?:page|channel|account|profile))\b"
        + GAP
        + NETWORK
        + r"|@[a-z0-9_.]{2,30}\s(?:on|at)\s"
        + NETWORK
        + r"|"
        + NETWORK
        + r"\s?:?\s?@[a-z0-9_.]{2,30}|\bfollow\sus\b",
        note="amazon_message: follow-us calls and social handles",
        policies=AM,
        keywords=(
            "follow",
            "instagram",
            "insta",
            "facebook",
            "tiktok",
            "youtube",
            "pinterest",
            "twitter",
            "linkedin",
            "snapchat",
            "threads",
        ),
    ),
    Rule(
        id="en.social.giveaway",
        category="social_media",
        pattern=r"\b(?:giveaways?|give-aways?|contests?|competition|sweepstakes?|raffles?|prize\sdraws?|chance\sto\swin|enter\sto\swin|to\swin\sa|win\sa\sfree|win\sone)\b|#\w{0,30}giveaway|"
        + _WIN,
        note="amazon_message, insert: giveaways and contests on social networks ('win a tent "
        "every month', 'we're giving away', 'entered into our monthly draw')",
        policies=MK,
        message="social_giveaway",
        keywords=(
            "give",
            "contest",
            "competition",
            "sweepstake",
            "raffle",
            "prize",
            "win",
            "away",
            "draw",
        ),
    ),
    # --- opt-out ------------------------------------------------------------------------------
    Rule(
        id="en.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"\bunsubscribe\b|\bopt[- ]out\b|\bno\slonger\s(?:wish|want)\sto\s(?:receive|get|hear)\b|\bdon't\swant\sto\s(?:receive|get)\s(?:any\s)?(?:more|further)\s(?:messages|emails|e-mails)\b",
        note="amazon_message: marketing-style unsubscribe lines",
        policies=AM,
        keywords=("unsubscribe", "opt", "no longer", "don't want"),
    ),
    # --- contact diversion --------------------------------------------------------------------
    Rule(
        id="en.contact.off_amazon",
        category="contact_diversion",
        pattern=r"\b(?:outside|off|instead\sof|rather\sthan|bypass(?:ing)?)\s(?:of\s)?(?:amazon(?:['’]s\s(?:messag\w{0,5}|chat|system|platform)|(?!['’]s))|the\samazon\s(?:messaging|message|messages))\b|\b(?:faster|quicker|easier|better)\s(?:than|as)\s(?:via\s|through\s|on\s|over\s)?amazon\b|\b(?:e-?mail|write\sto|message|text|call|contact|reach)\s(?:us|me)\s(?:directly|privately|personally)\b",
        note="amazon_message: moving the conversation off Amazon",
        policies=AM,
        keywords=("amazon", "directly", "privately", "personally"),
    ),
    # --- competitor disparagement -------------------------------------------------------------
    Rule(
        id="en.competitor.knocking",
        category="competitor_disparagement",
        pattern=r"\b(?:unlike|compared\sto|better\sthan|superior\sto|not\slike)\s(?:the\s|those\s)?(?:cheap|cheaper|inferior|low[- ]quality|poor|fake|knock-?off|copycat|generic|other)?\s?"
        + WORDS2
        + r"(?:copies|copycats|knock-?offs|imitations|fakes|clones|sellers|brands|manufacturers|vendors|competitors?|competition)\b|\b(?:cheap|inferior|low[- ]quality|poor[- ]quality|dangerous|toxic|fake)\s"
        + WORDS2
        + r"(?:from|by|of|sold\sby)\s(?:other|rival|competing)\s(?:sellers|brands|manufacturers|vendors|shops)\b|\bdon't\s(?:buy|trust)\s(?:from\s)?(?:other|those|cheap)\b",
        note="insert: knocking other sellers' products",
        policies=INS,
        keywords=(
            "unlike",
            "compared",
            "better than",
            "superior",
            "not like",
            "cheap",
            "inferior",
            "quality",
            "dangerous",
            "toxic",
            "fake",
            "don't",
        ),
    ),
)
