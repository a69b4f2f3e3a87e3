"""Read the rubric for a catalogue skill: four levels, each with observable anchors.

Read-only for now: rubrics come from content files (``rubrics/*.yaml``).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_planner.services.rubrics import CatalogueSkillView, get_rubric, list_catalogue
from interview_planner.services.rubrics import RubricView as RubricData
from interview_planner_ui.common import rich_text as rt
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.rubrics.skill_model import SkillListModel


class RubricView(Page):
    """Pick a skill on the left, read its rubric on the right."""

    key = "rubrics"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = SkillListModel(parent=self)
        self._build()
        self.skills.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.refresh()

    def _build(self) -> None:
        self.skills = named(QListView(self), "rubric_skills")
        self.skills.setModel(self.model)
        self.skills.setAccessibleName(self.tr("Skills"))
        self.skills.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skills.setUniformItemSizes(True)
        self.skills.setSpacing(2)
        self.text = named(QTextBrowser(self), "rubric_text")
        rt.prepare_viewer(self.text)
        self.text.setAccessibleName(self.tr("Rubric"))
        self.text.setPlaceholderText(self.tr("Select a skill to read its rubric."))
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "rubric_splitter")
        self.splitter.addWidget(self.skills)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(self.splitter)

    def select_skill(self, slug: str) -> bool:
        row = self.model.row_of(slug)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.skills.selectionModel().setCurrentIndex(self.model.index(row), flags)
        return True

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        skill = self.model.skill(current.row()) if current.isValid() else None
        if skill is None:
            self.text.clear()
        elif not skill.has_rubric:
            self.text.setHtml(self._no_rubric(skill))
        else:
            self.text.setHtml(self.to_html(skill, get_rubric(self.context.db, skill.slug)))

    def to_html(self, skill: CatalogueSkillView, rubric: RubricData) -> str:
        parts = [rt.heading(rubric.title, 2), rt.paragraph(skill.definition, italic=True)]
        for level in rubric.levels:
            parts.append(rt.heading(self.tr("{level} · {label}").format(level=level.level, label=level.label), 3))
            parts.append(rt.paragraph(level.summary))
            parts.append(rt.bullets(level.anchors))
        return rt.document(*parts)

    def _no_rubric(self, skill: CatalogueSkillView) -> str:
        return rt.document(
            rt.heading(skill.name, 2),
            rt.paragraph(skill.definition, italic=True),
            rt.paragraph(self.tr("There is no rubric for this skill yet.")),
        )

    # --- Page hooks -------------------------------------------------------------

    def refresh(self) -> None:
        current = self.model.skill(self.skills.currentIndex().row())
        self.model.set_skills(list_catalogue(self.context.db))
        wanted = current.slug if current else next((s.slug for s in self._with_rubric()), "")
        self.select_skill(wanted)

    def _with_rubric(self) -> list[CatalogueSkillView]:
        return [s for s in (self.model.skill(r) for r in range(self.model.rowCount())) if s and s.has_rubric]

    def save_state(self) -> None:
        self.context.state.save_splitter(self.state_key("content"), self.splitter)

    def restore_state(self) -> None:
        if not self.context.state.restore_splitter(self.state_key("content"), self.splitter):
            self.splitter.setSizes([300, 860])
