"""The selected stage: its time bar, its questions (add, remove, reorder) and its interviewers.

Questions are added from a search of the bank; when a skill is selected in
the coverage matrix and the search box is empty, the list shows the core's
suggestions for that skill instead. Searches run on a worker. Every change
is an undoable command (:mod:`loop_commands`).

Keyboard: in the questions list, Delete removes, Alt+Up / Alt+Down move; in
the results, Enter adds the question.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_planner.db.database import Database
from interview_planner.errors import InputError
from interview_planner.services import roles, search
from interview_planner.services.loops import InterviewerView, SkillCoverage, StageView
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.planning_labels import focus_label, format_label
from interview_planner_ui.common.tables import compact_table, plain_label
from interview_planner_ui.common.tasks import Runner
from interview_planner_ui.loop_designer.loop_commands import LoopCommands
from interview_planner_ui.loop_designer.loop_layout import shrinkable
from interview_planner_ui.loop_designer.stage_model import (
    InterviewerModel,
    QuestionResultModel,
    StageQuestionModel,
    assigned,
    one_line,
)
from interview_planner_ui.loop_designer.time_bar import TimeBar

DEBOUNCE_MS = 200
RESULTS = 30
LABEL_CHARS = 60


def short(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


class QuestionTable(QTableView):
    """The stage's questions; Delete and Alt+Up/Down act on the current one."""

    def __init__(self, panel: StagePanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._panel.remove_question()
        elif alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._panel.move_question(-1 if event.key() == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class StagePanel(QWidget):
    """Questions and interviewers of one stage."""

    def __init__(
        self,
        db: Database,
        commands: LoopCommands,
        presenter: ErrorPresenter,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._commands, self._presenter, self._runner = db, commands, presenter, runner
        self.stage: StageView | None = None
        self.skill: SkillCoverage | None = None
        self._people: list[InterviewerView] = []
        self._generation = 0
        self.question_model = StageQuestionModel(self)
        self.result_model = QuestionResultModel(self)
        self.interviewer_model = InterviewerModel(self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._build()
        self._wire()
        self.show_stage(None)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = shrinkable(plain_label(self, "stage_heading"))
        self.heading.setStyleSheet("font-weight: bold")
        self.time_bar = named(TimeBar(self), "stage_time_bar")
        self.tabs = named(QTabWidget(self), "stage_tabs")
        self.tabs.addTab(self._questions_tab(), self.tr("&Questions"))
        self.tabs.addTab(self._interviewers_tab(), self.tr("&Interviewers"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.time_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _questions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.questions = self._table(
            QuestionTable(self), self.question_model, "stage_questions", self.tr("Questions of the stage")
        )
        self.up = self._button(QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move question up (Alt+Up)"))
        self.down = self._button(QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move question down (Alt+Down)"))
        self.remove = self._button(
            QStyle.StandardPixmap.SP_TrashIcon, self.tr("Remove question from the stage (Delete)")
        )
        self.search = named(QLineEdit(self), "question_search")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search questions to add"))
        self.search.setPlaceholderText(self.tr("Search the bank, or pick a skill in the matrix…"))
        self.results_label = plain_label(self, "question_results_label")
        self.results_label.setEnabled(False)
        self.results = self._table(QTableView(self), self.result_model, "question_results", self.tr("Questions found"))
        self.add = named(QPushButton(self.tr("&Add to Stage"), self), "add_question")
        self.add.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        side = QVBoxLayout()
        for button in (self.up, self.down, self.remove):
            side.addWidget(button)
        side.addStretch(1)
        listing = QHBoxLayout()
        listing.addWidget(self.questions, 1)
        listing.addLayout(side)
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.add)
        box = QVBoxLayout(tab)
        box.addLayout(listing, 3)
        box.addLayout(find)
        box.addWidget(self.results_label)
        box.addWidget(self.results, 2)
        return tab

    def _interviewers_tab(self) -> QWidget:
        tab = QWidget(self)
        self.people = self._table(
            QTableView(self), self.interviewer_model, "stage_interviewers", self.tr("Interviewers of the stage")
        )
        self.pool = named(QComboBox(self), "interviewer_pool")
        self.pool.setAccessibleName(self.tr("Interviewer to add"))
        self.pool.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pool.setMinimumContentsLength(10)
        self.add_person = named(QPushButton(self.tr("A&dd"), self), "add_interviewer")
        self.remove_person = named(QPushButton(self.tr("&Remove"), self), "remove_interviewer")
        row = QHBoxLayout()
        row.addWidget(self.pool, 1)
        row.addWidget(self.add_person)
        row.addWidget(self.remove_person)
        box = QVBoxLayout(tab)
        box.addWidget(self.people, 1)
        box.addLayout(row)
        return tab

    def _table(self, table: QTableView, model: object, name: str, accessible: str) -> QTableView:
        compact_table(self, name, accessible, table)
        table.setModel(model)  # type: ignore[arg-type]
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if table.model().columnCount() > 1:
            header.resizeSection(1, 48)
        return table

    def _button(self, icon: QStyle.StandardPixmap, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    # --- wiring ---------------------------------------------------------------------------

    def _wire(self) -> None:
        self.up.clicked.connect(lambda: self.move_question(-1))
        self.down.clicked.connect(lambda: self.move_question(1))
        self.remove.clicked.connect(self.remove_question)
        self.add.clicked.connect(self.add_question)
        self.results.activated.connect(lambda _index: self.add_question())
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._run_search)
        self._debounce.timeout.connect(self._run_search)
        self.add_person.clicked.connect(self._on_add_person)
        self.remove_person.clicked.connect(self._on_remove_person)
        for table in (self.questions, self.results, self.people):
            table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    # --- showing ----------------------------------------------------------------------------

    def show_stage(self, stage: StageView | None) -> None:
        keep = self._current_question_id()
        self.stage = stage
        self.setEnabled(stage is not None)
        self.question_model.set_rows(stage.questions if stage else [])
        self.interviewer_model.set_rows(assigned(stage))
        if stage is None:
            self.heading.setText(self.tr("Select a stage"))
            self.time_bar.set_minutes(0, 0)
        else:
            self.heading.setText(
                self.tr("{name} · {format} · {focus}").format(
                    name=stage.name, format=format_label(stage.format), focus=focus_label(stage.focus)
                )
            )
            self.time_bar.set_minutes(stage.minutes_used, stage.minutes)
        self._select_question(keep)
        self._fill_pool()
        self._update_buttons()

    def set_pool(self, people: list[InterviewerView]) -> None:
        self._people = people
        self._fill_pool()

    def set_skill(self, skill: SkillCoverage | None) -> None:
        """The skill selected in the matrix: its suggestions show while the search box is empty."""
        if skill is not None and self.skill is not None and skill.id == self.skill.id:
            return
        self.skill = skill
        if not self.search.text().strip():
            self._run_search()

    def _fill_pool(self) -> None:
        taken = set(self.stage.interviewer_ids) if self.stage else set()
        chosen = self.pool.currentData()
        self.pool.clear()
        for person in self._people:
            if person.id not in taken:
                focuses = ", ".join(focus_label(f) for f in person.focuses)
                self.pool.addItem(f"{person.name} ({focuses})" if focuses else person.name, person.id)
        self.pool.setCurrentIndex(max(0, self.pool.findData(chosen)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.questions.currentIndex().row(), self.question_model.rowCount()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.remove.setEnabled(row >= 0)
        self.add.setEnabled(self.stage is not None and self.results.currentIndex().isValid())
        self.add_person.setEnabled(self.stage is not None and self.pool.count() > 0)
        self.remove_person.setEnabled(self.people.currentIndex().isValid())

    def _current_question_id(self) -> str | None:
        question = self.question_model.record(self.questions.currentIndex().row())
        return question.id if question else None

    def _select_question(self, question_id: str | None) -> None:
        row = self.question_model.row_of(question_id) if question_id else -1
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.questions.selectionModel().setCurrentIndex(self.question_model.index(row, 0), flags)

    # --- questions --------------------------------------------------------------------------

    def add_question(self) -> None:
        found = self.result_model.record(self.results.currentIndex().row())
        if self.stage is None or found is None:
            return
        if any(q.id == found.id for q in self.stage.questions):
            self._presenter.show(InputError(self.tr("This stage already asks that question.")), self)
            return
        self._commands.add_question(self.stage, found.id, short(found.text))

    def remove_question(self) -> None:
        question = self.question_model.record(self.questions.currentIndex().row())
        if self.stage is not None and question is not None:
            self._commands.remove_question(self.stage, question.id, short(question.text))

    def move_question(self, step: int) -> None:
        row = self.questions.currentIndex().row()
        question = self.question_model.record(row)
        target = row + step
        if self.stage is None or question is None or not 0 <= target < self.question_model.rowCount():
            return
        self._commands.move_question(self.stage, question.id, target, short(question.text))
        self._select_question(question.id)

    # --- search -----------------------------------------------------------------------------

    def _run_search(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation, db, text, skill = self._generation, self._db, self.search.text().strip(), self.skill
        if text:
            label = self.tr("Bank questions matching “{text}”").format(text=text)
            work = lambda: search.search_questions(db, text, limit=RESULTS)  # noqa: E731
        elif skill is not None:
            label = self.tr("Suggested for “{skill}”").format(skill=skill.name)
            work = lambda: roles.suggest_questions(db, skill.id, limit=RESULTS)  # noqa: E731
        else:
            self.results_label.setText(self.tr("Type to search the bank, or select a skill in the matrix."))
            self.result_model.set_rows([])
            return
        self.results_label.setText(self.tr("Searching…"))
        self._runner.submit(
            work,
            lambda found: self._on_found(generation, label, found),
            lambda exc: self._on_search_failed(generation, exc),
        )

    def _on_found(self, generation: int, label: str, found: list[search.QuestionView]) -> None:
        if generation != self._generation:
            return
        self.results_label.setText(label if found else self.tr("No questions found."))
        self.result_model.set_rows(found)
        if found:
            self.results.setCurrentIndex(self.result_model.index(0, 0))
        self._update_buttons()

    def _on_search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.results_label.setText(self.tr("The search failed."))
            self._presenter.show(exc, self)

    # --- interviewers -----------------------------------------------------------------------

    def _on_add_person(self) -> None:
        if self.stage is not None and self.pool.currentIndex() >= 0:
            name = self.pool.currentText().split(" (")[0]
            self._commands.set_interviewer(self.stage, str(self.pool.currentData()), name, True)

    def _on_remove_person(self) -> None:
        person = self.interviewer_model.record(self.people.currentIndex().row())
        if self.stage is not None and person is not None:
            self._commands.set_interviewer(self.stage, person.id, person.name, False)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def shutdown(self) -> None:
        self._debounce.stop()
        self._runner.shutdown()
