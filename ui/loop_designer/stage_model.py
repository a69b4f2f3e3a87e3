"""Table models for a loop's stages, a stage's questions, question search results and interviewers.

The stages table is edited in place (name, format, focus, minutes): edits
are requests (``edit_requested``) that the page stores through undoable
core calls. Its last column carries ``TIME_ROLE`` for the time bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from interview_planner.planning.model import usable_minutes
from interview_planner.services.loops import QuestionRef, StageView
from interview_planner.services.search import QuestionView
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.planning_labels import focus_label, format_label
from interview_planner_ui.common.record_model import RIGHT, Column, RecordTableModel
from interview_planner_ui.loop_designer.time_bar import TIME_ROLE, is_over

CONTEXT = "StageModel"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def one_line(text: str) -> str:
    return " ".join(text.split())


def _time_tip(stage: StageView) -> str:
    return tr(
        "Questions take {used} of the {available} minutes available ({minutes} minus 10 for introductions "
        "and the candidate's questions)."
    ).format(used=stage.minutes_used, available=usable_minutes(stage.minutes), minutes=stage.minutes)


def anchor_of(stage: StageView) -> QuestionRef | None:
    return next((q for q in stage.questions if q.anchor), None)


def _depth_tip(stage: StageView) -> str:
    anchor = anchor_of(stage)
    head = (
        tr("Anchor exercise: {minutes} min, {text}").format(minutes=anchor.minutes, text=one_line(anchor.text)[:120])
        if anchor
        else tr("No anchor exercise.")
    )
    depth = tr("Rates {rated} of at most {cap} skills (4 per 60 minutes): {skills}").format(
        rated=len(stage.skills), cap=stage.skill_cap, skills=", ".join(stage.skills) or "–"
    )
    return f"{head}\n{depth}"


STAGE_COLUMNS: tuple[Column[StageView], ...] = (
    Column("name", QT_TRANSLATE_NOOP("StageModel", "Stage"), lambda s: s.name, edit=lambda s: s.name),
    Column(
        "format",
        QT_TRANSLATE_NOOP("StageModel", "Format"),
        lambda s: format_label(s.format),
        edit=lambda s: s.format,
    ),
    Column(
        "focus",
        QT_TRANSLATE_NOOP("StageModel", "Focus"),
        lambda s: focus_label(s.focus),
        edit=lambda s: s.focus,
    ),
    Column(
        "minutes",
        QT_TRANSLATE_NOOP("StageModel", "Min"),
        lambda s: s.minutes,
        RIGHT,
        edit=lambda s: s.minutes,
        header_tip=QT_TRANSLATE_NOOP("StageModel", "Length of the stage in minutes"),
    ),
    Column(
        "time",
        QT_TRANSLATE_NOOP("StageModel", "Time"),
        lambda s: f"{s.minutes_used} / {usable_minutes(s.minutes)}",
        tooltip=_time_tip,
        header_tip=QT_TRANSLATE_NOOP(
            "StageModel", "Minutes of questions against the minutes available (length minus 10)"
        ),
    ),
    Column(
        "depth",
        QT_TRANSLATE_NOOP("StageModel", "Rates"),
        lambda s: f"{len(s.skills)}/{s.skill_cap}" + (" ⚓" if anchor_of(s) else ""),
        RIGHT,
        tooltip=_depth_tip,
        header_tip=QT_TRANSLATE_NOOP(
            "StageModel", "Skills rated against the most the stage allows; ⚓ built around an anchor exercise"
        ),
    ),
)


class StageModel(RecordTableModel[StageView]):
    """The stages of a loop, in order, editable in place."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(STAGE_COLUMNS, parent)

    def extra_data(self, record: StageView, column: Column[StageView], role: int) -> Any:
        if role == TIME_ROLE and column.key == "time":
            return (record.minutes_used, record.minutes)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name" and not record.interviewers:
            return tr("No interviewer yet")
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name":
            return ", ".join(record.interviewers)
        return None

    def over_time(self, row: int) -> bool:
        stage = self.record(row)
        return stage is not None and is_over(stage.minutes_used, stage.minutes)


def _question_tip(q: QuestionRef) -> str:
    rates = tr("Rates: {skills}").format(skills=", ".join(q.primary) or "–")
    return f"{q.text}\n\n{rates}\n{tr('Probes')}: {', '.join(q.skills)}"


QUESTION_COLUMNS: tuple[Column[QuestionRef], ...] = (
    Column(
        "text",
        QT_TRANSLATE_NOOP("StageModel", "Question"),
        lambda q: ("⚓ " if q.anchor else "") + one_line(q.text),
        tooltip=_question_tip,
    ),
    Column("minutes", QT_TRANSLATE_NOOP("StageModel", "Min"), lambda q: q.minutes, RIGHT),
)

RESULT_COLUMNS: tuple[Column[QuestionView], ...] = (
    Column(
        "text",
        QT_TRANSLATE_NOOP("StageModel", "Question"),
        lambda q: one_line(q.text),
        tooltip=lambda q: f"{q.text}\n\n{', '.join(q.skills)}",
    ),
    Column("minutes", QT_TRANSLATE_NOOP("StageModel", "Min"), lambda q: q.minutes, RIGHT),
)


@dataclass(frozen=True)
class AssignedInterviewer:
    id: str
    name: str


INTERVIEWER_COLUMNS: tuple[Column[AssignedInterviewer], ...] = (
    Column("name", QT_TRANSLATE_NOOP("StageModel", "Interviewer"), lambda i: i.name),
)


def assigned(stage: StageView | None) -> list[AssignedInterviewer]:
    if stage is None:
        return []
    return [AssignedInterviewer(i, n) for i, n in zip(stage.interviewer_ids, stage.interviewers, strict=False)]


class StageQuestionModel(RecordTableModel[QuestionRef]):
    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(QUESTION_COLUMNS, parent)


class QuestionResultModel(RecordTableModel[QuestionView]):
    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(RESULT_COLUMNS, parent)


class InterviewerModel(RecordTableModel[AssignedInterviewer]):
    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(INTERVIEWER_COLUMNS, parent)
