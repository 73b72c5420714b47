"""Invariant 2: a marketplace design the insert policy blocks can be neither published nor
printed, whatever path is taken; its QR codes only lead to registration, warranty, manual or
support pages."""

import json

import pytest
from django.core.management import call_command
from wagtail.models import Workflow, WorkflowState

from inserts import gate, services
from inserts.models import PrintRun
from inserts.tasks import print_run_render_task
from registration.models import ShortCode

from . import factories

pytestmark = pytest.mark.django_db

OFFER = "10% off with code THANKS10"


def blocked_front():
    return factories.front(paragraph=f"Thank you for your order! {OFFER} on your next purchase.")


def test_the_linter_finds_the_offer_and_says_which_block():
    design = factories.design(publish=False, front=blocked_front())
    findings = gate.design_findings(design)
    assert {f.category for f in findings} == {"discount"}
    assert all(f.location.startswith("Front · Paragraph 1") for f in findings)
    assert any("THANKS10" in f.excerpt for f in findings)


def test_publishing_from_a_shell_is_refused_and_nothing_goes_live():
    design = factories.design(publish=False, front=blocked_front())
    revision = design.save_revision()
    with pytest.raises(gate.InsertBlocked, match="THANKS10"):
        revision.publish()
    design.refresh_from_db()
    assert not design.live and design.live_revision is None


def test_the_workflow_rejects_with_the_findings_as_comment():
    design = factories.design(publish=False, front=blocked_front())
    workflow = Workflow.objects.get(name="Insert approval")
    state = workflow.start(design, user=None)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = state.task_states.get(task__name="Insert policy check")
    assert rejected.status == "rejected" and "THANKS10" in rejected.comment
    design.refresh_from_db()
    assert not design.live


def test_a_clean_design_passes_the_policy_step_and_waits_for_a_person():
    design = factories.design(publish=False)
    state = Workflow.objects.get(name="Insert approval").start(design, user=None)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Compliance review of inserts"
    assert state.task_states.get(task__name="Insert policy check").status == "approved"
    state.current_task_state.approve(user=None)
    design.refresh_from_db()
    assert design.live


def test_an_edit_during_review_that_the_policy_blocks_sends_the_design_back():
    design = factories.design(publish=False)
    state = Workflow.objects.get(name="Insert approval").start(design, user=None)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Compliance review of inserts"
    design.front = blocked_front()
    design.save_revision()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert "THANKS10" in state.task_states.get(task__name="Compliance review of inserts").comment
    design.refresh_from_db()
    assert not design.live


def test_printing_a_blocked_revision_that_was_forced_live_is_refused(nordvik):
    _, skus = nordvik
    design = factories.design()
    factories.force_live(design, front=blocked_front())
    with pytest.raises(gate.InsertBlocked, match="THANKS10"):
        services.printrun_create(design=design, skus=skus, profile=design.profile)
    assert not PrintRun.objects.exists()


def test_the_render_task_refuses_a_blocked_revision_without_issuing_codes(nordvik, immediate_tasks):
    _, skus = nordvik
    design = factories.design()
    design = factories.force_live(design, front=blocked_front())
    # a run recorded behind the service's back, as a stale queue or a script might
    run = PrintRun.objects.create(
        design=design, design_revision=design.live_revision, profile=design.profile,
        profile_snapshot=design.profile.snapshot(),
    )  # fmt: skip
    run.skus.set(skus)
    print_run_render_task.enqueue(run.pk)
    run.refresh_from_db()
    assert run.status == PrintRun.Status.FAILED
    assert any("THANKS10" in f["excerpt"] for f in run.findings)
    assert not run.pdf
    assert not ShortCode.objects.exists()


def test_print_inserts_command_refuses_with_findings_on_stderr(nordvik, capsys, tmp_path):
    design = factories.design()
    factories.force_live(design, front=blocked_front())
    out = tmp_path / "cards.pdf"
    with pytest.raises(SystemExit) as exit_info:
        call_command("print_inserts", "--design", design.slug, "--out", str(out))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "THANKS10" in err and "Front · Paragraph 1" in err
    assert not out.exists()


