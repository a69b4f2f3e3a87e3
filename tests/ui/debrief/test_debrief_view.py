"""The Debrief page: the consolidated grid, the decision with its reasons, the override."""

from __future__ import annotations

from typing import Any

import pytest
from people_helpers import action, candidates_page, trigger
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from interview_planner.services import decisions
from interview_planner_ui.common.scoring_labels import RATING_TONES
from interview_planner_ui.debrief.override_dialog import OverrideDialog
from interview_planner_ui.debrief.ratings_grid_model import VALUE_ROLE


def _debrief(window: Any, name: str) -> Any:
    candidates_page(window, name)
    trigger(window, "debrief")
    page = window.pages["debrief"]
    assert window.current_page() is page and page.data.candidate.name == name
    return page


def test_the_grid_passes_the_model_tester(qtmodeltester: Any, demo_window: Any) -> None:
    qtmodeltester.check(_debrief(demo_window, "Jordan Rivera").grid)


def test_jordan_is_no_hire_because_of_cost_management(demo_window: Any) -> None:
    page = _debrief(demo_window, "Jordan Rivera")
    assert page.summary.decision.text() == "No hire"
    assert page.stack.currentIndex() == 0 and not page.banner.isVisible()
    details = page.summary.details.toPlainText()
    assert "Must-have skill 'Cost management' has a mean rating of 2.00, below 2.5" in details
    assert "Disagreement: Interviewers disagree on 'Programming proficiency'" in details
    assert "No hire when any must-have skill's mean rating is below 2.5." in details  # the policy
    assert "7 of 7 scorecards submitted" in page.summary.caption.text()


def test_grid_values_equal_the_database(demo_window: Any) -> None:
    page = _debrief(demo_window, "Jordan Rivera")
    grid = page.grid
    result = decisions.consolidate(demo_window.db, "Jordan Rivera").result
    interviews = [k for k in grid.column_keys() if k.startswith("interview_")]
    assert len(interviews) == 7
    headers = [grid.headerData(grid.column_index(k), Qt.Orientation.Horizontal) for k in interviews]
    assert headers[0].split("\n")[0] == "Priya"  # the technical screen's interviewer (first name)
    for number, skill in enumerate(result.skills, start=1):  # row 0 is the overall recommendation
        assert grid.index(number, grid.column_index("skill")).data() == skill.name
        expected = {(r.interviewer, r.stage): r.rating for r in skill.ratings}
        for column, overall in zip(interviews, result.overall, strict=True):
            value = grid.index(number, grid.column_index(column)).data(VALUE_ROLE)
            assert value == expected.get((overall.interviewer, overall.stage))
        assert grid.index(number, grid.column_index("mean")).data(VALUE_ROLE) == skill.mean


def test_cells_are_coloured_and_dashes_mean_not_rated(demo_window: Any) -> None:
    grid = _debrief(demo_window, "Jordan Rivera").grid
    names = [grid.index(r, 0).data() for r in range(grid.rowCount())]
    programming = names.index("Programming proficiency")
    first = grid.column_index("interview_0")
    four = grid.index(programming, first)
    assert four.data() == "4"
    assert four.data(Qt.ItemDataRole.BackgroundRole) == RATING_TONES[4].background
    two = grid.index(programming, first + 1)
    assert two.data() == "2" and two.data(Qt.ItemDataRole.BackgroundRole) == RATING_TONES[2].background
    assert grid.index(programming, first + 2).data() == ""  # that stage does not assess programming
    assert grid.index(programming, grid.column_index("flags")).data() == "Disagreement"
    cost = names.index("Cost management")
    assert grid.index(cost, grid.column_index("mean")).data() == "2.00"


