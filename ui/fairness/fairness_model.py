"""The adverse-impact table: one row per group and step, columns declared as data.

The rows are the core's :class:`GroupImpact` figures with their step's name;
the model only formats them (a flagged ratio is tinted, never only coloured:
the cell also says "below 4/5").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from interview_planner.fairness.impact import GroupImpact, StepImpact
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.record_model import RIGHT, Column, RecordTableModel
from interview_planner_ui.common.scoring_labels import AMBER

CONTEXT = "FairnessModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ImpactRow:
    step: str
    impact: GroupImpact

    @property
    def id(self) -> str:
        return f"{self.step}\x1f{self.impact.group}"


def rows_of(steps: list[StepImpact]) -> list[ImpactRow]:
    return [ImpactRow(step.step, g) for step in steps for g in step.groups]


def _rate(r: ImpactRow) -> str:
    g = r.impact
    return _tr("not shown") if g.suppressed else f"{g.selected}/{g.candidates} = {g.rate:.0%}"


def _ratio(r: ImpactRow) -> str:
    g = r.impact
    if g.suppressed or g.impact_ratio is None:
        return "—"
    text = f"{g.impact_ratio:.2f}"
    return text + "  " + _tr("below 4/5") if g.below_four_fifths else text


def _p(r: ImpactRow) -> str:
    g = r.impact
    if g.reference:
        return _tr("reference")
    return "—" if g.p_value is None else f"{g.p_value:.3f}"


COLUMNS: tuple[Column[ImpactRow], ...] = (
    Column("step", QT_TRANSLATE_NOOP("FairnessModel", "Step"), lambda r: r.step),
    Column("group", QT_TRANSLATE_NOOP("FairnessModel", "Group"), lambda r: r.impact.group),
    Column("candidates", QT_TRANSLATE_NOOP("FairnessModel", "Candidates"), lambda r: r.impact.candidates, RIGHT),
    Column("rate", QT_TRANSLATE_NOOP("FairnessModel", "Passed"), _rate, RIGHT),
    Column(
        "ratio",
        QT_TRANSLATE_NOOP("FairnessModel", "Impact ratio"),
        _ratio,
        RIGHT,
        header_tip=QT_TRANSLATE_NOOP("FairnessModel", "The group's pass rate divided by the highest group's rate"),
    ),
    Column(
        "p",
        QT_TRANSLATE_NOOP("FairnessModel", "Fisher p"),
        _p,
        RIGHT,
        header_tip=QT_TRANSLATE_NOOP(
            "FairnessModel", "Chance of a gap at least this large if both groups passed at the same rate"
        ),
    ),
)


class ImpactTableModel(RecordTableModel[ImpactRow]):
    """Read-only adverse-impact figures."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent, key=lambda r: r.id)

    def extra_data(self, record: ImpactRow, column: Column[ImpactRow], role: int) -> Any:
        if column.key != "ratio" or not record.impact.below_four_fifths:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return AMBER.background
        if role == Qt.ItemDataRole.ForegroundRole:
            return AMBER.text
        return None
