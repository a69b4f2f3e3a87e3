"""The Debrief page: a candidate's consolidated scorecard and the hire / no-hire decision.

The decision comes from ``services.decisions.consolidate``: the rule's
call with its reasons and flags, the ratings grid, the overall
recommendations. It is the hiring manager's view once every interviewer
has submitted. Before that, the page says the loop is incomplete and shows
the numbers only after "Show Anyway", under a visible INCOMPLETE banner.
The hiring manager may record an override with a written reason; the
computed decision stays on screen beside it. Clicking a skill row opens its
evidence below the grid: each interviewer's rating, evidence and (for a
skill not assessed) the reason, and the take-aways; private notes never.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from interview_planner.services import candidates as candidate_service
from interview_planner.services import decisions
from interview_planner.services.decisions import Consolidated
from interview_planner.services.packet_content import consolidated_scorecard
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.badge_delegate import BadgeDelegate
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.page_actions import PageActions
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.common.scoring_labels import AMBER, RED, rating_label
from interview_planner_ui.debrief.debrief_summary import DecisionSummary
from interview_planner_ui.debrief.override_dialog import OverrideDialog
from interview_planner_ui.debrief.ratings_grid_model import RatingsGridModel

INTERVIEW_COLUMN_MIN = 88  # px: a "Strong yes" badge fits whole
SKILL_COLUMN_WIDTH = (160, 230)  # px: the skill column's width, from its longest name, within these
GATE_WIDTH = 620


class DebriefView(Page):
    """Consolidated view, decision and override for one candidate."""

    key = "debrief"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.grid = RatingsGridModel(self)
        self.data: Consolidated | None = None
        self.shown_anyway: set[str] = set()
        self._loaded = False
        self._build()
        self.actions = PageActions(self, {ActionId.OVERRIDE_DECISION: self.override})
        self.toolbar.addAction(self.actions[ActionId.OVERRIDE_DECISION])
        self.candidate_combo.currentIndexChanged.connect(self._on_candidate_changed)
        self.show_anyway.clicked.connect(self._on_show_anyway)
        self._update_actions()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.candidate_combo = named(QComboBox(self), "debrief_candidate")
        self.candidate_combo.setAccessibleName(self.tr("Candidate"))
        self.candidate_combo.setMinimumContentsLength(20)
        self.title = self._plain("debrief_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = self._plain("debrief_subtitle")
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.toolbar = named(QToolBar(self), "debrief_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.banner = self._plain("incomplete_banner")
        self.banner.setStyleSheet(
            f"background: {RED.background.name()}; color: {RED.text.name()};"
            f" border: 2px solid {RED.accent.name()}; border-radius: 6px; padding: 8px;"
            " font-weight: 700;"
        )
        self.banner.hide()
        self.summary = named(DecisionSummary(self), "decision_summary")
        self.table = self._table()
        self.splitter = named(QSplitter(Qt.Orientation.Vertical, self), "debrief_splitter")
        self.evidence = named(QTextBrowser(self), "skill_evidence")
        self.evidence.setAccessibleName(self.tr("Evidence for the chosen skill"))
        self.evidence.setPlaceholderText(self.tr("Click a skill to see each interviewer's evidence."))
        self.table.clicked.connect(self.show_evidence)
        self.splitter.addWidget(self.summary)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.evidence)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._content())
        self.stack.addWidget(self._gate())
        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        layout.addWidget(self.stack, 1)

    def _plain(self, name: str) -> QLabel:
        label = named(QLabel(self), name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _top(self) -> QVBoxLayout:
        picker = QHBoxLayout()
        label = QLabel(self.tr("Ca&ndidate:"), self)
        label.setBuddy(self.candidate_combo)
        picker.addWidget(label)
        picker.addWidget(self.candidate_combo)
        picker.addStretch(1)
        picker.addWidget(self.toolbar)
        top = QVBoxLayout()
        top.addLayout(picker)
        top.addSpacing(4)
        top.addWidget(self.title)
        top.addWidget(self.subtitle)
        return top

    def _table(self) -> QTableView:
        table = named(QTableView(self), "ratings_grid")
        table.setModel(self.grid)
        table.setAccessibleName(self.tr("Ratings by skill and interviewer"))
        table.setItemDelegate(BadgeDelegate(table, centered=True))
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.viewport().installEventFilter(self)  # the interviewer columns follow the grid's width
        return table

    def _content(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        return content

    def _gate(self) -> QWidget:
        gate = named(QWidget(self), "debrief_gate")
        self.gate_text = self._plain("gate_text")
        self.gate_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gate_text.setStyleSheet(
            f"background: {AMBER.background.name()}; color: {AMBER.text.name()}; border-radius: 8px; padding: 16px;"
        )
        self.show_anyway = named(QPushButton(self.tr("Show Anyway"), gate), "show_anyway")
        layout = QVBoxLayout(gate)
        layout.addStretch(1)
        self.gate_text.setMaximumWidth(GATE_WIDTH)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.gate_text, 10)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(8)
        layout.addWidget(self.show_anyway, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return gate

    # --- data -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._loaded = True
        chosen = self.candidate_combo.currentData()
        try:
            people = candidate_service.list_candidates(self.context.db)
        except Exception as exc:
            self.context.presenter.show(exc, self)
            return
        self.candidate_combo.blockSignals(True)
        self.candidate_combo.clear()
        for person in people:
            self.candidate_combo.addItem(person.name, person.id)
        self.candidate_combo.setCurrentIndex(max(0, self.candidate_combo.findData(chosen)))
        self.candidate_combo.blockSignals(False)
        self._load(self.candidate_combo.currentData())

    def show_candidate(self, candidate_id: str) -> bool:
        if not self._loaded:
            self.refresh()
        row = self.candidate_combo.findData(candidate_id)
        if row < 0:
            return False
        if row == self.candidate_combo.currentIndex():
            self._load(candidate_id)
        self.candidate_combo.setCurrentIndex(row)
        return True

    def _load(self, candidate_id: str | None) -> None:
        self.data = None
        if candidate_id:
            try:
                self.data = decisions.consolidate(self.context.db, candidate_id)
            except Exception as exc:
                self.context.presenter.show(exc, self)
        self._show()

    def _show(self) -> None:
        data = self.data
        if data is None:
            self.title.setText(self.tr("No candidates yet"))
            self.subtitle.setText("")
            self.grid.set_data(None)
            self.stack.setCurrentIndex(1)
            self.gate_text.setText(self.tr("Add a candidate on the Candidates page."))
            self.show_anyway.hide()
            self._update_actions()
            return
        ref = data.candidate
        self.title.setText(self.tr("Debrief: {name}").format(name=ref.name))
        self.subtitle.setText(" · ".join(p for p in (ref.role, ref.loop, ref.email) if p))
        gated = not data.complete and ref.id not in self.shown_anyway
        self.stack.setCurrentIndex(1 if gated else 0)
        self.gate_text.setText(self._gate_message(data))
        self.show_anyway.setVisible(gated)
        self.banner.setVisible(not data.complete)
        self.banner.setText(self._banner_message(data))
        self.summary.show_consolidated(data)
        self.grid.set_data(consolidated_scorecard(data), data.result.overall_mean)
        self.evidence.clear()
        self._size_columns()
        self._update_actions()

    def show_evidence(self, index: QModelIndex) -> None:
        """Expand a row: the chosen skill's ratings with each interviewer's evidence (plain text, never markup)."""
        row = self.grid.row(index.row())
        if row is None:
            return
        lines: list[str] = []
        if row.overall and self.data is not None:
            lines.append(self.tr("Key take-aways"))
            for o in self.data.result.overall:
                if o.key_takeaways.strip():
                    lines.append(f"• {o.interviewer} ({o.stage}): {' '.join(o.key_takeaways.split())}")
        else:
            mean = f"{row.mean:.2f}" if row.mean is not None else "–"
            lines.append(self.tr("{skill} · mean {mean}").format(skill=row.name, mean=mean))
            lines += [self.tr("Decides the outcome: {reason}").format(reason=r) for r in row.deciding]
            for line in row.evidence:
                if line.rating is not None:
                    verdict = rating_label(line.rating)
                elif line.not_assessed_reason:
                    verdict = self.tr("not assessed ({reason})").format(reason=line.not_assessed_reason)
                else:
                    verdict = self.tr("not rated")
                said = " ".join(line.evidence.split()) or self.tr("no evidence written")
                lines.append(f"• {line.interviewer} ({line.stage}): {verdict} – {said}")
        self.evidence.setPlainText("\n".join(lines))

    def _gate_message(self, data: Consolidated) -> str:
        return self.tr(
            "{name}'s loop is not complete: {submitted} of {expected} scorecards are submitted.\n\n"
            "The debrief is meant for when every interviewer has submitted, so that nobody "
            "is swayed by a partial picture."
        ).format(name=data.candidate.name, submitted=data.result.submitted, expected=data.result.expected)

    def _banner_message(self, data: Consolidated) -> str:
        causes = consolidated_scorecard(data).incomplete_causes  # scorecards missing, or unrated must-haves
        return self.tr("INCOMPLETE: {causes} This is not a decision.").format(causes=" ".join(causes))

    def _size_columns(self) -> None:
        """The skill names first: their column takes what its longest name needs (within
        SKILL_COLUMN_WIDTH); the interviewer columns share what is left (see _fit_interviewers)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, key in enumerate(self.grid.column_keys()):
            if key == "skill":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                low, high = SKILL_COLUMN_WIDTH
                header.resizeSection(column, max(low, min(high, self.table.sizeHintForColumn(column))))
            elif key.startswith("interview_"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_interviewers()

    def _fit_interviewers(self) -> None:
        """Share the grid's width left by the other columns among the interviewer columns, none
        narrower than INTERVIEW_COLUMN_MIN (the grid then scrolls sideways)."""
        header = self.table.horizontalHeader()
        keys = self.grid.column_keys()
        interviewers = [c for c, key in enumerate(keys) if key.startswith("interview_")]
        if not interviewers:
            return
        others = sum(header.sectionSize(c) for c in range(len(keys)) if c not in interviewers)
        share = (self.table.viewport().width() - others) // len(interviewers)
        for column in interviewers:
            header.resizeSection(column, max(INTERVIEW_COLUMN_MIN, share))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_interviewers()
        return super().eventFilter(watched, event)

    def _update_actions(self) -> None:
        data = self.data
        self.actions.set_available(ActionId.OVERRIDE_DECISION, bool(data and data.complete))

    # --- slots ------------------------------------------------------------------------

    def _on_candidate_changed(self, _index: int) -> None:
        self._load(self.candidate_combo.currentData())

    def _on_show_anyway(self) -> None:
        if self.data is not None:
            self.shown_anyway.add(self.data.candidate.id)
            self._show()

    def override(self) -> None:
        data = self.data
        if data is None or not data.complete:
            return
        dialog = OverrideDialog(data.candidate.name, data.result.decision, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.value()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            self.data = decisions.record_override(
                self.context.db,
                candidate=data.candidate.id,
                decision=chosen.decision,
                reason=chosen.reason,
                by=chosen.by,
            )
        except Exception as exc:
            self.context.presenter.show(exc, self)
            return
        self._show()
        self.context.post_status(self.tr("Recorded the override."))

    # --- Page hooks ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def save_state(self) -> None:
        self.context.state.save_splitter(self.state_key("content"), self.splitter)

    def restore_state(self) -> None:
        if not self.context.state.restore_splitter(self.state_key("content"), self.splitter):
            self.splitter.setSizes([245, 405])

    def shutdown(self) -> None:
        self.actions.release()
