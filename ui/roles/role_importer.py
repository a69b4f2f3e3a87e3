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
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from interview_planner.errors import UserError
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.tasks import Runner, TaskRunner
from interview_planner_ui.common.window_state import WindowState
from interview_planner_ui.roles.role_import_dialog import PastedJob, PasteJobDialog

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner.services.roles import OnDuplicate, RoleView

LAST_FOLDER_KEY = "dialogs/import_job_folder"
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


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
        self._retry: Callable[[OnDuplicate], None] = lambda choice: None

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._widget,
            self.tr("Import Job Description"),
            self._state.text(LAST_FOLDER_KEY),
            self.tr(
                "Job descriptions (*.txt *.md *.markdown *.html *.htm *.mhtml *.pdf *.docx);;"
                "Website sources (*.php *.jsx *.tsx *.vue *.erb *.twig *.j2 *.jinja *.njk *.json);;All files (*)"
            ),
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

    def import_file(self, path: Path, *, on_duplicate: OnDuplicate = "ask") -> None:
        self._pasted = None
        from interview_planner.services.roles import import_role_file

        db = self._db
        self._retry = lambda choice: self.import_file(path, on_duplicate=choice)
        self._start(lambda: import_role_file(db, path, on_duplicate=on_duplicate))

    def import_text(self, text: str, *, title: str | None = None, on_duplicate: OnDuplicate = "ask") -> None:
        from interview_planner.services.roles import import_role

        db, name = self._db, self.tr("pasted job description")
        self._retry = lambda choice: self.import_text(text, title=title, on_duplicate=choice)
        self._start(lambda: import_role(db, text_=text, source_name=name, title=title, on_duplicate=on_duplicate))

    def ask_duplicate(self, title: str) -> OnDuplicate | None:
        """Ask what to do with a posting imported before; None: cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Posting Imported Before"), "", parent=self._widget)
        box.setObjectName("duplicate_posting_box")
        box.setText(self.tr("This posting was already imported as the role “{title}”.").format(title=title))
        box.setInformativeText(
            self.tr("Reuse that role, import a new version of it (read again), or import it as a separate role?")
        )
        choices: dict[object, OnDuplicate] = {
            box.addButton(self.tr("Reuse"), QMessageBox.ButtonRole.AcceptRole): "reuse",
            box.addButton(self.tr("New Version"), QMessageBox.ButtonRole.ActionRole): "new-version",
            box.addButton(self.tr("Import as New"), QMessageBox.ButtonRole.ActionRole): "new",
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        try:
            box.exec()
            return choices.get(box.clickedButton())
        finally:
            box.deleteLater()

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
        from interview_planner.services.roles import DuplicatePostingError

        self._set_running(False)
        if isinstance(exc, DuplicatePostingError):
            choice = self.ask_duplicate(exc.title)
            if choice is not None:
                self._retry(choice)
            return
        self._presenter.show(exc, self._widget)
        pasted, self._pasted = self._pasted, None
        if pasted is not None and isinstance(exc, UserError):
            self.paste(again=pasted)  # the user's text is not thrown away: fix it and try again
