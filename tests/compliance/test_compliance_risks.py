"""Risk signals on phrasings written for these tests, per theme and language.

None of these sentences is in the corpus or was taken from a held-out set: they were written
as an agent, a brand manager or a card designer would write them, to check that the signals
hold a theme (a review asked for without saying so, a shop named without a link, a launch
teased) rather than the sentences that were once missed. Each caught text must be held or
blocked; each everyday text that merely uses a trigger word in its ordinary sense must pass.
"""

from __future__ import annotations

import re

import pytest

from compliance import LANGUAGES, check
from compliance.messages import MESSAGES
from compliance.rules import ALL_RULES, TABLES
from tests.compliance.phrases.caught import CAUGHT
from tests.compliance.phrases.passed import HELD_NOT_BLOCKED, PASSED


def _params(cases: list[tuple[str, str, str]], prefix: str) -> list[object]:
    return [
        pytest.param(policy, lang, text, id=f"{prefix}-{lang}-{i}")
        for i, (policy, lang, text) in enumerate(cases)
    ]


@pytest.mark.parametrize(
    ("policy", "lang", "text"),
    [p for theme, cases in CAUGHT.items() for p in _params(cases, theme)],
)
def test_a_theme_said_another_way_is_held_or_blocked(policy: str, lang: str, text: str) -> None:
    verdict = check(text, policy, lang)
    assert verdict.decision != "allow", text


def test_every_theme_is_written_in_every_language() -> None:
    langs = {lang for cases in CAUGHT.values() for _, lang, _ in cases}
    assert langs == set(LANGUAGES)
    for theme in ("reviews", "gating", "value", "own_shop", "future_products", "comparisons"):
        assert {lang for _, lang, _ in CAUGHT[theme]} >= {"en", "de", "fr", "es", "it"}, theme


@pytest.mark.parametrize(("policy", "lang", "text"), _params(PASSED, "passed"))
def test_everyday_wording_passes(policy: str, lang: str, text: str) -> None:
    verdict = check(text, policy, lang)
    assert verdict.decision == "allow", [(r.rule_id, r.excerpt) for r in verdict.risks]


@pytest.mark.parametrize(("policy", "lang", "text"), _params(HELD_NOT_BLOCKED, "held"))
def test_talk_about_reviews_may_be_held_but_is_never_blocked(
    policy: str, lang: str, text: str
) -> None:
    assert check(text, policy, lang).decision != "block"


NEUTRAL_REQUESTS = [
    ("en", "If you have a moment, we'd appreciate your honest review on Amazon, good or bad."),
    ("de", "Ihre ehrliche Bewertung hilft anderen Kunden – ob Lob oder Kritik."),
    ("de", "Wir freuen uns über eine Bewertung auf Amazon, ganz gleich, wie sie ausfällt."),
    ("fr", "Votre avis sincère sur Amazon, positif ou négatif, aide les autres acheteurs."),
    ("es", "Si tiene un momento, le agradeceríamos una opinión sincera en Amazon, sea cual sea."),
    ("it", "Se ha un momento, una recensione sincera su Amazon, positiva o negativa, ci aiuta."),
    ("zh", "方便的话，欢迎在亚马逊留下真实评价，好评差评都可以。"),
    ("ja", "よろしければ、良い点も悪い点も含めて率直なレビューをお聞かせください。"),
]


@pytest.mark.parametrize(("lang", "text"), NEUTRAL_REQUESTS)
def test_a_neutral_review_request_to_every_buyer_passes(lang: str, text: str) -> None:
    for policy in ("amazon_message", "insert"):
        verdict = check(text, policy, lang)
        assert verdict.decision == "allow", (policy, [r.rule_id for r in verdict.risks])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If you have a moment, we'd appreciate a review on Amazon."),
        ("de", "Über eine Bewertung auf Amazon würden wir uns sehr freuen."),
        ("fr", "Un petit avis sur Amazon nous ferait très plaisir."),
        ("es", "Una reseña en Amazon nos ayudaría muchísimo."),
        ("it", "Una recensione su Amazon ci aiuterebbe tantissimo."),
        ("zh", "方便的话请在亚马逊给我们留个评价。"),
        ("ja", "よろしければAmazonでレビューをお願いいたします。"),
    ],
)
def test_a_review_request_without_neutral_wording_is_held(lang: str, text: str) -> None:
    for policy in ("amazon_message", "insert"):
        assert check(text, policy, lang).decision == "review", policy


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The sheets use the same sateen weave as many five-star hotels."),
        ("de", "Für Hotelgefühl wie im Fünf-Sterne-Haus bitte keinen Weichspüler verwenden."),
        ("de", "Die Truhe hat ein Vier-Sterne-Gefrierfach und hält −18 °C."),
        ("fr", "Un linge digne d'un hôtel cinq étoiles, lavable à 60 °C."),
        ("es", "Toallas con el gramaje de los hoteles de cinco estrellas."),
        ("it", "Lenzuola di qualità da albergo a cinque stelle."),
        ("zh", "五星级酒店同款面料，柔软亲肤。"),
        ("ja", "五つ星ホテル仕様のタオルを、ご家庭で。"),
    ],
)
def test_stars_that_describe_the_product_are_not_ratings(lang: str, text: str) -> None:
    for policy in ("amazon_message", "insert"):
        assert check(text, policy, lang).decision == "allow", policy


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Ihr Paket wurde an DHL übergeben. Sollte es nicht ankommen, erreichen Sie den "
            "Kundenservice unter 0228 4333112.",
        ),
        (
            "fr",
            "La garantie est gérée par le fabricant. Vous pouvez joindre son service après-vente "
            "au 09 69 32 10 00.",
        ),
        (
            "es",
            "El paquete salió con Correos Express. Si no llega, puede llamar a su atención al "
            "cliente al 910 279 200.",
        ),
        (
            "it",
            "La garanzia è gestita dal produttore. Può chiamare l'assistenza tecnica ufficiale al "
            "numero verde 800 123 456.",
        ),
    ],
)
def test_a_carrier_or_manufacturer_named_before_its_number_is_never_blocked(
    lang: str, text: str
) -> None:
    verdict = check(text, "amazon_message", lang)
    assert verdict.decision != "block", [f.rule_id for f in verdict.findings]


