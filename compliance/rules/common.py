"""Rules that do not depend on the language of the text."""

from ..model import Rule
from ._shared import (
    ALL,
    AM,
    APP_FEATURE,
    CAMPAIGN_CODE,
    GAP,
    LONG_GAP,
    MK,
    SETTLED,
    TRANSACTIONAL,
    carriers_own,
    kw,
)
from ._words import (
    ANY_VERDICT,
    CONCEALED,
    MARKETPLACE,
    OURS,
    PARAGRAPH_GAP,
    POSITIVE,
    REVIEW_KEYWORDS,
    REVIEW_WORD,
    SEARCH_ENGINE,
    SEARCH_VERB,
    SOCIAL,
    VALUE_ANY,
)
from .risks._marketing_words import LATER

#: Up to 160 characters inside one sentence: a reward clause can be long.
_SENTENCE = r"[^.!?。！？\n]{0,160}"

#: Where a sponsored post appears: a social network, a post, a blog, SNS, 笔记, 投稿.
_POST = (
    r"(?:"
    + SOCIAL
    + r"|(?<![a-z])sns(?![a-z])|\bblog|commentaire|comentario|commento|kommentar|\bpost(?:s|ing|ed)?\b|beitrag|publication|publica|"
    r"pubblica|投稿|笔记|晒|发帖|ブログ|感想|"
    # where a review stands on the seller's own site
    r"product\s?page|produktseite|page\s(?:du\s)?produit|fiche\sproduit|página\sdel\sproducto|"
    r"ficha\sdel\sproducto|pagina\s(?:del\s)?prodotto|scheda\sprodotto|商品页|详情页|商品ページ)"
)

#: "If you liked it and write just that …": a review of a given sentiment, the word unsaid.
_LIKED_AND_WRITE = (
    r"(?:\bif\syou\s(?:liked|loved|enjoyed)\b[^.!?\n]{0,60}\b(?:write|say|post|share)\s"
    r"(?:exactly\s|just\s)?(?:that|so|it)\b|\bwenn\s(?:ihnen|dir)\b[^.!?\n]{0,50}"
    r"(?:gefallen|geschmeckt)\s(?:hat|haben)\b[^.!?\n]{0,60}\b(?:genau\s)?(?:das|es|dies)\s"
    r"(?:[\w-]{1,15}\s){0,4}(?:schreiben|sagen|posten|teilen)|\bsi\s(?:vous\sl['’]avez|"
    r"(?:le|la|les)\sproduit\svous\sa)\s(?:aimé|plu)\b[^.!?\n]{0,60}\b(?:écrivez|dites)|"
    r"\bsi\s(?:te|le)\sha\s(?:gustado|encantado)\b[^.!?\n]{0,60}\b(?:escr[ií]b|d[ií]lo|cu[eé]nt)|"
    r"\bse\s(?:ti|le)\s[èe]\spiaciut[oa]\b[^.!?\n]{0,60}\b(?:scriv|dill|raccont))"
)

#: A review, or the same thing called feedback or a comment: with a reward conditioned on its
#: sentiment, the name does not matter ("eine begeisterte Rückmeldung", "un commento entusiasta").
_OPINION = (
    "(?:"
    + REVIEW_WORD
    + r"|\brückmeldung|\bfeedback|\bcommentaire|\bcommento|\bcomentario|\bkommentar|留言|反馈|"
    r"感想|コメント|"
    # praise by another name: "ein paar lobende Worte", "unas palabras bonitas", "好话"
    r"\blobende\sworte|\bparoles?\s(?:élogieuses|gentilles)|\bpalabras\sbonitas|\bparole\sbelle|"
    r"\brighe\sdi\selogi|\bnice\swrite-?up|\b(?:nice|kind)\swords|好话|"
    # a rating by a verb or an opinion by name, when a reward or a sentiment stands beside it
    r"\bopiniones\b|\bnot(?:é|ée|és|ées)\b|\bvalutat[oaie]\b|\bcalificad[oa]s?\b|"
    r"\b(?:ein\spaar\s)?(?:nette|liebe)\s(?:zeilen|worte)\b|\b(?:votre|ta)\snote\b|测评|评测|紹介記事)"
)
_OPINION_KEYWORDS = kw(
    "rückmeldung|feedback|comment|kommentar|留言|反馈|感想|コメント|lobende|paroles|palabras|"
    "parole|righe|write|words|好话|opini|noté|valutat|calificad|zeilen|worte|note|测评|评测|"
    "紹介記事"
)

