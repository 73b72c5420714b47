"""Turns a design (or one of its revisions) into the renderer's plain ``DesignSpec``.

The one place that knows both the Wagtail side (StreamField children, images in storage) and
the renderer's vocabulary; ``inserts.rendering`` stays free of Django."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .rendering.spec import BLACK, CMYK, Block, DesignSpec


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


def design_spec(design, *, job: str = "") -> DesignSpec:
    background = CMYK.parse(design.background_cmyk) if design.background_cmyk else None
    return DesignSpec(
        title=design.name,
        locale=design.locale.language_code,
        front=_blocks(design.front, _("Front")),
        back=_blocks(design.back, _("Back")),
        accent=CMYK.parse(design.accent_cmyk) if design.accent_cmyk else BLACK,
        background=background,
        job=job or design.name,
    )
