"""Undoable edits of a loop; each side of each command is one core call (or, to undo a
stage's removal, the calls that rebuild it).

Every call returns the loop as the core now sees it, and the command hands it
to the page, so the matrix, the stages and the findings always show the
stored state. Ids go through :class:`IdForwarding` because undoing "remove
stage" (or "remove skill" on the roles page) brings the record back under a
new id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from interview_planner.db.database import Database
from interview_planner.services import loops
from interview_planner.services.loops import LoopView, SkillCoverage, StageEdit, StageView
from interview_planner_ui.common.commands import ServiceCommand
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.id_forwarding import IdForwarding, Recreated

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
        self.ids = IdForwarding.of(stack)

    # --- skills ---------------------------------------------------------------------------

    def set_skill(self, stage: StageView, skill: SkillCoverage, assessed: bool) -> None:
        where, what = Recreated(self.ids, stage.id), Recreated(self.ids, skill.id)
        text = tr("Assess “{skill}” in “{stage}”") if assessed else tr("Stop assessing “{skill}” in “{stage}”")

        def call(value: bool) -> None:
            self._call(loops.set_stage_skill, stage=where.current(), skill=what.current(), assessed=value)

        self._push(text.format(skill=skill.name, stage=stage.name), lambda: call(assessed), lambda: call(not assessed))

    def set_core(self, loop_id: str, role_id: str, skill: SkillCoverage, core: bool) -> None:
        text = tr("Make “{skill}” core") if core else tr("Make “{skill}” not core")

        def call(value: bool) -> None:
            loops.set_skill_budget(self._db, role=role_id, skill=skill.id, core=value)
            self._show(loops.get_loop(self._db, loop_id))

        self._push(text.format(skill=skill.name), lambda: call(core), lambda: call(skill.core))

    # --- stages ---------------------------------------------------------------------------

    def update_stage(self, stage: StageView, field: str, value: Any) -> None:
        where, old = Recreated(self.ids, stage.id), getattr(stage, field)
        text = tr("Change {field} of “{stage}”").format(field=tr(FIELD_NAMES.get(field, field)), stage=stage.name)

        def call(new: Any) -> None:
            self._call(loops.update_stage, stage=where.current(), edit=StageEdit(**{field: new}))

        self._push(text, lambda: call(value), lambda: call(old))

    def add_stage(self, loop_id: str, name: str, position: int, **fields: Any) -> None:
        target = Recreated(self.ids)

        def add() -> None:
            view = loops.add_stage(self._db, loop=loop_id, name=name, position=position, **fields)
            target.replaced_by(view.stages[min(position, len(view.stages) - 1)].id)
            self._show(view)

        self._push(
            tr("Add stage “{stage}”").format(stage=name),
            add,
            lambda: self._call(loops.remove_stage, stage=target.current()),
        )

    def remove_stage(self, loop_id: str, stage: StageView) -> None:
        target = Recreated(self.ids, stage.id)
        self._push(
            tr("Remove stage “{stage}”").format(stage=stage.name),
            lambda: self._call(loops.remove_stage, stage=target.current()),
            lambda: self._rebuild(loop_id, stage, target),
        )

    def _rebuild(self, loop_id: str, stage: StageView, target: Recreated) -> None:
        """Add the stage back where it was, then its skills, questions and interviewers."""
        view = loops.add_stage(
            self._db,
            loop=loop_id,
            name=stage.name,
            minutes=stage.minutes,
            focus=stage.focus,
            format=stage.format,
            position=stage.position,
        )
        target.replaced_by(view.stages[min(stage.position, len(view.stages) - 1)].id)
        new = target.current()
        for skill in stage.skill_ids:
            view = loops.set_stage_skill(self._db, stage=new, skill=self.ids.current(skill))
        for question in stage.questions:
            view = loops.set_stage_question(self._db, stage=new, question=question.id)
        for person in stage.interviewer_ids:
            view = loops.set_stage_interviewer(self._db, stage=new, interviewer=person)
        self._show(view)

    def move_stage(self, stage: StageView, position: int) -> None:
        where, old = Recreated(self.ids, stage.id), stage.position
        text = tr("Move stage “{stage}”").format(stage=stage.name)
        self._push(
            text,
            lambda: self._call(loops.move_stage, stage=where.current(), position=position),
            lambda: self._call(loops.move_stage, stage=where.current(), position=old),
        )

    # --- questions and interviewers ---------------------------------------------------------------

    def add_question(self, stage: StageView, question_id: str, label: str) -> None:
        where = Recreated(self.ids, stage.id)
        self._push(
            tr("Add question “{question}” to “{stage}”").format(question=label, stage=stage.name),
            lambda: self._question(where, question_id, True, None),
            lambda: self._question(where, question_id, False, None),
        )

    def remove_question(self, stage: StageView, question_id: str, label: str) -> None:
        where = Recreated(self.ids, stage.id)
        position = next(i for i, q in enumerate(stage.questions) if q.id == question_id)
        self._push(
            tr("Remove question “{question}” from “{stage}”").format(question=label, stage=stage.name),
            lambda: self._question(where, question_id, False, None),
            lambda: self._question(where, question_id, True, position),
        )

    def move_question(self, stage: StageView, question_id: str, position: int, label: str) -> None:
        where = Recreated(self.ids, stage.id)
        old = next(i for i, q in enumerate(stage.questions) if q.id == question_id)
        self._push(
            tr("Move question “{question}”").format(question=label),
            lambda: self._question(where, question_id, True, position),
            lambda: self._question(where, question_id, True, old),
        )

    def set_interviewer(self, stage: StageView, person_id: str, name: str, assigned: bool) -> None:
        where = Recreated(self.ids, stage.id)
        text = tr("Add {person} to “{stage}”") if assigned else tr("Remove {person} from “{stage}”")

        def call(value: bool) -> None:
            self._call(loops.set_stage_interviewer, stage=where.current(), interviewer=person_id, assigned=value)

        self._push(text.format(person=name, stage=stage.name), lambda: call(assigned), lambda: call(not assigned))

    # --- plumbing ---------------------------------------------------------------------------------

    def _question(self, where: Recreated, question_id: str, asked: bool, position: int | None) -> None:
        self._call(
            loops.set_stage_question,
            stage=where.current(),
            question=question_id,
            asked=asked,
            position=position,
        )

    def _call(self, service: Callable[..., LoopView], **kwargs: Any) -> None:
        self._show(service(self._db, **kwargs))

    def _push(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        self._stack.push(ServiceCommand(text, do, undo, self._presenter))
