"""Settings come from the environment: embedded defaults with none set, production by variables,
and production refuses to start on a development secret."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k" * 20 + "-production-secret-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "care.brand.example",
    "SITE_URL": "https://care.brand.example",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "MAILER": "postmark",
    "ANYMAIL_POSTMARK_SERVER_TOKEN": "token",
    "ANYMAIL_WEBHOOK_SECRET": "hooks:long-random-secret",
    "DEFAULT_FROM_EMAIL": "Brand <care@brand.example>",
    "BEHIND_TLS_PROXY": "true",
    "TRUSTED_PROXY_COUNT": "1",
    "SECRETS_ENCRYPTION_KEY": "8l1Jx0gC1V0m0b6o2k3Yp2qS0h7dV1rX4nN9sZcQeAo=",
}


def clean_env(**overrides):
    env = {
        k: v for k, v in os.environ.items() if k not in PRODUCTION and not k.startswith("ANYMAIL_")
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(overrides)
    return env


def settings_in_subprocess(tmp_path, **env):
    code = (
        "import json, django; from django.conf import settings; django.setup();"
        "print(json.dumps({'db': settings.DATABASES['default']['ENGINE'],"
        "'db_name': str(settings.DATABASES['default']['NAME']),"
        "'tasks': settings.TASKS['default']['BACKEND'],"
        "'cache': settings.CACHES['default']['BACKEND'],"
        "'mailer': settings.MAILERS['default']['BACKEND'],"
        "'mail_path': settings.MAILERS['default'].get('OPTIONS', {}).get('file_path', ''),"
        "'media': str(settings.MEDIA_ROOT), 'debug': settings.DEBUG, 'anymail': settings.ANYMAIL}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_env(
            DJANGO_SETTINGS_MODULE="config.settings", BRIDGECARD_VAR_DIR=str(tmp_path), **env
        ),
        capture_output=True,
        text=True,
        timeout=300,  # bounds a hang only
    )
    return result


def test_embedded_default_needs_no_services(tmp_path):
    result = settings_in_subprocess(tmp_path)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["db"] == "django.db.backends.sqlite3"
    assert values["db_name"].startswith(str(tmp_path))
    assert values["tasks"] == "django_tasks_db.DatabaseBackend"
    assert values["mailer"] == "django.core.mail.backends.filebased.EmailBackend"
    assert values["mail_path"] == str(tmp_path / "mail")
    assert values["media"] == str(tmp_path / "media")
    assert values["debug"] is True


def test_variables_switch_to_postgres_redis_rq_and_an_esp(tmp_path):
    result = settings_in_subprocess(tmp_path, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["db"] == "django.db.backends.postgresql"
    assert values["tasks"] == "django_tasks_rq.RQBackend"
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert values["mailer"] == "anymail.backends.postmark.EmailBackend"
    assert values["anymail"] == {
        "POSTMARK_SERVER_TOKEN": "token",
        "WEBHOOK_SECRET": "hooks:long-random-secret",
    }
    assert values["debug"] is False


def test_production_without_a_secret_key_fails_loudly(tmp_path):
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = settings_in_subprocess(tmp_path, **env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_a_negative_proxy_count_is_refused(tmp_path):
    result = settings_in_subprocess(tmp_path, TRUSTED_PROXY_COUNT="-1")
    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT must be 0 or more" in result.stderr


def test_a_malformed_boolean_is_refused(tmp_path):
    result = settings_in_subprocess(tmp_path, DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def run_deploy_check(tmp_path, **env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean_env(BRIDGECARD_VAR_DIR=str(tmp_path), **env),
        capture_output=True,
        text=True,
        timeout=300,  # bounds a hang only
    )


@pytest.mark.slow
def test_check_deploy_is_silent_with_production_settings(tmp_path):
    result = run_deploy_check(tmp_path, **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    "override,code",
    [
        ({"SITE_URL": "http://care.brand.example"}, "bridgecard.E001"),
        ({"SITE_URL": "https://localhost"}, "bridgecard.E002"),
        ({"MAILER": "file"}, "bridgecard.E003"),
        ({"DEFAULT_FROM_EMAIL": "webmaster@localhost"}, "bridgecard.E004"),
        ({"DATABASE_URL": ""}, "bridgecard.W001"),
        ({"ANYMAIL_WEBHOOK_SECRET": ""}, "funnel.E001"),
        ({"TRUSTED_PROXY_COUNT": ""}, "bridgecard.W002"),
        ({"TRUSTED_PROXY_COUNT": "0"}, "bridgecard.W003"),
        ({"SECRETS_ENCRYPTION_KEY": ""}, "bridgecard.W004"),
    ],
)
def test_check_deploy_refuses_development_defaults(tmp_path, override, code):
    env = {**PRODUCTION, **override}
    env = {k: v for k, v in env.items() if v}
    result = run_deploy_check(tmp_path, **env)
    assert result.returncode != 0
    assert code in result.stdout + result.stderr
