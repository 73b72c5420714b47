"""``python -m compliance`` through a real subprocess: output and exit codes 0, 1, 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "compliance", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,  # bounds a hang only
    )


def test_clean_text_exits_zero_and_prints_nothing() -> None:
    result = run(["--policy", "amazon_message"], "Your refund has been processed.\n")
    assert result.returncode == 0
    assert result.stdout == ""


def test_blocked_text_exits_one_with_json_lines() -> None:
    result = run(["--policy", "amazon_message", "--lang", "de"], "Folgen Sie uns auf Instagram!")
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["category"] == "social_media"
    assert rows[0]["message_lang"] == "de"
    assert rows[0]["excerpt"] == "Folgen Sie uns"


def test_json_lines_input_reports_record_and_line(tmp_path: Path) -> None:
    path = tmp_path / "messages.jsonl"
    path.write_text(
        json.dumps({"text": "Thanks, refund done."})
        + "\n\n"
        + json.dumps({"id": "t-2", "text": "Use code SAVE10 at checkout."})
        + "\n",
        encoding="utf-8",
    )
    result = run(["--policy", "insert", str(path)])
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["record"] for row in rows} == {1}
    assert rows[0]["line"] == 3
    assert rows[0]["id"] == "t-2"


def test_plain_text_with_json_looking_line_is_one_document() -> None:
    text = '{"text": "hi"}\nFollow us on Instagram @brand\n'
    result = run(["--policy", "amazon_message"], text)
    assert result.returncode == 1
    assert "record" not in json.loads(result.stdout.splitlines()[0])


def test_context_option() -> None:
    text = "Register: https://brand.example/r/AB12"
    assert run(["--policy", "insert"], text).returncode == 1
    ctx = json.dumps({"allowed_url_prefixes": ["https://brand.example/r/"]})
    assert run(["--policy", "insert", "--context", ctx], text).returncode == 0


def test_usage_errors_exit_two() -> None:
    assert run([], "x").returncode == 2
    assert run(["--policy", "ebay"], "x").returncode == 2
    assert run(["--policy", "insert", "/nonexistent/file.txt"]).returncode == 2
    assert run(["--policy", "insert", "--context", "[1]"], "x").returncode == 2
