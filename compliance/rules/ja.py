"""Japanese rules: links, codes, 5-star requests and the most common promotional phrases."""

from ..model import Rule
from ._shared import ALL, AM, APP_FEATURE, MK, TRANSACTIONAL, carriers_own
from ._words import TECH_STARS

_G = r"[^。！？!?\n]{0,20}"
#: A little longer: Japanese puts the giver, the recipients and the reward in one clause
#: ("レビューを書いてくれた方全員に次回使える10%オフクーポンを差し上げます").
_G30 = r"[^。！？!?\n]{0,30}"

#: Value other than a longer warranty.
_NON_WARRANTY_VALUE = (
    r"(?:ギフト券|ギフトカード|クーポン|ポイント|抽選|キャッシュバック|割引|\d{1,5}\s?円分)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="ja.promotion.own_site",
        category="promotion",
        message="own_site",
        pattern=r"(?:公式|自社|当社|弊社|当店)(?:の)?(?:ウェブ|web|オンライン)?(?:サイト|ショップ|ストア|ホームページ)",
        note="amazon_message: 出品者自身のサイトやショップへの誘導（URLがなくても）",
        policies=AM,
        keywords=("公式", "自社", "当社", "弊社", "当店"),
    ),
    Rule(
        id="ja.discount.coupon",
        category="discount",
        pattern=r"(?:クーポン|割引コード|プロモーションコード|割引券)"
        + _G
        + r"(?:次回|使える|ご利用|プレゼント|オフ|割引)|(?:次回|プレゼント)"
        + _G
        + r"(?:クーポン|割引|オフ)|\d{1,2}\s?%\s?(?:オフ|off|割引)",
        note="amazon_message, insert: クーポン・割引コード",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("クーポン", "割引", "プロモーション", "次回", "プレゼント", "%"),
    ),
    Rule(
        id="ja.review.five_star",
        category="review_solicitation",
        pattern=r"星\s?(?:5|５|五)つ?|(?:5|五)つ星|★\s?5|高評価|良い評価|満点|最高評価",
        note="amazon_message, insert: 星5つ・高評価・満点の依頼（五つ星ホテルは除く）",
        policies=MK,
        unless=TECH_STARS,
        keywords=("星", "★", "高評価", "良い評価", "満点", "最高評価"),
    ),
    Rule(
        id="ja.review.change",
        category="review_solicitation",
        pattern=r"(?:レビュー|評価)" + _G + r"(?:変更|削除|修正|取り消|書き直)",
        note="amazon_message, insert: レビューの変更・削除の依頼",
        policies=MK,
        message="review_change",
        keywords=("レビュー", "評価"),
    ),
    Rule(
        id="ja.review.gating",
        category="review_solicitation",
        pattern=r"(?:レビュー|評価|口コミ|ご感想)[^。！？!?\n]{0,15}(?:前に|より先に)[^。！？!?\n]{0,20}"
        r"(?:ご連絡|連絡|お問い合わせ|ご相談|お知らせ)|(?:ご連絡|お問い合わせ|ご相談)[^。！？!?\n]{0,15}"
        r"(?:の上で|してから|いただいてから)[^。！？!?\n]{0,15}(?:レビュー|評価)",
        note="amazon_message, insert: レビュー前の連絡依頼（レビューの選別）",
        policies=MK,
        message="review_gating",
        keywords=("レビュー", "評価", "口コミ", "ご感想"),
    ),
    Rule(
        id="ja.incentive.value_for_review",
        category="review_incentive",
        pattern=r"(?:レビュー|評価)"
        + _G30
        + r"(?:プレゼント|ギフト|無料|返金|特典|クーポン|ポイント|差し上げ|進呈|贈呈|キャッシュバック)|(?:プレゼント|ギフト|特典)"
        + _G
        + r"(?:レビュー)",
        note="全チャネル：レビューの見返り",
        policies=ALL,
        keywords=("レビュー", "評価"),
    ),
    Rule(
        id="ja.promotion.registration_reward",
        category="promotion",
        pattern=r"登録" + _G + _NON_WARRANTY_VALUE + "|" + _NON_WARRANTY_VALUE + _G + r"登録",
        note="insert, amazon_message: 製品登録の特典は保証延長だけ（ギフト券・クーポン・抽選は不可）",
        policies=MK,
        message="registration_reward",
        unless=TRANSACTIONAL,
        keywords=("登録",),
    ),
    Rule(
        id="ja.social.giveaway",
        category="social_media",
        pattern=r"抽選で|プレゼントキャンペーン|が当たる|当選|フォロー[^。！？!?\n]{0,40}(?:プレゼント|名様)|"
        r"(?:毎月|毎週|毎日)\d{1,3}名様",
        note="amazon_message, insert: 抽選・プレゼントキャンペーン",
        policies=MK,
        message="social_giveaway",
        keywords=("抽選", "キャンペーン", "当たる", "当選", "フォロー", "名様"),
    ),
    Rule(
        id="ja.contact.line",
        category="contact_diversion",
        pattern=r"(?<![a-z])line\s?\(\s?id|のline(?:を|に)(?:追加|登録)|(?<![a-z])line(?:で|の|\s?id|\s?@|\s?公式|\s?アカウント)|(?<![a-z])line\s?:\s?@[a-z0-9_.]{2,30}|ライン(?:で|の|id|公式|アカウント)|\b(?:add|contact|message|text|chat\swith)\sus\s(?:on|via)\sline\b|友だち追加|友達追加",
        note="amazon_message: LINE などの外部連絡先",
        policies=AM,
        unless=carriers_own(r"(?:line|ライン)") + "|" + APP_FEATURE,
        keywords=("line", "ライン", "友だち追加", "友達追加"),
    ),
    Rule(
        id="ja.promotion.shop",
        category="promotion",
        pattern=r"公式(?:サイト|ショップ|オンラインショップ|オンラインストア|ストア)|新商品|新製品|他の商品|"
        r"当店(?:でしか|だけ|限定)|(?:自社|直営)(?:サイト|ショップ|ストア)",
        note="amazon_message, insert: ショップ・新商品の宣伝",
        policies=MK,
        keywords=("公式", "新商品", "新製品", "他の商品", "当店", "自社", "直営"),
    ),
    Rule(
        id="ja.promotion.sale",
        category="promotion",
        pattern=r"セール",
        note="amazon_message, insert: セールの案内 (not: a sale price already applied to this "
        "order, said in a refund)",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("セール",),
    ),
    Rule(
        id="ja.newsletter.sign_up",
        category="newsletter_signup",
        pattern=r"メルマガ|メールマガジン|会員登録|ニュースレター",
        note="amazon_message, insert: メルマガ・会員登録",
        policies=MK,
        keywords=("メルマガ", "メールマガジン", "会員登録", "ニュースレター"),
    ),
    Rule(
        id="ja.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"配信停止|配信を停止",
        note="amazon_message: 配信停止の案内",
        policies=AM,
        keywords=("配信",),
    ),
)
