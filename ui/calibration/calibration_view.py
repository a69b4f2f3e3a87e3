"""The Calibration page: how each interviewer rates, and how much the panel agrees.

From every submitted scorecard (``services.calibration.calibration``): per
interviewer the number of scorecards and ratings, their mean, their offset
from the other interviewers on the same candidate and skill, and how often
they left a skill unassessed; a chart of the same; and the panel's
agreement as Krippendorff's alpha, with the core's warning when there are
too few shared ratings for it to mean much.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_planner.scoring.calibration import Calibration
from interview_planner.services.calibration import calibration
from interview_planner_ui.calibration.calibration_chart import CalibrationChart
from interview_planner_ui.calibration.calibration_model import CalibrationTableModel
from interview_planner_ui.common.badge_delegate import BadgeDelegate
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.common.scoring_labels import AMBER

MAX_VISIBLE_ROWS = 12


class CalibrationView(Page):
    """Interviewer calibration and panel agreement (read-only)."""

    key = "calibration"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = CalibrationTableModel(self)
        self.data: Calibration | None = None
        self._build()

    def _build(self) -> None:
        self.heading = self._label("calibration_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(self.tr("Interviewer calibration"))
        self.intro = self._label("calibration_intro")
        self.intro.setStyleSheet("color: palette(placeholder-text);")
        self.intro.setText(
            self.tr(
                "Every submitted scorecard, across all candidates. The offset compares each "
                "interviewer with the others who rated the same candidate on the same skill."
            )
        )
        self.table = self._table()
        self.chart = CalibrationChart(self)
        self.agreement = self._label("agreement")
        self.warning = self._label("agreement_warning")
        self.warning.setStyleSheet(
            f"background: {AMBER.background.name()}; color: {AMBER.text.name()}; border-radius: 6px; padding: 6px 10px;"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addSpacing(8)
        layout.addWidget(self.chart)
        layout.addWidget(self.agreement)
        layout.addWidget(self.warning)
        layout.addStretch(1)

    def _label(self, name: str) -> QLabel:
        label = named(QLabel(self), name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _table(self) -> QTableView:
        table = named(QTableView(self), "calibration_table")
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Calibration by interviewer"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.setItemDelegateForColumn(self.model.column_index("offset"), BadgeDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_index("interviewer"), QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self) -> None:
        try:
            self.data = calibration(self.context.db)
        except Exception as exc:
            self.context.presenter.show(exc, self)
            return
        self.model.set_rows(self.data.interviewers)
        self._fit_table()
        self.chart.set_rows(self.data.interviewers)
        self.agreement.setText(self._agreement_text(self.data))
        self.warning.setText("\n".join(self.data.warnings))
        self.warning.setVisible(bool(self.data.warnings))

    def _fit_table(self) -> None:
        """As tall as its rows (up to a limit): the chart below gets the rest."""
        rows = min(self.model.rowCount(), MAX_VISIBLE_ROWS)
        height = self.table.horizontalHeader().height() + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _agreement_text(self, data: Calibration) -> str:
        if data.alpha is None:
            return self.tr(
                "Panel agreement (Krippendorff's alpha): not available yet; it needs skills "
                "rated by two or more interviewers on the same candidate."
            )
        return self.tr(
            "Panel agreement (Krippendorff's alpha, interval): {alpha:.2f}, over {units} skill "
            "ratings shared by two or more interviewers. 1 is full agreement, 0 is no better "
            "than chance."
        ).format(alpha=data.alpha, units=data.alpha_units)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
