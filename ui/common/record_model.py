"""A table model over a list of read-model records, with its columns declared as data.

Most screens show a list of core snapshots (roles, skills, stages, findings...)
as rows. :class:`RecordTableModel` holds the list; a :class:`Column` says what
one column shows (header, value, alignment, tooltip) and, when it has an
``edit`` getter, that the cell is editable. An edit never changes the record:
the model emits :attr:`RecordTableModel.edit_requested` and the page turns it
into an undoable core call, whose answer comes back through :meth:`set_rows`.

:meth:`set_rows` updates in place (``dataChanged``) when the rows are the same
records in the same order, so the view keeps its current cell, selection and
open editor; otherwise it resets the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
RECORD_ROLE = Role.UserRole + 1  # the record of the row
KEY_ROLE = Role.UserRole + 2  # the record's key (its id)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: what it shows for a record, and how it is edited (if it is)."""

    key: str
    header: str  # source text, translated in the model's CONTEXT
    value: Callable[[T], Any]
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[T], str] | None = None
    edit: Callable[[T], Any] | None = None  # the EditRole value; None = read-only
    header_tip: str = ""


def record_id(record: Any) -> str:
    return str(record.id)


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records, columns from :class:`Column` declarations.

    Signals:
        edit_requested(object, str, object): the user edited a cell: the record,
            the column key and the new value. Nothing changes until the page has
            the core store it and calls :meth:`set_rows`.
    """

    edit_requested = Signal(object, str, object)
    CONTEXT = "RecordTableModel"

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: Any = None,
        *,
        key: Callable[[T], str] = record_id,
    ) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[T], ...] = tuple(columns)
        self._key = key
        self._rows: list[T] = []

    # --- the records ------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        rows = list(rows)
        if [self._key(r) for r in rows] == [self._key(r) for r in self._rows] and rows:
            self._rows = rows
            last = self.index(len(rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def record(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), -1)

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def column(self, section: int) -> Column[T]:
        return self._columns[section]

    # --- Qt model API -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = self._columns[index.column()]
        if role == Role.DisplayRole:
            return column.value(record)
        if role == Role.EditRole:
            return column.edit(record) if column.edit else column.value(record)
        if role == Role.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Role.TextAlignmentRole:
            return column.align
        if role == RECORD_ROLE:
            return record
        if role == KEY_ROLE:
            return self._key(record)
        return self.extra_data(record, column, role)

    def extra_data(self, record: T, column: Column[T], role: int) -> Any:
        """Subclasses add roles (colours, fonts, icons) here."""
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Role.EditRole) -> bool:
        record = self.record(index.row()) if index.isValid() else None
        if record is None or role != Role.EditRole:
            return False
        column = self._columns[index.column()]
        if column.edit is None:
            return False
        if value != column.edit(record):
            self.edit_requested.emit(record, column.key, value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Role.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, column.header)
        if role == Role.ToolTipRole and column.header_tip:
            return QCoreApplication.translate(self.CONTEXT, column.header_tip)
        if role == Role.TextAlignmentRole:
            return column.align
        return None
