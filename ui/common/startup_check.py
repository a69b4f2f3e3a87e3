"""What the app does each time a database file is opened: check it, back it up, apply retention.

``services.maintenance.on_start`` runs on a worker thread once the window
shows the database: an integrity check plus the app's own invariants, at
most one automatic backup a day (rotated to ``settings.backups_keep``), and
the retention rule when the user set one. If the check fails, the core
writes nothing, and neither does this: the user is told what is wrong and
offered the newest backup that passes its check (the damaged file is kept
as a backup before it is replaced), or to carry on without any automatic
change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from interview_planner_ui.common.tasks import Runner, TaskRunner

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner.services.maintenance import StartupReport
    from interview_planner.settings import Settings
    from interview_planner_ui.main_window import MainWindow

Button = QMessageBox.StandardButton
PROBLEMS_SHOWN = 3


class StartupDuties(QObject):
    """Runs the start-up duties for every database the window opens.

    Signals:
        finished(object): the StartupReport of the last run (after any dialog).
    """

    finished = Signal(object)

    def __init__(self, window: MainWindow, settings: Settings, *, runner: Runner | None = None) -> None:
        super().__init__(window)
        self.setObjectName("startup_duties")
        self._window, self._settings = window, settings
        self._runner: Runner = runner or TaskRunner(self)
        window.database_changed.connect(self._on_database_changed)

    def run(self, db: Database) -> None:
        settings = self._settings

        def work() -> tuple[StartupReport, Path | None]:  # on a worker thread
            from interview_planner.services import maintenance

            report = maintenance.on_start(
                db,
                keep=settings.backups_keep,
                retention_days=settings.retention_days,
                retention_action=settings.retention_action,
                records_keep_days=settings.records_keep_days,
            )
            failed = report.check is not None and not report.check.ok
            return report, maintenance.latest_good_backup(db) if failed else None

        self._runner.submit(work, lambda result: self._on_done(db, *result), self._on_failed)

    def shutdown(self) -> None:
        self._runner.shutdown()

    # --- answers (GUI thread) ------------------------------------------------------

    def _on_database_changed(self, db: Database | None) -> None:
        if db is not None and db.path is not None:
            self.run(db)

    def _on_done(self, db: Database, report: StartupReport, good: Path | None) -> None:
        if self._window.db is not db:  # another database was opened meanwhile
            return
        if report.check is not None and not report.check.ok:
            if self._offer_restore(db, report, good) and good is not None:
                self.restore(db, good)
        else:
            self._report_done(report)
        self.finished.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._window.presenter.show(exc, self._window)

    def _report_done(self, report: StartupReport) -> None:
        if report.retention:
            for page in self._window.pages.built():
                page.refresh()
            self._window.post_status(
                self.tr("Retention: applied to {count} candidate(s) decided long ago.").format(
                    count=len(report.retention)
                )
            )
        elif report.backup:
            self._window.post_status(self.tr("Backed up to {file}.").format(file=report.backup))

    # --- a database that fails its check -----------------------------------------------

    def _offer_restore(self, db: Database, report: StartupReport, good: Path | None) -> bool:
        assert report.check is not None
        problems = "\n".join(f"• {p}" for p in report.check.problems[:PROBLEMS_SHOWN])
        text = self.tr(
            "{file} failed its health check:\n\n{problems}\n\n"
            "Nothing is written to it automatically (no backup, no retention)."
        ).format(file=db.path, problems=problems)
        if good is not None:
            text += "\n\n" + self.tr(
                "The newest good backup is {backup}. Restore it? The damaged file is kept "
                "as a backup first. Anything changed since that backup is not in it."
            ).format(backup=good.name)
        else:
            text += "\n\n" + self.tr("No backup beside it passes the check, so there is nothing to restore.")
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The Database Is Damaged"), "", parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        if good is not None:
            box.setStandardButtons(Button.Yes | Button.No)
            box.button(Button.Yes).setText(self.tr("Restore Backup"))
            box.button(Button.No).setText(self.tr("Continue Without Changes"))
            box.setDefaultButton(Button.Yes)
        else:
            box.setStandardButtons(Button.Ok)
        answer: Any = box.exec()
        box.deleteLater()
        return good is not None and answer == Button.Yes

    def restore(self, db: Database, source: Path) -> bool:
        """Close ``db``, replace its file by ``source`` and open it again."""
        from interview_planner.services import maintenance

        path = db.path
        assert path is not None
        self._window.shutdown()  # closes the database (and its pages) before the file changes
        try:
            safety = maintenance.restore(path, source)
        except Exception as exc:
            self._window.presenter.show(exc, self._window)
            self._window.open_database(str(path), create=False)
            return False
        if self._window.open_database(str(path), create=False):
            self._window.post_status(
                self.tr("Restored {backup}; the damaged file was kept as {safety}.").format(
                    backup=source.name, safety=Path(safety).name
                )
            )
            return True
        return False