def test_the_overall_recommendations_row(demo_window: Any) -> None:
    grid = _debrief(demo_window, "Jordan Rivera").grid
    assert grid.index(0, 0).data() == "Overall recommendation"
    first = grid.column_index("interview_0")
    assert [grid.index(0, first + n).data() for n in range(7)] == [
        "Yes",
        "Strong yes",
        "Yes",
        "Yes",
        "Yes",
        "Strong yes",
        "Yes",
    ]
    assert grid.index(0, grid.column_index("mean")).data() == "3.29"


def test_the_override_dialog_requires_a_reason(qtbot: Any) -> None:
    dialog = OverrideDialog("Jordan Rivera", "no_hire")
    qtbot.addWidget(dialog)
    assert dialog.hire.isChecked()  # the other decision is offered
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Cost skills are taught in the first month")
    assert dialog.ok.isEnabled()


def test_an_override_is_shown_beside_the_computed_decision(
    qtbot: Any, demo_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _debrief(demo_window, "Jordan Rivera")

    def decide(dialog: OverrideDialog) -> int:
        qtbot.keyClicks(dialog.reason, "Cost skills are taught in the first month")
        qtbot.keyClicks(dialog.by, "Dana Hiring-Manager")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OverrideDialog, "exec", decide)
    trigger(demo_window, "override_decision")
    stored = decisions.consolidate(demo_window.db, "Jordan Rivera")
    assert stored.override is not None and stored.override.decision == "hire"
    assert stored.result.decision == "no_hire"
    assert page.summary.decision.text() == "Hire"
    note = page.summary.override.text()
    assert "Computed decision: No hire" in note and "Override: Hire" in note
    assert "Cost skills are taught in the first month" in note and "Dana Hiring-Manager" in note


def test_a_cancelled_override_records_nothing(demo_window: Any, dialogs: Any) -> None:
    _debrief(demo_window, "Jordan Rivera")
    trigger(demo_window, "override_decision")  # the dialog is cancelled
    assert decisions.consolidate(demo_window.db, "Jordan Rivera").override is None


def test_an_incomplete_loop_needs_show_anyway_and_says_incomplete(qtbot: Any, demo_window: Any) -> None:
    page = _debrief(demo_window, "Sam Okafor")
    assert page.stack.currentIndex() == 1  # the explanation, not the numbers
    assert "not complete: 0 of 7 scorecards" in page.gate_text.text()
    assert not page.banner.isVisible()
    assert not action(demo_window, "override_decision").isEnabled()
    qtbot.mouseClick(page.show_anyway, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0
    assert page.banner.isVisible() and page.banner.text().startswith("INCOMPLETE")
    assert page.summary.decision.text() == "Incomplete"
    assert "Stage 'Technical screen' has no submitted scorecard yet." in page.summary.details.toPlainText()


def test_clicking_a_skill_opens_its_evidence_and_the_deciding_row_stands_out(qtbot: Any, demo_window: Any) -> None:
    page = _debrief(demo_window, "Jordan Rivera")
    grid = page.grid
    skill = grid.column_index("skill")
    rows = {grid.row(n).name: n for n in range(grid.rowCount())}
    cost = grid.index(rows["Cost management"], skill)
    other = grid.index(rows["Cloud platforms"], skill)
    assert grid.data(cost, Qt.ItemDataRole.FontRole).bold() and grid.data(cost, Qt.ItemDataRole.BackgroundRole)
    assert (
        grid.data(other, Qt.ItemDataRole.FontRole) is None and grid.data(other, Qt.ItemDataRole.BackgroundRole) is None
    )
    assert "Decides the outcome" in grid.data(cost, Qt.ItemDataRole.ToolTipRole)
    rect = page.table.visualRect(cost)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = page.evidence.toPlainText()
    assert "Decides the outcome: Must-have skill 'Cost management'" in shown
    assert "Tomás García (Architecture deep dive): 2 · No – Demo evidence for cost management" in shown
    page.show_evidence(grid.index(0, skill))  # the overall row: the take-aways
    assert "Demo take-aways from" in page.evidence.toPlainText()
