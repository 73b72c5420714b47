"""``manage.py compliance_cases export [--output FILE]``: the reviewers' labelled cases as JSONL
in the corpus schema of ``tests/compliance/corpus`` (one JSON object a line: ``text``,
``policy``, ``lang``, ``expected_allowed``, ``expected_categories``, ``note``), to fold into the
linter's corpus. Without ``--output`` the lines go to standard output."""

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from core.compliance_cases import cases_for_export


class Command(BaseCommand):
    help = "Export the reviewers' labelled compliance cases as JSONL in the corpus schema."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("action", choices=["export"], help="What to do: export.")
        parser.add_argument(
            "--output", "-o", default="", help="Write to this file instead of standard output."
        )

    def handle(self, *args: Any, action: str, output: str, **options: Any) -> None:
        lines = [json.dumps(record, ensure_ascii=False) for record in cases_for_export()]
        text = "".join(f"{line}\n" for line in lines)
        if not output or output == "-":
            self.stdout.write(text, ending="")
            return
        path = Path(output)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error}") from error
        self.stderr.write(f"{len(lines)} labelled cases written to {path}")
