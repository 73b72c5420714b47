"""Risk signals around reviews: mentions, ratings, gating, rewards, tester programmes."""

from ...model import Rule
from .._shared import LONG_GAP, MK, SETTLED, kw
from .._words import (
    NEUTRAL,
    NEXT_STEP,
    OPINION,
    PARAGRAPH_GAP,
    PUBLIC,
    REVIEW_KEYWORDS,
    REVIEW_WORD,
    SHARE,
    STARS,
    TECH_STARS,
    VALUE_SOFT,
)

#: The seller's own verbs on the customer's case ("we reviewed your photos") are not reviews.
_CASE_REVIEW = (
    r"(?:\b(?:we|i|team|will|to|we'll|i'll|we've|i've|have|has|had|after|before|been)\s"
    r"(?:[\w'’-]{1,12}\s)?(?:review|reviewed|reviewing)\s(?:the|your|this|these|those|it|them|"
    r"all|our|each|every|a|an)\b|\b(?:under|for|in|pending|manual)\sreview\b|"
    r"\breview\sof\s(?:the|your)\s(?:case|claim|request|photos?|pictures?|return|order)\b|"
    r"\b(?:energy|efficiency|power|load|fire|ip|voltage|wattage|temperature)\s(?:[\w-]{1,8}\s)?"
    r"rating|\b[a-g]\+{0,3}\srating|\bip\s?\d{2}|energieeffizienz|effizienzklasse|"
    r"classe\sénergétique|clase\senergética|classe\senergetica|能效|省エネ)"
)

#: Looking again at something: "take another look at", "noch einmal überdenken", "revoir".
_REVISIT = (
    r"(?:\b(?:take|have)\s(?:another|a\ssecond|a\sfresh|a\snew)\slook\sat|\blook\sagain\sat|"
    r"\breconsider|\brevisit|\brethink|\bnoch\s(?:einmal|mal)\s(?:einen\sblick\sauf|überdenken|"
    r"überarbeiten)|\büberdenken|\brevoir|\breconsidérer|\brevis(?:ar|e|ara|arlo|arla)\b|"
    r"\breconsiderar|\brivedere|\briconsiderare|重新(?:看看|考虑|审视)|見直|"
    r"\bchange\syour\smind\sabout|\bchanger\sd['’]avis\ssur|\bcambi\w{1,4}\sde\sopini[oó]n\s(?:sobre|"
    r"acerca\sde)|\bcambiare\sidea\ssu|\bmeinung\s(?:zu|über)|\brevoir\s(?:votre|ta)\snote)"
)

#: What the buyer wrote publicly, named without the word review.
_THEIR_POST = (
    r"(?:what\syou\s(?:posted|wrote|said|shared|left)|your\s(?:post|comments?|words|feedback)|"
    r"(?:was|what)\s(?:sie|du)\s(?:geschrieben|gepostet|veröffentlicht)|ihre[nm]?\s(?:beitrag|"
    r"kommentar)|ce\sque\svous\savez\s(?:écrit|publié|posté)|votre\s(?:commentaire|publication|"
    r"message\spublic)|lo\sque\s(?:usted\s)?(?:escribió|publicó|comentó)|su\s(?:comentario|"
    r"publicaci[oó]n)|(?:quanto|ciò\sche)\s(?:ha|hai)\s(?:scritto|pubblicato)|il\ssuo\s(?:commento|"
    r"post)|il\s(?:suo\s|tuo\s)?giudizio|您(?:写|发)的(?:内容|留言)|(?:投稿|書き込み)(?:内容)?|"
    r"(?:sterne|stars|étoiles|estrellas|stelle|note)\b)"
)

#: A reward that is already this order's money, or was applied at checkout.
_SETTLED_OR_APPLIED = (
    r"(?:" + SETTLED + r"|\b(?:was|were|been|already)\sapplied|angewendet|appliqu|aplicad|"
    r"applicat|已抵扣|適用)"
)

