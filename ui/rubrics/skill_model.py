"""A list model over the skill catalogue (read-only snapshots from the core)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from interview_planner.services.rubrics import CatalogueSkillView

SKILL_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class SkillListModel(QAbstractListModel):
    """Catalogue skills by name; the definition is the tooltip."""

    def __init__(self, skills: Sequence[CatalogueSkillView] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._skills = list(skills)

    def set_skills(self, skills: Sequence[CatalogueSkillView]) -> None:
        self.beginResetModel()
        self._skills = list(skills)
        self.endResetModel()

    def skill(self, row: int) -> CatalogueSkillView | None:
        return self._skills[row] if 0 <= row < len(self._skills) else None

    def row_of(self, slug: str) -> int:
        return next((i for i, s in enumerate(self._skills) if s.slug == slug), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._skills)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        skill = self.skill(index.row()) if index.isValid() else None
        if skill is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return skill.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return skill.definition
        if role == SKILL_ROLE:
            return skill
        return None
