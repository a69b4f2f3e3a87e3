"""The Scorecard page's widgets and their arrangement (no behaviour).

Header across the top; below, a splitter with the reference material on
the left (the stage's questions, the other scorecards) and the form on the
right. With no interview in the database an explanation replaces it all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_planner.services.scorecards import ScorecardView
from interview_planner_ui.common import rich_text as rt
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import tr
from interview_planner_ui.common.window_state import WindowState
from interview_planner_ui.scorecard.others_panel import OthersPanel
from interview_planner_ui.scorecard.scorecard_form import ScorecardForm
from interview_planner_ui.scorecard.scorecard_header import ScorecardHeader


class ScorecardLayout:
    """Builds the page: ``header``, ``questions``, ``others``, ``form``."""

    def __init__(self, page: QWidget) -> None:
        self.header = named(ScorecardHeader(page), "scorecard_header")
        self.questions = named(QTextBrowser(page), "questions")
        rt.prepare_viewer(self.questions)
        self.questions.setAccessibleName(tr("Questions for this stage"))
        self.others = OthersPanel(page)
        self.tabs = named(QTabWidget(page), "reference_tabs")
        self.tabs.addTab(self.questions, tr("Questions"))
        self.tabs.addTab(self.others, tr("Other scorecards"))
        self.form = named(ScorecardForm(page), "scorecard_form")
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, page), "scorecard_splitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.form)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        content = QWidget(page)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.splitter, 1)
        self.empty = named(
            QLabel(tr("No interviews yet: add a candidate on the Candidates page."), page),
            "scorecard_empty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(page)
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        QVBoxLayout(page).addWidget(self.stack)

    def set_empty(self, empty: bool) -> None:
        self.stack.setCurrentIndex(1 if empty else 0)

    def show_others(self, cards: Sequence[ScorecardView], *, hidden: bool) -> None:
        if hidden:
            self.others.show_hidden()
            title = tr("Other scorecards (hidden)")
        else:
            self.others.show_cards(cards)
            title = tr("Other scorecards ({count})").format(count=len(cards))
        self.tabs.setTabText(self.tabs.indexOf(self.others), title)

    def save_state(self, state: WindowState, key: str) -> None:
        state.save_splitter(key, self.splitter)
        state.save_splitter(f"{key}/form", self.form.splitter)

    def restore_state(self, state: WindowState, key: str) -> None:
        if not state.restore_splitter(key, self.splitter):
            self.splitter.setSizes([330, 760])
        if not state.restore_splitter(f"{key}/form", self.form.splitter):
            self.form.splitter.setSizes([380, 380])
