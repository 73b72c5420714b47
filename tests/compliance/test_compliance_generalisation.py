"""Behaviours the rule vocabularies promise beyond single corpus sentences.

Each test pairs a blocked phrasing with a near neighbour that must pass, so removing either the
rule or its exception makes a test fail.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from compliance import check
from compliance.rules import _words, de, en, es, fr, it
from compliance.rules.risks import _marketing_words, diversion, reviews


def _top_level_alternation(pattern: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


@pytest.mark.parametrize(
    "module",
    [en, de, fr, es, it, _words, _marketing_words, reviews, diversion],
    ids=lambda m: m.__name__,
)
def test_vocabulary_pieces_are_single_groups(module: ModuleType) -> None:
    """A piece is glued into rules as ``A + GAP + B``; a bare ``x|y`` piece would let one of its
    alternatives match on its own and silently drop the other half of the rule."""
    pieces = {
        name: value
        for name, value in vars(module).items()
        if re.fullmatch(r"_?[A-Z][A-Z_]+", name)
        and isinstance(value, str)
        and name
        not in ("GAP", "LONG_GAP", "CJK_GAP", "CJK_GAP30", "PARAGRAPH_GAP", "_KNOWN_ENDINGS")
    }
    assert pieces
    for name, value in pieces.items():
        assert not _top_level_alternation(value), f"{module.__name__}.{name}"


@pytest.mark.parametrize(
    ("rewarded", "plain"),
    [
        (
            "We will send you a free replacement strap once your review is live.",
            "Once your review is live, other buyers can see how the strap held up.",
        ),
        (
            "Customers who leave a review get a free bottle of descaler.",
            "Customers who leave a review help other shoppers choose.",
        ),
        (
            "Sobald Ihre Rezension online ist, schicken wir Ihnen ein Ladekabel gratis zu.",
            "Sobald Ihre Rezension online ist, sehen auch andere Käufer Ihre Erfahrung.",
        ),
        (
            "Dès que votre avis est publié, nous vous offrirons une carte cadeau.",
            "Dès que votre avis est publié, les autres acheteurs pourront le lire.",
        ),
        (
            "En cuanto publiques tu opinión te mandamos un cargador sin coste.",
            "En cuanto publiques tu opinión, otros compradores podrán leerla.",
        ),
        (
            "Appena la tua recensione sarà online ti spediremo in omaggio un filtro.",
            "Appena la tua recensione sarà online, altri clienti potranno leggerla.",
        ),
    ],
)
def test_value_once_a_review_is_posted_is_an_incentive_on_every_channel(
    rewarded: str, plain: str
) -> None:
    for policy in ("amazon_message", "insert", "owned_message"):
        assert "review_incentive" in check(rewarded, policy).categories, (policy, rewarded)
        assert "review_incentive" not in check(plain, policy).categories, (policy, plain)


@pytest.mark.parametrize(
    ("reward", "warranty"),
    [
        (
            "Register your product and receive a free gift card.",
            "Register your product and receive a free warranty extension.",
        ),
        (
            "Registra tu producto y llévate una tarjeta regalo de 10 €.",
            "Registra tu producto y disfruta de un año extra de garantía gratis.",
        ),
        ("扫码注册产品即送20元红包！", "注册产品即送一年延保服务。"),
        (
            "Registrieren Sie Ihr Produkt und erhalten Sie einen Gratis-Becher.",
            "Registrieren Sie Ihr Produkt und erhalten Sie eine Gratis-Garantieverlängerung.",
        ),
    ],
)
def test_only_a_longer_warranty_may_reward_registration_on_an_insert(
    reward: str, warranty: str
) -> None:
    blocked = check(reward, "insert")
    assert "promotion" in blocked.categories
    assert any(f.rule_id.endswith("registration_reward") for f in blocked.findings)
    assert "warranty" in blocked.findings[0].message
    assert check(warranty, "insert").allowed


@pytest.mark.parametrize(
    ("giveaway", "idiom"),
    [
        (
            "Follow us on Instagram and win a new tent every month!",
            "Win the battle against limescale: descale every four weeks.",
        ),
        (
            "Síguenos en Instagram y participa para ganar una batidora.",
            "Para ganar espacio, guarda la tapa boca abajo.",
        ),
        (
            "Partecipa su Instagram: puoi vincere una macchina per il pane!",
            "Segua le istruzioni per vincere il calcare: decalcifichi ogni mese.",
        ),
        (
            "Folgen Sie uns und gewinnen Sie einen Grill!",
            "Durch das Entkalken gewinnen Sie spürbar Leistung zurück.",
        ),
    ],
)
def test_giveaways_are_caught_but_win_as_an_idiom_is_not(giveaway: str, idiom: str) -> None:
    assert "social_media" in check(giveaway, "insert").categories
    assert check(idiom, "insert").allowed


def test_happy_to_review_unhappy_to_us_is_review_gating() -> None:
    text = "Loved your new mug? Tell the world on Amazon! Not quite right? Email us first."
    assert "review_solicitation" in check(text, "insert").categories
    neutral = "Tell us what you think on Amazon, good or bad. Any problem? Email us."
    assert check(neutral, "insert").allowed


def test_manufacturer_service_line_is_not_the_line_messenger() -> None:
    text = "For warranty repairs call the manufacturer's service line at 0800 123 4567."
    assert check(text, "amazon_message").allowed
    messenger = "Add us on LINE: @nordvik or call 0800 123 4567 (manufacturer hotline)."
    assert "contact_diversion" in check(messenger, "amazon_message").categories


def test_a_third_party_named_by_role_or_pronoun_keeps_its_number() -> None:
    for text in (
        "Please call the Philips service line on 0800 331 3015; they handle the repair.",
        "Bosch's authorised service centre can repair it under warranty: 0344 892 8979.",
    ):
        assert check(text, "amazon_message").allowed, text


def test_the_sellers_own_number_is_a_diversion_even_beside_a_manufacturer() -> None:
    text = "The manufacturer is slow, so just call us on 0151 2345 6789 instead."
    assert "contact_diversion" in check(text, "amazon_message").categories
    french = "Vous pouvez aussi me joindre directement au 06 12 34 56 78."
    assert "contact_diversion" in check(french, "amazon_message").categories


def test_short_link_on_a_support_host_is_a_target_but_not_on_a_shop_host() -> None:
    assert check("Download the manual: https://care.nordvik.example/r/AB12CD", "insert").allowed
    assert check("Register: https://warranty.nordvik.example/go/K7X2", "insert").allowed
    assert not check("Register: https://nordvik.example/r/AB12CD", "insert").allowed
    assert not check("Register: https://shop.nordvik.example/r/AB12CD", "insert").allowed


@pytest.mark.parametrize(
    ("settled", "rewarded"),
    [
        (
            "Once your review is live it can take 48 hours to show; your refund was processed.",
            "Once your review is live it can take 48 hours to show; then we refund you in full.",
        ),
        (
            "Sobald Ihre Bewertung veröffentlicht ist, wurde die Erstattung bereits veranlasst.",
            "Sobald Ihre Bewertung veröffentlicht ist, erhalten Sie einen Gutschein.",
        ),
        (
            "Dès que votre avis est publié ; le remboursement a déjà été effectué.",
            "Dès que votre avis est publié, nous vous offrirons une carte cadeau.",
        ),
    ],
)
def test_a_settled_refund_beside_a_posted_review_is_not_a_reward(
    settled: str, rewarded: str
) -> None:
    assert check(settled, "amazon_message").decision != "block"
    assert "review_incentive" in check(rewarded, "amazon_message").categories
