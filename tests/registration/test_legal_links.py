"""The legal notice and the privacy notice are linked from the footer of every public page and of
every registration mail, in the reader's language."""

import pytest
from django.core import mail

from registration import emails
from registration.models import Registration
from registration.selectors import legal_links
from tests.legal_tree import legal_pages

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db

GERMAN = ('href="/de/impressum/"', 'href="/de/datenschutz/"', "Impressum", "Datenschutz")


@pytest.fixture
def legal(pages):
    return legal_pages()


def test_every_public_page_links_both_notices_in_its_language(client, pages, legal, code):
    german_pages = [
        pages["de"].url,
        f"{pages['de'].url}register/",
        "/de/",
        "/my/?lang=de",
        "/de/impressum/",
    ]
    for path in german_pages:
        response = client.get(path, headers={"accept-language": "de"}, follow=True)
        body = response.content.decode()
        assert response.status_code == 200, path
        for needle in GERMAN:
            assert needle in body, (path, needle)
    english = client.get(pages["en"].url).content.decode()
    assert 'href="/en/legal-notice/"' in english and 'href="/en/privacy/"' in english
    assert "Legal notice" in english and "Privacy notice" in english
    # a page outside the page tree: the unknown-code page
    unknown = client.get("/r/ZZZZZZZZ", headers={"accept-language": "de"}).content.decode()
    assert 'href="/de/impressum/"' in unknown


def test_a_language_without_its_own_notice_links_the_default_languages(legal):
    assert legal_links("fr") == {"imprint_url": "/en/legal-notice/", "privacy_url": "/en/privacy/"}
    assert legal_links("de", absolute=True)["imprint_url"].endswith("/de/impressum/")


def test_every_registration_mail_links_both_notices_in_the_customers_language(
    client, pages, legal, consent_texts, sku, immediate_tasks, django_capture_on_commit_callbacks
):
    marketing = consent_texts[("marketing_email", "de")]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{pages['de'].url}register/",
            {**valid_post(sku), "marketing": "on", "token": form_token(marketing=marketing)},
        )
    registration = Registration.objects.get()
    customer = registration.customer
    grants = list(customer.consents.values_list("pk", flat=True))
    identity = registration.identity
    sent = [
        mail.outbox[0],
        emails.double_opt_in(identity=identity, grant_ids=grants),
        emails.data_link(customer=customer, locale="de"),
    ]
    for message in sent:
        html = message.alternatives[0][0]
        for text in (message.body, html):
            assert "/de/impressum/" in text and "/de/datenschutz/" in text, message.subject
            assert "Impressum" in text and "Datenschutzerklärung" in text, message.subject
        assert "http://" in message.body.split("/de/impressum/")[0].rsplit("\n", 1)[-1]
    english = emails.data_link(customer=customer, locale="en")
    assert "/en/legal-notice/" in english.body and "Legal notice" in english.body
