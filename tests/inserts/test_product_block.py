"""The product block: one design serves every product of a run, each card printing its own
product's picture and name in the card's language; the names pass the insert policy too."""

import io

import pikepdf
import pytest
from pypdf import PdfReader
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from catalog.models import SKU, Product, ProductTranslation
from inserts import gate, services

from . import factories

pytestmark = pytest.mark.django_db

PRODUCT_BLOCK = (
    "product",
    {"show_picture": True, "picture_mm": 30, "show_name": True, "align": "center"},
)


@pytest.fixture
def two_products(nordvik):
    brand, skus = nordvik
    lamp = skus[0].product
    lamp.image = Image.objects.create(
        title="Lamp", file=get_test_image_file("lamp.png", colour="orange", size=(200, 200))
    )
    lamp.save()
    ProductTranslation.objects.create(product=lamp, language="de", name="Stirnlampe Trail 400")
    bottle = Product.objects.create(brand=brand, name="Insulated Bottle 750 ml", slug="bottle")
    bottle.image = Image.objects.create(
        title="Bottle", file=get_test_image_file("bottle.png", colour="teal", size=(120, 240))
    )
    bottle.save()
    ProductTranslation.objects.create(product=bottle, language="de", name="Isolierflasche 750 ml")
    return [skus[0], SKU.objects.create(product=bottle, code="NV-BTL750")]


def test_each_card_of_a_run_prints_its_own_product_in_the_cards_language(two_products):
    design = factories.design(
        language="de", front=[PRODUCT_BLOCK, *factories.front()], with_back=False,
        profile=factories.profile("a6-single", sides="single"),
    )  # fmt: skip
    run = services.printrun_create(
        design=design, skus=two_products, profile=design.profile, enqueue=False
    )
    run = services.printrun_render(run_id=run.pk)
    assert run.status == "done", run.message
    with run.pdf.open("rb") as handle:
        data = handle.read()
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    # Runs are in SKU code order: the bottle (NV-BTL750) first, then the lamp.
    assert "Isolierflasche 750 ml" in pages[0] and "Stirnlampe" not in pages[0]
    assert "Stirnlampe Trail 400" in pages[1] and "Isolierflasche" not in pages[1]
    assert "Trail Headlamp" not in "".join(pages)
    with pikepdf.open(io.BytesIO(data)) as document:
        for page, size in zip(document.pages, [(120, 240), (200, 200)], strict=True):
            found = [
                (int(image.Width), int(image.Height), str(image.ColorSpace))
                for image in page.get_images().values()
            ]
            assert (*size, "/DeviceCMYK") in found, found


def test_a_product_name_the_policy_blocks_stops_the_run(two_products):
    bottle = two_products[1].product
    bottle.name = "Bottle – leave us a 5-star review"
    bottle.save()
    design = factories.design(
        front=[PRODUCT_BLOCK, *factories.front()], with_back=False,
        profile=factories.profile("a6-single", sides="single"),
    )  # fmt: skip
    with pytest.raises(gate.InsertBlocked) as refused:
        services.printrun_create(
            design=design, skus=two_products, profile=design.profile, enqueue=False
        )
    assert "5-star" in str(refused.value)


def test_a_design_without_a_product_block_ignores_product_names(two_products):
    design = factories.design()
    assert gate.product_names_check(design, ["Bottle – leave us a 5-star review"]) == []


def test_the_preview_shows_the_brands_first_product(two_products):
    design = factories.design(
        front=[PRODUCT_BLOCK, *factories.front()], with_back=False,
        profile=factories.profile("a6-single", sides="single"),
    )  # fmt: skip
    data = services.design_pdf(design, design.profile)
    assert "Insulated Bottle 750 ml" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
