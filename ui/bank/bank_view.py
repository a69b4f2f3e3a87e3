"""The question bank browser: search as you type, filter, read a question.

Each keystroke queues the search for the next turn of the event loop
(:data:`DEBOUNCE_MS` is 0: key presses that arrive together, a paste or
auto-repeat, run one search); the search runs on a worker thread and a
stale answer is dropped, so even a prefix that matches 100,000 questions
never stalls typing, and results follow the keys (a search over 100,000
questions takes a few milliseconds: benchmarks/README.md). Filter combos
apply at once. The first match is selected, so the preview always shows
the best hit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_planner.content.kinds import Difficulty, QuestionKind
from interview_planner.services.browse import QuestionFilter
from interview_planner.services.rubrics import list_catalogue
from interview_planner.services.search import list_banks
from interview_planner_ui.bank.question_model import QuestionTableModel
from interview_planner_ui.bank.question_preview import QuestionPreview
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.labels import difficulty_label, kind_label
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.page_actions import PageActions
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.common.tasks import Runner, TaskRunner

DEBOUNCE_MS = 0
COMBO_CHARACTERS = 14
COLUMN_WIDTHS = {"skills": 150, "kind": 100, "difficulty": 76, "minutes": 64}


class BankView(Page):
    """Browse every question in the open database."""

    key = "bank"

    def __init__(self, context: PageContext, parent: QWidget | None = None, *, runner: Runner | None = None) -> None:
        super().__init__(context, parent)
        self.runner: Runner = runner or TaskRunner(self)
        self.model = QuestionTableModel(context.db, self.runner, self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._build()
        self._wire()
        self._load_skills()
        self._apply_filter()

    # --- layout ---------------------------------------------------------------

    def _build(self) -> None:
        self.search = self._search_box()
        self.skill_combo = self._combo("bank_skill_filter", self.tr("Filter by skill"))
        self.kind_combo = self._combo("bank_kind_filter", self.tr("Filter by kind"))
        self.difficulty_combo = self._combo("bank_difficulty_filter", self.tr("Filter by difficulty"))
        self.bank_combo = self._combo("bank_bank_filter", self.tr("Filter by bank"))
        self.actions = PageActions(self, {ActionId.EDIT_QUESTION: self.edit_question})
        self.edit_button = named(QToolButton(self), "bank_edit_question")
        self.edit_button.setDefaultAction(self.actions[ActionId.EDIT_QUESTION])
        self.edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._fill_codes(self.kind_combo, self.tr("All kinds"), [k.value for k in QuestionKind], kind_label)
        self._fill_codes(
            self.difficulty_combo,
            self.tr("Any difficulty"),
            [d.value for d in Difficulty],
            difficulty_label,
        )
        self.count_label = named(QLabel(self), "bank_count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._table()
        self.preview = QuestionPreview(self)
        self.preview.setObjectName("bank_preview")
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "bank_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._lay_out()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for widget in (self.skill_combo, self.kind_combo, self.difficulty_combo):
            bar.addWidget(widget)
        foot = QHBoxLayout()  # under the table: the count, then the bank filter and the editor
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.bank_combo)
        foot.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(foot)

    def _search_box(self) -> QLineEdit:
        box = named(QLineEdit(self), "bank_search")
        box.setPlaceholderText(self.tr("Search questions, skills and follow-ups…"))
        box.setClearButtonEnabled(True)
        box.setAccessibleName(self.tr("Search questions"))
        return box

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = named(QComboBox(self), name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        # Skill names are long: size to a sensible width, the popup shows them in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
        return combo

    @staticmethod
    def _fill_codes(combo: QComboBox, everything: str, codes: list[str], label: Callable[[str], str]) -> None:
        combo.addItem(everything, None)
        for code in codes:
            combo.addItem(label(code), code)

    def _table(self) -> QTableView:
        table = named(QTableView(self), "bank_table")
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Questions"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self._size_columns(table.horizontalHeader())
        # Click a header to sort by it (again: the other way; a third time: best match first).
        table.horizontalHeader().setSortIndicatorClearable(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def _size_columns(self, header: QHeaderView) -> None:
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.model.column_index("text"), QHeaderView.ResizeMode.Stretch)
        for key, width in COLUMN_WIDTHS.items():
            header.resizeSection(self.model.column_index(key), width)

    # --- wiring -----------------------------------------------------------------

    def _wire(self) -> None:
        self.search.textChanged.connect(self._on_text_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self._debounce.timeout.connect(self._apply_filter)
        for combo in (self.skill_combo, self.kind_combo, self.difficulty_combo, self.bank_combo):
            combo.currentIndexChanged.connect(self._on_combo_changed)
        self.model.search_started.connect(self._on_search_started)
        self.model.search_finished.connect(self._on_search_finished)
        self.model.failed.connect(self._on_failed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def current_filter(self) -> QuestionFilter:
        skill = self.skill_combo.currentData()
        bank = self.bank_combo.currentData()
        return QuestionFilter(
            query=self.search.text().strip(),
            skills=(skill,) if skill else (),
            kind=self.kind_combo.currentData(),
            difficulty=self.difficulty_combo.currentData(),
            banks=(bank,) if bank else (),
        )

    def edit_question(self) -> None:
        """Open the question editor on the selected question (a new one when none is selected)."""
        from interview_planner_ui.bank.question_editor import QuestionEditorDialog

        current = self.table.currentIndex()
        question = self.model.question(current.row()) if current.isValid() else None
        dialog = QuestionEditorDialog(self.context.db, self.context.presenter, question.id if question else None, self)
        if dialog.exec():
            self.refresh()

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def _load_skills(self) -> None:
        chosen = self.skill_combo.currentData()
        self.skill_combo.blockSignals(True)
        self.skill_combo.clear()
        self.skill_combo.addItem(self.tr("All skills"), None)
        for skill in list_catalogue(self.context.db):
            self.skill_combo.addItem(
                self.tr("{name} ({count})").format(name=skill.name, count=skill.questions),
                skill.slug,
            )
        self.skill_combo.setCurrentIndex(max(0, self.skill_combo.findData(chosen)))
        self.skill_combo.blockSignals(False)
        chosen_bank = self.bank_combo.currentData()
        self.bank_combo.blockSignals(True)
        self.bank_combo.clear()
        self.bank_combo.addItem(self.tr("All banks"), None)
        for bank, count in list_banks(self.context.db):
            self.bank_combo.addItem(self.tr("{name} ({count})").format(name=bank, count=count), bank)
        self.bank_combo.setCurrentIndex(max(0, self.bank_combo.findData(chosen_bank)))
        self.bank_combo.blockSignals(False)

    # --- slots ------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_combo_changed(self, _index: int) -> None:
        self._apply_filter()

    def _on_search_return(self) -> None:
        self._apply_filter()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_search_started(self) -> None:
        self.count_label.setText(self.tr("Searching…"))
        self.preview.show_question(None)

    def _on_search_finished(self, total: int) -> None:
        self.count_label.setText(self._count_text(total))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), flags)

    def _count_text(self, total: int) -> str:
        if total == 0:
            return self.tr("No questions match.")
        if total == 1:
            return self.tr("1 question")
        return self.tr("{count} questions").format(count=QLocale().toString(total))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.preview.show_question(self.model.question(current.row()) if current.isValid() else None)

    def _on_failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("The search failed."))
        self.context.presenter.show(exc, self)

    # --- Page hooks -------------------------------------------------------------

    def refresh(self) -> None:
        self._load_skills()
        self._apply_filter()

    def focus_find(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def save_state(self) -> None:
        self.context.state.save_splitter(self.state_key("content"), self.splitter)
        self.context.state.save_header(self.state_key("table"), self.table.horizontalHeader())

    def restore_state(self) -> None:
        if not self.context.state.restore_splitter(self.state_key("content"), self.splitter):
            self.splitter.setSizes([690, 340])
        self.context.state.restore_header(self.state_key("table"), self.table.horizontalHeader())

    def shutdown(self) -> None:
        self.actions.release()
        self._debounce.stop()
        self.runner.shutdown()
