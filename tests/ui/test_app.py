"""Start-up: the application object, first run with the demo offer, the default database."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from interview_planner import APP_NAME, __version__
from interview_planner.paths import default_db_target
from interview_planner.services.search import count_questions
from interview_planner_ui import app
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.errors import ErrorPresenter

DEMO_QUESTION = "Load the sample role, loop and candidate?"


@pytest.fixture
def started(qtbot: Any) -> Iterator[list[Any]]:
    """Windows made by app.start, shut down after the test."""
    windows: list[Any] = []
    yield windows
    for window in windows:
        window.close()
        window.shutdown()


def _click(name: str) -> Any:
    """An answer for the fake ``exec``: click the message box's button named ``name``."""

    def click(box: Any) -> int:
        button = box.findChild(QPushButton, name)
        assert button is not None, f"no button {name!r} in {box.windowTitle()!r}"
        button.click()
        return 0

    return click


def _start(started: list[Any], qtbot: Any, target: str | None) -> Any:
    window = app.start(target, presenter=ErrorPresenter())
    qtbot.addWidget(window)
    started.append(window)
    return window


def test_the_application_is_named() -> None:
    qapp = app.create_application([])
    assert qapp is QApplication.instance()
    assert qapp.applicationDisplayName() == APP_NAME


def test_first_run_sets_up_and_offers_the_demo(qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path) -> None:
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    dialogs.answer("exec", _click("create_database"))
    window = _start(started, qtbot, str(tmp_path / "fresh.db"))
    assert [c.text for c in dialogs.of("question")] == [DEMO_QUESTION]
    assert window.isVisible() and window.db is not None
    assert count_questions(window.db) > 0  # the bundled content was loaded
    # The demo service may not exist yet: then the presenter says so, as a user error.
    for report in window.presenter.history:
        assert not report.unexpected, report.details
        assert "not available" in report.text
    if not window.presenter.history:
        assert "Loaded the sample" in window.statusBar().currentMessage()


