"""Background work: each task loads by id and calls one service (``registration.services``)."""

from django.tasks import task

from . import services


@task(queue_name="mail")
def send_registration_confirmation(*, registration_id: int, grant_ids: list[int]) -> bool:
    return services.registration_confirmation_send(
        registration_id=registration_id, grant_ids=grant_ids
    )


@task(queue_name="mail")
def send_double_opt_in(*, customer_id: int, identity_id: int, grant_ids: list[int]) -> None:
    services.double_opt_in_send(
        customer_id=customer_id, identity_id=identity_id, grant_ids=grant_ids
    )


@task(queue_name="mail")
def send_data_link(*, customer_id: int, locale: str) -> None:
    services.data_link_mail_send(customer_id=customer_id, locale=locale)
