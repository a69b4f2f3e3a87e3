"""Import scorecards filled outside the app: the packet's fillable PDF or a JSON kit.

From File > Import Filled Scorecards…, the toolbar, or files dropped on the
window. Each file is its own transaction (``exchange.import_files`` with one
path), so one bad file does not hold back the others, and the user sees one
line per file: what it changed, or why it was refused. A PDF that is no scorecard packet at all (the
loop overview exported beside the packets) is listed as skipped. A file that would
change a submitted scorecard is refused first; the user is then offered to
amend those scorecards with one reason (logged), as ``--amend`` does on the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_planner.errors import ConflictError, UserError
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.naming import named

if TYPE_CHECKING:
    from interview_planner.db.database import Database

SUFFIXES = (".pdf", ".json")


@dataclass(frozen=True)
class FileResult:
    """One file's outcome: ``ok`` with what happened, or the reason it was refused."""

    file: Path
    ok: bool
    text: str
    needs_amend: bool = False  # refused because it would change a submitted scorecard
    skipped: bool = False  # not a scorecard packet at all (the loop overview beside the packets): passed over


def importable(paths: list[Path]) -> list[Path]:
    """The files among ``paths`` that could be scorecards (by suffix)."""
    return [p for p in paths if p.suffix.lower() in SUFFIXES]


class ScorecardImporter(QObject):
    """Asks for files (or takes dropped ones), imports each, shows the per-file results.

    Signals:
        imported(list): the FileResults of one import (after the results were shown).
    """

    imported = Signal(list)

    def __init__(self, presenter: ErrorPresenter, parent: QWidget) -> None:
        super().__init__(parent)
        self._presenter, self._parent = presenter, parent

    def choose_and_import(self, db: Database) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Import Filled Scorecards"),
            "",
            self.tr("Filled scorecards (*.pdf *.json);;All files (*)"),
        )
        if paths:
            self.import_files(db, [Path(p) for p in paths])

    def import_files(self, db: Database, paths: list[Path]) -> list[FileResult]:
        results = [self._one(db, path) for path in paths]
        ResultsDialog(results, self._parent).exec()
        amend = [r.file for r in results if r.needs_amend]
        reason = self._amend_reason(len(amend)) if amend else ""
        if reason:
            results = [self._one(db, path, reason) for path in amend]
            ResultsDialog(results, self._parent).exec()
        self.imported.emit(results)
        return results

    def _amend_reason(self, count: int) -> str:
        reason, ok = QInputDialog.getText(
            self._parent,
            self.tr("Amend Submitted Scorecards"),
            self.tr(
                "{count} file(s) would change scorecards that were already submitted. To amend them, "
                "say why (the reason is logged with each change):"
            ).format(count=count),
        )
        return reason.strip() if ok else ""

    def _one(self, db: Database, path: Path, amend_reason: str | None = None) -> FileResult:
        from interview_planner.pdf.forms import NotAPacket
        from interview_planner.services import exchange

        try:
            (result,) = exchange.import_files(db, [path], amend_reason=amend_reason)
        except NotAPacket:
            text = self.tr("skipped: not a scorecard packet (no scorecard fields)")
            return FileResult(path, False, text, skipped=True)
        except ConflictError as exc:
            submitted = "already submitted" in str(exc)
            text = (
                self.tr("already submitted with other values: not changed (you can amend it with a reason)")
                if submitted
                else str(exc)
            )
            return FileResult(path, False, text, needs_amend=submitted)
        except UserError as exc:
            return FileResult(path, False, str(exc))
        except Exception as exc:  # a bug: logged and shown once, the other files still go in
            self._presenter.show(exc, self._parent)
            return FileResult(path, False, self.tr("unexpected error (details in the log)"))
        outcome = {
            "created": self.tr("imported"),
            "updated": self.tr("updated"),
            "unchanged": self.tr("already up to date"),
            "amended": self.tr("amended"),
        }[result.outcome]
        return FileResult(
            path,
            True,
            self.tr("{outcome}: {candidate}, {stage} ({interviewer}), {status}").format(
                outcome=outcome,
                candidate=result.candidate,
                stage=result.stage,
                interviewer=result.interviewer,
                status=result.status,
            ),
        )


class ResultsDialog(QDialog):
    """One row per file: its name, ✓ or ✗, and what happened."""

    def __init__(self, results: list[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecard_import_results")
        self.setWindowTitle(self.tr("Imported Scorecards"))
        done, skipped = sum(r.ok for r in results), sum(r.skipped for r in results)
        text = self.tr("{done} of {total} file(s) imported.").format(done=done, total=len(results) - skipped)
        if skipped:
            text += " " + self.tr("{skipped} skipped (not scorecard packets, like the loop overview).").format(
                skipped=skipped
            )
        summary = QLabel(text, self)
        summary.setObjectName("summary")
        self.table = named(QTableWidget(len(results), 2, self), "results")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        for row, result in enumerate(results):
            name = QTableWidgetItem(("✓ " if result.ok else "– " if result.skipped else "✗ ") + result.file.name)
            name.setToolTip(str(result.file))
            self.table.setItem(row, 0, name)
            outcome = QTableWidgetItem(result.text)
            outcome.setToolTip(result.text)
            self.table.setItem(row, 1, outcome)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 320)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
