"""Risk signals for leaving Amazon: the seller's own shop, other marketplaces, search engines,
social networks and messengers, and web addresses the address finder does not know."""

from ...model import Rule
from .._shared import AM, GAP, INS, MK, kw
from .._words import (
    CJK_GAP,
    DOMAIN_LIKE,
    MARKETPLACE,
    MESSENGER,
    OURS,
    SEARCH_ENGINE,
    SEARCH_VERB,
    SHOP,
    SOCIAL,
    VALUE_ANY,
)

#: The seller as the place to buy: "directly from us", "where we sell", "bei uns direkt".
_DIRECT = (
    r"(?:\b(?:directly|direct)\s(?:from|with|through|via)\sus\b|\bfrom\sus\sdirect(?:ly)?\b|"
    r"\bwhere\swe\s(?:sell|ship)\s(?:directly|direct|ourselves)?|\bwe\s(?:also\s)?sell\s(?:it|them|"
    r"these|this|directly|on|via|through|online)\b|\b(?:sell|offer|ship)\s(?:it|them|one|this)\s"
    r"(?:to\syou\s)?direct(?:ly)?\b|\bunder\sour\s(?:brand|shop|company|own|trade)\s?(?:name)?\b|"
    r"\b(?:buy|order|get|purchase)\s(?:it\s|them\s|one\s|more\s|these\s)?(?:directly\s)?from\sus\b|"
    r"\bcheaper\s(?:from|with|through|on|via|at)\sus\b|\bwe\s(?:still\s)?have\s(?:it|them|some|"
    r"stock|a\sfew|plenty)\s(?:left\s)?(?:in\sstock|on\shand|in\sour|at\sour|here|ourselves)|"
    r"\b(?:find|look)\sus\s(?:under|by)\b|\blook\sus\sup\b|"
    r"\bdirekt\sbei\suns\b|\bbei\suns\sdirekt\b|\bdirekt\svon\suns\b|"
    r"\bbei\suns\s(?:im\s|erhältlich|bestell|kauf|gibt|auch|noch|vorrätig)|\bwir\sverkaufen\b|"
    r"\bhaben\swir\s(?:sie|ihn|es|die|den|das|noch)\s(?:[\w-]{1,15}\s)?(?:noch\s)?(?:am\slager|"
    r"vorrätig|auf\slager)|\bunter\sunserem\s(?:marken|firmen|shop)?namen\b|"
    r"\bchez\snous\s(?:sur|en\sligne|directement|aussi|également|encore)|"
    r"\b(?:trouverez|trouvez|commander|acheter|commandez|achetez)\s(?:[\w'’-]{1,15}\s){0,2}"
    r"chez\snous\b|\ben\sdirect\s(?:de|du|depuis)\b|\bdirectement\s(?:chez|auprès\sde)\snous\b|"
    r"\bnous\svendons\b|\bsous\snotre\snom\b|"
    r"\b(?:ordin|compr|acquist)\w{0,4}\sdirettamente\b|"
    r"\b(?:pid|compr|encarg)\w{0,4}\sdirectamente\b|\bspaccio\b|"
    r"\bdirectamente\s(?:a|de|con|desde)\snosotros\b|\bvend(?:emos|érselo|értelo|erle|erte)\b|"
    r"\bnos\squedan\s(?:unidades|existencias)\b|\bpor\sel\snombre\sde\s(?:la\s)?(?:marca|tienda)\b|"
    r"\bdirettamente\s(?:da\s)?noi\b|\b(?:vender|ordinar|spedir)\w{0,6}\s(?:[\w'’-]{1,15}\s)?"
    r"direttamente\b|\bvendiamo\b|\bcon\sun\sbonifico\b|"
    r"直接(?:找|联系|跟)?(?:我们|我)(?:买|购买|下单|拍|订)|私下(?:交易|购买|转账|付款)|"
    r"直接(?:ご購入|お取引|販売|お買い求め|ご注文))"
)

