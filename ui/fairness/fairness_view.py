"""The Fairness page: selection rates per group at each stage and at the decision.

Shows the core's adverse-impact report (``services.fairness.report``) for the
chosen self-identification category (and, optionally, a second one for
intersections), with its caveats, and records a candidate's voluntary
self-identification. In team mode only the compliance group may read the
answers; others see the database's refusal as a plain message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_planner.services import fairness, records
from interview_planner.services.candidates import list_candidates
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.fairness.fairness_model import ImpactTableModel, rows_of
from interview_planner_ui.fairness.self_id_dialog import SelfIdDialog


class FairnessView(Page):
    """Adverse-impact monitoring (advisory; never feeds a decision)."""

    key = "fairness"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ImpactTableModel(self)
        self._build()

    def _build(self) -> None:
        heading = self._label("fairness_heading", self.tr("Adverse impact"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        intro = self._label(
            "fairness_intro",
            self.tr(
                "Pass rates of each group at every stage and at the final decision, against the group with "
                "the highest rate. A ratio below 4/5 asks for a look at that stage; it is not a finding. "
                "Advisory only: these figures never feed the decision rule."
            ),
        )
        self.by = named(QComboBox(self), "fairness_by")
        self.also = named(QComboBox(self), "fairness_also")
        self.min_cell = named(QSpinBox(self), "fairness_min_cell")
        self.min_cell.setRange(1, 50)
        self.min_cell.setValue(5)
        self.record = named(QPushButton(self.tr("Record &self-identification…"), self), "fairness_record")
        self.export = named(QPushButton(self.tr("E&xport decision records…"), self), "fairness_export_records")
        self.export.setToolTip(
            self.tr("The pseudonymised decision records kept after retention, for an auditor (CSV or JSON)")
        )
        self.table = self._table()
        self.notes = self._label("fairness_notes", "")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(self._controls())
        layout.addLayout(self._buttons())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        self.by.currentIndexChanged.connect(self.refresh)
        self.also.currentIndexChanged.connect(self.refresh)
        self.min_cell.valueChanged.connect(self.refresh)
        self.record.clicked.connect(self._on_record)
        self.export.clicked.connect(self._on_export)

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        by = QLabel(self.tr("&By:"), self)
        by.setBuddy(self.by)
        also = QLabel(self.tr("&and:"), self)
        also.setBuddy(self.also)
        cells = QLabel(self.tr("Smallest group &shown:"), self)
        cells.setBuddy(self.min_cell)
        for widget in (by, self.by, also, self.also, cells, self.min_cell):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _buttons(self) -> QHBoxLayout:
        """On a row of their own, so that the page fits a small window."""
        row = QHBoxLayout()
        row.addWidget(self.record)
        row.addWidget(self.export)
        row.addStretch(1)
        return row

    def _label(self, name: str, text: str) -> QLabel:
        label = named(QLabel(text, self), name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _table(self) -> QTableView:
        table = named(QTableView(self), "fairness_table")
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Pass rates by group and step"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_index("group"), QHeaderView.ResizeMode.Stretch)
        return table

    def _fill_categories(self) -> None:
        names = list(fairness.categories(self.context.db))
        for box, blank in ((self.by, None), (self.also, self.tr("(nothing)"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            if blank:
                box.addItem(blank, None)
            for name in names:
                box.addItem(name.replace("_", " "), name)
            found = box.findData(current)
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    def refresh(self) -> None:
        try:
            self._fill_categories()
            chosen = [c for c in (self.by.currentData(), self.also.currentData()) if c]
            report = fairness.report(self.context.db, category=chosen, min_cell=self.min_cell.value())
        except Exception as exc:
            self.model.set_rows([])
            self.context.presenter.show(exc, self)
            return
        self.model.set_rows(rows_of(report.steps))
        summary = self.tr("{n} candidates, {missing} without every answer asked for.").format(
            n=report.candidates, missing=report.not_stated
        )
        if report.from_records:
            summary += " " + self.tr(
                "{kept} of them are decisions kept as pseudonymised records after retention cleared the candidate."
            ).format(kept=report.from_records)
        caveats = [f"{s.step}: {c}" for s in report.steps if s.candidates for c in s.caveats]
        waiting = [s.step for s in report.steps if not s.candidates]
        if waiting:
            caveats.append(self.tr("No candidate has been through: {steps}.").format(steps=", ".join(waiting)))
        notes = [n for n in report.notes if "did not state" not in n]  # the summary says it
        self.notes.setText("\n".join([summary, *caveats, *notes]))

    def _on_record(self) -> None:
        try:
            dialog = SelfIdDialog(list_candidates(self.context.db), fairness.categories(self.context.db), self)
            if dialog.exec():
                fairness.record_self_id(
                    self.context.db, candidate=str(dialog.candidate.currentData()), values=dialog.values()
                )
        except Exception as exc:
            self.context.presenter.show(exc, self)
        self.refresh()

    def _on_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Decision Records"),
            "decision-records.csv",
            self.tr("CSV, one row per rating (*.csv);;JSON, one object per record (*.json)"),
        )
        if not path:
            return
        fmt: records.ExportFormat = "json" if path.lower().endswith(".json") or "JSON" in chosen else "csv"
        try:
            records.export_to(self.context.db, out=Path(path), fmt=fmt)
        except Exception as exc:
            self.context.presenter.show(exc, self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