def test_behind_the_first_run_question_the_window_says_it_is_opening(
    qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    ask = QMessageBox.question

    def question(parent: Any, *args: Any) -> Any:
        seen.append(parent.window().findChild(QLabel, "no_database").text())
        return ask(parent, *args)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialogs.answer("question", QMessageBox.StandardButton.No)
    dialogs.answer("exec", _click("create_database"))
    window = _start(started, qtbot, str(tmp_path / "fresh.db"))
    assert seen == ["Opening the database…"]  # not "no database is open" while it is being set up
    assert window.db is not None and window.current_page() is not None


def test_a_missing_demo_service_is_reported_not_a_crash(
    qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "interview_planner.services.demo", None)  # import fails
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    dialogs.answer("exec", _click("create_database"))
    window = _start(started, qtbot, str(tmp_path / "fresh.db"))
    (report,) = window.presenter.history
    assert not report.unexpected
    assert "not available in this version" in report.text
    assert count_questions(window.db) > 0


def test_declining_the_demo_just_opens(qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path) -> None:
    dialogs.answer("exec", _click("create_database"))
    window = _start(started, qtbot, str(tmp_path / "fresh.db"))
    assert len(dialogs.of("question")) == 1
    assert window.presenter.history == []
    assert count_questions(window.db) > 0


def test_a_database_in_use_is_not_a_first_run(qtbot: Any, started: list[Any], dialogs: Any, db_path: Path) -> None:
    window = _start(started, qtbot, str(db_path))
    assert dialogs.of("question") == []
    assert window.db.path == db_path
    assert QApplication.instance().applicationVersion() == __version__  # set once the window is painted


def test_the_collector_is_paused_while_the_database_opens_and_runs_again_after(
    qtbot: Any, started: list[Any], dialogs: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_planner_ui.main_window import MainWindow

    paused: list[bool] = []
    open_database = MainWindow.open_database

    def watched(self: MainWindow, *args: Any, **kwargs: Any) -> bool:
        paused.append(not gc.isenabled())
        return open_database(self, *args, **kwargs)

    monkeypatch.setattr(MainWindow, "open_database", watched)
    assert gc.isenabled()
    _start(started, qtbot, str(db_path))
    assert paused == [True]  # the imports and the first page: nothing to collect there
    assert gc.isenabled() and gc.get_freeze_count() == 0  # running again; nothing left out of its reach


def test_the_collector_stays_as_it_was_when_start_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("broken window")

    monkeypatch.setattr("interview_planner_ui.main_window.MainWindow", broken)
    with pytest.raises(RuntimeError, match="broken window"):
        app.start(":memory:")
    assert gc.isenabled()


def test_the_default_database_folder_is_created(
    qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_PLANNER_DATA_DIR", str(tmp_path / "new" / "data"))
    target = Path(default_db_target())
    assert not target.parent.exists()
    window = _start(started, qtbot, None)
    assert window.db.path == target and target.exists()


def test_a_named_database_that_does_not_exist_is_created_only_when_the_user_says_so(
    qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path
) -> None:
    typo = tmp_path / "planer.db"
    window = _start(started, qtbot, str(typo))  # the fake exec cancels the question
    (asked,) = dialogs.of("exec")
    assert asked.title == "No Database There" and str(typo) in asked.text
    assert window.db is None and not typo.exists()
    assert "No database is open" in window.findChild(QLabel, "no_database").text()

    dialogs.answer("exec", _click("create_database"))
    created = _start(started, qtbot, str(typo))
    assert created.db is not None and created.db.path == typo and typo.exists()
    assert count_questions(created.db) > 0  # set up like any first run


def test_choosing_another_database_instead_of_creating_one(
    qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path, db_path: Path
) -> None:
    def choose(dialog: Any) -> Any:
        dialog.target_edit.setText(str(db_path))
        return QDialog.DialogCode.Accepted

    dialogs.answer("exec", _click("choose_another_database"), choose)
    window = _start(started, qtbot, str(tmp_path / "planer.db"))
    assert [c.title for c in dialogs.of("exec")] == ["No Database There", "Open Database"]
    assert window.db is not None and window.db.path == db_path
    assert not (tmp_path / "planer.db").exists()


def test_open_database_offers_to_create_a_file_that_does_not_exist(
    make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    window = make_window()
    new = tmp_path / "team-b.db"

    def type_new_path(dialog: Any) -> Any:
        dialog.target_edit.setText(str(new))
        return QDialog.DialogCode.Accepted

    dialogs.answer("exec", type_new_path, _click("create_database"))
    window.actions_by_id[ActionId.OPEN_DATABASE].trigger()
    assert [c.title for c in dialogs.of("exec")] == ["Open Database", "No Database There"]
    assert window.db is not None and window.db.path == new and new.exists()


def test_an_unusable_database_still_shows_the_window(
    qtbot: Any, started: list[Any], dialogs: Any, tmp_path: Path
) -> None:
    window = _start(started, qtbot, str(tmp_path / "no-such-folder" / "x.db"))
    assert window.isVisible() and window.db is None
    assert "does not exist" in window.presenter.history[0].text


MAIN_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
    from interview_planner_ui import app

    shown = []
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    def record(dialog):
        shown.append(dialog.windowTitle())
        print("DIALOG:", dialog.windowTitle())

    QDialog.exec = record
    qapp = app.create_application([sys.argv[0]])  # timers need the application's event dispatcher

    def boom():
        raise RuntimeError("a bug in a slot")

    def close_when_reported():
        if not shown:
            QTimer.singleShot(50, close_when_reported)
            return
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "main_window":
                window.close()

    QTimer.singleShot(0, boom)  # runs once the event loop does; must not take the app down
    QTimer.singleShot(0, close_when_reported)
    sys.exit(app.main(db=sys.argv[1], argv=[sys.argv[0]]))
""")


def test_main_reports_a_bug_at_start_up(monkeypatch: pytest.MonkeyPatch, dialogs: Any) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("broken start")

    monkeypatch.setattr(app, "start", broken)
    previous = sys.excepthook
    assert app.main(db=":memory:") == app.EXIT_BUG
    assert sys.excepthook is previous
    assert "broken start" in dialogs.of("exec")[0].text


def test_main_runs_survives_a_bug_and_exits_cleanly(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INTERVIEW_PLANNER_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", MAIN_SCRIPT, str(tmp_path / "app.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "DIALOG: Unexpected Error" in result.stdout
    assert "a bug in a slot" in result.stderr  # printed for developers...
    log = tmp_path / "data" / "logs" / "interview-planner.log"
    logged = log.read_text(encoding="utf-8")  # ...and logged for bug reports: where, not what (docs/privacy.md)
    assert "RuntimeError" in logged and "in boom" in logged
    assert "a bug in a slot" not in logged


def test_the_application_has_its_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from interview_planner_ui.app import _app_icon

    icon = _app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_the_windowed_launcher_takes_the_database_named_on_its_command_line() -> None:
    # "interview-planner-gui --db PATH" opens PATH, as "interview-planner --db PATH" does
    assert app.database_argument(["--db", "/data/team.db"]) == "/data/team.db"
    assert app.database_argument(["-style", "fusion", "--db=/data/team.db"]) == "/data/team.db"
    assert app.database_argument(["-style", "fusion"]) is None
    assert app.database_argument(["--db"]) is None  # no path after it: the default database