#: A price for this buyer only, or an item kept back for them: a sale beside the order.
_SPECIAL_PRICE = (
    r"(?:\b(?:trade(?:\scounter)?|wholesale|cost|staff|insider|friends(?:\sand\sfamily)?)\s"
    r"price\b|\bat\scost\b|\b(?:put|set|keep)\s(?:one|it|them|some|a\s\w{2,15})\s(?:aside|back)\s"
    r"for\syou\b|\breserve\s(?:one|it|them)\sfor\syou\b|\bkeep\sone\sfor\syou\b|"
    r"händlerpreis|großhandelspreis|einkaufspreis|sonderpreis|vorzugspreis|\bzurücklegen\b|"
    r"\blegen\s(?:wir\s)?(?:ihnen|dir)\s(?:[\w-]{1,15}\s){0,3}zurück\b|prix\s(?:revendeur|de\sgros|"
    r"coûtant|préférentiel|d['’]ami)|\bvous\sle\sréserver\b|\bmettre\sde\scôté\b|"
    r"precio\s(?:de\s)?(?:distribuidor|mayorista|coste|especial\spara\susted)|\bse\sla\s"
    r"podemos\sreservar\b|\breserv(?:ar|amos)\s(?:se|le)\w{0,3}\b|prezzo\s(?:rivenditore|"
    r"all['’]ingrosso|di\scosto|riservato)|\btener\w{0,4}\sda\sparte\b|批发价|出厂价|内部价|成本价|"
    r"(?:给您|帮您)留一|卸値|特別価格|お取り置き)"
)

#: Paying outside Amazon: a bank transfer, PayPal, a payment app.
_OFF_PAYMENT = (
    r"(?:\bbank\stransfer|\bpaypal\b|\bvenmo\b|\bzelle\b|überweisung|\bvirement\b|"
    r"\btransferencia\b|\bbizum\b|\bbonifico\b|\bsatispay\b|支付宝|微信支付|转账|銀行振込|"
    r"お振込|paypay)"
)

#: Substrings one of which is in every messenger name.
_MESSENGER_KEYWORDS: tuple[str, ...] = kw(
    "whats|wasap|guasap|whatsap|watsap|telegram|viber|chat|weixin|skype|kakao|threema|signal|messenger|"
    "imessage|line|ライン|カカオ|微信|薇信|威信|v信|微x|vx|wx|加|qq"
)

#: Posting, tagging, sharing a photo: what a social call to action asks.
_POST = (
    # what the seller shares there ("teilen wir", "compartimos", "we share") is not a call to post
    r"(?:(?<!we\s)\b(?:post|posting|tag|tagging|share|sharing|snap|upload|mention)\b|"
    r"\b(?:post|markier|teil|hochlad)\w{0,4}\b(?!\swir\b)|\b(?:publi(?!ons)|partag(?!eons)|"
    r"identifi)\w{0,5}\b|\b(?:publi(?!camos)|compart(?!imos)|etiquet|sub)\w{0,5}\b|"
    r"\b(?:pubblic(?!hiamo)|condivid(?!iamo)|tagg|carica)\w{0,4}\b|晒|分享|发布|带上话题|投稿|シェア|タグ付け)"
)

#: A hashtag, a handle or a network's name.
_HANDLE = r"(?:#[a-z0-9_]{2,30}|@[a-z0-9_.]{2,30}|" + SOCIAL + ")"

