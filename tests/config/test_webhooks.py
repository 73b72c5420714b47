"""Only the providers a deployment uses have webhooks, and every one of them asks for a password:
other provider URLs answer 404, a webhook without ANYMAIL_WEBHOOK_SECRET accepts nothing, and
``check --deploy`` refuses such a setup whatever MAILER is."""

import base64
import json

import pytest

from helpdesk.models import Message
from tests.config.test_settings import PRODUCTION, run_deploy_check

pytestmark = pytest.mark.django_db

SECRET = "hooks:s3cret-webhook-pass"
AUTH = {"authorization": "Basic " + base64.b64encode(SECRET.encode()).decode()}

POSTMARK_MAIL = {
    "FromFull": {"Email": "ada@example.org", "Name": "Ada", "MailboxHash": ""},
    "ToFull": [{"Email": "care@nordvik.example", "Name": "", "MailboxHash": ""}],
    "Subject": "Hello",
    "MessageID": "8d1c1f0e-7f0b-4c55-9d0a-2a1b3c4d5e6f",
    "TextBody": "Hello",
    "Headers": [{"Name": "Message-ID", "Value": "<hello@example.org>"}],
}


@pytest.fixture
def postmark_only(settings):
    settings.INBOUND_MAIL_PROVIDERS = ["postmark"]
    settings.MAIL_TRACKING_PROVIDERS = ["postmark"]
    settings.ANYMAIL = {"WEBHOOK_SECRET": SECRET}


def post(client, url, data=None, **headers):
    return client.post(
        url, data=json.dumps(data or {}), content_type="application/json", headers=headers
    )


def test_the_configured_provider_receives_mail(client, postmark_only):
    assert post(client, "/anymail/postmark/inbound/", POSTMARK_MAIL, **AUTH).status_code == 200
    assert Message.objects.count() == 1


@pytest.mark.parametrize(
    "url",
    [
        "/anymail/mailgun/inbound/",
        "/anymail/mailgun/inbound_mime/",
        "/anymail/mailgun/tracking/",
        "/anymail/sendgrid/inbound/",
        "/anymail/amazon_ses/tracking/",
        "/anymail/mandrill/",
    ],
)
def test_providers_not_configured_answer_404(client, postmark_only, url):
    assert post(client, url, **AUTH).status_code == 404


def test_a_webhook_without_a_secret_accepts_nothing(client, settings):
    settings.INBOUND_MAIL_PROVIDERS = ["postmark"]
    settings.ANYMAIL = {}
    assert post(client, "/anymail/postmark/inbound/", POSTMARK_MAIL).status_code == 404
    assert not Message.objects.exists()


def test_without_inbound_providers_no_inbound_webhook_is_mounted(client, settings):
    settings.INBOUND_MAIL_PROVIDERS = []
    settings.ANYMAIL = {"WEBHOOK_SECRET": SECRET}
    response = post(client, "/anymail/postmark/inbound/", POSTMARK_MAIL, **AUTH)
    assert response.status_code == 404
    assert not Message.objects.exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    "override,code",
    [
        # SMTP sends the mail, Postmark receives it: the inbound webhook still needs a password.
        ({"MAILER": "smtp", "INBOUND_MAIL_PROVIDERS": "postmark"}, "bridgecard.E005"),
        # Mailgun's inbound webhook cannot verify a post without its signing key.
        (
            {
                "MAILER": "smtp",
                "INBOUND_MAIL_PROVIDERS": "mailgun",
                "ANYMAIL_WEBHOOK_SECRET": "hooks:secret",
            },
            "bridgecard.E006",
        ),
        (
            {"INBOUND_MAIL_PROVIDERS": "postmark,nosuchmail", "ANYMAIL_WEBHOOK_SECRET": "h:s"},
            "bridgecard.E007",
        ),
    ],
)
def test_check_deploy_refuses_an_open_or_unknown_webhook(tmp_path, override, code):
    env = {k: v for k, v in PRODUCTION.items() if not k.startswith("ANYMAIL_")}
    env.update(override)
    result = run_deploy_check(tmp_path, **env)
    assert result.returncode != 0
    assert code in result.stdout + result.stderr


@pytest.mark.slow
def test_check_deploy_is_silent_with_smtp_and_no_webhook(tmp_path):
    env = {k: v for k, v in PRODUCTION.items() if not k.startswith("ANYMAIL_")}
    env["MAILER"] = "smtp"
    result = run_deploy_check(tmp_path, **env)
    assert result.returncode == 0, result.stdout + result.stderr
