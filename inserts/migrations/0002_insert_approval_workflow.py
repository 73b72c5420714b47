"""The "Insert approval" workflow for insert designs: the automatic insert-policy check, then a
review by the Compliance reviewers. Administrators may change it in Settings → Workflows; the
policy gate at publishing and printing holds whatever they do."""

from django.db import migrations

WORKFLOW = "Insert approval"
POLICY_TASK = "Insert policy check"
REVIEW_TASK = "Compliance review of inserts"
REVIEWERS = "Compliance reviewers"


def create(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    InsertPolicyTask = apps.get_model("inserts", "InsertPolicyTask")

    design_type, _ = ContentType.objects.get_or_create(app_label="inserts", model="insertdesign")
    if WorkflowContentType.objects.filter(content_type=design_type).exists():
        return
    policy_type, _ = ContentType.objects.get_or_create(
        app_label="inserts", model="insertpolicytask"
    )
    review_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    policy = InsertPolicyTask.objects.create(name=POLICY_TASK, content_type=policy_type)
    review = GroupApprovalTask.objects.create(name=REVIEW_TASK, content_type=review_type)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    review.groups.add(reviewers)
    WorkflowTask.objects.create(workflow=workflow, task=policy, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=1)
    WorkflowContentType.objects.create(content_type=design_type, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("inserts", "0001_initial"),
        ("config", "0001_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
