"""The transactional registration mails survive a provider outage: a transient error sends the
task again later (deferred, with backoff) through the real database task worker, a permanent one
is not retried, and retries stop after ``REGISTRATION_MAIL_ATTEMPTS``."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from registration import tasks
from registration.models import Registration
from tests.funnel.fakes import FakePostmark

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postmark(settings):
    server = FakePostmark().start()
    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}}
    settings.ANYMAIL = {
        "POSTMARK_SERVER_TOKEN": FakePostmark.token,
        "POSTMARK_API_URL": server.url + "/",
    }
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": settings.TASK_QUEUES,
        }
    }
    yield server
    server.stop()


@pytest.fixture
def registration(client, pages, sku, postmark):
    response = client.post(
        f"{pages['de'].url}register/", {**valid_post(sku), "token": form_token()}
    )
    assert response.status_code == 303
    # The registration enqueued its confirmation; each test sends it itself instead.
    DBTaskResult.objects.all().delete()
    return Registration.objects.get()


def queued():
    return list(
        DBTaskResult.objects.filter(
            status="READY", task_path__endswith="registration_confirmation_send_task"
        ).order_by("enqueued_at")
    )


def run_due_tasks():
    # What the worker process does, in this process: every due task once, then stop.
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    call_command("db_worker", batch=True, queue_name="*", no_startup_delay=True, interval=0)


def test_a_provider_outage_defers_the_certificate_mail_and_the_worker_sends_it_later(
    postmark, registration
):
    postmark.fail_next, postmark.fail_status = 1, 503
    failed_at = timezone.now()
    tasks.registration_confirmation_send_task.call(registration_id=registration.pk, grant_ids=[])
    assert postmark.messages == []
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is None
    [retry] = queued()
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > failed_at + timedelta(seconds=20)  # backoff, not a hot loop

    run_due_tasks()

    assert [m["To"] for m in postmark.messages] == ["anna@example.de"]
    assert postmark.messages[0]["Attachments"][0]["ContentType"] == "application/pdf"
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None
    assert queued() == []
    run_due_tasks()
    assert len(postmark.messages) == 1  # sent once


def test_a_refused_address_is_not_retried(postmark, registration):
    postmark.fail_next, postmark.fail_status = 1, 422
    with pytest.raises(Exception, match="422"):
        tasks.registration_confirmation_send_task.call(
            registration_id=registration.pk, grant_ids=[]
        )
    assert queued() == []
    assert postmark.messages == []


def test_retries_stop_after_the_configured_attempts(postmark, registration, settings):
    settings.REGISTRATION_MAIL_ATTEMPTS = 3
    postmark.fail_next, postmark.fail_status = 100, 503
    tasks.registration_confirmation_send_task.call(registration_id=registration.pk, grant_ids=[])
    run_due_tasks()
    run_due_tasks()
    attempts = DBTaskResult.objects.filter(
        task_path__endswith="registration_confirmation_send_task"
    )
    assert sorted(r.args_kwargs["kwargs"]["attempt"] for r in attempts) == [2, 3]
    assert sorted(r.status for r in attempts) == ["FAILED", "SUCCESSFUL"]
    assert queued() == []
    assert postmark.messages == []
