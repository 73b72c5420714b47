"""The helpdesk speaks the ticket's language: a macro comes in the ticket's language (the agent
may pick another), a channel signs in the reply's language, and a placeholder the ticket has
no value for is asked for, never left as a gap ("the tracking number is .")."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from helpdesk.models import ChannelSignature, Macro, MacroVariant
from helpdesk.selectors import macros_for_ticket
from helpdesk.services.macros import fill_placeholders, macro_render
from helpdesk.services.replies import reply_send

from .factories import AmazonTicketFactory, OwnedTicketFactory

pytestmark = pytest.mark.django_db

TRACKING_EN = (
    "Hello {first_name},\n\nthank you for your message about order {order_id}. Your parcel is on "
    "its way; the tracking number is {tracking_number}.\n\nKind regards"
)
TRACKING_DE = (
    "Guten Tag {first_name},\n\nvielen Dank für Ihre Nachricht zur Bestellung {order_id}. Ihr "
    "Paket ist unterwegs; die Sendungsnummer lautet {tracking_number}.\n\nMit freundlichen Grüßen"
)


@pytest.fixture
def tracking(db):
    macro = Macro.objects.create(
        name="Tracking update", library="amazon_message", body=TRACKING_EN, language="en"
    )
    MacroVariant(macro=macro, language="de", body=TRACKING_DE).save()
    return macro


def german_ticket(channels, **extra):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"], language="de", **extra)
    ticket.customer.first_name = "Thomas"
    ticket.customer.save()
    return ticket


def test_the_macro_comes_in_the_tickets_language_and_the_agent_may_pick_another(
    channels, marketplace_agent, tracking
):
    ticket = german_ticket(channels, tracking_number="JJD000123")
    german = macro_render(macro=tracking, ticket=ticket, user=marketplace_agent)
    assert german.language == "de"
    assert german.text.startswith("Guten Tag Thomas,")
    assert "die Sendungsnummer lautet JJD000123." in german.text

    english = macro_render(macro=tracking, ticket=ticket, user=marketplace_agent, language="en")
    assert english.language == "en" and english.text.startswith("Hello Thomas,")
    # No French text: the macro's own (English) one, and the result says so.
    french = macro_render(macro=tracking, ticket=ticket, user=marketplace_agent, language="fr")
    assert french.language == "en" and french.text == english.text
    assert tracking.languages() == ["en", "de"]


def test_every_language_of_an_amazon_macro_passes_the_amazon_policy(tracking):
    with pytest.raises(ValidationError):
        MacroVariant(
            macro=tracking, language="fr", body="Profitez de -20 % sur notre boutique en ligne !"
        ).save()
    with pytest.raises(ValidationError):
        MacroVariant(macro=tracking, language="es", body="Su código: {discount_code}").save()
    assert list(tracking.variants.values_list("language", flat=True)) == ["de"]


def test_a_promotional_variant_keeps_the_macro_from_customers_without_consent(channels):
    macro = Macro.objects.create(
        name="Thanks", library="owned_message", body="Thank you for your message.", language="en"
    )
    MacroVariant(
        macro=macro, language="de", body="Danke! Mit dem Code SOMMER10 sparen Sie 10 % im Shop."
    ).save()
    macro.refresh_from_db()
    assert macro.promotional
    ticket = OwnedTicketFactory(channel=channels["shopify"])  # no marketing consent
    assert macro not in macros_for_ticket(ticket=ticket)


def test_the_admin_shows_a_variant_that_breaks_the_policy_on_the_variant(admin_client, tracking):
    url = f"/admin/helpdesk/macros/edit/{tracking.pk}/"
    data = {
        "name": tracking.name, "library": "amazon_message", "language": "en", "is_active": "on",
        "body": TRACKING_EN, "discount_pool": "",
        "variants-TOTAL_FORMS": "2", "variants-INITIAL_FORMS": "1",
        "variants-MIN_NUM_FORMS": "0", "variants-MAX_NUM_FORMS": "1000",
        "variants-0-id": str(tracking.variants.get().pk), "variants-0-language": "de",
        "variants-0-body": TRACKING_DE, "variants-0-ORDER": "1", "variants-0-DELETE": "",
        "variants-1-id": "", "variants-1-language": "fr", "variants-1-ORDER": "2",
        "variants-1-body": "Visitez notre boutique en ligne pour -20 % sur tout !",
        "variants-1-DELETE": "",
    }  # fmt: skip
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form again, not a server error
    assert "Amazon" in response.content.decode() or "boutique" in response.content.decode()
    assert not tracking.variants.filter(language="fr").exists()
    data["variants-1-body"] = TRACKING_DE.replace("Guten Tag", "Bonjour")  # harmless text
    assert admin_client.post(url, data).status_code == 302
    assert tracking.variants.filter(language="fr").exists()


def test_the_channel_signs_in_the_language_of_the_reply(
    channels, marketplace_agent, immediate_tasks, django_capture_on_commit_callbacks
):
    channel = channels["amazon-de"]
    channel.signature = "Ihr Kundenservice von Nordvik Outdoor"
    channel.save()
    ChannelSignature.objects.create(
        channel=channel, language="en", text="Nordvik Outdoor Customer Care"
    )
    german = german_ticket(channels)
    english = AmazonTicketFactory(
        channel=channel, language="en", identity__external_id="b2@marketplace.amazon.de"
    )
    french = AmazonTicketFactory(
        channel=channel, language="fr", identity__external_id="b3@marketplace.amazon.de"
    )
    with django_capture_on_commit_callbacks(execute=True):
        for ticket in (german, english, french):
            assert reply_send(ticket=ticket, body="Danke.", author=marketplace_agent).allowed
    bodies = {message.to[0]: message.body for message in mail.outbox}
    assert "Ihr Kundenservice von Nordvik Outdoor" in bodies[german.reply_to]
    assert "Nordvik Outdoor Customer Care" in bodies[english.reply_to]
    assert "Customer Care" not in bodies[german.reply_to]
    # No French signature: the channel's own.
    assert "Ihr Kundenservice von Nordvik Outdoor" in bodies[french.reply_to]


def test_an_amazon_signature_in_another_language_must_pass_the_policy(admin_client, channels):
    channel = channels["amazon-de"]
    url = f"/admin/helpdesk/channels/edit/{channel.pk}/"
    form = admin_client.get(url).context["form"]
    data = {
        key: value
        for key, value in form.initial.items()
        if value is not None and not hasattr(value, "all")
    }
    data.update({
        "business_opens": "09:00", "business_closes": "17:00", "is_active": "on",
        "signatures-TOTAL_FORMS": "1", "signatures-INITIAL_FORMS": "0",
        "signatures-MIN_NUM_FORMS": "0", "signatures-MAX_NUM_FORMS": "1000",
        "signatures-0-id": "", "signatures-0-language": "en", "signatures-0-ORDER": "1",
        "signatures-0-text": "Nordvik Care – 20% off everything at www.nordvik-shop.example",
        "signatures-0-DELETE": "",
    })  # fmt: skip
    data.pop("hold_approvers", None)
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "The signature fails the Amazon policy" in response.content.decode()
    assert not ChannelSignature.objects.exists()


# --- Placeholders without a value ---------------------------------------------------------------


def test_a_value_the_ticket_lacks_is_asked_for_first(channels, marketplace_agent, tracking):
    ticket = german_ticket(channels, tracking_number="")
    asked = macro_render(macro=tracking, ticket=ticket, user=marketplace_agent)
    assert asked.text is None and asked.missing == ("tracking_number",)

    answered = macro_render(
        macro=tracking, ticket=ticket, user=marketplace_agent,
        answers={"tracking_number": "JJD000999"},
    )  # fmt: skip
    assert "die Sendungsnummer lautet JJD000999." in answered.text

    left_empty = macro_render(
        macro=tracking, ticket=ticket, user=marketplace_agent, answers={"tracking_number": ""}
    )
    text = left_empty.text
    assert "Sendungsnummer" not in text and " ." not in text and "lautet" not in text
    assert text == (
        "Guten Tag Thomas,\n\nvielen Dank für Ihre Nachricht zur Bestellung "
        "302-1234567-1234567.\n\nMit freundlichen Grüßen"
    )


@pytest.mark.parametrize(
    ("body", "values", "expected"),
    [
        # The sentence holding the empty placeholder goes, the rest of the line stays.
        ("Danke. Die Nummer ist {tracking_number}. Bis bald!", {}, "Danke. Bis bald!"),
        # A line that held only that sentence goes with it, without leaving three blank lines.
        ("Hallo,\n\nDie Nummer ist {tracking_number}.\n\nGruß", {}, "Hallo,\n\nGruß"),
        ("Hello {first_name},\n\nThanks.", {"first_name": "Ann"}, "Hello Ann,\n\nThanks."),
        # Chinese sentences end without a space.
        ("感谢您的耐心。运单号为 {tracking_number}。祝好！", {}, "感谢您的耐心。祝好！"),
        ("A {product} question? It is {tracking_number}!", {"product": "lamp"}, "A lamp question?"),
    ],
)
def test_a_sentence_with_an_empty_placeholder_is_left_out_whole(body, values, expected):
    assert fill_placeholders(body, values) == expected


def test_the_render_endpoint_names_what_is_missing_and_takes_the_answers(
    client, channels, marketplace_agent, tracking
):
    ticket = german_ticket(channels, tracking_number="")
    client.force_login(marketplace_agent)
    url = f"/admin/helpdesk/tickets/{ticket.pk}/macros/{tracking.pk}/render/"
    asked = client.post(url)
    assert asked.status_code == 422
    assert asked.json()["missing"] == [
        {"placeholder": "tracking_number", "label": "Tracking number"}
    ]
    answered = client.post(url, {"language": "en", "answer_tracking_number": "JJD1"})
    assert answered.status_code == 200
    assert answered.json() == {
        "text": TRACKING_EN.format(
            first_name="Thomas", order_id="302-1234567-1234567", tracking_number="JJD1"
        ),
        "language": "en",
    }
    listed = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/macros/").json()["macros"]
    assert listed[0]["languages"] == ["en", "de"]


def test_the_ticket_screen_asks_for_the_missing_value_then_inserts_it(
    client, channels, marketplace_agent, tracking
):
    ticket = german_ticket(channels, tracking_number="")
    client.force_login(marketplace_agent)
    url = f"/admin/helpdesk/tickets/{ticket.pk}/"
    page = client.get(url).content.decode()
    assert '<option value="de" selected>' in page  # the ticket's language, preselected
    insert = {"action": "insert_macro", "macro": tracking.pk, "macro_language": "de", "body": ""}
    asked = client.post(url, insert).content.decode()
    assert "hd-macro-questions" in asked and "Tracking number" in asked
    assert "Guten Tag" not in asked  # nothing inserted yet
    done = client.post(
        url, {**insert, "answering": "1", "answer_tracking_number": "JJD000777"}
    ).content.decode()
    assert "die Sendungsnummer lautet JJD000777." in done
    assert "hd-macro-questions" not in done
