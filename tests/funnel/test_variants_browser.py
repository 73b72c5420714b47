"""A marketer opens an A/B print run's comparison in the browser: the chart with its intervals
and the verdict in plain words, from scans and registrations recorded for each variant."""

import pytest
from django.contrib.auth.models import Group, User

from catalog.models import Product
from config.roles import MARKETERS
from inserts import services, variants
from registration.models import Scan, ShortCode
from tests.browser.shots import shot

from ..customers.factories import IdentityFactory
from ..inserts import factories
from .conftest import register

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_marketer_reads_which_card_registers_more(live_server, page):
    _, skus = factories.brand_with_skus()
    a = factories.design(slug="card-a", front=factories.front(paragraph="Welcome from card A."))
    b = factories.design(slug="card-b", front=factories.front(paragraph="Register in a minute."))
    run = services.printrun_create(
        design=a, skus=skus[:1], profile=a.profile, serialized=True, quantity=400,
        challengers=[variants.VariantChoice(b, 50)], enqueue=False,
    )  # fmt: skip
    run = services.printrun_render(run_id=run.pk)
    codes = ShortCode.objects.filter(batch=run.code_batch, target="register").order_by("serial")
    a_codes, b_codes = list(codes.filter(variant=0)), list(codes.filter(variant=1))
    assert len(a_codes) == len(b_codes) == 200
    product = Product.objects.get()
    # A: 60 units scanned, 20 registered; B: 90 scanned, 45 registered
    for chosen, scanned, registered in ((a_codes, 60, 20), (b_codes, 90, 45)):
        Scan.objects.bulk_create(
            Scan(short_code=code, code=code.code, device="phone", outcome="redirected")
            for code in chosen[:scanned]
        )
        for code in chosen[:registered]:
            register(IdentityFactory(), product, short_code=code)

    marketer = User.objects.create_user("marketer", password="x-Long-passw0rd")
    marketer.groups.add(Group.objects.get(name=MARKETERS))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "marketer")
    page.fill("input[name=password]", "x-Long-passw0rd")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/funnel/analytics/print-runs/{run.pk}/")
    chart = page.locator("svg").filter(has=page.locator(".whisker")).first
    chart.wait_for()
    text = page.locator("main").inner_text()
    assert "Variant B: registration rate 125 % higher than A, 95 % interval 38–267 %." in text, text
    assert "45 / 200" in text and "20 / 200" in text
    shot(page, "funnel/ab-variants.png")
