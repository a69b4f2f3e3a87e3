"""Import question-bank files: choose them, import off the GUI thread, report.

A 100,000-question file takes seconds to validate and write, so the core
call runs on a worker while a progress dialog (shown only if it takes more
than a moment) keeps the window alive. The core validates every file before
writing any, so a bad file leaves the database as it was; its error names
the file and line and goes to the error presenter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.tasks import Runner, TaskRunner
from interview_planner_ui.common.window_state import WindowState

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner.services.content import ImportReport

LAST_FOLDER_KEY = "dialogs/import_banks_folder"
PROGRESS_DELAY_MS = 300


class BankImporter(QObject):
    """Runs one import at a time for a window.

    Signals:
        running_changed(bool): an import started (True) or ended (False).
        imported(object): the ImportReport of an import that changed the database.
    """

    running_changed = Signal(bool)
    imported = Signal(object)

    def __init__(
        self,
        presenter: ErrorPresenter,
        state: WindowState,
        window: QWidget,
        *,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(window)
        self._presenter, self._state, self._window = presenter, state, window
        self._runner: Runner = runner or TaskRunner(self)
        self._progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._progress is not None

    def choose_and_import(self, db: Database) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import Bank Files"),
            self._state.text(LAST_FOLDER_KEY),
            self.tr("Question banks (*.yaml *.yml *.json *.csv *.md *.markdown);;All files (*)"),
        )
        if paths:
            self._state.set_text(LAST_FOLDER_KEY, str(Path(paths[0]).parent))
            self.import_files(db, [Path(p) for p in paths])

    def import_files(self, db: Database, paths: list[Path]) -> None:
        if self.running:
            return
        from interview_planner.services.content import import_banks

        self._progress = self._progress_dialog(len(paths))
        self.running_changed.emit(True)
        self._runner.submit(lambda: import_banks(db, paths), self._on_done, self._on_failed)

    def shutdown(self) -> None:
        self._runner.shutdown()

    def _progress_dialog(self, files: int) -> QProgressDialog:
        label = self.tr("Checking and importing {count} file(s)…").format(count=files)
        dialog = QProgressDialog(label, "", 0, 0, self._window)
        dialog.setObjectName("import_progress")
        dialog.setWindowTitle(self.tr("Importing"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setValue(0)
        return dialog

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.running_changed.emit(False)

    def _on_done(self, report: ImportReport) -> None:
        self._finish()
        self.imported.emit(report)
        QMessageBox.information(self._window, self.tr("Import Finished"), self.summary(report))

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self._presenter.show(exc, self._window)

    def summary(self, report: ImportReport) -> str:
        text = self.tr(
            "Imported {files} file(s): {added} new, {updated} updated and {unchanged} unchanged questions."
        ).format(
            files=len(report.files),
            added=report.added,
            updated=report.updated,
            unchanged=report.unchanged,
        )
        if report.needs_review:
            text += " " + self.tr(
                "{count} question(s) took default values and need review: open them in the bank and complete "
                "them in the question editor (Edit Question)."
            ).format(count=report.needs_review)
        return text
