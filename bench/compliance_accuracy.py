"""Precision and recall of the compliance linter on labelled JSON-lines files.

Usage: ``python bench/compliance_accuracy.py FILE_OR_DIR [...]`` (records as in
``tests/compliance/corpus``). Blocked is the positive class: recall is the share of blocked
cases the engine blocks, precision the share of the engine's blocks the file calls blocked.
Prints a table per policy and language, then every miss (FN, FP, and CAT for a blocked case
blocked for none of its expected categories), then one line
``RESULT cases=... precision=... recall=...`` for the whole set. Use it on text the rules were
not written against (a fresh held-out set) to see how the tables generalise.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance import check


def load(paths: list[str]) -> list[dict[str, Any]]:
    records = []
    files: list[Path] = []
    for path in map(Path, paths):
        files += sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                record = json.loads(line)
                record["_where"] = f"{Path(path).name}:{number}"
                records.append(record)
    return records


def ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def main(paths: list[str]) -> None:
    records = load(paths)
    groups: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    misses = []
    wrong_category = 0
    for r in records:
        verdict = check(r["text"], r["policy"], r.get("lang"), r.get("context"))
        expected, got = not r["expected_allowed"], not verdict.allowed
        for key in ((r["policy"], r["lang"]), (r["policy"], "all"), ("all", r["lang"])):
            groups[key].append((expected, got))
        groups[("all", "all")].append((expected, got))
        if expected and got and not set(r["expected_categories"]) & set(verdict.categories):
            wrong_category += 1
            misses.append(
                f"CAT {r['_where']} {r['policy']}/{r['lang']}: {r['text']!r} "
                f"-> {verdict.categories}, expected {r['expected_categories']}"
            )
        if expected != got:
            kind = "FN" if expected else "FP"
            misses.append(
                f"{kind} {r['_where']} {r['policy']}/{r['lang']}: {r['text']!r} "
                f"-> {verdict.categories or 'allowed'}"
            )
    print(f"{'policy':<15}{'lang':<6}{'cases':>6}{'blocked':>8}{'precision':>10}{'recall':>8}")
    for key in sorted(groups, key=lambda k: (k[0] == "all", k[0], k[1] == "all", k[1])):
        rows = groups[key]
        tp = sum(e and g for e, g in rows)
        fp = sum(g and not e for e, g in rows)
        fn = sum(e and not g for e, g in rows)
        print(
            f"{key[0]:<15}{key[1]:<6}{len(rows):>6}{tp + fn:>8}"
            f"{ratio(tp, tp + fp):>10.3f}{ratio(tp, tp + fn):>8.3f}"
        )
    print()
    print("\n".join(misses) if misses else "no misses")
    rows = groups[("all", "all")]
    tp = sum(e and g for e, g in rows)
    fp = sum(g and not e for e, g in rows)
    fn = sum(e and not g for e, g in rows)
    print(
        f"RESULT cases={len(rows)} precision={ratio(tp, tp + fp):.3f} "
        f"recall={ratio(tp, tp + fn):.3f} false_negatives={fn} false_positives={fp} "
        f"blocked_for_another_reason={wrong_category}"
    )


if __name__ == "__main__":
    main(sys.argv[1:] or ["tests/compliance/corpus"])