#: Tester programmes and customer panels: free products in exchange for an opinion.
_TESTER = (
    r"(?:\b(?:product\s)?testers?\b|\btester\sprogram(?:me)?|\btest(?:ing)?\s(?:panel|team|club|"
    r"programme|program)|\b(?:customer|product|consumer|user|tasting|feedback)\s(?:panel|council|"
    r"board)|\bprototypes?\b|\bbeta\s(?:test|version|programme)|\binsiders?\spanel|\bambassadors?\b|"
    r"\bearly\sreviewers?|\breview\s(?:club|team|panel)|\btry\s(?:our\s)?new\sproducts\sfor\sfree|"
    r"produkttester|testerprogramm|tester\swerden|testerteam|testerrunde|testerkreis|kundenpanel|"
    r"testpanel|"
    r"kundenbeirat|markenbotschafter|\btesteu(?:r|se|rs|ses)\b|panel\sde\sclients|"
    r"programme\sde\stest|ambassadeu(?:r|rs|rice)|\bprobador(?:es|as?)?\b|panel\sde\sclientes|"
    r"programa\sde\s(?:probadores|pruebas|testers)|embajador(?:es|as?)?\b|"
    r"programma\s(?:di\s)?test|panel\s(?:di\s)?clienti|\bambassador\b|"
    r"试用官|体验官|试用(?:活动|计划|名额)|新品试用|免费试用|测评团|评测团|品鉴团|"
    r"モニター(?:募集|プログラム|価格|様)|テスター|アンバサダー|レビュアー募集|先行体験)"
)

#: Telling other buyers, said in one breath: "let other shoppers know", "让更多买家知道".
_TELL_OTHERS = (
    r"(?:\b(?:let|tell)\s(?:[\w-]{1,15}\s){0,2}(?:other|more|fellow)\s(?:[\w-]{2,15}\s)?"
    r"(?:buyers|customers|shoppers|people|users)\b|让(?:更多|其他|别的)的?(?:买家|人|顾客|朋友)知道)"
)

#: An unhappy customer: the other half of a gating sentence.
_UNHAPPY = (
    r"(?:\bunhappy\b|\bnot\s(?:completely\s|entirely\s|100%\s)?(?:happy|satisfied|delighted|pleased)|"
    r"\bdisappoint\w{0,4}|\bdissatisfied\b|unzufrieden|enttäusch|mécontent|insatisfait|déçu|"
    r"descontent|insatisfech|decepcionad|insoddisfatt|delus[oa]|scontent|不满意|不满|失望|ご不満|"
    r"ご満足いただけない)"
)

