"""How role and loop codes read on screen ("must" -> "Must-have", "system-design" -> "System design").

Presentation only: the codes belong to the core (job-description parser and
planning model); this maps them to translated words, keeps unknown codes
readable, and gives the (label, code) lists the editors offer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interview_planner.planning.model import FOCUSES, FORMATS
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PlanningLabels"

SKILL_KINDS: dict[str, str] = {
    "hard": QT_TRANSLATE_NOOP("PlanningLabels", "Hard"),
    "soft": QT_TRANSLATE_NOOP("PlanningLabels", "Soft"),
}
PRIORITIES: dict[str, str] = {
    "must": QT_TRANSLATE_NOOP("PlanningLabels", "Must-have"),
    "nice": QT_TRANSLATE_NOOP("PlanningLabels", "Nice-to-have"),
}
STAGE_FORMATS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("PlanningLabels", "Phone"),
    "video": QT_TRANSLATE_NOOP("PlanningLabels", "Video"),
    "onsite": QT_TRANSLATE_NOOP("PlanningLabels", "Onsite"),
    "take-home": QT_TRANSLATE_NOOP("PlanningLabels", "Take-home"),
}
STAGE_FOCUSES: dict[str, str] = {
    "coding": QT_TRANSLATE_NOOP("PlanningLabels", "Coding"),
    "system-design": QT_TRANSLATE_NOOP("PlanningLabels", "System design"),
    "architecture-deep-dive": QT_TRANSLATE_NOOP("PlanningLabels", "Architecture deep dive"),
    "operations": QT_TRANSLATE_NOOP("PlanningLabels", "Operations"),
    "behavioural-leadership": QT_TRANSLATE_NOOP("PlanningLabels", "Leadership (behavioural)"),
    "cross-functional": QT_TRANSLATE_NOOP("PlanningLabels", "Cross-functional"),
    "hiring-manager": QT_TRANSLATE_NOOP("PlanningLabels", "Hiring manager"),
    "bar-raiser": QT_TRANSLATE_NOOP("PlanningLabels", "Bar raiser"),
}


def label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    if source is None:
        return code.replace("_", " ").replace("-", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, source)


def choices(table: dict[str, str], codes: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(label, code) pairs for an editor, in the core's order."""
    return [(label(table, code), code) for code in (codes or tuple(table))]


def kind_label(code: str) -> str:
    return label(SKILL_KINDS, code)


def priority_label(code: str) -> str:
    return label(PRIORITIES, code)


def format_label(code: str) -> str:
    return label(STAGE_FORMATS, code)


def focus_label(code: str) -> str:
    return label(STAGE_FOCUSES, code)


def format_choices() -> list[tuple[str, str]]:
    return choices(STAGE_FORMATS, FORMATS)


def focus_choices() -> list[tuple[str, str]]:
    return choices(STAGE_FOCUSES, FOCUSES)
