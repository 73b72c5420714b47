"""Writes of the registration app."""

from django.db import IntegrityError, transaction

from . import codes
from .models import CodeBatch, ShortCode

_BULK = 1000


def shortcodes_issue(
    *,
    sku,
    count: int = 1,
    batch: CodeBatch | None = None,
    insert_revision=None,
    locale: str = "",
    target: str = ShortCode.Target.REGISTER,
    serials: list[str] | None = None,
) -> list[ShortCode]:
    """Issue *count* new codes for *sku*.

    With *serials* (one per unit, ``len(serials) == count``) each code carries its unit's serial
    and is long enough not to be guessed from its neighbours. Codes are fresh random strings; a
    collision with an existing code is retried, so a code's text is never reused.
    """
    if serials is not None and len(serials) != count:
        raise ValueError("Give one serial per code.")
    length = codes.UNIT_CODE_LENGTH if serials is not None else codes.SKU_CODE_LENGTH
    issued: list[ShortCode] = []
    with transaction.atomic():
        for start in range(0, count, _BULK):
            chunk = range(start, min(start + _BULK, count))
            rows = [
                ShortCode(
                    code="",
                    sku=sku,
                    batch=batch,
                    insert_revision=insert_revision,
                    locale=locale,
                    target=target,
                    serial=serials[i] if serials is not None else "",
                )
                for i in chunk
            ]
            issued.extend(_insert_unique(rows, length))
    return issued


def _insert_unique(rows: list[ShortCode], length: int) -> list[ShortCode]:
    for _attempt in range(8):
        texts = {codes.generate(length) for _ in rows}
        if len(texts) < len(rows):
            continue
        taken = set(ShortCode.objects.filter(code__in=texts).values_list("code", flat=True))
        if taken:
            continue
        for row, text in zip(rows, list(texts), strict=True):
            row.code = text
        try:
            with transaction.atomic():
                return ShortCode.objects.bulk_create(rows)
        except IntegrityError:
            continue  # a concurrent issue took one of them; draw again
    raise RuntimeError("Could not draw unique short codes; widen the code length.")
