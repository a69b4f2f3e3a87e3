"""The question bank page, driven as a user would: type, filter, read."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from interview_planner.services.browse import count_questions
from interview_planner.services.content import import_banks
from interview_planner_ui.bank import question_model
from interview_planner_ui.bank.question_model import FIRST_PAGE


def _bank(window: Any) -> Any:
    return window.pages["bank"]


def _search(qtbot: Any, bank: Any, text: str) -> None:
    bank.search.clear()
    qtbot.keyClicks(bank.search, text)
    qtbot.waitUntil(lambda: bank.model.filter.query == text and not bank.model.loading)


def test_lists_everything_at_first(main_window: Any) -> None:
    bank = _bank(main_window)
    assert bank.model.total == count_questions(main_window.db)
    assert bank.count_label.text() == f"{bank.model.total} questions"
    assert bank.preview.question is not None  # the first row is selected and previewed


def test_search_as_you_type_finds_and_previews(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    _search(qtbot, bank, "flaky")
    assert bank.model.total == count_questions(main_window.db, "flaky") >= 1
    shown = bank.preview.toPlainText()
    question = bank.preview.question
    assert question is not None and question is bank.model.question(0)
    assert "flaky" in shown.lower() and question.text in shown
    assert question.follow_ups[0] in shown and question.strong_signals[0] in shown
    assert question.weak_signals[0] in shown


def test_keys_that_arrive_together_run_one_search(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    searches: list[None] = []
    bank.model.search_started.connect(lambda: searches.append(None))
    qtbot.keyClicks(bank.search, "deploy")  # all six before the event loop turns, like a paste
    assert searches == []  # nothing ran while typing
    qtbot.waitUntil(lambda: len(searches) == 1)
    qtbot.waitUntil(lambda: not bank.model.loading)
    qtbot.wait(250)
    assert len(searches) == 1


def test_a_keystroke_searches_without_waiting_for_a_pause(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    searches: list[str] = []
    bank.model.search_started.connect(lambda: searches.append(bank.model.filter.query))
    qtbot.keyClick(bank.search, "k")
    QApplication.processEvents()  # one turn of the event loop, no timer to wait out
    assert searches == ["k"]


def test_no_match_says_so(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    _search(qtbot, bank, "xylophonequartz")
    assert bank.model.rowCount() == 0
    assert bank.count_label.text() == "No questions match."
    assert bank.preview.question is None


def test_filters_apply_at_once(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    bank.kind_combo.setCurrentIndex(bank.kind_combo.findData("coding"))
    qtbot.waitUntil(lambda: bank.model.filter.kind == "coding" and not bank.model.loading)
    rows = [bank.model.question(r) for r in range(bank.model.rowCount())]
    assert rows and all(q.kind == "coding" for q in rows)
    bank.skill_combo.setCurrentIndex(bank.skill_combo.findData("ci-cd"))
    bank.difficulty_combo.setCurrentIndex(bank.difficulty_combo.findData("medium"))
    qtbot.waitUntil(lambda: bank.model.filter.difficulty == "medium" and not bank.model.loading)
    expected = count_questions(main_window.db, skills=["ci-cd"], kind="coding", difficulty="medium")
    assert bank.model.total == expected


def test_skill_filter_lists_the_catalogue_with_counts(main_window: Any) -> None:
    combo = _bank(main_window).skill_combo
    assert combo.itemData(0) is None
    labels = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert labels["ci-cd"].startswith("CI/CD") or "(" in labels["ci-cd"]
    assert len(labels) >= 20


def test_ctrl_f_focuses_the_search_box_from_another_page(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    main_window.show_page(1)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is bank
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bank.search)


def test_return_in_the_search_box_moves_to_the_results(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    main_window.activateWindow()
    bank.focus_find()
    qtbot.keyClicks(bank.search, "pipeline")
    qtbot.keyClick(bank.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bank.model.filter.query == "pipeline" and not bank.model.loading)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bank.table)


def test_question_text_is_never_read_as_markup(qtbot: Any, main_window: Any, tmp_path: Any) -> None:
    bank_file = tmp_path / "hostile.yaml"
    bank_file.write_text(
        "bank: hostile\ntitle: Hostile\nquestions:\n"
        "  - id: h-01\n    text: 'Explain <b>zebrafish</b> & <img src=x> caching'\n"
        "    kind: technical\n    minutes: 5\n    difficulty: easy\n    skills: [ci-cd]\n"
        "    follow_ups: ['<i>one</i>', 'two']\n    strong_signals: ['<a href=x>s</a>']\n"
        "    weak_signals: ['w']\n",
        encoding="utf-8",
    )
    import_banks(main_window.db, [bank_file])
    bank = _bank(main_window)
    bank.refresh()
    _search(qtbot, bank, "zebrafish")
    shown = bank.preview.toPlainText()
    assert "<b>zebrafish</b> & <img src=x>" in shown
    assert "<i>one</i>" in shown and "<a href=x>s</a>" in shown


def test_searches_run_off_the_gui_thread(qtbot: Any, main_window: Any, monkeypatch: Any) -> None:
    threads: list[bool] = []
    real = question_model.page_for

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(question_model, "page_for", spy)
    _search(qtbot, _bank(main_window), "cache")
    assert threads == [False]


def test_scrolling_a_big_bank_loads_pages(qtbot: Any, make_window: Any, big_db: Any) -> None:
    window = make_window()
    window.set_database(big_db)
    window.show()
    bank = _bank(window)
    qtbot.waitUntil(lambda: not bank.model.loading)
    assert bank.model.rowCount() == FIRST_PAGE and bank.model.total > 5000
    bank.table.scrollToBottom()
    qtbot.waitUntil(lambda: bank.model.rowCount() >= FIRST_PAGE + 200)
    assert bank.model.rowCount() <= FIRST_PAGE + 400


def _click_header(qtbot: Any, bank: Any, key: str) -> None:
    header = bank.table.horizontalHeader()
    column = bank.model.column_index(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: not bank.model.loading)


def _minutes(bank: Any) -> list[int]:
    return [bank.model.question(row).minutes for row in range(bank.model.rowCount())]


def test_clicking_a_header_sorts_up_then_down_then_back_to_best_match(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    _search(qtbot, bank, "design")
    best_first = [bank.model.question(row).id for row in range(bank.model.rowCount())]
    matches = bank.model.total
    assert len(set(_minutes(bank))) > 1  # the matches differ in length, so sorting shows
    _click_header(qtbot, bank, "minutes")
    assert _minutes(bank) == sorted(_minutes(bank)) and bank.model.total == matches
    _click_header(qtbot, bank, "minutes")
    assert _minutes(bank) == sorted(_minutes(bank), reverse=True)
    _click_header(qtbot, bank, "minutes")
    assert [bank.model.question(row).id for row in range(bank.model.rowCount())] == best_first


def test_the_sort_survives_a_new_search(qtbot: Any, main_window: Any) -> None:
    bank = _bank(main_window)
    _click_header(qtbot, bank, "minutes")
    _search(qtbot, bank, "incident")
    assert bank.model.rowCount() > 1 and _minutes(bank) == sorted(_minutes(bank))
