from django.db import migrations

from registration import db_guard


def install(apps, schema_editor):
    db_guard.install(schema_editor.connection)


def remove(apps, schema_editor):
    db_guard.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("registration", "0003_pages_consent_texts_scans")]

    operations = [migrations.RunPython(install, remove)]
