"""Per-channel macro libraries: Amazon macros must pass ``amazon_message``; an agent answering
an Amazon ticket is never offered an own-store macro, in the UI or through any endpoint."""

import pytest
from django.core.exceptions import ValidationError

from funnel.services import DiscountPoolEmpty, discount_codes_add
from helpdesk.models import Macro, TicketDiscountCode
from helpdesk.services.macros import MacroNotOffered, discount_code_reserve, macro_render
from helpdesk.services.replies import reply_send

from .factories import AmazonTicketFactory, MacroFactory, OwnedTicketFactory, PoolFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pool(db):
    pool = PoolFactory(name="Welcome back")
    discount_codes_add(pool=pool, codes=["NVK-0001", "NVK-0002", "NVK-0003"])
    return pool


@pytest.fixture
def macros(pool):
    return {
        "amazon": MacroFactory(name="Tracking", library="amazon_message"),
        "owned": MacroFactory(
            name="Thanks + code",
            library="owned_message",
            body="Hi {first_name}, 10% off at {store_link} with {discount_code}!",
            discount_pool=pool,
        ),
    }


def test_a_promotional_amazon_macro_cannot_be_saved():
    with pytest.raises(ValidationError) as error:
        Macro.objects.create(
            name="Bad", library="amazon_message", body="Use code SAVE10 on our website"
        )
    assert "body" in error.value.message_dict
    assert not Macro.objects.exists()


def test_amazon_macros_cannot_use_owned_placeholders_or_pools(pool):
    with pytest.raises(ValidationError):
        Macro.objects.create(name="x", library="amazon_message", body="Here: {discount_code}")
    with pytest.raises(ValidationError):
        Macro.objects.create(
            name="y", library="amazon_message", body="Hello {first_name}", discount_pool=pool
        )


def test_owned_macro_with_promotion_is_saved(pool):
    macro = Macro.objects.create(
        name="Promo",
        library="owned_message",
        body="🎉 {discount_code} at {store_link}",
        discount_pool=pool,
    )
    assert macro.pk


def test_macro_list_endpoint_offers_only_the_amazon_library_on_amazon_tickets(
    client, channels, marketplace_agent, macros
):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    client.force_login(marketplace_agent)
    data = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/macros/").json()
    assert data["library"] == "amazon_message"
    assert [m["name"] for m in data["macros"]] == ["Tracking"]


def test_rendering_an_owned_macro_on_an_amazon_ticket_is_refused_for_everyone(
    client, admin_client, channels, marketplace_agent, macros, pool
):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    url = f"/admin/helpdesk/tickets/{ticket.pk}/macros/{macros['owned'].pk}/render/"
    client.force_login(marketplace_agent)
    assert client.post(url).status_code == 403
    assert admin_client.post(url).status_code == 403  # not even a superuser
    assert not TicketDiscountCode.objects.exists()
    assert pool.available == 3
    with pytest.raises(MacroNotOffered):
        macro_render(macro=macros["owned"], ticket=ticket, user=marketplace_agent)
    with pytest.raises(MacroNotOffered):
        discount_code_reserve(pool=pool, ticket=ticket, user=marketplace_agent)


def test_ticket_page_offers_an_amazon_agent_only_amazon_macros(
    client, channels, marketplace_agent, macros
):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"])
    client.force_login(marketplace_agent)
    html = client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    assert "Tracking" in html and "Thanks + code" not in html
    forced = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/",
        {"action": "insert_macro", "macro": macros["owned"].pk, "body": ""},
    )
    assert forced.status_code == 400
    assert "NVK-000" not in forced.content.decode()


def test_amazon_macro_placeholders_are_filled(channels, marketplace_agent, macros):
    ticket = AmazonTicketFactory(channel=channels["amazon-de"], tracking_number="JJD000123")
    ticket.customer.first_name = "Thomas"
    ticket.customer.save()
    macro = Macro.objects.create(
        name="Track",
        library="amazon_message",
        body="Hello {first_name}, order {order_id} is with DHL: {tracking_number}.",
    )
    text = macro_render(macro=macro, ticket=ticket, user=marketplace_agent).text
    assert text == "Hello Thomas, order 302-1234567-1234567 is with DHL: JJD000123."


def test_discount_macro_reserves_one_code_per_ticket_and_marks_it_sent(
    channels, owned_agent, macros, django_capture_on_commit_callbacks, immediate_tasks
):
    from django.core import mail

    first = OwnedTicketFactory(channel=channels["shopify"], marketable=True)
    second = OwnedTicketFactory(
        channel=channels["shopify"], identity__customer__email="b@x.org", marketable=True
    )
    text1 = macro_render(macro=macros["owned"], ticket=first, user=owned_agent).text
    again = macro_render(macro=macros["owned"], ticket=first, user=owned_agent).text
    text2 = macro_render(macro=macros["owned"], ticket=second, user=owned_agent).text
    code1 = TicketDiscountCode.objects.get(ticket=first)
    code2 = TicketDiscountCode.objects.get(ticket=second)
    assert code1.code.code != code2.code.code
    assert code1.code.code in text1 and text1 == again and code2.code.code in text2
    assert code1.reserved_by == owned_agent and code1.code.assigned_at is not None
    assert "https://shop.nordvik.example" in text1
    with django_capture_on_commit_callbacks(execute=True):
        result = reply_send(ticket=first, body=text1, author=owned_agent)
    assert result.allowed
    code1.refresh_from_db()
    assert code1.sent_in == result.message
    assert code1.code.code in mail.outbox[0].body


def test_an_empty_pool_says_so(channels, owned_agent, pool):
    discount_codes_add(pool=pool, codes=["NVK-0001", " "])  # duplicate and blank: not added
    assert pool.codes.count() == 3
    tickets = [
        OwnedTicketFactory(
            channel=channels["shopify"], identity__customer__email=f"p{i}@x.org", marketable=True
        )
        for i in range(4)
    ]
    for ticket in tickets[:3]:
        discount_code_reserve(pool=pool, ticket=ticket, user=owned_agent)
    with pytest.raises(DiscountPoolEmpty):
        discount_code_reserve(pool=pool, ticket=tickets[3], user=owned_agent)


def test_macro_admin_lists_only_the_agents_libraries(client, marketplace_agent, macros):
    client.force_login(marketplace_agent)
    html = client.get("/admin/helpdesk/macros/").content.decode()
    assert "Tracking" in html and "Thanks + code" not in html
    assert client.get(f"/admin/helpdesk/macros/edit/{macros['owned'].pk}/").status_code in (
        302,
        403,
        404,
    )
