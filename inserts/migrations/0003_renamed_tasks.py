"""Tasks of this app were renamed; stored task rows follow (see ``core.task_renames``)."""

from django.db import migrations

from core.task_renames import TASK_TABLE_MIGRATION, rename_tasks


class Migration(migrations.Migration):
    dependencies = [("inserts", "0002_insert_approval_workflow"), TASK_TABLE_MIGRATION]

    operations = [
        rename_tasks({"inserts.tasks.render_print_run": "inserts.tasks.print_run_render_task"})
    ]