#: Selling words around another marketplace: our shop there, in stock there, search there.
_SELLING = (
    r"(?:\b(?:shop|store|stock|buy|order|find|search|available|cheaper|price|sell|sold|listing)\w{0,3}"
    r"|\b(?:shop|laden|lager|kaufen|bestell|finden|suchen|erhältlich|günstiger|preis|verkauf)\w{0,4}"
    r"|\b(?:boutique|stock|achet|command|trouve|cherch|disponible|prix|vend)\w{0,5}"
    r"|\b(?:tienda|existencias|compr|ped|encuentr|busc|disponible|precio|vend|unidades)\w{0,5}"
    r"|\b(?:negozio|scorte|acquist|ordin|trov|cerc|disponibil|prezzo|vend)\w{0,5}"
    r"|店|现货|有货|库存|购买|下单|搜索|价格|便宜|在庫|購入|検索|ショップ|価格|お取り扱い|\bwe\b|\bus\b|"
    r"\bwir\b|\buns\b|\bnous\b|\bnosotros\b|\bnoi\b|我们|当店|弊社|" + OURS + r")"
)

#: Asking for a review to go away or change: take down, remove, update, change.
_CHANGE_REVIEW = (
    r"(?:\b(?:take\sdown|remove|delete|change|update|edit|amend|revise|withdraw|reconsider|adjust|"
    r"upgrade)\s(?:or\s\w{2,10}\s)?(?:your|the|that|this)\s(?:[\w'’-]{1,15}\s){0,2}"
    r"(?:reviews?|ratings?|feedback)|\b(?:bewertung|rezension)\w{0,2}\s(?:[\w-]{1,15}\s){0,7}"
    r"(?:änder|anpass|angepasst|lösch|entfern|zurückzieh|überdenk|korrigier)\w{0,4}|\b(?:änder|lösch|"
    r"entfern|korrigier)\w{0,4}\s(?:sie\s|du\s)?(?:ihre|deine|die)\s(?:[\w-]{1,15}\s)?"
    r"(?:bewertung|rezension)|\b(?:modifi|supprim|retir|chang|revoi|revo|corrig)\w{0,5}\s"
    r"(?:votre|ce|cet|cette|l['’]|le|la|ton|ta)\s?(?:[\w-]{1,15}\s)?(?:avis|commentaire|"
    r"évaluation|note)|\bmet\w{0,4}\sà\sjour\s(?:votre|ton|ce|cet|l['’])\s?(?:[\w-]{1,15}\s)?(?:avis|"
    r"commentaire|évaluation|note)|\baggiorn\w{0,5}\s(?:la\ssua|la\stua|la|quella)\s(?:[\w-]{1,15}\s)?"
    r"(?:recensione|valutazione|opinione)|\b(?:modifi|supprim|retir|chang|revoi|revo|corrig)\w{0,5}\s"
    r"(?:votre|ce|cet|cette|l['’]|le|la|ton|ta)\s?(?:[\w-]{1,15}\s)?(?:avis|commentaire|"
    r"évaluation|note)|\b(?:cambi|modific|elimin|borr|quit|retir|actualiz|corrij|corrig)\w{0,5}\s"
    r"(?:tu|su|la|esa|esta)\s(?:[\w-]{1,15}\s)?(?:valoración|reseña|opinión|comentario)|"
    r"\b(?:modific|cambi|elimin|rimuov|rimoss|togli|tolg|tolt|cancell|correg)\w{0,5}\s(?:la\ssua|la\stua|la|"
    r"quella|questa)\s(?:[\w-]{1,15}\s)?(?:recensione|valutazione|opinione)|"
    r"(?:差评|评价|评论)[^。！？!?\n]{0,8}(?:修改|删除|删掉|撤销|撤回|撤掉|撤下|删了|去掉|改一下|改掉|改成|改为)|"
    # the review gone, said of the review ("once the one-star review has been taken down")
    r"\b(?:reviews?|ratings?|feedback|avis|note|reseña|opini[oó]n|valoraci[oó]n|recensione|"
    r"bewertung|rezension)\s(?:[\w'’-]{1,20}\s){0,6}(?:(?:has|have|is|was|gets?|got)\s(?:been\s)?"
    r"(?:taken\sdown|removed|deleted|withdrawn)|(?:aura|a|ait)\sété\s(?:retiré|supprimé)e?|"
    r"(?:est|soit|sera)\s(?:retiré|supprimé)e?|desaparezca|(?:sea|haya\ssido|esté)\s(?:retirad|"
    r"eliminad|borrad)[ao]|(?:sarà|sia|è\sstata|venga)\s(?:rimoss|eliminat|cancellat|tolt)[ao]|"
    r"(?:gelöscht|entfernt|zurückgezogen)\s(?:ist|wurde|wird|haben))|"
    # the rating moved up to a number of stars ("bump your rating up to five stars")
    r"\b(?:rating|note|valoraci[oó]n|voto|bewertung|punteggio|valutazione)\s(?:[\w-]{1,15}\s){0,2}"
    r"(?:up\s)?(?:to|à|a|auf)\s(?:[4-5]|four|five|fünf|vier|cinq|quatre|cinco|cuatro|cinque|"
    r"quattro)(?:\s?(?:stars?|sterne|étoiles|estrellas|stelle|★|⭐)|(?=[\s,.;!?]))|"
    r"\b(?:reviews?|ratings?)\s(?:[\w'’-]{1,15}\s){0,3}(?:to|into)\s(?:something\s)?more\spositive|"
    r"(?:bewertung|rezension)\w{0,2}\s(?:[\w-]{1,15}\s){0,3}(?:positiver|freundlicher|besser)\s"
    r"(?:formulier|gestalt|fass|schreib)\w{0,3}|\b(?:avis|commentaire)\s(?:[\w'’-]{1,15}\s){0,4}"
    r"(?:en\s)?(?:un\s)?(?:avis\s)?plus\spositi|\b(?:reseña|valoraci[oó]n|opini[oó]n)\s"
    r"(?:[\w-]{1,15}\s){0,4}(?:por\s)?(?:una\s)?más\spositiv|\b(?:recensione|valutazione)\s"
    r"(?:[\w-]{1,15}\s){0,4}(?:in\s)?(?:una\s)?più\spositiv|(?:レビュー|評価)[^。！？!?\n]{0,15}"
    r"高評価に|"
    r"(?:修改|删除|删掉|撤销|撤回)[^。！？!?\n]{0,6}(?:差评|评价|评论)|"
    # the stars moved up: "le passer à 5 étoiles", "auf 5 Sterne ändern", "改成五星"
    r"\b(?:pass|mett|mont|chang|modifi)\w{0,4}\s(?:à|a)\s[4-5]\sétoiles|\bauf\s(?:mindestens\s|wenigstens\s)?(?:[4-5]|vier|fünf)\s"
    r"sterne\s(?:[\w-]{1,15}\s)?(?:änder|erhöh|anheb|setz|hochsetz|stell)|\b(?:bump|raise|"
    r"change|move|upgrade|lift|take)\s(?:it|that|them)\s(?:up\s)?to\s(?:[4-5]|four|five)\sstars|"
    r"\b(?:sub|cambi|pas|actualiz)\w{0,5}\s(?:la\s|lo\s)?a\s(?:[4-5]|cuatro|cinco)\sestrellas|"
    r"\b(?:port|alz|cambi|pass|aggiorn)\w{0,5}\s(?:la\s|lo\s)?a\s(?:[4-5]|quattro|cinque)\sstelle|"
    r"(?:改成|改为|改到|调成|调到)(?:[4-5四五]星|好评)|(?:星[4-5４５]|[4-5４５]つ星|高評価)に(?:変更|修正|変え|"
    r"し直)|"
    r"(?:レビュー|評価)[^。！？!?\n]{0,20}(?:変更|削除|修正|取り消|書き直)|"
    # the review named once, then changed by a pronoun ("your 2-star review … bump it up",
    # "votre avis … le retirer", "la tua recensione … se la modifichi")
    r"\b(?:reviews?|ratings?)\b[^\n]{0,120}?\b(?:bump|raise|lift|nudge|improve|upgrade|remove|"
    r"delete|withdraw|revise|edit|amend|take)\s(?:it|that)(?:\s(?:up|down|higher))?\b|"
    r"\b(?:bewertung|rezension)\w{0,2}\b[^\n]{0,120}?\b(?:sie|diese|es)\s(?:[\w-]{1,15}\s){0,3}"
    r"(?:änder|anpass|lösch|entfern|zurückzieh|korrigier)\w{0,4}|"
    r"\b(?:avis|commentaire|évaluation)\b[^\n]{0,120}?\b(?:le|la|l['’])\s?(?:retir|supprim|"
    r"modifi|chang|enlev|effac|corrig|revoi)\w{0,5}|"
    r"\b(?:reseña|valoraci[oó]n|opini[oó]n|comentario)\b[^\n]{0,120}?(?:\b(?:la|lo)\s(?:cambi|"
    r"modific|elimin|borr|quit|retir|actualic|corrij)\w{0,4}|\b(?:cambi|modific|elimin|borr|quit|"
    r"retir|actualiz|correg)(?:ar|ándo|ando)(?:la|lo)\b)|"
    r"\b(?:recensione|valutazione|opinione)\b[^\n]{0,120}?\b(?:la|lo)\s(?:modific|cambi|elimin|"
    r"rimuov|togli|cancell|correg|alz)\w{0,4})"
)

