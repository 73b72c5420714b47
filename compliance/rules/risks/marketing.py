"""Risk signals for marketing in an order message or on a card: what is coming next, clubs
and notifications, comparisons with other sellers, value for a later purchase, opt-out lines."""

from ...model import Rule
from .._shared import AM, GAP, INS, LONG_GAP, MK, kw
from .._words import (
    ANY_VERDICT,
    CJK_GAP,
    COLLECTION,
    FUTURE,
    NO_NEWSLETTER,
    PRODUCTS,
    VALUE_SOFT,
)
from ._marketing_words import (
    ARRIVE,
    AVAILABLE,
    BETTER_PRICE,
    CLUB,
    COMPARE,
    DISPARAGE,
    LATER,
    LAUNCH,
    MATCHING,
    NEW,
    NEWS,
    NOTIFY,
    OPT_OUT,
    OTHERS,
    OTHERS_KEYWORDS,
    OTHERS_WEAK,
    REPLY_YES,
    SALE,
    SEASON,
    TEASE,
    THIS_ORDER,
    WANT,
    WE_WILL_HAVE,
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="risks.promotion.future",
        category="promotion",
        # a headline ("Coming soon:") may stand on its own line above the range it announces
        pattern="(?:"
        + COLLECTION
        + GAP
        + FUTURE
        + "|"
        + FUTURE
        + r"(?:\s?[:：][ \t]{0,3}\n)?"
        + GAP
        + COLLECTION
        + ")",
        note="amazon_message, insert: a range, collection or series with a time ahead ('our range "
        "lands this autumn', '秋冬系列下个月')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "drop|coffret|gift box|gift set|geschenkset|geschenkbox|cofre|cofanett|礼盒|"
            "range|collection|line-up|lineup|series|edition|édition|kits|novelties|new arrivals|kollektion|"
            "serie|linie|sortiment|neuheiten|gamme|nouveautés|colecci|gama|novedades|edici|"
            "collezione|gamma|novità|edizione|系列|新品|新款|产品线|新作|新商品|新製品|シリーズ|"
            "コレクション|新色"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.matching_later",
        category="promotion",
        pattern="(?:" + MATCHING + LONG_GAP + FUTURE + "|" + FUTURE + LONG_GAP + MATCHING + ")",
        note="amazon_message, insert: a product to match the order that comes later ('passend "
        "zu Ihrem Wasserkocher bringen wir im März …')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "matching|companion|complementary|same|to go with|complete the set|passend|assorti|"
            "même|juego|misma|abbinat|coordinat|stessa|gleichen|mismo|stesso|配套|同系列|同款|"
            "おそろい|セットで|同じシリーズ"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.new_range",
        category="promotion",
        pattern="(?:"
        + NEW
        + r"\s?(?:[\w'’-]{1,15}\s){0,2}(?:"
        + COLLECTION
        + "|"
        + PRODUCTS
        + ")"
        + GAP
        + "(?:"
        + LAUNCH
        + "|"
        + ARRIVE
        + "|"
        + FUTURE
        + ")|新"
        + CJK_GAP
        + LAUNCH
        + ")",
        note="amazon_message, insert: new models, colours or a new range that arrive, launch or "
        "come later ('the new colours arrive in spring', '新系列即将上市')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw("new|latest|upcoming|next|fresh|limited|neu|nouve|nuev|nuov|prossim|新"),
        risk=True,
    ),
    Rule(
        id="risks.promotion.launch",
        category="promotion",
        pattern="(?:(?:"
        + COLLECTION
        + "|"
        + PRODUCTS
        + ")"
        + GAP
        + LAUNCH
        + "|"
        + LAUNCH
        + GAP
        + FUTURE
        + "|"
        + FUTURE
        + GAP
        + LAUNCH
        + "|"
        + LAUNCH
        + r"\s(?:[\w'’-]{1,15}\s){0,3}(?:"
        + COLLECTION
        + "|"
        + NEW
        + r"\s(?:[\w'’-]{1,15}\s){0,2}"
        + PRODUCTS
        + "))",
        note="amazon_message, insert: something is launched, unveiled or released, now or later "
        "('a cordless version is launching next spring', 'lanzamos la nueva línea')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "launch|unveil|debut|releas|introduc|vorstell|vor|präsent|erschein|lanc|dévoil|sortira|"
            "présenter|lanz|estren|presentar|lanci|presenter|usci|上市|推出|上新|发布|首发|发售|発売|"
            "登場|リリース"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.arriving",
        category="promotion",
        pattern="(?:" + COLLECTION + "|" + PRODUCTS + ")" + GAP + ARRIVE + GAP + FUTURE,
        note="amazon_message, insert: a version, colour or range arrives or comes out later ('la "
        "version XL arrive dans quelques semaines')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "land|arriv|coming|comes out|hits the|on sale|drop|available|kommt|kommen|erhältlich|"
            "startet|sort|disponible|lleg|disponib|esce|到货|上架|入荷|登場"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.we_will_have",
        category="promotion",
        pattern=WE_WILL_HAVE
        + r"\s?(?:[\w'’-]{1,15}\s){0,3}(?:"
        + COLLECTION
        + "|"
        + PRODUCTS
        + ")",
        note="amazon_message, insert: the seller says what it will sell ('we'll also have the XL "
        "version', 'tendremos la versión grande')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "we'll|we’ll|we will|wir|nous|tendremos|ofreceremos|sacaremos|avremo|proporremo|"
            "我们|追加"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.available_later",
        category="promotion",
        pattern="(?:(?:"
        + AVAILABLE
        + "|"
        + ARRIVE
        + ")"
        + GAP
        + SEASON
        + "|"
        + SEASON
        + GAP
        + "(?:"
        + AVAILABLE
        + "|"
        + ARRIVE
        + "))",
        note="amazon_message, insert: something is on sale from a season or a month on ('ab "
        "Oktober gibt es den Bezug auch in Salbei')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "land|arriv|coming|comes out|hits the|drop|kommt|kommen|startet|arrive|sort|lleg|esce|到货|入荷|登場|"
            "available|sale|stores|gibt es|erhältlich|lieferbar|disponib|vente|venta|vendita|"
            "有售|上架|発売|販売"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.sale_ahead",
        category="promotion",
        pattern="(?:"
        + SALE
        + GAP
        + "(?:"
        + FUTURE
        + "|"
        + SEASON
        + ")|(?:"
        + FUTURE
        + "|"
        + SEASON
        + ")"
        + GAP
        + SALE
        + ")",
        note="amazon_message, insert: a sale or a campaign announced for later ('our autumn sale "
        "starts on the 1st', '下月大促')",
        policies=MK,
        message="risk_future",
        keywords=kw(
            "sale|deal|promo|campaign|black friday|prime day|schlussverkauf|rabattaktion|aktion|"
            "soldes|promotion|rebajas|ofertas|saldi|offerte|大促|促销|活动|双十一|618|セール|"
            "キャンペーン|sconti|discount"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.tease",
        category="promotion",
        pattern=TEASE,
        note="amazon_message, insert: an announcement formula ('stay tuned', 'be the first', "
        "'no se lo pierda', '敬请关注', 'ご期待ください')",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "eyes|"
            "tuned|space|soon|eye out|eye on|first|peek|look|date|posted|watch out|something|"
            "augen|dranbleiben|affût|attenti|ojos|surveillez|auge|atent|occhio|pierd|perd|"
            "gespannt|freuen|erste|vorab|connecté|premi|agendas|avant-première|nadie|pronto|"
            "sintonizzat|aggiornat|erta|anteprima|prim|敬请|尽请|拭目|抢先|先睹|记得关注|留意|期待|"
            "novedades|suivre|"
            "ausschau|look out|"
            "before|ahead of|avant|vor allen|antes que|tutti|chiunque|比别人|早人一步|誰よりも|"
            "お楽しみ|いち早く"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.better_price",
        category="promotion",
        pattern=BETTER_PRICE,
        note="amazon_message, insert: a better price, a subscription or a bundle offered beside "
        "the order ('refills cheaper on subscription, just ask us')",
        policies=MK,
        message="risk_shop",
        unless=THIS_ORDER
        + r"|refund|erstatt|rembours|reembols|rimbors|退款|返金|difference|subscribe\s(?:&|and)\ssave|"
        r"\bprime\b|amazon\sspar-abo|spar-abo|prévoyez\set\séconomisez|programa\sy\sahorra|"
        r"iscriviti\se\srisparmia|定期おトク便",
        keywords=kw(
            "better|lower|best|special|cheaper|subscri|bundle|günstig|preiswert|abo|bundle|"
            "moins cher|meilleur prix|abonnement|barat|mejor precio|suscrip|conven|prezzo migliore|"
            "abbonament|便宜|优惠|划算|订阅|定期便|お得|安く|まとめ買い"
        ),
        risk=True,
    ),
    Rule(
        id="risks.promotion.cross_sell",
        category="promotion",
        pattern=MATCHING + GAP + WANT + "|" + WANT + GAP + MATCHING,
        note="amazon_message, insert: a matching or companion product offered ('if you ever want "
        "the matching toaster'): cross-selling",
        policies=MK,
        message="risk_future",
        unless=THIS_ORDER,
        keywords=kw(
            "matching|companion|complementary|same range|same series|set|passend|dazu|assorti|"
            "même gamme|juego|misma|abbinat|coordinat|stessa|配套|同系列|同款|おそろい|セット|"
            "シリーズ"
        ),
        risk=True,
    ),
    Rule(
        id="risks.newsletter.club",
        category="newsletter_signup",
        pattern="(?:"
        + CLUB
        + "|"
        + NOTIFY
        + LONG_GAP
        + NEWS
        + "|"
        + NEWS
        + LONG_GAP
        + NOTIFY
        + ")",
        note="amazon_message, insert: a club, newsletter or members' group, or being told about "
        "new arrivals, restocks or offers ('shall we let you know about new colours?')",
        policies=MK,
        unless=NO_NEWSLETTER,
        message="risk_club",
        keywords=kw(
            "cercle|círculo|cerchia|privilégi|vip|preferentes|lista|liste|verteiler|kundenliste|stammkunden|客户群|顾客群|dibs|name down|enterar|al día|erfahren|découvrir|scoprire|sapere|了解|anteprim|"
            "club|circle|insider|vip|newsletter|mailing|list|member|early access|early-access|"
            "restock|stock|vuelv|novedades|novità|nouveautés|mitglied|community|vorab|membre|communauté|ventes privées|"
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
        pattern=REPLY_YES,
        requires=(
            r"(?:" + CLUB + "|" + NEWS + r"|subscri|sign\s?up|abonn|anmeld|inscri|suscri|"
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
        pattern="(?:" + OTHERS + "|" + COMPARE + "|" + DISPARAGE + ")",
        requires=("(?:" + OTHERS + "|" + OTHERS_WEAK + ")",),
        note="amazon_message: other sellers, brands or their products are named or compared "
        "(comparisons are marketing, not order service)",
        policies=AM,
        # "good or bad" (无论好坏) in a neutral review request knocks nobody
        unless=ANY_VERDICT,
        message="risk_comparison",
        keywords=OTHERS_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.competitor.comparison",
        category="competitor_disparagement",
        pattern="(?:" + OTHERS + "|" + COMPARE + "|" + DISPARAGE + ")",
        requires=("(?:" + OTHERS + "|" + OTHERS_WEAK + ")",),
        note="insert: other sellers, brands or their products are named or compared; a person "
        "checks nobody's products are knocked",
        policies=INS,
        message="risk_comparison",
        keywords=OTHERS_KEYWORDS,
        risk=True,
    ),
    Rule(
        id="risks.discount.value_later",
        category="discount",
        pattern="(?:" + VALUE_SOFT + LONG_GAP + LATER + "|" + LATER + LONG_GAP + VALUE_SOFT + ")",
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
        pattern=OPT_OUT,
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
