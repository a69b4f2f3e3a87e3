"""New loop from a template: the role, the template, a name, and whether to auto-plan it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interview_planner.planning.templates import DEFAULT_TEMPLATE, LoopTemplate
from interview_planner.services.roles import RoleSummary
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.planning_labels import focus_label


@dataclass(frozen=True)
class NewLoop:
    role_id: str
    template: str  # slug
    name: str | None  # None: the core names it after the role and the template
    auto_plan: bool


class NewLoopDialog(QDialog):
    """Asks what :func:`loops.plan` / :func:`loops.create_loop` need."""

    def __init__(
        self,
        roles: Sequence[RoleSummary],
        templates: Sequence[LoopTemplate],
        parent: QWidget | None = None,
        *,
        role_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_loop_dialog")
        self.setWindowTitle(self.tr("New Loop from Template"))
        self._templates = list(templates)
        self.role = self._combo("new_loop_role", self.tr("Role"))
        for role in roles:
            self.role.addItem(role.title, role.id)
        self.role.setCurrentIndex(max(0, self.role.findData(role_id)))
        self.template = self._combo("new_loop_template", self.tr("Template"))
        for template in self._templates:
            self.template.addItem(template.name, template.slug)
        self.template.setCurrentIndex(max(0, self.template.findData(DEFAULT_TEMPLATE)))
        self.name = named(QLineEdit(self), "new_loop_name")
        self.name.setAccessibleName(self.tr("Loop name"))
        self.name.setPlaceholderText(self.tr("Role – template, when left empty"))
        self.auto_plan = named(
            QCheckBox(self.tr("&Auto-plan: choose skills, questions and interviewers for every stage"), self),
            "new_loop_auto_plan",
        )
        self.auto_plan.setChecked(True)
        self.stages = named(QLabel(self), "new_loop_stages")
        self.stages.setTextFormat(Qt.TextFormat.PlainText)
        self.stages.setWordWrap(True)
        self.stages.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(roles))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self._lay_out()
        self._on_template_changed()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = named(QComboBox(self), name)
        combo.setAccessibleName(accessible)
        combo.setMinimumContentsLength(28)
        return combo

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow("", self.stages)
        form.addRow(self.tr("&Name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.auto_plan)
        layout.addWidget(self.buttons)

    def _on_template_changed(self) -> None:
        template = next((t for t in self._templates if t.slug == self.template.currentData()), None)
        if template is None:
            self.stages.clear()
            return
        lines = [
            self.tr("{number}. {name} · {minutes} min · {focus}").format(
                number=n, name=s.name, minutes=s.minutes, focus=focus_label(s.focus)
            )
            for n, s in enumerate(template.stages, start=1)
        ]
        self.stages.setText("\n".join(lines))

    def request(self) -> NewLoop:
        name = self.name.text().strip()
        return NewLoop(
            role_id=str(self.role.currentData()),
            template=str(self.template.currentData()),
            name=name or None,
            auto_plan=self.auto_plan.isChecked(),
        )
