"""Speed of the compliance linter beside a plain keyword scan.

Generates 1,000 realistic ~300-character support messages (fixed seed; en, de, fr, es, it, zh;
about half with something blocked), then times:

* the engine: ``compliance.check(text, "amazon_message")`` on each message;
* the baseline: ``text.lower()`` and ``word in text`` for every trigger word of the rule
  tables (the keywords the engine itself uses to skip rules), on the same messages;
* a 5 KB message and the same message ten times over (50 KB): with the content mix fixed, the
  ratio shows how the cost grows with length alone (linear gives about 10).

Each figure is the median over interleaved rounds (``python bench/compliance_bench.py [ROUNDS]``,
default 9) of CPU time, and ratios are medians of per-round ratios, so a busy spell on a shared
machine moves engine and baseline together. A fixed per-call cost is measured on a tiny text
and reported separately; ``scale_net_of_overhead`` subtracts it from both sizes, so overhead
cannot pass for good scaling (it would pull the raw ratio below 10). The last line is the summary:
``RESULT checks_per_s=... baseline_checks_per_s=... ratio=... scale_50k_over_5k=...
scale_net_of_overhead=... overhead_us=...``
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance import check
from compliance.rules import ALL_RULES

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


def cpu_time(fn: Callable[[], object], calls: int = 1) -> float:
    """CPU seconds per call of ``fn`` (``calls`` calls timed together).

    CPU time, not wall time: the machine is shared, and time spent waiting for a core while
    another process runs is not the linter's cost.
    """
    t0 = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - t0) / calls


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    messages = make_messages()
    engine(messages[:50])  # warm caches and compiled patterns
    blocked = engine(messages)
    mean_len = statistics.mean(len(m) for m in messages)
    text_5k = " ".join(messages)[:5_000]
    text_50k = "\n".join([text_5k] * 10)
    tiny = "Hi, thanks."

    # Interleaved rounds: each round times every figure once, so a slow spell on the machine
    # hits engine and baseline alike; the per-round ratios are what the medians are taken of.
    t_engine, t_base, ratios = [], [], []
    t_tiny, t_5k, t_50k, scales, net_scales = [], [], [], [], []
    for _ in range(rounds):
        e = cpu_time(lambda: engine(messages))
        b = cpu_time(lambda: baseline(messages))
        t_engine.append(e)
        t_base.append(b)
        ratios.append(e / b)
        # Fixed per-call cost (policy lookup, language detection, result objects) on a tiny
        # text; subtracting it leaves what grows with length.
        t0 = cpu_time(lambda: check(tiny, "amazon_message"), 200)
        t5 = cpu_time(lambda: check(text_5k, "amazon_message"), 10)
        t50 = cpu_time(lambda: check(text_50k, "amazon_message"), 2)
        t_tiny.append(t0)
        t_5k.append(t5)
        t_50k.append(t50)
        scales.append(t50 / t5)
        net_scales.append((t50 - t0) / (t5 - t0))

    med = statistics.median
    checks_per_s = len(messages) / med(t_engine)
    baseline_per_s = len(messages) / med(t_base)
    print(f"messages: {len(messages)}, mean length {mean_len:.0f} chars, blocked {blocked}")
    print(f"trigger words in the baseline scan: {len(TRIGGERS)}; rounds: {rounds} (CPU time)")
    print(f"engine:   {med(t_engine) * 1000:8.1f} ms for all, {checks_per_s:9.0f} checks/s")
    print(
        f"baseline: {med(t_base) * 1000:8.1f} ms for all, {baseline_per_s:9.0f} scans/s (lower + in)"
    )
    print(
        f"engine is {med(ratios):.2f}x the baseline scan (median of per-round ratios; "
        f"range {min(ratios):.2f}-{max(ratios):.2f})"
    )
    print(f"per-call overhead (tiny text): {med(t_tiny) * 1e6:.0f} us")
    print(
        f"5 KB: {med(t_5k) * 1000:.2f} ms ({med(t_5k) * 1e6 / 5:.0f} us/KB), "
        f"50 KB: {med(t_50k) * 1000:.2f} ms ({med(t_50k) * 1e6 / 50:.0f} us/KB)"
    )
    print(
        f"50 KB / 5 KB: {med(scales):.2f} (range {min(scales):.2f}-{max(scales):.2f}); "
        f"without the per-call overhead: {med(net_scales):.2f}"
    )
    print(
        f"RESULT checks_per_s={checks_per_s:.0f} baseline_checks_per_s={baseline_per_s:.0f} "
        f"ratio={med(ratios):.2f} scale_50k_over_5k={med(scales):.2f} "
        f"scale_net_of_overhead={med(net_scales):.2f} overhead_us={med(t_tiny) * 1e6:.0f}"
    )


if __name__ == "__main__":
    main()
