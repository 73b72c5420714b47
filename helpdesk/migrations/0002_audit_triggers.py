from django.db import migrations

from helpdesk import audit_guard


def install(apps, schema_editor):
    audit_guard.install(schema_editor.connection, audit_guard.GUARDS_BEFORE_HELD_REPLIES)


def remove(apps, schema_editor):
    audit_guard.remove(schema_editor.connection, audit_guard.GUARDS_BEFORE_HELD_REPLIES)


class Migration(migrations.Migration):
    dependencies = [("helpdesk", "0001_initial")]

    operations = [migrations.RunPython(install, remove)]
