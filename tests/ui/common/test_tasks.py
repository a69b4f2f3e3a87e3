"""Background calls: results and errors come back on the GUI thread; cancelled ones never do."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QThread

from interview_planner_ui.common.tasks import InlineRunner, TaskRunner


@pytest.fixture
def runner(qtbot: Any) -> Any:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def test_result_arrives_on_the_gui_thread(qtbot: Any, runner: TaskRunner) -> None:
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is runner.thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit(work, done, pytest.fail)
    assert seen == {"worker": False, "value": 42, "gui": True}


def test_errors_are_handed_back(qtbot: Any, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("boom")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit(work, pytest.fail, errors.append)
    assert [str(e) for e in errors] == ["boom"]


def test_cancelled_calls_never_report(qtbot: Any, runner: TaskRunner) -> None:
    gate = threading.Event()
    results: list[int] = []
    runner.submit(lambda: gate.wait(5) and 1, results.append, pytest.fail)
    runner.submit(lambda: 2, results.append, pytest.fail)
    assert runner.busy
    runner.cancel_pending()
    assert not runner.busy
    gate.set()
    runner.submit(lambda: 3, results.append, pytest.fail)
    qtbot.waitUntil(lambda: results == [3])


def test_inline_runner_runs_at_once() -> None:
    results: list[object] = []
    InlineRunner().submit(lambda: 1, results.append, results.append)
    InlineRunner().submit(lambda: 1 / 0, results.append, results.append)
    assert results[0] == 1
    assert isinstance(results[1], ZeroDivisionError)
