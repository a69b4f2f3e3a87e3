"""Undo commands: each side is one core service call.

Screens that change data push a :class:`ServiceCommand` on the window's
``QUndoStack``: ``redo`` calls the service, ``undo`` calls its inverse, and
the stack gives undo/redo, the Edit menu texts and the window's "modified"
mark. Compound edits are ONE command whose ``do`` and ``undo`` make several
service calls in order (and reverse order): child ``QUndoCommand``s crash
under PySide6, whose Python wrappers free the children that the parent's C++
side also deletes (reproduced while building the roles page). A call that fails is shown by the error
presenter and the command drops itself from the stack, so the stack never
claims a change that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from interview_planner_ui.common.errors import ErrorPresenter


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
