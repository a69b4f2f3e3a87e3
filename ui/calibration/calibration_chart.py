"""A small chart of each interviewer's ratings, painted with QPainter (no QtCharts).

Per interviewer, a stacked bar of how their ratings are distributed
(1 Strong no to 4 Strong yes, and "not assessed") and, on an axis from -2
to +2, a marker at their offset from the panel. The table beside it has
the same figures as numbers; the chart is there to see them at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from interview_planner.scoring.calibration import InterviewerCalibration
from interview_planner_ui.common.scoring_labels import GREY, RATING_TONES, RATINGS, tr

SEGMENTS: tuple[tuple[str, QColor], ...] = (
    *((str(n), RATING_TONES[n].accent) for n in (1, 2, 3, 4)),
    ("na", GREY.accent),
)
ROW, LEGEND, NAME_WIDTH, GAP = 30, 34, 150, 24
OFFSET_RANGE = 2.0


class CalibrationChart(QWidget):
    """Stacked distribution bars and offset markers, one row per interviewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calibration_chart")
        self.setAccessibleName(tr("Rating distribution and offset per interviewer"))
        self.rows: list[InterviewerCalibration] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[InterviewerCalibration]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, LEGEND + ROW * max(1, len(self.rows)) + 26)

    # --- geometry ---------------------------------------------------------------------

    def _areas(self) -> tuple[QRectF, QRectF]:
        """The distribution bars' column and the offset axis' column."""
        left = NAME_WIDTH + 8
        width = max(100.0, self.width() - left - 12)
        bars = QRectF(left, LEGEND, width * 0.6, ROW * len(self.rows))
        axis = QRectF(bars.right() + GAP, LEGEND, width * 0.4 - GAP, ROW * len(self.rows))
        return bars, axis

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.rows:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No submitted scorecards yet."))
            return
        bars, axis = self._areas()
        self._legend(painter, bars, axis, text)
        self._axis(painter, axis)
        for number, row in enumerate(self.rows):
            top = LEGEND + number * ROW
            painter.setPen(text)
            name_rect = QRectF(0, top, NAME_WIDTH, ROW)
            elided = painter.fontMetrics().elidedText(row.interviewer, Qt.TextElideMode.ElideRight, NAME_WIDTH)
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            self._bar(painter, QRectF(bars.left(), top + 6, bars.width(), ROW - 12), row)
            self._marker(painter, axis, top, row.offset, text, muted=row.too_few)

    def _legend(self, painter: QPainter, bars: QRectF, axis: QRectF, text: QColor) -> None:
        x = bars.left()
        for key, colour in SEGMENTS:
            label = tr("n/a") if key == "na" else f"{key} {tr(RATINGS[int(key)])}"
            painter.fillRect(QRectF(x, 10, 12, 12), colour)
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, 21), label)
            x += painter.fontMetrics().horizontalAdvance(label) + 32
        painter.drawText(
            QRectF(axis.left(), 6, axis.width(), 20),
            Qt.AlignmentFlag.AlignCenter,
            tr("Offset from the panel (severe ← 0 → lenient)"),
        )

    @staticmethod
    def _bar(painter: QPainter, rect: QRectF, row: InterviewerCalibration) -> None:
        total = sum(row.distribution.values())
        if total == 0:
            return
        x = rect.left()
        for key, colour in SEGMENTS:
            count = row.distribution.get(key, 0)
            width = rect.width() * count / total
            if width <= 0:
                continue
            segment = QRectF(x, rect.top(), width, rect.height())
            painter.fillRect(segment, colour)
            if width > 18:
                painter.setPen(QColor("white") if key in ("1", "4") else QColor("#212529"))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, str(count))
            x += width

    def _axis(self, painter: QPainter, axis: QRectF) -> None:
        mid = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(mid, 1))
        bottom = axis.bottom() + 4
        painter.drawLine(QPointF(axis.left(), bottom), QPointF(axis.right(), bottom))
        for step in (-2, -1, 0, 1, 2):
            x = self._x(axis, float(step))
            painter.setPen(
                QPen(
                    mid,
                    1.5 if step == 0 else 1,
                    Qt.PenStyle.SolidLine if step == 0 else Qt.PenStyle.DotLine,
                )
            )
            painter.drawLine(QPointF(x, axis.top()), QPointF(x, bottom))
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x - 20, bottom + 2, 40, 18),
                Qt.AlignmentFlag.AlignCenter,
                f"{step:+d}" if step else "0",
            )

    def _marker(
        self, painter: QPainter, axis: QRectF, top: float, offset: float | None, text: QColor, *, muted: bool
    ) -> None:
        centre_y = top + ROW / 2
        if offset is None:
            painter.setPen(text)
            painter.drawText(QRectF(axis.left(), top, axis.width(), ROW), Qt.AlignmentFlag.AlignCenter, "—")
            return
        x = self._x(axis, offset)
        colour = RATING_TONES[4].accent if offset > 0 else RATING_TONES[2].accent
        if muted:  # too few comparisons: a grey marker, no lenient/severe colour
            colour = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, centre_y - 7),
                    QPointF(x + 7, centre_y),
                    QPointF(x, centre_y + 7),
                    QPointF(x - 7, centre_y),
                ]
            )
        )
        painter.setPen(text)
        label = f"{offset:+.2f}"
        right = offset < OFFSET_RANGE * 0.6
        where = QRectF(x + 10, top, 60, ROW) if right else QRectF(x - 70, top, 60, ROW)
        align = Qt.AlignmentFlag.AlignLeft if right else Qt.AlignmentFlag.AlignRight
        painter.drawText(where, align | Qt.AlignmentFlag.AlignVCenter, label)

    @staticmethod
    def _x(axis: QRectF, value: float) -> float:
        clamped = max(-OFFSET_RANGE, min(OFFSET_RANGE, value))
        return axis.left() + (clamped + OFFSET_RANGE) / (2 * OFFSET_RANGE) * axis.width()
