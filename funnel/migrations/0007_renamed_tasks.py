"""Tasks of this app were renamed; rows the database task backend holds (waiting, or kept as
results the tick looks up) point at the new names, so they still run and still load. Jobs waiting in Redis (the RQ
backend) keep the name they were enqueued with: let the workers empty the queues before
deploying this."""

from django.db import migrations

RENAMED = {
    "funnel.tasks.dispatch_due_deliveries": "funnel.tasks.deliveries_dispatch_task",
    "funnel.tasks.enrol_after_consent": "funnel.tasks.enrolments_for_consent_task",
    "funnel.tasks.enrol_after_registration": "funnel.tasks.enrolments_for_registration_task",
}


def _rename(apps, schema_editor, mapping):
    task_results = apps.get_model("django_tasks_database", "DBTaskResult").objects.using(
        schema_editor.connection.alias
    )
    for old, new in mapping.items():
        task_results.filter(task_path=old).update(task_path=new)
    # The tick remembers the result it enqueued last and looks it up by id; a result of the
    # old name cannot load from a queue outside the database (RQ), so start afresh: at worst
    # one extra dispatch is enqueued, and dispatching is idempotent.
    apps.get_model("funnel", "DispatchState").objects.using(
        schema_editor.connection.alias
    ).update(task_result_id="")


def forwards(apps, schema_editor):
    _rename(apps, schema_editor, RENAMED)


def backwards(apps, schema_editor):
    _rename(apps, schema_editor, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("funnel", "0006_enrolment_ended_by"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
