"""Blocks, validated without a database."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from inserts import blocks
from inserts.blocks import InsertStreamBlock


@pytest.mark.parametrize("name", list(InsertStreamBlock.base_blocks))
def test_every_block_has_icon_template_preview_and_description(name):
    block = InsertStreamBlock.base_blocks[name]
    meta = block.meta
    assert meta.icon
    assert meta.template.startswith("inserts/blocks/")
    assert meta.preview_value is not None
    assert meta.description


def test_a_qr_code_smaller_than_15_mm_is_refused():
    block = blocks.QRCodeBlock()
    value = block.to_python(
        {"purpose": "register", "caption": "", "size_mm": 12, "show_code": True}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_a_qr_code_cannot_lead_to_a_shop():
    block = blocks.QRCodeBlock()
    value = block.to_python({"purpose": "shop", "caption": "", "size_mm": 22, "show_code": True})
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(value)


def test_paragraph_text_for_the_linter_is_what_a_reader_sees():
    block = blocks.ParagraphBlock()
    value = block.to_python(
        {"text": "<p>Register <b>now</b> &amp; get 12 months</p>", "align": "left"}
    )
    assert block.insert_texts(value) == ["Register now & get 12 months"]


def test_rich_text_keeps_bold_and_italic_and_drops_links():
    from inserts.rendering.layout import rich_paragraphs

    html = '<p>Hi <b>there</b> <a href="https://shop.example">shop</a> &lt;3</p><p><i>two</i></p>'
    assert rich_paragraphs(html) == ["Hi <b>there</b> shop &lt;3", "<i>two</i>"]
