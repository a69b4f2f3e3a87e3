"""Record a candidate's voluntary self-identification (one combo box per category)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from interview_planner.services.candidates import CandidateView
from interview_planner.services.fairness import PREFER_NOT_TO_SAY
from interview_planner_ui.common.naming import named


class SelfIdDialog(QDialog):
    """Answers are optional: "Not asked" leaves a category empty."""

    def __init__(self, people: list[CandidateView], categories: dict[str, list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("self_id_dialog")
        self.setWindowTitle(self.tr("Self-identification"))
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Voluntary, and used only for the adverse-impact report. It never appears in packets, "
                "scorecards, the debrief or the decision."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.candidate = named(QComboBox(self), "self_id_candidate")
        for person in people:
            self.candidate.addItem(person.name, person.id)
        form.addRow(self.tr("&Candidate:"), self.candidate)
        self.answers: dict[str, QComboBox] = {}
        for category, values in categories.items():
            box = named(QComboBox(self), f"self_id_{category}")
            box.addItem(self.tr("Not asked"), None)
            for value in [*values, PREFER_NOT_TO_SAY]:
                box.addItem(value, value)
            self.answers[category] = box
            form.addRow(category.replace("_", " ").capitalize() + ":", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str | None]:
        return {category: box.currentData() for category, box in self.answers.items()}