def test_an_own_number_after_a_carrier_sentence_is_still_blocked() -> None:
    text = "Your parcel is with DHL. If it is late, call me on my mobile 0171 2345678."
    assert "contact_diversion" in check(text, "amazon_message", "en").categories


@pytest.mark.parametrize(
    "text",
    [
        "For every review on our site, good or bad, we add 100 points; rewarded reviews are "
        "labelled as such.",
        "Für jede Bewertung in unserem Shop – egal ob positiv oder negativ – gibt es 5 € "
        "Guthaben. Belohnte Bewertungen kennzeichnen wir als solche.",
        "Por cada reseña en nuestra web le regalamos 3 € en puntos, sea cual sea su opinión. "
        "Las reseñas con recompensa aparecen marcadas como tales.",
    ],
)
def test_a_disclosed_reward_for_any_review_passes_on_the_owned_channel(text: str) -> None:
    assert check(text, "owned_message").decision == "allow"
    assert check(text, "amazon_message").decision == "block"


@pytest.mark.parametrize(
    "text",
    [
        "For every review on our site we add 100 points, but please don't mention the points "
        "in the review.",
        "Leave a five-star review on our site and we'll add 100 points; rewarded reviews are "
        "labelled as such.",
        "Wenn Sie begeistert sind und das in Ihrer Bewertung zeigen, schenken wir Ihnen einen "
        "Gutschein.",
    ],
)
def test_a_hidden_or_sentiment_bound_reward_is_blocked_on_the_owned_channel(text: str) -> None:
    assert check(text, "owned_message").categories == ["review_incentive"]


def test_the_owned_channel_runs_no_risk_signal() -> None:
    for cases in CAUGHT.values():
        for _, lang, text in cases:
            assert check(text, "owned_message", lang).risks == []


RISK_RULES = [rule for rule in ALL_RULES if rule.risk]


def test_risk_signals_live_in_the_risk_table_and_never_name_the_owned_channel() -> None:
    assert {rule.id for rule in RISK_RULES} == {rule.id for rule in TABLES["risks"]}
    for rule in RISK_RULES:
        assert "owned_message" not in rule.policies, rule.id
        assert rule.message.startswith("risk_"), rule.id


@pytest.mark.parametrize(
    "key", sorted({r.message for r in RISK_RULES} | {"risk_phone", "risk_lookalike"})
)
def test_every_risk_has_advice_in_every_language(key: str) -> None:
    assert set(MESSAGES[key]) == set(LANGUAGES), key


#: Informal forms of address: advice is written with usted and Lei.
INFORMAL = {
    "es": re.compile(
        r"\b(?:tu|tus|tú|te|ti|contigo|elimina|elimínala|elimínalo|elimínalos|ofrece|pidas|"
        r"responde|escribe|mantén|cíñete|añade|haz|imprime|usa|deja|limítate|describe|"
        r"desacredites|invita|adjúntalo|hazla)\b"
    ),
    "it": re.compile(
        r"\b(?:tu|tuo|tua|tuoi|tue|ti|rimuovi|rimuovilo|rimuovili|rimuovila|offri|chiedi|rispondi|"
        r"scrivi|limitati|aggiungi|fai|stampa|lascia|conferma|descrivi|allegalo|"
        r"elimina|rendilo|rimuovetelo|chiedete|offrite|parlate|nominate|denigrare)\b"
    ),
}


@pytest.mark.parametrize("lang", ["es", "it"])
def test_spanish_and_italian_advice_is_formal(lang: str) -> None:
    informal = {
        key: INFORMAL[lang].findall(entry[lang].lower())
        for key, entry in MESSAGES.items()
        if lang in entry and INFORMAL[lang].search(entry[lang].lower())
    }
    assert informal == {}
