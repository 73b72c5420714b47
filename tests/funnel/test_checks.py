from funnel.checks import webhook_secret_check


def test_production_with_an_esp_and_no_webhook_secret_fails_the_deploy_check(settings):
    settings.DEBUG = False
    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}}
    settings.ANYMAIL = {"POSTMARK_SERVER_TOKEN": "x"}
    assert [e.id for e in webhook_secret_check(None)] == ["funnel.E001"]
    settings.ANYMAIL = {"POSTMARK_SERVER_TOKEN": "x", "WEBHOOK_SECRET": "u:p"}
    assert webhook_secret_check(None) == []


def test_development_and_non_esp_mailers_need_no_webhook_secret(settings):
    settings.ANYMAIL = {}
    settings.DEBUG = True
    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}}
    assert webhook_secret_check(None) == []
    settings.DEBUG = False
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}}
    assert webhook_secret_check(None) == []
