"""Turns a design (or one of its revisions) into the renderer's plain ``DesignSpec``.

The one place that knows both the Wagtail side (StreamField children, images in storage) and
the renderer's vocabulary; ``inserts.rendering`` stays free of Django."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from catalog.selectors import product_name

from .rendering.spec import BLACK, CMYK, Block, DesignSpec, ProductArt


def _blocks(stream, side: str) -> tuple[Block, ...]:
    counts: dict[str, int] = {}
    out = []
    for child in stream:
        counts[child.block_type] = counts.get(child.block_type, 0) + 1
        label = f"{side} · {child.block.label} {counts[child.block_type]}"
        out.append(
            Block(kind=child.block_type, value=child.block.to_spec(child.value), label=label)
        )
    return tuple(out)


def _image_bytes(image) -> bytes | None:
    if image is None:
        return None
    try:
        with image.open_file() as handle:
            return bytes(handle.read())
    except OSError:
        return None


def product_arts(products: Iterable, language: str) -> dict[str, ProductArt]:
    """What a product block prints for each of *products*, keyed by the product's id."""
    return {
        str(product.pk): ProductArt(
            name=product_name(product=product, language=language),
            image=_image_bytes(product.image),
        )
        for product in products
    }


def sample_products(design) -> list:
    """The product a preview shows in a product block: the brand's first product on sale."""
    from catalog.models import Product

    products = Product.objects.filter(is_active=True).select_related("image")
    if design.brand_id:
        products = products.filter(brand_id=design.brand_id)
    return list(products.order_by("name")[:1])


def design_spec(design, *, job: str = "", products: Iterable | None = None) -> DesignSpec:
    """The renderer's spec of *design*; *products* are those a run prints (a preview shows the
    brand's first product, or a placeholder name)."""
    language = design.locale.language_code
    if products is None:
        products = sample_products(design)
    arts = product_arts(products, language)
    if not arts:
        arts = {"sample": ProductArt(name=_("Product name"))}
    background = CMYK.parse(design.background_cmyk) if design.background_cmyk else None
    return DesignSpec(
        title=design.name,
        locale=design.locale.language_code,
        front=_blocks(design.front, _("Front")),
        back=_blocks(design.back, _("Back")),
        accent=CMYK.parse(design.accent_cmyk) if design.accent_cmyk else BLACK,
        background=background,
        job=job or design.name,
        products=arts,
    )
