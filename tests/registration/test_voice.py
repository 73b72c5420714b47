"""A brand that ticks a language under *informal address* speaks informally in it everywhere a
customer reads — pages, mails, the certificate, the funnel's pages, the claim page — while the
other languages and the staff screens stay formal (``core.voice``, ``decisions/0011``)."""

import io

import pytest
from django.core import mail
from django.utils import translation
from pypdf import PdfReader

from catalog import voice
from core import voice as core_voice
from registration import links
from registration.models import Registration

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def informal_german(brand):
    brand.informal_languages = ["de"]
    brand.save()
    return brand


def register(client, page, sku):
    return client.post(
        f"{page.url}register/",
        {**valid_post(sku), "token": form_token()},
        REMOTE_ADDR="198.51.100.23",
    )


def test_a_formal_brand_says_sie_and_an_informal_one_du_on_the_form(client, pages, brand):
    formal = client.get(f"{pages['de'].url}register/").content.decode()
    assert "Ihr Produkt" in formal and "Dein Produkt" not in formal
    brand.informal_languages = ["de"]
    brand.save()  # takes effect at once: the setting is read on every request
    informal = client.get(f"{pages['de'].url}register/").content.decode()
    assert "Dein Produkt" in informal and "Ihr Produkt" not in informal
    assert "Produkt registrieren" in informal  # strings without a variant stay as they are
    english = client.get(f"{pages['en'].url}register/").content.decode()
    assert "Your product" in english


def test_the_informal_register_reaches_the_thank_you_page_the_mail_and_the_certificate(
    client, pages, sku, informal_german, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, pages["de"], sku)
    done = client.get(response["Location"]).content.decode()
    assert "Dein Produkt ist registriert" in done
    message = mail.outbox[0]
    assert message.subject == "Deine Garantieregistrierung für Trail Headlamp 400"
    assert "danke, dass du dein Produkt" in message.body
    assert "Sie " not in message.body.replace("Sie erhalten", "")  # no formal address left
    certificate = PdfReader(io.BytesIO(message.attachments[0][1])).pages[0].extract_text()
    assert "bewahre dieses Zertifikat" in " ".join(certificate.split())

    registration = Registration.objects.get()
    own_data = client.get(links.data_path(registration.customer)).content.decode()
    assert "Deine registrierten Produkte" in own_data
    claim = client.get(links.claim_path(registration)).content.decode()
    assert "Beschreib uns das Problem" in claim


def test_only_the_ticked_language_changes(client, pages, brand):
    brand.informal_languages = ["fr"]
    brand.save()
    german = client.get(f"{pages['de'].url}register/").content.decode()
    assert "Ihr Produkt" in german


def test_the_funnel_pages_follow_the_brand(client, pages, informal_german):
    from funnel import tokens

    tampered = tokens.make(identity_id=1, delivery_id=None, locale="de")[:-3] + "xyz"
    url = f"/email/unsubscribe/{tampered}/?lang=de"
    page = client.get(url)
    assert page.status_code == 404
    assert "Bitte nutze den Link direkt in der E-Mail" in page.text
    informal_german.informal_languages = []
    informal_german.save()
    assert "Bitte nutzen Sie den Link direkt in der E-Mail" in client.get(url).text


def test_staff_screens_stay_formal_and_nothing_leaks_into_the_next_request(
    admin_client, client, pages, informal_german
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(_admin())
    profile.preferred_language = "de"
    profile.save()
    client.get(f"{pages['de'].url}register/")  # an informal public page first
    admin = admin_client.get("/admin/snippets/catalog/brand/").content.decode()
    assert "Marken" in admin
    assert core_voice.informal_languages() == frozenset()  # reset after each request


def _admin():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(is_superuser=True)


def test_the_register_survives_a_nested_language_switch(brand):
    """Django, Wagtail (a page's URL) and our code switch languages with
    ``translation.override``; the register lives beside the language and stays."""
    brand.informal_languages = ["de"]
    with voice.override("de", brand):
        with translation.override("de"):
            pass
        with translation.override("fr"):
            assert translation.gettext("Your product") == "Votre produit"  # fr: formal
        assert translation.gettext("Your product") == "Dein Produkt"
        assert translation.get_language() == "de"
    with translation.override("de"):
        assert translation.gettext("Your product") == "Ihr Produkt"


def test_the_brand_setting_refuses_languages_the_site_does_not_speak(brand):
    from django.core.exceptions import ValidationError

    brand.informal_languages = ["de", "nl"]
    with pytest.raises(ValidationError) as error:
        brand.full_clean()
    assert "nl" in str(error.value)