#: "For the review", "in exchange for your rating", "per la recensione", "为评价": the review
#: as what is paid for. Thanks for a review is not payment ("thank you for your review").
_FOR_REVIEW = (
    r"(?:(?:(?<!thanks\s)(?<!thank\syou\s)(?<!grateful\s)\bfor|\bin\s(?:exchange|return)\sfor|"
    r"(?<!danke\s)\bfür|\bgegen|(?<!merci\s)\bpour|\ben\s(?:échange|contrepartie)\sd['’e]\s?|"
    r"(?<!gracias\s)\bpor|\ba\scambio\sde|(?<!grazie\s)\bper|\bin\scambio\sd[ie]|为|换)\s?"
    r"(?:the|your|a|an|every|each|ihre|eine|deine|jede|die|votre|un|une|ton|chaque|la|su|tu|una|"
    r"cada|sua|tua|ogni|每条|每个|每篇)?\s?(?:[\w'’-]{1,15}\s)?" + REVIEW_WORD + ")"
)

#: Thanking for a review with something: "as a thank-you for your review", "pour vous
#: remercier de votre avis", "レビュー投稿のお礼に".
_THANKS_FOR_REVIEW = (
    r"(?:\bthank(?:s|-?\s?you)\s(?:gift\s)?for\s(?:your|the|a|leaving\s(?:a|your)|writing\s"
    r"(?:a|your)|posting\s(?:a|your))\s(?:[\w-]{1,15}\s)?(?:reviews?|ratings?|feedback)|"
    r"\bals\sdank(?:eschön)?\sfür\s(?:ihre|deine|eine)\s(?:[\w-]{1,15}\s)?(?:bewertung|rezension)|"
    r"\bpour\s(?:vous|te)\sremercier\s(?:de|pour)\s(?:votre|ton|un)\s(?:[\w-]{1,15}\s)?"
    r"(?:avis|commentaire|évaluation)|\ben\sremerciement\sde\s(?:votre|ton)\savis|"
    r"\bagradecimiento\spor\s(?:tu|su)\s(?:reseña|opinión|valoración)|\bpara\sagradecer(?:te|le)"
    r"\s(?:tu|su)\s(?:reseña|opinión|valoración)|\bper\sringraziar(?:ti|la)\s(?:della|per\sla)\s"
    r"(?:tua|sua)\s(?:recensione|opinione)|\bcome\sringraziamento\sper\sla\s(?:tua|sua)\s"
    r"recensione|作为(?:评价|好评)的?(?:谢礼|答谢|回馈)|(?:レビュー|評価)(?:投稿)?のお礼)"
)

