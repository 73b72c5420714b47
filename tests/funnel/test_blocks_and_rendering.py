"""Block validation and the compiled-message renderer, without a database where possible."""

import pytest
from django.core.exceptions import ValidationError

from funnel.blocks import MessagesBlock, validate_link, validate_merge_tags
from funnel.forms import COMMERCIAL_ONLY_BLOCKS, SequenceForm
from funnel.rendering import SlotTemplate, html_to_text


def test_known_merge_fields_with_fallbacks_are_accepted():
    validate_merge_tags('Hi {{ first_name|default:"there" }}, your {{ product_name }}')
    validate_merge_tags("Hi {{first_name|default:'friend'}}")


@pytest.mark.parametrize(
    "text",
    [
        "{{ password }}",
        "{{ customer.email }}",
        "{% load static %}",
        "{{ first_name|safe }}",
        "{{ first_name",
    ],
)
def test_template_syntax_and_unknown_fields_are_refused(text):
    with pytest.raises(ValidationError):
        validate_merge_tags(text)


@pytest.mark.parametrize("url", ["https://shop.example/x", "{{ store_url }}", "mailto:a@b.example"])
def test_links_may_be_https_a_store_merge_field_or_mailto(url):
    validate_link(url)


@pytest.mark.parametrize("url", ["http://shop.example", "javascript:alert(1)", "shop.example"])
def test_other_links_are_refused(url):
    with pytest.raises(ValidationError):
        validate_link(url)


def test_two_messages_in_the_same_language_are_refused():
    block = MessagesBlock()
    value = block.to_python(
        [
            {"type": "message", "value": {"locale": "de", "subject": "A", "body": [{"type": "text", "value": "<p>x</p>"}]}},
            {"type": "message", "value": {"locale": "de", "subject": "B", "body": [{"type": "text", "value": "<p>y</p>"}]}},
        ]
    )  # fmt: skip
    with pytest.raises(ValidationError):
        block.clean(value)


def test_slot_template_escapes_in_html_and_falls_back():
    template = SlotTemplate.compile(
        "<p>Hi {{ first_name|default:&quot;friend&quot; }} &amp; {{ last_name }}</p>",
        escaped=True,
    )
    assert template.names == {"first_name", "last_name"}
    assert template.render({"last_name": "<O'Neil>"}, escape=True) == (
        "<p>Hi friend &amp; &lt;O&#x27;Neil&gt;</p>"
    )
    text = SlotTemplate.compile('Hi {{ first_name|default:"friend" }}', escaped=False)
    assert text.render({"first_name": "Zoë & co"}, escape=False) == "Hi Zoë & co"


def test_html_to_text_keeps_links_and_drops_the_preheader():
    html = (
        '<div data-text-skip style="display:none">Preview line<br></div>'
        "<p>Hello <b>Ada</b>,</p><ul><li>one</li><li>two</li></ul>"
        '<p><a href="https://shop.example/">Visit the store</a></p>'
    )
    text = html_to_text(html)
    assert "Preview line" not in text
    assert "Hello Ada," in text
    assert "- one" in text and "- two" in text
    assert "Visit the store (https://shop.example/)" in text


def test_transactional_mail_may_not_carry_selling_blocks():
    assert {"discount_code", "product_card"} == COMMERCIAL_ONLY_BLOCKS
    assert "locales" in SequenceForm.base_fields


@pytest.mark.django_db
def test_the_sequence_form_refuses_a_discount_code_in_transactional_mail(brand):
    from wagtail.admin.panels import ObjectList

    from funnel.models import DiscountCodePool, Sequence

    pool = DiscountCodePool.objects.create(name="P")
    form_class = (
        ObjectList(Sequence.panels, base_form_class=SequenceForm)
        .bind_to_model(Sequence)
        .get_form_class()
    )

    def data(mail_type, block_type):
        from wagtail.test.utils.form_data import (
            inline_formset,
            nested_form_data,
            rich_text,
            streamfield,
        )

        body_value = (
            {"pool": pool.pk, "intro": "", "note": ""}
            if block_type == "discount_code"
            else rich_text("<p>x</p>")
        )
        message = {"locale": "en", "subject": "Hello", "preheader": "",
                   "body": streamfield([(block_type, body_value)])}  # fmt: skip
        return nested_form_data(
            {
                "name": "Care",
                "brand": brand.pk,
                "trigger": "registration_created",
                "mail_type": mail_type,
                "warranty_days_before": "30",
                "default_locale": "en",
                "exit_on_purchase": "on",
                "exit_on_withdrawal": "on",
                "steps": inline_formset(
                    [
                        {
                            "name": "One",
                            "delay_days": "0",
                            "delay_hours": "0",
                            "messages": streamfield([("message", message)]),
                        }
                    ]
                ),
            }
        )

    transactional = form_class(data(mail_type="transactional", block_type="discount_code"))
    assert not transactional.is_valid()
    assert "Transactional mail cannot carry" in str(transactional.errors)
    commercial = form_class(data(mail_type="commercial", block_type="discount_code"))
    assert commercial.is_valid(), commercial.errors
