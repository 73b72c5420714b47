"""Invariant 6 (model level): printed codes live forever and their text is never reused."""

import pytest

from catalog.models import SKU, Brand, Product
from registration import codes
from registration.models import CodeBatch, ShortCode, ShortCodeDeletionError
from registration.services import shortcodes_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def sku():
    brand = Brand.objects.create(name="Nordvik", slug="nordvik")
    product = Product.objects.create(brand=brand, name="Lamp", slug="lamp")
    return SKU.objects.create(product=product, code="NV-LAMP")


def test_a_sku_code_is_short_and_url_safe(sku, settings):
    settings.SITE_URL = "https://care.brand.example"
    (code,) = shortcodes_issue(sku=sku)
    assert len(code.code) == codes.SKU_CODE_LENGTH
    assert set(code.code) <= set(codes.ALPHABET)
    assert code.url == f"https://care.brand.example/r/{code.code}"


def test_serialized_codes_are_unique_per_unit(sku):
    batch = CodeBatch.objects.create(serialized=True)
    serials = [f"HL4-{n:06d}" for n in range(2500)]
    issued = shortcodes_issue(sku=sku, count=2500, batch=batch, serials=serials)
    assert len({c.code for c in issued}) == 2500
    assert all(len(c.code) == codes.UNIT_CODE_LENGTH for c in issued)
    assert ShortCode.objects.filter(batch=batch).count() == 2500
    assert ShortCode.objects.get(serial="HL4-000042").sku == sku


def test_codes_cannot_be_deleted(sku):
    (code,) = shortcodes_issue(sku=sku)
    with pytest.raises(ShortCodeDeletionError):
        code.delete()
    with pytest.raises(ShortCodeDeletionError):
        ShortCode.objects.filter(pk=code.pk).delete()
    assert ShortCode.objects.filter(pk=code.pk).exists()


@pytest.mark.parametrize(
    "typed,expected",
    [("ab12cd", "AB12CD"), ("AB-12 CD", "AB12CD"), ("OIL", "011"), ("ab!2", "AB2"), ("", "")],
)
def test_typed_codes_are_normalised(typed, expected):
    assert codes.normalise(typed) == expected
