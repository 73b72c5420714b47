"""Risk signals for marketing in an order message or on a card: what is coming next, clubs
and notifications, comparisons with other sellers, value for a later purchase, opt-out lines."""

from ...model import Rule
from .._shared import AM, GAP, INS, LONG_GAP, MK, kw
from .._words import CJK_GAP, COLLECTION, FUTURE, PRODUCTS, VALUE_SOFT

#: New, upcoming, latest: a product group not yet on sale.
_NEW = (
    r"(?:\b(?:new|newest|latest|upcoming|next|fresh|limited)\b|\bneue?[nmrs]?\b|\bneueste[nmrs]?\b|"
    r"\bnouve(?:au|aux|lle|lles|l)\b|\bnuev[oa]s?\b|\bnuov[oaie]\b|\bprossim[oaie]\b|新|最新)"
)

#: Launching: what a brand does with a new range ("launch", "lanzamos", "推出", "発売").
_LAUNCH = (
    r"(?:\b(?:launch\w{0,3}|unveil\w{0,3}|debut\w{0,3}|releas\w{1,4}|introduc\w{1,4})\b|"
    r"\b(?:launchen|vorstellen|stellen\s\w{2,12}\svor|präsentieren|erscheint|erscheinen)\b|"
    r"\b(?:lancer|lançons|lancerons|lancement|dévoil\w{1,4}|sortira|présenterons)\b|"
    r"\b(?:lanzamos|lanzaremos|lanzamiento|lanzar|estrenamos|presentaremos)\b|"
    r"\b(?:lanceremo|lanciamo|lancio|lanciare|presenteremo|usciremo|uscirà)\b|"
    r"上市|推出|上新|发布|首发|发售|発売|登場|リリース)"
)

#: Arriving or coming: what a new range does once announced (only after "new … range").
_ARRIVE = (
    r"(?:\b(?:lands?|landing|arriv\w{1,4}|coming|comes\sout|hits\sthe|goes\son\ssale|"
    r"drops?|available)\b|\b(?:kommt|kommen|erhältlich|startet)\b|\b(?:arrive|arrivent|"
    r"arrivera|sort|disponible)\b|\b(?:llega|llegan|llegará|llegarán|disponible)\b|"
    r"\b(?:arriva|arrivano|arriverà|disponibile|esce)\b|到货|上架|入荷|登場)"
)

#: Announcement formulas: stay tuned, keep an eye out, be the first, save the date.
_TEASE = (
    r"(?:\bstay\stuned\b|\bwatch\sthis\sspace\b|\bcoming\ssoon\b|\bkeep\san\seye\sout\sfor\s(?:it|"
    r"them|our|the\snew|new|what)\b|\bbe\s(?:the|among\sthe)\sfirst\sto\b|\bsneak\speek\b|"
    r"\bfirst\slook\b|\bsave\sthe\sdate\b|\bstay\sposted\b|\bwatch\sout\sfor\s(?:our|the\snew)|"
    r"augen\soffen|\bdranbleiben\b|à\sl['’]affût|restez\sattenti|los\sojos\sabiertos|"
    r"\bestar\satent[oa]s?\b|\bresti\s(?:sintonizzat|aggiornat)|\bstia\sall['’]erta|"
    r"\bsomething\s(?:new|exciting|special)\s(?:is\s)?"
    r"(?:coming|on\sthe\sway|in\sthe\spipeline)|\bseien\ssie\sgespannt\b|\bbleiben\ssie\sgespannt\b|"
    r"\bfreuen\ssie\ssich\sauf\b|\bals\serste[rn]?\b|\bvorab\s(?:informier|erfahr|sehen)|"
    r"\brestez\sconnectés?\b|\bsoyez\s(?:les\s)?premi(?:er|ère)s?\b|\bà\snoter\sdans\svos\sagendas\b|"
    r"\ben\savant-première\b|\bno\s(?:se\s)?(?:lo|la|los|las|te\slo|te\sla)\s(?:pierda|pierdas)\b|"
    r"\bantes\sque\snadie\b|\bmuy\spronto\b|\bnon\s(?:perdere|perda|perdetevi)\b|\brestate\s"
    r"sintonizzati\b|\bin\santeprima\b|\bper\sprim[ie]\b|敬请(?:关注|期待)|尽请期待|拭目以待|"
    r"抢先|先睹为快|ご期待ください|お楽しみに|乞うご期待|いち早く)"
)