#: A name of five or more characters, a spelled-out dot and an ending that is also a short word
#: ("cocinasol punto es"), not after an article or a possessive ("el segundo punto es que …").
_SPELLED_AMBIGUOUS = (
    r"(?<![\w.-])(?<!\bel\s)(?<!\beste\s)(?<!\bese\s)(?<!\bun\s)(?<!\buna\s)(?<!\bmi\s)"
    r"(?<!\btu\s)(?<!\bsu\s)(?<!\bla\s)(?<!\bil\s)(?<!\bdas\s)(?<!\bder\s)(?<!\ble\s)"
    r"(?<!\bthe\s)(?<!\bcada\s)(?<!\botro\s)(?!(?:primer|segundo|tercer|último|ultimo|mayor|"
    r"menor|nuestro|vuestro|aquel|ningún|algún|cuyo|mismo|premier|dernier|secondo|primo|ultimo|"
    r"erste|zweite|letzte)\b)[a-z][a-z0-9-]{4,40}\s(?:punto|punt|point|punkt|dot)\s"
    r"(?:es|it|de|fr|in|eu|me|la|se)\b"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="risks.shop.own",
        category="promotion",
        pattern=(
            "(?:"
            + OURS
            + r"\s?(?:[\w'’-]{1,20}\s){0,2}"
            + SHOP
            + r"(?!\s(?:team|staff|department|colleagues|manager|support))"
            + "|"
            + SHOP
            + r"\s(?:unser\w{0,3}|of\sour|de\snotre|de\snos|de\snuestr[oa]s?|del(?:la)?\snostr[oa])\b"
            + r"|(?:我们|我家|本店|我司|当店|弊社|自社|私ども)"
            + CJK_GAP
            + r"(?:店|网站|官网|商城|ショップ|ストア|サイト|通販|ホームページ)"
            + r"|\btienda\spropia\b|\bnegozio\sonline\b|\bboutique\sen\sligne\b|"
            r"\bown\s(?:web\s?)?(?:site|shop|store|website|webstore|storefront)\b|"
            r"\beigene[nrs]?\s(?:seite|website|webseite|shop|onlineshop|homepage|laden)\b|"
            r"\bpropre\s(?:site|boutique|e-?shop)\b|\bpropi[ao]\s(?:web|tienda|sitio|página)\b|"
            r"\bpropri[oa]\s(?:sito|negozio|shop)\b|自己的(?:网站|店|商城|网店)|"
            r"\b(?:our|unser\w{0,3}|notre|nuestr[ao]|nostr[oa])\s(?:full|whole|entire|complete|"
            r"wider|extended|ganze[ns]?|gesamte[ns]?|komplette[ns]?|toute\s(?:la|notre)|"
            r"toda\s(?:la|nuestra)|tutta\s(?:la|nostra))?\s?(?:range|collection|catalog(?:ue)?|"
            r"line-?up|assortment|sortiment|kollektion|gamme|colecci[oó]n|catálogo|gama|"
            r"collezione|catalogo|gamma)\b|\b(?:the|das|den|le|la|el|il)\s(?:full|whole|entire|"
            r"complete|ganze|gesamte|komplette|toute|toda|tutta|completa|complet)\s(?:range|"
            r"collection|catalog(?:ue)?|sortiment|kollektion|gamme|colecci[oó]n|catálogo|gama|"
            r"collezione|catalogo|gamma)\b|\bthe\s(?:rest|full|whole)\sof\s(?:the|our)\s"
            r"(?:range|collection|family|line)|全系列|全部款式|全线产品)"
        ),
        note="amazon_message, insert: the seller's own shop, website or full range is named; a "
        "person checks it is not an invitation to buy there",
        policies=MK,
        message="risk_shop",
        keywords=kw(
            "own|eigene|propre|propi|propri|自己|"
            "our|my|unser|mein|notre|nos|nuestr|nostr|我们|我家|本店|我司|当店|弊社|自社|私ども|"
            "propia|online|en ligne|the rest|the full|the whole|range|collection|"
            "catalog|sortiment|kollektion|gamme|colecci|catálogo|gama|collezione|"
            "catalogo|gamma|全系列|全部款式|全线产品"
        ),
        risk=True,
    ),
    Rule(
        id="risks.shop.direct",
        category="promotion",
        pattern=_DIRECT,
        note="amazon_message, insert: the seller as the place to buy or find the product "
        "('directly from us', 'where we sell directly', 'under our brand name', 'bei uns direkt')",
        policies=MK,
        message="risk_shop",
        keywords=kw(
            "us|we|direkt|bei uns|wir|unserem|nous|direct|diretta|spaccio|vend|quedan|nombre|noi|bonifico|直接|私下"
        ),
        risk=True,
    ),
    Rule(
        id="risks.shop.special_price",
        category="promotion",
        pattern=_SPECIAL_PRICE,
        note="amazon_message, insert: a trade, wholesale or cost price offered to the buyer, or "
        "a product put aside for them: a sale outside the order",
        policies=MK,
        message="risk_shop",
        keywords=kw(
            "reserv|"
            "trade|wholesale|cost price|at cost|staff|insider|friends|put|reserve|set aside|keep one|"
            "händler|großhandel|einkaufspreis|sonderpreis|vorzugspreis|zurück|revendeur|de gros|"
            "coûtant|préférentiel|réserv|mettre de côté|distribuidor|mayorista|coste|especial|"
            "rivenditor|ingrosso|costo|riserv|da parte|批发|出厂|内部价|成本价|留一|卸値|特別価格|"
            "取り置き|お取り置き"
        ),
        risk=True,
    ),
    Rule(
        id="risks.shop.off_payment",
        category="contact_diversion",
        pattern=_OFF_PAYMENT,
        note="amazon_message: paying outside Amazon (bank transfer, PayPal, a payment app) is "
        "mentioned; a person checks it is not a sale off the marketplace",
        policies=AM,
        message="risk_shop",
        unless=r"(?:refund|erstatt|rembours|reembols|rimbors|退款|返金)",
        keywords=kw(
            "transfer|paypal|venmo|zelle|überweisung|virement|transferencia|bizum|"
            "bonifico|satispay|支付|转账|振込|paypay"
        ),
        risk=True,
    ),
    Rule(
        id="risks.shop.marketplace",
        category="promotion",
        pattern=MARKETPLACE,
        note="amazon_message, insert: another marketplace is named (eBay, Otto, Cdiscount, "
        "Rakuten, Taobao…); selling there is a diversion",
        policies=MK,
        message="risk_marketplace",
        keywords=kw(
            "bay|etsy|kaufland|zalando|cdiscount|fnac|rakuten|allegro|bol.com|"
            "manomano|aliexpress|temu|walmart|shein|mercado|galaxus|wayfair|shopee|"
            "lazada|tiktok|otto|marketplace|淘宝|天猫|京东|拼多多|抖店|闲鱼|有赞|微店|楽天|ショッピング|メルカリ|"
            "モール|base|minne|creema"
        ),
        risk=True,
    ),
    Rule(
        id="risks.search.engine",
        category="promotion",
        pattern=SEARCH_ENGINE,
        note="amazon_message, insert: a search engine is named; sending the buyer to search the "
        "web for the seller is a diversion",
        policies=MK,
        message="risk_search",
        keywords=kw(
            "google|bing|yahoo|duckduckgo|ecosia|qwant|yandex|百度|谷歌|必应|ヤフー|グーグル|"
            "search engine|suchmaschine|moteur de recherche|motor de b|buscador|"
            "motore di ricerca|搜索引擎|検索エンジン"
        ),
        risk=True,
    ),
    Rule(
        id="risks.search.name",
        category="promotion",
        pattern=(
            "(?:"
            + SEARCH_VERB
            + r"\s?(?:for\s|nach\s|sie\s|einfach\s|dort\s|ensuite\s|simplemente\s|"
            r"semplicemente\s|pure\s|su\s|sur\s|en\s|auf\s|on\s)?(?:[\w'’-]{1,15}\s){0,3}"
            r"[\"'“”‘’«»„「『]|[\"”“»]\s?"
            + SEARCH_VERB
            + r"|[」』\"”]\s?(?:で|と)?(?:検索|ご検索|お探し)|"
            + SEARCH_VERB
            + GAP
            + r"(?:\bour\s(?:brand|name|shop|store)|\bus\b|\bunser\w{0,3}\s(?:marke|namen|shop)|"
            r"\bnotre\s(?:marque|nom|boutique)|\bnuestr[ao]\s(?:marca|nombre|tienda)|"
            r"\bnostr[oa]\s(?:marchio|marca|nome|negozio)|\binternet\b|\bonline\b|\bweb\b|"
            r"\bin\srete\b|网上|网络|ネット|ウェブ|店名|品牌名)|"
            r"(?:网上|网络上|ネットで|ウェブで)"
            + CJK_GAP
            + SEARCH_VERB
            + r"|(?:店名|ブランド名|品牌名|店铺名|店铺名称|当店名|社名|\bshop\sname|\bbrand\sname|"
            r"markenname\w{0,2}|nom\sde\s(?:la\s)?(?:marque|boutique)|nombre\sde\s(?:la\s)?"
            r"(?:marca|tienda)|nome\sdel\s(?:marchio|negozio))" + CJK_GAP + SEARCH_VERB + ")"
        ),
        note="amazon_message, insert: the buyer is told to search for a name, the brand or the "
        "seller on the web ('search for “Brand filters”', '「店名」で検索')",
        policies=MK,
        message="risk_search",
        unless=r"(?:your\sorders|vos\scommandes|ihre\sbestellungen|mis\spedidos|i\smiei\sordini|"
        r"我的订单|注文履歴|error|fehler|erreur|errore|错误|エラー|manual|handbuch|anleitung|notice|"
        r"manuel|mode\sd['’]emploi|instrucciones|manuale|istruzioni|说明书|説明書|menu|menü|"
        r"settings|einstellungen|paramètres|ajustes|impostazioni|设置|設定|display|anzeige|écran|"
        r"pantalla|inbox|posteingang|boîte\sde\sréception|bandeja|posta\sin\sarrivo|\bapp\b)",
        keywords=kw(
            "tap|"
            "search|look|google|type|such|googeln|eingeben|cherch|tapez|busc|búsque|"
            "tecle|cerc|digit|搜|检索|検索|ググ|お探し"
        ),
        risk=True,
    ),
    Rule(
        id="risks.social.network",
        category="social_media",
        pattern=SOCIAL,
        note="amazon_message: a social network is named; a person checks it is not an invitation "
        "to follow or to move the conversation",
        policies=AM,
        message="risk_social",
        keywords=kw(
            "instagram|insta|facebook|tiktok|youtube|pinterest|twitter|linkedin|"
            "snapchat|threads|xiaohongshu|weibo|douyin|bilibili|小红书|微博|抖音|快手|b站|公众号|"
            "视频号|インスタ|ツイッター|フェイスブック|ユーチューブ|ティックトック"
        ),
        risk=True,
    ),
    Rule(
        id="risks.social.call_to_post",
        category="social_media",
        pattern="(?:" + _POST + GAP + _HANDLE + "|" + _HANDLE + GAP + _POST + ")",
        note="amazon_message, insert: a call to post, tag or share on a social network ('post it "
        "with #brand', 'tag @brand'); a plain handle alone is fine on a card",
        policies=MK,
        message="risk_social",
        keywords=kw(
            "#|@|tag|insta|facebook|tiktok|youtube|pinterest|twitter|小红书|微博|抖音|インスタ"
        ),
        risk=True,
    ),
    Rule(
        id="risks.contact.messenger",
        category="contact_diversion",
        pattern=MESSENGER,
        note="amazon_message: a messenger is named, also in local idiom or a sound-alike spelling "
        "('加V', '薇信', 'LINE'); the conversation belongs in Amazon messages",
        policies=AM,
        message="risk_messenger",
        keywords=_MESSENGER_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.promotion.messenger_on_insert",
        category="promotion",
        pattern=MESSENGER,
        note="insert: a messenger on a card ('WhatsApp for reorders', '加微信'): a person checks it "
        "serves product problems only",
        policies=INS,
        message="risk_messenger",
        unless=r"(?:support|help|problem|question|issue|service|kundendienst|kundenservice|hilfe|"
        r"frage|problem|sav|aide|assistance|question|soporte|ayuda|asistencia|incidencia|"
        r"assistenza|aiuto|domand|售后|客服|问题|故障|サポート|お問い合わせ|不具合)",
        keywords=_MESSENGER_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.promotion.messenger_value",
        category="promotion",
        pattern=MESSENGER,
        requires=(VALUE_ANY + r"|福利|领取|好礼|特典|お得",),
        note="insert: a messenger offered with something of value ('add our WeChat for a "
        "gift', '加V领取福利'), whatever else the card says about support",
        policies=INS,
        message="risk_messenger",
        keywords=_MESSENGER_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.link.unknown_domain",
        category="link",
        pattern=DOMAIN_LIKE,
        note="amazon_message: something that looks like a web address with an ending the address "
        "finder does not know ('casabrisa.london', 'shop (dot) bio')",
        policies=AM,
        message="risk_domain",
        keywords=(".", "dot", "点", "ドット"),
        risk=True,
    ),
    Rule(
        id="risks.promotion.unknown_domain",
        category="promotion",
        pattern=DOMAIN_LIKE,
        note="insert: something that looks like a web address with an ending the address finder "
        "does not know; a person checks it leads to a registration, manual or support page",
        policies=INS,
        message="risk_domain",
        keywords=(".", "dot", "点", "ドット"),
        risk=True,
    ),
    Rule(
        id="risks.link.spelled_ambiguous_ending",
        category="link",
        pattern=_SPELLED_AMBIGUOUS,
        note="amazon_message, insert: a name, then a spelled-out dot and an ending that is also a "
        "word ('en cocinasol punto es los tenemos'): the normaliser leaves it as prose, a person "
        "checks it is not an address",
        policies=MK,
        message="risk_domain",
        keywords=kw("punto|punt|point|punkt|dot"),
        risk=True,
    ),
    Rule(
        id="risks.channel.own",
        category="social_media",
        pattern=OURS
        + r"\s?(?:[\w'’-]{1,20}\s){0,2}(?:channel|kanal|chaîne|canal|canale|频道|チャンネル)\b",
        note="amazon_message: the seller's own video channel (a QR code or a name that leads off "
        "Amazon to it); a person checks it is not a way to reach the buyer elsewhere",
        policies=AM,
        message="risk_social",
        keywords=kw("channel|kanal|chaîne|canal|频道|チャンネル"),
        risk=True,
    ),
)
