"""Invariant 4: every consent change is a new ledger row; rows are never updated or deleted
except by a data-subject erasure, which leaves a tombstone."""

import pytest
from django.db import DatabaseError, connection, transaction

from core.network import hash_network_address
from customers.models import ConsentRecord, LedgerImmutableError, Suppression
from customers.selectors import marketable_identities
from customers.services import ConsentError, customer_erase, suppression_add

from .factories import AmazonIdentityFactory, IdentityFactory, confirmed, consent

pytestmark = pytest.mark.django_db


@pytest.fixture
def record():
    return confirmed(IdentityFactory())


def test_a_consent_row_keeps_the_evidence(record):
    assert record.text_version == "marketing/en/1"
    assert "withdraw at any time" in record.text
    assert record.short_code == "AB12CD"
    assert record.ip_hash == hash_network_address("203.0.113.7")
    assert "203.0.113.7" not in record.ip_hash
    assert len(record.ip_hash) == 64


def test_saving_a_changed_row_fails(record):
    record.action = ConsentRecord.Action.WITHDRAWN
    with pytest.raises(LedgerImmutableError):
        record.save()
    assert ConsentRecord.objects.get(pk=record.pk).action == ConsentRecord.Action.CONFIRMED


def test_deleting_a_row_fails(record):
    with pytest.raises(LedgerImmutableError):
        record.delete()
    assert ConsentRecord.objects.filter(pk=record.pk).exists()


def test_queryset_update_and_delete_fail(record):
    with pytest.raises(LedgerImmutableError):
        ConsentRecord.objects.filter(pk=record.pk).update(action="withdrawn")
    with pytest.raises(LedgerImmutableError):
        ConsentRecord.objects.all().delete()
    with pytest.raises(LedgerImmutableError), transaction.atomic():
        ConsentRecord.objects.bulk_update([record], ["text"])
    assert ConsentRecord.objects.get(pk=record.pk).action == ConsentRecord.Action.CONFIRMED


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE customers_consentrecord SET action = 'withdrawn' WHERE id = %s",
        "UPDATE customers_consentrecord SET text = 'something else' WHERE id = %s",
        "DELETE FROM customers_consentrecord WHERE id = %s",
        # Pretending to erase while rewriting the wording is refused too.
        "UPDATE customers_consentrecord SET erased_at = CURRENT_TIMESTAMP, text = 'x' WHERE id = %s",
    ],
)
def test_the_database_refuses_changes_from_any_client(record, sql):
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [record.pk])
    assert ConsentRecord.objects.get(pk=record.pk).text == record.text


def test_the_database_refuses_truncate_on_postgres(record, on_postgres):
    if not on_postgres:
        pytest.skip("TRUNCATE is a PostgreSQL statement")
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("TRUNCATE customers_consentrecord CASCADE")
    assert ConsentRecord.objects.filter(pk=record.pk).exists()


def test_erasure_anonymises_and_leaves_a_tombstone(record):
    customer = record.customer
    identity = record.identity
    email = customer.email
    suppression_add(email=email, reason=Suppression.Reason.COMPLAINT)

    customer_erase(customer=customer, actor="dpo@brand.example", reason="Art. 17 request")

    customer.refresh_from_db()
    identity.refresh_from_db()
    assert customer.erased_at is not None
    assert customer.email == "" and customer.first_name == "" and customer.last_name == ""
    assert email not in identity.external_id and identity.email == ""
    rows = list(ConsentRecord.objects.filter(customer=customer).order_by("id"))
    # The evidence that consent existed stays; what identifies the person goes.
    assert [r.action for r in rows] == ["granted", "confirmed", "erased"]
    assert all(r.ip_hash == "" and r.page_url == "" and r.erased_at for r in rows)
    assert rows[1].text == record.text and rows[1].created_at == record.created_at
    tombstone = rows[-1]
    assert tombstone.source == ConsentRecord.Source.ERASURE
    assert tombstone.actor == "dpo@brand.example"
    # The complaint still blocks the address, by its hash, without keeping the address.
    suppression = Suppression.objects.get()
    assert suppression.email == "" and suppression.address_hash
    assert not marketable_identities().exists()


def test_erasure_is_idempotent(record):
    customer_erase(customer=record.customer, actor="dpo")
    customer_erase(customer=record.customer, actor="dpo")
    assert ConsentRecord.objects.filter(action=ConsentRecord.Action.ERASED).count() == 1


def test_no_consent_can_be_recorded_for_an_erased_customer(record):
    customer_erase(customer=record.customer, actor="dpo")
    record.customer.refresh_from_db()
    with pytest.raises(ConsentError):
        consent(record.identity, ConsentRecord.Action.GRANTED)


def test_a_marketplace_identity_cannot_carry_consent():
    amazon = AmazonIdentityFactory()
    with pytest.raises(ConsentError, match="marketplace"):
        consent(amazon, ConsentRecord.Action.GRANTED)
    assert not ConsentRecord.objects.exists()


def test_a_confirmation_needs_a_waiting_grant():
    identity = IdentityFactory()
    with pytest.raises(ConsentError, match="no grant"):
        consent(identity, ConsentRecord.Action.CONFIRMED)
    confirmed(identity)
    consent(identity, ConsentRecord.Action.WITHDRAWN)
    # The grant before the withdrawal does not count for a new confirmation.
    with pytest.raises(ConsentError, match="no grant"):
        consent(identity, ConsentRecord.Action.CONFIRMED)


@pytest.mark.django_db(transaction=True)
def test_flush_empties_the_ledger_and_keeps_it_guarded():
    """`flush` wipes every table on purpose; the guard is back afterwards."""
    from django.core.management import call_command

    confirmed(IdentityFactory())
    call_command("flush", interactive=False, verbosity=0)
    assert not ConsentRecord.objects.exists()
    again = confirmed(IdentityFactory())
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM customers_consentrecord WHERE id = %s", [again.pk])
