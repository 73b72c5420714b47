"""The rule tables, one module per language, and the shared building blocks they use.

A table is a tuple named ``RULES`` of :class:`compliance.model.Rule`. Every table runs on every
text (mixed-language messages are common: a German reply with an English signature), so a
pattern must be specific to its language's phrasing, never a bare word that means something
else elsewhere (French "sale" is "dirty"). To add a rule: append a ``Rule`` to the language's
table with a new stable id, a note naming the policy line it enforces, and a corpus case in
``tests/compliance/corpus`` that it makes pass.
"""

from __future__ import annotations

from ..model import Rule
from . import common, de, en, es, fr, it, ja, risks, zh

TABLES: dict[str, tuple[Rule, ...]] = {
    "common": common.RULES,
    "en": en.RULES,
    "de": de.RULES,
    "fr": fr.RULES,
    "es": es.RULES,
    "it": it.RULES,
    "zh": zh.RULES,
    "ja": ja.RULES,
    "risks": risks.RULES,
}

ALL_RULES: tuple[Rule, ...] = tuple(rule for table in TABLES.values() for rule in table)
