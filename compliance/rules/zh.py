"""Chinese rules. Each note names the docs/policy.md line the rule enforces.

Chinese has no spaces, so these patterns use short bounded gaps inside a sentence instead of
word boundaries. Full-width punctuation is already folded by normalisation ("，" → ",").
"""

from ..model import Rule
from ._shared import ALL, AM, APP_FEATURE, INS, MK, TRANSACTIONAL

_G = r"[^。！？!?\n]{0,20}"

#: Registering the product ("扫码注册", "登记产品信息").
_ZHUCE = r"(?:注册|登记|激活)"
#: Value other than a longer warranty ("注册即送一年延保" is fine: 送 alone is not value).
_NON_WARRANTY_VALUE = (
    r"(?:红包|礼品|礼物|礼包|赠品|优惠券|代金券|购物卡|礼品卡|京东卡|返现|现金|积分|抽奖|"
    r"\d{1,4}\s?元|[一二三四五六七八九]折|\d(?:\.\d)?\s?折)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="zh.promotion.own_site",
        category="promotion",
        message="own_site",
        pattern=r"(?:我们|我司|本公司|本店|我们公司)的?(?:官方)?(?:网站|官网|商城|网店|独立站)|官方网站|独立站",
        note="amazon_message: 引导买家到卖家自己的网站或商城（即使没有网址）",
        policies=AM,
        keywords=("网站", "官网", "商城", "网店", "独立站"),
    ),
    Rule(
        id="zh.discount.code_offer",
        category="discount",
        pattern=r"(?:优惠码|折扣码|优惠券|代金券|折扣券|兑换码|红包)"
        + _G
        + r"(?:下次|使用|领取|享|可用|立减|专享)|(?:下次|领取|使用)"
        + _G
        + r"(?:优惠码|折扣码|优惠券|代金券|折扣券)",
        note="amazon_message, insert: 优惠码、优惠券",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("优惠", "折扣码", "代金券", "折扣券", "兑换码", "红包"),
    ),
    Rule(
        id="zh.discount.rate",
        category="discount",
        pattern=r"(?:[一二三四五六七八九]|\d(?:\.\d)?)\s?折(?:优惠)?|立减\s?\d{1,4}|满\s?\d{1,4}\s?减|(?:下次(?:购物|购买|下单|光临)|回购|复购|再次购买|老客户)"
        + _G
        + r"(?:优惠|折|减|券|便宜)",
        note="amazon_message, insert: 折扣或下次购买优惠",
        policies=MK,
        unless=TRANSACTIONAL,
        keywords=("折", "立减", "减", "下次", "回购", "复购", "再次购买", "老客户"),
    ),
    Rule(
        id="zh.promotion.shop",
        category="promotion",
        pattern=r"(?:网店|店铺|旗舰店|新品|其他产品|其它产品|更多产品|全场|下单更便宜|更便宜|直接在我们|直接找我们|在我们的官网(?:下单|购买))",
        note="amazon_message, insert: 店铺、新品、交叉销售、直接购买",
        policies=MK,
        # a new unit sent as this order's replacement ("新品を無償でお送りします", "补发新品")
        unless=r"(?:無償|交換|お送りいたします|お送りします|换货|补发|更换|换新|替换|免费寄)",
        keywords=("网店", "店铺", "旗舰店", "新品", "新款", "产品", "全场", "便宜", "直接", "官网"),
    ),
    Rule(
        id="zh.promotion.official_site",
        category="promotion",
        pattern=r"(?:访问|浏览|看看|关注)"
        + _G
        + r"官网|官网"
        + _G
        + r"(?:新品|更多|购买|下单|优惠)",
        note="amazon_message: 引导到自己的官网",
        policies=AM,
        keywords=("官网",),
    ),
    Rule(
        id="zh.review.positive",
        category="review_solicitation",
        pattern=r"(?:五星(?!级)|5星(?!级)|五颗星|满分)(?:好评|评价)?|好评(?!差评|返|或差评|和差评|还是差评)",
        note="amazon_message, insert: 索要好评或五星评价",
        policies=MK,
        unless=r"(?:好评差评都|差评好评都|好评或差评|好评还是差评|真实)",
        keywords=("五星", "5星", "五颗星", "满分", "好评"),
    ),
    Rule(
        id="zh.review.gating",
        category="review_solicitation",
        pattern=r"(?:评价|评论|差评|打分)之?前[^。！？!?\n]{0,15}(?:联系|告诉|找)(?:我们|客服)|"
        r"(?:先|请先)(?:联系|告诉|找)(?:我们|客服)[^。！？!?\n]{0,20}(?:再|后再)[^。！？!?\n]{0,6}"
        r"(?:评价|评论|打分|给评)|(?:先|请先|务必先)联系我们"
        + _G
        + r"(?:不要|别|再|勿)"
        + _G
        + r"(?:差评|评价|评论|留言)|(?:不要|别|请勿)(?:直接)?(?:给)?差评",
        note="amazon_message, insert: 评价筛选（先联系我们，不要差评）",
        policies=MK,
        message="review_gating",
        keywords=("联系我们", "差评", "评价", "评论", "打分"),
    ),
    Rule(
        id="zh.review.change",
        category="review_solicitation",
        pattern=r"差评改|改成好评|改为好评|(?:删除|删掉|修改|撤销|追加)"
        + r"[^。！？!?\n]{0,6}"
        + r"(?:差评|评价|评论)|追评|(?:差评|评价|评论|留言)[^。！？!?\n]{0,8}(?:撤掉|撤下|删掉|删除|撤销)",
        note="amazon_message, insert: 要求修改或删除评价",
        policies=MK,
        message="review_change",
        keywords=("差评", "好评", "评价", "评论", "追评", "留言"),
    ),
    Rule(
        id="zh.incentive.value_for_review",
        category="review_incentive",
        pattern=r"返现|好评返|晒图(?:返|送)|(?:评价|评论|好评)"
        + _G
        + r"(?:送|返|赠|免费|红包|礼品|现金)|(?:免费|赠品|礼品|红包|现金)"
        + _G
        + r"(?:评价|评论|好评)",
        note="所有渠道：以有价值的东西换取评价",
        policies=ALL,
        keywords=("返现", "好评", "晒图", "评价", "评论"),
    ),
    Rule(
        id="zh.promotion.registration_reward",
        category="promotion",
        pattern=_ZHUCE + _G + _NON_WARRANTY_VALUE + "|" + _NON_WARRANTY_VALUE + _G + _ZHUCE,
        note="insert, amazon_message: 注册产品的回报只能是延长保修（不能送红包、礼品、优惠券、抽奖）",
        policies=MK,
        message="registration_reward",
        unless=TRANSACTIONAL,
        keywords=("注册", "登记", "激活"),
    ),
    Rule(
        id="zh.newsletter.sign_up",
        category="newsletter_signup",
        pattern=r"订阅|(?<!prime)(?<!prime )会员(?:通讯|注册|计划|俱乐部|专享)|加入(?:我们的)?会员|成为(?:我们的)?会员|邮件列表|新闻邮件",
        note="amazon_message, insert: 订阅、会员",
        policies=MK,
        keywords=("订阅", "会员", "邮件列表", "新闻邮件"),
    ),
    Rule(
        id="zh.social.follow",
        category="social_media",
        pattern=r"关注我们|微博|抖音|小红书|公众号",
        note="amazon_message: 引导关注社交媒体",
        policies=AM,
        keywords=("关注我们", "微博", "抖音", "小红书", "公众号"),
    ),
    Rule(
        id="zh.social.giveaway",
        category="social_media",
        pattern=r"抽奖|赢取|赢大礼|赢得|赢走|有机会赢|赢(?:一|\d)|中奖|幸运(?:儿|用户|粉丝|顾客)|抽(?:取|出)?\s?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s?(?:名|位|个|人)|免费送|送礼活动",
        note="amazon_message, insert: 抽奖活动",
        policies=MK,
        message="social_giveaway",
        keywords=("抽奖", "赢", "中奖", "幸运", "抽", "免费送", "送礼活动"),
    ),
    Rule(
        id="zh.opt_out.unsubscribe",
        category="opt_out",
        pattern=r"退订|回复\s?td\b|取消订阅",
        note="amazon_message: 退订字样",
        policies=AM,
        keywords=("退订", "td", "取消订阅"),
    ),
    Rule(
        id="zh.contact.messenger",
        category="contact_diversion",
        pattern=r"微信(?!支付)|薇信|威信|v信|微x|企业微信|加我们?(?:的)?(?:qq|whatsapp)|qq群|"
        r"(?<![a-z0-9])qq\s?:?\s?\d{5,12}|比亚马逊(?:消息)?(?:快|方便)|不通过亚马逊|亚马逊之外|"
        r"(?:加|添加|联系)(?:一下)?(?:我|我们|客服)?的?\s?(?:v|vx|wx|微)(?![a-z])|"
        r"(?<![a-z0-9])(?:vx|wx)\s?(?:号)?\s?[:：]\s?[a-z0-9_-]{4,30}",
        note="amazon_message: 微信（也写作“加V”“vx”“薇信”）、QQ 等站外联系方式",
        policies=AM,
        unless=APP_FEATURE,
        keywords=("微信", "薇信", "威信", "v信", "微x", "qq", "亚马逊", "加", "联系", "vx", "wx"),
    ),
    Rule(
        id="zh.competitor.knocking",
        category="competitor_disparagement",
        pattern=r"(?:其他|别的|别家|其它)(?:商家|卖家|品牌|店铺)"
        + _G
        + r"(?:劣质|仿品|山寨|假货|低劣)|(?:劣质|山寨)(?:仿品|产品|货)|不像(?:其他|别的|别家)",
        note="insert: 贬低其他卖家的产品",
        policies=INS,
        keywords=("商家", "卖家", "品牌", "店铺", "劣质", "山寨", "不像"),
    ),
)
