"""The one place that shows errors to the user.

Two kinds, as in the core (:mod:`interview_planner.errors`): a ``UserError``
is the environment's fault and its message is complete, so it is shown as
is; anything else is our bug, so it is logged with its traceback and shown
as "Unexpected error" with the traceback under "Show Details…".

Tests (and headless runs) swap the display function or read ``history``;
no other code in the UI opens an error dialog.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from interview_planner.errors import UserError

HISTORY_LIMIT = 50


@dataclass(frozen=True)
class ErrorReport:
    """What the presenter shows (and what tests assert on)."""

    title: str
    text: str
    details: str | None
    unexpected: bool


DisplayHook = Callable[[ErrorReport, "QWidget | None"], None]


def show_message_box(report: ErrorReport, parent: QWidget | None) -> None:
    """Default display: a modal message box whose text is never read as markup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if report.unexpected else QMessageBox.Icon.Warning)
    box.setWindowTitle(report.title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(report.text)
    if report.details:
        box.setDetailedText(report.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class ErrorPresenter(QObject):
    """Turns exceptions into one dialog each and remembers what it showed.

    Signals:
        shown(ErrorReport): an error was presented (after its dialog closed).
    """

    shown = Signal(object)

    def __init__(self, parent: QObject | None = None, *, display: DisplayHook | None = None) -> None:
        super().__init__(parent)
        self.display: DisplayHook = display or show_message_box
        self.history: list[ErrorReport] = []
        self._showing = False

    def show(self, exc: BaseException, parent: QWidget | None = None) -> ErrorReport:
        """Present ``exc``; must be called on the GUI thread."""
        report = self.report_for(exc)
        self.history = [*self.history[-(HISTORY_LIMIT - 1) :], report]
        if self._showing:  # an error inside the dialog's own event loop: log it, don't stack dialogs
            return report
        self._showing = True
        try:
            self.display(report, parent)
        finally:
            self._showing = False
        self.shown.emit(report)
        return report

    def report_for(self, exc: BaseException) -> ErrorReport:
        if isinstance(exc, UserError):
            return ErrorReport(self.tr("Cannot Continue"), str(exc), None, unexpected=False)
        from interview_planner.logs import log_exception

        where = log_exception(exc)
        text = self.tr(
            "Something went wrong that should not have: {error}\n\n"
            "The details were written to {log}. Your data is safe; you can keep working."
        )
        summary = f"{type(exc).__name__}: {exc}"
        details = "".join(traceback.format_exception(exc))
        return ErrorReport(
            self.tr("Unexpected Error"),
            text.format(error=summary, log=where),
            details,
            unexpected=True,
        )


class _ExceptionRelay(QObject):
    """Carries exceptions from any thread to the presenter on the GUI thread."""

    caught = Signal(object)


def install_excepthook(presenter: ErrorPresenter) -> Callable[[], None]:
    """Route uncaught exceptions (slots, callbacks, threads) to the presenter.

    Without this an exception in a slot only prints to a console the user
    never sees. Delivery is queued, so the dialog never opens inside a
    paint event or half-way through a Qt callback. Returns an uninstaller.
    """
    relay = _ExceptionRelay()
    relay.caught.connect(
        lambda exc: presenter.show(exc, QApplication.activeWindow()),
        Qt.ConnectionType.QueuedConnection,
    )
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_sys(kind, exc, tb)
            return
        traceback.print_exception(kind, exc, tb)
        relay.caught.emit(exc.with_traceback(tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook, threading.excepthook = hook, thread_hook

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_thread
        relay.deleteLater()

    return uninstall
