"""The rubric editor: four levels with their anchors, how many anchors a level needs, and what a "Yes"
means at each target seniority, checked as you type by the core's ``Rubric`` model.

Anchors are observable behaviours, at most three per level (docs/content.md): the editor refuses more.
Saving makes the rubric the user's; the one it replaces stays restorable (``rubric restore``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interview_planner.content.loader import field_problems
from interview_planner.content.schema import LEVEL_LABELS, Rubric, Seniority
from interview_planner.services.content import rubric_model, save_rubric
from interview_planner_ui.common.field_form import FieldErrors
from interview_planner_ui.common.naming import named

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner_ui.common.errors import ErrorPresenter

MAX_ANCHORS = 3


class RubricEditorDialog(QDialog):
    """Edit the rubric of catalogue skill ``skill`` (a slug), or write its first one."""

    def __init__(self, db: Database, presenter: ErrorPresenter | None, skill: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.presenter, self.skill = db, presenter, skill
        self.setObjectName("rubric_editor")
        self.setWindowTitle(self.tr("Rubric for {skill}").format(skill=skill))
        self.errors = FieldErrors()
        self._build()
        existing = rubric_model(db, skill)
        if existing is not None:
            self.load(existing)
        self._wire()
        self.revalidate()

    def _build(self) -> None:
        body = QWidget(self)
        outer = QVBoxLayout(body)
        head = QFormLayout()
        self.title = named(QLineEdit(body), "rubric_title")
        self.required = named(QSpinBox(body), "rubric_anchors_required")
        self.required.setRange(0, 3)
        self.required.setSpecialValueText(self.tr("not set"))
        self.required.setToolTip(self.tr("How many anchors of a level must be observed to give that level"))
        self.bars: dict[str, QLineEdit] = {}
        rows: list[tuple[str, str, QWidget]] = [
            ("title", self.tr("Title"), self.title),
            ("anchors_required", self.tr("Anchors required"), self.required),
        ]
        for seniority in Seniority:
            edit = named(QLineEdit(body), f"rubric_bar_{seniority.value}")
            edit.setPlaceholderText(self.tr("what a 'Yes' looks like at this seniority (scope)"))
            self.bars[seniority.value] = edit
            rows.append((f"bars.{seniority.value}", self.tr("Bar: {s}").format(s=seniority.value), edit))
        for key, label, widget in rows:
            head.addRow(label, self._with_error(key, widget, body))
        outer.addLayout(head)
        self.levels: list[tuple[QLineEdit, QLineEdit, QPlainTextEdit]] = []
        for n in range(1, 5):
            group = QGroupBox(self.tr("Level {n}").format(n=n), body)
            form = QFormLayout(group)
            label = named(QLineEdit(LEVEL_LABELS[n], group), f"rubric_level{n}_label")
            summary = named(QLineEdit(group), f"rubric_level{n}_summary")
            anchors = named(QPlainTextEdit(group), f"rubric_level{n}_anchors")
            anchors.setPlaceholderText(self.tr("one observable behaviour per line (two or three)"))
            anchors.setMaximumHeight(anchors.fontMetrics().lineSpacing() * 5 + 12)
            i = n - 1
            form.addRow(self.tr("Label"), self._with_error(f"levels[{i}].label", label, group))
            form.addRow(self.tr("Summary"), self._with_error(f"levels[{i}].summary", summary, group))
            form.addRow(self.tr("Anchors"), self._with_error(f"levels[{i}].anchors", anchors, group))
            self.levels.append((label, summary, anchors))
            outer.addWidget(group)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.summary = named(QLabel(self), "rubric_problems")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 820)

    def _with_error(self, key: str, widget: QWidget, parent: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(widget)
        box.addWidget(self.errors.add(key, widget, parent))
        return box

    def _wire(self) -> None:
        self.title.textChanged.connect(self.revalidate)
        self.required.valueChanged.connect(self.revalidate)
        for edit in self.bars.values():
            edit.textChanged.connect(self.revalidate)
        for label, summary, anchors in self.levels:
            label.textChanged.connect(self.revalidate)
            summary.textChanged.connect(self.revalidate)
            anchors.textChanged.connect(self.revalidate)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def load(self, rubric: Rubric) -> None:
        self.title.setText(rubric.title)
        self.required.setValue(rubric.anchors_required or 0)
        for seniority, text in rubric.bars.items():
            self.bars[seniority.value].setText(text)
        for (label, summary, anchors), level in zip(self.levels, rubric.levels, strict=True):
            label.setText(level.label)
            summary.setText(level.summary)
            anchors.setPlainText("\n".join(level.anchors))

    def data(self) -> dict[str, Any]:
        return {
            "skill": self.skill,
            "title": self.title.text().strip(),
            "anchors_required": self.required.value() or None,
            "bars": {k: e.text().strip() for k, e in self.bars.items() if e.text().strip()},
            "levels": [
                {
                    "level": n,
                    "label": label.text().strip(),
                    "summary": summary.text().strip(),
                    "anchors": [a.strip() for a in anchors.toPlainText().splitlines() if a.strip()],
                }
                for n, (label, summary, anchors) in enumerate(self.levels, start=1)
            ],
        }

    def problems(self) -> list[tuple[str, str]]:
        data = self.data()
        found = field_problems(Rubric, data)
        for i, level in enumerate(data["levels"]):
            if len(level["anchors"]) > MAX_ANCHORS:
                found.append((f"levels[{i}].anchors", self.tr("at most three anchors per level")))
        return found

    def revalidate(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.errors.report(
            self.problems(),
            save=save,
            summary=self.summary,
            ready=self.tr("Ready to save. The current rubric stays restorable."),
        )

    def save(self) -> None:
        if self.problems():
            return
        try:
            save_rubric(self.db, Rubric.model_validate(self.data()))
        except Exception as exc:
            if self.presenter is None:
                raise
            self.presenter.show(exc, self)
            return
        self.accept()