def test_admin_publish_keeps_the_draft_and_shows_the_findings(admin_client):
    design = factories.design(publish=False)
    edit_url = f"/admin/snippets/inserts/insertdesign/edit/{design.pk}/"
    form = admin_client.get(edit_url).context["form"]
    data = _form_data(form)
    data["front-1-value-text"] = (
        f'{{"blocks": [{{"key": "a", "type": "unstyled", "text": "{OFFER}", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}}], "entityMap": {{}}}}'
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(edit_url, data, follow=True)
    design.refresh_from_db()
    assert not design.live
    assert "THANKS10" in design.latest_revision.as_object().front[1].value["text"].source
    shown = " ".join(str(m) for m in response.context["messages"])
    assert "Not published" in shown and "THANKS10" in shown


def test_admin_print_run_form_refuses_with_the_findings(admin_client, nordvik):
    _, skus = nordvik
    design = factories.design()
    factories.force_live(design, front=blocked_front())
    response = admin_client.post(
        "/admin/inserts/print-runs/new/",
        {"design": design.pk, "profile": design.profile.pk, "skus": [s.pk for s in skus],
         "quantity": 0, "serial_start": 1, "serial_prefix": ""},
    )  # fmt: skip
    assert response.status_code == 200
    errors = " ".join(response.context["form"].non_field_errors())
    assert "THANKS10" in errors
    assert not PrintRun.objects.exists()


def test_a_qr_code_leading_to_the_shop_is_refused():
    design = factories.design(publish=False)
    revision = design.save_revision()
    front = json.loads(revision.content["front"])
    front[2]["value"]["purpose"] = "shop"  # stored content no form would have accepted
    revision.content["front"] = json.dumps(front)
    revision.save()
    findings = gate.design_findings(revision.as_object())
    assert [f.rule_id for f in findings] == ["inserts.qr_target"]


def test_an_offer_block_blocks_a_marketplace_design_but_not_an_own_store_one():
    offer = ("offer", {"headline": "Welcome gift", "code": "", "terms": ""})
    marketplace = factories.design(publish=False, front=[offer, *factories.front()])
    assert [f.rule_id for f in gate.design_findings(marketplace)] == ["inserts.offer_block"]
    own = factories.design(slug="own", channel="owned_store", front=[offer, *blocked_front()])
    assert own.live  # the owned-store card may carry the offer and the code


def test_a_split_phrase_across_blocks_is_still_found():
    front = [
        ("heading", {"text": "Get 10% off", "size": "large", "align": "left"}),
        ("paragraph", {"text": "<p>your next order with code THANKS10.</p>", "align": "left"}),
        *factories.front()[2:],
    ]
    design = factories.design(publish=False, front=front)
    assert gate.design_findings(design)


def _form_data(form):
    """The edit form's current values as POST data (StreamField included)."""
    data = {}
    for name, field in form.fields.items():
        widget = field.widget
        value = form[name].value()
        if hasattr(widget, "block_def"):
            data.update(_stream_data(name, widget.block_def, value))
        elif value is None:
            continue
        elif isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        else:
            data[name] = value
    return data


def _stream_data(prefix, block_def, stream_value):
    data = {f"{prefix}-count": str(len(stream_value))}
    for index, child in enumerate(stream_value):
        base = f"{prefix}-{index}"
        data[f"{base}-type"] = child.block_type
        data[f"{base}-deleted"] = ""
        data[f"{base}-order"] = str(index)
        data[f"{base}-id"] = child.id or ""
        data.update(_struct_data(f"{base}-value", child.block, child.value))
    return data


def _struct_data(prefix, block, value):
    from wagtail import blocks as wb

    data = {}
    for name, child_block in block.child_blocks.items():
        child_value = value[name]
        key = f"{prefix}-{name}"
        if isinstance(child_block, wb.RichTextBlock):
            from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

            converter = ContentstateConverter(features=child_block.features)
            data[key] = converter.from_database_format(child_value.source)
        elif isinstance(child_block, wb.ListBlock):
            data[f"{key}-count"] = str(len(child_value))
            for i, item in enumerate(child_value):
                data[f"{key}-{i}-value"] = item
                data[f"{key}-{i}-deleted"] = ""
                data[f"{key}-{i}-order"] = str(i)
                data[f"{key}-{i}-id"] = ""
        elif isinstance(child_block, wb.BooleanBlock):
            if child_value:
                data[key] = "on"
        elif child_value is None:
            data[key] = ""
        else:
            data[key] = str(child_value)
    return data
