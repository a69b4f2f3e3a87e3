"""Edit a date and time in a table cell: a QDateTimeEdit with a calendar.

The cell's ``EditRole`` value is a local ``QDateTime`` or None (not
scheduled yet: the editor starts at the next full hour). Typing works as
in any date-time field: the arrow keys step the section under the cursor,
Enter commits, Escape cancels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDateTime, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import QDateTimeEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from interview_planner_ui.common.when import DISPLAY_FORMAT

AnyIndex = QModelIndex | QPersistentModelIndex


def next_full_hour() -> QDateTime:
    now = QDateTime.currentDateTime()
    return now.addSecs(3600 - now.time().minute() * 60 - now.time().second())


class DateTimeDelegate(QStyledItemDelegate):
    """A date-time editor for cells whose edit value is a QDateTime."""

    def __init__(self, parent: Any = None, *, accessible: str = "") -> None:
        super().__init__(parent)
        self._accessible = accessible

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QDateTimeEdit(parent)
        editor.setObjectName("datetime_editor")
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(DISPLAY_FORMAT)
        editor.setAccessibleName(self._accessible or "Date and time")
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The cell's place, made as wide as the editor needs: the time is never cut off."""
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QDateTimeEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setDateTime(value if isinstance(value, QDateTime) else next_full_hour())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QDateTimeEdit):
            editor.interpretText()
            model.setData(index, editor.dateTime(), Qt.ItemDataRole.EditRole)
