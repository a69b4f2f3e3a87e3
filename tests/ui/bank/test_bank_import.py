"""Importing bank files from the window: off the GUI thread, summarised, errors with file:line."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from bank_generator import write_bank

from interview_planner.services import content
from interview_planner.services.search import count_questions
from interview_planner_ui.common.actions import ActionId

BROKEN = """\
format: interview-planner/question-bank@1
bank: broken
title: Broken bank
questions:
  - id: b-01
    text: A question that is fine so far.
    kind: technical
    minutes: 0
    difficulty: easy
    skills: [ci-cd]
    follow_ups: [one, two]
    strong_signals: [good]
    weak_signals: [bad]
"""


def _import(qtbot: Any, window: Any, dialogs: Any, paths: list[Path]) -> None:
    dialogs.answer("open_files", ([str(p) for p in paths], ""))
    with qtbot.waitSignal(window.importer.running_changed, check_params_cb=lambda running: not running, timeout=60_000):
        window.actions_by_id[ActionId.IMPORT_BANKS].trigger()


def test_import_adds_questions_and_reports(qtbot: Any, main_window: Any, dialogs: Any, tmp_path: Path) -> None:
    before = count_questions(main_window.db)
    bank = main_window.pages["bank"]
    _import(qtbot, main_window, dialogs, [write_bank(tmp_path, 300, suffix=".json")])
    (summary,) = dialogs.of("information")
    assert "300 new" in summary.text and "1 file" in summary.text
    assert count_questions(main_window.db) == before + 300
    qtbot.waitUntil(lambda: bank.model.total == before + 300)  # the page refreshed itself
    assert main_window.presenter.history == []


def test_import_runs_off_the_gui_thread(
    qtbot: Any, main_window: Any, dialogs: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    on_main: list[bool] = []
    real = content.import_banks

    def spy(db: Any, paths: Any) -> Any:
        on_main.append(threading.current_thread() is threading.main_thread())
        return real(db, paths)

    monkeypatch.setattr(content, "import_banks", spy)
    dialogs.answer("open_files", ([str(write_bank(tmp_path, 20, suffix=".csv"))], ""))
    main_window.actions_by_id[ActionId.IMPORT_BANKS].trigger()
    assert main_window.importer.running
    assert not main_window.actions_by_id[ActionId.IMPORT_BANKS].isEnabled()  # one import at a time
    assert not main_window.actions_by_id[ActionId.OPEN_DATABASE].isEnabled()
    qtbot.waitUntil(lambda: not main_window.importer.running, timeout=30_000)
    assert on_main == [False]
    assert main_window.actions_by_id[ActionId.IMPORT_BANKS].isEnabled()


def test_a_broken_file_names_file_and_line_and_changes_nothing(
    qtbot: Any, main_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    good = write_bank(tmp_path, 10, suffix=".json")
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    before = count_questions(main_window.db)
    _import(qtbot, main_window, dialogs, [good, broken])
    (report,) = main_window.presenter.history
    assert not report.unexpected
    assert report.text.startswith(f"{broken}:8: questions[0].minutes:")
    assert [c.text for c in dialogs.of("exec")] == [report.text]  # shown in a dialog, as is
    assert dialogs.of("information") == []
    assert count_questions(main_window.db) == before  # the good file was not written either


def test_cancelling_the_file_dialog_does_nothing(main_window: Any, dialogs: Any) -> None:
    main_window.actions_by_id[ActionId.IMPORT_BANKS].trigger()
    assert [c.kind for c in dialogs.calls] == ["open_files"]
    assert not main_window.importer.running


def test_the_folder_is_remembered(qtbot: Any, main_window: Any, dialogs: Any, tmp_path: Path) -> None:
    _import(qtbot, main_window, dialogs, [write_bank(tmp_path, 5, suffix=".csv")])
    assert main_window.state.text("dialogs/import_banks_folder") == str(tmp_path)
