"""The public API: signature, verdict shape, JSON, unknown policy, purity."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import compliance
from compliance import BLOCKED, CATEGORIES, POLICIES, Finding, Verdict, check

ROOT = Path(__file__).resolve().parents[2]


def test_verdict_and_finding_shape() -> None:
    text = "Use code SAVE15 for 15% off your next order."
    verdict = check(text, "amazon_message")
    assert isinstance(verdict, Verdict)
    assert verdict.allowed is False
    assert all(isinstance(f, Finding) for f in verdict.findings)
    finding = verdict.findings[0]
    assert finding.category == "discount"
    assert finding.rule_id
    assert text[finding.start : finding.end] == finding.excerpt
    data = json.loads(json.dumps(verdict.to_dict()))
    assert data["allowed"] is False
    assert data["policy"] == "amazon_message"
    assert set(data["findings"][0]) == {
        "category",
        "rule_id",
        "start",
        "end",
        "excerpt",
        "message",
        "message_local",
        "message_lang",
    }


def test_clean_text_is_allowed() -> None:
    verdict = check("Your refund has been processed.", "amazon_message")
    assert verdict.allowed is True
    assert verdict.findings == []
    assert verdict.to_dict()["allowed"] is True


def test_unknown_policy_raises_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"unknown policy 'ebay_message'.*'amazon_message'"):
        check("hello", "ebay_message")


def test_non_string_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        check(None, "insert")  # type: ignore[arg-type]


def test_empty_text_is_allowed_everywhere() -> None:
    for policy in POLICIES:
        assert check("", policy).allowed


def test_policy_tables_use_only_known_categories() -> None:
    assert set(POLICIES) == set(BLOCKED)
    for categories in BLOCKED.values():
        assert categories <= set(CATEGORIES)
    assert len(CATEGORIES) == 12


def test_owned_channel_allows_promotion_but_not_paid_reviews() -> None:
    promo = "Use code SPRING20 for 20% off 🌸 https://brand.example/sale - follow us on Instagram!"
    assert check(promo, "owned_message").allowed
    paid = check("Leave a 5-star review and we'll refund your purchase!", "owned_message")
    assert paid.categories == ["review_incentive"]


def test_emoji_rules_follow_the_policy() -> None:
    assert check("Thanks 😊", "amazon_message").categories == ["emoji"]
    assert check("Thanks 😊", "insert").allowed
    assert check("PowerGrip™ © 2024 Brand®", "amazon_message").allowed


def test_importing_the_package_loads_no_django_and_no_other_app() -> None:
    code = (
        "import sys, json, compliance; "
        "compliance.check('Use code X10', 'amazon_message'); "
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    modules = json.loads(out.stdout)
    forbidden = (
        "django",
        "wagtail",
        "config",
        "catalog",
        "customers",
        "inserts",
        "registration",
        "funnel",
        "helpdesk",
    )
    loaded = [m for m in modules if m.split(".")[0] in forbidden]
    assert loaded == []


def test_package_is_typed() -> None:
    assert (Path(compliance.__file__).parent / "py.typed").exists()


def _risk(policy: str) -> Verdict:
    signal = Finding("review_solicitation", "risk.review", 0, 6, "review", "m", "m", "en")
    return Verdict(policy=policy, lang="en", risks=[signal])


def test_a_risk_without_a_finding_holds_a_marketplace_text_for_review():
    for policy in ("amazon_message", "insert"):
        verdict = _risk(policy)
        assert verdict.decision == "review"
        assert verdict.allowed is False
        assert verdict.to_dict()["decision"] == "review"
        assert verdict.to_dict()["risks"][0]["rule_id"] == "risk.review"


def test_the_owned_channel_has_no_review_decision():
    verdict = _risk("owned_message")
    assert verdict.decision == "allow"
    assert verdict.allowed is True


def test_a_finding_blocks_whatever_the_risks():
    verdict = check("Visit www.example.com for 20% off", "amazon_message")
    held = Verdict(
        policy=verdict.policy, lang="en", findings=verdict.findings, risks=verdict.findings
    )
    assert held.decision == "block"
    assert check("Your parcel left our warehouse today.", "amazon_message").decision == "allow"
