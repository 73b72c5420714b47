"""Dates and numbers in the reader's locale: a British customer reads "31 January 2029", never
"Jan. 31, 2029"; every other language in its own form (Django's format modules, English as
British English: config/formats/)."""

import datetime

import pytest
from django.core import mail
from django.utils import formats, translation

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db

WARRANTY_END = datetime.date(2029, 1, 31)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "31 January 2029"),
        ("de", "31. Januar 2029"),
        ("fr", "31 janvier 2029"),
        ("es", "31 de enero de 2029"),
        ("it", "31 gennaio 2029"),
        ("zh-hans", "2029年1月31日"),
    ],
)
def test_a_date_reads_as_the_language_writes_it(language, expected):
    with translation.override(language):
        assert formats.date_format(WARRANTY_END, "DATE_FORMAT") == expected


def test_numbers_use_the_readers_separators():
    with translation.override("en"):
        assert formats.number_format(1234.5, 2, force_grouping=True) == "1,234.50"
    with translation.override("de"):
        assert formats.number_format(1234.5, 2, force_grouping=True) == "1.234,50"


def test_a_british_customer_reads_the_warranty_date_the_british_way(
    client, pages, sku, immediate_tasks, django_capture_on_commit_callbacks
):
    page = pages["en"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{page.url}register/",
            {**valid_post(sku), "token": form_token(), "country": "GB"},
            REMOTE_ADDR="198.51.100.23",
        )
    assert response.status_code == 303
    done = client.get(response["Location"]).content.decode()
    assert "31 January 2029" in done and "31 January 2026" in done  # warranty end, purchase
    assert "Jan. 31" not in done
    body = mail.outbox[0].body
    assert "31 January 2029" in body and "Jan. 31" not in body
