"""The registration admin screens open, a brand manager can retarget a code but never delete it,
and a new consent text version is stamped with its author."""

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from registration.models import ConsentText, Scan, ShortCode

pytestmark = pytest.mark.django_db


@pytest.fixture
def brand_manager(client):
    user = User.objects.create_user("bm", password="a-long-password-123")
    user.groups.add(Group.objects.get(name="Brand managers"))
    client.force_login(user)
    return user


def test_every_registration_screen_opens(client, pages, code, consent_texts):
    admin = User.objects.create_superuser("root", password="a-long-password-123")
    client.force_login(admin)
    Scan.objects.create(short_code=code, code=code.code, device="phone", outcome="redirected")
    for model in ("shortcode", "scan", "registration", "consenttext", "codebatch"):
        assert client.get(f"/admin/snippets/registration/{model}/").status_code == 200, model
    assert client.get(f"/admin/snippets/registration/shortcode/edit/{code.pk}/").status_code == 200


def test_a_brand_manager_retargets_a_code_but_cannot_delete_it(client, brand_manager, pages, code):
    response = client.post(
        f"/admin/snippets/registration/shortcode/edit/{code.pk}/",
        {"target": "manual", "locale": "de", "retired_at": "", "retired_to": ""},
    )
    assert response.status_code == 302, response.content[:2000]
    code.refresh_from_db()
    assert (code.target, code.locale) == ("manual", "de")
    delete = client.post(f"/admin/snippets/registration/shortcode/delete/{code.pk}/")
    assert delete.status_code in (302, 403, 404)
    assert ShortCode.objects.filter(pk=code.pk).exists()


def test_retiring_a_code_in_the_admin_records_the_brand_manager_and_the_time(
    client, brand_manager, pages, code
):
    before = timezone.now()
    response = client.post(
        f"/admin/snippets/registration/shortcode/edit/{code.pk}/",
        {"target": code.target, "locale": "", "retired_at": "2020-01-01 10:00", "retired_to": ""},
    )
    assert response.status_code == 302, response.content[:2000]
    code.refresh_from_db()
    assert code.retired_by == brand_manager
    assert before <= code.retired_at <= timezone.now()


def test_a_new_consent_text_version_records_its_author(client, brand_manager, consent_texts):
    response = client.post(
        "/admin/snippets/registration/consenttext/add/",
        {"purpose": "marketing_email", "locale": "de", "text": "Neue Fassung, klarer."},
    )
    assert response.status_code == 302, response.content[:2000]
    newest = ConsentText.objects.current(purpose="marketing_email", locale="de")
    assert (newest.version, newest.created_by, newest.text) == (2, "bm", "Neue Fassung, klarer.")


def test_the_customer_list_offers_the_consent_evidence_pdf(client, registered_customer):
    admin = User.objects.create_superuser("root", password="a-long-password-123")
    client.force_login(admin)
    body = client.get("/admin/snippets/customers/customer/").content.decode()
    assert f"/admin/registration/evidence/{registered_customer.pk}.pdf" in body


@pytest.fixture
def registered_customer(db):
    from customers.models import Customer

    return Customer.objects.create(email="legal@example.org", first_name="Lea")
