"""How the compliance linter's three decisions fare on labelled JSON-lines files.

Usage: ``python bench/compliance_accuracy.py FILE_OR_DIR [...]`` (records as in
``tests/compliance/corpus``). Per policy and language it prints:

- ``caught``: the share of texts labelled blocked that do not leave unchecked (decision
  ``block`` or ``review``);
- ``blocked``: the share of them a precise rule blocks outright;
- ``passed``: the share of texts labelled allowed that leave without a hold (``allow``);
- ``hard``: the share of texts labelled allowed that are blocked outright (a false alarm nobody
  can override).

Then every miss (``MISS`` a blocked text allowed, ``HARD`` an allowed text blocked, ``HELD`` an
allowed text held for review) and one line ``RESULT cases=... caught=... passed=...
hard_blocked=...`` for the whole set. Use it on text the rules were not written against (a
fresh held-out set) to see how the tables generalise.
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
    groups: dict[tuple[str, str], list[tuple[bool, str]]] = defaultdict(list)
    misses = []
    for r in records:
        verdict = check(r["text"], r["policy"], r.get("lang"), r.get("context"))
        blocked, decision = not r["expected_allowed"], verdict.decision
        for key in ((r["policy"], r["lang"]), (r["policy"], "all"), ("all", r["lang"])):
            groups[key].append((blocked, decision))
        groups[("all", "all")].append((blocked, decision))
        kind = (
            ("MISS" if decision == "allow" else "")
            if blocked
            else {"block": "HARD", "review": "HELD"}.get(decision, "")
        )
        if kind:
            found = verdict.categories or verdict.risk_categories
            misses.append(
                f"{kind} {r['_where']} {r['policy']}/{r['lang']}: {r['text']!r} -> {found}"
            )
    print(
        f"{'policy':<15}{'lang':<6}{'cases':>6}{'bad':>5}{'caught':>8}{'blocked':>8}"
        f"{'passed':>8}{'hard':>7}"
    )
    for key in sorted(groups, key=lambda k: (k[0] == "all", k[0], k[1] == "all", k[1])):
        figures = _figures(groups[key])
        print(
            f"{key[0]:<15}{key[1]:<6}{len(groups[key]):>6}{figures['bad']:>5}"
            f"{figures['caught']:>8.3f}{figures['blocked']:>8.3f}{figures['passed']:>8.3f}"
            f"{figures['hard']:>7.3f}"
        )
    print()
    print("\n".join(misses) if misses else "no misses")
    figures = _figures(groups[("all", "all")])
    print(
        f"RESULT cases={len(records)} caught={figures['caught']:.3f} "
        f"blocked={figures['blocked']:.3f} passed={figures['passed']:.3f} "
        f"hard_blocked={figures['hard']:.3f}"
    )


def _figures(rows: list[tuple[bool, str]]) -> dict[str, float]:
    bad = [decision for blocked, decision in rows if blocked]
    good = [decision for blocked, decision in rows if not blocked]
    return {
        "bad": len(bad),
        "caught": ratio(sum(d != "allow" for d in bad), len(bad)),
        "blocked": ratio(sum(d == "block" for d in bad), len(bad)),
        "passed": ratio(sum(d == "allow" for d in good), len(good)),
        "hard": ratio(sum(d == "block" for d in good), len(good)) if good else 0.0,
    }


if __name__ == "__main__":
    main(sys.argv[1:] or ["tests/compliance/corpus"])
