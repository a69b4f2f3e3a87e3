"""Loop planning against the database: the seed role, edits, checks, candidates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview_planner.errors import ConflictError, InputError
from interview_planner.services import candidates, loops, roles


@pytest.fixture
def seed_role(db, seed_text: str):  # type: ignore[no-untyped-def]
    return roles.import_role(db, text_=seed_text, source_name="seed.txt")


@pytest.fixture
def people(db):  # type: ignore[no-untyped-def]
    focuses = [
        ["coding"],
        ["coding", "system-design"],
        ["system-design", "architecture-deep-dive"],
        ["architecture-deep-dive", "operations"],
        ["operations"],
        ["behavioural-leadership"],
        ["hiring-manager"],
    ]
    return [loops.add_interviewer(db, name=f"Person {i}", focuses=f) for i, f in enumerate(focuses)]


def test_seed_loop_is_deep_and_covers_the_budget(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    assert view.errors == []
    assert len(view.coverage) == 25
    by_focus = {s.focus: s for s in view.stages}
    coding = [s for s in view.stages if s.focus == "coding"]
    assert all(any(q.anchor and q.kind == "coding" and 30 <= q.minutes <= 45 for q in s.questions) for s in coding)
    design = by_focus["system-design"]
    assert any(q.anchor and q.kind == "system_design" and q.minutes >= 40 for q in design.questions)
    for stage in view.stages:
        assert len(stage.skills) <= stage.minutes * 4 // 60, stage.name
        rated_by_questions = {name for q in stage.questions for name in q.primary}
        assert set(stage.skills) <= rated_by_questions, stage.name  # every rated skill primarily probed here
        assert stage.minutes - stage.minutes_used >= 10, stage.name
    for skill in view.skills:
        if skill.priority == "must":
            assert skill.stages >= 1 or skill.acknowledged, skill.name
    assert {s.name for s in view.skills if s.core} == {"System design and architecture", "Programming proficiency"}
    core = [s for s in view.skills if s.core]
    assert [s.stages for s in core] == [2, 2]  # both core skills in two independent stages
    assert not [f for f in view.findings if f.code == "must-single-stage"]
    # the budget is one slot short (26 at depth, 27 wanted): the nice-to-have gives way, and says so
    # and the reliability forecast says, once for the loop, that a must-have seen once is one rating
    assert sorted(f.code for f in view.findings if f.severity == "warning") == [
        "must-low-reliability",
        "nice-uncovered",
    ]
    once = [s for s in view.skills if s.priority == "must" and s.stages == 1]
    (forecast,) = [f for f in view.findings if f.code == "must-low-reliability"]
    assert forecast.message.startswith(f"Reliability forecast: {len(once)} must-have skills below 0.60")
    assert not [f for f in view.findings if f.code == "interviewer-unqualified"]
    used = [q.id for s in view.stages for q in s.questions]
    assert len(used) == len(set(used))
    assert all(len(s.interviewers) == 1 for s in view.stages)
    assert len({s.interviewer_ids[0] for s in view.stages}) == len(view.stages)
    assert view.budget is not None and view.budget.used <= view.budget.available


def test_a_gap_is_acknowledged_with_a_reason_and_core_marks_are_editable(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    skill = next(s for s in view.skills if s.name == "Negotiation and vendor management skills")
    for stage in view.stages:
        if skill.name in stage.skills:
            view = loops.set_stage_skill(db, stage=stage.id, skill=skill.id, assessed=False)
    assert any(f.code == "must-uncovered" and f.skill == skill.id for f in view.errors)
    view = loops.acknowledge_gap(db, loop=view.loop.id, skill=skill.name, reason="  checked in the reference calls ")
    assert not any(f.skill == skill.id for f in view.errors)
    assert any(f.code == "must-acknowledged" and "checked in the reference calls" in f.message for f in view.findings)
    view = loops.acknowledge_gap(db, loop=view.loop.id, skill=skill.name, reason=None)
    assert any(f.code == "must-uncovered" and f.skill == skill.id for f in view.errors)
    skills = loops.set_skill_budget(db, role=seed_role.role.id, skill="Cost management", core=True, weight=5)
    cost = next(s for s in skills if s.name == "Cost management")
    assert cost.core and cost.weight == 5
    with pytest.raises(InputError):
        loops.set_skill_budget(
            db, role=seed_role.role.id, skill="Machine learning infrastructure and data engineering", core=True
        )


def test_plan_is_deterministic(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    a = loops.plan(db, role=seed_role.role.id, name="A")
    b = loops.plan(db, role=seed_role.role.id, name="B")
    shape = lambda v: [(s.name, s.skills, [q.text for q in s.questions]) for s in v.stages]  # noqa: E731
    assert shape(a) == shape(b)


def test_check_fails_after_a_must_have_is_unassigned_everywhere(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    skill = next(s for s in view.skills if s.priority == "must")
    for stage in view.stages:
        if skill.id in stage.skill_ids:
            view = loops.set_stage_skill(db, stage=stage.id, skill=skill.id, assessed=False)
    errors = [f for f in view.errors if f.code == "must-uncovered"]
    assert [f.skill for f in errors] == [skill.id]


def test_without_interviewers_every_stage_reports_it(db, seed_role) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    assert {f.code for f in view.errors} == {"stage-no-interviewer"}
    assert len(view.errors) == len(view.stages)


def test_stage_edits_and_stale_versions(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    version = view.loop.version
    view = loops.add_stage(
        db, loop=view.loop.id, name="Bar raiser", minutes=45, focus="bar-raiser", position=0, expected_version=version
    )
    assert view.stages[0].name == "Bar raiser" and [s.position for s in view.stages] == list(range(8))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        loops.update_stage(db, stage=view.stages[0].id, edit=loops.StageEdit(minutes=30), expected_version=version)
    view = loops.move_stage(db, stage=view.stages[0].id, position=7)
    assert view.stages[-1].name == "Bar raiser"
    with pytest.raises(InputError, match="focus"):
        loops.update_stage(db, stage=view.stages[-1].id, edit=loops.StageEdit(focus="astrology"))
    view = loops.remove_stage(db, stage=view.stages[-1].id)
    assert len(view.stages) == 7


def test_over_time_is_an_error(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    stage = view.stages[0]
    view = loops.update_stage(db, stage=stage.id, edit=loops.StageEdit(minutes=20))
    assert any(f.code == "stage-over-time" and f.stage == stage.id for f in view.errors)


def test_adding_a_candidate_creates_their_interviews(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    person = candidates.add_candidate(db, name="  Zoë   Ødegård ", loop=view.loop.id)
    assert person.name == "Zoë Ødegård"
    assert len(person.interviews) == 7 and {i.stage_id for i in person.interviews} == {s.id for s in view.stages}
    assert all(i.scorecard_status == "none" for i in person.interviews)
    view = loops.remove_stage(db, stage=view.stages[0].id)  # nobody has been interviewed there yet
    person = candidates.get_candidate(db, person.id)
    assert len(person.interviews) == 6


def test_a_candidate_added_before_the_loop_was_complete_gets_every_interview(db, seed_role) -> None:  # type: ignore[no-untyped-def]
    view = loops.create_loop(db, role=seed_role.role.id, template="senior-engineer-virtual")
    first = view.stages[0]
    only = loops.add_interviewer(db, name="Early", focuses=["coding"])
    loops.set_stage_interviewer(db, stage=first.id, interviewer=only.id)
    person = candidates.add_candidate(db, name="Early Bird", loop=view.loop.id)
    assert len(person.interviews) == 1
    for i, focus in enumerate(["system-design", "operations", "behavioural-leadership", "hiring-manager"]):
        loops.add_interviewer(db, name=f"Later {i}", focuses=[focus])
    view = loops.replan(db, loop=view.loop.id)
    assert all(s.interviewers for s in view.stages)
    view = loops.add_stage(db, loop=view.loop.id, name="Extra coding", minutes=60, focus="coding")
    view = loops.set_stage_interviewer(db, stage=view.stages[-1].id, interviewer="Early")
    person = candidates.get_candidate(db, person.id)
    assert {i.stage_id for i in person.interviews} == {s.id for s in view.stages}
    assert len(person.interviews) == sum(len(s.interviewer_ids) for s in view.stages)


def test_cli_plan_show_check_and_candidate(db_path: Path, seed_text: str, tmp_path: Path) -> None:
    posting = tmp_path / "seed.txt"
    posting.write_text(seed_text, encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "interview_planner", "--db", str(db_path), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    assert run("role", "import", str(posting)).returncode == 0
    for i, focus in enumerate(
        [
            "coding",
            "coding",
            "system-design",
            "architecture-deep-dive",
            "operations",
            "behavioural-leadership",
            "hiring-manager",
        ]
    ):
        assert run("interviewer", "add", f"P{i}", "--focus", focus).returncode == 0
    planned = json.loads(run("loop", "plan", "Lead Member of Technical Staff", "--name", "Main", "--json").stdout)
    assert set(planned) >= {"loop", "stages", "coverage", "findings"}
    assert set(planned["stages"][0]) >= {"id", "name", "minutes", "interviewers", "skills", "questions"}
    assert set(planned["stages"][0]["questions"][0]) >= {"id", "text", "minutes", "skills"}
    assert all(s["stages"] >= 1 for s in planned["skills"] if s["priority"] == "must")
    assert run("loop", "check", "Main").returncode == 0
    from interview_planner.cli.planning import _loop_text
    from interview_planner.db.database import Database

    opened = Database.open(db_path)
    try:
        shown = _loop_text(loops.get_loop(opened, "Main"))  # what `loop show` prints
    finally:
        opened.close()
    first = planned["stages"][0]
    used = sum(q["minutes"] for q in first["questions"])
    assert f"{first['minutes']} min: {used} min of questions, {first['minutes'] - used} min for intro" in shown
    must = next(s for s in planned["skills"] if s["priority"] == "must")
    for stage in planned["stages"]:
        if must["id"] in stage["skill_ids"]:
            assert run("loop", "unassign", stage["id"], must["name"]).returncode == 0
    failed = run("loop", "check", "Main")
    assert failed.returncode == 1 and "must-uncovered" in failed.stdout
    adding = run("candidate", "add", "Ada", "--loop", "Main", "--json")
    assert adding.returncode == 0 and "warning: loop 'Main' has 1 error finding(s)" in adding.stderr
    added = json.loads(adding.stdout)
    assert added["candidate"]["name"] == "Ada" and added["candidate"]["loop"] == "Main"
    listed = json.loads(run("candidate", "list", "--json").stdout)["candidates"]
    assert [c["name"] for c in listed] == ["Ada"]
    assert run("loop", "acknowledge", "Main", must["name"]).returncode == 2  # a reason is required
    acked = run("loop", "acknowledge", "Main", must["name"], "--reason", "screened in the résumé review")
    assert acked.returncode == 0 and "acknowledged: screened in the résumé review" in acked.stdout
    assert run("loop", "check", "Main").returncode == 0
    quiet = run("candidate", "add", "Bo", "--loop", "Main")
    assert quiet.returncode == 0 and "warning" not in quiet.stderr
    budget = run("role", "skill-budget", "Lead Member of Technical Staff", "Cost management", "--core", "--weight", "4")
    assert budget.returncode == 0 and "core w4 [must] Cost management" in budget.stdout


def test_role_source_delete_and_skill_positions(db, seed_role) -> None:  # type: ignore[no-untyped-def]
    assert roles.role_source(db, seed_role.role.id).startswith("Key Responsibilities and Required Skills")
    last = seed_role.skills[-1]
    roles.remove_role_skill(db, role_skill_id=seed_role.skills[3].id)
    added = roles.add_role_skill(db, role_id=seed_role.role.id, name="Rust", kind="hard")
    assert added.position == last.position + 1
    assert roles.get_role(db, seed_role.role.id).skills[-1].name == "Rust"
    view = loops.plan(db, role=seed_role.role.id)
    candidates.add_candidate(db, name="Ada", loop=view.loop.id)
    with pytest.raises(ConflictError, match="candidate"):
        roles.delete_role(db, role=seed_role.role.id)


def test_delete_loop_and_role(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    loops.delete_loop(db, loop=view.loop.id)
    assert loops.list_loops(db) == []
    loops.plan(db, role=seed_role.role.id)
    roles.delete_role(db, role=seed_role.role.id)
    assert roles.list_roles(db) == [] and loops.list_loops(db) == []


def test_a_shadow_sits_in_without_an_interview(db, seed_role, people) -> None:  # type: ignore[no-untyped-def]
    view = loops.plan(db, role=seed_role.role.id)
    learner = loops.add_interviewer(db, name="New Hire", focuses=["coding"])
    coding = view.stages[1]
    view = loops.set_stage_shadow(db, stage=coding.id, interviewer=learner.id)
    assert view.stages[1].shadows == ["New Hire"] and "New Hire" not in view.stages[1].interviewers
    person = candidates.add_candidate(db, name="Cleo", loop=view.loop.id)
    assert all(i.interviewer != "New Hire" for i in person.interviews)  # a shadow rates nothing
    view = loops.replan(db, loop=view.loop.id)
    assert view.stages[1].shadows == ["New Hire"] and "New Hire" not in view.stages[1].interviewers
    with pytest.raises(ConflictError):
        loops.set_stage_shadow(db, stage=coding.id, interviewer=view.stages[1].interviewer_ids[0])
    view = loops.set_stage_shadow(db, stage=coding.id, interviewer=learner.id, assigned=False)
    assert view.stages[1].shadows == []


def _submit_every_interview(db, candidate_id: str) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services import scorecards

    for interview in candidates.get_candidate(db, candidate_id).interviews:
        skills = [r.skill_id for r in scorecards.get_scorecard(db, interview.id).ratings]
        patch = scorecards.ScorecardPatch(ratings=dict.fromkeys(skills, 3), overall="yes", key_takeaways="Clear.")
        scorecards.submit(db, interview_id=interview.id, patch=patch)


def test_the_reliability_a_loop_view_uses_follows_every_committed_rating(demo_db, demo_db_path) -> None:  # type: ignore[no-untyped-def]
    """The team's reliability (every loop view's forecast) is kept between views, and recomputed after
    any commit: by this program, by another program; a rolled-back submission never shows."""
    from interview_planner.db.database import Database
    from interview_planner.services import scorecards
    from interview_planner.services.reliability import loop_reliability, single_rater

    loop = loops.list_loops(demo_db)[0].id

    def units() -> int:
        return loop_reliability(demo_db, loop=loop).units

    start = units()
    assert units() == start  # asked again with nothing changed: the same answer
    other = Database.open(demo_db_path)  # another program on the same database
    try:
        sam = next(c for c in candidates.list_candidates(other) if c.name == "Sam Okafor")
        _submit_every_interview(other, sam.id)
    finally:
        other.close()
    after_other = units()
    assert after_other > start  # Sam's core skills are rated in two stages each
    lee = candidates.add_candidate(demo_db, name="Lee Park", loop=loop)
    with pytest.raises(RuntimeError), demo_db.write() as session:
        for interview in lee.interviews:
            skills = [r.skill_id for r in scorecards.scorecard_view(session, interview.id).ratings]
            patch = scorecards.ScorecardPatch(ratings=dict.fromkeys(skills, 3), overall="yes", key_takeaways="Clear.")
            scorecards.write_draft(session, interview.id, patch, submit_as="app")
        assert single_rater(session)[2] > after_other  # the transaction sees its own submissions
        raise RuntimeError("roll back")
    assert units() == after_other  # nothing of the rolled-back transaction is kept
    _submit_every_interview(demo_db, lee.id)  # this program
    assert units() > after_other


def test_relevance_ranks_by_the_requirements_telling_words_each_matched_whole() -> None:
    """The auto-planner ranks a skill's questions by the requirement's words that say which skill is meant;
    the filler every posting shares ("with", "and", "experience") would rank nearly the whole bank."""
    from interview_planner.services.fulltext import POSTGRESQL, SQLITE

    assert loops.telling_words("Strong experience with Kafka and event-driven design") == "kafka event-driven design"
    assert loops.telling_words("Experience with and in") == "experience with and in"  # nothing else: keep it all
    # a word the skill's name repeats from its sentence is one phrase of the query, not a second one to scan
    assert loops.telling_words("Kafka streaming: experience with Kafka and streaming") == "kafka streaming"
    assert SQLITE.match("kafka design", any_term=True, whole_words=True) == '"kafka" OR "design"'
    assert SQLITE.match("kafka design", any_term=True) == '"kafka"* OR "design"*'  # the search box, while typing
    assert POSTGRESQL.match("kafka design", any_term=True, whole_words=True) == "kafka | design"


def test_every_question_of_a_shipped_skill_is_a_candidate_and_the_stages_keep_what_they_can_use(db, seed_text) -> None:  # type: ignore[no-untyped-def]
    """A skill with no more than RELEVANCE_SAMPLE questions (every shipped bank) offers all of them; given the
    loop's stages, only those the planner can choose (its pools of 24 per stage and skill) are kept."""
    from sqlalchemy import text

    role = roles.import_role(db, text_=seed_text, source_name="seed.txt")
    view = loops.create_loop(db, role=role.role.id)
    with db.read() as session:
        state = loops.loop_state(session, view.loop.id)
        cat_ids = {s.catalogue_id for s in state.skills if s.catalogue_id}
        linked = {
            q for q, c in session.execute(text("SELECT question_id, skill_id FROM question_skill")) if c in cat_ids
        }
        everything = {q.id for q in loops.candidate_questions(session, state.skills)}
        usable = {q.id for q in loops.candidate_questions(session, state.skills, state.stages)}
    assert everything == linked
    assert usable < everything


