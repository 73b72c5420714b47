"""Fold a fresh held-out set into the labelled corpus, once its first pass is on record.

Usage: ``python bench/compliance_fold.py tests/compliance/fresh_k.source.jsonl``
writes ``tests/compliance/corpus/fresh_k.jsonl``.

A fresh set is written by someone who has seen only the policy, so its category names are their
reading of it: a review request with a gift may be labelled ``review_solicitation`` where the
linter says ``review_incentive``. The corpus test requires each blocked case to be caught for one
of its expected categories, so a case caught for another category is relabelled to what the
linter found, and its note keeps the writer's labels ("(source labels: …)") for whoever reviews
the fold. A blocked case the linter lets through, or an allowed case it blocks, is not folded: the
command lists them and exits 1 (fix the tables, or argue the label, first).

Measure the first pass with ``bench/compliance_accuracy.py`` *before* changing any rule, and keep
its output beside the source (``fresh_X_first_pass.txt``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance import check

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "compliance" / "corpus"


def fold(record: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The record as it joins the corpus, and why it cannot (``None`` when it can)."""
    verdict = check(record["text"], record["policy"], record.get("lang"), record.get("context"))
    if record["expected_allowed"]:
        if verdict.decision == "block":
            return record, "allowed but blocked"
        return record, None
    if verdict.decision == "allow":
        return record, "blocked but allowed"
    found = sorted(set(verdict.categories) | set(verdict.risk_categories))
    if set(record["expected_categories"]) & set(found):
        return record, None
    labels = ", ".join(record["expected_categories"])
    relabelled = dict(record, expected_categories=found[:1])
    relabelled["note"] = f"{record.get('note', '')} (source labels: {labels})".strip()
    return relabelled, None


def main(source: Path) -> int:
    name = source.name.replace(".source", "")
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    folded, refused, relabelled = [], [], 0
    for number, line in enumerate(lines, 1):
        record = json.loads(line)
        result, problem = fold(record)
        if problem:
            refused.append(f"{source.name}:{number} {problem}: {record['text'][:120]!r}")
        relabelled += result is not record
        folded.append(json.dumps(result, ensure_ascii=False))
    for line in refused:
        print(line)
    if refused:
        print(f"not folded: {len(refused)} case(s) disagree with the linter")
        return 1
    (CORPUS / name).write_text("\n".join(folded) + "\n", encoding="utf-8")
    print(f"RESULT folded={len(folded)} relabelled={relabelled} into=corpus/{name}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
