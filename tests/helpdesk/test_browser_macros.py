"""In Chromium: the macro picker starts in the ticket's language, the agent may switch it, and a
value the ticket lacks is asked for (the focus goes to the question) before the text goes in.

Screenshots: ``tests.browser.shots``.
"""

import pytest
from playwright.sync_api import expect

from helpdesk.models import Macro, MacroVariant
from tests.browser.shots import shot

from .factories import AmazonTicketFactory
from .test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_picker_starts_in_the_tickets_language_and_asks_for_a_missing_value(
    live_server, page, channels, marketplace_agent
):
    macro = Macro.objects.create(
        name="Tracking update", library="amazon_message", language="en",
        body="Hello {first_name}, your order {order_id} is on its way. The tracking number is "
        "{tracking_number}.",
    )  # fmt: skip
    MacroVariant(
        macro=macro, language="de",
        body="Guten Tag {first_name}, Ihre Bestellung {order_id} ist unterwegs; die "
        "Sendungsnummer lautet {tracking_number}.",
    ).save()  # fmt: skip
    ticket = AmazonTicketFactory(channel=channels["amazon-de"], language="de", tracking_number="")
    ticket.customer.first_name = "Thomas"
    ticket.customer.save()

    sign_in(page, live_server, "amazon.agent")
    page.goto(f"{live_server.url}/admin/helpdesk/tickets/{ticket.pk}/")
    # The ticket's language is chosen; the list says which languages each macro has.
    expect(page.locator("select[name=macro_language]")).to_have_value("de")
    page.select_option("select[name=macro]", label="Tracking update (en, de)")
    with page.expect_navigation():
        page.get_by_role("button", name="Insert", exact=True).click()

    # The tracking number is missing: asked for, with the focus in the question.
    questions = page.locator(".hd-macro-questions")
    expect(questions).to_be_visible()
    answer = questions.get_by_label("Tracking number")
    expect(answer).to_be_focused()
    assert page.input_value("#helpdesk-body") == ""
    shot(page, "helpdesk/macro-asks-for-a-value.png")
    answer.fill("JJD000123")
    with page.expect_navigation():
        page.get_by_role("button", name="Insert with these values").click()
    text = page.input_value("#helpdesk-body")
    assert text == (
        "Guten Tag Thomas, Ihre Bestellung 302-1234567-1234567 ist unterwegs; die "
        "Sendungsnummer lautet JJD000123."
    )
    expect(questions).to_have_count(0)

    # The agent switches to English and inserts again; left empty, the sentence goes.
    page.select_option("select[name=macro]", label="Tracking update (en, de)")
    page.select_option("select[name=macro_language]", "en")
    with page.expect_navigation():
        page.get_by_role("button", name="Insert", exact=True).click()
    with page.expect_navigation():
        page.get_by_role("button", name="Insert with these values").click()
    text = page.input_value("#helpdesk-body")
    assert text.endswith(
        "JJD000123.\n\nHello Thomas, your order 302-1234567-1234567 is on its way."
    )
    assert "tracking number" not in text
    shot(page, "helpdesk/macro-inserted-in-german-then-english.png")
