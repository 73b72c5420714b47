"""Pattern pieces shared by the tables. Gaps are bounded and stop at a sentence end."""

from ..contacts import CARRIERS
from ..model import AMAZON, EVERYWHERE, INSERT, MARKETPLACE

#: Up to 40 / 60 characters inside one sentence.
GAP = r"[^.!?。！？\n]{0,40}"
LONG_GAP = r"[^.!?。！？\n]{0,60}"
#: Zero to three words.
WORDS3 = r"(?:[\w'’-]{1,24}\s){0,3}"
WORDS2 = r"(?:[\w'’-]{1,24}\s){0,2}"
WORD1 = r"(?:[\w'’-]{1,24}\s)?"
#: A social network.
NETWORK = r"(?:instagram|insta|facebook|tiktok|youtube|pinterest|twitter|linkedin|snapchat|threads)"
#: A code that looks like a campaign code once lower-cased: letters then digits (save15).
CAMPAIGN_CODE = r"[a-z]{2,14}[0-9]{1,4}\b"

#: Words that put a discount or code into this order's money (refunds, credits, what was
#: applied at checkout), in every supported language: the tables all run on every text, so a
#: German rule matching English "promo code" must also know English "expired".
TRANSACTIONAL = (
    r"(?:\brefund\w{0,3}|reimburs\w{0,5}|\bcredited|credit\snote|was\sapplied|were\sapplied|"
    r"been\sapplied|applied\sto\syour|applied\sat\scheckout|not\sapplied|wasn't\sapplied|"
    r"didn't\sapply|you\sused|was\sused|already|expired|invoice|charged|deducted|difference|"
    r"compensation|price\syou\spaid|lightning\sdeal|"
    r"erstatt|gutgeschrieben|gutschrift|verrechnet|angewendet|angerechnet|abgezogen|eingelöst|"
    r"berücksichtigt|rechnung|abgelaufen|nicht\sfunktioniert|differenz|entschädigung|"
    r"ausgewiesen|bereits|"
    r"rembours|appliqu|pris\sen\scompte|utilisé|déduit|facture|\bavoir\s|expiré|différence|"
    r"geste\scommercial|dédommag|crédité|"
    r"reembols|devuelto|devolvemos|aplicad|aplicó|descontó|descontado|factura|usaste|utilizad|"
    r"caducad|diferencia|compensaci|abonad|"
    r"rimbors|applicat|detratt|fattura|scadut|differenza|compensazion|accreditat|"
    r"退款|退还|退回|差价|差额|未生效|没有[^。！？\n]{0,12}生效|已抵扣|已经抵扣|已使用|补偿|赔偿|发票|抵扣|返金|適用済|適用されました|差額|補償|適用されていな|適用されませ|"
    r"適用された|適用されて|差し引|反映され|"
    # an error or status code on a display ("Code E1 blinkt")
    r"\b(?:error|fehler|erreur|errore)\w{0,4}|blinkt|clignot|parpade|lampeggi|\bcode\s[a-z]\d{1,2}\b)"
)

#: Money that is this order's and already settled ("your refund was processed yesterday",
#: "die Erstattung wurde bereits veranlasst"): in the sentence of a posted review it is news
#: about the order, not a reward for the review.
SETTLED = (
    r"(?:\balready\b|\b(?:was|were|has\sbeen|have\sbeen)\s(?:processed|issued|refunded|credited|"
    r"sent|initiated)|\bfor\s(?:your|the)\sreturn\b|"
    r"\bbereits\b|\bwurde\s(?:schon\s)?(?:veranlasst|erstattet|überwiesen|gutgeschrieben)|"
    r"\bfür\s(?:ihre|die)\srücksendung|"
    r"\bdéjà\b|\ba\sété\s(?:effectué|remboursé|émis|envoyé|crédité)|\bpour\svotre\sretour\b|"
    r"\bya\s(?:está|se\sha|hemos|fue|te\shemos)|\bse\sha\s(?:procesado|emitido|realizado)|"
    r"\bpor\stu\sdevolución|"
    r"\bgià\b|\bè\sstato\s(?:emesso|effettuato|disposto|accreditato)|\bper\sil\s(?:tuo\s|suo\s)?reso\b|"
    r"已经?(?:退款|处理|退还)|済み)"
)


def kw(spec: str) -> tuple[str, ...]:
    """Keywords written as one ``"a|b|c"`` string: plain lower-case substrings, one of which
    occurs in every match of the rule (see :class:`compliance.model.Rule`)."""
    return tuple(spec.split("|"))


AM = (AMAZON,)
INS = (INSERT,)
MK = MARKETPLACE
ALL = EVERYWHERE

__all__ = [
    "ALL",
    "AM",
    "CAMPAIGN_CODE",
    "GAP",
    "INS",
    "LONG_GAP",
    "MK",
    "NETWORK",
    "SETTLED",
    "TRANSACTIONAL",
    "WORD1",
    "WORDS2",
    "WORDS3",
    "kw",
]


#: A messenger named as something the product works with ("shows WhatsApp notifications",
#: "LINEの通知", "微信消息提醒"), not as a way to reach the seller.
APP_FEATURE = (
    r"(?:notification|benachrichtigung|mitteilung|notif|notificaci|notifica|通知|提醒|消息提醒|"
    r"pair(?:ed|ing)?\swith|kompatibel|compatible|compatibil|兼容|対応|"
    r"messages?\s(?:from|on)\sthe\s(?:watch|band|device|tracker)|查看微信消息|显示微信消息|微信消息提醒|"
    r"微信通知|\balerts?\s(?:through|via)|小程序|mini[\s-]?programs?|"
    # a product setting, switched on by the buyer ("si lo activas en Ajustes")
    r"\balert(?:as|es|e|a)\b|\bactiv\w{1,5}\sen\s(?:los\s)?ajustes|\b(?:in|under)\s(?:the\s)?settings|"
    r"in\sden\seinstellungen|dans\sles\s(?:réglages|paramètres)|nelle\simpostazioni)"
)


def carriers_own(messenger: str) -> str:
    """A carrier's own messenger channel, the carrier named just before it ("un mensaje de SEUR
    por SMS o WhatsApp", "ヤマト運輸のLINE公式アカウント"): the ``unless`` of a blocking messenger
    rule. The risk signal for messengers still holds such a text for a person."""
    return CARRIERS + r"[^.!?。！？\n]{0,25}?" + messenger
