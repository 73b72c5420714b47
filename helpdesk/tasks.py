"""Background work of the helpdesk: ids in, one service call out."""

from django.tasks import task

from . import services


@task(queue_name="mail")
def reply_deliver_task(message_id: int) -> None:
    """Deliver one reply the send gate allowed (``services.reply_deliver``)."""
    services.reply_deliver(message_id=message_id)


@task(queue_name="mail")
def ticket_acknowledge_task(ticket_id: int) -> None:
    """Send a new ticket's automatic acknowledgement (``services.ticket_acknowledge``)."""
    services.ticket_acknowledge(ticket_id=ticket_id)