#: A group that counts on hearing from the seller: clubs, newsletters, members, insiders.
_CLUB = (
    r"(?:(?<!prime\s)(?<!prime-)\b(?:club|circle|insiders?|vip|newsletter|mailing\slist|"
    r"wait(?:ing)?[\s-]?list|members?(?:hip)?(?:-only)?|early[\s-]access|"
    r"(?:add|put|sign)\syou\s(?:up\s)?(?:to|on|for)\s(?:our|the)\s(?:[\w-]{1,15}\s){0,2}list|restock\s(?:alerts?|list|"
    r"notifications?)|back[\s-]in[\s-]stock\s(?:alerts?|emails?|notifications?))\b|"
    r"(?<!prime-)kundenclub|clubmitglied|(?<!prime-)mitglied(?:schaft|er)?\b|community|"
    r"vorabinformation|\bclub\b|\bmembres?\b(?!\sprime)|communauté|ventes\sprivées|"
    r"lettre\sd['’]info|\bsocios?\b(?!\sprime)|comunidad|bolet[ií]n|precios?\sde\ssocio|"
    r"\bsoci\b|\bcommunity\b|(?<!prime)会员|(?<!prime\s)会员|俱乐部|社群|粉丝群|福利群|"
    r"(?<!プライム)会員(?!登録の必要)|クラブ|メルマガ|メールマガジン|ファンクラブ)"
)

#: Being told when something happens: notify, let you know, Bescheid, prévenir, avisar.
_NOTIFY = (
    r"(?:\blet\syou\sknow\b|\bnotif(?:y|ied|ication|ications)\b|\balerts?\b|\bheads-?up\b|"
    r"\bkeep\syou\s(?:posted|updated|in\sthe\sloop)\b|\bemail\syou\b|\btell\syou\b|\bupdates?\b|"
    r"bescheid|benachrichtig|informieren|auf\sdem\slaufenden|\bprévenir\b|\bprévenu\w?\b|"
    r"\binformer\b|\btenir\sau\scourant\b|\balerte\b|\bavis(?:a|e)\w{1,5}\b|"
    r"\binformar(?:le|te)?\b|\bal\stanto\b|\bavvis(?:are|arla|arti|eremo|iamo)\b|"
    r"\binformar(?:la|ti)\b|\bal\scorrente\b|通知|提醒|告知|第一时间|お知らせ|ご案内|ご連絡)"
)

#: What a notification would be about: new things, restocks, offers, news.
_NEWS = (
    r"(?:\bnew\s(?:arrivals|products|colou?rs|shades|designs|flavou?rs|models|items|stock|drops?|"
    r"releases?|collections?)|\brestock\w{0,3}|\bback\sin\sstock|\bin\sstock\sagain|\bdeals\b|"
    r"\boffers\b|\bpromotions\b|\bsales\b|\bdiscounts\b|\bnews\b|\blaunch\w{0,3}|"
    r"\bneue[nrs]?\b|\bwieder\s(?:da|verfügbar|lieferbar|auf\slager|erhältlich|vorrätig)|"
    r"\baktionen\b|\bangebote\b|\bneuheiten\b|\bnouveautés?\b|\bnouve(?:aux|lles?)\b|"
    r"\bretour\sen\sstock|\bréassort|\boffres\b|\bpromos?\b|\bnovedades\b|\bnuev[oa]s\b|"
    r"\bvuelva\sa\sestar|\breposici[oó]n|\bofertas\b|\bpromociones\b|\bnovità\b|\bnuov[ie]\b|"
    r"\bdi\snuovo\sdisponibil|\bofferte\b|\bpromozioni\b|上新|新品|到货|补货|活动|优惠|新商品|新作|"
    r"再入荷|入荷|セール|キャンペーン|お得)"
)

#: "Reply YES": the way a list is joined by message.
_REPLY_YES = (
    r"(?:\b(?:reply|antworten\ssie|antworte|répondez|responda|responde|risponda|rispondi)\s"
    r"(?:[\w-]{1,12}\s){0,2}(?:with\s|mit\s|par\s|con\s)?[\"'„“«]?(?:yes|ja|oui|sí|si|sì)\b"
    r"|回复\s?[\"“「]?(?:是|好|1)|「はい」)"
)

