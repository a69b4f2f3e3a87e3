"""The candidates table: one row per candidate, across every loop.

Columns are data (:data:`COLUMNS`) over :class:`CandidateView` snapshots
from ``services.candidates``; the progress column is a badge coloured by
how many of the candidate's scorecards are submitted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from interview_planner.services.candidates import CandidateView, InterviewView
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.record_model import Column, RecordTableModel
from interview_planner_ui.common.scoring_labels import AMBER, GREEN, GREY, Tone
from interview_planner_ui.common.when import display

CONTEXT = "CandidateModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def submitted(candidate: CandidateView) -> int:
    return sum(1 for i in candidate.interviews if i.scorecard_status == "submitted")


def progress_text(candidate: CandidateView) -> str:
    return _tr("{done} of {total} submitted").format(done=submitted(candidate), total=len(candidate.interviews))


def progress_tone(candidate: CandidateView) -> Tone:
    done = submitted(candidate)
    if candidate.interviews and done == len(candidate.interviews):
        return GREEN
    return AMBER if done else GREY


def next_interview(candidate: CandidateView, now: datetime | None = None) -> InterviewView | None:
    """The first interview still to come (by its scheduled time)."""
    now = now or datetime.now(UTC)
    ahead = [i for i in candidate.interviews if i.scheduled_at and _aware(i.scheduled_at) >= now]
    return min(ahead, key=lambda i: _aware(i.scheduled_at), default=None)


def _aware(value: datetime | None) -> datetime:
    assert value is not None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _next_text(candidate: CandidateView) -> str:
    upcoming = next_interview(candidate)
    return display(upcoming.scheduled_at) if upcoming else "—"


COLUMNS: tuple[Column[CandidateView], ...] = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("CandidateModel", "Candidate"),
        lambda c: c.name,
        tooltip=lambda c: c.email or c.name,
    ),
    Column(
        "loop",
        QT_TRANSLATE_NOOP("CandidateModel", "Loop"),
        lambda c: c.loop,
        tooltip=lambda c: f"{c.loop} · {c.role}",
    ),
    Column("progress", QT_TRANSLATE_NOOP("CandidateModel", "Scorecards"), progress_text),
    Column("next", QT_TRANSLATE_NOOP("CandidateModel", "Next interview"), _next_text),
)


class CandidateTableModel(RecordTableModel[CandidateView]):
    """Candidates of every loop; the progress column carries badge colours."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def extra_data(self, record: CandidateView, column: Column[CandidateView], role: int) -> Any:
        if column.key != "progress":
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return progress_tone(record).background
        if role == Qt.ItemDataRole.ForegroundRole:
            return progress_tone(record).text
        return None
