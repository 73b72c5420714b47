from django.contrib.auth.management import create_permissions
from django.db import migrations

from config.roles import sync_roles


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; make this project's now so the
    # groups hold them from the start (Wagtail's come in post_migrate, see config.roles).
    for label in ("catalog", "customers"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_roles(apps, include_tree=False)


def remove_roles(apps, schema_editor):
    from config.roles import ROLES

    apps.get_model("auth", "Group").objects.filter(name__in=list(ROLES)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtaildocs", "0001_initial"),
        ("wagtailimages", "0001_initial"),
        ("catalog", "0001_initial"),
        ("customers", "0002_consent_ledger_triggers"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
