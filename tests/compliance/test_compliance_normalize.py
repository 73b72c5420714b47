"""Normalisation: what is folded, what is joined, and that offsets lead back to the original."""

from __future__ import annotations

import pytest

from compliance import check
from compliance.normalize import Normalised


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ｗｗｗ．shop．de", None, "www.shop.de"),
        ("Besuchen Sie shop Punkt de und sparen", "de", "besuchen sie shop.de und sparen"),
        ("kitchenpro dot co dot uk", "en", "kitchenpro.co.uk"),
        ("w w w . s h o p . d e", None, "www.shop.de"),
        ("kitchen\u200bpro.co.uk", None, "kitchenpro.co.uk"),
        ("shop\u2060.\u00adde", None, "shop.de"),
        ("kitchenpr\u043e.com", None, "kitchenpro.com"),
        ("\u0430mazon.de", None, "amazon.de"),
        ("shop[.]de", None, "shop.de"),
        ("shop (dot) com", None, "shop.com"),
        ("shop点com", None, "shop.com"),
        ("shop。com", None, "shop.com"),
        ("shop ドット com", None, "shop.com"),
        ("maisonzen point fr", "fr", "maisonzen.fr"),
        ("cafe\u0301", None, "café"),
        ("𝐰𝐰𝐰.shop.de", None, "www.shop.de"),
    ],
)
def test_disguises_are_undone(text: str, lang: str | None, expected: str) -> None:
    assert Normalised(text, lang).text == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le point de charge se trouve à l'arrière.", "fr"),
        ("Un buen punto de partida es limpiar el filtro.", "es"),
        ("Il punto di ricarica si trova sul retro.", "it"),
        ("The product arrived. It works fine now.", "en"),
        ("Der wichtigste Punkt in diesem Fall ist die Dichtung.", "de"),
        ("e.g. the lid, i.e. the top part", "en"),
        ("设备连续工作八小时后请休息一点时间。", "zh"),
    ],
)
def test_ordinary_words_for_dot_stay_words(text: str, lang: str) -> None:
    assert Normalised(text, lang).text == text.lower()


def test_ascii_text_is_only_lower_cased() -> None:
    norm = Normalised("Hello World")
    assert norm.text == "hello world"
    assert norm.span(0, 5) == (0, 5)
    assert not norm.disguised(0, 11)


def test_offsets_of_a_folded_match_point_at_the_original() -> None:
    text = "Visit ｗｗｗ．shop．de now"
    norm = Normalised(text)
    start = norm.text.index("www.shop.de")
    o_start, o_end = norm.span(start, start + len("www.shop.de"))
    assert text[o_start:o_end] == "ｗｗｗ．shop．de"
    assert norm.disguised(start, start + len("www.shop.de"))


def test_offsets_across_removed_invisible_characters() -> None:
    text = "see shop\u200b\u200b.de today"
    verdict = check(text, "amazon_message")
    (finding,) = verdict.findings
    assert finding.excerpt == "shop\u200b\u200b.de"
    assert finding.category == "obfuscated_link"


def test_offsets_across_spelled_out_dot() -> None:
    text = "Ersatzteile: gartenwelt24 Punkt de"
    (finding,) = check(text, "amazon_message", lang="de").findings
    assert finding.excerpt == "gartenwelt24 Punkt de"
    assert text[finding.start : finding.end] == finding.excerpt


def test_offsets_across_joined_spaced_letters() -> None:
    text = "Infos: w w w . s h o p . d e!"
    (finding,) = check(text, "amazon_message").findings
    assert finding.excerpt == "w w w . s h o p . d e"


def test_characters_that_grow_when_lower_cased_keep_offsets() -> None:
    text = "İstanbul: see shop.de"
    (finding,) = check(text, "amazon_message").findings
    assert finding.excerpt == "shop.de"


def test_plain_address_is_link_and_disguised_one_is_obfuscated() -> None:
    assert check("see shop.de", "amazon_message").categories == ["link"]
    assert check("see shop Punkt de", "amazon_message", lang="de").categories == ["obfuscated_link"]


def test_sentence_bounds() -> None:
    norm = Normalised("We refunded it. Here is 10% off. Thanks")
    start = norm.text.index("10%")
    lo, hi = norm.sentence(start, start + 3)
    assert norm.text[lo:hi].strip() == "here is 10% off."
