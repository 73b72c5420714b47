"""Agents see only the channels their group may answer: inbox, menu, tickets, report."""

from datetime import timedelta

import pytest
from anymail.inbound import AnymailInboundMessage
from django.contrib.auth.models import Group
from django.utils import timezone

from helpdesk.models import Ticket
from helpdesk.services.inbound import inbound_receive

from .factories import AmazonTicketFactory, OwnedTicketFactory, inbound

pytestmark = pytest.mark.django_db


@pytest.fixture
def tickets(channels):
    return {
        "amazon": AmazonTicketFactory(channel=channels["amazon-de"], subject="Amazon parcel"),
        "owned": OwnedTicketFactory(channel=channels["shopify"], subject="Shop lid"),
    }


def test_marketplace_agent_sees_only_amazon_tickets_and_channels(
    client, tickets, marketplace_agent
):
    client.force_login(marketplace_agent)
    html = client.get("/admin/helpdesk/?view=all").content.decode()
    assert "Amazon parcel" in html and "Shop lid" not in html
    assert 'data-channel="amazon-de"' in html and 'data-channel="shopify"' not in html
    owned = client.get(f"/admin/helpdesk/tickets/{tickets['owned'].pk}/", follow=True)
    assert owned.status_code == 404
    assert client.get("/admin/helpdesk/?channel=shopify", follow=True).status_code == 404


def test_owned_agent_sees_only_own_channels(client, tickets, owned_agent):
    client.force_login(owned_agent)
    html = client.get("/admin/helpdesk/?view=all").content.decode()
    assert "Shop lid" in html and "Amazon parcel" not in html
    response = client.get(f"/admin/helpdesk/tickets/{tickets['amazon'].pk}/", follow=True)
    assert response.status_code == 404


def test_menu_lists_an_inbox_per_visible_channel(client, channels, marketplace_agent):
    client.force_login(marketplace_agent)
    html = client.get("/admin/").content.decode()
    assert "?channel=amazon-de" in html and "?channel=amazon-fr" in html
    assert "?channel=shopify" not in html


def test_staff_without_a_support_role_cannot_open_the_helpdesk(client, django_user_model):
    marketer = django_user_model.objects.create_user("marketer", password="x-pass-123")
    marketer.groups.add(Group.objects.get(name="Marketers"))
    client.force_login(marketer)
    assert client.get("/admin/helpdesk/").status_code in (302, 403)


def test_inbox_is_sorted_by_response_due_time_and_warns_of_breaches(
    client, channels, marketplace_agent
):
    now = timezone.now()
    later = AmazonTicketFactory(channel=channels["amazon-de"], subject="Due later")
    late = AmazonTicketFactory(channel=channels["amazon-de"], subject="Already late")
    Ticket.objects.filter(pk=later.pk).update(response_due_at=now + timedelta(hours=20))
    Ticket.objects.filter(pk=late.pk).update(response_due_at=now - timedelta(hours=2))
    client.force_login(marketplace_agent)
    html = client.get("/admin/helpdesk/").content.decode()
    assert html.index("Already late") < html.index("Due later")
    assert "1 ticket is past its response time" in html
    assert "hd-badge--overdue" in html


def test_a_long_inbox_is_paged_in_due_order_and_keeps_its_filters(
    client, channels, marketplace_agent
):
    from helpdesk.views.tickets import INBOX_PAGE_SIZE

    now = timezone.now()
    for n in range(INBOX_PAGE_SIZE + 5):
        ticket = AmazonTicketFactory(channel=channels["amazon-de"], subject=f"Parcel {n:03d}")
        Ticket.objects.filter(pk=ticket.pk).update(response_due_at=now + timedelta(minutes=n))
    client.force_login(marketplace_agent)
    first = client.get("/admin/helpdesk/?channel=amazon-de&view=open").content.decode()
    assert "Parcel 000" in first and f"Parcel {INBOX_PAGE_SIZE - 1:03d}" in first
    assert f"Parcel {INBOX_PAGE_SIZE:03d}" not in first
    assert f"1–{INBOX_PAGE_SIZE} of {INBOX_PAGE_SIZE + 5}" in first
    assert "?channel=amazon-de&amp;view=open&amp;page=2" in first
    second = client.get("/admin/helpdesk/?channel=amazon-de&view=open&page=2").content.decode()
    assert f"Parcel {INBOX_PAGE_SIZE + 4:03d}" in second and "Parcel 000" not in second
    # A page number out of range or not a number shows a page, never an error.
    assert client.get("/admin/helpdesk/?page=99").status_code == 200
    assert client.get("/admin/helpdesk/?page=x").status_code == 200


