"""Rename and delete for the pages' records (roles, loops, candidates).

A rename is undoable: one :class:`ServiceCommand` whose two sides are the
same core call (``housekeeping.rename``) with the new and the previous name.
A delete cannot be undone (it takes child records with it), so it asks first,
naming what goes, with Cancel as the default button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from interview_planner.services import housekeeping
from interview_planner_ui.common.commands import ServiceCommand

if TYPE_CHECKING:
    from interview_planner_ui.common.pages import PageContext

Button = QMessageBox.StandardButton
KIND_TITLES = {"role": "Rename Role", "loop": "Rename Loop", "candidate": "Rename Candidate"}


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordCommands", text)


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

    def do() -> None:
        housekeeping.rename(context.db, kind=kind, ref=record_id, name=name)
        after()

    def undo() -> None:
        housekeeping.rename(context.db, kind=kind, ref=record_id, name=current)
        after()

    text = tr("{title} to {name}").format(title=title, name=name)
    context.undo_stack.push(ServiceCommand(text, do, undo, context.presenter))
    return True


def confirm_delete(parent: QWidget, *, title: str, text: str, button: str) -> bool:
    """A warning that says what goes and that it cannot be undone; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text + "\n\n" + tr("This cannot be undone."))
    box.setStandardButtons(Button.Yes | Button.Cancel)
    box.button(Button.Yes).setText(button)
    box.setDefaultButton(Button.Cancel)
    confirmed = box.exec() == Button.Yes
    box.deleteLater()
    return confirmed
