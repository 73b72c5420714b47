"""Held designs: a marketplace design on which the insert policy proves nothing but risk
signals fire (today: a mention of reviews) can be saved and previewed, and is printed only once
a Compliance reviewer confirms each risk in the moderation step; the print run records who
signed off. Real texts and the real linter, through the workflow's own action view."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from wagtail.models import Workflow, WorkflowState

from core.models import ComplianceCase
from inserts import gate, holds, services
from inserts.models import DesignSignOff, InsertReviewTask, PrintRun
from inserts.tasks import print_run_render_task
from registration.models import ShortCode

from . import factories

pytestmark = pytest.mark.django_db

RISKY = "Would you consider leaving a review for the headlamp? Every opinion helps other buyers."


def risky_front(paragraph=RISKY):
    return factories.front(paragraph=paragraph)


def _user(username, group):
    user = get_user_model().objects.create_user(username, password="staff-pass-123")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reviewer(db):
    """A Compliance reviewer with the group's full rights. Wagtail creates a snippet's publish
    permission after ``migrate`` only once the admin's hooks registered the snippet, which a
    test database built without the URLconf has not: create it and sync the roles again."""
    from django.apps import apps
    from django.urls import reverse
    from wagtail.snippets.models import create_extra_permissions

    from config.roles import sync_roles

    reverse("wagtailadmin_home")  # loads the admin hooks, which register the snippets
    create_extra_permissions(apps.get_app_config("wagtailsnippets"))
    sync_roles()
    return _user("compliance.officer", "Compliance reviewers")


@pytest.fixture
def brand_manager(db):
    return _user("brand.manager", "Brand managers")


@pytest.fixture
def in_review(nordvik):
    design = factories.design(publish=False, front=risky_front())
    state = Workflow.objects.get(name="Insert approval").start(design, user=None)
    state.refresh_from_db()
    return design, state


def _action_url(design, state, action):
    return (
        f"/admin/snippets/inserts/insertdesign/workflow/action/{design.pk}/{action}/"
        f"{state.current_task_state.pk}/"
    )


def _sign_off(client, user, design, state, *, confirm=None, sha256=None):
    check = gate.design_check(design.get_latest_revision_as_object())
    keys = [r.key for r in check.risks]
    client.force_login(user)
    return client.post(
        _action_url(design, state, "sign_off"),
        {
            "shown": keys,
            "confirmed": keys if confirm is None else confirm,
            "text_sha256": sha256 or check.text_sha256,
            "comment": "Neutral request to every buyer.",
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def test_a_held_design_is_saved_and_previewed_but_not_published(client, brand_manager, nordvik):
    design = factories.design(publish=False, front=risky_front())
    revision = design.save_revision()
    check = gate.design_check(design)
    assert check.held and not check.findings
    assert "risks.review.mention" in {r.rule_id for r in check.risks}
    assert check.risks[0].location.startswith("Front · Paragraph 1")
    with pytest.raises(gate.InsertHeld):
        revision.publish()
    design.refresh_from_db()
    assert not design.live
    client.force_login(brand_manager)
    response = client.get(
        f"/admin/snippets/inserts/insertdesign/history/{design.pk}/revisions/{revision.pk}/view/"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="held-design"' in html and "Held for review" in html
    assert "<mark>review</mark>" in html and 'class="sheet"' in html  # the card is rendered


def test_the_workflow_holds_the_design_for_a_reviewer_who_confirms_each_risk(
    in_review, reviewer, brand_manager
):
    design, state = in_review
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    policy_step = state.task_states.get(task__name="Insert policy check")
    assert policy_step.status == "approved" and "Held for review" in policy_step.comment
    task = state.current_task_state.task.specific
    assert isinstance(task, InsertReviewTask)
    assert [a[0] for a in task.get_actions(design, reviewer)] == ["reject", "sign_off"]
    assert task.get_actions(design, brand_manager) == []
    assert ComplianceCase.objects.get().outcome == "pending"


def test_a_held_design_cannot_be_printed_until_a_reviewer_signs_it_off(
    client, in_review, reviewer, nordvik
):
    design, state = in_review
    _, skus = nordvik
    factories.force_live(design)  # even live behind the workflow's back, it does not print
    with pytest.raises(gate.InsertHeld):
        services.printrun_create(design=design, skus=skus, profile=design.profile)
    assert not PrintRun.objects.exists()

    response = _sign_off(client, reviewer, design, state)
    assert response.status_code == 200 and '"step": "success"' in response.content.decode()
    design.refresh_from_db()
    assert design.live
    sign_off = DesignSignOff.objects.get()
    assert sign_off.reviewer == reviewer and len(sign_off.risks) == 2
    run = services.printrun_create(design=design, skus=skus, profile=design.profile)
    assert run.sign_off == sign_off and run.sign_off.reviewer == reviewer
    case = ComplianceCase.objects.get()
    assert case.outcome == "approved" and case.policy == "insert" and case.reviewer == reviewer


def test_every_risk_must_be_confirmed(client, in_review, reviewer):
    design, state = in_review
    first = gate.design_check(design).risks[0].key
    response = _sign_off(client, reviewer, design, state, confirm=[first])
    assert "not confirmed" in response.content.decode()
    design.refresh_from_db()
    assert not design.live and not DesignSignOff.objects.exists()


def test_only_a_compliance_reviewer_signs_off(client, in_review, brand_manager):
    design, state = in_review
    response = _sign_off(client, brand_manager, design, state)
    assert response.status_code == 403
    with pytest.raises(PermissionDenied):
        holds.design_sign_off(
            design=design,
            user=brand_manager,
            confirmed=[r.key for r in gate.design_check(design).risks],
            text_sha256=gate.design_check(design).text_sha256,
        )
    design.refresh_from_db()
    assert not design.live and not DesignSignOff.objects.exists()


def test_a_plain_approval_of_a_held_design_is_refused(client, in_review, reviewer):
    design, state = in_review
    client.force_login(reviewer)
    response = client.post(
        _action_url(design, state, "approve"), headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 403
    design.refresh_from_db()
    assert not design.live


def test_a_sign_off_covers_exactly_the_texts_read(client, in_review, reviewer, nordvik):
    design, state = in_review
    _, skus = nordvik
    stale = gate.design_check(design).text_sha256
    design.front = risky_front("Tell us how the headlamp does and leave a review if you like.")
    design.save_revision()
    response = _sign_off(client, reviewer, design, state, sha256=stale)
    assert response.status_code == 403
    assert not DesignSignOff.objects.exists()
    # Signed off as it now reads, then changed and forced live: the new texts are not covered.
    assert _sign_off(client, reviewer, design, state).status_code == 200
    design.refresh_from_db()
    factories.force_live(design, front=risky_front("Please leave a review once you used it."))
    with pytest.raises(gate.InsertHeld):
        services.printrun_create(design=design, skus=skus, profile=design.profile)


def test_the_render_task_refuses_a_held_design_nobody_signed_off(nordvik, immediate_tasks):
    _, skus = nordvik
    design = factories.force_live(factories.design(), front=risky_front())
    run = PrintRun.objects.create(
        design=design, design_revision=design.live_revision, profile=design.profile,
        profile_snapshot=design.profile.snapshot(),
    )  # fmt: skip
    run.skus.set(skus)
    print_run_render_task.enqueue(run.pk)
    run.refresh_from_db()
    assert run.status == PrintRun.Status.FAILED and "compliance reviewer" in run.message
    assert not run.pdf and not ShortCode.objects.exists()


def test_requesting_changes_labels_the_case_with_a_category(client, in_review, reviewer):
    design, state = in_review
    client.force_login(reviewer)
    response = client.post(
        _action_url(design, state, "reject"),
        {"comment": "Reads as fishing for good reviews.", "category": "review_solicitation"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    case = ComplianceCase.objects.get()
    assert case.outcome == "rejected" and case.categories == ["review_solicitation"]


def test_own_store_designs_are_never_held(nordvik):
    design = factories.design(channel="owned_store", front=risky_front())
    assert design.live  # published without review: the owned store has no hold
    assert not gate.design_check(design).risks
