"""How much of a stage's time its questions take: a small bar painted with QPainter.

The bar compares the minutes the stage's questions need with the minutes
available for them (the stage's length minus the 10 kept for introductions,
see ``planning.model.usable_minutes``). It is green while they fit and red
when they do not; the figures are written on it. Its colours come from the theme
(named colours held to 4.5:1 by the theme tests, and the palette's roles for
the track), so the bar follows light and dark. :class:`TimeBar` is the
widget; :class:`TimeBarDelegate` paints the same bar in a table cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from interview_planner.planning.model import usable_minutes
from interview_planner_ui.common.theme import colour

TIME_ROLE = Qt.ItemDataRole.UserRole + 20  # (minutes used, stage minutes)
RADIUS = 3.0
Role = QPalette.ColorRole


def is_over(used: int, minutes: int) -> bool:
    return used > usable_minutes(minutes)


def bar_colour(used: int, minutes: int) -> QColor:
    return colour("time_over" if is_over(used, minutes) else "time_fits")


def bar_text(used: int, minutes: int) -> str:
    return f"{used} / {usable_minutes(minutes)}"


def paint_time_bar(painter: QPainter, rect: QRect, used: int, minutes: int) -> None:
    """Track, fill (capped at the full width) and the figures centred on it."""
    available = usable_minutes(minutes)
    share = 1.0 if available <= 0 else min(used / available, 1.0)
    area = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = QApplication.palette()
    painter.setPen(palette.color(Role.Mid))
    painter.setBrush(palette.color(Role.AlternateBase))
    painter.drawRoundedRect(area, RADIUS, RADIUS)
    fill = QRectF(area.x(), area.y(), area.width() * share, area.height())
    if share > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar_colour(used, minutes))
        painter.drawRoundedRect(fill, RADIUS, RADIUS)
    text = bar_text(used, minutes)
    painter.setClipRect(area.adjusted(fill.width(), 0, 0, 0))  # dark figures on the track...
    painter.setPen(palette.color(Role.Text))
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
    painter.setClipRect(fill)  # ...and light ones on the fill
    painter.setPen(colour("time_on_fill"))
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class TimeBar(QWidget):
    """The time bar of one stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used, self.minutes = 0, 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Question time"))

    def set_minutes(self, used: int, minutes: int) -> None:
        self.used, self.minutes = used, minutes
        self.setToolTip(self.describe())
        self.setAccessibleDescription(self.describe())
        self.update()

    @property
    def over(self) -> bool:
        return is_over(self.used, self.minutes)

    def colour(self) -> QColor:
        return bar_colour(self.used, self.minutes)

    def describe(self) -> str:
        text = self.tr(
            "Questions take {used} of the {available} minutes available "
            "({minutes} minus 10 for introductions and the candidate's questions)."
        )
        return text.format(used=self.used, available=usable_minutes(self.minutes), minutes=self.minutes)

    def sizeHint(self) -> QSize:
        return QSize(160, self.fontMetrics().height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.fontMetrics().height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_time_bar(painter, self.rect(), self.used, self.minutes)
        painter.end()


class TimeBarDelegate(QStyledItemDelegate):
    """Paints ``TIME_ROLE`` (used, minutes) as a time bar inside the cell."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value: Any = index.data(TIME_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        used, minutes = value
        paint_time_bar(painter, option.rect.adjusted(4, 4, -4, -4), used, minutes)

    def displayText(self, value: Any, locale: Any) -> str:
        return ""
