"""Vocabulary by word class, shared by the risk signals and the rules that prove a violation.

Each piece is one regex group in all seven languages, glued into signals as ``A + GAP + B``
(a test checks that no piece is a bare alternation). A new way of saying the same thing is
added to the piece, and every signal using it learns it.
"""

from ..domain_words import TLDS
from ._shared import GAP, LONG_GAP, kw

#: Up to 20 / 30 characters of a CJK sentence (no spaces to count words by).
CJK_GAP = r"[^。！？!?\n]{0,20}"
CJK_GAP30 = r"[^。！？!?\n]{0,30}"
#: Across sentences, within one paragraph: a reward promised a sentence after the review.
PARAGRAPH_GAP = r"[^\n]{0,160}"

#: A review or rating by name, in every language: always a review, whatever is around it.
REVIEW_WORD = (
    r"(?:\b(?:reviews?|reviewing|reviewed|ratings?|re-?rat\w{0,3}|rate\s(?:us|it|them|the|this|"
    r"your|our|their|my|his|her)|write-?ups?|testimonials?)\b|erfahrungsbericht|témoignage"
    # a rating asked for by its number of stars ("Gib uns 5 Sterne", "Lasciaci 5 stelle")
    r"|\b(?:attribu\w{1,4}|assegn\w{1,4}|asign\w{1,4}|vergeben\ssie|valora|val[oó]re)\s(?:[\w-]{1,15}\s){0,4}"
    r"(?:[1-5]\s(?:stars?|sterne|étoiles|estrellas|stelle)|con\s[★⭐]|[★⭐])"
    r"|打出\s?(?:[★⭐]|[4-5五]\s?星)"
    r"|\b(?:gib|geben\ssie|give|donnez|donne|dale|danos|dadnos|dacci|date|lasciaci|lasciateci|leave\sus|"
    r"laissez-nous|laisse-nous|déjanos|déjenos)\s(?:uns\s|us\s|nous\s|nos\s|ci\s)?(?:[1-5]|five|fünf|"
    r"cinq|cinco|cinque)\s(?:stars?|sterne|étoiles|estrellas|stelle)"
    r"|\b(?:share|post|write)\syour\s(?:honest\s)?(?:experience|thoughts|impressions?)\s(?:on|at)\s"
    r"(?:amazon|the\sproduct\spage|our\s(?:site|website|shop))"
    # a rating given by a verb ("everyone who rates the tent", "wer das Zelt bewertet")
    r"|\brat(?:es|ed)\s(?:the|our|your|this|us|it|them)\b"
    r"|\bnotez\s(?:votre|ce|cette|notre|nous)\s(?:[\w-]{1,15}\s){0,2}(?:[1-5]|une|quatre|cinq)\s(?:ou\s[1-5]\s)?étoiles"
    r"|\bval[oó]re\w{0,2}\s(?:su|el|la|nuestro|nuestra|los|las)\s(?:[\w-]{1,15}\s){0,2}con\s[1-5]"
    r"|\bvalut\w{1,3}\s(?:il|la|lo|i|le)\s(?:[\w-]{1,15}\s){0,4}con\s[1-5]"
    r"|bewertung|bewerten|bewertest|bewertet|rezension|rezensier"
    r"|(?<!à\svotre\s)(?<!à\smon\s)(?<!à\snotre\s)(?<!à\nton\s)\bavis\b(?!\sde\s(?:passage|livraison|réception|expédition|d['’]expédition|crédit|"
    r"remboursement|paiement|retour))|évaluation|\bévaluer|\bnote[rz][- ](?:le|ce|notre|nous|l['’])"
    r"|reseñ|valoraci[oó]n|\bvalor(?:ar|ad)\w{0,4}|\bvaloren\b|\b(?:lo|la|los|las|nos)\svalor(?:as|a|es|e)\b|"
    r"\bcomentario\sque\s(?:nos\s)?dej\w{1,4}|\bcommentaire\sque\svous\savez\slaiss|"
    r"\bcommento\sche\s(?:ci\s)?ha[i]?\slasciato|\bcomment\syou\sleft|calificaci[oó]n|\bcalificar|\bpuntu(?:ar|aci)"
    r"|recension|recensir|recensisc\w{0,2}|valutazion"
    r"|\b(?:nos|nous|ci|uns)\s(?:pongan|ponga|pongas|mettent|mettez|mettiate|mettano|geben)\s(?:[1-5]|"
    r"cinco|cinq|cinque|fünf)\s(?:estrellas|étoiles|stelle|sterne)"
    r"|评价|评论|好评|差评|中评|评分|打分|打(?:个|一下)分|评个分|给个好?评|晒单|追评|留评|点评"
    r"|レビュー|評価|口コミ|クチコミ)"
)

#: Substrings one of which is in every review word (the keywords of rules built on it).
REVIEW_KEYWORDS: tuple[str, ...] = kw(
    "review|write|testimonial|erfahrungsbericht|témoign|rat|bewert|rezension|gib|geben|give|donn|"
    "dale|danos|dadnos|dacci|date|lascia|leave|laisse|déja|déje|share|post|pong|mett|"
    "avis|évalu|note|reseñ|valor|coment|comment|calific|puntu|recensi|valutazion|valut|评|打|晒单|"
    "attribu|assegn|asign|vergeben|★|⭐|"
    "レビュー|評価|口コミ|クチコミ"
)

#: A star rating or top marks, with numbers or emoji ("five stars", "満点", "volle Punktzahl").
STARS = (
    r"(?:\bstars?\b|\bsterne?n?\b|\bsternchen\b|sterne-|sternzahl|\bétoiles?\b|\bestrellas?\b|\bestrellitas?\b"
    r"|\bstelle\b|\bstelline\b|★|☆|⭐|🌟|[1-5]\u20e3"
    r"|\bfull\s(?:marks|score|stars)|\btop\s(?:marks|score)|\bperfect\s(?:score|rating|10)"
    r"|\bvolle[nr]?\s(?:punktzahl|punkte|sternzahl|sterne)|höchstnote|bestnote|bestbewertung"
    r"|\bnote\s(?:maximale|parfaite)"
    r"|puntuaci[oó]n\s(?:máxima|perfecta)|\bnota\smáxima|máxima\s(?:puntuaci[oó]n|nota)"
    r"|punteggio\s(?:pieno|massimo)|\bvoto\s(?:pieno|massimo|più\salto)|massimo\sdei\svoti"
    r"|\bla\snota\smás\salta|\bla\smeilleure\snote|\bthe\shighest\s(?:rating|score|mark)"
    r"|满分|满星|五星|5星|五颗星|[一二三四五]颗星|満点|最高評価|高評価|星[1-5一二三四五]|[1-5五]つ星"
    r"|星をたくさん|たくさんの星|星を多く"
    # a top mark said as a number ("un bel cinque sulla pagina", "a solid five on the listing")
    r"|\bun\sbel\s(?:cinque|5|dieci|10)\b|\bun\s(?:cinco|5|diez|10)\sen\sla\sficha|\ba\s(?:solid\s|nice\s)?"
    r"(?:five|5|ten|10)\son\sthe\s(?:listing|product\spage)|\bun\s(?:joli\s)?(?:5|cinq)\ssur\sla\sfiche)"
)

