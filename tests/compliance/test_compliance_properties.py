"""Property tests: disguises never let a blocked address or code through, and offsets always
slice the caller's text to the excerpt."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance import POLICIES, check
from compliance.model import OWNED

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
TLDS = ["com", "de", "fr", "it", "es", "co.uk", "net", "shop", "eu"]
LINK_CATEGORIES = {"link", "obfuscated_link"}

labels = st.text(alphabet=string.ascii_lowercase, min_size=4, max_size=12).filter(
    lambda s: s not in {"amazon", "amzn"}
)


@st.composite
def urls(draw: st.DrawFn) -> str:
    host = draw(labels) + "." + draw(st.sampled_from(TLDS))
    prefix = draw(st.sampled_from(["", "www.", "https://", "https://www."]))
    path = draw(st.sampled_from(["", "/parts", "/shop/new"]))
    return prefix + host + path


def _fullwidth(ch: str) -> str:
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


@st.composite
def disguised(draw: st.DrawFn, plain: str) -> str:
    chars = list(plain)
    out: list[str] = []
    for ch in chars:
        roll = draw(st.integers(0, 5))
        if ch == "." and roll <= 2:
            out.append(draw(st.sampled_from([" . ", " .", "[.]", "(.)", " [dot] ", "。"])))
            continue
        if roll == 3:
            out.append(_fullwidth(ch))
        else:
            out.append(ch)
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(INVISIBLE)))
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), url=urls())
def test_disguised_address_is_still_blocked_on_amazon(data: st.DataObject, url: str) -> None:
    sentence = "Thanks for your order. For spare parts please go to {} and choose your model."
    assert LINK_CATEGORIES & set(check(sentence.format(url), "amazon_message").categories)
    hidden = data.draw(disguised(url))
    verdict = check(sentence.format(hidden), "amazon_message")
    assert LINK_CATEGORIES & set(verdict.categories), hidden


@settings(max_examples=200, deadline=None)
@given(data=st.data(), url=urls())
def test_disguised_address_is_still_blocked_on_insert(data: st.DataObject, url: str) -> None:
    hidden = data.draw(disguised(url))
    verdict = check(f"Thank you for your purchase. More information: {hidden} today.", "insert")
    assert "promotion" in verdict.categories, hidden


codes = st.builds(
    lambda word, digits: word + digits,
    st.sampled_from(["SAVE", "THANKS", "WELCOME", "DANKE", "MERCI", "SPRING"]),
    st.text(alphabet=string.digits, min_size=1, max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), code=codes)
def test_disguised_code_is_still_blocked(data: st.DataObject, code: str) -> None:
    hidden = data.draw(disguised(code))
    word = data.draw(disguised("code"))
    for policy in ("amazon_message", "insert"):
        verdict = check(f"Thank you! Use {word} {hidden} at checkout.", policy)
        assert "discount" in verdict.categories, (policy, word, hidden)


fragments = st.sampled_from(
    [
        "www.shop.de",
        " Punkt ",
        " dot ",
        "[.]",
        "。",
        "点",
        "ｗｗｗ．",
        "\u200b",
        "\u0301",
        "İ",
        "ß",
        "😊",
        "❤️",
        "code SAVE10",
        "5-star review",
        "+49 30 1234567",
        "a@b.de",
        "w w w . x . d e",
        "ﬁ",
        "①",
        "\ufe0f",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.one_of(st.text(max_size=20), fragments), max_size=12),
    policy=st.sampled_from(POLICIES),
)
def test_offsets_slice_the_original_text(parts: list[str], policy: str) -> None:
    text = "".join(parts)
    verdict = check(text, policy)
    assert (verdict.decision == "block") == bool(verdict.findings)
    assert verdict.allowed == (not verdict.findings and (not verdict.risks or policy == OWNED))
    if policy == OWNED:
        assert not verdict.risks
    for finding in [*verdict.findings, *verdict.risks]:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.excerpt
