"""Tasks of this app were renamed; stored task rows follow (see ``core.task_renames``)."""

from django.db import migrations

from core.task_renames import TASK_TABLE_MIGRATION, rename_tasks


def forget_last_tick(apps, schema_editor):
    # The tick remembers the result it enqueued last and looks it up by id; a result of an old
    # name cannot load from a queue outside the database (RQ), so start afresh: at worst one
    # extra dispatch is enqueued, and dispatching is idempotent.
    apps.get_model("funnel", "DispatchState").objects.using(
        schema_editor.connection.alias
    ).update(task_result_id="")


class Migration(migrations.Migration):
    dependencies = [("funnel", "0006_enrolment_ended_by"), TASK_TABLE_MIGRATION]

    operations = [
        rename_tasks(
            {
                "funnel.tasks.dispatch_due_deliveries": "funnel.tasks.deliveries_dispatch_task",
                "funnel.tasks.enrol_after_consent": "funnel.tasks.enrolments_for_consent_task",
                "funnel.tasks.enrol_after_registration": (
                    "funnel.tasks.enrolments_for_registration_task"
                ),
            }
        ),
        migrations.RunPython(forget_last_tick, migrations.RunPython.noop),
    ]
