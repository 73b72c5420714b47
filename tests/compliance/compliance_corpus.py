"""The labelled corpus loader shared by the compliance tests."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from compliance import check

CORPUS_DIR = Path(__file__).parent / "corpus"


def load_corpus() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for path in sorted(CORPUS_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                record = json.loads(line)
                record["_where"] = f"{path.name}:{number}"
                records.append(record)
    return records


@functools.cache
def corpus_results() -> list[tuple[dict[str, Any], Any]]:
    """Every corpus record with its verdict, computed once per test process and only when a
    test asks: a run that selects no corpus test (the database-only pass) never pays for it."""
    return [(record, verdict_of(record)) for record in load_corpus()]


_VERDICTS: dict[str, Any] = {}


def verdict_of(record: dict[str, Any]) -> Any:
    """The linter's verdict on one corpus record, cached by its place in the corpus."""
    where = record["_where"]
    if where not in _VERDICTS:
        _VERDICTS[where] = check(
            record["text"], record["policy"], record.get("lang"), record.get("context")
        )
    return _VERDICTS[where]
