"""Export packets (one candidate's or every candidate's) or a consolidated scorecard (PDF), off the GUI thread.

Rendering a loop's packets takes a few seconds. The work runs on a
:class:`TaskRunner`; a window-modal ``QProgressDialog`` shows which packet
is being written and can be cancelled: the core's progress callback answers
False and the export stops after the file in hand (the files already
written stay). Every candidate's packets are rendered in worker processes
(:func:`interview_planner.services.bulk_export.export_many`); the dialog then
counts candidates, and Cancel stops after the files in hand.
When it is done the user is offered to open the folder.
Every failure (a folder that cannot be created, a full disk) goes to the
error presenter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from interview_planner.packets.model import Paper
from interview_planner.services import candidates as candidate_service
from interview_planner.services import packets
from interview_planner.services.bulk_export import export_many
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.tasks import Runner, TaskRunner
from interview_planner_ui.common.window_state import WindowState

if TYPE_CHECKING:
    from interview_planner.db.database import Database

Button = QMessageBox.StandardButton
FOLDER_KEY = "export/folder"


class _ProgressRelay(QObject):
    """Carries (done, total, label) from the worker to the dialog."""

    moved = Signal(int, int, str)
    counted = Signal(int, int)  # candidates done, total (exporting every candidate)


class Exporter(QObject):
    """Runs exports for one page; one at a time.

    Signals:
        running_changed(bool): an export started (True) or ended (False).
        finished(object): the files written (a list of ``ExportedFile``).
    """

    running_changed = Signal(bool)
    finished = Signal(object)

    def __init__(
        self,
        db: Database,
        presenter: ErrorPresenter,
        state: WindowState,
        parent: QWidget,
        *,
        paper: Callable[[], Paper],
        post_status: Callable[[str], None] = lambda _text: None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._presenter, self._state, self._widget = db, presenter, state, parent
        self._paper, self._post_status = paper, post_status
        self._runner: Runner = runner or TaskRunner(self)
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._on_moved)
        self._relay.counted.connect(self._on_counted)
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.progress is not None

    # --- asking where -----------------------------------------------------------

    def export_packets(self, candidate_id: str, candidate_name: str) -> None:
        folder = self._ask_folder(self.tr("Export Packets for {name}").format(name=candidate_name))
        if folder is not None:
            self.start_packets(candidate_id, candidate_name, folder)

    def export_all_packets(self) -> None:
        folder = self._ask_folder(self.tr("Export Packets for All Candidates"))
        if folder is not None:
            self.start_all_packets(folder)

    def _ask_folder(self, title: str) -> Path | None:
        """The folder the user picks (remembered for next time), or None when they cancel."""
        folder = QFileDialog.getExistingDirectory(self._widget, title, self._state.text(FOLDER_KEY, str(Path.home())))
        if not folder:
            return None
        self._state.set_text(FOLDER_KEY, folder)
        return Path(folder)

    def export_consolidated(self, candidate_id: str, candidate_name: str) -> None:
        suggested = Path(self._state.text(FOLDER_KEY, str(Path.home())))
        path, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Export Consolidated Scorecard"),
            str(suggested / f"{packets.slug(candidate_name)}-consolidated-scorecard.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
            self._state.set_text(FOLDER_KEY, str(target.parent))
            self.start_consolidated(candidate_id, candidate_name, target)

    # --- running ------------------------------------------------------------------

    def start_packets(self, candidate_id: str, candidate_name: str, folder: Path) -> None:
        db, paper, relay, cancel = self._db, self._paper(), self._relay, self._cancel

        def progress(done: int, total: int, label: str) -> bool:  # on the worker thread
            relay.moved.emit(done, total, label)
            return not cancel.is_set()

        def work() -> list[packets.ExportedFile]:
            return packets.export_packets(db, candidate=candidate_id, out_dir=folder, paper=paper, progress=progress)

        title = self.tr("Exporting Packets")
        label = self.tr("Preparing the packets for {name}…").format(name=candidate_name)
        self._start(title, label, work, lambda files: self._on_packets_done(files, folder))

    def start_all_packets(self, folder: Path, *, workers: int | None = None) -> None:
        db, paper, relay, cancel = self._db, self._paper(), self._relay, self._cancel
        counts: list[int] = []

        def progress(done: int, total: int) -> bool:  # on the worker thread
            relay.counted.emit(done, total)
            return not cancel.is_set()

        def work() -> list[packets.ExportedFile]:
            ids = [c.id for c in candidate_service.list_candidates(db)]
            counts.append(len(ids))
            return export_many(db.url, ids, folder, paper=paper, workers=workers, progress=progress)

        title = self.tr("Exporting Packets")
        label = self.tr("Starting the worker processes that write every candidate's packets…")
        self._start(title, label, work, lambda files: self._on_all_done(files, folder, sum(counts)))

    def start_consolidated(self, candidate_id: str, candidate_name: str, target: Path) -> None:
        db, paper = self._db, self._paper()

        def work() -> list[packets.ExportedFile]:
            return [packets.export_consolidated(db, candidate=candidate_id, out=target, paper=paper)]

        title = self.tr("Exporting Consolidated Scorecard")
        label = self.tr("Writing the consolidated scorecard for {name}…").format(name=candidate_name)
        self._start(title, label, work, lambda files: self._on_file_done(files, target))

    def _start(self, title: str, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self.running:
            return
        self._cancel.clear()
        self.progress = self._progress_dialog(title, label)
        self.running_changed.emit(True)
        self._runner.submit(work, lambda result: self._finish(done, result), self._on_failed)

    def _progress_dialog(self, title: str, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._widget)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self._on_cancel_clicked)
        dialog.show()
        return dialog

    def cancel(self) -> None:
        """Stop after the file being written (what the Cancel button does)."""
        self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling after the current file…"))

    def shutdown(self) -> None:
        self._cancel.set()
        self._runner.shutdown()
        self._close_progress()

    # --- answers (GUI thread) -------------------------------------------------------

    def _on_cancel_clicked(self) -> None:
        self.cancel()

    def _on_moved(self, done: int, total: int, label: str) -> None:
        if self.progress is None or self._cancel.is_set():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done < total:
            self.progress.setLabelText(
                self.tr("Writing packet {number} of {total}: {what}").format(number=done + 1, total=total, what=label)
            )

    def _on_counted(self, done: int, total: int) -> None:
        if self.progress is None or self._cancel.is_set():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done:  # before the first candidate the label says the workers are starting
            self.progress.setLabelText(
                self.tr("Exported the packets of {done} of {total} candidates…").format(done=done, total=total)
            )

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._close_progress()
        self.finished.emit(result)
        done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._presenter.show(exc, self._widget)

    def _close_progress(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self._on_cancel_clicked)
            dialog.close()
            dialog.deleteLater()
            self.running_changed.emit(False)

    def _on_packets_done(self, files: list[packets.ExportedFile], folder: Path) -> None:
        if self._cancel.is_set() and not any(f.kind == "overview" for f in files):
            self._post_status(
                self.tr("Export cancelled: {count} file(s) were written to {folder}.").format(
                    count=len(files), folder=folder
                )
            )
            return
        text = self.tr("Wrote {count} PDF files to {folder}.").format(count=len(files), folder=folder)
        self._post_status(text)
        self._offer_folder(self.tr("Packets Exported"), text, folder)

    def _on_all_done(self, files: list[packets.ExportedFile], folder: Path, total: int) -> None:
        candidates = sum(f.kind == "overview" for f in files)  # a candidate's overview is written last
        if self._cancel.is_set() and candidates < total:
            self._post_status(
                self.tr(
                    "Export cancelled: the packets of {done} of {total} candidates ({count} files) are in {folder}."
                ).format(done=candidates, total=total, count=len(files), folder=folder)
            )
            return
        text = self.tr("Wrote {count} PDF files for {total} candidates to {folder}.").format(
            count=len(files), total=candidates, folder=folder
        )
        self._post_status(text)
        self._offer_folder(self.tr("Packets Exported"), text, folder)

    def _on_file_done(self, files: list[packets.ExportedFile], target: Path) -> None:
        text = self.tr("Wrote {file}.").format(file=target)
        self._post_status(text)
        self._offer_folder(self.tr("Scorecard Exported"), text, target.parent)

    def _offer_folder(self, title: str, text: str, folder: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(Button.Open | Button.Close)
        box.button(Button.Open).setText(self.tr("Open Folder"))
        box.setDefaultButton(Button.Close)
        if box.exec() == Button.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
