"""Production safety as system checks.

There is one settings module; what keeps a production deployment from running on development
defaults is this file. ``manage.py check --deploy`` runs the checks tagged ``deploy``.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

DEV_MAILERS = {
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "example.com"}  # noqa: S104


@register(Tags.security, deploy=True)
def check_public_url(app_configs, **kwargs):
    """Printed QR codes carry SITE_URL for as long as the paper exists."""
    url = urlsplit(settings.SITE_URL)
    errors = []
    if url.scheme != "https":
        errors.append(
            Error(
                "SITE_URL must be an https:// address in production.",
                hint="QR codes print SITE_URL; set it to the public https address you will keep.",
                id="bridgecard.E001",
            )
        )
    if (url.hostname or "") in LOCAL_HOSTS:
        errors.append(
            Error(
                f"SITE_URL points at {url.hostname!r}, which no customer can reach.",
                hint="Set SITE_URL to the public address of the site.",
                id="bridgecard.E002",
            )
        )
    return errors


@register(Tags.security, deploy=True)
def check_mailer(app_configs, **kwargs):
    backend = settings.MAILERS.get("default", {}).get("BACKEND", "")
    if backend in DEV_MAILERS:
        return [
            Error(
                f"The mailer {backend.rsplit('.', 2)[-2]!r} never delivers mail to customers.",
                hint="Set MAILER to smtp or a django-anymail ESP (postmark, mailgun, …).",
                id="bridgecard.E003",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_sender(app_configs, **kwargs):
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >").lower()
    if domain in LOCAL_HOSTS or "." not in domain:
        return [
            Error(
                "DEFAULT_FROM_EMAIL uses a local address; providers reject or spam-file such mail.",
                hint='Set DEFAULT_FROM_EMAIL, e.g. "Brand <care@brand.example>".',
                id="bridgecard.E004",
            )
        ]
    return []


@register(deploy=True)
def check_database(app_configs, **kwargs):
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        return [
            Warning(
                "The database is SQLite.",
                hint="Fine for one machine; set DATABASE_URL to PostgreSQL for several web "
                "instances or workers on other machines.",
                id="bridgecard.W001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_webhooks(app_configs, **kwargs):
    """Every mounted provider webhook asks for a password, can verify what it receives, and is
    one anymail has (``config/webhooks.py``), whatever MAILER sends with."""
    import warnings

    from core.anymail_webhooks import INBOUND, TRACKING, providers

    from .webhooks import SETTING, configured_providers, mounted_webhooks, webhook_secret_set

    errors = []
    for kind in (INBOUND, TRACKING):
        unknown = sorted(set(configured_providers(kind)) - providers(kind))
        if unknown:
            errors.append(
                Error(
                    f"{SETTING[kind]} names providers without such a webhook: "
                    f"{', '.join(unknown)}.",
                    hint=f"Use django-anymail's names: {', '.join(sorted(providers(kind)))}.",
                    id="bridgecard.E007",
                )
            )
    mounted = mounted_webhooks()
    if mounted and not webhook_secret_set():
        paths = ", ".join(sorted({f"/anymail/{w.pattern.pattern}" for w in mounted}))
        errors.append(
            Error(
                f"Webhooks are mounted without ANYMAIL_WEBHOOK_SECRET ({paths}): they would "
                "accept posts from anyone, so they answer 404 until it is set.",
                hint="Set ANYMAIL_WEBHOOK_SECRET=user:password and put it in the provider's "
                "webhook URL (https://user:password@your.site/anymail/…), or empty "
                "INBOUND_MAIL_PROVIDERS / MAIL_TRACKING_PROVIDERS.",
                id="bridgecard.E005",
            )
        )
    for webhook in {w.view_class: w for w in mounted}.values():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                webhook.view_class()
        except Exception as error:  # the view refuses its configuration: say which and why
            errors.append(
                Error(
                    f"The {webhook.esp} {webhook.kind} webhook is mounted but not configured: "
                    f"{error}",
                    hint="Set the provider's ANYMAIL_* webhook setting, or leave the provider "
                    "out of INBOUND_MAIL_PROVIDERS / MAIL_TRACKING_PROVIDERS.",
                    id="bridgecard.E006",
                )
            )
    return errors


@register(Tags.security, deploy=True)
def check_proxy_count(app_configs, **kwargs):
    """Rate limits, login lockouts and consent evidence key on the client's network address.
    Behind a proxy that is the proxy's unless ``TRUSTED_PROXY_COUNT`` says how many there are:
    every visitor would then share one limit, and one busy hour lock everyone out."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", None)
    if count is None:
        return [
            Warning(
                "TRUSTED_PROXY_COUNT is not set: rate limits would key on a proxy's address "
                "if the site runs behind a load balancer or CDN.",
                hint="Set TRUSTED_PROXY_COUNT to the number of proxies in front of the site "
                "that append to X-Forwarded-For (0 when clients connect directly).",
                id="bridgecard.W002",
            )
        ]
    if count == 0 and getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        return [
            Warning(
                "The site runs behind a TLS proxy (BEHIND_TLS_PROXY) but TRUSTED_PROXY_COUNT "
                "is 0: rate limits would key on the proxy's address, shared by every visitor.",
                hint="Set TRUSTED_PROXY_COUNT to the number of proxies in front of the site.",
                id="bridgecard.W003",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_shopify(app_configs, **kwargs):
    """The fake store's address is for tests and the demo; production talks to
    ``https://<shop>.myshopify.com`` only, so a token never goes anywhere else."""
    if settings.SHOPIFY_API_BASE_URL:
        return [
            Error(
                "SHOPIFY_API_BASE_URL is set: it points the Shopify client away from "
                "myshopify.com (tests and the demo only).",
                hint="Unset SHOPIFY_API_BASE_URL in production.",
                id="bridgecard.E008",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_secrets_key(app_configs, **kwargs):
    if not settings.SECRETS_ENCRYPTION_KEY:
        return [
            Warning(
                "SECRETS_ENCRYPTION_KEY is not set: credentials stored in the admin (the "
                "Shopify access token, Amazon refresh tokens) are encrypted with a key derived "
                "from SECRET_KEY.",
                hint="Set SECRETS_ENCRYPTION_KEY to a Fernet key of its own, so that rotating "
                "SECRET_KEY does not make stored credentials unreadable (core/secrets.py).",
                id="bridgecard.W004",
            )
        ]
    return []
