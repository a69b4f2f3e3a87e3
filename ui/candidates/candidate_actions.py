"""What the Candidates page's commands do: add, reschedule, open, export, erase.

Each change is one core call. Adding a candidate (a core operation) and
rescheduling an interview are undoable; erasing is not, and the confirmation
says so, because it also rewrites the backups and the log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from interview_planner.operations import Op, OpResult, records
from interview_planner.services import candidates as candidate_service
from interview_planner.services import exchange, privacy
from interview_planner.services import loops as loop_service
from interview_planner.services.candidates import CandidateView, InterviewView
from interview_planner_ui.candidates.add_candidate_dialog import AddCandidateDialog, NewCandidate
from interview_planner_ui.candidates.export_dialog import FOLDER_KEY
from interview_planner_ui.common import record_commands
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.commands import ServiceCommand
from interview_planner_ui.common.when import from_qt

if TYPE_CHECKING:
    from interview_planner_ui.candidates.candidates_view import CandidatesView

Button = QMessageBox.StandardButton


class CandidateActions(QObject):
    """The Candidates page's command handlers."""

    def __init__(self, view: CandidatesView) -> None:
        super().__init__(view)
        self._view = view
        self._context = view.context

    def handlers(self) -> dict[ActionId, Callable[[], None]]:
        return {
            ActionId.ADD_CANDIDATE: self.add_candidate,
            ActionId.OPEN_SCORECARD: self.open_scorecard,
            ActionId.DEBRIEF: self.debrief,
            ActionId.EXPORT_PACKETS: self.export_packets,
            ActionId.EXPORT_ALL_PACKETS: self.export_all_packets,
            ActionId.EXPORT_CONSOLIDATED: self.export_consolidated,
            ActionId.ERASE_CANDIDATE: self.erase,
            ActionId.RENAME_CANDIDATE: self.rename,
            ActionId.EXPORT_KITS: self.export_kits,
        }

    # --- add ----------------------------------------------------------------------

    def add_candidate(self, loop_id: str = "") -> None:
        try:
            loops = loop_service.list_loops(self._context.db)
        except Exception as exc:
            self._context.presenter.show(exc, self._view)
            return
        current = self._view.current_candidate()
        loop_id = loop_id or (current.loop_id if current else "")
        dialog = AddCandidateDialog(loops, self._view, loop_id=loop_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._loop_ready_or_confirmed(dialog.value()):
            self.add(dialog.value())
        dialog.deleteLater()

    def _loop_ready_or_confirmed(self, new: NewCandidate) -> bool:
        """A loop with error findings is not ready: say so and let the user decide."""
        try:
            errors = loop_service.get_loop(self._context.db, new.loop_id).errors
        except Exception as exc:
            self._context.presenter.show(exc, self._view)
            return False
        if not errors:
            return True
        text = self.tr(
            "This loop has {count} error finding(s), for example:\n{first}\n\nAdd {name} anyway? "
            "Their interviews follow the loop as it is fixed."
        ).format(count=len(errors), first=errors[0].message, name=new.name)
        answer = QMessageBox.question(
            self._view, self.tr("Loop Not Ready"), text, Button.Yes | Button.Cancel, Button.Cancel
        )
        return answer == Button.Yes

    def add(self, new: NewCandidate) -> None:
        """Add ``new`` (undoable: undo removes the candidate while nothing was recorded, redo brings back the
        same candidate with the same interviews)."""
        op = Op.of(records.add_candidate, name=new.name, loop=new.loop_id, email=new.email or None)
        text = self.tr("Add Candidate {name}").format(name=new.name)
        record_commands.push(self._context, text, op, self._on_added)

    def _on_added(self, result: OpResult[Any]) -> None:
        self._view.refresh()
        if result.result is not None:
            self._view.select_candidate(result.result.id)

    # --- reschedule -------------------------------------------------------------------

    def reschedule(self, interview: InterviewView, value: Any) -> None:
        new = from_qt(value) if isinstance(value, QDateTime) and value.isValid() else None
        old = _aware(interview.scheduled_at)
        if new == old:
            return
        text = self.tr("Reschedule {stage}").format(stage=interview.stage)
        command = ServiceCommand(
            text,
            lambda: self._schedule(interview.id, new),
            lambda: self._schedule(interview.id, old),
            self._context.presenter,
        )
        self._context.undo_stack.push(command)

    def _schedule(self, interview_id: str, at: datetime | None) -> None:
        view = candidate_service.schedule_interview(self._context.db, interview_id=interview_id, at=at)
        self._view.show_candidate_view(view)

    # --- go elsewhere -------------------------------------------------------------------

    def open_scorecard(self) -> None:
        interview = self._view.current_interview()
        if interview is not None:
            self._context.navigator.open_scorecard(interview.id)

    def debrief(self) -> None:
        candidate = self._view.current_candidate()
        if candidate is not None:
            self._context.navigator.debrief(candidate.id)

    def export_packets(self) -> None:
        candidate = self._view.current_candidate()
        if candidate is not None:
            self._view.exporter.export_packets(candidate.id, candidate.name)

    def export_all_packets(self) -> None:
        self._view.exporter.export_all_packets()

    def export_consolidated(self) -> None:
        candidate = self._view.current_candidate()
        if candidate is not None:
            self._view.exporter.export_consolidated(candidate.id, candidate.name)

    def export_kits(self) -> None:
        """One JSON kit per interview, for interviewers who fill scorecards outside the app."""
        candidate = self._view.current_candidate()
        if candidate is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self._view,
            self.tr("Export Scorecard Kits for {name}").format(name=candidate.name),
            self._context.state.text(FOLDER_KEY, str(Path.home())),
        )
        if not folder:
            return
        self._context.state.set_text(FOLDER_KEY, folder)
        try:
            written = exchange.write_kits(self._context.db, candidate=candidate.id, out_dir=Path(folder))
        except Exception as exc:
            self._context.presenter.show(exc, self._view)
            return
        self._context.post_status(
            self.tr(
                "Wrote {count} scorecard kit(s) to {folder}; import them back with File › Import Filled "
                "Scorecards… or by dropping them on the window."
            ).format(count=len(written), folder=folder)
        )

    def rename(self) -> None:
        candidate = self._view.current_candidate()
        if candidate is not None:
            record_commands.rename(
                self._context,
                self._view,
                kind="candidate",
                record_id=candidate.id,
                current=candidate.name,
                after=self._view.refresh,
            )

    # --- erase ----------------------------------------------------------------------------

    def erase(self) -> None:
        candidate = self._view.current_candidate()
        if candidate is None or not self.confirm_erase(candidate):
            return
        self._view.runner.submit(
            lambda: privacy.erase_candidate(self._context.db, candidate=candidate.id),
            self._on_erased,
            lambda exc: self._context.presenter.show(exc, self._view),
        )

    def confirm_erase(self, candidate: CandidateView) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase Candidate"), "", parent=self._view)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Erase {name} and everything recorded about them?\n\n"
                "Their interviews, scorecards, ratings, notes and any decision override are "
                "deleted from this database, and every backup beside it is rewritten without "
                "them as well.\n\nThis cannot be undone."
            ).format(name=candidate.name)
        )
        box.setStandardButtons(Button.Yes | Button.Cancel)
        box.button(Button.Yes).setText(self.tr("Erase {name}").format(name=candidate.name))
        box.setDefaultButton(Button.Cancel)
        confirmed = box.exec() == Button.Yes
        box.deleteLater()
        return confirmed

    def _on_erased(self, report: privacy.ErasureReport) -> None:
        self._view.refresh()
        self._context.post_status(
            self.tr("Erased {name}: {rows} records removed, {backups} backup(s) rewritten.").format(
                name=report.name, rows=report.rows, backups=len(report.backups_rewritten)
            )
        )


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
