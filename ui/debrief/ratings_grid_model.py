"""The debrief's ratings grid: skills down, interviews across, the overall call at the bottom.

The rows and cells come from the core's consolidated scorecard data
(``services.packet_content.consolidated_scorecard``, the same data the PDF prints):
one row per role skill with its priority, one column per interview
(interviewer and stage), a Mean and a Flags column, and a last row with
each interviewer's overall recommendation and their mean. Cells are
coloured 1 red … 4 green; "N/A" means not assessed (with a reason), a dash
not rated, an empty cell a stage that does not assess the skill and "…" a
scorecard not submitted yet. The rows that decided the outcome (a must-have
below the bar, an unrated must-have) are bold and marked; each row carries
the interviewers' evidence for the debrief's evidence pane.

Columns are data (:class:`GridColumn`): the fixed ones are declared in
:data:`LEADING` and :data:`TRAILING`, the interview columns are made from
the data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from interview_planner.packets.model import CellState, ConsolidatedScorecard, EvidenceLine
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.scoring_labels import (
    AMBER,
    NOT_RATED,
    RECOMMENDATIONS,
    Tone,
    flag_label,
    priority_label,
    rating_label,
    rating_tone,
    recommendation_label,
)

CONTEXT = "RatingsGridModel"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value: rating 1..4 / None, mean, flag codes
AnyIndex = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
HEADER_CHARACTERS = 13  # interview column headers wrap at this width


@dataclass(frozen=True)
class GridRow:
    name: str
    priority: str  # must / nice / "" for the overall row
    cells: list[int | None]  # aligned with the interview columns
    mean: float | None
    flags: list[str]
    overall: bool = False
    codes: tuple[str | None, ...] = ()  # the overall row's recommendation codes
    states: tuple[CellState, ...] = ()  # aligned with cells (skill rows)
    evidence: tuple[EvidenceLine, ...] = ()
    deciding: tuple[str, ...] = ()  # the decision's reasons that name this skill


@dataclass(frozen=True)
class GridColumn:
    key: str
    header: str
    value: Callable[[GridRow], Any]  # the raw value (VALUE_ROLE)
    text: Callable[[GridRow], str]
    tone: Callable[[GridRow], Tone | None] = lambda _row: None
    align: Qt.AlignmentFlag = CENTER
    tooltip: Callable[[GridRow], str] | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _mean_text(row: GridRow) -> str:
    return f"{row.mean:.2f}" if row.mean is not None else NOT_RATED


def _mean_tone(row: GridRow) -> Tone | None:
    if row.mean is None:
        return None
    return rating_tone(min(4, max(1, int(row.mean + 0.5))))


CELL_MARKS = {"not_assessed": "N/A", "not_in_stage": "", "not_submitted": "…"}


def _skill_tooltip(row: GridRow) -> str:
    return "\n".join([row.name, *(_tr("Decides the outcome: {reason}").format(reason=r) for r in row.deciding)])


LEADING: tuple[GridColumn, ...] = (
    GridColumn(
        "skill",
        QT_TRANSLATE_NOOP("RatingsGridModel", "Skill"),
        lambda r: r.name,
        lambda r: r.name,
        lambda r: AMBER if r.deciding else None,
        align=LEFT,
        tooltip=_skill_tooltip,
    ),
    GridColumn(
        "priority",
        QT_TRANSLATE_NOOP("RatingsGridModel", "Priority"),
        lambda r: r.priority,
        lambda r: priority_label(r.priority) if r.priority else "",
    ),
)
TRAILING: tuple[GridColumn, ...] = (
    GridColumn(
        "mean",
        QT_TRANSLATE_NOOP("RatingsGridModel", "Mean"),
        lambda r: r.mean,
        _mean_text,
        _mean_tone,
    ),
    GridColumn(
        "flags",
        QT_TRANSLATE_NOOP("RatingsGridModel", "Flags"),
        lambda r: r.flags,
        lambda r: ", ".join(flag_label(f) for f in r.flags),
        lambda r: AMBER if r.flags else None,
    ),
)


def interview_column(number: int, interviewer: str, stage: str) -> GridColumn:
    def text(row: GridRow) -> str:
        value = row.cells[number]
        if row.overall:
            return recommendation_label(row.codes[number])
        state = row.states[number] if number < len(row.states) else "rated"
        if value is not None:
            return str(value)
        return CELL_MARKS.get(state, NOT_RATED)

    def tooltip(row: GridRow) -> str:
        shown = recommendation_label(row.codes[number]) if row.overall else rating_label(row.cells[number])
        for line in row.evidence:
            if (line.interviewer, line.stage) == (interviewer, stage):
                if line.rating is None and line.not_assessed_reason:
                    shown = _tr("not assessed: {reason}").format(reason=line.not_assessed_reason)
                if line.evidence:
                    shown += f"\n{line.evidence}"
        return f"{interviewer} ({stage}): {shown}"

    return GridColumn(
        f"interview_{number}",
        "\n".join([*wrap(interviewer, HEADER_CHARACTERS), *wrap(stage, HEADER_CHARACTERS)]),
        lambda r: r.cells[number],
        text,
        lambda r: rating_tone(r.cells[number]) if r.cells[number] is not None else None,
        tooltip=tooltip,
    )


def grid_rows(data: ConsolidatedScorecard, overall_mean: float | None) -> list[GridRow]:
    """The overall recommendations first (always in sight), then one row per skill."""
    codes = tuple(o.recommendation for o in data.overall)
    overall = GridRow(
        _tr("Overall recommendation"),
        "",
        [RECOMMENDATIONS.get(c or "") for c in codes],
        overall_mean,
        [],
        overall=True,
        codes=codes,
    )
    skills = [
        GridRow(
            s.name,
            s.priority,
            list(s.ratings),
            s.mean,
            list(s.flags),
            states=tuple(s.states),
            evidence=tuple(s.evidence),
            deciding=tuple(r for r in data.reasons if f"'{s.name}'" in r and not r.startswith("Hire:")),
        )
        for s in data.skills
    ]
    return [overall, *skills]


def wrap(text: str, width: int) -> list[str]:
    """Words into lines of at most ``width`` characters (a long word gets its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


class RatingsGridModel(QAbstractTableModel):
    """The consolidated ratings of one candidate (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._columns: tuple[GridColumn, ...] = (*LEADING, *TRAILING)

    def set_data(self, data: ConsolidatedScorecard | None, overall_mean: float | None = None) -> None:
        self.beginResetModel()
        if data is None:
            self._rows, self._columns = [], (*LEADING, *TRAILING)
        else:
            middle = tuple(interview_column(n, c.interviewer, c.stage) for n, c in enumerate(data.columns))
            self._columns = (*LEADING, *middle, *TRAILING)
            self._rows = grid_rows(data, overall_mean)
        self.endResetModel()

    def row(self, number: int) -> GridRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == VALUE_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.FontRole and (row.overall or (row.deciding and column.key == "skill")):
            font = QFont()
            font.setBold(True)
            return font
        return self._tone_data(column, row, role)

    @staticmethod
    def _tone_data(column: GridColumn, row: GridRow, role: int) -> Any:
        if role not in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return None
        tone = column.tone(row)
        if tone is None:
            return None
        return tone.background if role == Qt.ItemDataRole.BackgroundRole else tone.text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(column.header) if not column.key.startswith("interview_") else column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.key.startswith("interview_"):
            return column.header.replace("\n", " ")
        return None


def column_headers(model: RatingsGridModel) -> Sequence[str]:
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
