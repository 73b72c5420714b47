"""In Chromium: a Compliance reviewer opens a design the insert policy holds for review, sees
each risk under the real PDF preview, and approves it for printing by confirming each risk in
the moderation step.

Screenshots (``tests.browser.shots``): the held design's preview and the sign-off dialog.
"""

from importlib import import_module

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from inserts.models import DesignSignOff
from tests.browser.shots import shot

from . import factories
from .test_admin_browser import ensure_wagtail_root

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RISKY = "Would you consider leaving a review for the headlamp? Every opinion helps other buyers."


@pytest.fixture
def reviewer(db):
    from django.apps import apps
    from django.urls import reverse
    from wagtail.snippets.models import create_extra_permissions

    from config.roles import sync_roles

    reverse("wagtailadmin_home")  # the admin hooks register the snippets (publish permission)
    create_extra_permissions(apps.get_app_config("wagtailsnippets"))
    sync_roles()
    user = get_user_model().objects.create_user("compliance.officer", password="staff-pass-123")
    user.groups.add(Group.objects.get(name="Compliance reviewers"))
    return user


def ensure_insert_approval_workflow() -> None:
    """The workflow comes from data migrations; a flush by an earlier transactional test on the
    same worker removes it, so put it back the way the migrations made it."""
    from django.apps import apps

    if Workflow.objects.filter(name="Insert approval").exists():
        return
    for name, step in (
        ("0002_insert_approval_workflow", "create"),
        ("0005_held_designs", "use_the_review_task"),
    ):
        getattr(import_module(f"inserts.migrations.{name}"), step)(apps, None)


def test_a_reviewer_signs_off_each_risk_of_a_held_design(live_server, page, reviewer):
    ensure_wagtail_root()
    ensure_insert_approval_workflow()
    design = factories.design(publish=False, front=factories.front(paragraph=RISKY))
    Workflow.objects.get(name="Insert approval").start(design, user=None)

    page.set_viewport_size({"width": 1440, "height": 1000})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "compliance.officer")
    page.fill("input[name=password]", "staff-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/snippets/inserts/insertdesign/edit/{design.pk}/")
    page.get_by_role("tab", name="Front").wait_for()
    page.locator("[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.locator("img.sheet").wait_for()
    held = frame.locator("#held-design")
    held.wait_for()
    assert "Held for review" in held.inner_text()
    assert frame.locator("#held-design mark").first.inner_text() == "review"
    shot(page, "held-insert-design.png", full_page=False)

    # The moderation step offers no plain approval, only the sign-off of each risk.
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    assert page.get_by_role("button", name="Approve", exact=True).count() == 0
    page.get_by_role("button", name="Confirm each risk and approve").click()
    dialog = page.locator(".inserts-sign-off")
    dialog.wait_for()
    boxes = dialog.locator("input[name=confirmed]")
    assert boxes.count() == 2
    boxes.first.check()
    shot(page, "held-insert-sign-off.png", full_page=False)
    dialog.get_by_role("button", name="Confirm each risk and approve").click()
    dialog.locator("text=not confirmed").wait_for()  # one risk left: refused, nothing approved
    assert not DesignSignOff.objects.exists()
    for box in dialog.locator("input[name=confirmed]").all():
        box.check()
    dialog.get_by_role("button", name="Confirm each risk and approve").click()
    page.wait_for_url("**/admin/snippets/inserts/insertdesign/**")
    page.wait_for_function("() => !document.querySelector('.inserts-sign-off')", timeout=90_000)
    sign_off = DesignSignOff.objects.get()
    assert sign_off.reviewer == reviewer and len(sign_off.risks) == 2
    design.refresh_from_db()
    assert design.live
