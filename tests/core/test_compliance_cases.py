"""The loop: every reviewer decision on a held reply or design is a labelled case; the export
command writes them in the corpus schema of ``tests/compliance/corpus``, and the holds report
shows holds per week, the approval rate and which risk signals turn out harmless or harmful."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from compliance import CATEGORIES, LANGUAGES, POLICIES, check
from core.compliance_cases import case_decide, case_record, holds_report
from core.models import ComplianceCase
from helpdesk.services.holds import hold_reject
from helpdesk.services.replies import hold_approve, reply_send
from tests.helpdesk.factories import AmazonChannelFactory, AmazonTicketFactory

pytestmark = pytest.mark.django_db

CORPUS_KEYS = {"text", "policy", "lang", "expected_allowed", "expected_categories", "note"}


@pytest.fixture(autouse=True)
def _senders(settings):
    settings.HELPDESK_AMAZON_SENDER = "Nordvik Outdoor <seller@nordvik.example>"


def _user(username, group):
    user = get_user_model().objects.create_user(username, password="staff-pass-123")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def decided(db, immediate_tasks, django_capture_on_commit_callbacks):
    """Three replies held on Amazon: one approved, one rejected, one still waiting."""
    agent = _user("amazon.agent", "Support (marketplace)")
    reviewer = _user("compliance.officer", "Compliance reviewers")
    channel = AmazonChannelFactory(marketplace="amazon.de", slug="amazon-de")
    texts = [
        "Your kettle ships today. Would you consider leaving a review for the kettle?",
        "Ihr Wasserkocher kommt morgen an. Über eine Bewertung freuen wir uns sehr!",
        "Votre bouilloire est partie aujourd'hui. Un avis nous aiderait beaucoup.",
    ]
    held = []
    for text in texts:
        ticket = AmazonTicketFactory(channel=channel)
        held.append(reply_send(ticket=ticket, body=text, author=agent).decision)
    with django_capture_on_commit_callbacks(execute=True):
        hold_approve(
            decision=held[0],
            reviewer=reviewer,
            reason="Neutral request, no condition.",
            approved_sha256=held[0].checked_sha256,
        )
    hold_reject(
        decision=held[1],
        reviewer=reviewer,
        reason="Only asks for praise.",
        category="review_solicitation",
    )
    return held, reviewer


def test_export_writes_the_labelled_cases_in_the_corpus_schema(decided, tmp_path):
    out = tmp_path / "cases.jsonl"
    call_command("compliance_cases", "export", "--output", str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2  # the waiting one is not labelled yet
    for record in records:
        # The same checks the corpus test makes on every record it loads.
        assert set(record) == CORPUS_KEYS
        assert record["policy"] in POLICIES and record["lang"] in LANGUAGES
        assert isinstance(record["text"], str) and record["text"].strip()
        assert set(record["expected_categories"]) <= set(CATEGORIES)
        assert bool(record["expected_categories"]) != record["expected_allowed"]
        assert record["note"]
        check(record["text"], record["policy"], record["lang"])  # the linter reads it
    approved, rejected = records
    assert approved["expected_allowed"] is True and approved["lang"] == "en"
    assert "leaving a review for the kettle" in approved["text"]
    assert rejected == {
        **rejected,
        "expected_allowed": False,
        "expected_categories": ["review_solicitation"],
        "lang": "de",
        "policy": "amazon_message",
    }
    assert (
        "risks.review.mention" in rejected["note"] and "Only asks for praise." in rejected["note"]
    )


def test_export_without_output_writes_jsonl_to_stdout(decided, capsys):
    call_command("compliance_cases", "export")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(set(json.loads(line)) == CORPUS_KEYS for line in lines)


def test_an_erasure_blanks_the_case_and_the_export_leaves_it_out(decided, tmp_path):
    from customers.services import customer_erase

    held, _ = decided
    customer_erase(customer=held[1].ticket.customer, actor="dpo")
    case = ComplianceCase.objects.get(source_ref=f"helpdesk.gatedecision:{held[1].pk}")
    assert case.text == "" and case.redacted_at and case.outcome == "rejected"
    out = tmp_path / "cases.jsonl"
    call_command("compliance_cases", "export", "-o", str(out))
    assert len(out.read_text().splitlines()) == 1


def test_the_report_shows_holds_per_week_approval_rate_and_signals(decided, client):
    _held, reviewer = decided
    # An older design hold on another signal, rejected, two weeks back.
    case_record(
        source="design",
        source_ref="inserts.design:1:abc",
        text="Tell us before you tell the world.",
        policy="insert",
        lang="en",
        risk_rule_ids=["risks.review.mention", "risks.other.signal"],
        held_at=timezone.now() - timedelta(weeks=2),
    )
    case_decide(
        source="design",
        source_ref="inserts.design:1:abc",
        outcome="rejected",
        reviewer=reviewer,
        categories=["review_solicitation"],
    )
    report = holds_report(weeks=4)
    assert sum(w.held for w in report.weeks) == 4
    assert report.weeks[0].held == 3 and report.weeks[0].pending == 1
    assert report.approved == 1 and report.rejected == 2
    assert report.approval_rate == pytest.approx(1 / 3)
    assert [s.rule_id for s in report.harmless] == ["risks.review.mention"]
    assert report.harmful[0].rule_id == "risks.review.mention"
    assert report.harmful[0].rejected == 2 and report.harmful[0].top_category == (
        "review_solicitation"
    )

    client.force_login(reviewer)
    response = client.get("/admin/compliance/holds/?weeks=4")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="holds-per-week"' in html and 'data-rule="risks.other.signal"' in html
    assert 'data-approved="1" data-rejected="2"' in html
    download = client.get("/admin/compliance/holds/cases.jsonl")
    assert len(download.content.decode().splitlines()) == 3  # two replies and the design
    assert "Compliance holds" in client.get("/admin/").content.decode()


def test_the_report_is_for_those_who_may_read_the_cases(decided, client):
    agent = get_user_model().objects.get(username="amazon.agent")
    client.force_login(agent)
    assert client.get("/admin/compliance/holds/").status_code in (302, 403)
    assert client.get("/admin/compliance/holds/cases.jsonl").status_code in (302, 403)
