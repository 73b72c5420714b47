"""Unsubscribe (RFC 8058 one-click and the confirm page) and preferences."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.network import hash_network_address
from customers.models import ConsentRecord
from customers.selectors import customer_consent_state, identity_is_marketable
from funnel import outbox, tokens
from funnel.models import ContactPreference, Delivery, Enrolment
from funnel.services import enrolment_start

from .conftest import make_sequence, marketable

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pending(brand):
    """A marketable person enrolled in two sequences, with their first steps due."""
    identity = marketable("ada@example.org", locale="de")
    for name in ("Welcome", "Tips"):
        enrolment_start(
            sequence=make_sequence(brand, name=name, steps=2),
            identity=identity,
            registration=None,
            trigger_key="consent",
        )
    Delivery.objects.update(due_at=timezone.now())
    return identity


def link(identity, *, kind="unsubscribe", locale="de"):
    delivery = Delivery.objects.filter(identity=identity).first()
    token = tokens.make(identity_id=identity.pk, delivery_id=delivery.pk, locale=locale)
    return f"/email/{kind}/{token}/"


def marketing_state(identity):
    return customer_consent_state(
        customer=identity.customer, purpose=ConsentRecord.Purpose.MARKETING_EMAIL
    )


def test_get_only_asks_so_link_scanners_unsubscribe_nobody(client, pending):
    response = client.get(link(pending))
    assert response.status_code == 200
    assert "Abmelden" in response.text or "abmelden" in response.text
    assert 'method="post"' in response.text
    assert identity_is_marketable(identity_id=pending.pk)
    assert not Delivery.objects.filter(status=Delivery.Status.CANCELLED).exists()


def test_one_click_post_unsubscribes_at_once_without_redirect(client, pending):
    response = client.post(
        link(pending),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
        REMOTE_ADDR="198.51.100.4",
    )
    assert response.status_code == 200
    assert "Location" not in response.headers
    record = ConsentRecord.objects.order_by("-id").first()
    assert record.action == ConsentRecord.Action.WITHDRAWN
    assert record.source == ConsentRecord.Source.ONE_CLICK_UNSUBSCRIBE
    assert record.locale == "de"
    assert record.ip_hash == hash_network_address("198.51.100.4")
    assert not identity_is_marketable(identity_id=pending.pk)


def test_withdrawal_cancels_every_pending_delivery_before_the_next_tick(client, pending, fake_esp):
    client.post(link(pending), data={"confirm": "1"})
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.CANCELLED}
    assert set(Enrolment.objects.values_list("exit_reason", flat=True)) == {"withdrew"}
    outbox.deliveries_dispatch()
    assert fake_esp.messages == []


def test_confirm_page_post_unsubscribes_and_says_so_in_the_customers_language(client, pending):
    response = client.post(link(pending, locale="fr"), data={"confirm": "1"})
    assert response.status_code == 200
    assert "désabonné" in response.text
    assert ConsentRecord.objects.order_by("-id").first().source == ConsentRecord.Source.UNSUBSCRIBE


def test_a_second_click_writes_nothing_more(client, pending):
    client.post(link(pending), data="List-Unsubscribe=One-Click",
                content_type="application/x-www-form-urlencoded")  # fmt: skip
    rows = ConsentRecord.objects.count()
    response = client.post(link(pending), data={"confirm": "1"})
    assert response.status_code == 200
    assert ConsentRecord.objects.count() == rows


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "zh-hans"])
def test_a_tampered_link_gets_a_clear_page_in_the_language_and_no_500(client, pending, language):
    token = link(pending, locale=language).split("/")[-2]
    response = client.get(f"/email/unsubscribe/{token[:-3]}xyz/?lang={language}")
    assert response.status_code == 404
    assert 'lang="' + language in response.text
    messages = {
        "en": "This link is not valid",
        "de": "Dieser Link ist ungültig",
        "fr": "Ce lien n’est pas valide",
        "es": "Este enlace no es válido",
        "it": "Questo link non è valido",
        "zh-hans": "此链接无效",
    }
    assert messages[language] in response.text


def test_preferences_pause_defers_mail_and_resume_lifts_it(client, pending, fake_esp):
    url = link(pending, kind="preferences")
    response = client.post(url, data={"action": "pause_30"})
    assert response.status_code == 302
    paused = ContactPreference.objects.get(customer=pending.customer).paused_until
    assert paused > timezone.now() + timedelta(days=29)
    assert outbox.deliveries_dispatch().deferred == 2 and fake_esp.messages == []
    assert "pausiert" in client.get(url).text

    client.post(url, data={"action": "resume"})
    Delivery.objects.update(due_at=timezone.now())
    assert outbox.deliveries_dispatch().sent == 2


def test_preferences_leave_withdraws_with_its_own_source(client, pending):
    client.post(link(pending, kind="preferences"), data={"action": "leave"})
    assert marketing_state(pending) == ConsentRecord.Action.WITHDRAWN
    assert ConsentRecord.objects.order_by("-id").first().source == ConsentRecord.Source.PREFERENCES
    page = client.get(link(pending, kind="preferences"))
    assert "keine Marketing-E-Mails" in page.text


def test_an_unknown_action_changes_nothing(client, pending):
    client.post(link(pending, kind="preferences"), data={"action": "delete-everything"})
    assert marketing_state(pending) == ConsentRecord.Action.CONFIRMED
    assert not ContactPreference.objects.exists()


def test_someone_who_only_gets_care_mail_can_stop_it_and_is_not_enrolled_again(
    client, brand, product
):
    from customers.models import ConsentRecord as Ledger
    from funnel.models import MailType, Sequence
    from funnel.services import enrolments_start_for_registration

    from ..customers.factories import IdentityFactory
    from .conftest import register

    make_sequence(
        brand, name="Care", trigger=Sequence.Trigger.REGISTRATION_CREATED,
        mail_type=MailType.TRANSACTIONAL,
    )  # fmt: skip
    identity = IdentityFactory(customer__email="care@example.org")
    enrolments_start_for_registration(registration_id=register(identity, product).pk)
    url = link(identity, kind="preferences", locale="en")
    page = client.get(url)
    assert "You do not receive marketing e-mails" in page.text
    assert "Stop these e-mails too" in page.text

    client.post(url, data={"action": "leave"})

    assert Enrolment.objects.get().exit_reason == "withdrew"
    assert Delivery.objects.get().status == Delivery.Status.CANCELLED
    assert Ledger.objects.get(customer=identity.customer).action == "withdrawn"
    enrolments_start_for_registration(registration_id=register(identity, product).pk)
    assert Enrolment.objects.count() == 1
    assert "Stop these e-mails too" not in client.get(url).text


def test_the_language_switcher_keeps_the_person_on_the_same_page(client, pending):
    url = link(pending)
    page = client.get(url)
    assert f'href="{url}?lang=es"' in page.text
    assert "Nordvik Outdoor" in page.text  # the brand that sent the mail
    spanish = client.get(f"{url}?lang=es")
    assert "¿Desea darse de baja de los correos de marketing?" in spanish.text
