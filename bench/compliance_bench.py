"""Speed of the compliance linter beside a plain keyword scan.

Generates 1,000 realistic ~300-character support messages (fixed seed; en, de, fr, es, it, zh;
about half with something blocked), then times:

* the engine: ``compliance.check(text, "amazon_message")`` on each message;
* the baseline: ``text.lower()`` and ``word in text`` for every trigger word of the rule
  tables (the keywords the engine itself uses to skip rules), on the same messages;
* a 5 KB message and the same message ten times over (50 KB): with the content mix fixed, the
  ratio shows how the cost grows with length alone (linear gives about 10).

Each figure is the median of several repeats. The last line is the summary:
``RESULT checks_per_s=... baseline_checks_per_s=... ratio=... scale_50k_over_5k=...``
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance import check  # noqa: E402
from compliance.rules import ALL_RULES  # noqa: E402

CLEAN = {
    "en": [
        "Hello {name}, thank you for your message.",
        "We have issued a full refund of £{amount} for order {order}.",
        "Your replacement left our warehouse today with DPD, tracking {track}.",
        "Could you send us a photo of the damaged part and the label on the box?",
        "The coupon was applied to your order, which is why the invoice is lower.",
        "Please hold the reset button for five seconds until the light turns blue.",
        "We would appreciate your honest review, good or bad.",
        "You can start the return from https://www.amazon.co.uk/gp/css/order-history today.",
        "Sorry for the delay, the carrier confirmed delivery for tomorrow.",
    ],
    "de": [
        "Guten Tag {name}, vielen Dank für Ihre Nachricht.",
        "Wir haben Ihnen {amount} € für die Bestellung {order} erstattet.",
        "Die Gutschrift über 15 € wurde heute veranlasst.",
        "Ihre Sendungsnummer bei DHL lautet {track}.",
        "Bitte entkalken Sie das Gerät alle vier Wochen mit Zitronensäure.",
        "Der Rabatt wurde bei der Bestellung nicht berücksichtigt, wir haben die Differenz erstattet.",
    ],
    "fr": [
        "Bonjour {name}, merci pour votre message.",
        "Nous avons remboursé {amount} € pour la commande {order}.",
        "Votre colis est pris en charge par Colissimo, numéro {track}.",
        "Pourriez-vous nous envoyer une photo de la pièce cassée ?",
        "Le point de charge se trouve à l'arrière de l'appareil.",
    ],
    "es": [
        "Hola {name}, gracias por tu mensaje.",
        "Hemos realizado el reembolso de {amount} € del pedido {order}.",
        "Tu paquete viaja con SEUR, número de seguimiento {track}.",
        "¿Podrías enviarnos una foto del enchufe dañado?",
    ],
    "it": [
        "Buongiorno {name}, grazie per il messaggio.",
        "Abbiamo effettuato il rimborso di {amount} € per l'ordine {order}.",
        "Il pacco viaggia con BRT, numero di spedizione {track}.",
        "Potrebbe inviarci una foto del difetto?",
    ],
    "zh": [
        "您好，感谢您的留言。",
        "我们已为订单 {order} 全额退款 {amount} 元。",
        "您的包裹由顺丰快递配送，运单号 {track}。",
        "麻烦您拍一张损坏部位的照片发给我们。",
        "优惠券已经在您的订单中抵扣，所以实付金额比标价低。",
    ],
}

BLOCKED = {
    "en": [
        "Use code SAVE15 for 15% off your next purchase!",
        "If you are happy, please leave us a 5-star review.",
        "Message us on WhatsApp at +44 7700 900123 for faster help.",
        "Check out our full range at www.kitchenpro-shop.co.uk",
        "Thanks for shopping with us 😊",
        "Parts are on kitchenpro dot co dot uk",
    ],
    "de": [
        "Mit dem Code DANKE10 erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung.",
        "Bevor Sie eine Bewertung schreiben, kontaktieren Sie bitte zuerst uns.",
        "Alle Ersatzteile finden Sie auf gartenwelt24 Punkt de",
        "Folgen Sie uns auf Instagram und gewinnen Sie ein Gartenset!",
    ],
    "fr": [
        "Profitez de 15 % de réduction sur votre prochaine commande avec le code MERCI15.",
        "Si vous êtes satisfait, laissez-nous un avis 5 étoiles !",
        "Découvrez toute notre gamme sur www.maisonzen.fr",
    ],
    "es": [
        "Usa el código GRACIAS10 y obtén un 10 % de descuento en tu próxima compra.",
        "Te regalamos un producto gratis a cambio de tu reseña.",
        "Escríbenos por WhatsApp al 612 345 678.",
    ],
    "it": [
        "Con il codice GRAZIE10 hai il 10% di sconto sul prossimo ordine.",
        "Se sei soddisfatto, lasciaci una recensione a 5 stelle!",
        "Scopri tutti i nostri prodotti su www.casabella-shop.it",
    ],
    "zh": [
        "如果您满意，请给我们五星好评！",
        "加我们微信 shopzh88，售后更快。",
        "更多配件请看 jiajushop点com",
    ],
}

NAMES = [
    "Sarah",
    "Tom",
    "Frau Schneider",
    "Herr Wagner",
    "Madame Martin",
    "Lucía",
    "Rossi",
    "王女士",
]


def _fill(rng: random.Random, sentence: str) -> str:
    return sentence.format(
        name=rng.choice(NAMES),
        amount=f"{rng.randint(5, 199)},{rng.randint(0, 99):02d}",
        order=f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
        track=f"1Z{rng.randint(10**15, 10**16 - 1)}",
    )


def make_messages(count: int = 1000, seed: int = 20240601) -> list[str]:
    rng = random.Random(seed)
    messages = []
    langs = list(CLEAN)
    for i in range(count):
        lang = rng.choice(langs)
        target = 300 if lang != "zh" else 120  # about 300 characters' worth of Latin text
        parts: list[str] = []
        blocked_at = rng.randrange(4) if i % 2 else -1
        while sum(len(p) + 1 for p in parts) < target:
            if len(parts) == blocked_at:
                parts.append(_fill(rng, rng.choice(BLOCKED[lang])))
            else:
                parts.append(_fill(rng, rng.choice(CLEAN[lang])))
        messages.append(" ".join(parts))
    return messages


TRIGGERS: list[str] = sorted(
    {k for rule in ALL_RULES for k in rule.keywords} | {"www", "http", "@"}
)


def baseline(texts: list[str]) -> int:
    hits = 0
    for text in texts:
        lowered = text.lower()
        for word in TRIGGERS:
            if word in lowered:
                hits += 1
    return hits


def engine(texts: list[str]) -> int:
    return sum(not check(text, "amazon_message").allowed for text in texts)


def median_time(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    messages = make_messages()
    engine(messages[:50])  # warm caches and compiled patterns
    blocked = engine(messages)
    mean_len = statistics.mean(len(m) for m in messages)
    t_engine = median_time(lambda: engine(messages), 5)
    t_base = median_time(lambda: baseline(messages), 5)
    text_5k = " ".join(messages)[:5_000]
    text_50k = "\n".join([text_5k] * 10)
    t_5k = median_time(lambda: check(text_5k, "amazon_message"), 9)
    t_50k = median_time(lambda: check(text_50k, "amazon_message"), 9)

    checks_per_s = len(messages) / t_engine
    baseline_per_s = len(messages) / t_base
    ratio = t_engine / t_base
    scale = t_50k / t_5k
    print(f"messages: {len(messages)}, mean length {mean_len:.0f} chars, blocked {blocked}")
    print(f"trigger words in the baseline scan: {len(TRIGGERS)}")
    print(f"engine:   {t_engine * 1000:8.1f} ms for all, {checks_per_s:9.0f} checks/s")
    print(f"baseline: {t_base * 1000:8.1f} ms for all, {baseline_per_s:9.0f} scans/s (lower + in)")
    print(f"engine is {ratio:.1f}x the baseline scan")
    print(f"5 KB: {t_5k * 1000:.2f} ms, 50 KB: {t_50k * 1000:.2f} ms, ratio {scale:.1f}")
    print(
        f"RESULT checks_per_s={checks_per_s:.0f} baseline_checks_per_s={baseline_per_s:.0f} "
        f"ratio={ratio:.2f} scale_50k_over_5k={scale:.2f}"
    )


if __name__ == "__main__":
    main()
