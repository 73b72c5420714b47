"""Brand managers edit the catalogue in the Wagtail admin, with search and filters."""

import io

import pytest
from django.contrib.auth.models import Group, User

from catalog import demo
from config.management.commands.seed_demo import Command

pytestmark = pytest.mark.django_db


@pytest.fixture
def brand_manager(client, immediate_tasks, django_capture_on_commit_callbacks):
    # The demo catalogue alone: these screens show nothing the other apps' demo content adds.
    with django_capture_on_commit_callbacks(execute=True):
        demo.seed(Command(stdout=io.StringIO()))
    user = User.objects.create_user("bm", password="a-long-password-123")
    user.groups.add(Group.objects.get(name="Brand managers"))
    client.force_login(user)
    return client


def test_products_can_be_searched_and_filtered(brand_manager):
    response = brand_manager.get("/admin/snippets/catalog/product/", {"q": "headlamp"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Trail Headlamp 400" in body and "Insulated Bottle" not in body
    response = brand_manager.get("/admin/snippets/catalog/product/", {"has_serials": "true"})
    body = response.content.decode()
    assert "Compact Camp Stove" in body and "Insulated Bottle" not in body


def test_skus_are_found_by_asin(brand_manager):
    response = brand_manager.get("/admin/snippets/catalog/sku/", {"q": "B0D1STOVE1"})
    assert response.status_code == 200
    assert "NV-STOVE-C1" in response.content.decode()


def test_a_brand_manager_edits_a_product_and_a_marketer_cannot(brand_manager, client):
    from catalog.models import Product

    product = Product.objects.get(slug="insulated-bottle-750")
    edit = f"/admin/snippets/catalog/product/edit/{product.pk}/"
    assert brand_manager.get(edit).status_code == 200
    marketer = User.objects.create_user("mk", password="a-long-password-123")
    marketer.groups.add(Group.objects.get(name="Marketers"))
    client.force_login(marketer)
    assert client.get(edit).status_code in (302, 403)
