"""A migration operation for renamed tasks.

Rows the database task backend holds (waiting, or kept as results someone looks up) name their
task by import path; after a task is renamed, those rows must point at the new path or they no
longer run or load. Jobs waiting in Redis (the RQ backend) keep the name they were enqueued with:
let the workers empty the queues before deploying such a migration.
"""

from collections.abc import Callable

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

#: The migration of django-tasks-db that a renaming migration must run after.
TASK_TABLE_MIGRATION = ("django_tasks_database", "0021_conditional_partial_index_ordering")


def _rename(mapping: dict[str, str]) -> Callable[[Apps, BaseDatabaseSchemaEditor], None]:
    def run(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        results = apps.get_model("django_tasks_database", "DBTaskResult").objects.using(
            schema_editor.connection.alias
        )
        for old, new in mapping.items():
            results.filter(task_path=old).update(task_path=new)

    return run


def rename_tasks(renamed: dict[str, str]) -> migrations.RunPython:
    """Point stored task rows from the old import paths (keys) at the new ones (values), and
    back when the migration is reversed."""
    return migrations.RunPython(
        _rename(renamed), _rename({new: old for old, new in renamed.items()})
    )
