"""Rules that do not depend on the language of the text."""

from ..model import Rule
from ._shared import AM, CAMPAIGN_CODE, MK

RULES: tuple[Rule, ...] = (
    Rule(
        id="common.contact.messenger",
        category="contact_diversion",
        pattern=r"\b(?:whats\s?app|telegram|viber|wechat|we chat|skype|kakao\s?talk|signal messenger|facebook messenger)\b",
        note="amazon_message: the seller's WhatsApp, WeChat, Telegram... offered to move the conversation",
        policies=AM,
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
        keywords=(
            "code",
            "digo",
            "codice",
            "coupon",
            "cup",
            "gutschein",
            "voucher",
            "优惠",
            "折扣码",
            "クーポン",
            "コード",
        ),
    ),
    Rule(
        id="common.opt_out.reply_stop",
        category="opt_out",
        pattern=r"\b(?:reply|text|send|respond|antworten sie|antworte|répondez|envoyez|responde|rispondi|risponda)\s(?:\w{1,10}\s)?(?:with\s|mit\s|par\s|con\s)?[\"'„“«]?(?:stop|stopp|baja|end)\b",
        note="amazon_message: marketing-style 'reply STOP' line",
        policies=AM,
        keywords=("stop", "baja", "end"),
    ),
)
