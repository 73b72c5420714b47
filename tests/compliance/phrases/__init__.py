"""Phrasings written for ``test_compliance_risks.py``, per theme and language.

None of these sentences is in the corpus or was taken from a held-out set: they were written
as an agent, a brand manager or a card designer would write them. They are kept apart from
the tests so that the tests read whole; every line of ``caught`` and ``passed`` is one case.
"""

from __future__ import annotations


def cases(block: str) -> list[tuple[str, str, str]]:
    """One case per line: policy, language, then the text; ⏎ stands for a line break."""
    cases = []
    for line in block.strip().splitlines():
        policy, lang, text = line.split(" ", 2)
        cases.append((policy, lang, text.replace("⏎", "\n")))
    return cases
