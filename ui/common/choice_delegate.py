"""Item delegates for editing a cell in place: a choice from a list, or a number.

The choice delegate edits a cell whose ``EditRole`` value is a code ("hard",
"onsite", a catalogue slug...) with a combo box of (label, code) pairs. The
list opens with the editor, and a choice is committed as soon as it is made
(click, or Enter in the list), as users expect from a drop-down in a table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex
Choices = Sequence[tuple[str, Any]]  # (label, code)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over ``choices()`` (called each time, so the list can change)."""

    def __init__(self, choices: Callable[[], Choices], parent: Any = None, *, accessible: str = "") -> None:
        super().__init__(parent)
        self._choices, self._accessible = choices, accessible

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        combo.setAccessibleName(self._accessible or str(index.data(Qt.ItemDataRole.DisplayRole)))
        for label, code in self._choices():
            combo.addItem(label, code)
        combo.activated.connect(lambda _row, editor=combo: self._commit(editor))
        QTimer.singleShot(0, combo, combo.showPopup)  # once the view has placed the editor
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(row, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)


class NumberDelegate(QStyledItemDelegate):
    """A spin box with a range and a step (minutes: 10 to 480 by 5)."""

    def __init__(self, minimum: int, maximum: int, step: int = 1, suffix: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self._range, self._step, self._suffix = (minimum, maximum), step, suffix

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        box = QSpinBox(parent)
        box.setObjectName("number_editor")
        box.setRange(*self._range)
        box.setSingleStep(self._step)
        box.setSuffix(self._suffix)
        box.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
