"""A zh-hans staff member sees no English of ours: with the demo seeded, a superuser whose
Wagtail profile asks for zh-hans opens the main admin screens of every app (a list and, where the
demo has one, a record) and no text on them is a source string of our catalogues left in English.

"Ours" means a msgid of one of the project's own catalogues (``locale/`` and each app's
``locale/``): a string there was meant to be translated, so seeing it verbatim as a whole text
node means its zh-hans translation is missing or it was rendered outside ``gettext``. English
Wagtail or Django strings are not ours and are not looked for."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from lxml import html as lxml_html

from .test_catalogues import blocks
from .test_register import ROOT

pytestmark = pytest.mark.django_db

#: Every catalogue the project keeps (the formal one is what a zh-hans reader gets by default).
#: The catalogues are read with the small parser the catalogue tests already use: polib is not
#: installed and the .po files are plain enough for it.
CATALOGUES = [
    *sorted(ROOT.glob("*/locale/zh_Hans/LC_MESSAGES/django.po")),
    ROOT / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po",
]

#: Msgids that are rightly shown as they are in Chinese too: names of brands, services and
#: standards, codes and units. A msgid whose zh_Hans translation equals it is left out on its own.
ALLOWED = {
    "Amazon",
    "Shopify",
    "Klaviyo",
    "Wagtail",
    "Bridgecard",
    "GS1",
    "GTIN",
    "SKU",
    "SKUs",
    "EAN",
    "QR",
    "PDF",
    "CSV",
    "URL",
    "ID",
    "OK",
    "SLA",
    "SMTP",
    "IMAP",
    "API",
    "ASIN",
    "E-mail",
    "Email",
    # Records, not our texts: the demo helpdesk channel's name as staff typed it, and Amazon's
    # own order status, shown as Amazon sends it.
    "Own store (Shopify)",
    "Shipped",
    # Wagtail's own, not ours: its dashboard's search button has a hard-coded English value.
    "Search",
}

#: A msgid of nothing but placeholders, digits and punctuation is a format, not a sentence.
FORMAT_ONLY = re.compile(r"^(%\(\w+\)[sd]|\{\w*\}|[\W\d_])*$")


def english_of_ours() -> dict[str, Path]:
    """Every msgid that a zh-hans reader should never see in English, with its catalogue."""
    found: dict[str, Path] = {}
    for path in CATALOGUES:
        for entry in blocks(path):
            msgid = " ".join(entry["msgid"].split())
            translated = entry.get("msgstr") or entry.get("msgstr[0]") or ""
            if (
                "msgid_plural" in entry
                or msgid in ALLOWED
                or FORMAT_ONLY.match(msgid)
                or " ".join(translated.split()) == msgid
                or not re.search(r"[A-Za-z]{2}", msgid)
            ):
                continue
            found[msgid] = path
    # A plural's singular and plural forms are sources too.
    for path in CATALOGUES:
        for entry in blocks(path):
            if "msgid_plural" in entry:
                for key in ("msgid", "msgid_plural"):
                    msgid = " ".join(entry[key].split())
                    if "%" not in msgid and "{" not in msgid and msgid not in ALLOWED:
                        found[msgid] = path
    return found


def visible_texts(content: bytes) -> set[str]:
    """Every text node a person can read (and every ``title``, ``placeholder``, ``aria-label``
    and button value), whitespace normalised; scripts, styles, templates and hidden inputs are
    left out."""
    tree = lxml_html.fromstring(content)
    for element in tree.xpath(
        "//script|//style|//template|//noscript|//input[@type='hidden']|//*[@hidden]"
    ):
        element.drop_tree()
    texts = set()
    for text in tree.xpath("//text()"):
        normalised = " ".join(str(text).split())
        if normalised:
            texts.add(normalised)
    for value in tree.xpath(
        "//@title|//@placeholder|//@aria-label|//input[@type='submit']/@value|//button/@value"
    ):
        normalised = " ".join(str(value).split())
        if normalised:
            texts.add(normalised)
    return texts


def first(model, **filters):
    obj = model.objects.filter(**filters).order_by("pk").first()
    assert obj is not None, f"the demo has no {model.__name__}"
    return obj


def snippet(model, action: str = "list", obj=None) -> str:
    name = model.snippet_viewset.get_url_name(action)
    return reverse(name, args=[obj.pk]) if obj is not None else reverse(name)


def screens() -> list[str]:
    """The main screens of every app, lists and one record each where the demo has one."""
    from amazon.models import AmazonOrder, ReviewRequest, ReviewRequestSchedule, SellerAccount
    from catalog.models import SKU, Brand, Product
    from customers.models import ConsentRecord, Customer, Order
    from funnel.models import Delivery, Enrolment, Sequence
    from helpdesk.models import Channel, GateDecision, Macro, Ticket
    from inserts.models import InsertDesign, PrintProfile, PrintRun
    from registration.models import CodeBatch, Registration, Scan, ShortCode

    urls = [
        reverse("wagtailadmin_home"),
        # Helpdesk
        reverse("helpdesk_inbox"),
        reverse("helpdesk_ticket", args=[first(Ticket).pk]),
        reverse("helpdesk_holds"),
        reverse("helpdesk_report"),
        reverse("helpdesk_macro:index"),
        reverse("helpdesk_macro:edit", args=[first(Macro).pk]),
        reverse("helpdesk_channel:index"),
        reverse("helpdesk_channel:edit", args=[first(Channel).pk]),
        reverse("helpdesk_gatedecision:index"),
        reverse("helpdesk_quarantine:index"),
        reverse("helpdesk_holddecision:index"),
        # Funnel
        snippet(Sequence),
        snippet(Sequence, "edit", first(Sequence)),
        snippet(Enrolment),
        snippet(Delivery),
        reverse("funnel_analytics"),
        reverse("funnel_export"),
        reverse("funnel_klaviyo_sync"),
        # Inserts
        snippet(InsertDesign),
        snippet(InsertDesign, "edit", first(InsertDesign)),
        snippet(PrintProfile),
        snippet(PrintProfile, "edit", first(PrintProfile)),
        reverse("inserts_printrun:index"),
        reverse("inserts_printrun:add"),
        # Catalog
        snippet(Product),
        snippet(Product, "edit", first(Product)),
        snippet(Brand),
        snippet(Brand, "edit", first(Brand)),
        snippet(SKU),
        # Customers
        snippet(Customer),
        snippet(Customer, "edit", first(Customer)),
        snippet(Order),
        snippet(ConsentRecord),
        reverse("customers_shopify_connection"),
        # Amazon
        snippet(SellerAccount),
        snippet(SellerAccount, "edit", first(SellerAccount)),
        snippet(AmazonOrder),
        snippet(ReviewRequestSchedule),
        snippet(ReviewRequest),
        reverse("amazon_review_report"),
        # Registration
        snippet(Registration),
        snippet(ShortCode),
        snippet(Scan),
        snippet(CodeBatch),
        # Reports
        reverse("core_compliance_holds"),
    ]
    held = GateDecision.objects.filter(outcome=GateDecision.Outcome.REVIEW).first()
    if held is not None:
        urls.append(reverse("helpdesk_hold", args=[held.pk]))
    run = PrintRun.objects.first()
    if run is not None:
        urls.append(reverse("inserts_printrun:inspect", args=[run.pk]))
    return urls


def test_a_zh_hans_staff_member_sees_no_english_string_of_ours(client):
    from wagtail.users.models import UserProfile

    call_command("seed_demo")
    user = get_user_model().objects.create_superuser("zh-staff", "zh@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "zh-hans"
    profile.save()
    client.force_login(user)

    ours = english_of_ours()
    assert len(ours) > 500  # the catalogues were read
    failures = []
    for url in screens():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert 'lang="zh-hans"' in response.content.decode(), url
        for text in sorted(visible_texts(response.content)):
            if text in ours:
                failures.append(f"{url}: {text!r}")
    assert not failures, "English of ours on zh-hans screens:\n" + "\n".join(failures)
