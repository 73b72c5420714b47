"""Every follow-up mail links the legal notice and the privacy notice in its own language, in
the HTML and the text part, transactional and commercial alike."""

import pytest

from funnel.models import MailType, Sequence
from funnel.rendering import compile_message
from tests.legal_tree import legal_pages

from .conftest import make_sequence

pytestmark = pytest.mark.django_db


def source(template) -> str:
    return "".join(part for part in template.parts if isinstance(part, str))


@pytest.mark.parametrize("mail_type", [MailType.COMMERCIAL, MailType.TRANSACTIONAL])
def test_each_mail_footer_links_both_notices_in_the_readers_language(brand, settings, mail_type):
    legal_pages()
    trigger = (
        Sequence.Trigger.CONSENT_CONFIRMED
        if mail_type == MailType.COMMERCIAL
        else Sequence.Trigger.REGISTRATION_CREATED
    )
    sequence = make_sequence(brand, steps=1, mail_type=mail_type, trigger=trigger)
    step = sequence.steps.first()
    german = compile_message(sequence=sequence, step=step, locale="de")
    for part in (source(german.html), source(german.text)):
        assert f"{settings.SITE_URL}/de/impressum/" in part
        assert f"{settings.SITE_URL}/de/datenschutz/" in part
        assert "Impressum" in part and "Datenschutzerklärung" in part
    english = compile_message(sequence=sequence, step=step, locale="en")
    for part in (source(english.html), source(english.text)):
        assert f"{settings.SITE_URL}/en/legal-notice/" in part and "Privacy notice" in part
