"""The labelled corpus: the three decisions, and the precise rules' precision and recall.

A text labelled blocked is *caught* when the decision is ``block`` or ``review`` (a person holds
it); a text labelled allowed *passes* when the decision is ``allow`` and is *hard-blocked* when a
precise rule blocks it outright (nobody can override that). These are required per policy and
per language on the whole corpus. The precise rules are measured apart: precision and recall of
the decision ``block`` alone. Run with ``-s`` to see the tables.

Files named ``fresh_*`` are independent held-out sets folded in after their first pass; their
violations are often implied, so a hold is the expected catch there, while the other files are
the cases the precise rules were written against and must still be blocked outright.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from compliance import CATEGORIES, LANGUAGES, POLICIES

from .compliance_corpus import corpus_results, load_corpus, verdict_of

MIN_CAUGHT = 0.97
MIN_PASSED = 0.90
MIN_OWNED_PASSED = 0.98
MAX_HARD_BLOCKED = 0.02
#: The precise rules alone: blocks must be right, and the cases they were written for blocked.
MIN_PRECISION = 0.95
MIN_RECALL = 0.97
#: Outright blocks over the whole corpus, fresh sets included (the rest is held for review).
#: Fresh set B's violations are mostly implied, and a hold is the catch expected for them: on
#: inserts and Japanese, outright blocks reach about 0.80 with it, so the floor is 0.75.
MIN_RECALL_WITH_FRESH = 0.75

CORPUS = load_corpus()


def _is_fresh(record: dict[str, Any]) -> bool:
    return str(record["_where"]).startswith("fresh_")


Rows = list[tuple[dict[str, Any], Any]]


def _groups(rows: Rows) -> dict[tuple[str, str], Rows]:
    groups: dict[tuple[str, str], Rows] = defaultdict(list)
    for record, verdict in rows:
        for key in (
            (record["policy"], record["lang"]),
            (record["policy"], "all"),
            ("all", record["lang"]),
            ("all", "all"),
        ):
            groups[key].append((record, verdict))
    order = sorted(groups, key=lambda k: (k[0] == "all", k[0], k[1] == "all", k[1]))
    return {key: groups[key] for key in order}


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _decisions(rows: Rows) -> dict[str, float]:
    bad = [v.decision for r, v in rows if not r["expected_allowed"]]
    good = [v.decision for r, v in rows if r["expected_allowed"]]
    return {
        "caught": _ratio(sum(d != "allow" for d in bad), len(bad)),
        "passed": _ratio(sum(d == "allow" for d in good), len(good)),
        "hard": _ratio(sum(d == "block" for d in good), len(good)) if good else 0.0,
    }


def _precision_recall(rows: Rows) -> tuple[float, float]:
    tp = sum(v.decision == "block" and not r["expected_allowed"] for r, v in rows)
    fp = sum(v.decision == "block" and r["expected_allowed"] for r, v in rows)
    fn = sum(v.decision != "block" and not r["expected_allowed"] for r, v in rows)
    return _ratio(tp, tp + fp), _ratio(tp, tp + fn)


def _totals(groups: dict[tuple[str, str], Rows]) -> list[tuple[tuple[str, str], Rows]]:
    """Thresholds apply to policy and language totals; single cells are only printed."""
    return [(key, rows) for key, rows in groups.items() if "all" in key]


def test_corpus_is_large_balanced_and_well_formed() -> None:
    assert len(CORPUS) >= 1000
    allowed = sum(r["expected_allowed"] for r in CORPUS)
    assert 0.4 <= allowed / len(CORPUS) <= 0.6
    for record in CORPUS:
        assert record["policy"] in POLICIES, record["_where"]
        assert record["lang"] in LANGUAGES, record["_where"]
        assert isinstance(record["text"], str) and record["text"].strip(), record["_where"]
        assert set(record["expected_categories"]) <= set(CATEGORIES), record["_where"]
        assert bool(record["expected_categories"]) != record["expected_allowed"], record["_where"]
        assert record.get("note"), record["_where"]
    for policy in POLICIES:
        langs = {r["lang"] for r in CORPUS if r["policy"] == policy}
        assert set(LANGUAGES) <= langs, policy


def test_decisions_per_policy_and_language() -> None:
    groups = _groups(corpus_results())
    lines = [f"{'policy':<15}{'lang':<6}{'cases':>6}{'caught':>8}{'passed':>8}{'hard':>7}"]
    failures = []
    for key, rows in groups.items():
        figures = _decisions(rows)
        lines.append(
            f"{key[0]:<15}{key[1]:<6}{len(rows):>6}{figures['caught']:>8.3f}"
            f"{figures['passed']:>8.3f}{figures['hard']:>7.3f}"
        )
    for key, rows in _totals(groups):
        figures = _decisions(rows)
        min_passed = MIN_OWNED_PASSED if key[0] == "owned_message" else MIN_PASSED
        if (
            figures["caught"] < MIN_CAUGHT
            or figures["passed"] < min_passed
            or figures["hard"] > MAX_HARD_BLOCKED
        ):
            failures.append(f"{key}: {figures}")
    print("\n" + "\n".join(lines))
    assert not failures, "\n".join(failures)


def test_precise_rules_precision_and_recall_per_policy_and_language() -> None:
    everything = _groups(corpus_results())
    written_for = _groups([(r, v) for r, v in corpus_results() if not _is_fresh(r)])
    lines = [f"{'policy':<15}{'lang':<6}{'precision':>10}{'recall':>8}{'recall*':>9}"]
    failures = []
    for key, rows in everything.items():
        precision, recall = _precision_recall(rows)
        _, recall_written = _precision_recall(written_for.get(key, []))
        lines.append(
            f"{key[0]:<15}{key[1]:<6}{precision:>10.3f}{recall:>8.3f}{recall_written:>9.3f}"
        )
    for key, rows in _totals(everything):
        precision, recall = _precision_recall(rows)
        _, recall_written = _precision_recall(written_for.get(key, []))
        if (
            precision < MIN_PRECISION
            or recall < MIN_RECALL_WITH_FRESH
            or recall_written < MIN_RECALL
        ):
            failures.append(f"{key}: {precision:.3f} / {recall:.3f} / {recall_written:.3f}")
    print("\n(recall* = cases outside the fresh sets)\n" + "\n".join(lines))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "record", [pytest.param(r, id=r["_where"]) for r in CORPUS if not r["expected_allowed"]]
)
def test_blocked_case_is_caught_for_an_expected_category(record: dict[str, Any]) -> None:
    verdict = verdict_of(record)
    if _is_fresh(record):
        assert verdict.decision != "allow", record["text"]
    else:
        assert verdict.decision == "block", record["text"]
    found = set(verdict.categories) | set(verdict.risk_categories)
    assert set(record["expected_categories"]) & found, (record["text"], sorted(found))


@pytest.mark.parametrize(
    "record", [pytest.param(r, id=r["_where"]) for r in CORPUS if r["expected_allowed"]]
)
def test_allowed_case_is_not_blocked_outright(record: dict[str, Any]) -> None:
    verdict = verdict_of(record)
    assert verdict.decision != "block", [f.to_dict() for f in verdict.findings]


def test_every_finding_and_risk_points_at_its_excerpt() -> None:
    for record, verdict in corpus_results():
        for finding in [*verdict.findings, *verdict.risks]:
            assert record["text"][finding.start : finding.end] == finding.excerpt
            assert finding.excerpt.strip()
