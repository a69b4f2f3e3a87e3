"""Every finding code of docs/planning.md, each raised by a loop that really has the problem, and the
depth-first planner and the interviewer matching on small loops a reader can follow."""

from __future__ import annotations

import re
from pathlib import Path

from interview_planner.planning.checks import check_loop, coverage, coverage_cell, questions_probing
from interview_planner.planning.model import LoopState, PlanInterviewer, PlanQuestion, PlanSkill, PlanStage
from interview_planner.planning.planner import assign_interviewers, plan_loop

DOCS = Path(__file__).parents[3] / "docs" / "planning.md"


def _q(qid: str, minutes: int, kind: str, *skills: str) -> PlanQuestion:
    return PlanQuestion(id=qid, minutes=minutes, kind=kind, catalogue_skills=list(skills))


def _codes(state: LoopState) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in check_loop(state):
        out.setdefault(f.code, []).append(f"{f.severity}: {f.message}")
    return out


GO = PlanSkill(id="go", name="Go", kind="hard", priority="must", catalogue_id="c-go", core=True)
SQL = PlanSkill(id="sql", name="SQL", kind="hard", priority="must", catalogue_id="c-sql")
LEAD = PlanSkill(id="lead", name="Leadership", kind="soft", priority="must", catalogue_id="c-lead")
ML = PlanSkill(id="ml", name="ML", kind="hard", priority="nice", catalogue_id="c-ml")
CUSTOM = PlanSkill(id="custom", name="Our framework", kind="hard", priority="nice")
ANN = PlanInterviewer(id="ann", name="Ann", focuses=["coding"], weekly_limit=1, load=1)
BOB = PlanInterviewer(id="bob", name="Bob", focuses=["behavioural-leadership"])


def _broken_loop() -> LoopState:
    coding = PlanStage(
        id="s1",
        name="Coding",
        minutes=60,
        focus="coding",
        skills=["go", "sql", "lead", "ml", "custom"],
        questions=["short", "talk"],
        interviewers=["ann"],
    )
    people = PlanStage(
        id="s2",
        name="Leadership",
        minutes=30,
        focus="behavioural-leadership",
        skills=[],
        questions=["talk", "story"],
        interviewers=["ann"],
    )
    empty = PlanStage(id="s3", name="Empty", minutes=45, focus="hiring-manager")
    return LoopState(
        skills=[GO, SQL, LEAD, ML, CUSTOM],
        stages=[coding, people, empty],
        questions={
            "short": _q("short", 20, "coding", "c-go", "c-sql"),
            "talk": _q("talk", 12, "behavioural", "c-ml"),
            "story": _q("story", 15, "behavioural", "c-ml"),
        },
        interviewers={"ann": ANN, "bob": BOB},
    )


def test_every_documented_finding_code_is_raised_by_a_loop_that_has_the_problem() -> None:
    state = _broken_loop()
    codes = _codes(state)
    # coding: a 20-minute question is no coding exercise of 30-45 minutes; SQL is only its secondary skill
    assert any("no coding exercise of 30–45 minutes for Go, SQL" in m for m in codes["stage-focus-unmet"])
    assert codes["stage-focus-unmet"][0].startswith("error")
    assert any("'SQL' but no question of the stage primarily probes it" in m for m in codes["skill-without-question"])
    assert any("rates 5 skills; 60 minutes allow 4" in m for m in codes["stage-too-broad"])
    # leadership: 27 of 30 minutes leaves 3 for introductions; 2 questions where 3 past-behaviour ones are needed
    assert any("leaves 3 minutes" in m for m in codes["no-buffer"])
    assert any("2 behavioural question(s), needs at least 3" in m for m in codes["stage-focus-unmet"])
    assert any("'Talk'" not in m and "Coding, Leadership" in m for m in codes["question-repeated"])
    assert any("Ann interviews in 2 stages" in m for m in codes["interviewer-double-booked"])
    assert any("not listed as qualified for 'behavioural-leadership'" in m for m in codes["interviewer-unqualified"])
    assert any("Ann would have 3 interviews this week; their limit is 1" in m for m in codes["interviewer-over-limit"])
    assert any("'Empty' has no interviewer" in m for m in codes["stage-no-interviewer"])
    assert any("'Our framework' is not linked" in m for m in codes["skill-not-linked"])
    assert any("Core skill 'Go' is assessed in only one stage" in m for m in codes["must-single-stage"])
    # a must-have nobody assesses is an error until the manager acknowledges it, with the reason
    state.stages[0].skills.remove("lead")
    state.stages[2].minutes = 10
    codes = _codes(state)
    assert codes["must-uncovered"] == ["error: Must-have skill 'Leadership' is not assessed in any stage."]
    assert any("'Empty' leaves 10" not in m for m in codes.get("no-buffer", []))
    state.skills[2] = LEAD.model_copy(update={"acknowledged": "screened in the résumé review"})
    codes = _codes(state)
    assert "must-uncovered" not in codes
    assert codes["must-acknowledged"] == [
        "warning: Must-have skill 'Leadership' is not observed in this loop "
        "(acknowledged: screened in the résumé review)."
    ]
    state.stages[0].skills.remove("ml")
    state.stages[2].questions = []
    assert any("'ML' is not assessed" in m for m in _codes(state)["nice-uncovered"])
    state.stages[1].minutes = 20
    assert _codes(state)["stage-over-time"] == ["error: Stage 'Leadership' needs 27 minutes of questions but has 20."]


