"""Consent texts are versioned: a version customers may have seen never changes."""

import pytest
from django.db import IntegrityError, connection, transaction

from registration.models import ConsentText, ConsentTextImmutableError
from registration.selectors import consent_text_current

pytestmark = pytest.mark.django_db


def test_versions_count_up_per_purpose_and_language():
    first = ConsentText.objects.create(purpose="marketing_email", locale="de", text="A")
    second = ConsentText.objects.create(purpose="marketing_email", locale="de", text="B")
    other = ConsentText.objects.create(purpose="marketing_email", locale="fr", text="C")
    assert (first.version, second.version, other.version) == (1, 2, 1)
    assert second.version_label == "marketing_email/de/2"
    assert consent_text_current(purpose="marketing_email", locale="de") == second


def test_a_language_without_wording_shows_the_default_languages():
    english = ConsentText.objects.create(purpose="marketing_email", locale="en", text="E")
    assert consent_text_current(purpose="marketing_email", locale="it") == english


def test_the_orm_refuses_to_change_or_delete_a_version():
    text = ConsentText.objects.create(purpose="marketing_email", locale="de", text="A")
    text.text = "changed"
    with pytest.raises(ConsentTextImmutableError):
        text.save()
    with pytest.raises(ConsentTextImmutableError):
        text.delete()
    with pytest.raises(ConsentTextImmutableError):
        ConsentText.objects.filter(pk=text.pk).update(text="x")


def test_the_database_refuses_to_change_or_delete_a_version():
    text = ConsentText.objects.create(purpose="marketing_email", locale="de", text="A")
    for sql in (
        "UPDATE registration_consenttext SET text = 'x'",
        "DELETE FROM registration_consenttext",
    ):
        with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    assert ConsentText.objects.get(pk=text.pk).text == "A"
