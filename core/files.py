"""Files that belong to database rows: written with the row, gone when the row is not.

A ``FileField`` writes to storage at once, before the transaction that inserts its row commits;
when that transaction rolls back the file stays behind with no row pointing at it. Code that
writes files and rows together runs inside ``removed_on_rollback()`` and writes through
``save_file``: when the block raises, every file it wrote is deleted again. Blocks nest: an
inner block that fails removes its own files, one that succeeds hands them to the block around
it, which removes them if it fails in turn. The outermost block should enclose the outermost
transaction (a file is only safe once the row pointing at it is committed).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.files.base import File
from django.core.files.storage import Storage
from django.db.models.fields.files import FieldFile

_written: ContextVar[list[tuple[Storage, str]] | None] = ContextVar("written_files", default=None)


@contextmanager
def removed_on_rollback() -> Iterator[None]:
    outer = _written.get()
    mine: list[tuple[Storage, str]] = []
    token = _written.set(mine)
    try:
        yield
    except BaseException:
        for storage, name in mine:
            storage.delete(name)
        raise
    finally:
        _written.reset(token)
    if outer is not None:
        outer.extend(mine)


def save_file(field: FieldFile, name: str, content: File[bytes]) -> str:
    """Write *content* for the model field *field* (without saving the row) and remember the
    file for ``removed_on_rollback``; returns the stored name."""
    field.save(name, content, save=False)
    written = _written.get()
    if written is not None:
        written.append((field.storage, field.name or ""))
    return field.name or ""