#: A star that describes the product, not a review: hotels, freezer compartments, luxury.
TECH_STARS = (
    r"(?:hotel|hôtel|resort|restaurant|albergo|gefrier|freezer|congélat|congelador|congelator"
    r"|compartiment|compartment|fach\b|vano|scomparto|cajón|luxus|luxe|lusso|lujo|cognac"
    r"|(?:four|vier|quatre|cuatro|quattro|4)[\s-]?(?:stars?|sterne?|étoiles|estrellas|stelle)"
    r"|酒店|宾馆|饭店|冷冻|ホテル|冷凍|フォースター|レストラン"
    r"|\b(?:safety|crash|helmet|energy|ncap)\s(?:test\s)?ratings?\b|\bvirginia\stech|\bstiftung\swarentest"
    r"|\b(?:5|cinco)\sestrellas\sen\s(?:precisi|calidad|seguridad|eficiencia)"
    r"|\b(?:5|cinq)\sétoiles\sen\s(?:précision|qualité|sécurité))"
)

#: A review request that shows its neutrality: whatever the verdict, honest, good or bad.
NEUTRAL = (
    r"(?:good\sor\sbad|bad\sor\sgood|positive\sor\snegative|negative\sor\spositive|\bhonest(?!ly)|"
    r"\b(?:glowing|great|positive)\sor\s(?:critical|negative|not)\b|\btanto\ssi\s[^.!?\n]{0,40}\scomo\ssi\b|"
    r"\bqu['’](?:il|elle)\ssoit\s\w{3,15}\sou\s\w{3,15}|\btanto\s(?:las\s)?(?:buenas|"
    r"positivas)\scomo\s(?:las\s)?(?:malas|negativas)|良い[^。！？\n]{0,6}も[^。！？\n]{0,6}(?:悪い|厳しい)|"
    r"\b(?:even|also|including)\s(?:if\s(?:it's|it\sis)\s)?critical|\bcritical\sor\b|"
    r"\bwhat\syou\sreally\sthink|\bany\s(?:kind\sof\s)?feedback\sis\swelcome|"
    r"\bauch\skritisch|\bkritisch\soder\b|\bwahre\smeinung|\bmême\scritique|"
    r"\bvéritable\savis|\baunque\ssea\scrític|\bopini[oó]n\sreal\b|\banche\scritic|"
    r"\bvera\sopinione|满意与否|真实想法|どんなご意見でも|ご意見は何でも|"
    r"\bsincere|\bcandid|\bunbiased|whatever\s(?:it\sis|your|you\sthink|the\sverdict)|"
    r"either\sway|whether\s(?:it's|it\sis|you|good|positive)|praise\sor\scriticism|"
    r"\behrliche[nrms]?\b|positiv\soder\s(?:negativ|kritisch)|negativ\soder\spositiv|gut\soder\sschlecht|"
    r"\begal\s(?:ob|wie)|ganz\sgleich|lob\soder\skritik|kritik\soder\slob|wie\s(?:auch\s)?immer|"
    r"unabhängig\sdavon|\bsincère|\bhonnête|positi(?:f|ve)\sou\snégati(?:f|ve)|"
    r"négati(?:f|ve)\sou\spositi(?:f|ve)|bon\sou\s(?:mauvais|moins\sbon)|"
    r"qu['’](?:il|elle)\ssoit\s(?:positi|négati|bon|mauvais|bonne|mauvaise|favorable|critique)|"
    r"quel\sque\ssoit|\bsincer[ao]s?\b|\bhonest[ao]s?\b|buena\so\smala|mala\so\sbuena|"
    r"positiva\so\snegativa|negativa\so\spositiva|sea\s(?:cual|como|la\sque)\ssea|"
    r"\bonest[ao]\b|(?:positiv|negativ|buon|bell|cattiv|brutt)[ao]\s(?:o\s\w{3,12}\s)?che\ssia|"
    r"che\ssia\s(?:positiv|negativ|buon|bell)|qualunque|bella\so\sbrutta|"
    r"真实|客观|如实|无论好|不管好|好评差评|好评还是差评|好坏|率直|正直|良い点も悪い点も|良し悪し|"
    r"ありのまま)"
)

#: A generic word for an opinion, which is a review only when it goes public.
OPINION = (
    r"(?:\b(?:feedback|thoughts|opinion|experience|impressions|verdict|comments?|"
    r"(?:few|couple\sof)\s(?:[\w-]{1,12}\s)?(?:words|lines)|(?:kind|nice|good|warm)\swords?)\b"
    r"|\b(?:meinung|eindrücke|erfahrung(?:en)?|rückmeldung|ein\spaar\s(?:[\w-]{1,12}\s)?"
    r"(?:zeilen|worte)|freundliche\sworte)\b"
    r"|\b(?:opinion|impressions?|ressenti|retour\sd['’]expérience|expérience|un\spetit\smot|"
    r"quelques\smots|mots\sgentils|commentaires?|une\s(?:petite\s|bonne\s|jolie\s)?note)\b"
    r"|\b(?:opini[oó]n|experiencia|impresi[oó]n|qué\ste\sparecen?|qué\sle\sparecen?|"
    r"comentarios?|unas\spalabras|palabras\samables)\b"
    r"|\b(?:opinione|esperienza|impressioni|parere|commento|commenti|due\sparole|un\svoto|"
    r"qualche\sparola|parole\sgentili)\b"
    r"|感受|心得|体验|使用感|感想|几句|好话|ご意見|ご感想|ひとこと|お声)"
)

#: Telling, sharing, posting: what a customer does with an opinion.
SHARE = (
    r"(?:\b(?:tell|tells|telling|told|share|shares|shared|sharing|say\sso|post|posts|posted|"
    r"posting|write|writes|wrote|writing|written|mention\w{0,3}|spread\w{0,3}|recommend\w{0,3}|"
    r"rave|shout\sabout)\b|\blet\s(?:[\w-]{1,15}\s){1,3}know\b|\b(?:erzähl\w{0,4}|"
    r"teil(?:en|t|e)|schreib\w{0,4}|sag(?:en|t)|bericht(?:en|et)|weitersag\w{0,4}|empfehl\w{0,4}|"
    r"weitererzähl\w{0,4})\b|\b(?:dites|dire|partag\w{0,4}|racont\w{0,4}|écri\w{0,4}|"
    r"publi(?:er|ez|é|ée)|recommand\w{0,4}|parlez|faites\ssavoir)\b|\b(?:cont(?:ar|arlo|arnos|ad)|"
    r"cu[eé]nt\w{0,6}|compart\w{0,4}|dig(?:a|as|an|alo|anos)|decir\w{0,3}|escrib\w{0,4}|"
    r"public(?:ar|a|an|que|quen)|recomiend\w{0,4}|habl(?:e|ar)\w{0,3})\b|\b(?:raccont\w{0,4}|"
    r"condivid\w{0,4}|dic(?:a|alo|ano)|dir(?:e|lo|ci)|scriv\w{0,4}|pubblic(?:are|hi|a)|"
    r"consigli(?:are|ate|a)|parl(?:i|are|ate))\b|"
    r"分享|告诉|写|晒|推荐|说说|知道|お聞かせ|書いて|投稿|シェア|教えて|伝え|広め|広げ|紹介)"
)

