"""The Candidates page: every candidate, their interviews, scheduling, add and erase."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest
from people_helpers import candidates_page, person, trigger
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QMessageBox

from interview_planner.services import candidates, maintenance
from interview_planner_ui.candidates.add_candidate_dialog import AddCandidateDialog
from interview_planner_ui.common.scoring_labels import GREEN, GREY

Yes = QMessageBox.StandardButton.Yes


def _cell(model: Any, row: int, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.index(row, model.column_index(key)).data(role)


def _utc(value: datetime | None) -> datetime | None:
    """Stored times come back naive (UTC) or aware, depending on how they were written."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def test_models_pass_the_model_tester(qtmodeltester: Any, demo_window: Any) -> None:
    page = candidates_page(demo_window, "Sam Okafor")
    qtmodeltester.check(page.candidates)
    qtmodeltester.check(page.interviews)


def test_lists_every_candidate_with_their_progress(demo_window: Any) -> None:
    page = candidates_page(demo_window)
    names = [_cell(page.candidates, r, "name") for r in range(page.candidates.rowCount())]
    assert names == ["Jordan Rivera", "Sam Okafor"]
    assert _cell(page.candidates, 0, "progress") == "7 of 7 submitted"
    assert _cell(page.candidates, 0, "progress", Qt.ItemDataRole.BackgroundRole) == GREEN.background
    assert _cell(page.candidates, 1, "progress") == "0 of 7 submitted"
    assert _cell(page.candidates, 1, "progress", Qt.ItemDataRole.BackgroundRole) == GREY.background


def test_a_candidates_interviews_show_stage_interviewer_time_and_scorecard(
    demo_window: Any,
) -> None:
    page = candidates_page(demo_window, "Jordan Rivera")
    assert page.title.text() == "Jordan Rivera"
    assert page.interviews.rowCount() == 7
    assert _cell(page.interviews, 0, "stage") == "1. Technical screen"
    assert _cell(page.interviews, 0, "interviewer") == "Priya Natarajan"
    assert _cell(page.interviews, 0, "status") == "Submitted"
    assert isinstance(_cell(page.interviews, 0, "scheduled", Qt.ItemDataRole.EditRole), QDateTime)
    page.select_candidate(person(demo_window, "Sam Okafor").id)
    assert {_cell(page.interviews, r, "status") for r in range(7)} == {"Not started"}


def test_add_a_candidate_to_a_loop_and_undo_it(qtbot: Any, demo_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    page = candidates_page(demo_window)

    def fill_in(dialog: AddCandidateDialog) -> int:
        assert dialog.loop.currentText().startswith("LMTS onsite (demo)")
        qtbot.keyClicks(dialog.name, "Zoe Odegard")
        qtbot.keyClicks(dialog.email, "zoe@example.com")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddCandidateDialog, "exec", fill_in)
    trigger(demo_window, "add_candidate")
    added = candidates.get_candidate(demo_window.db, "Zoe Odegard")
    assert added.email == "zoe@example.com" and len(added.interviews) == 7
    assert page.current_candidate().name == "Zoe Odegard"
    demo_window.undo_stack.undo()
    assert [c.name for c in candidates.list_candidates(demo_window.db)] == [
        "Jordan Rivera",
        "Sam Okafor",
    ]
    demo_window.undo_stack.redo()
    assert page.candidates.rowCount() == 3


def test_the_add_dialog_needs_a_name(qtbot: Any, demo_window: Any) -> None:
    from interview_planner.services.loops import list_loops

    dialog = AddCandidateDialog(list_loops(demo_window.db))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "  ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "A")
    assert ok.isEnabled()


