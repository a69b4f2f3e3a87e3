"""The loop designer: stages, coverage matrix, findings and the selected stage's questions.

Pick a loop, or create one for a role from a template (auto-planned or
empty). Every edit (a matrix cell, a stage field, adding, removing or moving
a stage, a question or an interviewer) is an undoable core call
(:mod:`loop_commands`) that returns the loop as stored; the page shows that
answer, so the matrix colours, the time bars and the findings follow every
edit at once. Auto-planning again replaces the whole plan and cannot be
undone, so it asks first. Creating and planning run on a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from interview_planner.errors import InputError
from interview_planner.operations import Op, OpResult, apply, records
from interview_planner.planning.templates import load_templates
from interview_planner.services import loops, roles
from interview_planner.services.loops import LoopView, SkillCoverage, StageView
from interview_planner_ui.common import record_commands
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.next_step import Step
from interview_planner_ui.common.page_actions import PageActions
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.common.tasks import Runner, TaskRunner
from interview_planner_ui.loop_designer.coverage_model import SKILL_COLUMN, CoverageModel
from interview_planner_ui.loop_designer.findings_model import FindingsModel
from interview_planner_ui.loop_designer.loop_commands import LoopCommands
from interview_planner_ui.loop_designer.loop_layout import LoopLayout
from interview_planner_ui.loop_designer.new_loop_dialog import NewLoopDialog
from interview_planner_ui.loop_designer.stage_model import StageModel
from interview_planner_ui.loop_designer.stage_panel import StagePanel

LOOP_KEY = "loop"
ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
CELL = QItemSelectionModel.SelectionFlag.ClearAndSelect


class LoopDesignerView(Page):
    """Design a loop with undo; the findings update after every edit."""

    key = "loops"

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        runner: Runner | None = None,
        search_runner: Runner | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.runner: Runner = runner or TaskRunner(self)
        self.view: LoopView | None = None
        self._stage_id: str | None = None
        self._fresh = False
        self._planning = False
        self.stage_model = StageModel(self)
        self.coverage_model = CoverageModel(self)
        self.findings_model = FindingsModel(self)
        self.commands = LoopCommands(context.db, context.presenter, context.undo_stack, self._show_answer)
        self.panel = StagePanel(context.db, self.commands, context.presenter, search_runner or TaskRunner(self), self)
        self.ui = LoopLayout(self, self.stage_model, self.coverage_model, self.findings_model, self.panel)
        self.actions = PageActions(self, self._handlers())
        self.ui.add_buttons(
            [self.actions[ActionId.NEW_LOOP], self.actions[ActionId.REPLAN_LOOP]],
            [
                self.actions[i]
                for i in (ActionId.ADD_STAGE, ActionId.REMOVE_STAGE, ActionId.MOVE_STAGE_UP, ActionId.MOVE_STAGE_DOWN)
            ],
        )
        self._wire()
        self.refresh()

    def _handlers(self) -> dict[ActionId, Callable[[], None]]:
        return {
            ActionId.NEW_LOOP: self._on_new_loop,
            ActionId.REPLAN_LOOP: self._on_replan,
            ActionId.ADD_STAGE: self._on_add_stage,
            ActionId.REMOVE_STAGE: self._on_remove_stage,
            ActionId.MOVE_STAGE_UP: lambda: self._on_move_stage(-1),
            ActionId.MOVE_STAGE_DOWN: lambda: self._on_move_stage(1),
            ActionId.RENAME_LOOP: self._on_rename_loop,
            ActionId.DELETE_LOOP: self._on_delete_loop,
        }

    def _wire(self) -> None:
        self.ui.loop_combo.activated.connect(self._on_loop_chosen)
        self.ui.stages.selectionModel().currentRowChanged.connect(self._on_stage_changed)
        self.stage_model.edit_requested.connect(self._on_stage_edit)
        self.ui.matrix.toggle_requested.connect(self._on_toggle)
        self.ui.matrix.selectionModel().currentRowChanged.connect(self._on_matrix_row_changed)
        self.ui.findings.clicked.connect(self._on_finding)
        self.ui.findings.activated.connect(self._on_finding)
        self.ui.core_check.toggled.connect(self._on_core_toggled)
        self.context.undo_stack.indexChanged.connect(self._on_stack_changed)

    # --- loading and showing ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of loops, the interviewers and the loop on screen."""
        wanted = self.view.loop.id if self.view else self.context.state.text(self.state_key(LOOP_KEY))
        infos = self._fill_loops(wanted)
        self.panel.set_pool(loops.list_interviewers(self.context.db))
        if not infos:
            self._show_none()
            return
        loop_id = str(self.ui.loop_combo.currentData())
        self.show_loop(loops.get_loop(self.context.db, loop_id))

    def _fill_loops(self, wanted: str | None) -> list[loops.LoopInfo]:
        infos = loops.list_loops(self.context.db)
        combo = self.ui.loop_combo
        combo.blockSignals(True)
        combo.clear()
        for info in infos:
            combo.addItem(self.tr("{loop} — {role}").format(loop=info.name, role=info.role), info.id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)) if infos else -1)
        combo.blockSignals(False)
        return infos

    def _show_answer(self, view: LoopView) -> None:
        """A command's answer: shown now, so the undo stack's signal need not reload it."""
        self._fresh = True
        self.show_loop(view)

    def show_loop(self, view: LoopView) -> None:
        """Show ``view`` (the loop as the core returned it)."""
        if self.ui.loop_combo.findData(view.loop.id) < 0:
            self._fill_loops(view.loop.id)
        self.ui.loop_combo.setCurrentIndex(self.ui.loop_combo.findData(view.loop.id))
        self.ui.loop_combo.setToolTip(self.ui.loop_combo.currentText())
        same_loop = self.view is not None and self.view.loop.id == view.loop.id
        self.view = view
        self.commands.saw(view)
        self.ui.show_empty("")
        self.stage_model.set_rows(view.stages)
        self.coverage_model.set_loop(view)
        self.findings_model.set_rows(view.findings)
        self.ui.show_findings_count(*self.findings_model.counts())
        budget = (
            self.tr(" · budget: {used} of {available} skill slots, {wanted} wanted").format(
                used=view.budget.used, available=view.budget.available, wanted=view.budget.wanted
            )
            if view.budget
            else ""
        )
        self.ui.summary.setText(
            self.tr("{role} · {stages} stages · {skills} skills").format(
                role=view.loop.role, stages=len(view.stages), skills=len(view.skills)
            )
            + budget
        )
        forecast, forecast_tip = self._forecast(view.loop.id)
        self.ui.summary.setText(self.ui.summary.text() + forecast)
        self.ui.summary.setToolTip("\n\n".join(t for t in (view.budget.text if view.budget else "", forecast_tip) if t))
        index = self.ui.matrix.currentIndex()
        self._show_core(self.coverage_model.skill(index.row()) if index.isValid() else None)
        wanted = self._stage_id if same_loop else None
        self._select_stage(wanted)
        self._update_actions()

    def _forecast(self, loop_id: str) -> tuple[str, str]:
        """The reliability forecast (docs/fairness.md): a short mark for the summary and its tooltip."""
        from interview_planner.services.reliability import loop_reliability

        try:
            result = loop_reliability(self.context.db, loop=loop_id)
        except Exception:  # a forecast is advisory: the designer stays usable without it
            return "", ""
        weak = result.weak_must_haves
        mark = self.tr(" · reliability: {n} must-have(s) below {t:.2f}").format(n=len(weak), t=result.threshold)
        head = self.tr("Reliability forecast (Spearman-Brown, one rating {r:.2f}, {source}):").format(
            r=result.single_rater, source=self.tr("measured") if result.source == "measured" else self.tr("prior")
        )
        lines = [
            f"{s.skill}: {s.observations} stage(s) → {s.forecast:.2f}{'  (low)' if s.below_threshold else ''}"
            for s in result.skills
        ]
        return mark, "\n".join([head, *lines])

    def _show_none(self) -> None:
        self.view = None
        self.stage_model.set_rows([])
        self.coverage_model.set_loop(None)
        self.findings_model.set_rows([])
        self.panel.show_stage(None)
        self.ui.summary.clear()
        self.ui.show_empty(
            self.tr(
                "No loop yet.\n\nCreate one for a role with Loop › New Loop from Template… "
                "(Ctrl+N); the planner can fill it for you."
            )
        )
        self._update_actions()

    def _select_stage(self, stage_id: str | None) -> None:
        row = self.stage_model.row_of(stage_id) if stage_id else -1
        if row < 0 and self.stage_model.rowCount():
            row = min(max(self.ui.stages.currentIndex().row(), 0), self.stage_model.rowCount() - 1)
        if row < 0:
            self.panel.show_stage(None)
            return
        column = max(self.ui.stages.currentIndex().column(), 0)
        index = self.stage_model.index(row, column)
        if index == self.ui.stages.currentIndex():
            self._on_stage_changed(index, index)
        else:
            self.ui.stages.selectionModel().setCurrentIndex(index, ROWS)

    def selected_stage(self) -> StageView | None:
        return self.stage_model.record(self.ui.stages.currentIndex().row())

    def _update_actions(self) -> None:
        idle, stage = not self._planning, self.selected_stage()
        row, count = self.ui.stages.currentIndex().row(), self.stage_model.rowCount()
        self.actions.set_available(ActionId.NEW_LOOP, idle)
        self.actions.set_available(ActionId.REPLAN_LOOP, idle and self.view is not None)
        self.actions.set_available(ActionId.ADD_STAGE, self.view is not None)
        self.actions.set_available(ActionId.REMOVE_STAGE, stage is not None)
        self.actions.set_available(ActionId.MOVE_STAGE_UP, stage is not None and row > 0)
        self.actions.set_available(ActionId.MOVE_STAGE_DOWN, stage is not None and row < count - 1)
        self.actions.set_available(ActionId.RENAME_LOOP, idle and self.view is not None)
        self.actions.set_available(ActionId.DELETE_LOOP, idle and self.view is not None)

    def _on_rename_loop(self) -> None:
        if self.view is not None:
            loop = self.view.loop
            record_commands.rename(
                self.context, self, kind="loop", record_id=loop.id, current=loop.name, after=self.refresh
            )

    def _on_delete_loop(self) -> None:
        if self.view is None:
            return
        loop = self.view.loop
        text = self.tr("Delete the loop {name} with its stages?").format(name=loop.name)
        if record_commands.confirm_delete(self, title=self.tr("Delete Loop"), text=text, button=self.tr("Delete")):
            op = Op.of(records.delete_loop, loop=loop.id, guard=loop.id)
            record_commands.push(
                self.context, self.tr("Delete Loop {name}").format(name=loop.name), op, self._on_loop_op
            )
            if self.view is None:
                self.context.post_status(self.tr("Deleted the loop {name}.").format(name=loop.name))

    def _on_loop_op(self, result: OpResult[Any]) -> None:
        """A loop was deleted, brought back or created (by a command or its undo)."""
        if isinstance(result.result, LoopView):
            self._stage_id = None
            self.show_loop(result.result)
            return
        self.view = None
        self.context.state.set_text(self.state_key(LOOP_KEY), "")
        self.refresh()

    # --- slots: choosing ----------------------------------------------------------------------

    def _on_loop_chosen(self, index: int) -> None:
        loop_id = self.ui.loop_combo.itemData(index)
        if loop_id and (self.view is None or self.view.loop.id != loop_id):
            self._stage_id = None
            self.show_loop(loops.get_loop(self.context.db, str(loop_id)))

    def _on_stage_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        stage = self.stage_model.record(current.row()) if current.isValid() else None
        self._stage_id = stage.id if stage else None
        self.panel.show_stage(stage)
        self._update_actions()

    def _on_matrix_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        skill = self.coverage_model.skill(current.row()) if current.isValid() else None
        self.panel.set_skill(skill)
        self._show_core(skill)

    def _show_core(self, skill: SkillCoverage | None) -> None:
        check = self.ui.core_check
        check.blockSignals(True)
        check.setChecked(bool(skill and skill.core))
        check.setEnabled(bool(skill and skill.priority == "must"))
        check.blockSignals(False)

    def _on_core_toggled(self, core: bool) -> None:
        index = self.ui.matrix.currentIndex()
        skill = self.coverage_model.skill(index.row()) if index.isValid() else None
        if self.view is None or skill is None:
            return
        self.commands.set_core(self.view.loop.id, self.view.loop.role_id, skill, core)

    def _on_finding(self, index: QModelIndex) -> None:
        finding = self.findings_model.record(index.row())
        if finding is None:
            return
        if finding.stage and self.stage_model.row_of(finding.stage) >= 0:
            self._select_stage(finding.stage)
        if finding.skill and self.coverage_model.skill_row(finding.skill) >= 0:
            column = self.coverage_model.stage_column(finding.stage) if finding.stage else -1
            cell = self.coverage_model.index(
                self.coverage_model.skill_row(finding.skill), column if column >= 0 else SKILL_COLUMN
            )
            self.ui.matrix.selectionModel().setCurrentIndex(cell, CELL)
            self.ui.matrix.scrollTo(cell)

    # --- slots: editing -----------------------------------------------------------------------

    def _on_toggle(self, index: QModelIndex) -> None:
        skill, stage = self.coverage_model.skill(index.row()), self.coverage_model.stage(index.column())
        if skill is None or stage is None:
            return
        self.commands.set_skill(stage, skill, not self.coverage_model.is_assessed(index))

    def _on_stage_edit(self, stage: StageView, field: str, value: object) -> None:
        if field == "name" and not str(value).strip():
            return
        self.commands.update_stage(stage, field, value)

    def _on_add_stage(self) -> None:
        if self.view is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add Stage"), self.tr("Name of the new stage:"))
        if not ok or not name.strip():
            return
        row = self.ui.stages.currentIndex().row()
        position = row + 1 if row >= 0 else len(self.view.stages)
        self._stage_id = None
        self.commands.add_stage(self.view.loop.id, name.strip(), position)
        if position < self.stage_model.rowCount():
            self.ui.stages.selectionModel().setCurrentIndex(self.stage_model.index(position, 0), ROWS)

    def _on_remove_stage(self) -> None:
        stage = self.selected_stage()
        if self.view is not None and stage is not None:
            self.commands.remove_stage(self.view.loop.id, stage)

    def _on_move_stage(self, step: int) -> None:
        stage, row = self.selected_stage(), self.ui.stages.currentIndex().row()
        if stage is None or not 0 <= row + step < self.stage_model.rowCount():
            return
        self.commands.move_stage(stage, row + step)

    def new_loop(self, role_id: str | None = None) -> None:
        """Loop > New Loop from Template…, for ``role_id`` when given (after a job description import)."""
        self._on_new_loop(role_id)

    def _on_new_loop(self, role_id: str | None = None) -> None:
        role_list = roles.list_roles(self.context.db)
        if not role_list:
            self.context.presenter.show(
                InputError(self.tr("There is no role yet: import a job description on the Roles page first.")),
                self,
            )
            return
        role_id = role_id or (self.view.loop.role_id if self.view else None)
        dialog = NewLoopDialog(role_list, load_templates(), self, role_id=role_id)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            request = dialog.request()
        finally:
            dialog.deleteLater()
        op = Op.of(
            records.create_loop,
            role=request.role_id,
            template=request.template,
            name=request.name,
            auto_plan=request.auto_plan,
        )
        self._set_planning(True)
        self.runner.submit(lambda db=self.context.db: apply(db, op), self._on_created, self._on_plan_failed)

    def _on_created(self, result: OpResult[LoopView]) -> None:
        """The worker created the loop: an undoable step on the stack (undo deletes it again)."""
        text = self.tr("New Loop {name}").format(name=result.result.loop.name)
        record_commands.push(self.context, text, result.inverse, self._on_loop_op, done=result)
        self._on_planned(result.result, self.tr("Created “{loop}”."))

    def _on_replan(self) -> None:
        if self.view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Auto-plan Again"),
            self.tr(
                "The planner will choose the skills, questions and interviewers of every stage of "
                "“{loop}” again, replacing the changes you made.\n\nThis cannot be undone. "
                "Plan the loop again?"
            ).format(loop=self.view.loop.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, loop_id = self.context.db, self.view.loop.id
        self._run(lambda: loops.replan(db, loop=loop_id), self.tr("Planned “{loop}” again."))

    def _run(self, work: Callable[[], LoopView], done: str) -> None:
        self._set_planning(True)
        self.runner.submit(work, lambda view: self._on_planned(view, done), self._on_plan_failed)

    def _set_planning(self, planning: bool) -> None:
        self._planning = planning
        self.ui.busy.setVisible(planning)
        self._update_actions()

    def _on_planned(self, view: LoopView, done: str) -> None:
        self._set_planning(False)
        self._stage_id = None
        self.show_loop(view)
        self.context.post_status(done.format(loop=view.loop.name))
        self.context.suggest(
            Step(
                self.tr("“{loop}” is ready. Next: add a candidate to it.").format(loop=view.loop.name),
                self.tr("Add a Candidate…"),
                lambda loop_id=view.loop.id: self._add_candidate_to(loop_id),
            )
        )

    def _add_candidate_to(self, loop_id: str) -> None:
        self.context.navigator.add_candidate(loop_id)

    def next_step(self) -> Step | None:
        if self.view is not None or self._planning:
            return None
        return Step(
            self.tr("No loop yet: create one for a role; the planner can fill it for you."),
            self.tr("New Loop…"),
            self._on_new_loop,
        )

    def _on_plan_failed(self, exc: BaseException) -> None:
        self._set_planning(False)
        self.context.presenter.show(exc, self)

    def _on_stack_changed(self, _index: int) -> None:
        """An undo from elsewhere (or another page's command) may have changed the loop."""
        fresh, self._fresh = self._fresh, False
        if not fresh and self.isVisible() and self.view is not None:
            self.show_loop(loops.get_loop(self.context.db, self.view.loop.id))

    # --- Page hooks ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def focus_find(self) -> bool:
        if self.view is None:
            return False
        self.panel.focus_search()
        return True

    def save_state(self) -> None:
        self.ui.save_state(self.context.state, self.state_key)
        if self.view is not None:
            self.context.state.set_text(self.state_key(LOOP_KEY), self.view.loop.id)

    def restore_state(self) -> None:
        self.ui.restore_state(self.context.state, self.state_key)

    def shutdown(self) -> None:
        self.runner.shutdown()
        self.panel.shutdown()
        self.actions.release()
