"""Background work of the inserts app (ids in, one service call)."""

from django.tasks import task

from . import services


@task(queue_name="render")
def print_run_render_task(run_id: int) -> None:
    services.printrun_render(run_id=run_id)
