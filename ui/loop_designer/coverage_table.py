"""The view of the coverage matrix: stage names written upwards, toggling by click or key.

A click on a stage cell, or Space / Enter on the focused one, asks for the
assignment to be toggled (``toggle_requested``); the page makes it an
undoable core call. Arrow keys, Home/End and Page Up/Down move as in any
table, so the matrix is fully usable from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from interview_planner_ui.loop_designer.coverage_model import BADGE_COLUMN, FIRST_STAGE, SKILL_COLUMN, CoverageModel

TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
STAGE_WIDTH = 38
BADGE_WIDTH = 50
SKILL_WIDTH = 230
MAX_HEADER_TEXT = 200  # "6 · Leadership and collaboration" whole at the default font


class RotatedHeader(QHeaderView):
    """A horizontal header that writes the stage columns' titles bottom-to-top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHighlightSections(False)
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = max((self._text_width(s) for s in range(self.count())), default=0)
        return QSize(hint.width(), max(hint.height(), min(widest, MAX_HEADER_TEXT) + 14))

    def _text_width(self, section: int) -> int:
        if section < FIRST_STAGE:
            return 0
        text = str(self.model().headerData(section, Qt.Orientation.Horizontal) or "")
        return self.fontMetrics().horizontalAdvance(text)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if section < FIRST_STAGE:
            super().paintSection(painter, rect, section)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect, option.section, option.text = rect, section, ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        text = str(self.model().headerData(section, Qt.Orientation.Horizontal) or "")
        text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.height() - 10)
        painter.save()
        painter.translate(rect.left() + (rect.width() + self.fontMetrics().ascent()) / 2 - 2, rect.bottom() - 6)
        painter.rotate(-90)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QPoint(0, 0), text)
        painter.restore()


class CoverageTable(QTableView):
    """The matrix view.

    Signals:
        toggle_requested(QModelIndex): the user double-clicked, or pressed Space/Enter on, a stage cell
            (a single click only selects: selecting never changes the plan).
    """

    toggle_requested = Signal(QModelIndex)

    def __init__(self, model: CoverageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(RotatedHeader(self))
        self.setModel(model)
        self.setAccessibleName(self.tr("Coverage matrix"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(True)
        self.setTabKeyNavigation(False)  # Tab leaves the matrix; arrows move inside it
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setMinimumSectionSize(STAGE_WIDTH)
        model.modelReset.connect(self._size_columns)
        self.doubleClicked.connect(self._on_double_clicked)
        self._size_columns()

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(SKILL_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(BADGE_COLUMN, BADGE_WIDTH)
        for column in range(FIRST_STAGE, self.model().columnCount()):
            header.resizeSection(column, STAGE_WIDTH)
        header.updateGeometry()

    def sizeHintForColumn(self, column: int) -> int:
        return SKILL_WIDTH if column == SKILL_COLUMN else super().sizeHintForColumn(column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in TOGGLE_KEYS and index.isValid() and index.column() >= FIRST_STAGE:
            self.toggle_requested.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() >= FIRST_STAGE:
            self.toggle_requested.emit(index)
