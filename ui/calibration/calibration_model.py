"""The calibration table: one row per interviewer, across every candidate.

Columns are data over the core's :class:`InterviewerCalibration`:
scorecards submitted, ratings given, mean rating, offset from the panel on
the same candidate and skill (positive = more lenient) with its 95 %
interval, and the share of their stage's skills they left "not assessed".
Under the minimum number of comparisons nothing is tinted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from interview_planner.fairness.reliability import MIN_OFFSETS
from interview_planner.scoring.calibration import InterviewerCalibration
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.record_model import RIGHT, Column, RecordTableModel
from interview_planner_ui.common.scoring_labels import GREEN, ORANGE

CONTEXT = "CalibrationModel"
NOTABLE_OFFSET = 0.5  # offsets this large are tinted (a visual cue, not a rule)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _number(value: float | None, fmt: str = "{:.2f}") -> str:
    return fmt.format(value) if value is not None else "—"


def _offset(row: InterviewerCalibration) -> str:
    return _number(row.offset, "{:+.2f}")


def _share(row: InterviewerCalibration) -> str:
    return _number(None if row.not_assessed_share is None else row.not_assessed_share * 100, "{:.0f} %")


def _offset_tip(row: InterviewerCalibration) -> str:
    if row.offset is None:
        return _tr("No skill they rated was also rated by someone else on the same candidate.")
    tip = _tr("Mean difference from the other interviewers on the same candidate and skill, over {n} ratings.")
    if row.too_few:
        tip += " " + _tr("Too few to tell lenient from severe: no colour until there are {n}.").format(n=MIN_OFFSETS)
    return tip.format(n=row.offset_units)


def _interval(row: InterviewerCalibration) -> str:
    if row.too_few or row.offset_low is None or row.offset_high is None:
        return _tr("too few") if row.offset is not None else "—"
    return f"{row.offset_low:+.2f} … {row.offset_high:+.2f}"


COLUMNS: tuple[Column[InterviewerCalibration], ...] = (
    Column("interviewer", QT_TRANSLATE_NOOP("CalibrationModel", "Interviewer"), lambda r: r.interviewer),
    Column(
        "scorecards",
        QT_TRANSLATE_NOOP("CalibrationModel", "Scorecards"),
        lambda r: r.scorecards,
        RIGHT,
    ),
    Column("ratings", QT_TRANSLATE_NOOP("CalibrationModel", "Ratings"), lambda r: r.ratings, RIGHT),
    Column("mean", QT_TRANSLATE_NOOP("CalibrationModel", "Mean"), lambda r: _number(r.mean), RIGHT),
    Column(
        "offset",
        QT_TRANSLATE_NOOP("CalibrationModel", "Offset"),
        _offset,
        RIGHT,
        tooltip=_offset_tip,
        header_tip=QT_TRANSLATE_NOOP("CalibrationModel", "Above 0: more lenient than the panel; below 0: more severe"),
    ),
    Column(
        "interval",
        QT_TRANSLATE_NOOP("CalibrationModel", "95 % interval"),
        _interval,
        RIGHT,
        header_tip=QT_TRANSLATE_NOOP(
            "CalibrationModel", "Where the offset probably lies; an interval that contains 0 is no clear lean"
        ),
    ),
    Column("not_assessed", QT_TRANSLATE_NOOP("CalibrationModel", "Not assessed"), _share, RIGHT),
)


class CalibrationTableModel(RecordTableModel[InterviewerCalibration]):
    """Interviewers' calibration figures (read-only)."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent, key=lambda r: r.interviewer)

    def extra_data(self, record: InterviewerCalibration, column: Column[InterviewerCalibration], role: int) -> Any:
        if column.key != "offset" or record.offset is None or record.too_few or abs(record.offset) < NOTABLE_OFFSET:
            return None  # a handful of ratings gets no colour: it would read as a verdict
        tone = GREEN if record.offset > 0 else ORANGE
        if role == Qt.ItemDataRole.BackgroundRole:
            return tone.background
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone.text
        return None