#: Where an opinion becomes a review: on Amazon, the product page, in public.
PUBLIC = (
    r"(?:\bon\samazon\b|product\spage|\bthe\slisting\b|\bpublic(?:ly)?\b|\bonline\b|the\sworld|"
    r"\b(?:other|more|fellow)\s(?:[\w-]{2,15}\s)?(?:buyers|customers|shoppers|people)\b|"
    r"\bder\swelt\b|\bau\smonde\b|\bal\smundo\b|\bal\smondo\b|更多(?:的)?(?:买家|人|顾客|朋友)|大家|"
    r"\b(?:let|tell)\s(?:people|everyone|others)\b|\bwhere\s(?:other|others|people|everyone)\b|"
    r"\bother\s(?:[\w-]{2,15}\s)?(?:lovers|fans|owners|users|parents|cooks|gardeners|riders)\b|"
    r"\bfellow\s[\w-]{2,15}s\b|\bwo\sandere\b|là\soù\sd['’]autres|\bdonde\sotros\b|"
    r"\bdove\saltri\b|"
    r"other\s(?:buyers|customers|shoppers)|\bis\s(?:up|live)\b|are\s(?:up|live)\b|"
    r"auf\samazon|produktseite|öffentlich|anderen\s(?:käufern|kunden)|"
    r"auf\sder\s(?:amazon-?)?seite|sur\samazon|fiche\s(?:produit|amazon)|page\s(?:du\s)?produit|"
    r"page\samazon|publiquement|autres\s(?:acheteurs|clients)|en\samazon|página\sdel\sproducto|"
    r"ficha\s(?:del\sproducto|de\samazon)|página\sde\samazon|públicamente|otros\scompradores|"
    r"su\samazon|pagina\s(?:del\s)?prodotto|pagina\samazon|pubblicamente|altri\s(?:acquirenti|"
    r"clienti)|"
    r"亚马逊|商品页|产品页|公开|其他(?:买家|顾客|消费者)|别的买家|amazon(?:で|に|の)|商品ページ|公開|"
    r"(?:ほか|他)のお客様|(?:ほか|他)の[^。！？!?\n]{0,10}(?:方|皆さま|皆様|購入者|お客様)|目に留まる|"
    r"皆様|みなさま|"
    r"其他[^。！？!?\n]{0,6}(?:爱好者|用户|朋友)|(?:能|可以)看到的地方)"
)

#: Something of value, said softly: a gift, a surprise, "something nice", a little thank-you.
VALUE_SOFT = (
    r"(?:\bgifts?\b|\bpresents?\b|\bsurprise|\bvouchers?|\bcoupons?|gift\s?cards?|\bfreebies?|"
    r"\bgoodies|\btreats?\b|\bbonus|\brewards?\b|\bsamples?\b|\bcash\s?back|\bon\sus\b|"
    r"\bon\sthe\shouse\b|\bcomplimentary\b|\best\spour\snous\b|\bc['’]est\scadeau\b|"
    r"\b(?:platinum|gold|silver|vip|premium|higher|next)\s(?:tier|status|level)\b|\bbump\s(?:you|"
    r"your\s\w{2,12})\sup\b|给您(?:补发|寄|送|发)|我们(?:送|寄)您|\bfree\sof\scharge\b|\bat\sno\s(?:extra\s)?(?:cost|charge)\b|"
    r"(?:customer|photo|fan|review|pic)\sof\sthe\s(?:week|month)|\b(?:be|get|being)\sfeatured\b|"
    r"\bfeature\syou(?:r\s(?:photo|review|post|pic))?\b|"
    r"something\s(?:nice|special|extra|small|little|lovely)|little\s(?:thank-?\s?you|something|"
    r"extra|gift)|a\sthank-?\s?you\s(?:gift|present)|(?:send|sending)\s(?:a\s)?(?:little\s)?"
    r"thank-?\s?you|extra\s(?:year|years|months)\sof\s(?:warranty|guarantee)|"
    r"(?:longer|extended)\s(?:warranty|guarantee)|"
    r"geschenk|gutschein|überraschung|dankeschön|gratis|kleinigkeit|prämie|zugabe|"
    r"garantieverlängerung|cadeau|surprise|bon\sd['’]achat|petite\sattention|offert|"
    r"récompense|échantillon|extension\sde\sgarantie|regal\w{1,4}|sorpresa|detalle|obsequio|"
    r"\bvale\s(?:de|por)|cup[oó]n|precio\sespecial|prezzo\sspeciale|prix\sspécial|sonderpreis|"
    r"\bspecial\sprice|额外优惠|\b\d{1,3}\s?%\s(?:code|coupon|off|discount)|"
    r"(?:glissez|indiquez|mentionnez|écrivez)\s(?:simplement\s)?le\smot|mencione\seste\smensaje|暗号|口令|muestra|omaggio|pensiero|buono|\bgratis\b|premio|campione|"
    r"红包|礼品|礼物|小礼|惊喜|心意|赠品|返现|优惠券|代金券|积分|延保|"
    r"プレゼント|ギフト|特典|粗品|謝礼|お礼|ポイント|クーポン|保証延長|提供品|無償提供)"
)

#: What the customer does next to earn it: posts, sends a screenshot, tells us once it is up.
NEXT_STEP = (
    r"(?:screen\s?shot|screen\s?cap|\b(?:once|when|after)\s(?:it's|it\sis|they're|your\s"
    r"(?:[\w-]{2,15}\s){1,3}(?:is|are))\s(?:up|live|online|posted|published)|\bappears?\son\s"
    r"(?:the\s)?(?:product\spage|listing|amazon)|send\sus\s(?:the\s)?link|\bdrop\sus\sa\s"
    r"(?:line|note|message|quick\s\w{1,12})|\btag\s(?:us|me)\b|\bmention\sus\b|#[a-z0-9_]{2,30}|"
    r"\bmarkier\w{1,4}\s(?:uns|mich)\b|\bidentifiez-nous\b|\betiquét\w{1,6}nos\b|\btagga\w{0,4}ci\b|"
    r"\bpop\s(?:me|us)\s|send\sus\syour\sorder\snumber|email\sus\syour\sorder\snumber|"
    r"\bfa(?:cc|tec)elo\ssapere|\bavísanos|\bd[ií]noslo|\bprévenez-nous|\bsagen\ssie\suns\sbescheid|"
    r"bildschirmfoto|capture\sd['’]écran|\bcapture\b|captura|pantallazo|schermata|"
    r"截图|截屏|晒图|スクリーンショット|スクショ|画面)"
)

#: The seller's own (first person plural or singular), in every language.
OURS = (
    r"(?:\bour\b|\bmy\b|\bunser\w{0,3}\b|\bmein\w{0,3}\b|\bnotre\b|\bnos\b|\bnuestr[oa]s?\b|"
    r"\bnostr[oiae]\b|我们|我家|本店|我司|当店|弊社|自社|私ども)"
)

