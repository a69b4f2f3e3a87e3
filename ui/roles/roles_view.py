"""The roles page: import a job description, review and correct the skills it names.

Left, every role. Right, the selected role's skills in an editable table
(name, kind, priority, catalogue link), the requirement the selected skill
came from, and the posting itself with that line highlighted. Every edit is
an undoable core call (:mod:`role_commands`). A job description comes from a
file (Ctrl+I, or dropped on the page) or is pasted; the import runs on a
worker while a busy bar shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTableView, QWidget

from interview_planner.operations import Op, OpResult
from interview_planner.operations import roles as role_ops
from interview_planner.services import roles
from interview_planner.services.rubrics import list_catalogue
from interview_planner_ui.common import record_commands
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.next_step import Step
from interview_planner_ui.common.page_actions import PageActions
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.common.tasks import Runner
from interview_planner_ui.roles.role_commands import RoleCommands
from interview_planner_ui.roles.role_importer import RoleImporter, importable
from interview_planner_ui.roles.role_skill_model import UNLINKED, RoleListModel, RoleSkillModel, custom_label
from interview_planner_ui.roles.roles_layout import RolesLayout

ROLE_KEY = "role"


class RolesView(Page):
    """Roles and their skills, editable with undo."""

    key = "roles"

    def __init__(self, context: PageContext, parent: QWidget | None = None, *, runner: Runner | None = None) -> None:
        super().__init__(context, parent)
        self.role_model = RoleListModel(self)
        self.skill_model = RoleSkillModel(self)
        self.role: roles.RoleView | None = None
        self._catalogue = [(custom_label(), UNLINKED)]
        self._fresh = False
        self.importer = RoleImporter(context.db, context.presenter, context.state, self, runner=runner)
        self.commands = RoleCommands(context.db, context.presenter, context.undo_stack, self.show_role)
        self.ui = RolesLayout(self, self.role_model, self.skill_model, self.catalogue_choices)
        self.actions = PageActions(
            self,
            {
                ActionId.IMPORT_JOB_DESCRIPTION: self.importer.choose_file,
                ActionId.PASTE_JOB_DESCRIPTION: self.importer.paste,
                ActionId.ADD_ROLE_SKILL: self._on_add_skill,
                ActionId.REMOVE_ROLE_SKILL: self._on_remove_skill,
                ActionId.RENAME_ROLE: self._on_rename_role,
                ActionId.DELETE_ROLE: self._on_delete_role,
                ActionId.PROMOTE_ROLE_SKILL: self.promote_skill,
            },
        )
        self.ui.add_buttons(
            [self.actions[ActionId.IMPORT_JOB_DESCRIPTION], self.actions[ActionId.PASTE_JOB_DESCRIPTION]],
            [self.actions[ActionId.ADD_ROLE_SKILL], self.actions[ActionId.REMOVE_ROLE_SKILL]],
        )
        self.setAcceptDrops(True)
        self._wire()
        self.refresh()

    def catalogue_choices(self) -> list[tuple[str, str]]:
        return self._catalogue

    def _wire(self) -> None:
        self.ui.roles.selectionModel().currentRowChanged.connect(self._on_role_changed)
        self.ui.skills.selectionModel().currentRowChanged.connect(self._on_skill_changed)
        self.skill_model.edit_requested.connect(self._on_edit_requested)
        self.importer.running_changed.connect(self._on_import_running)
        self.importer.imported.connect(self._on_imported)
        self.context.undo_stack.indexChanged.connect(self._on_stack_changed)

    # --- showing data ---------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the roles, the catalogue and the selected role."""
        self._catalogue = [(custom_label(), UNLINKED)] + [
            (skill.name, skill.slug) for skill in list_catalogue(self.context.db)
        ]
        wanted = self.role.role.id if self.role else self.context.state.text(self.state_key(ROLE_KEY))
        self._load_roles(wanted)

    def _load_roles(self, wanted: str | None) -> None:
        self.role_model.set_rows(roles.list_roles(self.context.db))
        row = self.role_model.row_of(wanted) if wanted else -1
        if row < 0 and self.role_model.rowCount():
            row = 0
        if row < 0:
            self._show(None, None)
            return
        current = self.ui.roles.currentIndex()
        if current.isValid() and current.row() == row:
            self._show(roles.get_role(self.context.db, self.role_model.record(row).id), None)
        else:
            self._select(self.ui.roles, self.role_model.index(row, 0))

    def show_role(self, view: roles.RoleView, skill_id: str | None = None) -> None:
        """Show ``view`` (the answer of a core call), selecting ``skill_id`` if given."""
        self._fresh = True
        row = self.role_model.row_of(view.role.id)
        if row < 0 or self.role_model.record(row).skills != len(view.skills):
            self.role_model.set_rows(roles.list_roles(self.context.db))
            row = self.role_model.row_of(view.role.id)
        if self.ui.roles.currentIndex().row() != row:
            self.ui.roles.selectionModel().blockSignals(True)
            self._select(self.ui.roles, self.role_model.index(row, 0))
            self.ui.roles.selectionModel().blockSignals(False)
        self._show(view, skill_id)

    def _show(self, view: roles.RoleView | None, skill_id: str | None) -> None:
        changed_role = view is None or self.role is None or self.role.role.id != view.role.id
        keep = self._current_skill_id()
        self.role = view
        if view is not None:
            self.commands.saw(view)
        self.skill_model.set_rows(view.skills if view else [])
        self.ui.show_role(view)
        if changed_role:
            self.ui.text.set_text(roles.role_source(self.context.db, view.role.id) if view else "")
        self.ui.show_banner(self.skill_model.unlinked())
        self._select_skill(skill_id or keep)
        self._update_actions()

    def _select_skill(self, skill_id: str | None) -> None:
        row = self.skill_model.row_of(skill_id) if skill_id else -1
        if row < 0 and self.skill_model.rowCount():
            row = min(max(self.ui.skills.currentIndex().row(), 0), self.skill_model.rowCount() - 1)
        if row < 0:
            self._on_skill_changed(QModelIndex(), QModelIndex())
            return
        column = max(self.ui.skills.currentIndex().column(), 1)
        index = self.skill_model.index(row, column)
        if index != self.ui.skills.currentIndex():
            self._select(self.ui.skills, index)
        else:
            self._on_skill_changed(index, index)

    @staticmethod
    def _select(view: QTableView, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)

    def _current_skill_id(self) -> str | None:
        skill = self.skill_model.record(self.ui.skills.currentIndex().row())
        return skill.id if skill else None

    def selected_skill(self) -> roles.RoleSkillView | None:
        return self.skill_model.record(self.ui.skills.currentIndex().row())

    def _update_actions(self) -> None:
        idle = not self.importer.running
        self.actions.set_available(ActionId.IMPORT_JOB_DESCRIPTION, idle)
        self.actions.set_available(ActionId.PASTE_JOB_DESCRIPTION, idle)
        self.actions.set_available(ActionId.ADD_ROLE_SKILL, self.role is not None)
        self.actions.set_available(ActionId.REMOVE_ROLE_SKILL, self.selected_skill() is not None)
        self.actions.set_available(ActionId.RENAME_ROLE, self.role is not None)
        self.actions.set_available(ActionId.DELETE_ROLE, self.role is not None)
        chosen = self.selected_skill()
        self.actions.set_available(ActionId.PROMOTE_ROLE_SKILL, chosen is not None and chosen.catalogue_skill is None)

    # --- slots ------------------------------------------------------------------------

    def _on_role_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.role_model.record(current.row()) if current.isValid() else None
        self._show(roles.get_role(self.context.db, summary.id) if summary else None, None)

    def _on_skill_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        skill = self.skill_model.record(current.row()) if current.isValid() else None
        self.ui.show_skill(skill)
        self._update_actions()

    def _on_edit_requested(self, skill: roles.RoleSkillView, field: str, value: object) -> None:
        if field == "name" and not str(value).strip():
            return
        self.commands.edit_skill(skill, field, value)

    def _on_add_skill(self) -> None:
        if self.role is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Add Skill"),
            self.tr("Name of the skill (you can set its kind, priority and catalogue skill in the table):"),
        )
        if ok and name.strip():
            self.commands.add_skill(self.role.role.id, name.strip())
            self.ui.skills.setFocus(Qt.FocusReason.OtherFocusReason)

    def promote_skill(self) -> None:
        """Make the selected custom skill a catalogue skill (the user's) and link it, in one step."""
        from interview_planner.services.skills import promote_role_skill

        skill = self.selected_skill()
        if self.role is None or skill is None or skill.catalogue_skill is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Add Skill to Catalogue"),
            self.tr(
                "Add “{skill}” to the skill catalogue and link it? Its questions and rubric can then be written "
                "on the Rubrics and Question Bank pages, and later postings that name it link to it."
            ).format(skill=skill.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            promote_role_skill(self.context.db, skill.id)
        except Exception as exc:
            self.context.presenter.show(exc, self)
            return
        self.refresh()
        self.show_role(roles.get_role(self.context.db, self.role.role.id), skill.id)

    def _on_remove_skill(self) -> None:
        skill = self.selected_skill()
        if self.role is None or skill is None:
            return
        stages = self.commands.stages_assessing(self.role.role.id, skill.id)
        if stages and not self._confirm_removal(skill, len(stages)):
            return
        self.commands.remove_skill(self.role.role.id, skill, stages)

    def _confirm_removal(self, skill: roles.RoleSkillView, stages: int) -> bool:
        """Ratings given to the skill go with it, and undo cannot bring them back: ask."""
        answer = QMessageBox.question(
            self,
            self.tr("Remove Skill"),
            self.tr(
                "“{skill}” is assessed in {count} stage(s). Removing it takes it out of "
                "them and deletes any rating interviewers gave it.\n\nUndo brings the skill "
                "back into its stages, but not the ratings. Remove it?"
            ).format(skill=skill.name, count=stages),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_rename_role(self) -> None:
        if self.role is not None:
            role = self.role.role
            record_commands.rename(
                self.context, self, kind="role", record_id=role.id, current=role.title, after=self.refresh
            )

    def _on_delete_role(self) -> None:
        if self.role is None:
            return
        role = self.role.role
        text = self.tr("Delete the role {title}, its skills and its loops?").format(title=role.title)
        if record_commands.confirm_delete(self, title=self.tr("Delete Role"), text=text, button=self.tr("Delete")):
            op = Op.of(role_ops.delete_role, role=role.id, guard=role.id)
            record_commands.push(
                self.context, self.tr("Delete Role {title}").format(title=role.title), op, self._on_role_op
            )
            if self.role is None:
                self.context.post_status(self.tr("Deleted the role {title}.").format(title=role.title))

    def _on_role_op(self, result: OpResult[Any]) -> None:
        """A role was deleted, brought back or imported (by a command or its undo)."""
        if isinstance(result.result, roles.RoleView):
            self.role_model.set_rows(roles.list_roles(self.context.db))
            self.show_role(result.result)
            return
        self.role = None
        self.context.state.set_text(self.state_key(ROLE_KEY), "")
        self.refresh()

    def _on_import_running(self, running: bool) -> None:
        self.ui.show_busy(running)
        self._update_actions()

    def next_step(self) -> Step | None:
        if self.role_model.rowCount():
            return None
        return Step(
            self.tr("Start with a job description: open its file, drop it here, or paste the posting."),
            self.tr("Import Job Description…"),
            self.importer.choose_file,
        )

    def _plan_loop_for(self, role_id: str) -> None:
        self.context.navigator.plan_loop(role_id)

    def _on_imported(self, view: roles.RoleView) -> None:
        if view.imported != "reused":  # undoable: undo deletes the new role again
            text = self.tr("Import Role {title}").format(title=view.role.title)
            done = role_ops.imported(view)
            record_commands.push(self.context, text, done.inverse, self._on_role_op, done=done)
        self._load_roles(view.role.id)
        title = view.role.title.casefold()
        twins = [r for r in roles.list_roles(self.context.db) if r.id != view.role.id and r.title.casefold() == title]
        if twins:  # two roles one cannot tell apart in the loop and candidate lists
            self.context.suggest(
                Step(
                    self.tr(
                        "There is already a role called “{role}”: rename this one so the two can be told apart."
                    ).format(role=view.role.title),
                    self.tr("Rename Role…"),
                    self._on_rename_role,
                )
            )
            return
        if view.notice:  # nothing recognised: the posting is kept, the skills are the user's to add
            self.context.suggest(
                Step(
                    self.tr(
                        "No skill requirements were found in “{role}”: it was created with the posting's text "
                        "and no skills. Add its skills by hand."
                    ).format(role=view.role.title),
                    self.tr("Add Skill…"),
                    self._on_add_skill,
                )
            )
            self.context.post_status(self.tr("Imported “{role}” without skills.").format(role=view.role.title))
            return
        if view.more_postings:  # a file of several postings: only the first is this role, the others are not read
            next_step = Step(
                self.tr(
                    "“{role}” is imported from the file's first posting. The file holds more, not read: "
                    "{postings}. Import each from a file of its own."
                ).format(role=view.role.title, postings="; ".join(view.more_postings)),
                self.tr("Import Job Description…"),
                self.importer.choose_file,
            )
        else:
            next_step = Step(
                self.tr("“{role}” is imported. Next: plan its interview loop.").format(role=view.role.title),
                self.tr("Plan a Loop…"),
                lambda role_id=view.role.id: self._plan_loop_for(role_id),
            )
        self.context.suggest(next_step)
        hard = sum(1 for s in view.skills if s.kind == "hard")
        said = self.tr("Imported “{role}”: {hard} hard and {soft} soft skills.").format(
            role=view.role.title, hard=hard, soft=len(view.skills) - hard
        )
        if view.remembered:
            said += " " + self.tr("%n read as you corrected them in an earlier role.", "", view.remembered)
        self.context.post_status(said)
        self.ui.skills.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_stack_changed(self, _index: int) -> None:
        """Another page's command (or an undo from elsewhere) may have changed roles."""
        fresh, self._fresh = self._fresh, False
        if not fresh and self.isVisible():
            self.refresh()

    # --- drag and drop --------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and importable(paths[0]) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None and not self.importer.running:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.importer.import_file(path)

    # --- Page hooks -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def save_state(self) -> None:
        self.ui.save_state(self.context.state, self.state_key)
        if self.role is not None:
            self.context.state.set_text(self.state_key(ROLE_KEY), self.role.role.id)

    def restore_state(self) -> None:
        self.ui.restore_state(self.context.state, self.state_key)

    def shutdown(self) -> None:
        self.importer.shutdown()
        self.actions.release()
