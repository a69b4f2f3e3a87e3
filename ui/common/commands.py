"""Undo commands.

Data edits are core operations (:mod:`interview_planner.operations`): an
:class:`OperationCommand` holds the change as data, and both ``redo`` and
``undo`` apply what it holds and keep what comes back, the inverse. Undo of a
removal brings the same rows back under the same ids, in one transaction, so
no command needs to chase new ids. Each apply passes, as ``expected_version``,
the version of the loop or role the window last saw (:class:`SeenVersions`),
so an edit or undo over a change made elsewhere is refused as stale.

:class:`ServiceCommand` remains for edits that go through an editor's memory
first (a scorecard's ratings) or have no inverse operation yet (rescheduling,
the interviewer pool, a skill's core mark): two core calls.

A step that fails is shown by the error presenter and the command drops itself
from the stack, so the stack never claims a change that did not happen. Child
``QUndoCommand``s crash under PySide6 (their Python wrappers free children the
parent's C++ side also deletes), so compound edits are one operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from interview_planner.db.database import Database
from interview_planner.operations import Op, OpResult, apply
from interview_planner_ui.common.errors import ErrorPresenter

Shown = Callable[[OpResult[Any]], None]


class SeenVersions(QObject):
    """The version of each loop and role as the window last saw it (one table per undo stack)."""

    NAME = "seen_versions"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self._versions: dict[str, int] = {}

    @classmethod
    def of(cls, stack: QUndoStack) -> SeenVersions:
        found = stack.findChild(SeenVersions, cls.NAME)
        return found if found is not None else cls(stack)

    def saw(self, record_id: str, version: int) -> None:
        self._versions[record_id] = version

    def get(self, record_id: str | None) -> int | None:
        return self._versions.get(record_id) if record_id else None

    def apply(self, db: Database, op: Op) -> OpResult[Any]:
        """Run ``op`` against the version last seen of what it guards; remember the versions it leaves."""
        result = apply(db, op, expected_version=self.get(op.guard))
        self.update(result)
        return result

    def update(self, result: OpResult[Any]) -> None:
        self._versions.update(result.changes.versions)


class OperationCommand(QUndoCommand):
    """An undoable core operation: redo and undo each apply the op held and keep its inverse."""

    def __init__(
        self,
        text: str,
        op: Op,
        db: Database,
        stack: QUndoStack,
        shown: Shown,
        presenter: ErrorPresenter,
        *,
        done: OpResult[Any] | None = None,
    ) -> None:
        super().__init__(text)
        self._op, self._db, self._shown, self._presenter = op, db, shown, presenter
        self._versions = SeenVersions.of(stack)
        self._done = done  # an operation already applied (on a worker): the first redo only shows it

    def redo(self) -> None:
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        if self._done is not None:
            result, self._done = self._done, None
            self._versions.update(result)
            self._op = result.inverse
            self._shown(result)
            return
        try:
            result = self._versions.apply(self._db, self._op)
        except Exception as exc:
            self.setObsolete(True)
            self._presenter.show(exc)
            return
        self._op = result.inverse
        self._shown(result)


def push_operation(
    stack: QUndoStack,
    db: Database,
    presenter: ErrorPresenter,
    text: str,
    op: Op,
    shown: Shown,
    *,
    done: OpResult[Any] | None = None,
) -> None:
    """Apply ``op`` as an undoable step on ``stack`` (the stack runs it at once), or, with ``done``,
    record an operation a worker has already applied (its result)."""
    stack.push(OperationCommand(text, op, db, stack, shown, presenter, done=done))


class ServiceCommand(QUndoCommand):
    """An undoable change made of two core calls."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        presenter: ErrorPresenter,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._do, self._undo, self._presenter = do, undo, presenter

    def redo(self) -> None:
        self._call(self._do)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:
            self.setObsolete(True)
            self._presenter.show(exc)
