"""Tasks of this app were renamed; rows the database task backend holds (waiting, or kept as
results the tick looks up) point at the new names, so they still run and still load. Jobs waiting in Redis (the RQ
backend) keep the name they were enqueued with: let the workers empty the queues before
deploying this."""

from django.db import migrations

RENAMED = {
    "registration.tasks.send_registration_confirmation": "registration.tasks.registration_confirmation_send_task",
    "registration.tasks.send_double_opt_in": "registration.tasks.double_opt_in_send_task",
    "registration.tasks.send_data_link": "registration.tasks.data_link_mail_send_task",
}


def _rename(apps, schema_editor, mapping):
    task_results = apps.get_model("django_tasks_database", "DBTaskResult").objects.using(
        schema_editor.connection.alias
    )
    for old, new in mapping.items():
        task_results.filter(task_path=old).update(task_path=new)


def forwards(apps, schema_editor):
    _rename(apps, schema_editor, RENAMED)


def backwards(apps, schema_editor):
    _rename(apps, schema_editor, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("registration", "0006_shortcode_retired_by"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
