import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from catalog.models import (
    SKU,
    Brand,
    MarketplaceIdentifier,
    Product,
    SerialNumbering,
    serial_numbering,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def product():
    brand = Brand.objects.create(name="Nordvik", slug="nordvik")
    return Product.objects.create(brand=brand, name="Lamp", slug="lamp", warranty_months=24)


def test_sku_codes_are_unique(product):
    SKU.objects.create(product=product, code="NV-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        SKU.objects.create(product=product, code="NV-1")


@pytest.mark.parametrize("value,ok", [("B0D1HL4BLK", True), ("b0d1hl4blk", True), ("B0D1", False)])
def test_asins_are_validated(product, value, ok):
    sku = SKU.objects.create(product=product, code="NV-2")
    identifier = MarketplaceIdentifier(sku=sku, kind="asin", marketplace="amazon.de", value=value)
    if ok:
        identifier.full_clean()
        assert identifier.value == value.upper()
    else:
        with pytest.raises(ValidationError):
            identifier.full_clean()


def test_an_asin_needs_its_marketplace(product):
    sku = SKU.objects.create(product=product, code="NV-3")
    with pytest.raises(ValidationError, match="marketplace"):
        MarketplaceIdentifier(sku=sku, kind="asin", value="B0D1HL4BLK").full_clean()


@pytest.mark.parametrize(
    "typed,stored",
    [
        ("96385074", "00000096385074"),  # GTIN-8 (EAN-8)
        ("036000291452", "00036000291452"),  # GTIN-12 (UPC-A)
        ("4006381333931", "04006381333931"),  # GTIN-13 (EAN-13)
        ("14006381333938", "14006381333938"),  # GTIN-14 (a case of the item above)
    ],
)
def test_a_valid_gtin_of_every_length_is_kept_as_gtin_14(product, typed, stored):
    sku = SKU(product=product, code="NV-G", gtin=typed)
    sku.full_clean()
    assert sku.gtin == stored
    sku.save()
    assert SKU.objects.get(pk=sku.pk).gtin == stored


@pytest.mark.parametrize(
    "typed,message",
    [
        ("96385075", "check digit"),
        ("036000291453", "check digit"),
        ("4006381333932", "check digit"),
        ("14006381333939", "check digit"),
        ("400638133393", "check digit"),  # 12 digits: read as a UPC-A, whose check fails
        ("4006381", "8, 12, 13 or 14 digits"),
        ("40063813339311", "check digit"),
        ("400638133393X", "8, 12, 13 or 14 digits"),
        ("123456789012345", "8, 12, 13 or 14 digits"),
    ],
)
def test_an_invalid_gtin_is_refused_with_the_reason(product, typed, message):
    with pytest.raises(ValidationError, match=message) as refused:
        SKU(product=product, code="NV-G", gtin=typed).full_clean()
    assert "gtin" in refused.value.message_dict


def test_two_skus_cannot_share_a_gtin_whatever_form_it_was_typed_in(product):
    SKU.objects.create(product=product, code="NV-A", gtin="4006381333931")
    with pytest.raises(ValidationError, match="Another SKU already has this GTIN"):
        SKU(product=product, code="NV-B", gtin="04006381333931").full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        SKU.objects.create(product=product, code="NV-C", gtin="04006381333931")


def test_serial_format(product):
    product.has_serials = True
    product.serial_pattern = r"HL4-[0-9]{6}"
    product.serial_example = "HL4-12345"
    with pytest.raises(ValidationError, match="example"):
        product.full_clean()
    assert product.serial_is_valid(" HL4-123456 ")
    assert not product.serial_is_valid("HL4-123456; DROP")


def test_a_product_with_serials_needs_a_format(product):
    product.has_serials = True
    with pytest.raises(ValidationError, match="format"):
        product.full_clean()


def test_total_warranty_includes_the_registration_bonus(product):
    product.registration_bonus_months = 12
    assert product.total_warranty_months == 36


@pytest.mark.parametrize(
    "pattern,numbering",
    [
        (r"HL4-[0-9]{6}", SerialNumbering("HL4-", 6, 6)),
        (r"^SN\/[0-9]{4,8}$", SerialNumbering("SN/", 4, 8)),
        (r"NK\d+", SerialNumbering("NK", 1, 62)),
        (r"WF-[A-Z]{2}[0-9]{5}", None),  # letters in the middle: a person chooses them
        (r"(A|B)\d{3}", None),
    ],
)
def test_a_serial_format_with_a_fixed_beginning_can_be_numbered(pattern, numbering):
    assert serial_numbering(pattern) == numbering
    if numbering is not None:
        example = f"{numbering.prefix}{7:0{numbering.min_digits}d}"
        assert Product(serial_pattern=pattern).serial_is_valid(example)
