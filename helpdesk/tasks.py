"""Background work of the helpdesk: ids in, one service call out."""

from django.tasks import task

from .services.replies import reply_deliver, ticket_acknowledge


@task(queue_name="mail")
def reply_deliver_task(message_id: int) -> None:
    """Deliver one reply the send gate allowed (``services.replies.reply_deliver``)."""
    reply_deliver(message_id=message_id)


@task(queue_name="mail")
def ticket_acknowledge_task(ticket_id: int) -> None:
    """Send a new ticket's automatic acknowledgement (``services.replies.ticket_acknowledge``)."""
    ticket_acknowledge(ticket_id=ticket_id)
