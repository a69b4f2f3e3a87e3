"""Undoable edits of a role's skills; each side of each command is one core call.

Removing a skill also takes it out of the stages that assess it (the core
would drop those rows with it): one "unassign" call per stage, then the
removal. Undo runs the inverse calls backwards: the skill comes back (under
a new id, see :mod:`id_forwarding`) and the stages assess it again. Ratings
already given to the skill are not restored.

The steps are plain calls inside one command, not child ``QUndoCommand``s:
under PySide6 a child command's Python object is collected (or deleted
twice when the stack is cleared), which crashes the process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from interview_planner.db.database import Database
from interview_planner.services import loops, roles
from interview_planner.services.roles import RoleSkillView, RoleView, SkillEdit
from interview_planner_ui.common.commands import ServiceCommand
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.id_forwarding import IdForwarding, Recreated

CONTEXT = "RoleCommands"
ShowRole = Callable[[RoleView, "str | None"], None]  # the role, the skill id to select
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("RoleCommands", "name"),
    "kind": QT_TRANSLATE_NOOP("RoleCommands", "kind"),
    "priority": QT_TRANSLATE_NOOP("RoleCommands", "priority"),
    "catalogue": QT_TRANSLATE_NOOP("RoleCommands", "catalogue skill"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def edit_value(skill: RoleSkillView, field: str) -> Any:
    """The value a :class:`SkillEdit` needs to put ``field`` back as it is in ``skill``."""
    if field == "catalogue":
        return skill.catalogue_skill or ""
    return getattr(skill, field)


class RoleCommands:
    """Builds and pushes the roles page's undo commands."""

    def __init__(self, db: Database, presenter: ErrorPresenter, stack: QUndoStack, show: ShowRole) -> None:
        self._db, self._presenter, self._stack, self._show = db, presenter, stack, show
        self.ids = IdForwarding.of(stack)

    def edit_skill(self, skill: RoleSkillView, field: str, value: Any) -> None:
        old, target = edit_value(skill, field), Recreated(self.ids, skill.id)
        text = tr("Change {field} of “{skill}”").format(field=tr(FIELD_NAMES.get(field, field)), skill=skill.name)
        self._push(
            text,
            lambda: self._update(target, field, value),
            lambda: self._update(target, field, old),
        )

    def add_skill(self, role_id: str, name: str, kind: str = "hard", priority: str = "must") -> None:
        target = Recreated(self.ids)
        fields = {"name": name, "kind": kind, "priority": priority, "catalogue_skill": None}
        text = tr("Add skill “{skill}”").format(skill=name)
        self._push(
            text,
            lambda: self._add(role_id, target, fields, None),
            lambda: self._remove(target),
        )

    def remove_skill(self, role_id: str, skill: RoleSkillView, stage_ids: list[str]) -> None:
        """Remove ``skill``, first from ``stage_ids`` (see :meth:`stages_assessing`)."""
        target = Recreated(self.ids, skill.id)
        fields = {
            "name": skill.name,
            "kind": skill.kind,
            "priority": skill.priority,
            "catalogue_skill": skill.catalogue_skill,
        }
        stages = [Recreated(self.ids, s) for s in stage_ids]

        def remove() -> None:
            for stage in stages:
                self._assess(stage, target, False)
            self._remove(target)

        def restore() -> None:
            self._add(role_id, target, fields, skill.position)
            for stage in stages:
                self._assess(stage, target, True)

        self._push(tr("Remove skill “{skill}”").format(skill=skill.name), remove, restore)

    # --- the core calls -------------------------------------------------------------

    def _push(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        self._stack.push(ServiceCommand(text, do, undo, self._presenter))

    def _update(self, target: Recreated, field: str, value: Any) -> None:
        key = "catalogue_skill" if field == "catalogue" else field
        view = roles.update_role_skill(self._db, role_skill_id=target.current(), edit=SkillEdit(**{key: value}))
        self._show(view, target.current())

    def _add(self, role_id: str, target: Recreated, fields: dict[str, Any], position: int | None) -> None:
        added = roles.add_role_skill(self._db, role_id=role_id, position=position, **fields)
        target.replaced_by(added.id)
        self._show(roles.get_role(self._db, role_id), added.id)

    def _remove(self, target: Recreated) -> None:
        self._show(roles.remove_role_skill(self._db, role_skill_id=target.current()), None)

    def _assess(self, stage: Recreated, skill: Recreated, assessed: bool) -> None:
        loops.set_stage_skill(self._db, stage=stage.current(), skill=skill.current(), assessed=assessed)

    def stages_assessing(self, role_id: str, skill_id: str) -> list[str]:
        """The stages, in every loop of the role, that assess the skill."""
        found = []
        for info in loops.list_loops(self._db):
            if info.role_id == role_id:
                view = loops.get_loop(self._db, info.id)
                found += [s.id for s in view.stages if skill_id in s.skill_ids]
        return found