#: A place where things are sold or shown (not a workshop, warehouse or factory).
SHOP = (
    r"(?:\b(?:shop|store|web\s?shop|online\s?shop|e-?shop|website|web\s?site|storefront|"
    r"boutique|outlet)\b|\b(?:laden|onlineshop|online-shop|webshop|homepage|webseite|"
    r"internetseite)\b|\b(?:magasin|site\s(?:web|internet|marchand)|e-?boutique)\b|"
    r"\b(?:tienda|web|página\sweb|sitio\sweb)\b|\b(?:negozio|sito|punto\svendita)\b|"
    r"店铺|网店|官网|商城|旗舰店|小店|ショップ|ストア|通販|ホームページ|公式サイト|"
    # a room where the range is shown: the buyer invited to come and buy there
    r"\bshowroom|ausstellungsraum|salle\sd['’]exposition|sala\sde\sexposici[oó]n|tienda\sf[ií]sica|"
    r"negozio\sfisico|实体店|门店|展厅|ショールーム|実店舗|"
    r"\bfactory\s(?:outlet|shop|store)|\bfarm\sshop|hofladen|werksverkauf|fabrikverkauf|"
    r"ladengeschäft|boutique\sd['’]usine|magasin\sd['’]usine|tienda\sde\s(?:fábrica|la\sfábrica)|"
    r"spaccio(?:\saziendale)?|工厂店|直营店|直売所|アウトレット)"
)

#: Another marketplace, where the seller also sells (a diversion from Amazon).
MARKETPLACE = (
    r"(?:(?<![a-z0-9])(?:e-?bay|etsy|kaufland|zalando|cdiscount|fnac|rakuten|allegro|bol\.com|"
    r"manomano|aliexpress|temu|walmart|shein|mercado\s?libre|galaxus|wayfair|shopee|lazada|"
    r"tiktok\s?shop|otto\.de|minne|creema)(?![a-z0-9])|\b(?:bei|auf|im)\sotto\b|"
    r"\bmarketplace\sde\b|淘宝|天猫|京东(?!物流|快递)|拼多多|抖店|闲鱼|有赞|微店|楽天|ヤフーショッピング|"
    r"yahoo!?\s?ショッピング|メルカリ|ペイペイモール|paypayモール|base(?:で|の|ショップ))"
)

#: A search engine, or the act of searching the web for a name.
SEARCH_ENGINE = (
    r"(?:(?<![a-z0-9])google(?![a-z0-9])(?!\s(?:pay|maps?|play|home|assistant|nest|translate|"
    r"lens|drive|docs|sheets|chrome|pixel|account|mail))|(?<![a-z0-9])(?:bing|duckduckgo|ecosia|"
    r"qwant|yandex)(?![a-z0-9])|(?<![a-z0-9])yahoo(?![a-z0-9])(?!!?\s?(?:shopping|mail|ショッピング))|"
    r"百度|谷歌|必应|ヤフー(?!ショッピング)|グーグル|search\sengine|suchmaschine|"
    r"moteur\sde\srecherche|motor\sde\sb[uú]squeda|\bbuscador\b|motore\sdi\sricerca|搜索引擎|"
    r"検索エンジン)"
)

#: Searching or typing a name ("search for", "suchen Sie nach", "tapez", "busca", "cerca").
SEARCH_VERB = (
    r"(?:\bsearch\w{0,3}|\blook\s(?:us\s)?up\b|\bgoog(?:le|el)\w{0,3}|\btyp(?:e|ing)\s(?:[\w'’-]{1,15}\s){0,3}into\b|"
    r"\bsuch\w{0,4}|\beingeben\b|\bcherch\w{0,5}|\brecherch\w{0,5}|\btap(?:ez|er|ant)\b|"
    r"\bbusc\w{0,5}|\bbúsque\w{1,4}|\bteclee?\b|\bcerc(?:a|are|ate|hi|ando)\b(?!\sde\b)|"
    r"\bdigit(?:a|i|are|ando)\b|搜索|搜一下|搜一搜|搜|检索|検索|ググ)"
)

#: A social network or messenger by name, also in local idiom and sound-alike spellings.
SOCIAL = (
    r"(?:(?<![a-z0-9])(?:instagram|insta|facebook|tiktok|youtube|pinterest|twitter|linkedin|"
    r"snapchat|xiaohongshu|weibo|douyin|bilibili|threads\sapp)(?![a-z0-9])|小红书|微博|抖音|快手|"
    r"b站|公众号|视频号|インスタ|ツイッター|フェイスブック|ユーチューブ|ティックトック)"
)
MESSENGER = (
    r"(?:(?<![a-z0-9])(?:whats\s?app|wh?atsap|wasap|guasap|telegram|viber|we\s?chat|weixin|skype|kakao\w{0,4}|threema|"
    r"signal\s(?:app|messenger)|messenger|imessage|qq|[vw]x)(?![a-z0-9])|"
    r"(?<![a-z])line\s?(?:id|@|app|account|official)|line(?:公式|アカウント|id|で|に|の友|友)|"
    r"ライン(?:で|の|id|に|公式|アカウント)|カカオ|微信|薇信|威信|v信|微x|加\s?v(?![a-z])|企业微信)"
)

#: A time ahead: a season, next month, soon.
FUTURE = (
    r"(?:\b(?:this|next|coming|later\sthis)\s(?:autumn|fall|spring|summer|winter|season|month|"
    r"year|week|weekend)\b|\bin\s(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|spring|summer|autumn|winter|the\scoming\s\w{3,8})\b|"
    r"\b(?:soon|shortly|upcoming|coming\sup|on\sthe\sway|in\sthe\spipeline)\b|"
    r"\bin\s(?:a\sfew|the\scoming|two|three)\s(?:weeks|months)\b|"
    r"\b(?:summer|winter|spring|autumn|fall|holiday|new|next|limited|latest)\sdrop\b|\bin\s(?:ein\spaar|wenigen)\s"
    r"(?:wochen|monaten)\b|\bdans\squelques\s(?:semaines|mois)\b|\ben\sunas\s(?:semanas|meses)\b|"
    r"\bdentro\sde\spoco\b|\b(?:tra|fra)\s(?:poco|qualche\s(?:settimana|mese))\b|"
    r"\b(?:im|ab|diesen?|nächste[nmr]?|kommende[nmr]?)\s(?:frühling|frühjahr|sommer|herbst|winter|"
    r"monat|saison|jahr|woche|januar|februar|märz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember)\b|\b(?:bald|demnächst|in\skürze|künftig)\b|"
    r"\b(?:au|ce|cet|cette|le\smois|l['’]année|la\ssaison|en)\s?(?:printemps|été|automne|hiver|"
    r"prochain|prochaine|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)\b|\b(?:bientôt|prochainement|très\sbientôt)\b|"
    r"\bab\s(?:dem\s)?\d{1,2}\.\s?(?:januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember)\b|\bà\spartir\sdu\s\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre)\b|\ba\spartir\sdel\s\d{1,2}\sde\s(?:enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|"
    r"\b(?:from|starting)\s(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s\d{1,2}(?:st|nd|rd|th)?\b|\bdal\s\d{1,2}°?\s(?:gennaio|febbraio|marzo|aprile|"
    r"maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b|"
    r"\b(?:la\ssemaine|l['’]an|l['’]automne|l['’]été|l['’]hiver)\sprochaine?\b|"
    r"\b(?:la\ssemana|el\smes|el\saño)\sque\sviene\b|\b(?:la\ssettimana|il\smese|l['’]anno)\s"
    r"prossim[oa]\b|"
    r"\b(?:en|este|esta|el\spróximo|la\spróxima|próxim[oa])\s(?:primavera|verano|otoño|invierno|"
    r"temporada|mes|año|semana|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"octubre|noviembre|diciembre)\b|\b(?:pronto|próximamente|en\sbreve)\b|"
    r"\b(?:in|a|questa|quest['’]|il\sprossimo|la\sprossima|prossim[oa])\s?(?:primavera|estate|"
    r"autunno|inverno|stagione|mese|anno|settimana|gennaio|febbraio|marzo|aprile|maggio|giugno|"
    r"luglio|agosto|settembre|ottobre|novembre|dicembre)\b|\b(?:presto|prossimamente|a\sbreve|"
    r"in\sarrivo)\b|"
    r"下个?月|下周|下季|今年秋|今年冬|今年春|今年夏|秋冬|春夏|即将|近期|不久|敬请|"
    r"来月|来週|今秋|今冬|今春|今夏|近日|まもなく|間もなく|予定)"
)