#: Words at least one of which stands in every CONCEALED match.
CONCEALED_KEYWORDS = kw(
    "don't|do not|without|keep|nicht|bleibt|ne pas|sans|entre nous|no |non |"
    "不要|别|请勿|无需|触れ|記載し|書か|言及し|"
    "as if|as a |als hätt|weglass|lass|comme si|omett|omit|como si|come se|leave|nichts|inutile|"
    "pas besoin|hace falta|necesario|bisogno|serve|不用|不必|言わなくて|書かなくて|better|"
    "no need|unerwähnt|verschweig|nul besoin|gardez|guárde|meglio|tenga|keep|sin |senza |ohne |ne |"
    "erwähn|kennzeichnung|als ganz|als normale|ohne hinweis|一般のお客様として|伏せて|内緒|authentisch|spontané|natural|organic|authentic|spontaneous|parezca|"
    "sembri|显得|表記は不要|一般のお客様|"
    "quietly|nirgendwo|entre nosotros|acqua in bocca|niente|心照不宣|悄悄|别写|unter uns|"
    "como un cliente|come un|comme n|wie ein|like any"
)

#: Proof that a review is up: a screenshot or its link sent to the seller.
#: A review the seller wrote for the customer to post ("we've prepared a short review text").
_WRITTEN_FOR_YOU = (
    r"(?:\bwe(?:'ve|’ve|\shave)?\s(?:already\s)?(?:written|drafted|prepared)\b|\bpre-?written\b|"
    r"\bready-?made\b|\bnous\svous\savons\s(?:préparé|rédigé|écrit)|\b(?:texte|modèle)\sd['’]avis|"
    r"\bwir\shaben\s(?:ihnen\s|dir\s)?(?:schon\s|bereits\s)?(?:einen?\s)?(?:[\w-]{1,15}\s)?(?:text|"
    r"entwurf|vorschlag)|\bvorformuliert|\b(?:te|le|les|os)\shemos\s(?:preparado|redactado|"
    r"escrito)|\btexto\sde\s(?:reseña|opini[oó]n|valoraci[oó]n)|\b(?:le|ti|vi)\sabbiamo\s(?:già\s)?"
    r"(?:preparato|scritto)|\btesto\s(?:della|di|per\sla)\s(?:sua\s|tua\s)?recensione|"
    r"(?:帮您|替您|为您)(?:写好|拟好|准备好)|写好的(?:评价|好评))"
)
#: Posted as written, under the customer's name.
_AS_WRITTEN = (
    r"(?:\btel\squel|\bsous\svotre\snom|\bunder\syour\s(?:own\s)?name|\bas\s(?:it\sis|is)\b|"
    r"\bword\sfor\sword|\bcopy\s(?:and\s|&\s)?paste|\bcopier[- ]coller|\bunter\s(?:ihrem|deinem)\s"
    r"namen|\bunverändert|\bkopieren|\btal\scual|\bcon\s(?:su|tu)\s(?:propio\s)?nombre|"
    r"\bcopiar\sy\spegar|\bcosì\scom['’]è|\ba\s(?:suo|tuo)\snome|\bcopia\se\sincolla|"
    r"原样|直接复制|照着|复制粘贴)"
)

