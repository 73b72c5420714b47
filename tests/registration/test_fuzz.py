"""Whatever arrives, the public pages answer with a saved registration or a form with errors,
never a server error (hypothesis throws arbitrary strings, huge inputs, control characters and
mixed scripts at every field)."""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registration.models import Registration

from .conftest import form_token, valid_post

pytestmark = pytest.mark.django_db

MIXED = ["Ünïcødé", "注册产品", "Ελληνικά", "עברית", "العربية", "👩‍👩‍👧", "\u202eevil", "\x00", "\ufeff", "'; DROP TABLE x;--", "<script>alert(1)</script>", "%s%n", "\r\n\t"]  # fmt: skip
FIELDS = [
    "first_name", "last_name", "email", "sku", "purchase_channel", "marketplace",
    "amazon_order_id", "retailer", "purchase_date", "serial", "country", "marketing", "safety",
    "code", "token", "homepage",
]  # fmt: skip

anything = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=3000, max_size=20000),
    st.lists(st.sampled_from(MIXED), max_size=6).map("".join),
    st.from_regex(r"\d{3}-\d{7}-\d{7}", fullmatch=True),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        ["", " ", "amazon", "other", "own_store", "DE", "on", "9999-12-31", "0000-00-00"]
    ),
)


@pytest.fixture
def de(pages, consent_texts):
    return pages["de"]


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_any_input_gives_a_saved_registration_or_a_form_with_errors(de, sku, data):
    client = Client()
    fields = data.draw(st.sets(st.sampled_from(FIELDS), min_size=1, max_size=len(FIELDS)))
    post = {**valid_post(sku), "token": form_token()}
    for name in fields:
        post[name] = data.draw(anything, label=name)
    before = Registration.objects.count()
    response = client.post(f"{de.url}register/", post)
    assert response.status_code in (200, 303), response.status_code
    if response.status_code == 303:
        assert Registration.objects.count() == before + 1
    else:
        assert Registration.objects.count() == before
        assert "error-summary" in response.content.decode()


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    code=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=400),
    lang=st.text(max_size=40),
)
def test_any_scanned_text_gives_a_redirect_or_a_helpful_page(pages, code, lang):
    client = Client()
    header = lang.encode("latin-1", "ignore").decode("latin-1").replace("\n", "").replace("\r", "")
    response = client.get(f"/r/{quote(code, safe='')}", headers={"accept-language": header})
    assert response.status_code in (200, 301, 302, 404)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=anything)
def test_any_token_or_query_gives_a_page_not_an_error(pages, value):
    client = Client()
    q = quote(value[:2000], safe="")
    for path in (
        f"/confirm/{q}/",
        f"/my/{q}/",
        f"{pages['de'].url}register/?code={q}",
        f"{pages['de'].url}register/done/?t={q}",
        f"/r/?code={q}",
    ):
        assert client.get(path).status_code in (200, 302, 400, 404), path
    assert client.post("/my/", {"email": value[:5000]}).status_code in (200, 429)
