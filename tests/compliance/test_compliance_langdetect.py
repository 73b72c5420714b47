"""Language detection from script and stopword counts."""

from __future__ import annotations

import pytest

from compliance import check, detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thank you for your order, we have sent the replacement today.", "en"),
        ("Vielen Dank für Ihre Bestellung, wir haben den Ersatz heute verschickt.", "de"),
        ("Merci pour votre commande, nous avons envoyé le remplacement aujourd'hui.", "fr"),
        ("Gracias por tu pedido, hemos enviado el reemplazo hoy.", "es"),
        ("Grazie per il suo ordine, abbiamo spedito la sostituzione oggi.", "it"),
        ("感谢您的订单，我们今天已经寄出了替换品。", "zh"),
        ("ご注文ありがとうございます。本日交換品を発送しました。", "ja"),
        ("您好，请访问 https://www.example.com/register 注册您的产品", "zh"),
    ],
)
def test_detects_the_six_languages_and_japanese(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "SAVE20", "https://shop.example/r/AB12", "😊", "12345"])
def test_too_little_evidence_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_verdict_reports_detected_or_given_language() -> None:
    assert check("Vielen Dank für Ihre Bestellung.", "amazon_message").lang == "de"
    assert check("Vielen Dank für Ihre Bestellung.", "amazon_message", lang="de-AT").lang == "de"
    assert check("Obrigado pela sua compra.", "amazon_message", lang="pt").lang is None


def test_messages_come_in_the_text_language() -> None:
    verdict = check("Folgen Sie uns auf Instagram!", "amazon_message")
    (finding,) = verdict.findings
    assert finding.message_lang == "de"
    assert "Amazon" in finding.message
    assert finding.message_local != finding.message
    english = check("Follow us on Instagram!", "amazon_message").findings[0]
    assert english.message_lang == "en"
    assert english.message_local == english.message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lasciaci una recensione a 5 stelle se sei soddisfatto!", "it"),
        ("Se hai domande, scrivici pure.", "it"),
        ("Scarica il manuale d'uso.", "it"),
        ("Attiva la garanzia online.", "it"),
        ("Il filtro si lava a mano.", "it"),
        (
            "Registra il macinacaffè su macina.example/registrazione: garanzia estesa a 3 anni.",
            "it",
        ),
        ("Dopo aver lasciato la recensione riceverai un buono da 10 €.", "it"),
        ("Para ganar espacio, guarda la tapa boca abajo dentro de la olla.", "es"),
        ("Retrouvez la notice complète en ligne : https://maisonzen.example/notice/mz40", "fr"),
        ("Le colis arrive demain.", "fr"),
    ],
)
def test_short_italian_is_not_read_as_spanish_or_french(text: str, lang: str) -> None:
    """Short lines share most of their words between Italian, Spanish and French; Italian's
    -i plurals, double consonants, -are/-ere/-ire and words ending in a vowel tell them apart."""
    assert detect_language(text) == lang


def test_spelled_out_letters_are_not_words() -> None:
    # the lone "e" of "g a r t e n w e l t" is not the Italian "and"
    assert detect_language("Mehr Infos: w w w . g a r t e n w e l t 2 4 . d e") == "de"
