"""The load balancer's health check reaches every instance over plain HTTP, by its address."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_security(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["care.brand.example"]


def test_healthz_answers_a_plain_http_check_by_the_instances_address(client, production_security):
    for method in ("get", "head"):
        response = getattr(client, method)("/healthz", HTTP_HOST="10.0.3.7")
        assert response.status_code == 200
    assert client.get("/healthz", HTTP_HOST="10.0.3.7").json() == {"status": "ok"}
    assert "no-cache" in client.get("/healthz")["Cache-Control"]


def test_everything_else_still_goes_to_https_on_a_known_host(client, production_security):
    redirect = client.get("/r/", HTTP_HOST="care.brand.example")
    assert redirect.status_code == 301
    assert redirect["Location"] == "https://care.brand.example/r/"
    assert client.get("/r/", HTTP_HOST="10.0.3.7").status_code == 400
    assert client.get("/healthz/x", HTTP_HOST="care.brand.example").status_code == 301
