"""Undoable edits of a role's skills: each is one core operation (:mod:`interview_planner.operations.roles`).

Removing a skill takes it out of the stages that assess it in the same transaction; undo brings
the same skill (same id) back into those stages. Ratings already given to the skill are not
restored (they belong to scorecards).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from interview_planner.db.database import Database
from interview_planner.operations import Op, OpResult
from interview_planner.operations import roles as ops
from interview_planner.services.roles import RoleSkillView, RoleView
from interview_planner_ui.common.commands import SeenVersions, push_operation
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP

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


class RoleCommands:
    """Builds and pushes the roles page's undo commands."""

    def __init__(self, db: Database, presenter: ErrorPresenter, stack: QUndoStack, show: ShowRole) -> None:
        self._db, self._presenter, self._stack, self._show = db, presenter, stack, show
        self.versions = SeenVersions.of(stack)
        self.role_id: str | None = None  # the role on the page (the one its skills belong to)

    def saw(self, view: RoleView) -> None:
        """The page shows ``view``: edits of it check against its version."""
        self.role_id = view.role.id
        self.versions.saw(view.role.id, view.role.version)

    def edit_skill(self, skill: RoleSkillView, field: str, value: Any) -> None:
        key = "catalogue_skill" if field == "catalogue" else field
        text = tr("Change {field} of “{skill}”").format(field=tr(FIELD_NAMES.get(field, field)), skill=skill.name)
        self._push(text, ops.update_role_skill, self.role_id, role_skill_id=skill.id, edit={key: value})

    def add_skill(self, role_id: str, name: str, kind: str = "hard", priority: str = "must") -> None:
        text = tr("Add skill “{skill}”").format(skill=name)
        self._push(text, ops.add_role_skill, role_id, role_id=role_id, name=name, kind=kind, priority=priority)

    def remove_skill(self, role_id: str, skill: RoleSkillView, _stage_ids: list[str] | None = None) -> None:
        """Remove ``skill`` from the role and from every stage assessing it, in one step."""
        self._push(
            tr("Remove skill “{skill}”").format(skill=skill.name),
            ops.remove_role_skill,
            role_id,
            role_skill_id=skill.id,
        )

    def stages_assessing(self, role_id: str, skill_id: str) -> list[str]:
        """The stages, in every loop of the role, that assess the skill."""
        from interview_planner.services import loops  # with the planner: not while the roles page opens

        found = []
        for info in loops.list_loops(self._db):
            if info.role_id == role_id:
                view = loops.get_loop(self._db, info.id)
                found += [s.id for s in view.stages if skill_id in s.skill_ids]
        return found

    # --- plumbing ---------------------------------------------------------------------

    def _push(self, text: str, operation: Callable[..., OpResult[Any]], guard: str | None, **args: Any) -> None:
        op = Op.of(operation, guard=guard, **args)
        push_operation(self._stack, self._db, self._presenter, text, op, self._shown)

    def _shown(self, result: OpResult[Any]) -> None:
        if isinstance(result.result, RoleView):
            skills = result.changes.changed.get("role_skill", [])
            self._show(result.result, skills[0] if skills else None)
