"""Table models for the roles page: the roles, and the skills of one role.

The skills table is editable in place: name, kind, priority and catalogue
link. An edit only asks (``edit_requested``); the page stores it through an
undoable core call and shows the role the core returns. A skill that is not
linked to the catalogue (so has no questions or rubric yet) is tinted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from interview_planner.services.roles import RoleSkillView, RoleSummary
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.planning_labels import kind_label, priority_label
from interview_planner_ui.common.record_model import CENTER, RIGHT, Column, RecordTableModel
from interview_planner_ui.common.theme import colour

CONTEXT = "RoleSkillModel"
UNLINKED = ""  # the catalogue "code" of a custom skill (SkillEdit: "" unlinks)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def custom_label() -> str:
    return tr("— custom —")


def _catalogue(skill: RoleSkillView) -> str:
    return skill.catalogue_name or custom_label()


def _match(skill: RoleSkillView) -> str:
    if skill.match_score is None:
        return tr("corrected before") if skill.remembered else "—"
    shown = QLocale().toString(round(skill.match_score * 100)) + " %"
    return tr("needs review · {confidence}").format(confidence=shown) if skill.needs_review else shown


def _match_tip(skill: RoleSkillView) -> str:
    if skill.needs_review and skill.catalogue_skill is None:
        return tr("Some catalogue skill may fit this requirement: choose one, or keep it custom.")
    if skill.needs_review:
        return tr("A weak or close call between catalogue skills: check the link.")
    if skill.catalogue_skill is None:
        return tr("Not linked to the catalogue.")
    if skill.match_score is None and skill.remembered:
        return tr("Read as a person corrected the same line in an earlier role.")
    if skill.match_score is None:
        return tr("Linked by hand.")
    return tr("How closely the requirement's words match the catalogue skill.")


def _source_tip(skill: RoleSkillView) -> str:
    return skill.source


ROLE_COLUMNS: tuple[Column[RoleSummary], ...] = (
    Column("title", QT_TRANSLATE_NOOP("RoleSkillModel", "Role"), lambda r: r.title, tooltip=lambda r: r.title),
    Column(
        "skills",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Skills"),
        lambda r: r.skills,
        RIGHT,
        tooltip=lambda r: tr("{hard} hard and {soft} soft skills").format(hard=r.hard, soft=r.soft),
    ),
    Column("loops", QT_TRANSLATE_NOOP("RoleSkillModel", "Loops"), lambda r: r.loops, RIGHT),
)

SKILL_COLUMNS: tuple[Column[RoleSkillView], ...] = (
    Column("number", "#", lambda s: s.position + 1, RIGHT),
    Column(
        "name",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Skill"),
        lambda s: s.name,
        tooltip=_source_tip,
        edit=lambda s: s.name,
    ),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Kind"),
        lambda s: kind_label(s.kind),
        edit=lambda s: s.kind,
    ),
    Column(
        "priority",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Priority"),
        lambda s: priority_label(s.priority),
        edit=lambda s: s.priority,
    ),
    Column(
        "catalogue",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Catalogue skill"),
        _catalogue,
        edit=lambda s: s.catalogue_skill or UNLINKED,
        header_tip=QT_TRANSLATE_NOOP(
            "RoleSkillModel", "The catalogue skill that gives this skill its questions and rubric"
        ),
    ),
    Column(
        "questions",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Questions"),
        lambda s: s.questions,
        RIGHT,
        header_tip=QT_TRANSLATE_NOOP("RoleSkillModel", "Bank questions that probe the skill"),
    ),
    Column(
        "rubric",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Rubric"),
        lambda s: tr("Yes") if s.has_rubric else tr("No"),
        CENTER,
    ),
    Column(
        "match",
        QT_TRANSLATE_NOOP("RoleSkillModel", "Match"),
        _match,
        RIGHT,
        tooltip=_match_tip,
        header_tip=QT_TRANSLATE_NOOP("RoleSkillModel", "How well the requirement matched its catalogue skill"),
    ),
)


class RoleListModel(RecordTableModel[RoleSummary]):
    """Every role in the database: title, number of skills, number of loops."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ROLE_COLUMNS, parent)


class RoleSkillModel(RecordTableModel[RoleSkillView]):
    """The skills of one role, editable in place (edits are requests, see the module doc)."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(SKILL_COLUMNS, parent)

    def unlinked(self) -> list[RoleSkillView]:
        """Skills with no catalogue link, hence no questions or rubric yet."""
        return [s for s in self.rows() if s.catalogue_skill is None]

    def extra_data(self, record: RoleSkillView, column: Column[RoleSkillView], role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and record.catalogue_skill is None:
            return colour("warning_background")
        if role == Qt.ItemDataRole.ForegroundRole and record.catalogue_skill is None:
            return colour("warning_text")
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "catalogue" and record.catalogue_skill is None:
            return tr("No questions or rubric yet: choose a catalogue skill to link it.")
        return None