#: A group of products that can be launched: a range, a collection, a series, an edition.
COLLECTION = (
    r"(?:\b(?:range|collection|line-?up|series|edition|kits|novelties|new\sarrivals)\b|"
    r"\b(?:coffrets?|gift\s(?:box|set)|geschenkset|geschenkbox|cofres?\sregalo|cofanett[oi]|"
    r"礼盒)\b|"
    r"kollektion|(?:serie|linie|edition)\b|sortiment|neuheiten|\bcollection\b|\bgamme\b|"
    r"nouveautés|\bédition\b|colecci[oó]n|\bgama\b|novedades|\bedici[oó]n\b|collezione|"
    r"\bgamma\b|novità|\bedizione\b|系列|新品|新款|产品线|新作|新商品|新製品|シリーズ|コレクション|新色)"
)

#: Things that are only a product group when called new: models, colours, products, flavours.
PRODUCTS = (
    r"(?:\b(?:models?|colou?rs|colou?rways|shades|flavou?rs|designs|products|versions?|line|"
    r"styles|sizes|items)\b|\b(?:modelle?|farben|sorten|produkte|linie|röstungen|designs)\b|"
    r"\b(?:version|ausführung|variante|größe)\b|"
    r"\b(?:modèles?|coloris|couleurs|produits|ligne|saveurs|série|taille)\b|\b(?:modelos?|colores|"
    r"productos|línea|sabores|serie|versi[oó]n|talla|tamaño)\b|\b(?:modelli|colori|prodotti|linea|"
    r"gusti|serie|versione|taglia|misura)\b|"
    r"款式|款|颜色|口味|カラー|モデル|商品)"
)

#: The domain-like token the address finder does not know: an unfamiliar ending after a dot.
_KNOWN_ENDINGS = "|".join(
    sorted(
        TLDS
        | {
            # files and abbreviations that look like an ending
            "pdf", "jpg", "jpeg", "png", "gif", "doc", "docx", "xls", "xlsx", "zip", "mp4", "mp3",
            "mov", "txt", "csv", "html", "htm", "php", "svg", "webp", "heic", "ra", "na", "ma",
            "mo", "ssa", "le", "so", "zza", "mi", "ti", "vi", "ci", "si", "ne", "lo", "la", "il",
            "el", "ed", "je", "tu", "ha", "hr", "er", "ab", "am", "um", "im", "an", "zu",
        },
        key=lambda t: (-len(t), t),
    )
)  # fmt: skip
DOMAIN_LIKE = (
    r"(?:(?<![\w@.-])[a-z0-9][a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,30}){0,2}\.(?!(?:"
    + _KNOWN_ENDINGS
    + r")(?![a-z]))[a-z]{2,12}(?![\w@-]|\.[a-z])|"
    r"(?<![\w@.-])[a-z0-9][a-z0-9-]{2,40}\s?(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s|点|ドット)\s?"
    r"[a-z]{2,12}\b|ドット(?:コム|ジェーピー|ネット)|(?<![a-z])点\s?(?:com|cn|net|shop)\b)"
)

__all__ = [
    "ANY_VERDICT",
    "CJK_GAP",
    "CJK_GAP30",
    "COLLECTION",
    "CONCEALED",
    "DISCLOSED",
    "DOMAIN_LIKE",
    "FUTURE",
    "GAP",
    "LONG_GAP",
    "MARKETPLACE",
    "MESSENGER",
    "NEUTRAL",
    "NEXT_STEP",
    "OPINION",
    "OURS",
    "PARAGRAPH_GAP",
    "POSITIVE",
    "PRODUCTS",
    "PUBLIC",
    "REVIEW_KEYWORDS",
    "REVIEW_WORD",
    "SEARCH_ENGINE",
    "SEARCH_VERB",
    "SHOP",
    "SOCIAL",
    "STARS",
    "TECH_STARS",
    "VALUE_ANY",
    "VALUE_SOFT",
]

