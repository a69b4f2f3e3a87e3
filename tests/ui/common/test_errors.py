"""The one error presenter, and the hook that sends uncaught exceptions to it."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from interview_planner.errors import InputError, UserError
from interview_planner.logs import log_path
from interview_planner_ui.common.errors import ErrorPresenter, ErrorReport, install_excepthook


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_user_error_is_a_warning_with_the_message_as_is(dialogs: Any) -> None:
    presenter = ErrorPresenter()
    report = presenter.show(InputError("minutes: must be positive", file="bank.yaml", line=7))
    assert report.text == "bank.yaml:7: minutes: must be positive"
    assert not report.unexpected and report.details is None
    assert presenter.history == [report]
    assert [c.text for c in dialogs.of("exec")] == [report.text]
    assert not log_path().exists()  # the environment's fault is not logged as a bug


def test_a_bug_is_unexpected_logged_and_has_the_traceback(dialogs: Any) -> None:
    presenter = ErrorPresenter()
    report = presenter.show(_raised(KeyError("missing")))
    assert report.unexpected
    assert report.title == "Unexpected Error"
    assert "KeyError" in report.text and str(log_path()) in report.text
    assert report.details is not None and "Traceback" in report.details and "_raised" in report.details
    assert "KeyError" in log_path().read_text(encoding="utf-8")


def test_the_dialog_never_reads_the_message_as_markup(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Qt.TextFormat, str, str]] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        seen.append((dialog.textFormat(), dialog.text(), dialog.detailedText()))
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    ErrorPresenter().show(UserError("<b>not bold</b>"))
    ErrorPresenter().show(_raised(RuntimeError("<i>x</i>")))
    assert seen[0][:2] == (Qt.TextFormat.PlainText, "<b>not bold</b>")
    assert seen[1][0] == Qt.TextFormat.PlainText and "Traceback" in seen[1][2]


def test_display_can_be_replaced(dialogs: Any) -> None:
    shown: list[ErrorReport] = []
    presenter = ErrorPresenter(display=lambda report, parent: shown.append(report))
    presenter.show(UserError("quiet"))
    assert [r.text for r in shown] == ["quiet"]
    assert dialogs.calls == []


def test_an_error_while_a_dialog_is_open_does_not_stack_dialogs() -> None:
    nested: list[ErrorReport] = []

    def display(report: ErrorReport, parent: object) -> None:
        nested.append(report)
        if len(nested) == 1:
            presenter.show(UserError("second"))

    presenter = ErrorPresenter(display=display)
    presenter.show(UserError("first"))
    assert [r.text for r in nested] == ["first"]
    assert [r.text for r in presenter.history] == ["first", "second"]


@pytest.mark.qt_no_exception_capture
def test_excepthook_routes_uncaught_exceptions_to_the_presenter(qtbot: Any) -> None:
    presenter = ErrorPresenter(display=lambda report, parent: None)
    previous = sys.excepthook
    uninstall = install_excepthook(presenter)
    try:
        exc = _raised(ValueError("from nowhere"))
        sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: len(presenter.history) == 1)
    finally:
        uninstall()
    assert sys.excepthook is previous
    assert presenter.history[0].unexpected and "from nowhere" in presenter.history[0].text


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_and_the_app_keeps_running(qtbot: Any) -> None:
    presenter = ErrorPresenter(display=lambda report, parent: None)
    uninstall = install_excepthook(presenter)
    emitter, after = _Emitter(), []

    def broken_slot() -> None:
        raise RuntimeError("slot failed")

    emitter.fired.connect(broken_slot)
    try:
        emitter.fired.emit()
        QTimer.singleShot(0, lambda: after.append("still running"))
        qtbot.waitUntil(lambda: bool(presenter.history and after))
    finally:
        uninstall()
    assert "slot failed" in presenter.history[0].text
