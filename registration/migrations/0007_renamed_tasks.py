"""Tasks of this app were renamed; stored task rows follow (see ``core.task_renames``)."""

from django.db import migrations

from core.task_renames import TASK_TABLE_MIGRATION, rename_tasks


class Migration(migrations.Migration):
    dependencies = [("registration", "0006_shortcode_retired_by"), TASK_TABLE_MIGRATION]

    operations = [
        rename_tasks(
            {
                "registration.tasks.send_registration_confirmation": (
                    "registration.tasks.registration_confirmation_send_task"
                ),
                "registration.tasks.send_double_opt_in": "registration.tasks.double_opt_in_send_task",
                "registration.tasks.send_data_link": "registration.tasks.data_link_mail_send_task",
            }
        )
    ]