def test_the_coverage_matrix_colours_a_skill_as_the_findings_judge_it() -> None:
    """The loop designer's cells come from ``coverage_cell``: a must-have nobody assesses is "missing" on its
    whole row (``must-uncovered``), a core skill seen in one stage is "thin" there (``must-single-stage``), and
    a skill rated with no question probing it is "thin" in that stage."""
    state = _broken_loop()
    state.stages[0].skills.remove("lead")
    stages_of = coverage(state)
    findings = {(f.code, f.skill) for f in check_loop(state)}

    def cells(skill: PlanSkill) -> list[str]:
        return [
            coverage_cell(
                priority=skill.priority,
                core=skill.core,
                stages=stages_of[skill.id],
                questions=questions_probing(stage, state, skill.catalogue_id) if skill.id in stage.skills else None,
            )
            for stage in state.stages
        ]

    assert ("must-uncovered", "lead") in findings and cells(LEAD) == ["missing"] * 3
    assert ("must-single-stage", "go") in findings and cells(GO) == ["thin", "", ""]
    assert cells(SQL) == ["covered", "", ""]  # a plain must-have probed by a question in its one stage
    assert coverage_cell(priority="must", core=True, stages=2, questions=1) == "covered"
    assert coverage_cell(priority="nice", core=False, stages=1, questions=0) == "thin"
    assert coverage_cell(priority="nice", core=False, stages=0, questions=None) == ""


def test_every_code_in_the_docs_is_exercised_here() -> None:
    documented = set(re.findall(r"^\| (?:error|warning) \| `([a-z-]+)` \|", DOCS.read_text(), re.M))
    source = Path(__file__).read_text()
    assert documented, "the findings table moved"
    assert {c for c in documented if f'"{c}"' not in source} == set()


def test_the_planner_builds_a_coding_stage_around_one_exercise_and_rates_only_what_it_probes() -> None:
    stage = PlanStage(id="s", name="Coding", minutes=60, focus="coding")
    questions = [
        _q("chat1", 8, "technical", "c-go"),
        _q("chat2", 8, "technical", "c-sql"),
        _q("chat3", 8, "technical", "c-ml"),
        _q("exercise", 35, "coding", "c-go", "c-sql", "c-ml"),
        _q("follow", 10, "technical", "c-ml"),
    ]
    result = plan_loop([GO, SQL, ML], [stage], questions, [PlanInterviewer(id="p", name="P", focuses=["coding"])])
    planned = result.stages[0]
    assert planned.questions[0] == "exercise" and len(planned.questions) == 2  # at most one short follow-on
    assert planned.questions[1] in {"chat3", "follow"}  # the follow-on adds ML, not Go or SQL again
    assert planned.skills == ["go", "sql", "ml"]  # the exercise rates its first two skills, the follow-on ML
    assert [f.code for f in result.findings if f.severity == "error"] == []


def test_without_an_exercise_the_finding_says_what_is_missing() -> None:
    stage = PlanStage(id="s", name="Coding", minutes=60, focus="coding", interviewers=["p"])
    result = plan_loop([GO], [stage], [_q("chat", 10, "technical", "c-go")], [PlanInterviewer(id="p", name="P")])
    unmet = [f.message for f in result.findings if f.code == "stage-focus-unmet"]
    assert unmet == ["Stage 'Coding' (Coding): no coding exercise of 30–45 minutes for Go."]


def test_a_specialist_goes_where_only_she_is_qualified() -> None:
    stages = [
        PlanStage(id="arch", name="Architecture", minutes=60, focus="architecture-deep-dive", position=0),
        PlanStage(id="code", name="Coding", minutes=60, focus="coding", position=1),
        PlanStage(id="sd", name="System design", minutes=60, focus="system-design", position=2),
    ]
    maya = PlanInterviewer(id="maya", name="Maya", focuses=["coding", "system-design"])
    tom = PlanInterviewer(id="tom", name="Tom", focuses=["architecture-deep-dive"])
    assign_interviewers(stages, [maya])
    assert [s.interviewers for s in stages] == [[], ["maya"], []]  # never spent on a stage she is not for
    # more people join; re-assigning from scratch fixes the rest
    for s in stages:
        s.interviewers = []
    assign_interviewers(stages, [maya, tom, PlanInterviewer(id="ivy", name="Ivy", focuses=["system-design"])])
    assert [s.interviewers for s in stages] == [["tom"], ["maya"], ["ivy"]]


def test_must_haves_forecast_below_the_threshold_are_one_finding() -> None:
    state = _broken_loop()  # Go, SQL and Leadership (must-haves) are rated in the coding stage only
    (low,) = _codes(state)["must-low-reliability"]
    assert low.startswith("warning: Reliability forecast: 3 must-have skills below 0.60")
    assert "(the prior reliability of one rating, 0.45): 'Go' (0.45, 1 stage), 'SQL' (0.45, 1 stage)" in low
    assert low.endswith("One more stage that rates a skill seen in 1 stage raises it to 0.62.")
    state.single_rater = 0.8  # the team's ratings turned out reliable: one stage is enough
    assert "must-low-reliability" not in _codes(state)
    state.single_rater = 0.2  # and unreliable: even two stages are not
    state.stages[1].skills = ["go", "sql"]
    (low,) = _codes(state)["must-low-reliability"]
    assert "(the team's measured reliability of one rating, 0.20): 'Go' (0.33, 2 stages)" in low
    assert "'Leadership' (0.20, 1 stage)" in low and "raises it to 0.33" in low
    many = state.model_copy(
        update={"skills": [SQL.model_copy(update={"id": f"k{n}", "name": f"S{n}"}) for n in range(8)]}
    )
    many.stages[0].skills = [f"k{n}" for n in range(8)]
    (low,) = _codes(many)["must-low-reliability"]
    assert "8 must-have skills below" in low and "'S4'" in low and "'S5'" not in low and "and 3 more" in low