def test_status_assignee_and_order_number_are_changed_with_an_event(
    client, tickets, marketplace_agent
):
    client.force_login(marketplace_agent)
    ticket = tickets["amazon"]
    response = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/",
        {
            "action": "update",
            "status": "solved",
            "assignee": marketplace_agent.pk,
            "amazon_order_id": "302-7654321-7654321",
            "tracking_number": "JJD01",
        },
    )
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert (ticket.status, ticket.assignee, ticket.amazon_order_id, ticket.tracking_number) == (
        "solved",
        marketplace_agent,
        "302-7654321-7654321",
        "JJD01",
    )
    assert set(ticket.events.values_list("field", flat=True)) == {
        "status",
        "assignee",
        "amazon_order_id",
        "tracking_number",
    }


def test_internal_note_is_stored_and_not_sent(client, tickets, marketplace_agent, mailoutbox):
    client.force_login(marketplace_agent)
    ticket = tickets["amazon"]
    response = client.post(
        f"/admin/helpdesk/tickets/{ticket.pk}/",
        {"action": "note", "body": "Buyer called Amazon too; wait for the A-to-z claim."},
    )
    assert response.status_code == 302
    assert ticket.messages.get().direction == "note"
    assert mailoutbox == []
    assert (
        "Internal note — never sent"
        in client.get(f"/admin/helpdesk/tickets/{ticket.pk}/").content.decode()
    )


def test_report_page_offers_7_30_90_days(client, tickets, marketplace_agent):
    client.force_login(marketplace_agent)
    html = client.get("/admin/helpdesk/report/?days=90").content.decode()
    assert "Last 90 days" in html and "amazon-de" in html and "shopify" not in html


def test_attachment_download_is_limited_to_visible_channels(
    client, channels, owned_agent, django_user_model
):
    stored, _ = inbound_receive(
        message=inbound(
            attachments=[
                AnymailInboundMessage.construct_attachment(
                    "text/html", b"<script>alert(1)</script>", filename="invoice.html"
                )
            ]
        ),
        provider="t",
    )
    attachment = stored.attachments.get()
    client.force_login(owned_agent)
    assert (
        client.get(f"/admin/helpdesk/attachments/{attachment.pk}/", follow=True).status_code == 404
    )
    client.force_login(
        __import__("django.contrib.auth", fromlist=["x"])
        .get_user_model()
        .objects.create_superuser("root", password="root-pass-123")
    )
    response = client.get(f"/admin/helpdesk/attachments/{attachment.pk}/")
    assert response.status_code == 200
    # Never rendered by the browser as HTML in the admin's origin.
    assert response["Content-Type"] == "application/octet-stream"
    assert "attachment" in response["Content-Disposition"]


def test_dashboard_warns_of_breaches_in_the_agents_channels(client, channels, marketplace_agent):
    late = AmazonTicketFactory(channel=channels["amazon-de"])
    Ticket.objects.filter(pk=late.pk).update(response_due_at=timezone.now() - timedelta(hours=1))
    OwnedTicketFactory(channel=channels["shopify"])
    client.force_login(marketplace_agent)
    html = client.get("/admin/").content.decode()
    assert "Past their response time" in html
    assert "?channel=amazon-de&amp;view=overdue" in html
    assert "1 open ticket in your channels" in html


def test_own_store_agents_manage_the_shared_discount_pools_marketplace_agents_cannot(
    client, channels, owned_agent, marketplace_agent
):
    from funnel.models import DiscountCodePool

    client.force_login(owned_agent)
    menu = client.get("/admin/helpdesk/").content.decode()
    assert '"/admin/snippets/funnel/discountcodepool/"' in menu
    response = client.post(
        "/admin/snippets/funnel/discountcodepool/add/",
        {"name": "Support 15%", "description": "", "new_codes": "SUP-1\nSUP-2\n"},
    )
    assert response.status_code == 302
    assert DiscountCodePool.objects.get(name="Support 15%").available == 2

    client.force_login(marketplace_agent)
    menu = client.get("/admin/helpdesk/").content.decode()
    assert '"/admin/snippets/funnel/discountcodepool/"' not in menu
    response = client.get("/admin/snippets/funnel/discountcodepool/")
    assert response.status_code in (302, 403)
    pool = DiscountCodePool.objects.get(name="Support 15%")
    edit = client.get(f"/admin/snippets/funnel/discountcodepool/edit/{pool.pk}/")
    assert edit.status_code in (302, 403)
