"""The interviewer pool: who can interview, for what, and how often.

Loop > Interviewers… lists the pool; Add…, Edit… (name, email, the stage
focuses and skills they are qualified for, their weekly limit) and Remove
each go through one core call wrapped in an undo command, so Edit > Undo
takes them back. Removing someone who already has interviews is refused by
the core (their scorecards are part of a record).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_planner.planning.model import FOCUSES
from interview_planner.services import housekeeping, loops
from interview_planner.services.housekeeping import InterviewerEdit
from interview_planner.services.loops import InterviewerView
from interview_planner_ui.common.commands import ServiceCommand
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.naming import named

if TYPE_CHECKING:
    from interview_planner.db.database import Database

COLUMNS = ("Name", "Email", "Stage focuses", "Skills", "Per week")


class InterviewerForm(QDialog):
    """Add or edit one interviewer."""

    def __init__(self, person: InterviewerView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewer_form")
        self.setWindowTitle(self.tr("Edit Interviewer") if person else self.tr("Add Interviewer"))
        self.name = named(QLineEdit(person.name if person else "", self), "name")
        self.email = named(QLineEdit((person.email or "") if person else "", self), "email")
        self.focuses = named(QListWidget(self), "focuses")
        chosen = set(person.focuses if person else [])
        for focus in FOCUSES:
            item = QListWidgetItem(focus.replace("-", " "), self.focuses)
            item.setData(Qt.ItemDataRole.UserRole, focus)
            item.setCheckState(Qt.CheckState.Checked if focus in chosen else Qt.CheckState.Unchecked)
        self.focuses.setMaximumHeight(150)
        self.skills = named(QLineEdit(", ".join(person.skills) if person else "", self), "skills")
        self.skills.setPlaceholderText(self.tr("catalogue skills, separated by commas (python, kubernetes…)"))
        self.limit = named(QSpinBox(self), "weekly_limit")
        self.limit.setRange(0, 40)
        self.limit.setValue(person.weekly_limit if person else 5)
        self.limit.setSuffix(self.tr(" interviews"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("Stage &focuses:"), self.focuses)
        form.addRow(self.tr("&Skills:"), self.skills)
        form.addRow(self.tr("&Weekly limit:"), self.limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> InterviewerEdit:
        focuses = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.focuses.item(i) for i in range(self.focuses.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        skills = [s.strip() for s in self.skills.text().split(",") if s.strip()]
        return InterviewerEdit(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            focuses=focuses,
            skills=skills,
            weekly_limit=self.limit.value(),
        )


class InterviewerPool(QDialog):
    """The pool as a table with Add, Edit and Remove.

    Signals:
        changed(): the pool changed (pages showing interviewers reload).
    """

    changed = Signal()

    def __init__(
        self, db: Database, undo_stack: QUndoStack, presenter: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interviewer_pool")
        self.setWindowTitle(self.tr("Interviewers"))
        self.db, self.undo_stack, self.presenter = db, undo_stack, presenter
        self.people: list[InterviewerView] = []
        self.table = named(QTableWidget(0, len(COLUMNS), self), "interviewers")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(self.tr("No interviewers yet. Add the people who interview, then plan a loop."), self)
        self.empty.setWordWrap(True)
        self.add_button = named(QPushButton(self.tr("&Add…"), self), "add")
        self.edit_button = named(QPushButton(self.tr("&Edit…"), self), "edit")
        self.remove_button = named(QPushButton(self.tr("&Remove"), self), "remove")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.undo_stack.indexChanged.connect(self.reload)  # undo/redo from the menu shows here too
        self.reload()
        self.resize(760, 420)

    def reload(self) -> None:
        selected = self.selected()
        try:
            self.people = loops.list_interviewers(self.db)
        except Exception as exc:
            self.presenter.show(exc, self)
            return
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            values = (
                person.name,
                person.email or "",
                ", ".join(f.replace("-", " ") for f in person.focuses),
                ", ".join(person.skills),
                str(person.weekly_limit),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.people)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, interviewer_id: str) -> bool:
        for row, person in enumerate(self.people):
            if person.id == interviewer_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> InterviewerView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- changes (each one undo command over one core call) ----------------------------

    def add(self) -> None:
        form = InterviewerForm(None, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.add_person(form.value())
        form.deleteLater()

    def add_person(self, new: InterviewerEdit) -> None:
        state: dict[str, housekeeping.RemovedInterviewer | str] = {}

        def do() -> None:
            removed = state.get("removed")
            if isinstance(removed, housekeeping.RemovedInterviewer):
                housekeeping.restore_interviewer(self.db, removed=removed)
            else:
                state["id"] = loops.add_interviewer(
                    self.db,
                    name=new.name or "",
                    email=new.email or None,
                    skills=new.skills,
                    focuses=new.focuses,
                    weekly_limit=new.weekly_limit if new.weekly_limit is not None else 5,
                ).id

        def undo() -> None:
            state["removed"] = housekeeping.remove_interviewer(self.db, interviewer=str(state["id"]))

        self._push(self.tr("Add Interviewer {name}").format(name=new.name), do, undo)
        if isinstance(state.get("id"), str):
            self.select(str(state["id"]))

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        form = InterviewerForm(person, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.edit_person(person, form.value())
        form.deleteLater()

    def edit_person(self, person: InterviewerView, edit: InterviewerEdit) -> None:
        before = InterviewerEdit(
            name=person.name,
            email=person.email or "",
            skills=person.skills,
            focuses=person.focuses,
            weekly_limit=person.weekly_limit,
        )
        self._push(
            self.tr("Edit Interviewer {name}").format(name=person.name),
            lambda: housekeeping.update_interviewer(self.db, interviewer=person.id, edit=edit),
            lambda: housekeeping.update_interviewer(self.db, interviewer=person.id, edit=before),
        )

    def remove_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        state: dict[str, housekeeping.RemovedInterviewer] = {}

        def do() -> None:
            state["removed"] = housekeeping.remove_interviewer(self.db, interviewer=person.id)

        self._push(
            self.tr("Remove Interviewer {name}").format(name=person.name),
            do,
            lambda: housekeeping.restore_interviewer(self.db, removed=state["removed"]),
        )

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        self.undo_stack.push(ServiceCommand(text, do, undo, self.presenter))
        self.reload()
        self.changed.emit()