def test_schedule_an_interview_with_the_date_time_editor(qtbot: Any, demo_window: Any) -> None:
    page = candidates_page(demo_window, "Sam Okafor")
    interview = person(demo_window, "Sam Okafor").interviews[1]
    table = page.interview_table
    index = page.interviews.index(1, page.interviews.column_index("scheduled"))
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QDateTimeEdit, "datetime_editor")
    assert editor is not None
    assert editor.width() >= editor.sizeHint().width()  # "Thu 3 Dec 2…" with no time, before
    wanted = QDateTime(editor.date().addDays(3), editor.time().addSecs(30 * 60))
    editor.setDateTime(wanted)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    expected = datetime.fromtimestamp(wanted.toSecsSinceEpoch(), UTC)
    qtbot.waitUntil(lambda: _utc(person(demo_window, "Sam Okafor").interviews[1].scheduled_at) == expected)
    assert _cell(page.interviews, 1, "scheduled", Qt.ItemDataRole.EditRole) == wanted
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _utc(person(demo_window, "Sam Okafor").interviews[1].scheduled_at) == _utc(interview.scheduled_at)


def test_open_scorecard_and_debrief_go_to_their_pages(demo_window: Any) -> None:
    page = candidates_page(demo_window, "Sam Okafor")
    sam = person(demo_window, "Sam Okafor")
    page.select_interview(sam.interviews[2].id)
    trigger(demo_window, "open_scorecard")
    scorecard = demo_window.current_page()
    assert scorecard is demo_window.pages["scorecard"]
    assert scorecard.card.interview_id == sam.interviews[2].id
    page = candidates_page(demo_window, "Jordan Rivera")
    trigger(demo_window, "debrief")
    debrief = demo_window.current_page()
    assert debrief is demo_window.pages["debrief"]
    assert debrief.data.candidate.name == "Jordan Rivera"


def test_erase_asks_naming_the_person_and_the_backups(demo_window: Any, dialogs: Any) -> None:
    candidates_page(demo_window, "Sam Okafor")
    trigger(demo_window, "erase_candidate")  # the default answer is Cancel
    (asked,) = dialogs.of("exec")
    assert "Erase Sam Okafor" in asked.text
    assert "backup" in asked.text and "cannot be undone" in asked.text
    assert len(candidates.list_candidates(demo_window.db)) == 2


def test_erase_removes_the_candidate_here_and_in_backups(qtbot: Any, demo_window: Any, dialogs: Any) -> None:
    backup = maintenance.backup(demo_window.db, label="daily")
    page = candidates_page(demo_window, "Sam Okafor")
    dialogs.answer("exec", Yes)
    trigger(demo_window, "erase_candidate")
    qtbot.waitUntil(lambda: page.candidates.rowCount() == 1)
    assert [c.name for c in candidates.list_candidates(demo_window.db)] == ["Jordan Rivera"]
    with sqlite3.connect(backup) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM candidate")]
    assert names == ["Jordan Rivera"]
    assert "Erased Sam Okafor" in demo_window.statusBar().currentMessage()


def test_names_are_shown_as_plain_text(demo_window: Any) -> None:
    from interview_planner.services.loops import list_loops

    loop = list_loops(demo_window.db)[0]
    candidates.add_candidate(demo_window.db, name="<b>Bold</b> & Co", loop=loop.id)
    page = candidates_page(demo_window, "<b>Bold</b> & Co")
    assert page.title.text() == "<b>Bold</b> & Co"
    assert page.title.textFormat() == Qt.TextFormat.PlainText


def test_adding_to_a_loop_with_errors_asks_first(
    qtbot: Any, demo_window: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_planner.services import loops

    candidates_page(demo_window)
    demo = loops.list_loops(demo_window.db)[0]
    loops.add_stage(demo_window.db, loop=demo.id, name="Bar raiser", minutes=45, focus="bar-raiser")  # no one on it

    def fill_in(dialog: AddCandidateDialog) -> int:
        qtbot.keyClicks(dialog.name, "Early Bird")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddCandidateDialog, "exec", fill_in)
    trigger(demo_window, "add_candidate")  # the default answer is Cancel
    asked = dialogs.of("question")[-1]
    assert asked.title == "Loop Not Ready" and "2 error finding(s)" in asked.text and "Bar raiser" in asked.text
    assert "Early Bird" not in [c.name for c in candidates.list_candidates(demo_window.db)]
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    trigger(demo_window, "add_candidate")
    assert len(candidates.get_candidate(demo_window.db, "Early Bird").interviews) == 7
