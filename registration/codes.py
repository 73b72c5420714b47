"""Short-code text: Crockford base-32 (no I, L, O, U), upper case.

Upper case keeps ``SITE_URL/r/<code>`` inside QR alphanumeric mode once the printer upper-cases
the URL, which gives a smaller, lower-version QR symbol; ``normalise`` folds what a person types
(lower case, O for 0, I/L for 1, spaces and dashes) back to the canonical code.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: A SKU's code on a run: 6 symbols (30 bits); a serialized unit's: 10 symbols (50 bits), so a
#: unit code cannot be guessed from another.
SKU_CODE_LENGTH = 6
UNIT_CODE_LENGTH = 10
_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def generate(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise(typed: str) -> str:
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_FOLD)
    return cleaned if all(ch in ALPHABET for ch in cleaned) else ""
