"""The Candidates page: every candidate, their interviews, and what to do next.

Left, the candidates of every loop with how many scorecards are in; right,
the selected candidate's interviews: stage, interviewer, time (double-click
or F2 to reschedule, undoable) and the scorecard's state. From here the user
opens a scorecard, the debrief, exports packets, or erases a candidate.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from interview_planner import settings as settings_store
from interview_planner.services import candidates as candidate_service
from interview_planner.services.candidates import CandidateView, InterviewView
from interview_planner_ui.candidates.candidate_actions import CandidateActions
from interview_planner_ui.candidates.candidate_model import CandidateTableModel
from interview_planner_ui.candidates.export_dialog import Exporter
from interview_planner_ui.candidates.interview_model import InterviewTableModel
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.badge_delegate import BadgeDelegate
from interview_planner_ui.common.datetime_delegate import DateTimeDelegate
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.next_step import Step
from interview_planner_ui.common.page_actions import PageActions
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.common.tasks import Runner, TaskRunner

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


SHORT_TEXTS = {
    ActionId.EXPORT_PACKETS: QT_TRANSLATE_NOOP("CandidatesView", "Packets"),
    ActionId.EXPORT_CONSOLIDATED: QT_TRANSLATE_NOOP("CandidatesView", "Consolidated PDF"),
}


class CandidatesView(Page):
    """Candidates and their interviews."""

    key = "candidates"

    def __init__(self, context: PageContext, parent: QWidget | None = None, *, runner: Runner | None = None) -> None:
        super().__init__(context, parent)
        self.runner: Runner = runner or TaskRunner(self)
        self.candidates = CandidateTableModel(self)
        self.interviews = InterviewTableModel(self)
        self.exporter = Exporter(
            context.db,
            context.presenter,
            context.state,
            self,
            paper=lambda: settings_store.load().paper,
            post_status=context.post_status,
        )
        self.commands = CandidateActions(self)
        self._loaded = False
        self._build()
        self.actions = PageActions(self, self.commands.handlers())
        self._wire()
        self._update_actions()

    def add_candidate(self, loop_id: str = "") -> None:
        """Ask for a new candidate (in ``loop_id`` when given): how other pages send the user here."""
        self.commands.add_candidate(loop_id=loop_id)

    # --- layout -----------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = named(QToolBar(self), "candidates_toolbar")
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.candidate_table = self._table("candidate_table", self.tr("Candidates"), self.candidates)
        self.interview_table = self._table("interview_table", self.tr("Interviews"), self.interviews)
        self._set_up_interview_table()
        self.title = self._label("candidate_title", bold=True)
        self.subtitle = self._label("candidate_subtitle")
        self.hint = self._label("candidate_hint")
        self.hint.setText(self.tr("Double-click a time to reschedule it. Enter opens the interview's scorecard."))
        self.empty = self._label("candidates_empty")
        self.empty.setText(self.tr("No candidates yet. Use Add Candidate… to add one to a loop."))
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "candidates_splitter")
        self.splitter.addWidget(self._column(self.candidate_table, self.empty))
        self.splitter.addWidget(self._column(self.title, self.subtitle, self.interview_table, self.hint))
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def _column(self, *widgets: QWidget) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        return column

    def _label(self, name: str, *, bold: bool = False) -> QLabel:
        label = named(QLabel(self), name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            label.setFont(font)
        else:
            label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _table(self, name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
        table = named(QTableView(self), name)
        table.setModel(model)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        return table

    def _set_up_interview_table(self) -> None:
        self.candidate_table.setItemDelegateForColumn(
            self.candidates.column_index("progress"), BadgeDelegate(self.candidate_table)
        )
        table = self.interview_table
        table.setItemDelegateForColumn(self.interviews.column_index("status"), BadgeDelegate(table))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        column = self.interviews.column_index("scheduled")
        table.setItemDelegateForColumn(column, DateTimeDelegate(table, accessible=self.tr("Interview time")))
        _fit_columns(table, stretch=self.interviews.column_index("stage"))
        _fit_columns(self.candidate_table, stretch=self.candidates.column_index("name"))

    # --- wiring -------------------------------------------------------------------

    def _wire(self) -> None:
        self.candidate_table.selectionModel().currentRowChanged.connect(self._on_candidate_changed)
        self.interview_table.selectionModel().currentRowChanged.connect(self._on_interview_changed)
        self.interview_table.activated.connect(self._on_interview_activated)
        self.interviews.edit_requested.connect(self._on_edit_requested)
        self.exporter.running_changed.connect(self._update_actions)
        for action_id in (
            ActionId.ADD_CANDIDATE,
            ActionId.OPEN_SCORECARD,
            ActionId.DEBRIEF,
            ActionId.EXPORT_PACKETS,
            ActionId.EXPORT_CONSOLIDATED,  # Erase stays in the Candidate menu: not one click from Export
        ):
            self.toolbar.addAction(self.actions[action_id])
            if action_id in SHORT_TEXTS:  # the toolbar fits 800 px; menus keep the full text
                self.actions[action_id].setIconText(self.tr(SHORT_TEXTS[action_id]))
            if action_id in (
                ActionId.ADD_CANDIDATE,
                ActionId.DEBRIEF,
                ActionId.EXPORT_CONSOLIDATED,
            ):
                self.toolbar.addSeparator()

    def next_step(self) -> Step | None:
        self.ensure_loaded()
        if self.candidates.rowCount():
            return None
        return Step(
            self.tr("No candidates yet: add one to a loop; their interviews follow its stages."),
            self.tr("Add Candidate…"),
            self.commands.add_candidate,
        )

    # --- what is selected -----------------------------------------------------------

    def current_candidate(self) -> CandidateView | None:
        return self.candidates.record(self.candidate_table.currentIndex().row())

    def current_interview(self) -> InterviewView | None:
        return self.interviews.record(self.interview_table.currentIndex().row())

    def select_candidate(self, candidate_id: str) -> bool:
        self.ensure_loaded()
        row = self.candidates.row_of(candidate_id)
        if row < 0:
            return False
        self.candidate_table.selectionModel().setCurrentIndex(self.candidates.index(row, 0), SELECT_ROW)
        return True

    def select_interview(self, interview_id: str) -> bool:
        row = self.interviews.row_of(interview_id)
        if row < 0:
            return False
        self.interview_table.selectionModel().setCurrentIndex(self.interviews.index(row, 0), SELECT_ROW)
        return True

    # --- data -------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Reload every candidate, keeping the selection where it was."""
        self._loaded = True
        current, interview = self.current_candidate(), self.current_interview()
        try:
            rows = candidate_service.list_candidates(self.context.db)
        except Exception as exc:
            self.context.presenter.show(exc, self)
            return
        self.candidates.set_rows(rows)
        self.empty.setVisible(not rows)
        if not (current and self.select_candidate(current.id)) and rows:
            self.select_candidate(rows[0].id)
        if interview is not None:
            self.select_interview(interview.id)
        self._show_candidate(self.current_candidate())

    def show_candidate_view(self, view: CandidateView) -> None:
        """Put a fresh snapshot of one candidate (from a core call) on screen."""
        row = self.candidates.row_of(view.id)
        if row < 0:
            self.refresh()
            return
        rows = self.candidates.rows()
        rows[row] = view
        self.candidates.set_rows(rows)
        current = self.current_candidate()
        if current is not None and current.id == view.id:
            self._show_candidate(view)

    def _show_candidate(self, candidate: CandidateView | None) -> None:
        self.interviews.set_rows(candidate.interviews if candidate else [])
        if candidate is None:
            self.title.setText(self.tr("No candidate selected"))
            self.subtitle.setText("")
        else:
            self.title.setText(candidate.name)
            parts = [p for p in (candidate.email, candidate.loop, candidate.role) if p]
            self.subtitle.setText(" · ".join(parts))
            if not self.interview_table.currentIndex().isValid() and candidate.interviews:
                self.select_interview(candidate.interviews[0].id)
        self._update_actions()

    def _update_actions(self) -> None:
        idle = not self.exporter.running
        has_candidate = self.current_candidate() is not None
        self.actions.set_available(ActionId.ADD_CANDIDATE, True)
        self.actions.set_available(ActionId.OPEN_SCORECARD, self.current_interview() is not None)
        self.actions.set_available(ActionId.DEBRIEF, has_candidate)
        self.actions.set_available(ActionId.EXPORT_PACKETS, has_candidate and idle)
        self.actions.set_available(ActionId.EXPORT_ALL_PACKETS, self.candidates.rowCount() > 0 and idle)
        self.actions.set_available(ActionId.EXPORT_CONSOLIDATED, has_candidate and idle)
        self.actions.set_available(ActionId.ERASE_CANDIDATE, has_candidate and idle)
        self.actions.set_available(ActionId.RENAME_CANDIDATE, has_candidate)
        self.actions.set_available(ActionId.EXPORT_KITS, has_candidate and idle)

    # --- slots --------------------------------------------------------------------------

    def _on_candidate_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_candidate(self.candidates.record(current.row()) if current.isValid() else None)

    def _on_interview_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _on_interview_activated(self, index: QModelIndex) -> None:
        if index.column() != self.interviews.column_index("scheduled"):
            self.commands.open_scorecard()

    def _on_edit_requested(self, record: object, key: str, value: object) -> None:
        if key == "scheduled" and isinstance(record, InterviewView):
            self.commands.reschedule(record, value)

    # --- Page hooks -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # other pages may have changed scorecards or candidates

    def save_state(self) -> None:
        self.context.state.save_splitter(self.state_key("content"), self.splitter)

    def restore_state(self) -> None:
        if not self.context.state.restore_splitter(self.state_key("content"), self.splitter):
            self.splitter.setSizes([470, 560])

    def shutdown(self) -> None:
        self.actions.release()
        self.exporter.shutdown()
        self.runner.shutdown()


def _fit_columns(table: QTableView, *, stretch: int) -> None:
    """Every column fits its contents, the name column first: when the table is narrow the
    columns on the right scroll out of view rather than the names being cut; the last
    column takes any spare width."""
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.moveSection(header.visualIndex(stretch), 0)
