"""Import a job description: from a file (chosen or dropped) or pasted text.

Parsing, linking each requirement to the catalogue and storing the role is
one core call (:func:`roles.import_role`); it runs on a worker so the window
keeps painting, one import at a time. A posting the parser cannot use raises
a ``UserError`` whose message goes to the error presenter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from interview_planner.errors import UserError
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.tasks import Runner, TaskRunner
from interview_planner_ui.common.window_state import WindowState
from interview_planner_ui.roles.role_import_dialog import PastedJob, PasteJobDialog

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner.services.roles import RoleView

LAST_FOLDER_KEY = "dialogs/import_job_folder"
SUFFIXES = (".txt", ".md", ".markdown")


def importable(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


class RoleImporter(QObject):
    """Runs job-description imports for one page.

    Signals:
        running_changed(bool): an import started (True) or ended (False).
        imported(object): the RoleView of the role just created.
    """

    running_changed = Signal(bool)
    imported = Signal(object)

    def __init__(
        self,
        db: Database,
        presenter: ErrorPresenter,
        state: WindowState,
        parent: QWidget,
        *,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._presenter, self._state, self._widget = db, presenter, state, parent
        self._runner: Runner = runner or TaskRunner(self)
        self.running = False
        self._pasted: PastedJob | None = None  # the text being imported, given back if it is refused

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._widget,
            self.tr("Import Job Description"),
            self._state.text(LAST_FOLDER_KEY),
            self.tr("Job descriptions (*.txt *.md *.markdown);;All files (*)"),
        )
        if path:
            self._state.set_text(LAST_FOLDER_KEY, str(Path(path).parent))
            self.import_file(Path(path))

    def paste(self, again: PastedJob | None = None) -> None:
        """Ask for a pasted posting; ``again`` fills the dialog with one that was refused."""
        dialog = PasteJobDialog(self._widget)
        if again is not None:
            dialog.title.setText(again.title or "")
            dialog.text.setPlainText(again.text)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            job = dialog.job()
        finally:
            dialog.deleteLater()
        if job.text.strip():
            self._pasted = job
            self.import_text(job.text, title=job.title)

    def import_file(self, path: Path) -> None:
        self._pasted = None
        from interview_planner.services.roles import import_role_file

        db = self._db
        self._start(lambda: import_role_file(db, path))

    def import_text(self, text: str, *, title: str | None = None) -> None:
        from interview_planner.services.roles import import_role

        db, name = self._db, self.tr("pasted job description")
        self._start(lambda: import_role(db, text_=text, source_name=name, title=title))

    def shutdown(self) -> None:
        self._runner.shutdown()

    def _start(self, work: Callable[[], RoleView]) -> None:
        if self.running:
            return
        self._set_running(True)
        self._runner.submit(work, self._on_done, self._on_failed)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)

    def _on_done(self, view: RoleView) -> None:
        self._pasted = None
        self._set_running(False)
        self.imported.emit(view)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self._presenter.show(exc, self._widget)
        pasted, self._pasted = self._pasted, None
        if pasted is not None and isinstance(exc, UserError):
            self.paste(again=pasted)  # the user's text is not thrown away: fix it and try again
