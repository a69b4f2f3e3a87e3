"""Rename, create and delete the pages' records (roles, loops, candidates), all undoable.

Each is a core operation (:mod:`interview_planner.operations.records`, ``.roles``) pushed as an
:class:`OperationCommand`: undoing a delete brings the record back with everything that went
with it, under the same ids. Deleting still asks first, naming what goes, with Cancel as the
default button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from interview_planner.operations import Op, OpResult
from interview_planner_ui.common.commands import push_operation

if TYPE_CHECKING:
    from interview_planner.services import housekeeping  # loads the loop services, as .records does
    from interview_planner_ui.common.pages import PageContext

Button = QMessageBox.StandardButton
KIND_TITLES = {"role": "Rename Role", "loop": "Rename Loop", "candidate": "Rename Candidate"}


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordCommands", text)


def push(
    context: PageContext,
    text: str,
    op: Op,
    shown: Callable[[OpResult[Any]], None],
    *,
    done: OpResult[Any] | None = None,
) -> None:
    """Apply ``op`` as an undoable step of the window (or record one already applied: ``done``)."""
    push_operation(context.undo_stack, context.db, context.presenter, text, op, shown, done=done)


def rename(
    context: PageContext,
    parent: QWidget,
    *,
    kind: housekeeping.Kind,
    record_id: str,
    current: str,
    after: Callable[[], None],
) -> bool:
    """Ask for a new name and push the undoable rename; False if the user cancelled."""
    title = tr(KIND_TITLES[kind])
    name, ok = QInputDialog.getText(parent, title, tr("New name:"), QLineEdit.EchoMode.Normal, current)
    name = " ".join((name or "").split())
    if not ok or not name or name == current:
        return False
    from interview_planner.operations import records  # the loop services: not while the first page opens

    op = Op.of(records.rename, kind=kind, ref=record_id, name=name, guard=record_id if kind != "candidate" else None)
    text = tr("{title} to {name}").format(title=title, name=name)
    push(context, text, op, lambda _result: after())
    return True


def confirm_delete(parent: QWidget, *, title: str, text: str, button: str) -> bool:
    """A warning that says what goes (Edit > Undo brings it back); Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text + "\n\n" + tr("Edit › Undo brings it back."))
    box.setStandardButtons(Button.Yes | Button.Cancel)
    box.button(Button.Yes).setText(button)
    box.setDefaultButton(Button.Cancel)
    confirmed = box.exec() == Button.Yes
    box.deleteLater()
    return confirmed
