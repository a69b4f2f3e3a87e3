"""Follow records that an undo re-created under a new id.

Removing a skill or a stage and undoing it adds the record again; the core
gives it a new id. Commands further down the undo stack still hold the old
one, so every command looks its ids up here at the moment it runs. There is
one table per undo stack (a child object of the stack), shared by all pages,
because one stack holds the commands of every page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

NAME = "id_forwarding"


class IdForwarding(QObject):
    """Old id -> the id of the record that replaced it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self._next: dict[str, str] = {}

    @classmethod
    def of(cls, stack: QUndoStack) -> IdForwarding:
        """The table shared by every command on ``stack``."""
        found = stack.findChild(IdForwarding, NAME)
        return found if found is not None else cls(stack)

    def current(self, record_id: str) -> str:
        seen = {record_id}
        while record_id in self._next:
            record_id = self._next[record_id]
            if record_id in seen:  # never loops, but a bad table must not hang the UI
                break
            seen.add(record_id)
        return record_id

    def forward(self, old: str, new: str) -> None:
        if old != new:
            self._next[old] = new
            self._next.pop(new, None)


class Recreated:
    """The id of a record that commands remove and add back (each time under a new id)."""

    def __init__(self, ids: IdForwarding, original: str | None = None) -> None:
        self._ids, self._original = ids, original

    def current(self) -> str:
        assert self._original is not None, "the record was never added"
        return self._ids.current(self._original)

    def replaced_by(self, new_id: str) -> None:
        if self._original is None:
            self._original = new_id
        else:
            self._ids.forward(self.current(), new_id)
