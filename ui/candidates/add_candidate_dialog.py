"""Ask for a new candidate: name, email (optional) and the loop they interview for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interview_planner.services.loops import LoopInfo
from interview_planner_ui.common.naming import named


@dataclass(frozen=True)
class NewCandidate:
    name: str
    email: str
    loop_id: str


class AddCandidateDialog(QDialog):
    """Name, email and loop; OK stays disabled until there is a name and a loop."""

    def __init__(self, loops: Sequence[LoopInfo], parent: QWidget | None = None, *, loop_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("add_candidate_dialog")
        self.setWindowTitle(self.tr("Add Candidate"))
        self.name = named(QLineEdit(self), "candidate_name")
        self.name.setAccessibleName(self.tr("Name"))
        self.email = named(QLineEdit(self), "candidate_email")
        self.email.setAccessibleName(self.tr("Email"))
        self.email.setPlaceholderText(self.tr("optional"))
        self.loop = named(QComboBox(self), "candidate_loop")
        self.loop.setAccessibleName(self.tr("Loop"))
        for info in loops:
            self.loop.addItem(self.tr("{loop} ({role})").format(loop=info.name, role=info.role), info.id)
        self.loop.setCurrentIndex(max(0, self.loop.findData(loop_id)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self._lay_out(bool(loops))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _lay_out(self, has_loops: bool) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Loop:"), self.loop)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not has_loops:
            hint = QLabel(self.tr("There is no loop yet: plan one first."), self)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _update_ok(self) -> None:
        ok = bool(self.name.text().strip()) and self.loop.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> NewCandidate:
        return NewCandidate(self.name.text().strip(), self.email.text().strip(), str(self.loop.currentData() or ""))
