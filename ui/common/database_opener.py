"""Open the database the user named, and set it up the first time.

A database without questions has never been initialised: it gets the
bundled catalogue, banks and rubrics, and the user is offered the sample
role, loop and candidate. Opening a database someone already uses changes
nothing in it (beyond schema upgrades, which the core does with a backup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
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

    def open(self, target: str, *, create: bool = True) -> Database | None:
        """The open database, or None if it could not be opened (the user was told why)."""
        from interview_planner.db.database import Database

        try:
            db = Database.open(target, create=create)
        except Exception as exc:
            self._presenter.show(exc, self._window)
            return None
        try:
            if self.is_new(db):
                self._first_run(db)
        except Exception as exc:
            db.close()
            self._presenter.show(exc, self._window)
            return None
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
