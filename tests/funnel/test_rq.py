"""The same task code on the Redis backend (django_tasks_rq), with a real RQ worker on Redis."""

import pytest
import redis
from django.utils import timezone

from funnel.models import Delivery
from funnel.services import enrolment_start
from funnel.tasks import deliveries_dispatch_task
from tests.isolation import redis_test_url

from .conftest import make_sequence, marketable

pytestmark = pytest.mark.django_db(transaction=True)

REDIS_URL = redis_test_url(2)


@pytest.fixture
def rq_backend(settings, monkeypatch):
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not running at 127.0.0.1:6379")
    connection.flushdb()
    settings.RQ_QUEUES = {name: {"URL": REDIS_URL} for name in settings.TASK_QUEUES}
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": settings.TASK_QUEUES}
    }
    # django_rq reads RQ_QUEUES once, at import.
    monkeypatch.setattr("django_rq.settings.QUEUES", settings.RQ_QUEUES)
    monkeypatch.setattr("django_rq.queues.QUEUES", settings.RQ_QUEUES, raising=False)
    yield
    connection.flushdb()


def test_a_dispatch_task_runs_on_an_rq_worker(rq_backend, fake_esp, brand):
    import django_rq
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    enrolment_start(
        sequence=make_sequence(brand, steps=1), identity=marketable(), registration=None,
        trigger_key="c",
    )  # fmt: skip
    Delivery.objects.update(due_at=timezone.now())

    result = deliveries_dispatch_task.enqueue()
    queue = django_rq.get_queue("mail", job_class=Job)
    assert queue.count == 1
    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)

    assert len(fake_esp.messages) == 1
    assert Delivery.objects.get().status == Delivery.Status.SENT
    result.refresh()
    assert result.status == "SUCCESSFUL" and result.return_value["sent"] == 1
