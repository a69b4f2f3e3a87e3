"""See changes other programs make to the open database, and show them.

Every :data:`INTERVAL_MS` the watcher asks the core for the database's change token
(``PRAGMA data_version`` on SQLite, the server's WAL position on PostgreSQL). When another
program (the CLI, a second window) committed since the last look, the visible page is
refreshed; pages refresh their data and keep the user's unsaved edit (a scorecard draft is
saved first, and a clash with a newer version goes through the usual stale-edit conflict).

A refresh waits while a dialog is open or the page says it has unsaved changes
(an optional ``has_unsaved_changes()`` method), and happens on the next tick after that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner_ui.main_window import MainWindow

INTERVAL_MS = 1000


class ChangeWatcher(QObject):
    """Polls the open database of a window and refreshes its visible page on outside changes.

    Signals:
        refreshed(object): the page (Page) that was refreshed after an outside change.
    """

    refreshed = Signal(object)

    def __init__(self, window: MainWindow, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.setObjectName("change_watcher")
        self._window = window
        self._db: Database | None = None
        self._token: str | None = None
        self._pending = False  # a change was seen but the page could not be refreshed yet
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.poll)
        window.database_changed.connect(self._on_database_changed)
        if window.db is not None:
            self._on_database_changed(window.db)

    def _on_database_changed(self, db: Database | None) -> None:
        self._db, self._pending = db, False
        if db is None:
            self._timer.stop()
            self._token = None
            return
        self._token = db.change_token()
        self._timer.start()

    def poll(self) -> bool:
        """Look once; True if the visible page was refreshed."""
        db = self._db
        if db is None or self._window.db is not db:
            return False
        token = db.change_token()
        if token is not None and token != self._token:
            if self._token is not None:
                self._pending = True
            self._token = token
        if not self._pending or not self._may_refresh():
            return False
        self._pending = False
        page = self._window.current_page()
        if page is None:
            return False
        page.refresh()
        self._window.post_status(self.tr("Updated with changes made in another window or program."))
        self.refreshed.emit(page)
        return True

    def _may_refresh(self) -> bool:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        page: Any = self._window.current_page()
        unsaved = getattr(page, "has_unsaved_changes", None)
        return not (callable(unsaved) and unsaved())

    def stop(self) -> None:
        self._timer.stop()
