"""Risk signals: broad, high-recall patterns that hold a marketplace text for a person's review.

A risk is not a proof. It fires where violations tend to hide (a mention of reviews or ratings,
the seller's own shop, a search engine, a messenger, a future product, a club, a comparison)
and no precise rule in the language tables proved one. The decision is then ``review``: on the
Amazon channel the reply is held for a compliance reviewer, an insert design waits for a
reviewer's sign-off. Keep these broad; narrowing belongs to the reviewers' loop
(``manage.py compliance_cases export`` and the holds report show which signals turn out
harmless). Every rule here has ``risk=True`` and never names the owned channel.
"""

from ..model import Rule
from ._shared import MK

RULES: tuple[Rule, ...] = (
    Rule(
        id="risks.review.mention",
        category="review_solicitation",
        pattern=(
            r"\b(?:reviews?|reviewing|ratings?|rate\s(?:us|the|your|this|our)|stars?\b|feedback|"
            r"bewertung\w{0,2}|bewerten|rezension\w{0,2}|sterne?n?|"
            r"avis\b|évaluation\w?|évaluer|notez|étoiles?|"
            r"reseñas?|opini[oó]n\w{0,2}|valoraci[oó]n\w{0,2}|valorar|estrellas?|"
            r"recension[ei]|valutazion[ei]|valutare|stelle|stelline)"
            r"|评价|评论|好评|星级|五星|レビュー|評価|星[1-5１-５五]"
        ),
        note="amazon_message, insert: reviews or ratings are mentioned; a person checks it is "
        "neutral, unconditional and not gated",
        policies=MK,
        message="risk_review",
        keywords=(
            "review",
            "rating",
            "rate ",
            "star",
            "feedback",
            "bewert",
            "rezension",
            "stern",
            "avis",
            "valu",
            "étoile",
            "notez",
            "reseña",
            "opini",
            "valora",
            "estrella",
            "recension",
            "stell",
            "评",
            "星",
            "レビュー",
            "評価",
        ),
        risk=True,
    ),
)
