"""The coverage matrix: the role's skills against the loop's stages.

A row is a role skill (must-haves in bold, with a MUST badge), a stage
column holds the number of the stage's questions that probe the skill, or
a dash when the stage does not assess it. Colours (light palette, readable
text):

* covered: assessed with at least one question (a must-have: in two stages or more);
* thin: assessed without a question, or a must-have assessed in only one stage;
* missing: a must-have assessed nowhere (the whole row).

The counts come from the core's :class:`LoopView` and each cell's state from
``planning.checks.coverage_cell`` (the rules of the coverage findings); this
only shows them. Like the other models, it updates in place when the same
skills and stages come back, so the focused cell survives an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from interview_planner.planning.checks import coverage_cell
from interview_planner.services.loops import LoopView, SkillCoverage, StageView
from interview_planner_ui.common.planning_labels import focus_label, priority_label
from interview_planner_ui.common.theme import colour

CONTEXT = "CoverageModel"
AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
STATE_ROLE = Role.UserRole + 10  # "covered" | "thin" | "missing" | ""
ASSESSED_ROLE = Role.UserRole + 11  # bool for stage cells, None for the skill columns
SKILL_ID_ROLE = Role.UserRole + 12
STAGE_ID_ROLE = Role.UserRole + 13

COVERED, THIN, MISSING, NOT_ASSESSED = "covered", "thin", "missing", ""


def state_colour(state: str, part: str = "background") -> QColor | None:
    """The cell colour of a coverage state (``part`` "background" or "text") in the shown theme."""
    return colour(f"{state}_{part}") if state in (COVERED, THIN, MISSING) else None


DASH = "–"
SKILL_COLUMN, BADGE_COLUMN, FIRST_STAGE = 0, 1, 2


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def cell_state(skill: SkillCoverage, stage: int | None) -> str:
    """How well ``skill`` is covered in the stage at index ``stage`` (None: the row as a whole)."""
    questions = None if stage is None else skill.questions_per_stage[stage]
    return coverage_cell(priority=skill.priority, core=skill.core, stages=skill.stages, questions=questions)


class CoverageModel(QAbstractTableModel):
    """Skills (rows) by stages (columns 2...); column 0 the skill, column 1 the MUST badge."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._skills: list[SkillCoverage] = []
        self._stages: list[StageView] = []

    # --- the loop -------------------------------------------------------------------

    def set_loop(self, view: LoopView | None) -> None:
        skills, stages = (view.skills, view.stages) if view else ([], [])
        same = [s.id for s in skills] == [s.id for s in self._skills] and [s.id for s in stages] == [
            s.id for s in self._stages
        ]
        if same and skills:
            self._skills, self._stages = list(skills), list(stages)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self._skills, self._stages = list(skills), list(stages)
        self.endResetModel()

    def skill(self, row: int) -> SkillCoverage | None:
        return self._skills[row] if 0 <= row < len(self._skills) else None

    def stage(self, column: int) -> StageView | None:
        position = column - FIRST_STAGE
        return self._stages[position] if 0 <= position < len(self._stages) else None

    def skill_row(self, skill_id: str) -> int:
        return next((i for i, s in enumerate(self._skills) if s.id == skill_id), -1)

    def stage_column(self, stage_id: str) -> int:
        found = next((i for i, s in enumerate(self._stages) if s.id == stage_id), -1)
        return found + FIRST_STAGE if found >= 0 else -1

    def is_assessed(self, index: AnyIndex) -> bool | None:
        """Whether the cell's stage assesses its skill; None outside the stage columns."""
        skill, stage = self.skill(index.row()), self.stage(index.column())
        if skill is None or stage is None:
            return None
        return skill.questions_per_stage[index.column() - FIRST_STAGE] is not None

    def state(self, index: AnyIndex) -> str:
        skill = self.skill(index.row())
        if skill is None:
            return NOT_ASSESSED
        stage = index.column() - FIRST_STAGE
        return cell_state(skill, stage if stage >= 0 else None)

    # --- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._skills)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_STAGE + len(self._stages)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        skill = self.skill(index.row()) if index.isValid() else None
        if skill is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == Role.DisplayRole:
            return self._text(skill, index.column())
        if role == Role.BackgroundRole:
            return state_colour(self.state(index))
        if role == Role.ForegroundRole:
            return self._foreground(skill, index)
        if role == Role.FontRole and skill.priority == "must" and index.column() < FIRST_STAGE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.TextAlignmentRole:
            return self._alignment(index.column())
        if role == Role.ToolTipRole:
            return self._tooltip(skill, index)
        return self._custom(skill, index, role)

    def _custom(self, skill: SkillCoverage, index: AnyIndex, role: int) -> Any:
        if role == STATE_ROLE:
            return self.state(index)
        if role == ASSESSED_ROLE:
            return self.is_assessed(index)
        if role == SKILL_ID_ROLE:
            return skill.id
        if role == STAGE_ID_ROLE:
            stage = self.stage(index.column())
            return stage.id if stage else None
        return None

    def _text(self, skill: SkillCoverage, column: int) -> str:
        if column == SKILL_COLUMN:
            return skill.name
        if column == BADGE_COLUMN:
            return tr("CORE") if skill.core else tr("MUST") if skill.priority == "must" else ""
        count = skill.questions_per_stage[column - FIRST_STAGE]
        return DASH if count is None else str(count)

    def _foreground(self, skill: SkillCoverage, index: AnyIndex) -> QColor | None:
        state = self.state(index)
        if index.column() == BADGE_COLUMN and state != MISSING:
            return colour("must_badge")
        return state_colour(state, "text")

    @staticmethod
    def _alignment(column: int) -> Qt.AlignmentFlag:
        if column == SKILL_COLUMN:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignCenter

    def _tooltip(self, skill: SkillCoverage, index: AnyIndex) -> str:
        stage = self.stage(index.column())
        state = self.state(index)
        if stage is None:
            where = tr("assessed in {count} stage(s)").format(count=skill.stages)
            return f"{skill.name} ({priority_label(skill.priority)}): {where}"
        count = skill.questions_per_stage[index.column() - FIRST_STAGE]
        if count is None:
            what = tr("not assessed here. Click, or press Space, to assess it.")
        else:
            what = tr(
                "assessed here; {count} question(s) probe it. Click, or press Space, to stop assessing it."
            ).format(count=count)
        hint = {
            THIN: tr(" Thin coverage."),
            MISSING: tr(" A must-have that no stage assesses."),
        }.get(state, "")
        return f"{skill.name} · {stage.name}: {what}{hint}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        stage = self.stage(section)
        if role == Role.DisplayRole:
            if stage is not None:
                return f"{stage.position + 1} · {stage.name}"
            return tr("Skill") if section == SKILL_COLUMN else ""
        if role == Role.ToolTipRole:
            if stage is None:
                return tr("Must-have skills") if section == BADGE_COLUMN else None
            return tr("{name}: {minutes} min, {focus}").format(
                name=stage.name, minutes=stage.minutes, focus=focus_label(stage.focus)
            )
        return None
