"""Undo commands call one service each way; a failing call is shown and leaves no trace."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from interview_planner.errors import ConflictError
from interview_planner_ui.common.commands import ServiceCommand
from interview_planner_ui.common.errors import ErrorPresenter


def test_redo_and_undo_call_the_two_sides(qtbot: Any) -> None:
    calls: list[str] = []
    stack = QUndoStack()
    stack.push(ServiceCommand("Edit", lambda: calls.append("do"), lambda: calls.append("undo"), ErrorPresenter()))
    stack.undo()
    stack.redo()
    assert calls == ["do", "undo", "do"]
    assert stack.undoText() == "Edit"


def test_a_failed_change_is_reported_and_dropped(qtbot: Any) -> None:
    presenter = ErrorPresenter(display=lambda report, parent: None)
    stack = QUndoStack()

    def conflict() -> None:
        raise ConflictError("someone else changed this role")

    stack.push(ServiceCommand("Edit", conflict, lambda: None, presenter))
    assert stack.count() == 0 and stack.isClean()
    assert [r.text for r in presenter.history] == ["someone else changed this role"]
