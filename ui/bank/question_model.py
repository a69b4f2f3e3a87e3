"""A table model over the question bank that loads rows a page at a time.

The bank can hold 100,000 questions. The model never asks for more than one
page (:data:`PAGE_SIZE` rows): a short first page (:data:`FIRST_PAGE` rows,
enough to fill a tall window, so that each keystroke builds few rows) and the
number of matches come with each new filter, later pages when the view
scrolls near the end (``canFetchMore``/``fetchMore``). Queries run on a
:class:`Runner`, so the GUI thread never waits for SQLite; an answer to an
outdated filter is dropped by its generation number.

Columns are data (:data:`COLUMNS`): a header, how to get the value from a
:class:`QuestionView`, and the alignment. Adding a column is one line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from interview_planner.db.database import Database
from interview_planner.services.browse import PAGE_SIZE, Order, QuestionFilter, SortKey, count_for, page_for
from interview_planner.services.search import QuestionView
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.labels import difficulty_label, kind_label
from interview_planner_ui.common.tasks import Runner

FIRST_PAGE = 60  # rows of the first page of each search (about twice what a laptop screen shows)
CONTEXT = "QuestionModel"
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # source text, translated in the "QuestionModel" context
    value: Callable[[QuestionView], str | int]
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[QuestionView], str] | None = None


def _one_line(text: str) -> str:
    return " ".join(text.split())


COLUMNS: tuple[Column, ...] = (
    Column(
        "text",
        QT_TRANSLATE_NOOP("QuestionModel", "Question"),
        lambda q: _one_line(q.text),
        tooltip=lambda q: q.text,
    ),
    Column("skills", QT_TRANSLATE_NOOP("QuestionModel", "Skills"), lambda q: ", ".join(q.skills)),
    Column("kind", QT_TRANSLATE_NOOP("QuestionModel", "Kind"), lambda q: kind_label(q.kind)),
    Column(
        "difficulty",
        QT_TRANSLATE_NOOP("QuestionModel", "Difficulty"),
        lambda q: difficulty_label(q.difficulty),
    ),
    Column("minutes", QT_TRANSLATE_NOOP("QuestionModel", "Minutes"), lambda q: q.minutes, RIGHT),
)


class QuestionTableModel(QAbstractTableModel):
    """Questions matching a :class:`QuestionFilter`, fetched lazily.

    Signals:
        search_started(): a new filter was set; rows are being loaded.
        search_finished(int): the first page arrived; the argument is the number of matches.
        failed(object): loading a page raised this exception.
    """

    search_started = Signal()
    search_finished = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        db: Database,
        runner: Runner,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        first_page: int = FIRST_PAGE,
        columns: Sequence[Column] = COLUMNS,
    ) -> None:
        super().__init__(parent)
        self._db, self._runner, self._page_size, self._columns = (
            db,
            runner,
            page_size,
            tuple(columns),
        )
        self._first_page = min(first_page, page_size)
        self._rows: list[QuestionView] = []
        self._total: int | None = None
        self._filter = QuestionFilter()
        self._order: Order | None = None  # the view's sort column; None: best match first
        self._generation = 0
        self._fetching = False

    # --- what the page asks ----------------------------------------------------

    @property
    def filter(self) -> QuestionFilter:
        return self._filter

    @property
    def total(self) -> int | None:
        """Matches for the current filter; None until the first page arrived."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._total is None or self._fetching

    def question(self, row: int) -> QuestionView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def set_filter(self, flt: QuestionFilter) -> None:
        """Show what matches ``flt`` (even if it is the current one: the data may have changed),
        in the order the view's header asks for."""
        flt = replace(flt, order=self._order)
        self._generation += 1
        self._runner.cancel_pending()
        self.beginResetModel()
        self._filter, self._rows, self._total, self._fetching = flt, [], None, False
        self.endResetModel()
        self.search_started.emit()
        generation, db, size = self._generation, self._db, self._first_page
        self._runner.submit(
            lambda: (count_for(db, flt), page_for(db, flt, offset=0, limit=size)),
            lambda result: self._on_first_page(generation, result),
            lambda exc: self._on_failed(generation, exc),
        )

    def refresh(self) -> None:
        self.set_filter(self._filter)

    # --- Qt model API ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        question, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(question)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(question)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == QUESTION_ROLE:
            return question
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, self._columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[section].align
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, in the database (never in memory: rows load page by page);
        column -1 (the header's sort indicator cleared) is best match first again."""
        wanted = None
        if 0 <= column < len(self._columns):
            key = cast(SortKey, self._columns[column].key)
            wanted = Order(key, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self._order:
            self._order = wanted
            self.set_filter(self._filter)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid() or self._fetching or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, db, flt, offset, size = (
            self._generation,
            self._db,
            self._filter,
            len(self._rows),
            self._page_size,
        )
        self._runner.submit(
            lambda: page_for(db, flt, offset=offset, limit=size),
            lambda page: self._on_page(generation, page),
            lambda exc: self._on_failed(generation, exc),
        )

    # --- answers from the runner ---------------------------------------------------

    def _on_first_page(self, generation: int, result: tuple[int, list[QuestionView]]) -> None:
        if generation != self._generation:
            return
        total, page = result
        self._total = max(total, len(page))
        self._append(page, self._first_page)
        self.search_finished.emit(self._total)

    def _on_page(self, generation: int, page: list[QuestionView]) -> None:
        if generation != self._generation:
            return
        self._append(page, self._page_size)

    def _append(self, page: list[QuestionView], asked: int) -> None:
        if len(page) < asked and self._total is not None:
            self._total = len(self._rows) + len(page)  # the data shrank since counting: stop fetching
        if page:
            # Views (and Qt's model tester) call fetchMore from inside the insertion
            # signals, when the row count is in flux: keep _fetching set until it is over.
            self._fetching = True
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._fetching = False

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if self._total is None:
            self._total = len(self._rows)
        self.failed.emit(exc)
