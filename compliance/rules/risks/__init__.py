"""Risk signals: broad, high-recall patterns that hold a marketplace text for a person's review.

A risk is not a proof. It fires where violations tend to hide and no precise rule in the
language tables proved one: reviews, ratings and stars; the seller's own shop, other
marketplaces, search engines; social networks and messengers; future products; clubs and
notifications; comparisons with other sellers; value near a review or a later purchase;
web addresses nobody recognises; opt-out wording; tester programmes. The decision is then
``review``: on the Amazon channel the reply is held for a compliance reviewer, an insert design
waits for a reviewer's sign-off. Keep these broad, written by theme and word class (the pieces
in :mod:`compliance.rules._words`), never by the sentence that was missed; narrowing belongs to
the reviewers' loop (the holds report shows which signals turn out harmless). Every rule here
has ``risk=True`` and never names the owned channel, which has no review.
"""

from ...model import Rule
from . import diversion, marketing, reviews

RULES: tuple[Rule, ...] = reviews.RULES + diversion.RULES + marketing.RULES
