"""A candidate's interviews: stage, interviewer, when, and the scorecard's state.

The "Scheduled" column is editable: its ``EditRole`` value is a local
``QDateTime`` (or None), and an edit only emits ``edit_requested``; the
page turns it into an undoable ``candidates.schedule_interview`` call. The
"Scorecard" column is a badge: Not started (grey), Draft (amber),
Submitted (green).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from interview_planner.services.candidates import InterviewView
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.record_model import Column, RecordTableModel
from interview_planner_ui.common.scoring_labels import status_label, status_tone
from interview_planner_ui.common.theme import colour
from interview_planner_ui.common.when import display, to_qt

CONTEXT = "InterviewModel"


def _stage(interview: InterviewView) -> str:
    return f"{interview.stage_position + 1}. {interview.stage}"


def _scheduled(interview: InterviewView) -> str:
    return display(interview.scheduled_at) or QCoreApplication.translate(CONTEXT, "Not scheduled")


COLUMNS: tuple[Column[InterviewView], ...] = (
    Column("stage", QT_TRANSLATE_NOOP("InterviewModel", "Stage"), _stage),
    Column("interviewer", QT_TRANSLATE_NOOP("InterviewModel", "Interviewer"), lambda i: i.interviewer),
    Column(
        "scheduled",
        QT_TRANSLATE_NOOP("InterviewModel", "Scheduled"),
        _scheduled,
        edit=lambda i: to_qt(i.scheduled_at),
        header_tip=QT_TRANSLATE_NOOP("InterviewModel", "Double-click or press F2 to change the time"),
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("InterviewModel", "Scorecard"),
        lambda i: status_label(i.scorecard_status),
    ),
)


class InterviewTableModel(RecordTableModel[InterviewView]):
    """One candidate's interviews in loop order."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def extra_data(self, record: InterviewView, column: Column[InterviewView], role: int) -> Any:
        if column.key == "scheduled" and record.scheduled_at is None:
            return colour("muted_text") if role == Qt.ItemDataRole.ForegroundRole else None
        if column.key != "status":
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_tone(record.scorecard_status).background
        if role == Qt.ItemDataRole.ForegroundRole:
            return status_tone(record.scorecard_status).text
        return None
