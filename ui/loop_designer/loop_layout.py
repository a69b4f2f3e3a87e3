"""The widgets of the loop designer and how they are laid out (no behaviour here).

Left: the stages (editable table with time bars) above the selected stage's
questions and interviewers. Right: the coverage matrix with its legend,
above the findings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_planner_ui.common.choice_delegate import ChoiceDelegate, NumberDelegate
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.planning_labels import focus_choices, format_choices
from interview_planner_ui.common.tables import EDIT_TRIGGERS, compact_table, plain_label
from interview_planner_ui.common.window_state import WindowState
from interview_planner_ui.loop_designer.coverage_model import COVERED, MISSING, THIN, CoverageModel, state_colour
from interview_planner_ui.loop_designer.coverage_table import CoverageTable
from interview_planner_ui.loop_designer.findings_model import FindingsModel
from interview_planner_ui.loop_designer.stage_model import StageModel
from interview_planner_ui.loop_designer.time_bar import TimeBarDelegate

STAGE_WIDTHS = {"format": 74, "focus": 132, "minutes": 44, "time": 84, "depth": 52}
SWATCH = 12


LOOP_NAME_CHARS = 42  # characters of a loop's name the picker shows before it elides


def shrinkable(label: QLabel) -> QLabel:
    """A label the layout may make narrower than its text (long names must not widen the page):
    it wraps onto more lines rather than being cut."""
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(0)
    label.setWordWrap(True)
    return label


def caption(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: bold")
    return label


class LoopLayout:
    """Builds the loop designer page around a stage panel made by the page."""

    def __init__(
        self,
        page: QWidget,
        stage_model: StageModel,
        coverage_model: CoverageModel,
        findings_model: FindingsModel,
        stage_panel: QWidget,
    ) -> None:
        self.page, self.stage_panel = page, stage_panel
        self.loop_combo = named(QComboBox(page), "loop_combo")
        self.loop_combo.setAccessibleName(page.tr("Loop"))
        # a loop is named after its role and template, often 80 characters or more: the box shows the start
        # (the whole name is in its tooltip and its list), so the tools beside it stay on screen at 1366 px
        self.loop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.loop_combo.setMinimumContentsLength(LOOP_NAME_CHARS)
        self.loop_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        # the summary has a line of its own under the picker: beside it, a long role squeezed it into a
        # narrow column of many lines that pushed the stages table down to three rows
        self.summary = shrinkable(plain_label(page, "loop_summary"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(page.tr("Planning"))
        self.busy.hide()
        self.top_tools = QHBoxLayout()
        self.stage_tools = QHBoxLayout()
        self.stages = self._stages_table(stage_model)
        self.matrix = named(CoverageTable(coverage_model, page), "coverage_matrix")
        self.findings = self._findings_list(findings_model)
        self.findings_caption = shrinkable(caption(page, page.tr("Findings")))
        self.core_check = named(QCheckBox(page.tr("Core skill: observe it in two &stages"), page), "core_skill_check")
        self.core_check.setToolTip(
            page.tr("A core must-have is planned into two independent stages; other must-haves into one.")
        )
        self.core_check.setEnabled(False)
        self.empty = plain_label(page, "loops_empty", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._lay_out()

    # --- building -------------------------------------------------------------------------

    def _stages_table(self, model: StageModel) -> QTableView:
        table = compact_table(self.page, "stages_table", self.page.tr("Stages"))
        table.setModel(model)
        table.setEditTriggers(EDIT_TRIGGERS)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.delegates = {
            "format": ChoiceDelegate(format_choices, table, accessible=self.page.tr("Format")),
            "focus": ChoiceDelegate(focus_choices, table, accessible=self.page.tr("Focus")),
            "minutes": NumberDelegate(10, 480, 5, parent=table),
            "time": TimeBarDelegate(table),
        }
        for key, delegate in self.delegates.items():
            table.setItemDelegateForColumn(model.column_index(key), delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(model.column_index("name"), QHeaderView.ResizeMode.Stretch)
        for key, width in STAGE_WIDTHS.items():
            header.resizeSection(model.column_index(key), width)
        return table

    def _findings_list(self, model: FindingsModel) -> QListView:
        view = named(QListView(self.page), "findings_list")
        view.setModel(model)
        view.setAccessibleName(self.page.tr("Findings"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setSpacing(1)
        view.setIconSize(QSize(16, 16))
        view.setAlternatingRowColors(True)
        return view

    def _legend(self) -> QVBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        texts = {
            COVERED: (
                self.page.tr("Covered"),
                self.page.tr("Assessed with at least one question; a must-have in two stages or more"),
            ),
            THIN: (
                self.page.tr("Thin"),
                self.page.tr("Assessed without a question, or a must-have assessed in one stage only"),
            ),
            MISSING: (self.page.tr("Missing"), self.page.tr("A must-have that no stage assesses")),
        }
        for state, (text, tip) in texts.items():
            swatch = QFrame(self.page)
            swatch.setFixedSize(SWATCH, SWATCH)
            fill = state_colour(state)
            swatch.setStyleSheet(
                f"background: {fill.name() if fill else 'transparent'};"
                " border: 1px solid palette(mid); border-radius: 2px"
            )
            label = QLabel(text, self.page)
            for widget in (swatch, label):
                widget.setToolTip(tip)
                row.addWidget(widget)
            row.addSpacing(10)
        row.addStretch(1)
        hint = plain_label(self.page, "coverage_hint", wrap=True)
        hint.setText(
            self.page.tr(
                "Double-click a stage cell, or press Space on it, to assess the skill "
                "there or stop assessing it; Ctrl+Z undoes."
            )
        )
        hint.setEnabled(False)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(hint)
        return box

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.page.tr("L&oop:"), self.page)
        label.setBuddy(self.loop_combo)
        top.addWidget(label)
        top.addWidget(self.loop_combo)
        top.addLayout(self.top_tools)
        top.addWidget(self.busy)
        top.addStretch(1)
        self.left = QSplitter(Qt.Orientation.Vertical, self.page)
        self.left.setObjectName("loop_left_splitter")
        self.left.addWidget(self._panel(self.page.tr("Stages"), self.stages, self.stage_tools))
        self.left.addWidget(self.stage_panel)
        self.left.setChildrenCollapsible(False)
        self.right = QSplitter(Qt.Orientation.Vertical, self.page)
        self.right.setObjectName("loop_right_splitter")
        self.right.addWidget(self._matrix_panel())
        self.right.addWidget(self._panel_widget(self.findings_caption, self.findings))
        self.right.setChildrenCollapsible(False)
        self.right.setStretchFactor(0, 4)  # the coverage matrix gets the room; findings take what is left
        self.right.setStretchFactor(1, 1)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self.page), "loop_splitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.page)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.splitter, 1)

    def _panel(self, title: str, body: QWidget, tools: QHBoxLayout) -> QWidget:
        panel = QWidget(self.page)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(caption(self.page, title))
        head.addStretch(1)
        head.addLayout(tools)
        box.addLayout(head)
        box.addWidget(body, 1)
        return panel

    def _panel_widget(self, head: QWidget, body: QWidget) -> QWidget:
        panel = QWidget(self.page)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(head)
        box.addWidget(body, 1)
        return panel

    def _matrix_panel(self) -> QWidget:
        panel = QWidget(self.page)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(caption(self.page, self.page.tr("Coverage")))
        box.addWidget(self.matrix, 1)
        box.addLayout(self._legend())
        box.addWidget(self.core_check)
        return panel

    def add_buttons(self, loop_actions: Sequence[QAction], stage_actions: Sequence[QAction]) -> None:
        for action in loop_actions:
            self.top_tools.addWidget(self._tool_button(action, with_text=True))
        for action in stage_actions:
            self.stage_tools.addWidget(self._tool_button(action, with_text=False))

    def _tool_button(self, action: QAction, *, with_text: bool) -> QToolButton:
        button = QToolButton(self.page)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        if with_text:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    # --- showing ----------------------------------------------------------------------------

    def show_empty(self, text: str) -> None:
        """``text`` instead of the designer (no loop yet); "" shows the designer."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.splitter.setVisible(not text)

    def show_findings_count(self, errors: int, warnings: int) -> None:
        if not errors and not warnings:
            text = self.page.tr("Findings: none. Every must-have is covered and every stage fits its time.")
        else:
            text = self.page.tr("Findings: {errors} error(s), {warnings} warning(s)").format(
                errors=errors, warnings=warnings
            )
        self.findings_caption.setText(text)

    # --- layout memory ------------------------------------------------------------------------

    def save_state(self, state: WindowState, key: Callable[[str], str]) -> None:
        for name, splitter in (("content", self.splitter), ("left", self.left), ("right", self.right)):
            state.save_splitter(key(name), splitter)

    def restore_state(self, state: WindowState, key: Callable[[str], str]) -> None:
        defaults = {"content": [480, 620], "left": [250, 420], "right": [600, 110]}
        for name, splitter in (("content", self.splitter), ("left", self.left), ("right", self.right)):
            if not state.restore_splitter(key(name), splitter):
                splitter.setSizes(defaults[name])
