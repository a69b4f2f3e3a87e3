"""The lazy question table model: Qt's contract, paging, stale answers, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from bank_generator import BIG_BANK_SIZE
from PySide6.QtCore import QModelIndex, Qt

from interview_planner.services import browse
from interview_planner.services.browse import QuestionFilter, count_questions
from interview_planner.services.search import QuestionView
from interview_planner_ui.bank import question_model
from interview_planner_ui.bank.question_model import COLUMNS, FIRST_PAGE, QUESTION_ROLE, QuestionTableModel
from interview_planner_ui.common.tasks import InlineRunner, TaskRunner

ROOT = QModelIndex()


class HeldRunner:
    """Keeps calls until the test releases them, to interleave answers at will."""

    def __init__(self) -> None:
        self.calls: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]] = []

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> int:
        self.calls.append((fn, on_done, on_error))
        return len(self.calls)

    def release(self, n: int) -> None:
        fn, on_done, on_error = self.calls[n]
        try:
            result = fn()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)

    def cancel_pending(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


@pytest.fixture
def page_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(offset, limit) of every page the model asks the core for."""
    calls: list[tuple[int, int]] = []
    real = browse.page_for

    def spy(db: Any, flt: QuestionFilter, *, offset: int, limit: int = browse.PAGE_SIZE) -> list[QuestionView]:
        calls.append((offset, limit))
        return real(db, flt, offset=offset, limit=limit)

    monkeypatch.setattr(question_model, "page_for", spy)
    return calls


def test_passes_the_qt_model_tester(qtmodeltester: Any, db: Any) -> None:
    model = QuestionTableModel(db, InlineRunner(), page_size=25)
    model.set_filter(QuestionFilter())
    qtmodeltester.check(model)
    model.set_filter(QuestionFilter(query="deploy"))
    model.fetchMore(ROOT)


def test_passes_the_model_tester_while_pages_arrive_from_a_thread(qtbot: Any, qtmodeltester: Any, big_db: Any) -> None:
    runner = TaskRunner()
    model = QuestionTableModel(big_db, runner, page_size=100)
    qtmodeltester.check(model)
    model.set_filter(QuestionFilter(query="cache"))
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    while model.canFetchMore(ROOT) or model.loading:
        model.fetchMore(ROOT)
        qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == model.total == count_questions(big_db, "cache") > 1000
    ids = [model.question(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(ids)) == len(ids)
    runner.shutdown()


def test_loads_one_page_at_a_time(big_db: Any, page_calls: list[tuple[int, int]]) -> None:
    model = QuestionTableModel(big_db, InlineRunner())
    model.set_filter(QuestionFilter())
    total = count_questions(big_db)
    assert total > BIG_BANK_SIZE
    # A short first page (each keystroke builds only what a window shows), then full pages.
    assert (model.rowCount(), model.total) == (FIRST_PAGE, total)
    assert FIRST_PAGE < browse.PAGE_SIZE
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == FIRST_PAGE + 400
    assert page_calls == [(0, FIRST_PAGE), (FIRST_PAGE, 200), (FIRST_PAGE + 200, 200)]
    ids = [model.question(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(ids)) == FIRST_PAGE + 400


def test_fetches_until_the_end_and_stops(big_db: Any) -> None:
    model = QuestionTableModel(big_db, InlineRunner(), page_size=500)
    model.set_filter(QuestionFilter(query="cache"))
    expected = count_questions(big_db, "cache")
    assert model.total == expected
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
    assert model.rowCount() == expected
    assert not model.canFetchMore(ROOT)


def test_the_view_fetches_more_when_scrolled_to_the_end(qtbot: Any, big_db: Any) -> None:
    from PySide6.QtWidgets import QTableView

    model = QuestionTableModel(big_db, InlineRunner())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    model.set_filter(QuestionFilter())
    assert model.rowCount() == FIRST_PAGE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= FIRST_PAGE + 200)
    assert model.rowCount() < model.total  # type: ignore[operator]


def test_an_outdated_answer_is_dropped(db: Any) -> None:
    runner = HeldRunner()
    model = QuestionTableModel(db, runner)
    model.set_filter(QuestionFilter(query="deploy"))
    model.set_filter(QuestionFilter(query="flaky"))
    runner.release(1)
    runner.release(0)  # the "deploy" answer arrives last and must not replace "flaky"
    assert model.filter.query == "flaky"
    assert model.total == count_questions(db, "flaky")
    assert model.rowCount() == model.total


def test_data_roles(db: Any) -> None:
    model = QuestionTableModel(db, InlineRunner())
    model.set_filter(QuestionFilter(query="flaky"))
    question = model.question(0)
    assert question is not None
    text, minutes = (
        model.index(0, model.column_index("text")),
        model.index(0, model.column_index("minutes")),
    )
    assert model.data(text) == " ".join(question.text.split())
    assert model.data(text, Qt.ItemDataRole.ToolTipRole) == question.text
    assert model.data(minutes) == question.minutes
    assert model.data(minutes, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(text, QUESTION_ROLE) is question
    kind = model.data(model.index(0, model.column_index("kind")))
    assert kind in {"Technical", "System design", "Coding", "Behavioural"}
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == [c.header for c in COLUMNS]
    assert model.question(10_000) is None


def test_a_failure_is_reported_and_stops_loading(qtbot: Any, db: Any) -> None:
    model = QuestionTableModel(db, InlineRunner())
    with qtbot.waitSignal(model.failed) as blocker:
        model.set_filter(QuestionFilter(skills=("no-such-skill",)))
    assert "no-such-skill" in str(blocker.args[0])
    assert not model.loading and model.rowCount() == 0 and not model.canFetchMore(ROOT)


def test_fetch_more_from_inside_an_insertion_does_not_duplicate_rows(db: Any) -> None:
    model = QuestionTableModel(db, InlineRunner(), page_size=10)
    model.rowsAboutToBeInserted.connect(lambda *_: model.fetchMore(ROOT))
    model.set_filter(QuestionFilter())
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
    ids = [model.question(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(ids) == len(set(ids)) == count_questions(db)
