"""``python -m compliance``: lint text from a file or stdin.

Plain text is checked as one document. When every non-empty line is a JSON object with a
``text`` field, each line is its own record (a record's ``lang`` is used unless ``--lang`` is
given). Each finding is printed as one JSON line; exit status 1 when anything is blocked,
0 when everything is clean, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .engine import check
from .model import POLICIES, Context


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m compliance",
        description="Check text against a Bridgecard channel policy.",
    )
    parser.add_argument("--policy", required=True, choices=POLICIES)
    parser.add_argument("--lang", default=None, help="language code (default: detect)")
    parser.add_argument(
        "--context",
        default=None,
        help='JSON object, e.g. {"allowed_url_prefixes": ["https://brand.example/r/"]}',
    )
    parser.add_argument("file", nargs="?", help="input file (default: stdin)")
    return parser


def _records(raw: str) -> list[dict[str, Any]] | None:
    """The JSON-lines records, or None when the input is plain text."""
    records: list[dict[str, Any]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            return None
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            return None
        records.append({"line": number, **value})
    return records or None


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    context: Context | None = None
    if args.context:
        try:
            context = Context.coerce(json.loads(args.context))
        except (ValueError, TypeError) as exc:
            parser.error(f"--context: {exc}")
    if args.file:
        try:
            with open(args.file, encoding="utf-8") as handle:
                raw = handle.read()
        except OSError as exc:
            parser.error(f"cannot read {args.file}: {exc.strerror}")
    else:
        raw = sys.stdin.read()
    blocked = False
    records = _records(raw)
    if records is None:
        verdict = check(raw, args.policy, args.lang, context)
        blocked = not verdict.allowed
        for finding in verdict.findings:
            out.write(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n")
        return 1 if blocked else 0
    for index, record in enumerate(records):
        lang = args.lang or record.get("lang")
        verdict = check(
            record["text"], args.policy, lang if isinstance(lang, str) else None, context
        )
        blocked = blocked or not verdict.allowed
        for finding in verdict.findings:
            row = {"record": index, "line": record["line"], **finding.to_dict()}
            if "id" in record:
                row["id"] = record["id"]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 1 if blocked else 0