#: Other sellers, brands and their products, named to compare or to knock them.
_OTHERS = (
    r"(?:\b(?:other|rival|competing|cheap(?:er)?|budget|generic|no-?name|ordinary|conventional|"
    r"typical|standard|regular)\s(?:[\w-]{1,15}\s){0,2}(?:sellers|brands|shops|stores|vendors|"
    r"manufacturers|makers|suppliers|versions|alternatives|copies|imitations|products|models|"
    r"options)\b|\b(?:competitors?|competition|copycats?|knock-?offs?|imitations?|fakes|clones|"
    r"counterfeits?|rip-?offs?)\b|\bcopies\b(?!\sof\s(?:the|your|our)\s(?:invoice|receipt|manual|"
    r"document|order))|\bcheap\s[\w-]{2,20}s\b|\b(?:sold|found|available)\son\s(?:amazon|the\s"
    r"(?:market|internet))\b|\bon\sthe\smarket\b|"
    r"billigware|billigprodukte|billig-?\w{2,15}|nachbauten|nachahmungen|plagiate|fälschungen|"
    r"imitate|\bkopien\b(?!\s(?:der|ihrer)\s(?:rechnung|quittung))|\bandere[nr]?\s(?:[\w-]{1,15}\s)?"
    r"(?:anbieter|händler|hersteller|marken|shops|verkäufer|produkte)\b|\bkonkurrenz\w{0,3}|"
    r"\bwettbewerb|aus\sfernost|\bherkömmliche[nr]?\b|"
    r"\bimitations\b|\bcontrefaçons?\b|\bmarques\sdiscount\b|\bautres\s(?:vendeurs|marques|fabricants|"
    r"boutiques|produits)|\bconcurren\w{1,4}|\bbas\sde\sgamme\b|\bpremier\sprix\b|"
    r"\bbon\smarché\b|"
    r"\bimitaciones\b|\bcopias\b(?!\sde\s(?:la|tu|su)\sfactura)|\bfalsificaciones\b|"
    r"\botr[oa]s\s(?:marcas|vendedores|fabricantes|tiendas|productos)\b|\bcompetencia\b|"
    r"\bbaratos?\b|\bbaratas?\b|"
    r"\bimitazioni\b|\bcopie\b(?!\s(?:della|di)\s(?:fattura|ricevuta))|\bcontraffazion\w|"
    r"\baltr[ie]\s(?:venditori|marche|marchi|produttori|negozi|prodotti)\b|\bconcorrent[ie]\b|"
    r"\bconcorrenza\b|\bdiffida\w{0,3}\b|\beconomic[ih]\b|"
    r"市面上|其他(?:商家|卖家|品牌|店铺|产品)|别家|同行|仿品|山寨|假货|劣质|廉价|便宜货|"
    r"他社|他店|類似品|模倣品|偽物|コピー品|粗悪|安価な|一般的な|他の(?:商品|製品|メーカー|ブランド))"
)

#: Words that name others only beside a comparison or a knock: other …s, most …s, brands.
_OTHERS_WEAK = (
    r"(?:\bother\s(?:[\w-]{1,15}\s)?[a-z]{3,20}s\b|\bbig[\s-]name\b|\bname[\s-]brands?\b|"
    r"\bbrands\b|\bmost\s(?:[\w-]{1,15}\s)?[a-z]{3,20}s\b|\bmany\s[a-z]{3,20}s\b|"
    r"\bandere[nr]?\b|\bdie\smeisten\b|\bviele[nr]?\b|\bmarken\b|\bautres\b|\bla\splupart\b|"
    r"\bmarques\b|\botr[oa]s\b|\bla\smayoría\b|\bmarcas\b|\baltr[ie]\b|\bla\smaggior\sparte\b|"
    r"\bmarche\b|\bmarchi\b|\bprodott[io]\b|其他|很多|大部分|一般|多くの|他の|一般的な)"
)

#: A knock: what the others' products do wrong.
_DISPARAGE = (
    r"(?:\bcan\sbe\s(?:picked|cut|broken|snapped|opened|bent|forced)|\bfalls?\sapart|"
    r"\bbreaks?\s(?:after|within|easily|in)|\bwear\sout|\brusts?\b|\bleaks?\b|\bpeels?\b|"
    r"\bflimsy\b|\btoxic\b|\bcheaply\smade|\bpoorly\smade|\bin\s(?:a\sminute|seconds)|"
    r"\bwithin\s(?:days|weeks|months)|\bcost\s(?:twice|double|more)|\bpay\s(?:more|twice)|"
    r"kaputt|zerbrech|rosten|billig|nach\swenigen\s(?:tagen|wochen|monaten)|minderwertig|"
    r"se\scass|rouill|fragile|perdent|bas\sde\sgamme|se\srompen|oxidan|endeble|mala\scalidad|"
    r"pierden|si\srompono|arrugginisc|fragil|scadent|perdono|坏|生锈|掉漆|劣质|壊れ|錆び|すぐに|"
    r"粗悪|毛羽立)"
)