#: Any value, hard or soft: money, free things, points, free shipping, and the soft words.
VALUE_ANY = (
    r"(?:" + VALUE_SOFT + r"|\bfree\b|\brefund\w{0,3}|\bmoney\b|\bcash\b|\bcredit\b|\bpoints\b|"
    r"\d{1,3}\s?%|[$£€¥]\s?\d{1,5}|\b\d{1,5}(?:[.,]\d{2})?\s?(?:[$£€]|euros?|eur\b)|"
    r"erstatt|guthaben|punkte|versandkostenfrei|rembours|\b(?:un|votre|d['’]un)\savoir\b|"
    r"frais\sde\sport|offr(?:e|ons|irons)|\bnivel\s(?:oro|plata|platino|vip|superior)\b|"
    r"\bniveau\s(?:or|supérieur|vip)\b|\blivello\s(?:oro|superiore|vip)\b|\b(?:gold|vip)-?(?:status|"
    r"stufe)\b|会员等级|升级为|ゴールド会員|半价|免单|打折|"
    r"\bofferts?\b|reembols|env[ií]o\sgratis|gastos\sde\senv[ií]o|te\s(?:mandamos|enviamos)|"
    r"rimbors|spedizione\sgratuita|punti|accredit|\d{1,5}\s?(?:元|块|円)|退款|退还|返还|报销|包邮|免费|"
    r"送料無料|無料|返金|進呈|差し上げ|"
    # the seller giving something, whatever it is ("we'll send you a candle")
    r"\bwe(?:'ll|’ll|\swill)?\s(?:send|give|gift|offer|add|credit|pop|include|throw\sin)\b|"
    r"\b(?:schicken|senden|schenken|geben|legen)\swir\b|\bwir\s(?:schenken|schicken|senden|geben|"
    r"spendieren)\s(?:dir|ihnen|euch)\b|\bnous\svous\s(?:offrons|envoyons|"
    r"offrirons|enverrons|remboursons)\b|\b(?:le|te|les|os)\s(?:regalamos|enviamos|damos|"
    r"mandamos|devolvemos)\b|\b(?:ti|le|vi)\s(?:regaliamo|inviamo|diamo|mandiamo|rimborsiamo)\b|"
    r"送您|赠送|お送り|プレゼント|"
    # a prize draw among reviews
    r"\bkostenlos|\bumsonst\b|\bgratuit(?:ement|e)?\b|\bgratuit[oa]\b|\bcommission|\bprovision\b|"
    r"\bcomisi[oó]n|\bcommissione|佣金|報酬|\btouchez\b|\bguadagn\w{1,4}\b|\bearns?\syou\b|"
    r"\bprize\sdraw|\braffle|\bsweepstake|verlos|gewinnspiel|tirage\sau\ssort|\bsorteo|\bsorteamos|"
    r"estrazion|\bconcorso|抽奖|抽選|lostopf|\bverlost|"
    r"\bbedanken\swir\suns\smit|\bwir\sbedanken\suns\smit|lands?\sin\syour\sinbox|"
    # a fee or cost waived ("we'll waive the restocking fee", "手续费我们就免了")
    r"\bwaiv(?:e|ed|ing)\b|\bno\s(?:restocking|return|handling|cancellation)\sfee|verzichten\swir|"
    r"\berlassen\swir|gebühr\w{0,2}\s(?:entfällt|erlassen)|\bannul\w{1,5}\s(?:les\s)?frais|"
    r"\bno\s(?:le|te|les|os)\scobra\w{1,5}|\bnon\s(?:le|ti|vi)\saddebit\w{1,6}|免了|免收|免掉|"
    r"退给|不要とさせていただ|"
    r"\bje\svous\s(?:offre|offrirai|envoie|enverrai|rembourse)\b|\b(?:ti|le|vi|te)\sregalo\b|"
    r"\bich\s(?:schenke|schicke|sende)\s(?:ihnen|dir)\b|\bbonus\sfid[eé]lit|\bpuntos?\sextra|"
    r"\bbonus\sfedelt|积分|ポイント|\bpuntos\b|\bdoblad|\bduplica\w{0,5}|\braddoppi\w{0,5}|"
    r"\bdoublé|\bverdoppel|\bdoubled?\b|翻倍|双倍|\d{1,5}\s?(?:美元|欧元|英镑)|充值|余额|"
    r"\bguthaben|\bsaldo\b|\bcrédito\b|\bcredito\b)"
)

#: A review asked for or rewarded for its sentiment: glowing, five stars, "show how much you
#: loved it".
POSITIVE = (
    r"(?:\b(?:top|highest|best)[\s-]rated\b|\bbest\sreviews\b|"
    r"\b(?:glowing|positive|rave|enthusiastic|gushing|favou?rable|excellent|great|good|happy|"
    r"top)\s(?:[\w-]{1,15}\s)?(?:reviews?|ratings?|feedback|words?)|\b(?:5|five)[\s-]?stars?\b|"
    r"\bglowing\b|how\smuch\syou\s(?:love|loved|like|liked|enjoy|enjoyed)|if\syou\s(?:love|loved)|"
    r"\b[45]\s?[★⭐]|★★★★|⭐⭐⭐⭐|\bfavorables?\b|\bfavorevoli\b|\bdestaqu\w{1,4}\slo\smejor|"
    r"\bhighlight\w{0,3}\sthe\sbest|\blo\scontent[oa]s?\sque|\bhow\shappy\syou|\bwie\szufrieden\s"
    r"(?:sie|du)|\bà\squel\spoint\svous\sêtes\s(?:content|satisfait)|\bquanto\s(?:sei|è)\scontent|\bmett\w{1,4}\sen\savant\sle\smeilleur|\bil\smeglio\sdel|"
    r"[„\"“«]\s?(?:sehr\sgut|ausgezeichnet|hervorragend|excellent|excelente|eccellente|ottimo|"
    r"very\sgood|excellent|outstanding|superbe?|parfait|perfecto|perfetto)\s?[“\"”»]|"
    r"begeistert|positive[nr]?\s(?:bewertung|rezension)|\bpositiv\s(?:[\w-]{1,15}\s)?(?:bewert|rezens)|(?:5|fünf)[\s-]?sterne|volle[nr]?\s"
    r"(?:punktzahl|sternzahl)|wie\s(?:sehr|gut)\s(?:dir|ihnen)|élogieu|enthousiaste|avis\spositif|"
    r"(?:5|cinq)\sétoiles|conquis|entusiasta|positiv[ao]s?\b|(?:5|cinco)\sestrellas|encantad|"
    r"enamorad|cuánto\s(?:te|le)\s(?:gust|encant)|entusiast|(?:5|cinque)\sstelle|quanto\s"
    r"(?:ti|le)\s(?:è|sia)\spiaciut|好评|五星|5星|满意的|夸|高評価|星5|星５|(?:5|五)つ星|良さ|絶賛|"
    # a rating threshold: "4 stars and above", "ab 4 Sternen", "da 4 stelle in su", "4星及以上"
    r"\b(?:[3-5]|three|four|drei|vier|trois|quatre|tres|cuatro|tre|quattro)[\s-]?(?:stars?|sterne?n?|"
    r"étoiles|estrellas|stelle)\s(?:and\s(?:above|up|over)|or\s(?:more|higher|above|better)|"
    r"ou\splus|et\splus|oder\smehr|und\smehr|o\smás|o\spiù|e\soltre|"
    r"(?:und|oder)\s(?:mehr|besser|höher)|ou\splus|et\splus|o\smás|y\smás|in\ssu|e\soltre|o\spiù)|"
    r"\b(?:ab|mindestens)\s[3-5]\s?stern|\bà\spartir\sde\s[3-5]\sétoiles|\bdesde\s[3-5]\s"
    r"estrellas|\bda\s[3-5]\sstelle|[3-5三四五]星(?:及|或)?以上|星[3-5]以上|[3-5]つ星以上|"
    r"\bhigh(?:est)?\s(?:ratings?|scores?)\sonly|"
    r"\b[3-4]\s(?:or|oder|ou|o|或)\s5\s(?:stars?|sterne?n?|étoiles|estrellas|stelle)|"
    r"\b(?:avis|review|reseña|recensione|bewertung|rezension)\s(?:[\w'’-]{1,15}\s){0,2}(?:recommande|"
    r"recommends|recomienda|raccomanda|consiglia|empfiehlt)|weiterempfiehl|weiterempfehl|schwärm|"
    r"begeisterung|won\syou\sover|\blove\s(?:it|them)\sin\sa\sreview|séduit|"
    r"星をたくさん|たくさんの星|星を多く|"
    r"\bà\squel\spoint\svous\s(?:adorez|aimez|appréciez)|\blo\smucho\sque\s(?:te|le)\s(?:gust|encant)|"
    r"\bquanto\s(?:ami|amate|adori|(?:ti|le|vi)\s(?:piace|piacciono))|\bquanto\s[èe]\ssoddisfatt|"
    r"\bwie\ssehr\s(?:sie|du)\s\w{0,20}\s?(?:lieben|liebst|mögen|magst)|有多喜欢|どれだけ気に入|"
    r"[3-5四五]\s?星\s?(?:或|和|/|、)\s?[4-5五]\s?星|"
    r"[★⭐]{4,5}|"
    # only the fully satisfied ("wenn Sie rundum zufrieden sind, schreiben Sie eine Bewertung")
    r"\b(?:fully|completely|totally|100\s?%)\s(?:satisfied|happy)|\brundum\szufrieden|\bvollauf\szufrieden|"
    r"\b(?:entièrement|totalement|pleinement)\ssatisfait|\b(?:totalmente|completamente|plenamente)\s"
    r"satisfech|\b(?:pienamente|completamente|totalmente)\ssoddisfatt|完全满意|十分满意|非常满意的话|"
    r"ご満足いただけ(?:た|ましたら))"
)

