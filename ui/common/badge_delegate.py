"""Paint a cell as a small rounded badge ("Submitted", "3 · Yes"...).

The model says what the badge looks like through the ordinary roles:
``DisplayRole`` is the text, ``BackgroundRole`` the badge colour and
``ForegroundRole`` the text colour. A cell without a background is painted
as plain text, so a dash for "not rated" stays quiet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, RADIUS = 8, 3, 9


class BadgeDelegate(QStyledItemDelegate):
    """Rounded badges; ``centered`` puts them in the middle of the cell."""

    def __init__(self, parent: Any = None, *, centered: bool = False) -> None:
        super().__init__(parent)
        self._centered = centered

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        background = _color(index.data(Qt.ItemDataRole.BackgroundRole))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if background is None or not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.backgroundBrush = QBrush()
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._badge_rect(option, text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.setPen(_color(index.data(Qt.ItemDataRole.ForegroundRole)) or QColor("#212529"))
        painter.setFont(option.font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * PAD_X, max(size.height(), option.fontMetrics.height() + 10))

    def _badge_rect(self, option: QStyleOptionViewItem, text: str) -> QRect:
        cell = option.rect.adjusted(4, PAD_Y, -4, -PAD_Y)
        width = min(cell.width(), option.fontMetrics.horizontalAdvance(text) + 2 * PAD_X)
        left = cell.left() + (cell.width() - width) // 2 if self._centered else cell.left()
        return QRect(left, cell.top(), width, cell.height())


def _color(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return None
