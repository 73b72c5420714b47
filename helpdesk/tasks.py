"""Background work of the helpdesk: ids in, one service call out."""

from django.tasks import task

from registration.tasks import mail_retry_later

from .services.claims import claim_acknowledgement_send
from .services.replies import reply_deliver, ticket_acknowledge


@task(queue_name="mail")
def reply_deliver_task(message_id: int) -> None:
    """Deliver one reply the send gate allowed (``services.replies.reply_deliver``)."""
    reply_deliver(message_id=message_id)


@task(queue_name="mail")
def ticket_acknowledge_task(ticket_id: int) -> None:
    """Send a new ticket's automatic acknowledgement (``services.replies.ticket_acknowledge``)."""
    ticket_acknowledge(ticket_id=ticket_id)


@task(queue_name="mail")
def claim_acknowledgement_send_task(*, ticket_id: int, attempt: int = 1) -> bool:
    """Acknowledge a warranty claim (``services.claims.claim_acknowledgement_send``); a
    transient mail error sends the task again later, as the registration mails do."""
    try:
        return claim_acknowledgement_send(ticket_id=ticket_id)
    except Exception as error:
        mail_retry_later(claim_acknowledgement_send_task, error, attempt, ticket_id=ticket_id)
        return False
