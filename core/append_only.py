"""Records the ORM refuses to change or delete: the consent ledger, consent texts, printed short
codes, the helpdesk conversation.

The refusal is written once, here: ``AppendOnlyModel.save()`` refuses to change a saved row and
``delete()`` to remove one, and its queryset refuses bulk ``update()`` and ``delete()`` (and so
``bulk_update``). A model says only what it raises and why. The database triggers
(``core.db_guards``) make every other client refuse as well; this layer gives the ORM caller a
clear exception before the database does.

Override on the model:

* ``refusal_error`` — the app's own exception (a subclass of ``AppendOnlyError``), so callers
  can catch one table's refusal;
* ``change_refused`` / ``delete_refused`` — the messages (``{name}`` is the model's plural
  name); an empty ``change_refused`` lets saved rows change and keeps only deletion refused
  (a short code is retired or re-targeted, never deleted).

The one way past the refusal is ``AppendOnlyQuerySet._guarded_update``: an UPDATE the table's
database guard still decides (an erasure's anonymising transition, an outbound message's
delivery progress). Only the owning app's services call it.
"""

from typing import Any, ClassVar, NoReturn

from django.db import models
from django.utils.text import capfirst


class AppendOnlyError(Exception):
    """A row of an append-only table was about to be changed or removed."""


class AppendOnlyQuerySet[M: "AppendOnlyModel"](models.QuerySet[M]):
    """Refuses bulk changes and deletions of an ``AppendOnlyModel``'s rows. Subclass it for a
    model's own read helpers (``active()``, ``current()``)."""

    def update(self, **kwargs: Any) -> int:
        if self.model.change_refused:
            raise self.model.refusal(self.model.change_refused)
        return super().update(**kwargs)

    def delete(self) -> NoReturn:
        raise self.model.refusal(self.model.delete_refused)

    def _guarded_update(self, **kwargs: Any) -> int:
        # The transitions the table's database guard allows; callers: the owning app's
        # services only.
        return super().update(**kwargs)


class AppendOnlyModel(models.Model):
    """Inserted once; never changed (unless ``change_refused`` is empty) or deleted through
    the ORM."""

    refusal_error: ClassVar[type[AppendOnlyError]] = AppendOnlyError
    change_refused: ClassVar[str] = "{name} are append-only."
    delete_refused: ClassVar[str] = "{name} are never deleted."

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding and self.change_refused:
            raise self.refusal(self.change_refused)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise self.refusal(self.delete_refused)

    @classmethod
    def refusal(cls, message: str) -> AppendOnlyError:
        return cls.refusal_error(message.format(name=capfirst(str(cls._meta.verbose_name_plural))))
