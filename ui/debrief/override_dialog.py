"""Ask the hiring manager for an override: the decision, a mandatory reason, and who."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import decision_label


@dataclass(frozen=True)
class Override:
    decision: str  # hire / no_hire
    reason: str
    by: str


class OverrideDialog(QDialog):
    """OK stays disabled until a reason is written."""

    def __init__(self, candidate: str, computed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.setWindowTitle(self.tr("Override Decision"))
        intro = QLabel(
            self.tr(
                "The rule computed “{computed}” for {candidate}. An override is kept beside "
                "the computed decision, with your reason, and printed with both."
            ).format(computed=decision_label(computed), candidate=candidate),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.hire = named(QRadioButton(decision_label("hire"), self), "override_hire")
        self.no_hire = named(QRadioButton(decision_label("no_hire"), self), "override_no_hire")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.hire)
        self.choice.addButton(self.no_hire)
        (self.no_hire if computed == "hire" else self.hire).setChecked(True)
        self.reason = named(QPlainTextEdit(self), "override_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why the decision differs from the rule (required)"))
        self.by = named(QLineEdit(self), "override_by")
        self.by.setAccessibleName(self.tr("Decided by"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record Override"))
        self._lay_out(intro)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()

    def _lay_out(self, intro: QLabel) -> None:
        choices = QHBoxLayout()
        choices.addWidget(self.hire)
        choices.addWidget(self.no_hire)
        choices.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Decision:"), choices)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Decided &by:"), self.by)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def value(self) -> Override:
        decision = "hire" if self.hire.isChecked() else "no_hire"
        return Override(decision, self.reason.toPlainText().strip(), self.by.text().strip())
