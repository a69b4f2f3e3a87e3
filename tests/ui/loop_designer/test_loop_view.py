"""The loop designer: create and plan loops, edit stages and coverage with undo, read findings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSpinBox

from interview_planner.services import loops
from interview_planner_ui.common.theme import colour
from interview_planner_ui.loop_designer.coverage_model import (
    ASSESSED_ROLE,
    COVERED,
    FIRST_STAGE,
    MISSING,
    STATE_ROLE,
    THIN,
)
from interview_planner_ui.loop_designer.time_bar import TIME_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
DEMO_LOOP = "LMTS onsite (demo)"


def _action(window: Any, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


@pytest.fixture
def designer(make_window: Any, demo_db: Any, qtbot: Any) -> Any:
    """The loop designer over the demo database, showing the demo loop."""
    window = make_window()
    window.set_database(demo_db)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_page("loops")
    assert page is not None and page.view is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


@pytest.fixture
def scratch(designer: Any, demo_db: Any) -> Any:
    """The designer showing a fresh planned loop (no candidates, so stages can be removed)."""
    role = designer.view.loop.role_id
    view = loops.plan(demo_db, role=role, name="Scratch loop")
    designer.refresh()
    index = designer.ui.loop_combo.findData(view.loop.id)
    designer.ui.loop_combo.setCurrentIndex(index)
    designer.ui.loop_combo.activated.emit(index)
    assert designer.view.loop.id == view.loop.id
    return designer


def _undo(qtbot: Any, page: Any) -> None:
    qtbot.keyClick(page.window(), Qt.Key.Key_Z, CTRL)


def _redo(qtbot: Any, page: Any) -> None:
    qtbot.keyClick(page.window(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def _codes(page: Any) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stage, f.skill) for f in page.findings_model.rows()]


def _covered_cell(page: Any) -> Any:
    """A cell of a must-have skill covered in exactly two stages (so unassigning thins it)."""
    model = page.coverage_model
    for row in range(model.rowCount()):
        skill = model.skill(row)
        if skill.priority == "must" and skill.stages == 2:
            for column in range(FIRST_STAGE, model.columnCount()):
                index = model.index(row, column)
                if index.data(STATE_ROLE) == COVERED:
                    return index
    raise AssertionError("no covered cell")


def test_the_demo_loop_is_shown(designer: Any) -> None:
    assert designer.ui.loop_combo.currentText().startswith(DEMO_LOOP)
    assert designer.stage_model.rowCount() == 7
    assert designer.coverage_model.rowCount() == 25
    assert designer.coverage_model.columnCount() == FIRST_STAGE + 7
    first = designer.coverage_model.index(0, 0)
    assert first.data(Qt.ItemDataRole.FontRole).bold()  # a must-have
    assert designer.coverage_model.index(0, 1).data() == "CORE"  # the posting's first must-have
    assert designer.coverage_model.index(2, 1).data() == "MUST"
    assert "budget: 26 of 29 skill slots" in designer.ui.summary.text()
    from interview_planner.services.reliability import loop_reliability

    forecast = loop_reliability(designer.context.db, loop=designer.view.loop.id)
    weak = len(forecast.weak_must_haves)
    assert f"reliability: {weak} must-have(s) below 0.60" in designer.ui.summary.text()
    assert "Reliability forecast (Spearman-Brown" in designer.ui.summary.toolTip()
    coding = designer.stage_model.record(1)
    depth = designer.stage_model.index(1, designer.stage_model.columnCount() - 1)
    assert depth.data() == f"{len(coding.skills)}/4 ⚓" and "Anchor exercise: 30 min" in depth.data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_the_core_box_marks_a_skill_core_with_undo(qtbot: Any, designer: Any) -> None:
    matrix, model, check = designer.ui.matrix, designer.coverage_model, designer.ui.core_check
    row = next(r for r in range(model.rowCount()) if model.skill(r).name == "Cost management")
    matrix.setCurrentIndex(model.index(row, 0))
    assert check.isEnabled() and not check.isChecked()
    check.setChecked(True)
    assert model.index(row, 1).data() == "CORE" and designer.view.budget.wanted == 28
    designer.context.undo_stack.undo()
    assert model.index(row, 1).data() == "MUST" and not check.isChecked()
    nice = next(r for r in range(model.rowCount()) if model.skill(r).priority == "nice")
    matrix.setCurrentIndex(model.index(nice, 0))
    assert not check.isEnabled()  # only a must-have can be core


def test_new_loop_from_template_with_auto_plan(qtbot: Any, designer: Any, dialogs: Any, demo_db: Any) -> None:
    before = {info.id for info in loops.list_loops(demo_db)}
    dialogs.answer("exec", QDialog.DialogCode.Accepted)
    _action(designer.window(), "new_loop").trigger()
    assert dialogs.of("exec")[-1].title == "New Loop from Template"
    qtbot.waitUntil(lambda: designer.view.loop.id not in before)
    view = designer.view
    assert view.loop.template == "lead-engineer-onsite"
    assert designer.stage_model.rowCount() == 7
    model = designer.coverage_model
    assert model.rowCount() == 25
    states = {
        model.index(r, c).data(STATE_ROLE)
        for r in range(model.rowCount())
        for c in range(FIRST_STAGE, model.columnCount())
    }
    assert COVERED in states and MISSING not in states
    covered = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(FIRST_STAGE, model.columnCount())
        if model.index(r, c).data(STATE_ROLE) == COVERED
    ]  # which cells depends on the plan; every covered one is shaded
    assert all(index.data(Qt.ItemDataRole.BackgroundRole) is not None for index in covered)
    assert {info.id for info in loops.list_loops(demo_db)} - before == {view.loop.id}


def test_new_loop_without_auto_plan_is_empty(qtbot: Any, designer: Any, dialogs: Any, monkeypatch: Any) -> None:
    from interview_planner_ui.loop_designer.new_loop_dialog import NewLoopDialog

    def choose(dialog: NewLoopDialog) -> int:
        dialog.auto_plan.setChecked(False)
        dialog.template.setCurrentIndex(dialog.template.findData("take-home-and-panel"))
        dialog.name.setText("Panel loop")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewLoopDialog, "exec", choose)
    _action(designer.window(), "new_loop").trigger()
    qtbot.waitUntil(lambda: designer.view.loop.name == "Panel loop")
    assert designer.stage_model.rowCount() == 4
    assert all(s.stages == 0 for s in designer.view.skills)
    must_rows = [r for r in range(25) if designer.coverage_model.skill(r).priority == "must"]
    assert designer.coverage_model.index(must_rows[0], FIRST_STAGE).data(STATE_ROLE) == MISSING
    assert "must-uncovered" in {code for code, _, _ in _codes(designer)}


def test_double_click_a_covered_cell_unassigns_then_undo(qtbot: Any, designer: Any, demo_db: Any) -> None:
    index = _covered_cell(designer)
    skill, stage = designer.coverage_model.skill(index.row()), designer.coverage_model.stage(index.column())
    assert ("must-single-stage", None, skill.id) not in _codes(designer)
    rect = designer.ui.matrix.visualRect(index)
    qtbot.mouseClick(designer.ui.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    stored = loops.get_loop(demo_db, designer.view.loop.id)
    assert skill.id in next(s for s in stored.stages if s.id == stage.id).skill_ids  # a click only selects
    assert designer.ui.matrix.currentIndex() == index
    qtbot.mouseDClick(designer.ui.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    stored = loops.get_loop(demo_db, designer.view.loop.id)
    assert skill.id not in next(s for s in stored.stages if s.id == stage.id).skill_ids
    assert index.data() == "–" and index.data(ASSESSED_ROLE) is False
    assert ("must-single-stage", None, skill.id) in _codes(designer)
    row_states = {
        designer.coverage_model.index(index.row(), c).data(STATE_ROLE)
        for c in range(FIRST_STAGE, designer.coverage_model.columnCount())
    }
    assert THIN in row_states and COVERED not in row_states  # the other stage alone is thin
    _undo(qtbot, designer)
    stored = loops.get_loop(demo_db, designer.view.loop.id)
    assert skill.id in next(s for s in stored.stages if s.id == stage.id).skill_ids
    assert index.data(STATE_ROLE) == COVERED
    assert ("must-single-stage", None, skill.id) not in _codes(designer)
    _redo(qtbot, designer)
    assert index.data(ASSESSED_ROLE) is False


def test_space_toggles_the_focused_cell(qtbot: Any, designer: Any, demo_db: Any) -> None:
    model, matrix = designer.coverage_model, designer.ui.matrix
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(FIRST_STAGE, model.columnCount())
        if model.index(r, c).data(ASSESSED_ROLE) is False
    )
    matrix.setFocus()
    matrix.setCurrentIndex(index)
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert index.data(ASSESSED_ROLE) is True
    assert matrix.currentIndex() == index  # the focus stays on the cell
    qtbot.keyClick(matrix, Qt.Key.Key_Right)
    qtbot.keyClick(matrix, Qt.Key.Key_Left)
    qtbot.keyClick(matrix, Qt.Key.Key_Return)
    assert index.data(ASSESSED_ROLE) is False
    designer.context.undo_stack.undo()
    designer.context.undo_stack.undo()
    assert index.data(ASSESSED_ROLE) is False
    stage = model.stage(index.column())
    stored = loops.get_loop(demo_db, designer.view.loop.id)
    assert model.skill(index.row()).id not in next(s for s in stored.stages if s.id == stage.id).skill_ids


def test_twenty_minutes_makes_the_stage_over_time(qtbot: Any, designer: Any, demo_db: Any) -> None:
    page, model = designer, designer.stage_model
    row = 0
    stage = model.record(row)
    assert not model.over_time(row)
    index = model.index(row, model.column_index("minutes"))
    page.ui.stages.setCurrentIndex(index)
    page.ui.stages.setFocus()
    qtbot.keyClick(page.ui.stages, Qt.Key.Key_F2)
    editor = page.ui.stages.findChild(QSpinBox, "number_editor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "20")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: loops.get_loop(demo_db, page.view.loop.id).stages[row].minutes == 20)
    assert ("stage-over-time", stage.id, None) in _codes(page)
    first = page.findings_model.record(0)
    assert first.severity == "error"
    assert not page.findings_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.over_time(row)
    assert model.index(row, model.column_index("time")).data(TIME_ROLE) == (stage.minutes_used, 20)
    assert page.panel.time_bar.over and page.panel.time_bar.colour() == colour("time_over")
    image = page.panel.time_bar.grab().toImage()
    painted = image.pixelColor(4, image.height() // 2)
    assert painted.red() > 160 and painted.green() < 80  # painted red
    _undo(qtbot, page)
    assert ("stage-over-time", stage.id, None) not in _codes(page)
    assert not page.panel.time_bar.over


def test_clicking_a_finding_selects_its_stage_and_skill(qtbot: Any, designer: Any) -> None:
    index = _covered_cell(designer)
    designer.ui.matrix.toggle_requested.emit(index)
    skill = designer.coverage_model.skill(index.row())
    row = next(
        r for r in range(designer.findings_model.rowCount()) if designer.findings_model.record(r).skill == skill.id
    )
    designer.ui.stages.setCurrentIndex(designer.stage_model.index(3, 0))
    rect = designer.ui.findings.visualRect(designer.findings_model.index(row, 0))
    qtbot.mouseClick(designer.ui.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert designer.ui.matrix.currentIndex().row() == index.row()
    designer.commands.update_stage(designer.stage_model.record(2), "minutes", 20)
    over = next(
        r
        for r in range(designer.findings_model.rowCount())
        if designer.findings_model.record(r).code == "stage-over-time"
    )
    designer.ui.findings.setCurrentIndex(designer.findings_model.index(over, 0))
    designer.ui.findings.setFocus()
    qtbot.keyClick(designer.ui.findings, Qt.Key.Key_Return)
    assert designer.ui.stages.currentIndex().row() == 2


def test_add_remove_and_move_stages_with_undo(qtbot: Any, scratch: Any, dialogs: Any, demo_db: Any) -> None:
    page, model, stack = scratch, scratch.stage_model, scratch.context.undo_stack
    names = [s.name for s in model.rows()]
    page.ui.stages.setCurrentIndex(model.index(1, 0))
    dialogs.answer("input_text", ("Pairing session", True))
    _action(page.window(), "add_stage").trigger()
    assert [s.name for s in model.rows()] == [*names[:2], "Pairing session", *names[2:]]
    assert page.selected_stage().name == "Pairing session"
    _undo(qtbot, page)
    assert [s.name for s in model.rows()] == names

    page.ui.stages.setCurrentIndex(model.index(2, 0))
    removed = model.record(2)
    _action(page.window(), "remove_stage").trigger()
    assert [s.name for s in model.rows()] == names[:2] + names[3:]
    assert len(loops.get_loop(demo_db, page.view.loop.id).stages) == 6
    _undo(qtbot, page)
    back = model.record(2)
    assert back.name == removed.name and back.id == removed.id  # the same stage, not a copy
    assert (back.minutes, back.focus, back.format) == (removed.minutes, removed.focus, removed.format)
    assert back.skill_ids == removed.skill_ids
    assert [q.id for q in back.questions] == [q.id for q in removed.questions]
    assert back.interviewer_ids == removed.interviewer_ids
    _redo(qtbot, page)  # removes the same stage again
    assert len(model.rows()) == 6
    _undo(qtbot, page)

    page.ui.stages.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.ui.stages, Qt.Key.Key_Down, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [s.name for s in model.rows()][:2] == [names[1], names[0]]
    assert page.selected_stage().name == names[0]
    _action(page.window(), "move_stage_up").trigger()
    assert [s.name for s in model.rows()] == names
    stack.undo()
    stack.undo()
    assert [s.name for s in model.rows()] == names
    assert not page.context.presenter.history


def test_edit_a_stage_name_and_focus_in_place(qtbot: Any, designer: Any, demo_db: Any) -> None:
    model = designer.stage_model
    model.setData(model.index(0, model.column_index("name")), "Phone screen", Qt.ItemDataRole.EditRole)
    model.setData(model.index(0, model.column_index("focus")), "bar-raiser", Qt.ItemDataRole.EditRole)
    stored = loops.get_loop(demo_db, designer.view.loop.id).stages[0]
    assert (stored.name, stored.focus) == ("Phone screen", "bar-raiser")
    assert model.index(0, model.column_index("focus")).data() == "Bar raiser"
    designer.context.undo_stack.undo()
    designer.context.undo_stack.undo()
    stored = loops.get_loop(demo_db, designer.view.loop.id).stages[0]
    assert (stored.name, stored.focus) == ("Technical screen", "coding")


def test_questions_add_remove_and_reorder(qtbot: Any, designer: Any, demo_db: Any) -> None:
    page, panel = designer, designer.panel
    page.ui.stages.setCurrentIndex(page.stage_model.index(0, 0))
    original = [q.id for q in panel.stage.questions]
    panel.search.setText("kafka")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.result_model.rowCount() > 0)
    candidate = next(q for q in panel.result_model.rows() if q.id not in original)
    panel.results.setCurrentIndex(panel.result_model.index(panel.result_model.row_of(candidate.id), 0))
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    stored = [q.id for q in loops.get_loop(demo_db, page.view.loop.id).stages[0].questions]
    assert stored == [*original, candidate.id]
    _undo(qtbot, page)
    assert [q.id for q in panel.stage.questions] == original

    panel.questions.setFocus()
    panel.questions.setCurrentIndex(panel.question_model.index(0, 0))
    qtbot.keyClick(panel.questions, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [q.id for q in panel.stage.questions] == [original[1], original[0], *original[2:]]
    assert panel.questions.currentIndex().row() == 1
    qtbot.keyClick(panel.questions, Qt.Key.Key_Delete)
    assert [q.id for q in panel.stage.questions] == [original[1], *original[2:]]
    _undo(qtbot, page)
    _undo(qtbot, page)
    assert [q.id for q in loops.get_loop(demo_db, page.view.loop.id).stages[0].questions] == original


def test_suggestions_follow_the_skill_selected_in_the_matrix(qtbot: Any, designer: Any) -> None:
    panel = designer.panel
    designer.ui.matrix.setCurrentIndex(designer.coverage_model.index(2, 0))
    qtbot.waitUntil(lambda: panel.result_model.rowCount() > 0)
    assert designer.coverage_model.skill(2).name in panel.results_label.text()


def test_interviewers_can_be_added_and_removed(qtbot: Any, scratch: Any, demo_db: Any) -> None:
    page, panel = scratch, scratch.panel
    page.ui.stages.setCurrentIndex(page.stage_model.index(0, 0))
    panel.tabs.setCurrentIndex(1)
    before = list(panel.stage.interviewer_ids)
    assert panel.pool.count() > 0
    person = panel.pool.currentData()
    qtbot.mouseClick(panel.add_person, Qt.MouseButton.LeftButton)
    assert person in loops.get_loop(demo_db, page.view.loop.id).stages[0].interviewer_ids
    _undo(qtbot, page)
    assert loops.get_loop(demo_db, page.view.loop.id).stages[0].interviewer_ids == before
    if before:
        panel.people.setCurrentIndex(panel.interviewer_model.index(0, 0))
        qtbot.mouseClick(panel.remove_person, Qt.MouseButton.LeftButton)
        assert before[0] not in loops.get_loop(demo_db, page.view.loop.id).stages[0].interviewer_ids
        assert ("stage-no-interviewer", panel.stage.id, None) in _codes(page) or len(before) > 1
        _undo(qtbot, page)
    assert loops.get_loop(demo_db, page.view.loop.id).stages[0].interviewer_ids == before


def test_auto_plan_again_asks_first(qtbot: Any, scratch: Any, dialogs: Any, demo_db: Any) -> None:
    page = scratch
    page.commands.set_skill(page.view.stages[0], page.view.skills[24], True)
    edited = loops.get_loop(demo_db, page.view.loop.id)
    _action(page.window(), "replan_loop").trigger()  # the default answer is No
    assert "cannot be undone" in dialogs.of("question")[-1].text
    assert loops.get_loop(demo_db, page.view.loop.id).loop.version == edited.loop.version
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    _action(page.window(), "replan_loop").trigger()
    qtbot.waitUntil(lambda: page.view.loop.version > edited.loop.version)
    assert not page.ui.busy.isVisibleTo(page)


def test_loop_models_pass_the_model_tester(qtmodeltester: Any, designer: Any) -> None:
    designer.ui.stages.setCurrentIndex(designer.stage_model.index(0, 0))
    designer.commands.update_stage(designer.stage_model.record(0), "minutes", 20)  # some findings
    for model in (
        designer.coverage_model,
        designer.stage_model,
        designer.findings_model,
        designer.panel.question_model,
        designer.panel.interviewer_model,
    ):
        qtmodeltester.check(model)
    designer.panel.search.setText("design")
    designer.panel.search.returnPressed.emit()
    qtmodeltester.check(designer.panel.result_model)


def test_an_undo_over_a_change_made_elsewhere_is_refused(qtbot: Any, scratch: Any, demo_db: Any) -> None:
    page, model = scratch, scratch.stage_model
    stage = model.record(1)
    page.commands.update_stage(stage, "minutes", 75)
    assert model.record(1).minutes == 75
    loops.update_stage(demo_db, stage=stage.id, edit=loops.StageEdit(name="Renamed elsewhere"))  # another window
    shown: list[Any] = []
    page.context.presenter.display = lambda report, _parent: shown.append(report)
    _undo(qtbot, page)
    assert shown and "changed elsewhere" in shown[0].text
    stored = next(s for s in loops.get_loop(demo_db, page.view.loop.id).stages if s.id == stage.id)
    assert (stored.name, stored.minutes) == ("Renamed elsewhere", 75)
    assert not page.context.undo_stack.canUndo()  # the stack does not claim the change it could not undo


def test_a_long_loop_name_leaves_the_page_usable_at_1366_by_768(qtbot: Any, designer: Any, demo_db: Any) -> None:
    """A loop named after a long posting title: the picker elides it, the summary takes a line or two, and the
    stages table still shows every stage of the loop (before, the summary wrapped into a narrow column of eight
    lines beside the picker and left the table three rows)."""
    role = designer.view.loop.role_id
    name = "Job opening: Linux system administration and DevOps remote engineer – Lead engineer onsite"
    view = loops.plan(demo_db, role=role, name=name)
    window = designer.window()
    window.resize(1366, 768)
    designer.refresh()
    index = designer.ui.loop_combo.findData(view.loop.id)
    designer.ui.loop_combo.setCurrentIndex(index)
    designer.ui.loop_combo.activated.emit(index)
    qtbot.waitUntil(lambda: designer.view.loop.id == view.loop.id)
    QApplication.processEvents()
    assert designer.ui.loop_combo.toolTip().startswith(name)  # the whole name, where the box shows its start
    assert designer.ui.loop_combo.width() < window.width() / 2
    line = designer.ui.summary.fontMetrics().lineSpacing()
    assert designer.ui.summary.height() <= 3 * line
    table = designer.ui.stages
    shown = table.rowAt(table.viewport().height() - 1)
    assert shown in (-1, designer.stage_model.rowCount() - 1)  # -1: the rows end above the bottom edge
