"""How stored codes read on screen ("system_design" -> "System design").

Presentation only: the codes and their meaning belong to the core's content
schema; this maps them to translated words and keeps unknown codes readable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

KINDS: dict[str, str] = {
    "technical": QT_TRANSLATE_NOOP("Labels", "Technical"),
    "system_design": QT_TRANSLATE_NOOP("Labels", "System design"),
    "coding": QT_TRANSLATE_NOOP("Labels", "Coding"),
    "behavioural": QT_TRANSLATE_NOOP("Labels", "Behavioural"),
}

DIFFICULTIES: dict[str, str] = {
    "easy": QT_TRANSLATE_NOOP("Labels", "Easy"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "hard": QT_TRANSLATE_NOOP("Labels", "Hard"),
}


def kind_label(code: str) -> str:
    return _label(KINDS, code)


def difficulty_label(code: str) -> str:
    return _label(DIFFICULTIES, code)


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    if source is None:
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, source)