#: No newsletter: "wir haben Sie in keinen Newsletter eingetragen", "not on any newsletter".
NO_NEWSLETTER = (
    r"(?:\b(?:keine[nm]?|no|any|aucune?|ningun[oa]?|ningún|nessun[oa]?)\s(?:[\w-]{1,15}\s)?newsletter|"
    r"\bnewsletter\s(?:[\w-]{1,15}\s){0,3}(?:nicht|never|jamais|nunca|mai)\b|不会.{0,6}订阅)"
)

#: A review whatever its verdict: "positive or negative", "one star or five", "良し悪し".
ANY_VERDICT = (
    r"(?:good\sor\sbad|positive\sor\snegative|negative\sor\spositive|whether\syou\s(?:love|like)\s"
    r"it\sor\snot|one\sstar\sor\sfive|\bany\s(?:honest\s)?review|"
    r"positiv\soder\s(?:negativ|kritisch)|egal\sob|ganz\sgleich|"
    r"positi(?:f|ve)\sou\snégati(?:f|ve)|qu['’](?:il|elle)\ssoit\s(?:positi|bon)|"
    r"buena\so\smala|positiva\so\snegativa|tanto\ssi\s[^.!?\n]{0,40}\scomo|sea\scual\ssea|"
    r"positiva\so\snegativa|negativa\so\spositiva|qualunque|"
    r"\bpositiv\w{0,3},\snegativ\w{0,3}|\bqu['’](?:il|elle)\ssoit\s\w{3,15}\sou\s\w{3,15}|"
    r"\b(?:1|one|une?|una?|uno|eine?)\s(?:stars?\s|sterne?\s|étoiles?\s|estrellas?\s|stelle\s)?(?:or|o|ou|"
    r"oder)\s(?:de\s)?(?:5|five|cinq|cinco|cinque|fünf)\b|\b(?:5|five|cinq|cinco|cinque|fünf)\s(?:stars?"
    r"\s|sterne\s|étoiles\s|estrellas\s|stelle\s)?(?:or|o|ou|oder)\s(?:de\s)?(?:1|one|une?|una?|uno|"
    r"eins?)\b|\banche\scritic[ao]\b|\beven\s(?:a\s)?critical\b|\bauch\s(?:eine\s)?kritische?\b|"
    r"\bmême\scritique\b|\bincluso\s(?:una\s)?crític[ao]\b|由您(?:自由)?决定|由您做主|内容不限|"
    r"\bsin\simportar\s(?:las\sestrellas|la\s(?:nota|puntuaci[oó]n|"
    r"valoraci[oó]n))|\bno\smatter\s(?:the|how\smany)\s(?:stars|rating)|\bregardless\sof\s(?:the\s)?"
    r"(?:stars|rating|score)|\bpeu\simporte\sla\snote|\ba\sprescindere\sdal(?:le)?\s(?:stelle|voto)|"
    r"\begal\swie\sviele\ssterne|不管几星|无论几星|"
    r"无论好评还是差评|好评差评|好评[、，,/和或]\s?(?:中评[、，,/和或]\s?)?差评|无论好坏|不论好坏|良し悪し|良くても悪くても|"
    # praise or criticism alike
    r"\b(?:good|positive|glowing|praise)\sor\s(?:critical|criticism|negative)|\beven\sif\sit['’]?s\s"
    r"(?:critical|negative)|\b(?:lob|positiv)\soder\skritik|\bauch\s(?:wenn\ssie\s)?kritisch|"
    r"\bmême\ss['’](?:il|elle)\sest\s(?:critique|négati)|\b(?:élogieux|positif)\sou\scritique|"
    r"\b(?:elogios[oa]|positiv[oa]|entusiasta|buen[oa])\so\scrític[oa]|\baunque\ssea\scrític|"
    r"\b(?:entusiasta|positiv[oa]|buon[oa])\so\scritic[oa]|\banche\sse\scritic|"
    r"内容にかかわらず|内容を問わず|評価を問わず|低評価を問わず|評価に関係なく|无论评价内容|不论评价|"
    r"\bbegeistert\soder\skritisch|\bunabhängig\svon\sder\s(?:sternezahl|anzahl\sder\ssterne|bewertung|"
    r"note)|\bindependientemente\sde\sla\s(?:puntuaci[oó]n|valoraci[oó]n|nota)|\bindépendamment\sde\s"
    r"la\snote|\bindipendentemente\sdal(?:la)?\s(?:voto|valutazione|punteggio)|\bregardless\sof\s(?:the\s)?"
    r"(?:rating|stars|score)|評価の高低|星の数にかかわらず|无论星级|不论星级|"
    r"\b(?:favorable|positi(?:f|ve)|bon(?:ne)?)\sou\s(?:non|pas|défavorable|mauvaise?)\b|"
    r"\bpositi(?:f|ve)s?\scomme\snégati(?:f|ve)s?|\bpositiv[ao]s?\s(?:como|come)\snegativ[ao]s?|"
    r"\bnel\sbene\se\snel\smale|\bpour\sle\smeilleur\set\spour\sle\spire|良い[^。]{0,6}も[^。]{0,8}厳しい|"
    r"好评差评都|好坏都|"
    r"\bquel(?:le)?s?\sque\ssoi(?:t|ent)\s(?:la\snote|le\savis|l['’]avis|votre\savis)|"
    r"\b(?:favou?rable|positive|good)\sor\snot\b|\bpositiv\soder\snicht\b|\bfavorable\so\sno\b|"
    r"\bpositiv[oa]\so\s(?:no|meno)\b|\bfavorevole\so\s(?:no|meno)\b|"
    r"(?:高評価|低評価|評価)[^。]{0,12}(?:にかかわらず|に関わらず|に関係なく|を問わず))"
)

#: The reward is disclosed where the review is published ("rewarded reviews are labelled").
DISCLOSED = (
    r"(?:\b(?:labell?ed|marked|flagged|disclosed|tagged|identified|shown)\sas\b|"
    r"\b(?:labell?ed|marked|flagged|tagged)\s[\"'‘“«]|\bdicitura\b|\blabel\b|\bbadge\b|"
    r"\bmention\s[\"'‘“«]|\bsignalés?\spar\b|"
    r"\b(?:rewarded|incentivi[sz]ed)\sreviews?\s(?:are|carry|show)|"
    r"\btranspar(?:ent|ente|ency|ence|encia|enz)\w{0,2}\b|\btrasparen(?:te|za)\b|"
    r"gekennzeichnet|kennzeichnen|ausgewiesen|markiert|portent\sla\smention|mention\s«|"
    r"signalés?\scomme|identifiés?\scomme|marcad[oa]s\scomo|identificad[oa]s\scomo|"
    r"contrassegnat[aeio]|segnalat[aeio]\scome|标注|标明|注明|その旨を表示|表示しております|明記|"
    r"」と表示|と表示されます|mit\sdem\shinweis|\bcon\sla\setiqueta|\bwith\sthe\s(?:label|badge)|"
    r"\bmit\sdem\slabel|\bavec\sla\smention|\bcon\sl['’]etichetta|标签|porte(?:nt|ra)?\sla\smention|llevan?\sla\s"
    r"(?:etiqueta|indicaci[oó]n|menci[oó]n)|recano\sla\sdicitura|riporta(?:no)?\sla\sdicitura)"
)

