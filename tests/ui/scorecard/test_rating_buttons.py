"""Rating is one click: buttons 1-4 and N on every skill row, the rubric on hover;
and a submitted scorecard leaves no undo behind (Amend is the way back)."""

from __future__ import annotations

from typing import Any

from people_helpers import open_scorecard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from interview_planner.services import scorecards

Yes = QMessageBox.StandardButton.Yes


def _wait_saved(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.header.save_state.text().startswith("Saved"), timeout=5000)


def test_a_click_on_a_rating_button_rates_the_skill(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    row = list(page.form.rows.values())[1]
    button = row.rating_buttons[3]
    assert button.isVisible() and button.text() == "3"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert row.rating == 3 and button.isChecked()
    assert not row.rating_buttons[4].isChecked()
    assert row.chip.text() == "3 · Yes"
    _wait_saved(qtbot, page)
    stored = scorecards.get_scorecard(demo_window.db, page.card.interview_id)
    assert next(r.rating for r in stored.ratings if r.skill_id == row.skill_id) == 3


def test_the_buttons_show_the_rubric_level_on_hover(demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    skill_id, row = next(iter(page.form.rows.items()))
    rubric = page.form.skills[skill_id].rubric
    assert rubric, "the demo skills have rubrics"
    for level in rubric:
        tip = row.rating_buttons[level.level].toolTip()
        assert level.summary in tip and f"key {level.level}" in tip
    assert "Not assessed" in row.rating_buttons[None].toolTip()


def test_n_shows_not_assessed(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    row = next(iter(page.form.rows.values()))
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_2)
    assert row.rating_buttons[2].isChecked()
    qtbot.keyClick(row, Qt.Key.Key_N)
    assert row.rating is None
    assert row.rating_buttons[None].isChecked() and not row.rating_buttons[2].isChecked()
    assert row.chip.text() == "Not assessed"  # before: "Not rated", as if N did nothing
    qtbot.mouseClick(row.rating_buttons[4], Qt.MouseButton.LeftButton)
    assert not row.rating_buttons[None].isChecked() and row.chip.text() == "4 · Strong yes"


def test_submit_clears_the_undo_history(qtbot: Any, demo_window: Any, dialogs: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    rows = list(page.form.rows.values())
    for row in rows:
        qtbot.mouseClick(row.rating_buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.form.overall.buttons["yes"], Qt.MouseButton.LeftButton)
    _wait_saved(qtbot, page)
    assert demo_window.undo_stack.canUndo()
    dialogs.answer("exec", Yes)
    page.submit()
    assert scorecards.get_scorecard(demo_window.db, page.card.interview_id).status == "submitted"
    assert not demo_window.undo_stack.canUndo()  # "Undo Choose Yes overall" would fail on a final card
    assert all(not b.isEnabled() for b in rows[0].rating_buttons.values())
    shown: list[Any] = []
    demo_window.presenter.display = lambda report, _parent: shown.append(report)
    demo_window.undo_stack.undo()
    assert shown == []
