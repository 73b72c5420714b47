import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import GroupPagePermission

from config.roles import ROLES

pytestmark = pytest.mark.django_db


def perms(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_every_role_exists_with_admin_access():
    for name in ROLES:
        assert "wagtailadmin.access_admin" in perms(name), name


def test_roles_hold_the_least_they_need():
    assert "catalog.change_product" in perms("Brand managers")
    assert "catalog.change_product" not in perms("Marketers")
    assert "customers.view_consentrecord" in perms("Marketers")
    assert "customers.view_consentrecord" not in perms("Support (marketplace)")
    # Nobody is handed the power to rewrite the ledger; the permission does not even exist.
    for name in ROLES:
        assert "customers.change_consentrecord" not in perms(name)
        assert "customers.delete_consentrecord" not in perms(name)
    assert GroupPagePermission.objects.filter(
        group__name="Brand managers", permission__codename="publish_page"
    ).exists()
    assert not GroupPagePermission.objects.filter(group__name="Marketers").exists()


def test_admin_login_locks_out_after_repeated_failures(client, settings):
    User.objects.create_user("agent", password="correct-horse-battery", is_staff=True)
    Group.objects.get(name="Support (marketplace)").user_set.add(User.objects.get())
    url = reverse("wagtailadmin_login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "agent", "password": "wrong"})
        assert response.status_code == 200  # the form again, with its error
    client.post(url, {"username": "agent", "password": "wrong"})
    response = client.post(url, {"username": "agent", "password": "correct-horse-battery"})
    assert response.status_code == 429
    assert b"Too many failed sign-in attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_a_good_login_before_the_limit_succeeds(client):
    User.objects.create_user("agent", password="correct-horse-battery", is_staff=True)
    Group.objects.get(name="Support (marketplace)").user_set.add(User.objects.get())
    client.post(reverse("wagtailadmin_login"), {"username": "agent", "password": "wrong"})
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "agent", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_ledger_is_read_only_in_the_admin_even_for_superusers(admin_client):
    from tests.customers.factories import IdentityFactory, confirmed

    record = confirmed(IdentityFactory())
    index = admin_client.get("/admin/snippets/customers/consentrecord/")
    assert index.status_code == 200
    assert (
        admin_client.get(
            f"/admin/snippets/customers/consentrecord/inspect/{record.pk}/"
        ).status_code
        == 200
    )
    for url in (
        f"/admin/snippets/customers/consentrecord/edit/{record.pk}/",
        f"/admin/snippets/customers/consentrecord/delete/{record.pk}/",
        "/admin/snippets/customers/consentrecord/add/",
    ):
        assert admin_client.get(url).status_code in (302, 403), url
