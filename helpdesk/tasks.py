"""Background work of the helpdesk: ids in, one service call out."""

from django.tasks import task

from . import services


@task(queue_name="mail")
def reply_deliver_task(message_id: int) -> None:
    """Deliver one reply the send gate allowed (``services.reply_deliver``)."""
    services.reply_deliver(message_id=message_id)
