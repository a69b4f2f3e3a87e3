"""Undoable edits of a loop: each is one core operation (:mod:`interview_planner.operations.stages`).

The operation returns the loop as the core now sees it, and the command hands it to the page, so
the matrix, the stages and the findings always show the stored state. Undoing "remove stage"
brings the same stage (same id) back with its skills, questions and interviewers, in one
transaction, so commands further down the stack keep working with the ids they hold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from interview_planner.db.database import Database
from interview_planner.operations import Op, OpResult
from interview_planner.operations import stages as ops
from interview_planner.services import loops
from interview_planner.services.loops import LoopView, SkillCoverage, StageView
from interview_planner_ui.common.commands import SeenVersions, ServiceCommand, push_operation
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LoopCommands"
ShowLoop = Callable[[LoopView], None]
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("LoopCommands", "name"),
    "format": QT_TRANSLATE_NOOP("LoopCommands", "format"),
    "focus": QT_TRANSLATE_NOOP("LoopCommands", "focus"),
    "minutes": QT_TRANSLATE_NOOP("LoopCommands", "minutes"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class LoopCommands:
    """Builds and pushes the loop designer's undo commands."""

    def __init__(self, db: Database, presenter: ErrorPresenter, stack: QUndoStack, show: ShowLoop) -> None:
        self._db, self._presenter, self._stack, self._show = db, presenter, stack, show
        self.versions = SeenVersions.of(stack)
        self.loop_id = ""  # the loop on the page (the one the edits are made to)

    def saw(self, view: LoopView) -> None:
        """The page shows ``view``: edits of it check against its version."""
        self.loop_id = view.loop.id
        self.versions.saw(view.loop.id, view.loop.version)

    # --- skills ---------------------------------------------------------------------------

    def set_skill(self, stage: StageView, skill: SkillCoverage, assessed: bool) -> None:
        text = tr("Assess “{skill}” in “{stage}”") if assessed else tr("Stop assessing “{skill}” in “{stage}”")
        self._push(
            text.format(skill=skill.name, stage=stage.name),
            ops.set_stage_skill,
            stage=stage.id,
            skill=skill.id,
            assessed=assessed,
        )

    def set_core(self, loop_id: str, role_id: str, skill: SkillCoverage, core: bool) -> None:
        text = tr("Make “{skill}” core") if core else tr("Make “{skill}” not core")

        def call(value: bool) -> None:
            loops.set_skill_budget(self._db, role=role_id, skill=skill.id, core=value)
            self._show(loops.get_loop(self._db, loop_id))

        command = ServiceCommand(
            text.format(skill=skill.name), lambda: call(core), lambda: call(skill.core), self._presenter
        )
        self._stack.push(command)

    # --- stages ---------------------------------------------------------------------------

    def update_stage(self, stage: StageView, field: str, value: Any) -> None:
        text = tr("Change {field} of “{stage}”").format(field=tr(FIELD_NAMES.get(field, field)), stage=stage.name)
        self._push(text, ops.update_stage, stage=stage.id, edit={field: value})

    def add_stage(self, loop_id: str, name: str, position: int, **fields: Any) -> None:
        self._push(
            tr("Add stage “{stage}”").format(stage=name),
            ops.add_stage,
            loop=loop_id,
            name=name,
            position=position,
            **fields,
        )

    def remove_stage(self, loop_id: str, stage: StageView) -> None:
        self._push(tr("Remove stage “{stage}”").format(stage=stage.name), ops.remove_stage, stage=stage.id)

    def move_stage(self, stage: StageView, position: int) -> None:
        self._push(
            tr("Move stage “{stage}”").format(stage=stage.name), ops.move_stage, stage=stage.id, position=position
        )

    # --- questions and interviewers ---------------------------------------------------------------

    def add_question(self, stage: StageView, question_id: str, label: str) -> None:
        text = tr("Add question “{question}” to “{stage}”").format(question=label, stage=stage.name)
        self._push(text, ops.set_stage_question, stage=stage.id, question=question_id)

    def remove_question(self, stage: StageView, question_id: str, label: str) -> None:
        text = tr("Remove question “{question}” from “{stage}”").format(question=label, stage=stage.name)
        self._push(text, ops.set_stage_question, stage=stage.id, question=question_id, asked=False)

    def move_question(self, stage: StageView, question_id: str, position: int, label: str) -> None:
        text = tr("Move question “{question}”").format(question=label)
        self._push(text, ops.set_stage_question, stage=stage.id, question=question_id, position=position)

    def set_interviewer(self, stage: StageView, person_id: str, name: str, assigned: bool) -> None:
        text = tr("Add {person} to “{stage}”") if assigned else tr("Remove {person} from “{stage}”")
        self._push(
            text.format(person=name, stage=stage.name),
            ops.set_stage_interviewer,
            stage=stage.id,
            interviewer=person_id,
            assigned=assigned,
        )

    # --- plumbing ---------------------------------------------------------------------------------

    def _push(self, text: str, operation: Callable[..., OpResult[LoopView]], **args: Any) -> None:
        op = Op.of(operation, guard=args.get("loop") or self.loop_id or None, **args)
        push_operation(self._stack, self._db, self._presenter, text, op, self._shown)

    def _shown(self, result: OpResult[Any]) -> None:
        if isinstance(result.result, LoopView):
            self._show(result.result)