_PROOF = (
    r"(?:screen\s?shot|screen\s?cap|send\sus\s(?:the\s)?link|bildschirmfoto|capture\sd['’]écran|"
    r"\breviewer\s(?:name|profile|id)|\bprofile\sname|\bnom\sd['’](?:auteur|utilisateur)|"
    r"\b(?:ihren|deinen)\s(?:profil|nutzer)namen|\bnombre\sde\s(?:perfil|usuario)|\bnome\s(?:del\s)?"
    r"(?:profilo|utente)|评价(?:用户名|昵称|账号)|"
    r"\bcaptura\b|pantallazo|schermata|截图|截屏|スクショ|スクリーンショット)"
)

#: A review by someone who has not used the product: "even if you haven't tried it yet".
_UNTRIED = (
    r"(?:\b(?:even\sif|although|though|before)\syou\s(?:haven['’]t|have\snot|had\snot|did\s?n['’]?o?t)\s"
    r"(?:yet\s)?(?:tried|used|tested|opened|received)|\bbefore\s(?:trying|using|testing|receiving)\s"
    r"(?:it|them)|\bwithout\s(?:having\s)?(?:tried|used|tested|trying|using|testing)\s(?:it|them)|"
    r"\b(?:auch\s)?wenn\s(?:sie|du)\s(?:es|ihn|sie)\s(?:noch\snicht|nicht)\s(?:getestet|ausprobiert|"
    r"benutzt|verwendet|probiert)|\bohne\s(?:es|ihn|sie)\s(?:getestet|ausprobiert|benutzt|probiert)|"
    r"\bsans\s(?:l['’]avoir|les\savoir)\s(?:essayé|testé|utilisé|reçu)|\bmême\ssi\svous\sne\s"
    r"l['’]avez\spas\s(?:encore\s)?(?:essayé|testé|utilisé)|\baunque\s(?:todavía\s|aún\s)?no\s"
    r"(?:l[oa]s?\s)?(?:hayas|haya|has|ha)\s(?:probado|usado|utilizado|recibido)|\bsin\s(?:haberl[oa]|"
    r"probarl[oa]|usarl[oa])|\banche\sse\snon\s(?:l['’]\s?)?(?:hai|ha|avete)\s(?:ancora\s)?"
    r"(?:provat|usat|utilizzat|ricevut)|\bsenza\saverl[oa]\s(?:provat|usat|ricevut)|"
    r"(?:还没|尚未|没有|未)(?:用|使用|试用|收到)[^。！？!?\n]{0,6}(?:也|就)|"
    r"(?:使う|試す|届く|使用する)前に|(?:使って|試して)いなくても)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="common.contact.messenger",
        category="contact_diversion",
        pattern=r"\b(?:whats\s?app|telegram|viber|wechat|we chat|skype|kakao\s?talk|signal messenger|facebook messenger)\b",
        note="amazon_message: the seller's WhatsApp, WeChat, Telegram... offered to move the conversation",
        policies=AM,
        unless=carriers_own(r"(?:whats|telegram|viber|wechat|we\schat|messenger)")
        + "|"
        + APP_FEATURE,
        keywords=("whats", "telegram", "viber", "wechat", "we chat", "skype", "kakao", "messenger"),
    ),
    Rule(
        id="common.discount.code_token",
        category="discount",
        pattern=r"(?:\b(?:code|codes|c[oó]digo|codice|coupon|cup[oó]n|gutschein|voucher)|优惠码|折扣码|优惠券|クーポンコード|クーポン|コード)\s{0,2}[:：]?\s{0,2}[\"'„“«]?"
        + CAMPAIGN_CODE,
        note="amazon_message, insert: a coupon or discount code (a campaign-looking code after 'code')",
        policies=MK,
        unless=r"(?:\brma\b|return|retour|rücksend|tracking|sendung|error|fehler|erreur|lot\b|batch|charge\b|serial|serie|modell?|model|reference|referenz|référence|applied|angewendet|verrechnet|eingelöst|appliqué|aplicado|applicato|utilizzato|expired|abgelaufen|已抵扣|已使用)",
        keywords=kw("code|digo|codice|coupon|cup|gutschein|voucher|优惠|折扣码|クーポン|コード"),
    ),
    Rule(
        id="common.discount.quoted_code",
        category="discount",
        pattern=r"[«\"„“‘'「『]\s?" + CAMPAIGN_CODE + r"\s?[»\"“”’'」』]",
        requires=(LATER,),
        note="amazon_message, insert: a campaign-looking word in quotes to give at a later "
        "purchase ('indiquez « FIDELE10 » lors de votre prochain achat'): a code without the word",
        policies=MK,
        unless=TRANSACTIONAL,
    ),
    Rule(
        id="common.opt_out.reply_stop",
        category="opt_out",
        pattern=r"\b(?:reply|text|send|respond|antworten sie|antworte|répondez|envoyez|responde|rispondi|risponda)\s(?:\w{1,10}\s)?(?:with\s|mit\s|par\s|con\s)?[\"'„“«]?(?:stop|stopp|baja|end)\b",
        note="amazon_message: marketing-style 'reply STOP' line",
        policies=AM,
        keywords=("stop", "baja", "end"),
    ),
    Rule(
        id="common.promotion.other_marketplace",
        category="promotion",
        pattern=MARKETPLACE + GAP + _SELLING + "|" + _SELLING + GAP + MARKETPLACE,
        note="amazon_message, insert: the product in the seller's shop on another marketplace "
        "('our eBay store', 'bei Otto am Lager', '淘宝店还有现货'): a diversion",
        policies=MK,
        message="marketplace_block",
        unless=r"(?:物流|快递|logistics)",
        keywords=kw(
            "bay|etsy|kaufland|zalando|cdiscount|fnac|rakuten|allegro|bol.com|"
            "manomano|aliexpress|temu|walmart|shein|mercado|galaxus|wayfair|shopee|"
            "lazada|tiktok|otto|marketplace|淘宝|天猫|京东|拼多多|抖店|闲鱼|有赞|微店|楽天|ショッピング|メルカリ|"
            "モール|base|minne|creema"
        ),
    ),
    Rule(
        id="common.promotion.search_engine",
        category="promotion",
        pattern=SEARCH_ENGINE
        + LONG_GAP
        + SEARCH_VERB
        + "|"
        + SEARCH_VERB
        + LONG_GAP
        + SEARCH_ENGINE,
        note="amazon_message, insert: sending the buyer to a search engine to find the seller "
        "('search “Brand filters” on Google', 'tapez … dans votre moteur de recherche')",
        policies=MK,
        message="search_block",
        unless=r"(?:error|fehler|erreur|errore|错误|エラー|driver|treiber|firmware|pilote|"
        r"controlador|how\sto|wie\sman|comment|c[oó]mo|come\s(?:si|fare))",
        keywords=kw(
            "google|bing|yahoo|duckduckgo|ecosia|qwant|yandex|百度|谷歌|必应|ヤフー|グーグル|"
            "search engine|suchmaschine|moteur de recherche|motor de b|buscador|"
            "motore di ricerca|搜索引擎|検索エンジン"
        ),
    ),
    Rule(
        id="common.incentive.for_sentiment",
        category="review_incentive",
        pattern="(?:"
        + _OPINION
        + PARAGRAPH_GAP
        + VALUE_ANY
        + "|"
        + VALUE_ANY
        + PARAGRAPH_GAP
        + _OPINION
        + ")",
        requires=(POSITIVE,),
        note="everywhere: something of value for a review (or feedback, a comment) that is "
        "glowing, five-star or shows how much the customer loved it (FTC 16 CFR 465: a reward "
        "conditioned on sentiment)",
        policies=ALL,
        message="review_incentive",
        unless=ANY_VERDICT,
        keywords=(*REVIEW_KEYWORDS, *_OPINION_KEYWORDS),
    ),
    Rule(
        id="common.incentive.value_for_review",
        category="review_incentive",
        pattern="(?:"
        + VALUE_ANY
        + LONG_GAP
        + _FOR_REVIEW
        + "|"
        + _FOR_REVIEW
        + LONG_GAP
        + VALUE_ANY
        + ")",
        note="everywhere: something of value given for a review ('a gift card for your review', "
        "'un buono per la recensione', '每条评价送')",
        policies=ALL,
        message="review_incentive",
        unless=SETTLED,
        keywords=REVIEW_KEYWORDS,
    ),
    Rule(
        id="common.incentive.thanks_for_review",
        category="review_incentive",
        pattern=_THANKS_FOR_REVIEW,
        requires=(VALUE_ANY,),
        note="everywhere: something of value 'as a thank-you for your review'",
        policies=ALL,
        message="review_incentive",
        unless=r"(?:replacement|replace|ersatz|remplacement|sustituci|reemplazo|sostituzion|换货|"
        r"补发|交換)",
        keywords=kw("thank|dank|remercie|agradec|ringrazia|作为|お礼"),
    ),
    Rule(
        id="common.incentive.change_for_value",
        category="review_incentive",
        pattern=_CHANGE_REVIEW,
        requires=(VALUE_ANY,),
        note="everywhere: a refund or anything of value beside a request to take down or change "
        "a review",
        policies=ALL,
        message="review_change",
        keywords=(
            *REVIEW_KEYWORDS,
            *kw(
                "feedback|comment|coment|opini|étoiles|sterne|stars|estrellas|stelle|星|好评|高評価"
            ),
        ),
    ),
    Rule(
        id="common.incentive.concealed",
        category="review_incentive",
        pattern=CONCEALED,
        requires=(_OPINION, VALUE_ANY),
        around=1,
        note="everywhere: a reward for a review that the customer is asked not to mention "
        "(undisclosed incentive, EU UCPD); the gift may be named a sentence before",
        policies=ALL,
        message="review_incentive",
        keywords=CONCEALED_KEYWORDS,
    ),
    Rule(
        id="common.incentive.concealed_post",
        category="review_incentive",
        pattern=CONCEALED,
        requires=(_POST, VALUE_ANY),
        around=1,
        note="everywhere: a free product for a post on a social network that is to hide where "
        "the product came from (undisclosed incentive, EU UCPD); the post or the gift may be named "
        "a sentence before",
        policies=ALL,
        message="review_incentive",
        keywords=CONCEALED_KEYWORDS,
    ),
    Rule(
        id="common.incentive.liked_and_write",
        category="review_incentive",
        pattern=_LIKED_AND_WRITE,
        requires=(VALUE_ANY,),
        note="everywhere: a reward for writing that the customer liked the product (a review "
        "conditioned on its sentiment without the word review)",
        policies=ALL,
        message="review_incentive",
        unless=ANY_VERDICT,
        keywords=kw("liked|loved|enjoyed|gefallen|geschmeckt|plu|aimé|gustado|encantado|piaciut"),
    ),
    Rule(
        id="common.incentive.written_for_you",
        category="review_incentive",
        pattern=_WRITTEN_FOR_YOU,
        requires=(_OPINION, _AS_WRITTEN),
        around=1,
        note="everywhere: a review the seller wrote, to be posted as is under the customer's "
        "name (a fake review, EU UCPD; with or without a reward)",
        policies=ALL,
        message="review_incentive",
        keywords=kw(
            "written|drafted|prepared|pre-written|prewritten|ready-made|readymade|préparé|rédigé|"
            "écrit|texte d|modèle d|wir haben|vorformuliert|hemos|texto de|abbiamo|testo|帮您|替您|"
            "为您|写好"
        ),
    ),
    Rule(
        id="common.incentive.untried",
        category="review_incentive",
        pattern=_UNTRIED,
        requires=(REVIEW_WORD,),
        note="everywhere: a review asked of someone who has not used the product (a fake "
        "review, EU UCPD; with or without a reward)",
        policies=ALL,
        message="review_incentive",
        keywords=kw(
            "tried|used|tested|opened|received|trying|using|testing|receiving|getestet|probiert|"
            "benutzt|verwendet|essayé|testé|utilisé|reçu|probado|usado|utilizado|recibido|probarl|"
            "usarl|haberl|provat|usat|utilizzat|ricevut|还没|尚未|没有|未|前に|いなくても"
        ),
    ),
    Rule(
        id="common.incentive.proof_for_value",
        category="review_incentive",
        pattern=REVIEW_WORD + PARAGRAPH_GAP + _PROOF + "|" + _PROOF + PARAGRAPH_GAP + REVIEW_WORD,
        requires=(VALUE_ANY,),
        around=1,
        note="everywhere: a review, proof of it sent to the seller, and something of value "
        "('share your experience on Amazon, email us a screenshot and we'll post you a free pack')",
        policies=ALL,
        message="review_incentive",
        unless=SETTLED,
        keywords=kw(
            "screen|send us|bildschirm|capture|captura|pantallazo|schermata|截|スクショ|スクリーン|"
            "reviewer|profile|nom d|namen|nombre de|nome|用户名|昵称|账号"
        ),
    ),
)
