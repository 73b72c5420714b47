"""The seller account in the Wagtail admin: secrets typed but never shown back, the
connection check (a revoked refresh token shown, not raised), no deletion."""

import pytest
from django.contrib.auth import get_user_model

from amazon.models import SellerAccount

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-123456")
    client.force_login(user)
    return client


def test_the_edit_form_never_shows_a_stored_secret(admin_client, account):
    html = admin_client.get(
        f"/admin/snippets/amazon/selleraccount/edit/{account.pk}/"
    ).content.decode()
    assert "Atzr|good" not in html and "client-secret" not in html
    assert "A value is stored (encrypted). Leave empty to keep it." in html


def test_saving_without_retyping_keeps_the_secrets(admin_client, account):
    response = admin_client.post(
        f"/admin/snippets/amazon/selleraccount/edit/{account.pk}/",
        {
            "name": "Renamed",
            "slug": account.slug,
            "region": "eu",
            "marketplaces": ["amazon.de", "amazon.fr"],
            "lwa_client_id": account.lwa_client_id,
            "lwa_client_secret": "",
            "refresh_token": "",
            "selling_partner_id": "",
            "endpoint": account.endpoint,
            "token_url": account.token_url,
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    account.refresh_from_db()
    assert account.name == "Renamed" and account.refresh_token == "Atzr|good"
    assert account.marketplaces == ["amazon.de", "amazon.fr"]


def test_a_marketplace_of_another_region_is_refused(account):
    from django.core.exceptions import ValidationError

    account.marketplaces = ["amazon.com"]
    with pytest.raises(ValidationError):
        account.full_clean()


def test_the_check_shows_a_revoked_refresh_token(admin_client, account, fake):
    fake.refresh_tokens.clear()
    response = admin_client.post(f"/admin/amazon/accounts/{account.pk}/check/", follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Amazon refused the connection" in html and "invalid_grant" in html
    account.refresh_from_db()
    assert account.last_check_ok is False


def test_the_check_confirms_a_working_connection(admin_client, account):
    response = admin_client.post(f"/admin/amazon/accounts/{account.pk}/check/", follow=True)
    assert "Connected to Amazon. Marketplaces: amazon.de" in response.content.decode()


def test_the_check_page_and_bad_ids_never_fail(admin_client, account):
    assert admin_client.get(f"/admin/amazon/accounts/{account.pk}/check/").status_code == 200
    response = admin_client.post("/admin/amazon/accounts/999999/check/", follow=True)
    assert response.status_code == 404


def test_accounts_cannot_be_deleted_in_the_admin(admin_client, account):
    admin_client.post(f"/admin/snippets/amazon/selleraccount/delete/{account.pk}/")
    assert SellerAccount.objects.filter(pk=account.pk).exists()


def test_a_support_agent_cannot_check_or_see_accounts(client, account):
    from django.contrib.auth.models import Group

    agent = get_user_model().objects.create_user("agent", password="pw-123456")
    agent.groups.add(Group.objects.get(name="Support (marketplace)"))
    client.force_login(agent)
    assert client.post(f"/admin/amazon/accounts/{account.pk}/check/").status_code in (302, 403)
    account.refresh_from_db()
    assert account.last_check_at is None
