"""The Scorecard page, driven with the keyboard as an interviewer on a laptop would."""

from __future__ import annotations

from typing import Any

from people_helpers import action, open_scorecard, person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from interview_planner.services import loops, scorecards
from interview_planner.services.scorecards import ScorecardPatch
from interview_planner_ui.scorecard.skill_rating_row import SkillRow

Yes = QMessageBox.StandardButton.Yes
KEYS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4}


def _focus() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _wait_saved(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.header.save_state.text().startswith("Saved"), timeout=5000)


def test_a_whole_scorecard_with_the_keyboard_alone(qtbot: Any, demo_window: Any, dialogs: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    rows = list(page.form.rows.values())
    sam = person(demo_window, "Sam Okafor")
    stage = next(s for s in loops.get_loop(demo_window.db, sam.loop_id).stages if s.id == sam.interviews[0].stage_id)
    count = len(stage.skill_ids)  # the auto-planner's choice for the demo loop: one row per skill of the stage
    assert len(rows) == count and count >= 3  # a coding stage rates 3 (anchor exercise and follow-on)
    qtbot.waitUntil(lambda: _focus() is rows[0])
    wanted = {}
    for number, row in enumerate(rows):
        assert _focus() is row, f"skill {number} should have the focus"
        rating = number % 4 + 1
        _press(qtbot, KEYS[rating])
        wanted[row.skill_id] = rating
        _press(qtbot, Qt.Key.Key_Tab)  # into the evidence box
        assert _focus() is row.evidence
        qtbot.keyClicks(_focus(), f"Evidence {number}: clear example")
        _press(qtbot, Qt.Key.Key_Tab)  # on to the next skill
    assert _focus() is page.form.overall.buttons["strong_no"]
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    assert page.form.overall.value() == "yes"
    assert page.header.save_state.text() == "Saving…"
    _wait_saved(qtbot, page)

    stored = scorecards.get_scorecard(demo_window.db, page.card.interview_id)
    assert {r.skill_id: r.rating for r in stored.ratings} == wanted
    assert [r.evidence for r in stored.ratings] == [f"Evidence {n}: clear example" for n in range(count)]
    assert stored.overall == "yes" and stored.status == "draft"

    dialogs.answer("exec", Yes)
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Submit…
    (confirm,) = dialogs.of("exec")
    assert "Submit your scorecard for Sam Okafor" in confirm.text and f"{count} of {count} skills rated" in confirm.text
    assert scorecards.get_scorecard(demo_window.db, page.card.interview_id).status == "submitted"
    assert page.header.status.text() == "Submitted"
    assert "read-only" in page.header.banner.text()
    qtbot.keyClick(rows[0], Qt.Key.Key_1)  # read-only now: nothing changes
    assert rows[0].rating == 1 and rows[1].evidence.isReadOnly()
    assert not action(demo_window, "submit_scorecard").isEnabled()
    assert action(demo_window, "amend_scorecard").isEnabled()


def test_up_down_move_and_n_means_not_assessed(qtbot: Any, demo_window: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    asked: list[str] = []

    def answer(parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(label)
        return "Ran out of time", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    rows = list(page.form.rows.values())
    qtbot.waitUntil(lambda: _focus() is rows[0])
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    assert _focus() is rows[2]
    assert page.form.rubric.heading.text() == f"Rubric: {rows[2].name}"
    _press(qtbot, Qt.Key.Key_4)
    _press(qtbot, Qt.Key.Key_Up)
    assert _focus() is rows[1]
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_N)
    assert rows[2].rating is None
    _wait_saved(qtbot, page)
    stored = {r.skill_id: r for r in scorecards.get_scorecard(demo_window.db, page.card.interview_id).ratings}
    assert stored[rows[2].skill_id].rating is None and stored[rows[2].skill_id].state == "not_assessed"
    assert stored[rows[2].skill_id].not_assessed_reason == "Ran out of time"
    assert asked and rows[2].name in asked[0]  # the reason is asked for, naming the skill


def test_the_rubric_shows_four_anchored_levels_and_a_click_rates(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 2)
    rubric = page.form.rubric
    assert [c.level for c in rubric.cards] == [1, 2, 3, 4]
    skill = page.packet.skills[0]
    assert rubric.heading.text() == f"Rubric: {skill.name}"
    anchor = skill.rubric[1].anchors[0]
    assert any(anchor in label.text() for label in rubric.cards[1].findChildren(type(rubric.heading)))
    qtbot.mouseClick(rubric.cards[1], Qt.MouseButton.LeftButton)
    row = page.form.rows[skill.id]
    assert row.rating == 2 and rubric.cards[1].selected
    assert _focus() is row  # clicking a card leaves the keyboard where it was
    _wait_saved(qtbot, page)


def test_the_questions_show_follow_ups_and_signals(demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 1)
    text = page.ui.questions.toPlainText()
    question = page.packet.questions[0]
    for part in (
        question.text,
        question.follow_ups[0],
        question.strong_signals[0],
        question.weak_signals[0],
    ):
        assert part in text
    assert "Strong answers" in text and "Weak answers" in text


def test_saving_is_debounced_into_one_call(qtbot: Any, demo_window: Any, monkeypatch: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    calls: list[ScorecardPatch] = []
    real = scorecards.save_draft

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs["patch"])
        return real(*args, **kwargs)

    monkeypatch.setattr(scorecards, "save_draft", counting)
    row = next(iter(page.form.rows.values()))
    qtbot.keyClick(row, Qt.Key.Key_3)
    qtbot.keyClicks(row.evidence, "typed quickly")
    _wait_saved(qtbot, page)
    assert len(calls) == 1
    assert calls[0].ratings == {row.skill_id: 3} and calls[0].evidence == {row.skill_id: "typed quickly"}


def test_undo_and_redo_a_rating(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    row = next(iter(page.form.rows.values()))
    qtbot.waitUntil(lambda: _focus() is row)
    _press(qtbot, Qt.Key.Key_3)
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.rating is None
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert row.rating == 3
    _wait_saved(qtbot, page)
    stored = scorecards.get_scorecard(demo_window.db, page.card.interview_id)
    assert stored.ratings[0].rating == 3


def test_a_change_made_elsewhere_is_a_conflict_with_a_reload_offer(qtbot: Any, demo_window: Any, dialogs: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    row = next(iter(page.form.rows.values()))
    qtbot.keyClick(row, Qt.Key.Key_2)
    _wait_saved(qtbot, page)
    interview = page.card.interview_id
    scorecards.save_draft(  # someone else, in another window
        demo_window.db,
        interview_id=interview,
        patch=ScorecardPatch(key_takeaways="from elsewhere"),
        expected_version=page.card.version,
    )
    dialogs.answer("exec", QMessageBox.StandardButton.Ok, Yes)  # the error, then Reload
    qtbot.keyClick(row, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: len(dialogs.of("exec")) == 2)
    report = demo_window.presenter.history[-1]
    assert not report.unexpected and "changed elsewhere" in report.text
    assert [c.title for c in dialogs.of("exec")] == [
        "Cannot Continue",
        "Scorecard Changed Elsewhere",
    ]
    assert page.form.takeaways.toPlainText() == "from elsewhere"  # reloaded
    assert row.rating == 2


def test_submit_needs_an_overall_recommendation(demo_window: Any, dialogs: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    dialogs.answer("exec", Yes)
    action(demo_window, "submit_scorecard").trigger()
    assert "overall recommendation" in demo_window.presenter.history[-1].text
    assert scorecards.get_scorecard(demo_window.db, page.card.interview_id).status == "draft"


def test_submit_names_the_skills_still_unrated_and_keeps_the_draft(demo_window: Any, dialogs: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    rows = list(page.form.rows.values())
    page.rate(rows[0].skill_id, 3)
    page.form.overall.buttons["yes"].click()
    dialogs.answer("exec", Yes)
    action(demo_window, "submit_scorecard").trigger()
    message = demo_window.presenter.history[-1].text
    assert all(f"'{row.name}'" in message for row in rows[1:]) and f"'{rows[0].name}'" not in message
    stored = scorecards.get_scorecard(demo_window.db, page.card.interview_id)
    assert stored.status == "draft" and stored.ratings[0].rating == 3 and stored.overall == "yes"
    page.rate(rows[1].skill_id, 2)  # editing goes on after the refusal (no stale-version conflict)
    assert page.editor.flush()


def test_others_hidden_until_you_submit_then_visible(qtbot: Any, demo_window: Any, dialogs: Any) -> None:
    sam = person(demo_window, "Sam Okafor")
    first, second = sam.interviews[0], sam.interviews[1]
    rated = {r.skill_id: 3 for r in scorecards.get_scorecard(demo_window.db, second.id).ratings}
    patch = ScorecardPatch(overall="strong_yes", key_takeaways="Sharp <b>coder</b>", ratings=rated)
    scorecards.submit(demo_window.db, interview_id=second.id, patch=patch)
    mine = {r.skill_id: 2 for r in scorecards.get_scorecard(demo_window.db, first.id).ratings}
    scorecards.save_draft(demo_window.db, interview_id=first.id, patch=ScorecardPatch(ratings=mine))
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    assert page.ui.others.hidden
    assert "Hidden until you submit yours" in page.ui.others.toPlainText()
    assert second.interviewer not in page.ui.others.toPlainText()
    assert page.ui.tabs.tabText(1) == "Other scorecards (hidden)"

    page.form.overall.buttons["no"].click()
    dialogs.answer("exec", Yes)
    action(demo_window, "submit_scorecard").trigger()
    shown = page.ui.others.toPlainText()
    assert not page.ui.others.hidden
    assert f"{second.stage} · {second.interviewer}" in shown and "Strong yes" in shown
    assert "Sharp <b>coder</b>" in shown  # user text is never markup
    assert page.ui.tabs.tabText(1) == "Other scorecards (1)"


def test_amend_asks_for_a_reason_and_logs_it(qtbot: Any, demo_window: Any, dialogs: Any) -> None:
    jordan = person(demo_window, "Jordan Rivera")
    page = open_scorecard(demo_window, "Jordan Rivera", 0)
    assert page.card.status == "submitted"
    row = next(iter(page.form.rows.values()))
    old = row.rating
    action(demo_window, "amend_scorecard").trigger()  # no reason given: nothing happens
    assert page.form.read_only
    dialogs.answer("input_text", ("Typed the wrong level", True))
    action(demo_window, "amend_scorecard").trigger()
    assert not page.form.read_only and page.header.status.text() == "Amending"
    qtbot.keyClick(row, Qt.Key.Key_1)
    qtbot.mouseClick(page.header.save_amendment, Qt.MouseButton.LeftButton)
    stored = scorecards.get_scorecard(demo_window.db, jordan.interviews[0].id)
    assert stored.ratings[0].rating == 1 != old
    assert stored.amendments == 1 and stored.status == "submitted"
    assert page.form.read_only


def test_every_row_is_named_for_screen_readers(demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    for row in page.findChildren(SkillRow):
        assert row.accessibleName().startswith(row.name)
        assert row.evidence.accessibleName() == f"Evidence for {row.name}"
    assert all(b.accessibleName() for b in page.form.overall.buttons.values())


def test_keep_my_changes_after_a_conflict_saves_them_over_the_newer_version(
    qtbot: Any, demo_window: Any, dialogs: Any
) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    row = next(iter(page.form.rows.values()))
    qtbot.keyClick(row, Qt.Key.Key_2)
    _wait_saved(qtbot, page)
    interview = page.card.interview_id
    scorecards.save_draft(
        demo_window.db,
        interview_id=interview,
        patch=ScorecardPatch(key_takeaways="from elsewhere"),
        expected_version=page.card.version,
    )
    dialogs.answer("exec", QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No)
    qtbot.keyClick(row, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: len(dialogs.of("exec")) == 2)
    _wait_saved(qtbot, page)
    stored = scorecards.get_scorecard(demo_window.db, interview)
    assert stored.ratings[0].rating == 4 and stored.key_takeaways == "from elsewhere"


def test_changing_the_overall_recommendation_is_undoable(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    bar = page.form.overall
    qtbot.mouseClick(bar.buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.buttons["strong_yes"], Qt.MouseButton.LeftButton)
    demo_window.undo_stack.undo()
    assert bar.value() == "yes"
    _wait_saved(qtbot, page)
    assert scorecards.get_scorecard(demo_window.db, page.card.interview_id).overall == "yes"


def test_the_first_overall_choice_is_undoable_too(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    bar = page.form.overall
    qtbot.mouseClick(bar.buttons["no"], Qt.MouseButton.LeftButton)
    _wait_saved(qtbot, page)
    assert scorecards.get_scorecard(demo_window.db, page.card.interview_id).overall == "no"
    demo_window.undo_stack.undo()
    assert bar.value() is None
    _wait_saved(qtbot, page)
    assert scorecards.get_scorecard(demo_window.db, page.card.interview_id).overall is None
    demo_window.undo_stack.redo()
    assert bar.value() == "no"
    _wait_saved(qtbot, page)
    assert scorecards.get_scorecard(demo_window.db, page.card.interview_id).overall == "no"


def test_rating_a_skill_keeps_the_overall_choice_on_screen(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    bar = page.form.overall
    qtbot.mouseClick(bar.buttons["strong_yes"], Qt.MouseButton.LeftButton)
    row = next(iter(page.form.rows.values()))
    qtbot.keyClick(row, Qt.Key.Key_3)
    assert bar.value() == "strong_yes"
    demo_window.undo_stack.undo()  # the rating
    assert bar.value() == "strong_yes"
    _wait_saved(qtbot, page)
    stored = scorecards.get_scorecard(demo_window.db, page.card.interview_id)
    assert stored.overall == "strong_yes" and stored.ratings[0].rating is None


def test_undo_on_a_scorecard_changed_elsewhere_shows_the_conflict(qtbot: Any, demo_window: Any) -> None:
    page = open_scorecard(demo_window, "Sam Okafor", 0)
    first = page.card.interview_id
    qtbot.mouseClick(page.form.overall.buttons["yes"], Qt.MouseButton.LeftButton)
    _wait_saved(qtbot, page)
    page.open_interview(person(demo_window, "Sam Okafor").interviews[1].id)  # another scorecard on screen
    scorecards.save_draft(demo_window.db, interview_id=first, patch=ScorecardPatch(key_takeaways="from elsewhere"))
    shown: list[Any] = []
    demo_window.presenter.display = lambda report, _parent: shown.append(report)
    demo_window.undo_stack.undo()  # would take "yes" back on the first scorecard
    assert shown and "changed elsewhere" in shown[0].text
    stored = scorecards.get_scorecard(demo_window.db, first)
    assert stored.overall == "yes" and stored.key_takeaways == "from elsewhere"  # nothing overwritten
