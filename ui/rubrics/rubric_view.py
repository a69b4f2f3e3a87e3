"""Read the rubric for a catalogue skill: four levels, each with observable anchors, how many must be
met and the bar per seniority. The catalogue and its rubrics are the user's to change: new and edited
skills (skill editor), rubrics written in the app (rubric editor) or imported from files (asking before
one replaces another, which stays restorable).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QListView,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from interview_planner.errors import ConflictError
from interview_planner.services.content import import_rubrics
from interview_planner.services.rubrics import CatalogueSkillView, get_rubric, list_catalogue
from interview_planner.services.rubrics import RubricView as RubricData
from interview_planner_ui.common import rich_text as rt
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.page_actions import PageActions
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.rubrics.skill_model import SkillListModel


class RubricView(Page):
    """Pick a skill on the left, read its rubric on the right."""

    key = "rubrics"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = SkillListModel(parent=self)
        self.actions = PageActions(
            self,
            {
                ActionId.NEW_SKILL: self.new_skill,
                ActionId.EDIT_SKILL: self.edit_skill,
                ActionId.EDIT_RUBRIC: self.edit_rubric,
                ActionId.IMPORT_RUBRICS: self.choose_rubric_files,
            },
        )
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
        bar = named(QToolBar(self), "rubrics_toolbar")  # folds into a ">>" menu when the window is narrow
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action_id in (ActionId.NEW_SKILL, ActionId.EDIT_SKILL, ActionId.EDIT_RUBRIC, ActionId.IMPORT_RUBRICS):
            bar.addAction(self.actions[action_id])
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)

    def select_skill(self, slug: str) -> bool:
        row = self.model.row_of(slug)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.skills.selectionModel().setCurrentIndex(self.model.index(row), flags)
        return True

    def current_skill(self) -> CatalogueSkillView | None:
        index = self.skills.currentIndex()
        return self.model.skill(index.row()) if index.isValid() else None

    # --- editing ----------------------------------------------------------------

    def new_skill(self) -> None:
        from interview_planner_ui.rubrics.skill_editor import SkillEditorDialog

        dialog = SkillEditorDialog(self.context.db, self.context.presenter, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.select_skill(dialog.saved.slug)

    def edit_skill(self) -> None:
        from interview_planner_ui.rubrics.skill_editor import SkillEditorDialog

        skill = self.current_skill()
        if skill is not None and SkillEditorDialog(self.context.db, self.context.presenter, skill.slug, self).exec():
            self.refresh()

    def edit_rubric(self) -> None:
        from interview_planner_ui.rubrics.rubric_editor import RubricEditorDialog

        skill = self.current_skill()
        if skill is not None and RubricEditorDialog(self.context.db, self.context.presenter, skill.slug, self).exec():
            self.refresh()

    def choose_rubric_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import Rubric Files"), "", self.tr("Rubrics (*.yaml *.yml *.json);;All files (*)")
        )
        if paths:
            self.import_rubric_files([Path(p) for p in paths])

    def import_rubric_files(self, paths: list[Path]) -> bool:
        """Import rubrics; when one would replace a skill's different rubric, ask first (the replaced one
        stays restorable). Returns whether anything was imported."""
        db = self.context.db
        try:
            try:
                import_rubrics(db, paths)
            except ConflictError as clash:
                if not self.confirm_replace(str(clash)):
                    return False
                import_rubrics(db, paths, replace=True)
        except Exception as exc:
            self.context.presenter.show(exc, self)
            return False
        self.refresh()
        return True

    def confirm_replace(self, message: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace Rubric?"),
            self.tr("{message}\n\nReplace it? The current rubric stays restorable.").format(
                message=message.split(";")[0]
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        skill = self.model.skill(current.row()) if current.isValid() else None
        self.actions.set_available(ActionId.EDIT_SKILL, skill is not None)
        self.actions.set_available(ActionId.EDIT_RUBRIC, skill is not None)
        if skill is None:
            self.text.clear()
        elif not skill.has_rubric:
            self.text.setHtml(self._no_rubric(skill))
        else:
            self.text.setHtml(self.to_html(skill, get_rubric(self.context.db, skill.slug)))

    def to_html(self, skill: CatalogueSkillView, rubric: RubricData) -> str:
        parts = [rt.heading(rubric.title, 2), rt.paragraph(skill.definition, italic=True)]
        if rubric.anchors_required:
            parts.append(
                rt.paragraph(
                    self.tr("A level is given when at least {n} of its anchors are observed.").format(
                        n=rubric.anchors_required
                    )
                )
            )
        for seniority, bar in rubric.bars.items():
            parts.append(rt.paragraph(self.tr("Yes for {s}: {bar}").format(s=seniority, bar=bar)))
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

    def shutdown(self) -> None:
        self.actions.release()

    def save_state(self) -> None:
        self.context.state.save_splitter(self.state_key("content"), self.splitter)

    def restore_state(self) -> None:
        if not self.context.state.restore_splitter(self.state_key("content"), self.splitter):
            self.splitter.setSizes([300, 860])