@pytest.mark.sqlite_only
def test_the_planner_ranks_a_sample_of_a_large_skill_spread_over_the_whole_bank(db, seed_text, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A skill with more than RELEVANCE_SAMPLE questions is ranked over about that many of them, spread over the
    whole search index (not its first ones: a bank imported later counts as much as the first)."""
    from sqlalchemy import text

    role = roles.import_role(db, text_=seed_text, source_name="seed.txt")
    view = loops.create_loop(db, role=role.role.id)
    with db.read() as session:
        skills = loops.loop_state(session, view.loop.id).skills
        cat_ids = sorted({s.catalogue_id for s in skills if s.catalogue_id})
        links: dict[str, list[tuple[int, str]]] = {}
        for skill_id, rowid, question_id in session.execute(
            text("SELECT qs.skill_id, q.rowid, q.id FROM question_skill qs JOIN question q ON q.id = qs.question_id")
        ):
            links.setdefault(skill_id, []).append((rowid, question_id))
        monkeypatch.setattr(loops, "RELEVANCE_SAMPLE", 2)
        sampled = {q.id for q in loops.candidate_questions(session, skills)}
    linked = {q for c in cat_ids for _, q in links.get(c, [])}
    assert sampled < linked
    big = [c for c in cat_ids if len(links.get(c, [])) > 8]
    assert len(sampled) < sum(len(links[c]) for c in big) / 2
    # the sample is spread: some of it lies beyond each large skill's first two questions in the index
    beyond = {q for c in big for _, q in sorted(links[c])[2:]}
    assert sampled & beyond