#: Returning, using or installing: where "contact us first" is service, not gating.
_RETURNS = (
    r"(?:\breturn|send\s(?:it|them)\sback|ship\s(?:it|them)\sback|dispos|rücksend|"
    r"zurücksend|retour|renvoy|devoluci|devolver|reso\b|restitu|退货|退回|返品|返送|"
    r"\b(?:use|using|install|installing|charg|plug|switch|wash|clean|assembl|mount)\w{0,4}\b|"
    r"benutz|gebrauch|montage|install|utilis|lavage|usar|uso\b|utilizz|lavare|使用|安装|"
    r"ご使用|取り付け|組み立て)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="risks.review.revisit_post",
        category="review_solicitation",
        pattern=_REVISIT + r"\s(?:[\w'’-]{1,15}\s){0,2}" + _THEIR_POST,
        note="amazon_message, insert: the buyer asked to look again at what they posted, the word "
        "review unsaid ('take another look at what you posted about us'); a person checks it",
        policies=MK,
        message="risk_review",
        keywords=kw(
            "look|reconsider|revisit|rethink|überdenk|überarbeit|blick|revoir|reconsidér|"
            "revis|reconsider|rivede|riconsider|重新|見直|mind|avis|opini|idea|meinung|note"
        ),
        risk=True,
    ),
    Rule(
        id="risks.review.mention",
        category="review_solicitation",
        pattern=REVIEW_WORD,
        note="amazon_message, insert: reviews or ratings are mentioned without the neutral "
        "wording of a request to every buyer ('good or bad', 'honest'); a person checks it is "
        "neutral, unconditional and not gated",
        policies=MK,
        message="risk_review",
        unless=NEUTRAL + "|" + _CASE_REVIEW,
        around=1,
        keywords=REVIEW_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.review.stars",
        category="review_solicitation",
        pattern=STARS,
        note="amazon_message, insert: stars, top marks or a perfect score are mentioned (also as "
        "emoji, '満点', 'volle Punktzahl'); stars that describe a hotel or a freezer are not "
        "ratings",
        policies=MK,
        message="risk_review",
        unless=NEUTRAL + "|" + TECH_STARS,
        keywords=kw(
            "star|stern|étoile|estrell|stell|★|☆|⭐|🌟|⃣|full |top |perfect|volle|"
            "höchstnote|bestnote|bestbewertung|note |puntuaci|nota|máxima|punteggio|"
            "voto|voti|meilleure|highest|满|星|颗|満点|評価|un bel|un cinco|un 5|un diez|un 10|"
            "five on|5 on|ten on|10 on|un joli|cinq sur|5 sur"
        ),
        risk=True,
    ),
    Rule(
        id="risks.review.opinion_public",
        category="review_solicitation",
        pattern="(?:"
        + OPINION
        + LONG_GAP
        + PUBLIC
        + "|"
        + PUBLIC
        + LONG_GAP
        + OPINION
        + "|"
        + SHARE
        + LONG_GAP
        + PUBLIC
        + "|"
        + PUBLIC
        + LONG_GAP
        + SHARE
        + "|"
        + _TELL_OTHERS
        + ")",
        note="amazon_message, insert: an opinion, impressions or 'a few lines' that go on Amazon, "
        "the product page or in public: a review by another name",
        policies=MK,
        message="risk_review",
        unless=NEUTRAL,
        around=1,
        keywords=kw(
            "let |tell |让|"
            "更多|大家|der welt|au monde|al mundo|al mondo|more |fellow|"
            "where|fellow|wo ander|là où|donde otros|dove altri|ほか|他の|目に留まる|能看到|可以看到|"
            "let |tell |其他|别的|お客様|皆様|みなさま|people|everyone|others|"
            "listing|seite|"
            "amazon|product page|public|online|world|other | up| live|produktseite|"
            "öffentlich|anderen|fiche|page|autres|página|ficha|otros|pagina|altri|"
            "亚马逊|商品页|产品页|公开|商品ページ|公開"
        ),
        risk=True,
    ),
    Rule(
        id="risks.review.gating",
        category="review_solicitation",
        pattern=(
            r"(?:\b(?:don't|do\snot|please\sdon't|never)\s(?:go|run|head|rush|turn)\s(?:[\w-]{1,12}\s)?"
            r"(?:straight\s|directly\s)?to\s(?:amazon|the\sreviews?|a\sreview)|\bstraight\sto\s"
            r"(?:amazon|the\sreviews?)|\bnicht\s(?:gleich|sofort|direkt)\s(?:[\w-]{1,12}\s)?(?:zu\s|auf\s|bei\s)?"
            r"(?:amazon|eine\sbewertung|bewerten)|\bne\s(?:pas\s)?(?:allez|passez|filez)\s(?:pas\s)?"
            r"(?:directement\s)?sur\samazon|\bno\s(?:vaya|vayas|acuda)\s(?:directamente\s)?a\samazon|"
            r"\bnon\s(?:andare|vada|correre|corra)\s(?:subito\s|direttamente\s)?su\samazon|"
            r"不要直接(?:去)?(?:亚马逊|评价|差评)|すぐに(?:レビュー|amazon)"
            r"|\bbefore\s(?:you(?:'ve|\shave)?\s(?:[\w'’-]{1,12}\s)?)?(?:post|posting|share|sharing|"
            r"publish|publishing|tell|telling|go|going|write|writing|leave|leaving|rate|rating|review|"
            r"reviewing|judge|judging|make\sup\syour\smind|decide|deciding|say|saying|put|putting|"
            r"comment|commenting|complain|complaining|mention|mentioning)\b"
            r"|\b(?:instead|rather)\s(?:of|than)\s(?:posting|sharing|leaving|writing|going\spublic|"
            r"telling)"
            r"|\b(?:zuerst|zunächst|vorher|erst\s(?:einmal|mal))\s(?:[\w-]{1,15}\s){0,3}(?:uns|bei\suns)\b"
            r"|\b(?:uns|bei\suns)\s(?:[\w-]{1,15}\s){0,3}(?:zuerst|zunächst|vorher)\b"
            r"|\bbevor\s(?:sie|du)\s(?:[\w-]{1,20}\s){0,4}(?:öffentlich|teilen|posten|"
            r"veröffentlichen|schreiben|bewerten|urteilen|weitererzählen|erzählen)"
            r"|\b(?:statt|anstatt)\s(?:[\w-]{1,15}\s){0,2}(?:öffentlich|zu\sposten|zu\sbewerten)"
            r"|\bd['’]abord\b|\ben\spremier\b|\bau\spréalable\b"
            r"|\bavant\sde\s(?:nous\s)?(?:publier|partager|poster|écrire|laisser|noter|juger|"
            r"donner|évaluer|commenter|raconter)"
            r"|\b(?:plutôt\sque|au\slieu\sde)\s(?:publier|partager|laisser|écrire)"
            r"|\b(?:primero|antes)\s(?:[\w-]{1,15}\s){0,2}(?:con\snosotros|escr[ií]b\w{0,6}nos|"
            r"cont[aá]ct\w{0,6}nos|nos\s(?:escrib|contact|avis|cuent))"
            r"|\b(?:escr[ií]b\w{0,6}nos|cont[aá]ct\w{0,6}nos|av[ií]s\w{0,6}nos)\s(?:[\w-]{1,15}\s){0,2}"
            r"(?:primero|antes)\b"
            r"|\bantes\sde\s(?:publicar|compartir|escribir|dejar|valorar|opinar|calificar|puntuar|"
            r"contar)"
            r"|\b(?:en\slugar|en\svez)\sde\s(?:publicar|compartir|dejar|escribir)"
            r"|\bprima\sdi\s(?:lasciare|pubblicare|condividere|scrivere|dare|recensire|valutare|"
            r"giudicare|raccontare)"
            r"|\b(?:scriver?ci|contattar?ci|scrivici|contattaci|avvisarci|ci\sscriva|ci\scontatti)\s"
            r"(?:[\w-]{1,15}\s){0,2}prima\b|\bprima\s(?:[\w-]{1,15}\s){0,2}(?:scriver?ci|"
            r"contattar?ci|ci\sscriva|ci\scontatti)"
            r"|\binvece\sdi\s(?:pubblicare|lasciare|scrivere|condividere)"
            r"|先(?:联系|找|告诉|私信|联络|跟|和|与|同)|(?:不要|别|先别|勿)急着|(?:评价|评论|给评|打分|差评)之?前"
            r"|(?:联系|告诉)我们(?:再|后再|之后再)"
            r"|(?:レビュー|評価|口コミ|投稿|ご感想)[^。！？!?\n]{0,12}前に|まず(?:は)?(?:当店|弊社|私ども|こちら)"
            r"|先に(?:当店|弊社|ご連絡|ご相談))"
        ),
        note="amazon_message, insert: 'tell us first', 'before you share anything publicly': the "
        "shape of review gating even where no review is named",
        policies=MK,
        message="risk_gating",
        unless=_RETURNS,
        keywords=kw(
            "go|run|head|rush|turn|straight|gleich|sofort|direkt|allez|passez|filez|vaya|acuda|andare|corr|不要直接|すぐに|"
            "first|beforehand|before|instead|rather|zuerst|zunächst|vorher|erst|"
            "bevor|statt|abord|premier|préalable|avant|plutôt|au lieu|primero|antes|"
            "en lugar|en vez|prima|invece|先|不要急着|急着|之前|前|再|まず"
        ),
        risk=True,
    ),
    Rule(
        id="risks.review.gating_first",
        category="review_solicitation",
        pattern=(
            r"(?:\b(?:us|me)\s(?:[\w'’-]{1,12}\s){0,4}(?:first|beforehand|instead)\b|"
            r"\bprima\scon\snoi\b|\bantes\scon\snosotros\b|\bd['’]abord\savec\snous\b|\bzuerst\smit\suns\b|"
            r"\bbefore\s(?:anything|doing\sanything)\selse\b|\b(?:first|beforehand)"
            r"\s(?:[\w'’-]{1,12}\s){0,2}(?:contact|message|email|e-mail|tell|talk\sto|write\sto|"
            r"reach|call)\s(?:us|me)\b)"
        ),
        requires=(
            "(?:" + REVIEW_WORD + "|" + OPINION + "|" + PUBLIC + "|" + STARS + "|" + _UNHAPPY + ")",
        ),
        around=1,
        note="amazon_message, insert: 'tell us first' beside a review, an opinion or anything "
        "public: the customer is steered to the seller before the review",
        policies=MK,
        message="risk_gating",
        unless=_RETURNS,
        keywords=kw("else|first|beforehand|instead|prima|antes|abord|zuerst"),
        risk=True,
    ),
    Rule(
        id="risks.incentive.value_near_review",
        category="review_incentive",
        pattern=(
            "(?:"
            + REVIEW_WORD
            + PARAGRAPH_GAP
            + VALUE_SOFT
            + "|"
            + VALUE_SOFT
            + PARAGRAPH_GAP
            + REVIEW_WORD
            + ")"
        ),
        note="amazon_message, insert: something of value (a gift, a surprise, 'something nice', "
        "a longer warranty) within a paragraph of a review, even a sentence apart",
        policies=MK,
        message="risk_value",
        unless=_SETTLED_OR_APPLIED,
        keywords=REVIEW_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.incentive.value_next_step",
        category="review_incentive",
        pattern="(?:"
        + VALUE_SOFT
        + PARAGRAPH_GAP
        + NEXT_STEP
        + "|"
        + NEXT_STEP
        + PARAGRAPH_GAP
        + VALUE_SOFT
        + ")",
        note="amazon_message, insert: something of value for the step that proves a post (a "
        "screenshot, 'once it is up', 'drop us a line'), the review left unnamed",
        policies=MK,
        message="risk_value",
        unless=_SETTLED_OR_APPLIED,
        keywords=kw(
            "#|tag|mention|markier|identifiez|etiquet|tagga|appear|when|after|"
            "sapere|avísanos|dinoslo|díno|prévenez|bescheid|"
            "screen|once|link|drop us|pop |order number|bildschirm|capture|captura|"
            "pantallazo|schermata|截|晒图|スクリーン|スクショ|画面"
        ),
        risk=True,
    ),
    Rule(
        id="risks.incentive.tester",
        category="review_incentive",
        pattern=_TESTER,
        note="amazon_message, insert: a tester programme, customer panel or ambassador invitation "
        "(free products for opinions)",
        policies=MK,
        message="risk_tester",
        keywords=kw(
            "prototype|beta|product|consumer|user|tasting|feedback|"
            "tester|test|panel|council|board|ambassad|reviewer|club|team|for free|"
            "botschafter|beirat|testeu|probador|embajador|试用|体验官|测评|评测|品鉴|モニター|テスター|"
            "アンバサダー|レビュアー|先行体験"
        ),
        risk=True,
    ),
)