#: The reward is to stay hidden: "don't mention it in the review".
CONCEALED = (
    r"(?:\b(?:don't|do\snot|please\sdon't|without|no\sneed\sto)\s(?:mention|mentioning|say|"
    r"saying|disclose|disclosing|refer\sto|note|noting|tell|write|writing)\b|\bkeep\s(?:it|this|that)\s(?:between\sus|quiet|to\s"
    r"yourself)|\bnicht\s(?:\w{1,15}\s){0,3}(?:erwähnen|erwähnt|angeben|schreiben)|"
    r"\b(?:erwähnen|schreiben|nennen)\s(?:sie|du)\s(?:[\w-]{1,15}\s){0,5}nicht\b|\bunter\suns\sbleiben|"
    r"\bno\s(?:hace\sfalta|es\snecesario)\sque\s(?:digas|diga|menciones|mencione|cuentes|cuente)|\bbleibt\sunter"
    r"\suns\b|\bne\spas\s(?:en\s|le\s|l['’])?(?:parler|mentionner|préciser|dire|écrire|"
    r"indiquer)\b|\b(?:ne\s(?:pas\s|le\spas\s)?|sans\s(?:le\s)?)(?:précis|mentionn|indiqu|dire|"
    r"signal|écri)\w{0,4}|\bentre\snous\b|\bno\s(?:lo\s|la\s)?(?:mencion|indiqu|dig|especifiqu|"
    r"escrib|cuent)\w{0,4}|\bnon\s(?:lo\s|la\s)?(?:menzion|cit|indic|dir|dic|specific|scriv)\w{0,4}|"
    r"(?:不要|别|请勿|无需)[^。！？!?\n]{0,8}(?:提到|提及|透露|提是|提起)|(?:触れ|記載し|書か|言及し)(?:ない|ず)|"
    # written as if bought, or with the gift left out
    r"\bas\sif\syou\s(?:had\s)?(?:bought|paid|purchased)|\bas\sa\s(?:regular|normal|ordinary|"
    r"paying)\s(?:customer|buyer)|\bals\s(?:hätten|hättest)\s(?:sie|du)|\bweglassen|"
    r"\blass(?:en)?\s(?:sie\s|du\s)?(?:[\w-]{1,15}\s){0,3}weg\b|"
    r"\berwähn(?:e|t|en)?\s(?:[\w-]{1,15}\s){0,3}nicht\b|\bals\s(?:ganz\s)?normale[r]?\skund\w{0,3}|"
    r"\bohne\shinweis\sauf|一般のお客様として|伏せて|内緒に|\b(?:werbe)?kennzeichnung\s(?:brauchst|"
    r"brauchen)\s(?:du|sie)\snicht|\bohne\s(?:werbe)?kennzeichnung|\bkeine\s(?:werbe)?kennzeichnung|"
    r"\bauthentisch\swirken|\bl['’]air\sspontané|\blook\s(?:natural|organic|authentic|spontaneous)\b|"
    r"\bparezca\s(?:espontáne|natural|auténtic)|\bsembri\s(?:spontane|natural|autentic)|"
    r"显得(?:更)?(?:真实|自然)|表記は不要|一般のお客様の感想として|"
    r"\bcomme\ssi\svous\s(?:l['’]aviez|aviez)\s(?:achet|pay)|\bomett\w{1,4}\s(?:de\s)?"
    r"(?:mentionner|préciser|dire)|\bcomo\ssi\s(?:lo|la)\shubier\w{1,3}\s(?:comprad|pagad)|"
    r"\bomit\w{1,4}\s(?:que|el\sregalo)|\bcome\sse\sl['’]avess\w{1,3}\s(?:acquistat|comprat|pagat)|"
    r"\bomett\w{1,4}\s(?:che|il\sregalo)|\bleave\s(?:out|off)\s(?:that|the\sfact|the\sgift|any\s"
    r"mention)|\bas\sa\s(?:regular|normal|ordinary)\spurchase|\bnichts\s(?:davon|darüber),?\s"
    r"(?:dass|wie|woher)|\b(?:inutile|pas\sbesoin)\sde\s(?:préciser|mentionner|dire|signaler|"
    r"indiquer)|\bno\s(?:hace\sfalta|es\snecesario)\s(?:decir|mencionar|indicar|aclarar)|"
    r"\bnon\s(?:c['’]è\sbisogno|serve|è\snecessario)\s(?:di\s)?(?:dire|specificare|menzionare|"
    r"indicare)|(?:不用|不必)(?:说|提|写)|言わなくて|書かなくて|"
    r"\bbetter\snot\sto\s(?:mention|say|disclose|tell)|\bno\sneed\sto\ssay|unerwähnt|verschweig|"
    r"\bnul\sbesoin\sde\s(?:dire|préciser|mentionner)|\bgardez\s(?:[\w'’-]{1,15}\s){0,2}pour\svous|"
    r"\bguárde(?:se|lo|la)\s(?:[\w-]{1,15}\s){0,2}para\susted|\bmeglio\snon\s(?:citare|dire|menzionare)|"
    r"\btenga(?:lo|la)?\s(?:[\w-]{1,15}\s){0,2}per\ssé|\bkeep\s(?:the|our|this)\s(?:[\w-]{1,15}\s)?"
    r"(?:partnership|collaboration|gift|deal|arrangement)\s(?:quiet|private|to\syourself)|"
    r"\bsin\s(?:mencionar|decir|indicar|especificar|contar|aclarar)|\bsenza\s(?:menzionare|dire|"
    r"citare|specificare|indicare)|\bohne\s(?:[\w-]{1,15}\s){0,3}zu\s(?:erwähnen|sagen|nennen)|"
    r"\bsans\s(?:mentionner|dire|préciser|indiquer)|\bcomo\sun\scliente\smás|\bcome\sun\s(?:qualsiasi\s)?"
    r"cliente\s(?:qualunque|normale|come\sgli\saltri)|\bcomme\sn['’]importe\squel\sclient|"
    r"\bwie\sein(?:e)?\s(?:ganz\s)?normale[r]?\skund|\blike\sany\sother\s(?:customer|buyer)|"
    # said quietly: "we'll quietly add", "bleibt aber unter uns", "acqua in bocca", "心照不宣"
    r"\bquietly\b|\bbleibt\s(?:\w{1,10}\s)?unter\suns|\bnirgendwo\s(?:dabei|erwähnt)|"
    r"\bentre\snosotros\b|\bsin\sponer\snada|\bacqua\sin\sbocca|\bniente\smenzione|"
    r"心照不宣|悄悄|不用写|别写)"
)
