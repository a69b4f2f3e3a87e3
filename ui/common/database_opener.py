"""Open the database the user named, and set it up the first time.

A database without questions has never been initialised: it gets the
bundled catalogue, banks and rubrics, and the user is offered the sample
role, loop and candidate. Opening a database someone already uses changes
nothing in it (beyond schema upgrades, which the core does with a backup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from interview_planner.errors import UserError
from interview_planner_ui.common.busy import busy_cursor
from interview_planner_ui.common.errors import ErrorPresenter

if TYPE_CHECKING:
    from interview_planner.db.database import Database

Button = QMessageBox.StandardButton


class DatabaseOpener(QObject):
    """Opens databases for a window; every failure goes to the presenter.

    Signals:
        status_posted(str): a short message for the status bar.
    """

    status_posted = Signal(str)

    def __init__(self, presenter: ErrorPresenter, window: QWidget) -> None:
        super().__init__(window)
        self._presenter, self._window = presenter, window

    def open(self, target: str, *, create: bool = True, ask: bool = False) -> Database | None:
        """The open database, or None if it could not be opened (the user was told why).

        With ``ask``, a database file that does not exist yet is created only if the user says so
        (create it there, choose another, or cancel): a mistyped path never becomes a new empty
        database without a word.
        """
        from interview_planner.db.database import Database

        if ask:
            choice = self._ask_before_creating(target)
            if choice is None:
                return None
            if choice != target:
                return self.open(choice, create=False, ask=True)
            create = True
        try:
            db = Database.open(target, create=create)
        except Exception as exc:
            restored = self._offer_restore(target, exc, create=create)
            if restored is None:
                self._presenter.show(exc, self._window)
                return None
            db = restored
        try:
            if self.is_new(db):
                self._first_run(db)
        except Exception as exc:
            db.close()
            self._presenter.show(exc, self._window)
            return None
        return db

    def _ask_before_creating(self, target: str) -> str | None:
        """``target`` when it exists or the user agreed to create it; another target the user chose
        instead; None when the user cancelled."""
        from interview_planner.db.engine import sqlite_path, to_url

        try:
            path = sqlite_path(to_url(target))
        except UserError:
            return target  # not a valid URL: opening it says so
        if path is None or path.exists() or not path.parent.is_dir():
            return target  # a missing folder: opening says so
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("No Database There"), "", parent=self._window)
        box.setObjectName("missing_database")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "There is no database at {file}.\n\nCreate a new, empty database there, or choose another file?"
            ).format(file=path)
        )
        create = box.addButton(self.tr("&Create Database"), QMessageBox.ButtonRole.AcceptRole)
        create.setObjectName("create_database")
        other = box.addButton(self.tr("C&hoose Another…"), QMessageBox.ButtonRole.ActionRole)
        other.setObjectName("choose_another_database")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(other)  # Enter on a mistyped path does not create a file
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is create:
            return target
        if clicked is not other:
            return None
        from PySide6.QtWidgets import QDialog

        from interview_planner_ui.common.open_database_dialog import OpenDatabaseDialog

        dialog = OpenDatabaseDialog(str(path.parent) if path.parent.is_dir() else "", self._window)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target():
                return dialog.target()
            return None
        finally:
            dialog.deleteLater()

    def _offer_restore(self, target: str, exc: Exception, *, create: bool) -> Database | None:
        """A file too damaged to open: offer its newest good backup; the opened restore, or None."""
        from pathlib import Path

        from interview_planner.db.database import Database, damaged_marker
        from interview_planner.db.engine import sqlite_path, to_url
        from interview_planner.services import maintenance

        path = sqlite_path(to_url(target)) if isinstance(exc, UserError) else None
        if path is None or not damaged_marker(path).exists():
            return None
        with busy_cursor():
            good = maintenance.latest_good_backup_of(path)
        if good is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The Database Is Damaged"), "", parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "{file} cannot be opened:\n\n{error}\n\nThe newest good backup is {backup}. Restore it? "
                "The damaged file is moved to the backups folder as it is. "
                "Anything changed since that backup is not in it."
            ).format(file=path, error=exc, backup=Path(good).name)
        )
        box.setStandardButtons(Button.Yes | Button.No)
        box.button(Button.Yes).setText(self.tr("Restore Backup"))
        box.button(Button.No).setText(self.tr("Do Not Open"))
        box.setDefaultButton(Button.Yes)
        answer = box.exec()
        box.deleteLater()
        if answer != Button.Yes:
            return None
        try:
            with busy_cursor():
                kept = maintenance.restore(path, good)
            db = Database.open(target, create=create)
        except Exception as again:
            self._presenter.show(again, self._window)
            return None
        self.status_posted.emit(
            self.tr("Restored {backup}; the damaged file was kept as {kept}.").format(
                backup=Path(good).name, kept=Path(kept).name
            )
        )
        return db

    @staticmethod
    def is_new(db: Database) -> bool:
        from interview_planner.services.search import count_questions

        return count_questions(db) == 0

    def _first_run(self, db: Database) -> None:
        from interview_planner.services.setup import initialise

        with busy_cursor():
            initialise(db)
        self.status_posted.emit(self.tr("Loaded the bundled skills, questions and rubrics."))
        answer = QMessageBox.question(
            self._window,
            self.tr("Welcome to Interview Loop Planner"),
            self.tr("Load the sample role, loop and candidate?"),
            Button.Yes | Button.No,
            Button.Yes,
        )
        if answer == Button.Yes:
            self._load_demo(db)

    def _load_demo(self, db: Database) -> None:
        from interview_planner.services.setup import initialise

        try:
            with busy_cursor():
                report = initialise(db, demo=True)
        except (ImportError, NotImplementedError):
            self._presenter.show(
                UserError(self.tr("The sample role, loop and candidate are not available in this version yet.")),
                self._window,
            )
        except Exception as exc:
            self._presenter.show(exc, self._window)
        else:
            done = self.tr("Loaded the sample role, loop and candidate.")
            self.status_posted.emit(f"{done} {report.demo}" if report.demo else done)
