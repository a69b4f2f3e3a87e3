"""The coverage matrix model: colour rules, in-place updates, the Qt model contract."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt

from interview_planner.services.loops import LoopInfo, LoopView, SkillCoverage, StageView
from interview_planner_ui.loop_designer.coverage_model import (
    ASSESSED_ROLE,
    COVERED,
    FIRST_STAGE,
    MISSING,
    NOT_ASSESSED,
    STATE_ROLE,
    THIN,
    CoverageModel,
    cell_state,
)


def _skill(sid: str, priority: str, per_stage: list[int | None]) -> SkillCoverage:
    return SkillCoverage(
        id=sid,
        name=f"Skill {sid}",
        kind="hard",
        priority=priority,
        catalogue_id="c",
        stages=sum(1 for n in per_stage if n is not None),
        questions_per_stage=per_stage,
    )


def _stage(sid: str, position: int) -> StageView:
    return StageView(
        id=sid,
        position=position,
        name=f"Stage {sid}",
        format="onsite",
        focus="coding",
        minutes=60,
        minutes_used=0,
        interviewers=[],
        interviewer_ids=[],
        skills=[],
        skill_ids=[],
        questions=[],
    )


def _loop(skills: list[SkillCoverage]) -> LoopView:
    info = LoopInfo(
        id="L", name="Loop", role="Role", role_id="R", template=None, version=1, hide_scorecards_until_submitted=True
    )
    return LoopView(
        loop=info, stages=[_stage("a", 0), _stage("b", 1), _stage("c", 2)], coverage={}, skills=skills, findings=[]
    )


def test_colour_rules() -> None:
    twice = _skill("1", "must", [2, None, 1])
    once = _skill("2", "must", [1, None, None])
    nowhere = _skill("3", "must", [None, None, None])
    nice = _skill("4", "nice", [1, 0, None])
    assert [cell_state(twice, i) for i in range(3)] == [COVERED, NOT_ASSESSED, COVERED]
    assert cell_state(once, 0) == COVERED  # a must-have that is not core needs one stage
    core_once = once.model_copy(update={"core": True})
    assert cell_state(core_once, 0) == THIN  # a core skill seen in one stage only
    assert [cell_state(nowhere, i) for i in (None, 0, 1)] == [MISSING, MISSING, MISSING]
    assert [cell_state(nice, i) for i in range(3)] == [COVERED, THIN, NOT_ASSESSED]  # 0 questions: thin
    assert cell_state(_skill("5", "nice", [None, None, None]), 0) == NOT_ASSESSED


def test_cells_show_counts_dashes_badges_and_colours(qtbot: Any) -> None:
    model = CoverageModel()
    model.set_loop(_loop([_skill("1", "must", [2, None, 1]), _skill("2", "nice", [None, None, None])]))
    assert model.rowCount() == 2 and model.columnCount() == FIRST_STAGE + 3
    assert [model.index(0, c).data() for c in range(5)] == ["Skill 1", "MUST", "2", "–", "1"]
    assert model.index(1, 1).data() == ""
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, FIRST_STAGE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, FIRST_STAGE + 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, FIRST_STAGE + 1).data(ASSESSED_ROLE) is False
    assert model.index(0, 0).data(ASSESSED_ROLE) is None
    assert model.headerData(FIRST_STAGE + 1, Qt.Orientation.Horizontal) == "2 · Stage b"
    assert "Stage b" in model.index(0, FIRST_STAGE + 1).data(Qt.ItemDataRole.ToolTipRole)


def test_the_same_skills_and_stages_update_in_place(qtbot: Any) -> None:
    model = CoverageModel()
    model.set_loop(_loop([_skill("1", "must", [2, None, 1])]))
    kept = QPersistentModelIndex(model.index(0, FIRST_STAGE + 1))
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_loop(_loop([_skill("1", "must", [2, 1, 1])]))
    assert kept.isValid() and kept.data() == "1" and kept.data(STATE_ROLE) == COVERED
    with qtbot.waitSignal(model.modelReset):
        model.set_loop(_loop([_skill("1", "must", [2, 1, 1]), _skill("9", "nice", [None] * 3)]))


def test_model_contract(qtmodeltester: Any) -> None:
    model = CoverageModel()
    model.set_loop(_loop([_skill("1", "must", [2, None, 1]), _skill("2", "must", [None] * 3)]))
    qtmodeltester.check(model)
    model.set_loop(None)
    qtmodeltester.check(model)