#: A comparison: unlike, better than, compared with.
_COMPARE = (
    r"(?:\b(?:unlike|compared\s(?:to|with)|better\sthan|superior\sto|outperforms?|outlasts?|"
    r"beats?|than\s(?:most|many|other|the\srest)|why\spay\smore)\b|\bdiversamente\sda|"
    r"\bim\sgegensatz\szu\b|\banders\sals\b|"
    r"\bbesser\sals\b|\bwährend\b|\bverglichen\smit\b|\bcontrairement\b|\bmieux\sque\b|"
    r"\bcomparé\w{0,2}\s(?:à|aux?)\b|\bà\sla\sdifférence\b|\ba\sdiferencia\sde\b|\bmejor\sque\b|"
    r"\bcomparad[oa]s?\scon\b|\ba\sdifferenza\b|\bmeglio\sdi\b|\brispetto\sa\b|相比|不像|比起|"
    r"不同于|とは違い|と比べ|に比べ)"
)

#: Later: the next order, a future purchase, the next parcel.
_LATER = (
    r"(?:\b(?:your|the|a)\snext\s(?:order|purchase|delivery|parcel|visit|shop|time|box|flight|"
    r"trip|refill)|\bcome\syour\sway\b|\bcoming\syour\sway\b|\bin\sthe\spost\b|\bnext\stime\s"
    r"you\s(?:order|buy|shop)|\bnächste[nmr]?\s(?:bestellung|lieferung|einkauf|paket|kauf|mal)|"
    r"\bprochaine?\s(?:commande|livraison|achat|colis|fois)|\bpróxim[oa]\s(?:pedido|compra|"
    r"envío|paquete|vez)|\bprossim[oa]\s(?:ordine|acquisto|spedizione|pacco|volta)|"
    r"下次|下单|复购|回购|次回|次の(?:ご注文|お届け|お買い物))"
)

#: A marketing opt-out: if you would rather not hear from us, reply STOP, take you off the list.
_OPT_OUT = (
    r"(?:\bif\syou(?:'d|’d|\swould)\s(?:rather|prefer)\snot\s(?:to\s)?(?:hear|receive|get)|"
    r"\b(?:don't|do\snot|no\slonger)\s(?:want|wish|need)\s(?:to\s(?:hear|receive|get)|(?:any\s)?"
    r"(?:more|further)\s(?:updates|news|emails|e-mails|messages|offers))|"
    r"\bhear\sfrom\sus\s"
    r"again\b|\btake\syou\soff\s(?:our|the|this)\b|\bremove\syou\sfrom\s(?:our|the)\s(?:list|"
    r"mailing)|\bstop\s(?:receiving|getting|these\s(?:messages|emails|updates))\b|"
    r"\bnot\sto\sreceive\s(?:these|further|future|any)\b|\bfrom\sour\s(?:updates|mailings|list)\b|"
    r"\bkeine\s(?:weiteren\s)?(?:nachrichten|e-?mails|mails|infos?|informationen|angebote|"
    r"werbung|post|neuigkeiten|updates|newsletter)\s(?:mehr\s)?(?:von\suns\s)?(?:wünschen|"
    r"möchten|erhalten|bekommen|wollen)|\bnicht\smehr\s(?:von\suns\s)?"
    r"(?:hören|kontaktiert|angeschrieben|informiert)|\baustragen\b|\bne\s(?:plus|souhaitez\splus|"
    r"voulez\splus)\s(?:recevoir|être\scontacté|entendre)|\bne\ssouhaitez\splus\b|"
    r"\b(?:dejar\sde|no\s(?:desea|deseas|quiere|quieres)\s(?:seguir\s)?)recibir\b|"
    r"\bdar(?:se|te|le)\sde\sbaja\b|\bnon\s(?:desidera|desideri|vuole|vuoi)\s(?:più\s)?ricevere\b|"
    r"\bnon\sricevere\spiù\b|\bcancellar(?:si|la|ti)\sdalla\slista\b|不想(?:再)?收到|不再(?:接收|收到)|"
    r"配信(?:を)?(?:停止|不要|希望されない)|お知らせ(?:が|は)?不要|「停止」)"
)

