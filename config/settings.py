"""Bridgecard settings, driven by the environment.

With no variables set the site runs on one machine with no services (the *embedded default*):
SQLite in ``var/``, the ``django_tasks_db`` task backend, e-mail written to files in ``var/mail/``
and media in ``var/media/``. Production is chosen by environment variables alone; there is no
second settings module to drift. ``config.checks`` refuses development defaults when ``DEBUG`` is
off, and the README lists every variable.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("BRIDGECARD_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from error


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Production (DEBUG=false) needs a long random SECRET_KEY; "
            'generate one with: python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    # Development only: a random key kept in var/ so sessions survive a restart.
    _key_file = VAR_DIR / "secret_key"
    if not _key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        _key_file.write_text(secrets.token_urlsafe(50))
    SECRET_KEY = _key_file.read_text().strip()

# In DEBUG (development only) any host name, so a phone on the same network can open the demo.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["*"] if DEBUG else [])

# The public base URL printed into QR codes and e-mails. Printed codes live forever, so in
# production this must be the https address the brand will keep (config.checks enforces it).
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

INSTALLED_APPS = [
    # The ground floor comes first: of two apps with a command of the same name the earlier
    # wins, and its ``flush`` (which lifts the database guards) must win over every other.
    "core",
    # Bridgecard, top of the import order first (lower rows never import upper rows).
    "helpdesk",
    "funnel",
    "inserts",
    "registration",
    "amazon",
    "customers",
    "catalog",
    "config",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Background tasks, mail, security
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "anymail",
    "axes",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: the load balancer's plain-HTTP health check passes no redirect or host check.
    "config.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before LocaleMiddleware, so it sees responses after it (see its docstring).
    "config.middleware.DeferredStatusMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware: the brand's register for the request's language.
    "config.middleware.VoiceMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.PublicContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite in var/ unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'bridgecard.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while the task worker writes; a busy timeout instead of
    # "database is locked" errors when both write at once.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's search index uses PostgreSQL full-text search fields there.
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and background tasks: Redis when REDIS_URL is set, embedded otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Every queue a task may name, declared once for both backends (an undeclared queue is refused
# at enqueue time by django_tasks_db and at worker start by RQ).
TASK_QUEUES = ["default", "mail", "render", "sync"]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "bridgecard",
        }
    }
    RQ_QUEUES = {name: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600} for name in TASK_QUEUES}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": TASK_QUEUES}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    RQ_QUEUES = {}
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}

# Mail (Django 6.1 MAILERS). MAILER=file (default), smtp, console, or any django-anymail ESP
# name (postmark, mailgun, sendgrid, amazon_ses, brevo, mailjet, …) with ANYMAIL_* options.
MAILER = os.environ.get("MAILER", "file")
MAIL_DIR = VAR_DIR / "mail"
if MAILER == "file":
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(MAIL_DIR)},
        }
    }
elif MAILER == "console":
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
elif MAILER == "smtp":
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("SMTP_HOST", "localhost"),
                "port": env_int("SMTP_PORT", 587),
                "username": os.environ.get("SMTP_USER", ""),
                "password": os.environ.get("SMTP_PASSWORD", ""),
                "use_tls": env_bool("SMTP_USE_TLS", True),
                "timeout": 30,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": f"anymail.backends.{MAILER}.EmailBackend"}}
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_") and value
}
# Provider webhooks at /anymail/<provider>/… are mounted for the providers named here only
# (config/webhooks.py): inbound mail for the helpdesk, delivery tracking for the funnel. Unset,
# each is MAILER when that is an anymail ESP with such a webhook; every other provider's URL
# answers 404. Every mounted webhook needs ANYMAIL_WEBHOOK_SECRET (check --deploy).
INBOUND_MAIL_PROVIDERS = (
    env_list("INBOUND_MAIL_PROVIDERS", []) if "INBOUND_MAIL_PROVIDERS" in os.environ else None
)
MAIL_TRACKING_PROVIDERS = (
    env_list("MAIL_TRACKING_PROVIDERS", []) if "MAIL_TRACKING_PROVIDERS" in os.environ else None
)
# The largest message each provider delivers to an inbound webhook, in MB (their documented
# maxima); the inbound paths accept posts up to twice that plus 1 MB. Every other path keeps
# Django's DATA_UPLOAD_MAX_MEMORY_SIZE.
INBOUND_MAIL_MAX_MESSAGE_MB = {"postmark": 35, "mailgun": 25, "sendgrid": 30, "default": 25}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Bridgecard <hello@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Klaviyo sync is on when an API key is configured.
KLAVIYO_API_KEY = os.environ.get("KLAVIYO_API_KEY", "")
KLAVIYO_LIST_ID = os.environ.get("KLAVIYO_LIST_ID", "")
KLAVIYO_TEST_HOST = os.environ.get("KLAVIYO_TEST_HOST", "")

# Shopify order webhooks are verified with the app's shared secret.
SHOPIFY_WEBHOOK_SECRET = os.environ.get("SHOPIFY_WEBHOOK_SECRET", "")
# The Shopify Admin API (GraphQL, through the official ShopifyAPI package): a custom app's
# access token and the shop's domain, from here or from the admin (Settings → Shopify store,
# where the token is stored encrypted); these variables win when both are set. The API version
# is pinned: Shopify supports each quarterly version for a year, so raise it deliberately.
SHOPIFY_SHOP_DOMAIN = os.environ.get("SHOPIFY_SHOP_DOMAIN", "")
SHOPIFY_ACCESS_TOKEN = os.environ.get("SHOPIFY_ACCESS_TOKEN", "")
# Or, for an app made in Shopify's Dev Dashboard: its client credentials, exchanged for 24-hour
# access tokens (the client-credentials grant) as they are needed.
SHOPIFY_CLIENT_ID = os.environ.get("SHOPIFY_CLIENT_ID", "")
SHOPIFY_CLIENT_SECRET = os.environ.get("SHOPIFY_CLIENT_SECRET", "")
SHOPIFY_API_VERSION = os.environ.get("SHOPIFY_API_VERSION", "2026-10")
# Tests and the demo only: the base URL of a local fake store (http://127.0.0.1:PORT) that
# stands in for https://<shop>.myshopify.com. check --deploy refuses it in production.
SHOPIFY_API_BASE_URL = os.environ.get("SHOPIFY_API_BASE_URL", "").rstrip("/")
# The demo (make run) connects to a local stand-in store served by this site at /demo-store/
# (customers/demo_store.py): orders beside a ticket and codes made "in the store" without
# credentials. Development only; a real SHOPIFY_SHOP_DOMAIN wins over it.
SHOPIFY_DEMO_STORE = env_bool("SHOPIFY_DEMO_STORE", False)
if SHOPIFY_DEMO_STORE and not DEBUG:
    raise ImproperlyConfigured("SHOPIFY_DEMO_STORE is for the demo only (DEBUG=true).")
if SHOPIFY_DEMO_STORE and not SHOPIFY_SHOP_DOMAIN:
    SHOPIFY_SHOP_DOMAIN = "nordvik-demo.myshopify.com"
    SHOPIFY_ACCESS_TOKEN = "shpat_demo_store_0000"  # noqa: S105 (customers/demo_store.py's)
    SHOPIFY_API_BASE_URL = f"{SITE_URL}/demo-store"
# A call that fails with a 5xx, a network error or THROTTLED is tried this many times in all,
# with exponential backoff between tries (never longer than the ceiling).
SHOPIFY_MAX_ATTEMPTS = env_int("SHOPIFY_MAX_ATTEMPTS", 5)
SHOPIFY_RETRY_BASE_SECONDS = float(os.environ.get("SHOPIFY_RETRY_BASE_SECONDS", "1"))
SHOPIFY_RETRY_MAX_SECONDS = float(os.environ.get("SHOPIFY_RETRY_MAX_SECONDS", "30"))
# The periodic reconcile of own-store orders (funnel_tick enqueues it this often; 0: off).
SHOPIFY_RECONCILE_MINUTES = env_int("SHOPIFY_RECONCILE_MINUTES", 15)


# Network addresses in the consent ledger are stored as keyed hashes only. A separate secret
# lets SECRET_KEY rotate without making old evidence unverifiable.
IP_HASH_SECRET = os.environ.get("IP_HASH_SECRET", SECRET_KEY)
# Credentials typed into the admin (Amazon SP-API, …) are stored encrypted with Fernet
# (core/secrets.py). One or more Fernet keys, comma-separated, the first encrypting; generate
# one with ``python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"``.
# Unset, a key is derived from SECRET_KEY (development and the demo only: check --deploy warns).
SECRETS_ENCRYPTION_KEY = os.environ.get("SECRETS_ENCRYPTION_KEY", "")

# Passwords and admin logins
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out username/address is refused before a password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("LOGIN_COOLOFF_MINUTES", 30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
# How many proxies (load balancer, CDN) in front of the site append to X-Forwarded-For: the
# client's address is read that many entries from the end (core.network.client_ip), for rate
# limits, login lockouts and the consent ledger's keyed hash. Unset: not stated (read as 0),
# which check --deploy warns about, since behind a proxy every visitor would share its address.
TRUSTED_PROXY_COUNT = (
    env_int("TRUSTED_PROXY_COUNT", 0) if os.environ.get("TRUSTED_PROXY_COUNT") else None
)
if TRUSTED_PROXY_COUNT is not None and TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")
AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

LOGIN_URL = "wagtailadmin_login"

# Internationalisation: the six first-class languages of the markets whose customers scan.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("zh-hans", "简体中文"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and numbers follow the reader's language through Django's format modules; English is
# British English (config/formats/en/formats.py).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("STATIC_MANIFEST", not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
if os.environ.get("MEDIA_S3_BUCKET"):
    # S3-compatible media through django-storages (pip install "bridgecard[s3]").
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "access_key": os.environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("BRAND_NAME", "Bridgecard")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt", "odt", "docx", "zip", "png", "jpg"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security. Secure by default once DEBUG is off; each can be relaxed by its variable.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lifts it to SAMEORIGIN for its own preview views
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Wagtail's admin JavaScript reads the CSRF cookie
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# The public pages get a strict Content-Security-Policy (config.middleware); the Wagtail admin's
# templates use inline scripts, so /admin/ and /django-admin/ are left out.
CSP_PUBLIC_EXEMPT_PREFIXES = ("/admin/", "/django-admin/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own default handler would print every line twice beside the root handler.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

from django.utils.csp import CSP  # noqa: E402  (kept beside the policy it builds)

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *env_list("CSP_EXTRA_IMG_SRC", [])],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

# --- registration ---
# Country names in the customer's language on the registration form.
INSTALLED_APPS.append("django_countries")
TEMPLATES[0]["OPTIONS"]["context_processors"].append("registration.context_processors.public")
# A form sent without its CSRF token gets an explanation in the customer's language.
CSRF_FAILURE_VIEW = "registration.views.errors.csrf_failure"
# How long a process keeps what it knows about a short code before asking the database again.
SCAN_CACHE_SECONDS = env_int("SCAN_CACHE_SECONDS", 60)
# Each web process writes scans in batches of this many (or when the oldest is
# SCAN_BUFFER_SECONDS old), after the response has gone out; 1 writes each scan at once.
SCAN_BUFFER_SIZE = env_int("SCAN_BUFFER_SIZE", 1 if DEBUG else 100)
SCAN_BUFFER_SECONDS = env_int("SCAN_BUFFER_SECONDS", 2)
# Days a double opt-in link works (an expired one offers a new one) and a link to one's own data.
REGISTRATION_CONFIRM_LINK_DAYS = env_int("REGISTRATION_CONFIRM_LINK_DAYS", 7)
REGISTRATION_DATA_LINK_DAYS = env_int("REGISTRATION_DATA_LINK_DAYS", 30)
# The submit-time trap: a person needs at least this many seconds to fill in the form.
REGISTRATION_MIN_FORM_SECONDS = env_int("REGISTRATION_MIN_FORM_SECONDS", 3)
# Rate limits ("count/period", period in s, m, h or d): per network address and per e-mail.
REGISTRATION_RATE_LIMIT = os.environ.get("REGISTRATION_RATE_LIMIT", "20/10m")
REGISTRATION_EMAIL_RATE_LIMIT = os.environ.get("REGISTRATION_EMAIL_RATE_LIMIT", "5/h")
# Transactional registration mail (certificate, double opt-in, data link) on a transient provider
# error: tries in all, and the exponential backoff between them.
REGISTRATION_MAIL_ATTEMPTS = env_int("REGISTRATION_MAIL_ATTEMPTS", 8)
REGISTRATION_MAIL_RETRY_BASE_SECONDS = env_int("REGISTRATION_MAIL_RETRY_BASE_SECONDS", 60)
REGISTRATION_MAIL_RETRY_MAX_SECONDS = env_int("REGISTRATION_MAIL_RETRY_MAX_SECONDS", 6 * 3600)
RATELIMIT_USE_CACHE = "default"

# --- inserts ---
# QR error correction on printed cards: L, M, Q (default: survives a scuffed card) or H.
INSERTS_QR_EC_LEVEL = os.environ.get("INSERTS_QR_EC_LEVEL", "Q").upper()
if INSERTS_QR_EC_LEVEL not in {"L", "M", "Q", "H"}:
    raise ImproperlyConfigured("INSERTS_QR_EC_LEVEL must be one of L, M, Q, H.")
# Worker processes that build QR symbols while a large serialized run is drawn (0: inline).
INSERTS_QR_WORKERS = env_int("INSERTS_QR_WORKERS", 1)
# Addresses besides SITE_URL/r/ that a marketplace card may print (e.g. the brand's manual pages).
INSERTS_ALLOWED_URL_PREFIXES = env_list("INSERTS_ALLOWED_URL_PREFIXES", [])
# Where print PDFs are written before they are verified and stored (default: the system temp).
INSERTS_WORK_DIR = os.environ.get("INSERTS_WORK_DIR", "")
# Runs of at least this many cards render in a separate process (memory returned when done).
INSERTS_RENDER_PROCESS_FROM = env_int("INSERTS_RENDER_PROCESS_FROM", 1000)
# Processes that scan a large run's QR codes back (0 or 1: in the render process).
INSERTS_VERIFY_WORKERS = env_int("INSERTS_VERIFY_WORKERS", 2)
# PDF/X-4 runs: the print shop's printing condition (an ICC CMYK output profile and the
# condition's identifier, e.g. "FOGRA39" with the registry http://www.color.org). Unset: the
# profile shipped in assets/icc/ under its own name (docs/inserts.md).
INSERTS_PDFX_OUTPUT_INTENT = None
if os.environ.get("INSERTS_PDFX_PROFILE"):
    if not os.environ.get("INSERTS_PDFX_CONDITION_ID"):
        raise ImproperlyConfigured("INSERTS_PDFX_PROFILE needs INSERTS_PDFX_CONDITION_ID.")
    INSERTS_PDFX_OUTPUT_INTENT = {
        "profile": os.environ["INSERTS_PDFX_PROFILE"],
        "identifier": os.environ["INSERTS_PDFX_CONDITION_ID"],
        "condition": os.environ.get("INSERTS_PDFX_CONDITION", ""),
        "info": os.environ.get("INSERTS_PDFX_CONDITION", ""),
        "registry": os.environ.get("INSERTS_PDFX_REGISTRY", ""),
    }

# --- funnel ---
# Which MAILERS alias sends sequence mail (a separate ESP stream for marketing is common).
FUNNEL_MAILER = os.environ.get("FUNNEL_MAILER", "default")
# Deliveries one worker claims at a time, and how often it writes results while sending.
FUNNEL_BATCH_SIZE = env_int("FUNNEL_BATCH_SIZE", 500)
FUNNEL_RECORD_EVERY = env_int("FUNNEL_RECORD_EVERY", 50)
# Batch sending with the provider's merge data: on for providers that support it (Mailgun);
# "off" sends one message per call everywhere, a format like "%recipient.{}%" forces it.
FUNNEL_BATCH_MERGE_FORMAT = os.environ.get("FUNNEL_BATCH_MERGE_FORMAT", "")
# Retries of transient provider errors: exponential backoff with jitter, then give up.
FUNNEL_MAX_ATTEMPTS = env_int("FUNNEL_MAX_ATTEMPTS", 8)
FUNNEL_RETRY_BASE_SECONDS = float(os.environ.get("FUNNEL_RETRY_BASE_SECONDS", "60"))
FUNNEL_RETRY_MAX_SECONDS = float(os.environ.get("FUNNEL_RETRY_MAX_SECONDS", str(6 * 3600)))
# A claim older than this is presumed dead and reclaimed by the reaper (after reconciling).
FUNNEL_CLAIM_TIMEOUT_SECONDS = env_int("FUNNEL_CLAIM_TIMEOUT_SECONDS", 600)
# Time zone for sending windows of customers who have none on file.
FUNNEL_DEFAULT_TIME_ZONE = os.environ.get("FUNNEL_DEFAULT_TIME_ZONE", "Europe/Berlin")
# Smart sending: hours between two marketing mails to one person across sequences (0: off).
FUNNEL_SMART_SENDING_HOURS = float(os.environ.get("FUNNEL_SMART_SENDING_HOURS", "16"))
# An own-store order is credited to a delivery clicked at most this many days before it.
FUNNEL_ATTRIBUTION_DAYS = env_int("FUNNEL_ATTRIBUTION_DAYS", 5)
# Klaviyo SDK: time-out per call, and its own retries of 429/503/504.
KLAVIYO_TIMEOUT_SECONDS = float(os.environ.get("KLAVIYO_TIMEOUT_SECONDS", "10"))
KLAVIYO_MAX_RETRIES = env_int("KLAVIYO_MAX_RETRIES", 3)
KLAVIYO_MAX_DELAY = env_int("KLAVIYO_MAX_DELAY", 60)

# --- retention (manage.py retention, the Procfile's retention process) ---
# Personal data is removed when its period ends; 0 turns one job off, false all of them.
RETENTION_ENABLED = env_bool("RETENTION_ENABLED", True)
# A consent grant whose double opt-in was never confirmed loses its personal data after this.
RETENTION_UNCONFIRMED_CONSENT_DAYS = env_int("RETENTION_UNCONFIRMED_CONSENT_DAYS", 30)
# Scans lose their device details (device type, language) after this many months.
RETENTION_SCAN_DEVICE_MONTHS = env_int("RETENTION_SCAN_DEVICE_MONTHS", 13)
# A closed ticket without activity for this long loses its content and attachments (the
# evidence kept for legal claims stays: sent Amazon replies and Amazon gate decisions).
RETENTION_CLOSED_TICKET_DAYS = env_int("RETENTION_CLOSED_TICKET_DAYS", 3 * 365)

# --- helpdesk ---
# The sender Amazon accepts replies from: the address authorised in Seller Central (Settings →
# Notification preferences / Messaging). A channel's own sender address overrides it.
HELPDESK_AMAZON_SENDER = os.environ.get("HELPDESK_AMAZON_SENDER", "")
# The From address of replies on the own store, site and e-mail channels.
HELPDESK_SUPPORT_SENDER = os.environ.get("HELPDESK_SUPPORT_SENDER", "")
# Warranty claim links: how long the signed link on the customer's own-data page stays valid.
HELPDESK_CLAIM_LINK_DAYS = env_int("HELPDESK_CLAIM_LINK_DAYS", 365)
# Photos a customer may attach to a warranty claim (count, bytes each).
HELPDESK_CLAIM_MAX_FILES = env_int("HELPDESK_CLAIM_MAX_FILES", 3)
HELPDESK_CLAIM_MAX_FILE_BYTES = env_int("HELPDESK_CLAIM_MAX_FILE_BYTES", 10 * 1024 * 1024)
# Reviewers get an e-mail digest of held replies at most this often (held_replies_digest).
HELPDESK_HOLD_DIGEST_MINUTES = env_int("HELPDESK_HOLD_DIGEST_MINUTES", 60)
# Attempts on the warranty claim page ("count/period"): per network address, and per claim link
# (one registration's page, with or without its signed link).
HELPDESK_CLAIM_RATE_LIMIT = os.environ.get("HELPDESK_CLAIM_RATE_LIMIT", "20/h")
HELPDESK_CLAIM_LINK_RATE_LIMIT = os.environ.get("HELPDESK_CLAIM_LINK_RATE_LIMIT", "10/h")
