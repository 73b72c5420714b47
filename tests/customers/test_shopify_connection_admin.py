"""The Shopify connection in the admin: the setting keeps the token encrypted and write-only,
the environment wins over it, and "Check connection" asks the store for its name (through the
official library, against the fake store) and says what happened in the user's language."""

import pytest
from cryptography.fernet import Fernet
from django.contrib.auth.models import User

from core.secrets import decrypt, encrypt
from customers.models import ShopifyStoreSettings
from customers.shopify_admin import store_config

from .fake_shopify import TOKEN

SETTING_URL = "/admin/settings/customers/shopifystoresettings/"
CHECK_URL = "/admin/shopify/connection/"


@pytest.fixture
def admin_client(client, db, settings):
    settings.SHOPIFY_SHOP_DOMAIN = ""
    settings.SHOPIFY_ACCESS_TOKEN = ""
    user = User.objects.create_superuser("owner", "owner@example.org", "x-Long-passw0rd")
    client.force_login(user)
    return client


def setting_url() -> str:
    return f"{SETTING_URL}{ShopifyStoreSettings.load().pk}/"


def save_setting(client, **fields):
    data = {"shop_domain": "", "access_token": "", **fields}
    return client.post(setting_url(), data)


def test_the_token_is_stored_encrypted_never_shown_and_the_environment_wins(admin_client, settings):
    assert store_config() is None
    response = save_setting(
        admin_client, shop_domain="https://Nordvik.myshopify.com/admin", access_token=TOKEN
    )
    assert response.status_code == 302, response.content[:2000]
    stored = ShopifyStoreSettings.objects.get()
    assert stored.shop_domain == "nordvik.myshopify.com"
    assert TOKEN not in stored.access_token_encrypted
    assert decrypt(stored.access_token_encrypted) == TOKEN
    config = store_config()
    assert (config.domain, config.token, config.source) == ("nordvik.myshopify.com", TOKEN, "admin")
    assert TOKEN not in repr(config)
    assert TOKEN not in admin_client.get(setting_url()).text  # write-only

    # saving again without a token keeps the stored one; ticking "remove" forgets it
    save_setting(admin_client, shop_domain="nordvik.myshopify.com")
    assert store_config().token == TOKEN
    save_setting(admin_client, shop_domain="nordvik.myshopify.com", forget_access_token="on")
    assert store_config() is None

    settings.SHOPIFY_SHOP_DOMAIN = "other.myshopify.com"
    settings.SHOPIFY_ACCESS_TOKEN = "shpat_env"
    assert store_config().source == "environment"


def test_a_domain_that_is_not_a_myshopify_address_is_refused(admin_client):
    response = save_setting(admin_client, shop_domain="shop.nordvik.example", access_token=TOKEN)
    assert response.status_code == 200
    assert "myshopify.com" in response.text
    assert not ShopifyStoreSettings.objects.exclude(shop_domain="").exists()


def test_a_token_stored_under_another_key_counts_as_not_connected(settings, db):
    settings.SHOPIFY_SHOP_DOMAIN = ""
    settings.SHOPIFY_ACCESS_TOKEN = ""
    stored = ShopifyStoreSettings.load()
    stored.shop_domain = "nordvik.myshopify.com"
    stored.access_token_encrypted = encrypt(TOKEN)
    stored.save()
    assert store_config().token == TOKEN
    settings.SECRETS_ENCRYPTION_KEY = Fernet.generate_key().decode()
    assert store_config() is None


def test_check_connection_shows_the_shop_name(admin_client, settings, fake_shopify):
    settings.SHOPIFY_API_BASE_URL = fake_shopify.url
    save_setting(admin_client, shop_domain="nordvik", access_token=TOKEN)

    response = admin_client.post(CHECK_URL)

    assert response.status_code == 200
    assert 'data-check="ok"' in response.text
    assert "Nordvik Outdoor" in response.text and "2026-10" in response.text
    assert fake_shopify.operations() == ["ShopName"]
    stored = ShopifyStoreSettings.objects.get()
    assert stored.last_check_ok and "Nordvik Outdoor" in stored.last_check_message


def test_check_connection_with_a_wrong_token_says_so_in_the_users_language(
    admin_client, settings, fake_shopify
):
    settings.SHOPIFY_API_BASE_URL = fake_shopify.url
    save_setting(admin_client, shop_domain="nordvik", access_token="shpat_wrong")

    response = admin_client.post(CHECK_URL, HTTP_ACCEPT_LANGUAGE="de")

    assert response.status_code == 200
    assert 'data-check="failed"' in response.text
    assert "401" in response.text
    assert "Verbindung prüfen" in response.text
    assert "Die Prüfung ist fehlgeschlagen" in response.text
    assert "Shopify hat das Zugriffstoken abgelehnt (HTTP 401)" in response.text
    assert not ShopifyStoreSettings.objects.get().last_check_ok


def test_the_connection_page_needs_the_settings_permission(client, db):
    user = User.objects.create_user("agent", password="x-Long-passw0rd")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.post(CHECK_URL).status_code in (302, 403)


def test_check_deploy_refuses_a_fake_store_address(settings):
    from config.checks import check_shopify

    settings.SHOPIFY_API_BASE_URL = "http://127.0.0.1:9999"
    assert [e.id for e in check_shopify(None)] == ["bridgecard.E008"]
    settings.SHOPIFY_API_BASE_URL = ""
    assert check_shopify(None) == []