#: Substrings one of which is in every comparison or mention of other sellers.
_OTHERS_KEYWORDS: tuple[str, ...] = kw(
    "other|discount|rival|compet|cheap|budget|generic|no-name|noname|"
    "ordinary|conventional|typical|standard|regular|copycat|knock|imitation|"
    "imitacion|imitazion|fake|clone|counterfeit|rip|copies|sold on|found on|"
    "available on|on the market|billig|nachbau|nachahmung|plagiat|fälschung|"
    "imitat|kopien|andere|konkurrenz|wettbewerb|fernost|herkömmlich|contrefa|"
    "autres|concurren|bas de gamme|premier prix|bon marché|classiques|copias|"
    "falsifica|otro|otra|de mala calidad|barat|convencional|copie|"
    "contraffazion|altri|altre|concorren|scadent|diffida|economic|市面上|其他|别家|"
    "同行|仿品|山寨|假货|劣质|廉价|便宜货|他社|他店|類似品|模倣品|偽物|コピー品|粗悪|安価な|一般的な|他の|unlike|"
    "compared|better than|superior|outperform|outlast|beat|than |gegensatz|"
    "anders als|besser als|während|verglichen|contrairement|mieux que|"
    "comparé|différence|diferencia|mejor que|comparad|differenza|meglio di|"
    "rispetto|相比|不像|比起|不同于|違い|比べ|can be|apart|break|wear out|rust|leak|peel|"
    "flimsy|toxic|made|minute|seconds|within|cost|pay|kaputt|zerbrech|rosten|"
    "billig|wenigen|minderwertig|cass|rouill|fragil|perdent|gamme|rompen|"
    "oxidan|endeble|calidad|pierden|rompono|arrugginisc|scadent|perdono|坏|生锈|"
    "掉漆|劣质|壊れ|錆び|すぐに|粗悪|毛羽立|diversamente"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="risks.promotion.future",
        category="promotion",
        pattern=(
            "(?:"
            + COLLECTION
            + GAP
            + FUTURE
            + "|"
            + FUTURE
            + GAP
            + COLLECTION
            + "|"
            + _NEW
            + r"\s?(?:[\w'’-]{1,15}\s){0,2}(?:"
            + COLLECTION
            + "|"
            + PRODUCTS
            + ")"
            + GAP
            + "(?:"
            + _LAUNCH
            + "|"
            + _ARRIVE
            + "|"
            + FUTURE
            + ")|"
            + _LAUNCH
            + r"\s(?:[\w'’-]{1,15}\s){0,3}(?:"
            + COLLECTION
            + "|"
            + _NEW
            + r"\s(?:[\w'’-]{1,15}\s){0,2}"
            + PRODUCTS
            + ")|"
            + _TEASE
            + r"|新"
            + CJK_GAP
            + _LAUNCH
            + ")"
        ),
        note="amazon_message, insert: a product group announced for later ('our range lands this "
        "autumn', 'next month we launch', '敬请关注', 'ご期待ください')",
        policies=MK,
        message="risk_future",
        unless=r"(?:replacement|ersatz|remplacement|reemplazo|sustituci|sostituzion|换货|补发|交換品|"
        r"your\sorder|ihre\sbestellung|votre\scommande|tu\spedido|su\spedido|il\ssuo\sordine|"
        r"il\stuo\sordine|您的订单|ご注文)",
        keywords=kw(
            "range|collection|line|series|edition|release|drop|model|flavo|colo|"
            "shade|kit|design|product|arrival|novelt|version|kollektion|serie|"
            "sortiment|modell|sorten|farben|neuheit|produkte|linie|röstung|gamme|"
            "série|ligne|modèle|nouveaut|coloris|édition|colecci|gama|línea|modelo|"
            "novedad|colores|edici|collezion|gamma|linea|modell|novità|colori|"
            "edizion|系列|新|款式|产品线|シリーズ|コレクション|限定|launch|unveil|debut|introduc|land|"
            "hits|arriv|coming|comes out|on sale|out now|erschein|kommt|kommen|start|"
            "vorstell|vor|lanc|arrive|sort|dévoil|lanz|lleg|estren|present|venta|"
            "lanci|arriv|uscir|esce|上市|推出|上新|发布|首发|发售|到货|発売|登場|リリース|入荷|tuned|augen|"
            "affût|sintonizzat|aggiornat|dranbleiben|posted|watch out|attent|ojos|"
            "erta|space|soon|eye out|first|peek|save the date|something|gespannt|"
            "freuen|erste|vorab|connecté|premi|agendas|avant-première|pierda|nadie|"
            "pronto|perde|sintonizzati|anteprima|prim|敬请|尽请|拭目|抢先|先睹|期待|お楽しみ|いち早く"
        ),
        risk=True,
    ),
    Rule(
        id="risks.newsletter.club",
        category="newsletter_signup",
        pattern="(?:"
        + _CLUB
        + "|"
        + _NOTIFY
        + LONG_GAP
        + _NEWS
        + "|"
        + _NEWS
        + LONG_GAP
        + _NOTIFY
        + ")",
        note="amazon_message, insert: a club, newsletter or members' group, or being told about "
        "new arrivals, restocks or offers ('shall we let you know about new colours?')",
        policies=MK,
        message="risk_club",
        keywords=kw(
            "club|circle|insider|vip|newsletter|mailing|list|member|early access|"
            "restock|stock|mitglied|community|vorab|membre|communauté|ventes privées|"
            "lettre d|socio|comunidad|bolet|soci|会员|俱乐部|社群|群|会員|クラブ|メルマガ|メールマガジン|"
            "let you know|notif|alert|heads|keep you|email you|tell you|update|"
            "bescheid|benachrichtig|informier|laufenden|préven|informer|courant|"
            "alerte|avis|informar|tanto|avvis|corrente|通知|提醒|告知|第一时间|お知らせ|ご案内|ご連絡|"
            "reply|antwort|répondez|respond|rispond|回复|はい"
        ),
        risk=True,
    ),
    Rule(
        id="risks.newsletter.reply_yes",
        category="newsletter_signup",
        pattern=_REPLY_YES,
        requires=(
            r"(?:" + _CLUB + "|" + _NEWS + r"|subscri|sign\s?up|abonn|anmeld|inscri|suscri|"
            r"iscri|订阅|登録|配信)",
        ),
        around=1,
        note="amazon_message, insert: 'reply YES' to join a list, a club or hear about offers",
        policies=MK,
        message="risk_club",
        keywords=("reply", "antwort", "répondez", "respond", "rispond", "回复", "はい"),
        risk=True,
    ),
    Rule(
        id="risks.promotion.comparison",
        category="promotion",
        pattern="(?:" + _OTHERS + "|" + _COMPARE + "|" + _DISPARAGE + ")",
        requires=("(?:" + _OTHERS + "|" + _OTHERS_WEAK + ")",),
        note="amazon_message: other sellers, brands or their products are named or compared "
        "(comparisons are marketing, not order service)",
        policies=AM,
        message="risk_comparison",
        keywords=_OTHERS_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.competitor.comparison",
        category="competitor_disparagement",
        pattern="(?:" + _OTHERS + "|" + _COMPARE + "|" + _DISPARAGE + ")",
        requires=("(?:" + _OTHERS + "|" + _OTHERS_WEAK + ")",),
        note="insert: other sellers, brands or their products are named or compared; a person "
        "checks nobody's products are knocked",
        policies=INS,
        message="risk_comparison",
        keywords=_OTHERS_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.discount.value_later",
        category="discount",
        pattern="(?:" + VALUE_SOFT + LONG_GAP + _LATER + "|" + _LATER + LONG_GAP + VALUE_SOFT + ")",
        note="amazon_message, insert: something of value for a later order or delivery ('a little "
        "thank-you for your next order', 'a surprise in your next parcel')",
        policies=MK,
        message="risk_value",
        keywords=kw(
            "next|your way|post|nächste|prochain|próxim|prossim|下次|下单|复购|回购|次回|次の"
        ),
        risk=True,
    ),
    Rule(
        id="risks.opt_out.phrasing",
        category="opt_out",
        pattern=_OPT_OUT,
        note="amazon_message: marketing-style opt-out wording ('if you'd rather not hear from "
        "us', 'take you off our list')",
        policies=AM,
        message="risk_opt_out",
        keywords=kw(
            "rather|prefer|want|wish|hear|take you off|remove you|stop|"
            "not to receive|from our|keine|nicht mehr|austragen|ne plus|"
            "souhaitez plus|voulez plus|recibir|baja|ricevere|lista|不想|不再|配信|不要|停止"
        ),
        risk=True,
    ),
)
