import uuid

import pytest
from django.utils import timezone

from catalog.models import SKU, Brand, Product
from funnel.models import MailType, Sequence, SequenceStep
from registration.models import Registration

from ..customers.factories import IdentityFactory, confirmed
from .fakes import FakeKlaviyo, FakePostmark


@pytest.fixture(autouse=True)
def _smart_sending_off(settings):
    """Smart sending spaces marketing mail per person across sequences; tests about other
    rules switch it off, its own tests switch it on."""
    settings.FUNNEL_SMART_SENDING_HOURS = 0


@pytest.fixture
def brand(db):
    return Brand.objects.create(
        name="Nordvik Outdoor",
        slug="nordvik",
        legal_name="Nordvik Outdoor GmbH",
        postal_address="Nordvik Outdoor GmbH\nHafenstraße 12\n20457 Hamburg",
        store_url="https://shop.nordvik.example",
    )


@pytest.fixture
def product(brand):
    product = Product.objects.create(brand=brand, name="Trail Headlamp 400", slug="headlamp")
    SKU.objects.create(product=product, code="NV-HL400-BLK")
    return product


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def message(locale, subject, text, *extra):
    return block(
        "message",
        {
            "locale": locale,
            "subject": subject,
            "preheader": "",
            "body": [block("text", f"<p>{text}</p>"), *extra],
        },
    )


def make_sequence(
    brand,
    *,
    name="Welcome",
    trigger=Sequence.Trigger.CONSENT_CONFIRMED,
    mail_type=MailType.COMMERCIAL,
    steps=2,
    delays=None,
    publish=True,
    bodies=None,
    **fields,
) -> Sequence:
    sequence = Sequence(name=name, brand=brand, trigger=trigger, mail_type=mail_type, **fields)
    delays = delays or [0] + [2] * (steps - 1)
    sequence.steps = [
        SequenceStep(
            sort_order=n,
            name=f"Step {n + 1}",
            delay_days=delays[n],
            messages=(bodies[n] if bodies else None)
            or [
                message("en", f'Step {n + 1} for {{{{ first_name|default:"you" }}}}', "Hello"),
                message("de", f"Schritt {n + 1}", "Hallo"),
            ],
        )
        for n in range(steps)
    ]
    sequence.live = False
    sequence.save()
    if publish:
        sequence.save_revision().publish()
        sequence.refresh_from_db()
    return sequence


def marketable(email=None, **customer):
    kwargs = {"customer__email": email} if email else {}
    kwargs.update({f"customer__{k}": v for k, v in customer.items()})
    identity = IdentityFactory(**kwargs)
    confirmed(identity)
    return identity


def register(identity, product, **fields):
    today = timezone.localdate()
    return Registration.objects.create(
        customer=identity.customer,
        identity=identity,
        product=product,
        sku=product.skus.first(),
        purchase_channel=fields.pop("purchase_channel", "amazon"),
        purchase_date=today,
        warranty_starts_on=today,
        warranty_ends_on=fields.pop("warranty_ends_on", today.replace(year=today.year + 2)),
        locale=fields.pop("locale", "en"),
        **fields,
    )


@pytest.fixture
def fake_esp(settings):
    server = FakePostmark().start()
    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}}
    settings.ANYMAIL = {
        "POSTMARK_SERVER_TOKEN": FakePostmark.token,
        "POSTMARK_API_URL": server.url + "/",
        "WEBHOOK_SECRET": "hooks:s3cret",
    }
    settings.FUNNEL_MAILER = "default"
    settings.FUNNEL_RETRY_BASE_SECONDS = 1
    yield server
    server.stop()


@pytest.fixture
def fake_klaviyo(settings):
    server = FakeKlaviyo().start()
    settings.KLAVIYO_API_KEY = "pk_test"
    settings.KLAVIYO_LIST_ID = "LIST123"
    settings.KLAVIYO_TEST_HOST = server.url
    settings.KLAVIYO_MAX_DELAY = 1
    settings.KLAVIYO_TIMEOUT_SECONDS = 5
    yield server
    server.stop()
