"""The broadened bundled catalogue (issue #23): at least 60 skills for the common software roles, each
with at least 6 questions and an anchored rubric a staff-level interviewer would sign.

These checks count the shipped files. They are enabled by :data:`BROADENED_CATALOGUE_MERGED` once the
content of the 37 new skills (helpers/NEW_SKILLS.md) is merged; until then they are skipped with a reason.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from interview_planner.content import bundled
from interview_planner.content.loader import load_bank, load_rubric
from interview_planner.content.schema import QuestionKind, Seniority
from interview_planner.planning.model import FOCUSES

BROADENED_CATALOGUE_MERGED = True  # the 37 new skills and the rewritten rubrics are merged

pytestmark = pytest.mark.skipif(not BROADENED_CATALOGUE_MERGED, reason="enabled when the broadened catalogue is merged")

MIN_SKILLS = 60
MIN_QUESTIONS = 6
MAX_ANCHORS = 3
POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"


def _banks() -> list[Any]:
    return [load_bank(p).model for p in bundled.bundled_bank_paths()]


def _rubrics() -> dict[str, Any]:
    return {r.skill: r for r in (load_rubric(p).model for p in bundled.bundled_rubric_paths())}


def test_the_catalogue_has_at_least_60_skills_with_valid_focuses_and_broader_skills() -> None:
    skills = bundled.bundled_catalogue().skills
    slugs = {s.slug for s in skills}
    assert len(skills) >= MIN_SKILLS, len(skills)
    assert all(set(s.focuses) <= set(FOCUSES) and s.focuses for s in skills)
    assert all(s.broader is None or (s.broader in slugs and s.broader != s.slug) for s in skills)


def test_every_skill_is_the_primary_skill_of_at_least_6_questions() -> None:
    primary = Counter(q.skills[0] for bank in _banks() for q in bank.questions)
    short = {s.slug: primary[s.slug] for s in bundled.bundled_catalogue().skills if primary[s.slug] < MIN_QUESTIONS}
    assert short == {}


def test_every_skill_has_an_anchored_rubric_with_a_rule_and_seniority_bars() -> None:
    rubrics = _rubrics()
    problems = []
    for skill in bundled.bundled_catalogue().skills:
        rubric = rubrics.get(skill.slug)
        if rubric is None:
            problems.append(f"{skill.slug}: no rubric")
            continue
        if rubric.anchors_required is None:
            problems.append(f"{skill.slug}: anchors_required is not set")
        if set(rubric.bars) != set(Seniority):
            problems.append(f"{skill.slug}: bars for {sorted(rubric.bars)}, want senior, staff and principal")
        problems += [
            f"{skill.slug}: level {lv.level} has {len(lv.anchors)} anchors"
            for lv in rubric.levels
            if len(lv.anchors) > MAX_ANCHORS
        ]
        if rubric.anchors_required is not None:
            problems += [
                f"{skill.slug}: level {lv.level} has fewer anchors than anchors_required"
                for lv in rubric.levels
                if len(lv.anchors) < rubric.anchors_required
            ]
    assert problems == []


def test_every_coding_question_ships_its_artefact() -> None:
    missing = [
        f"{bank.bank}/{q.id}"
        for bank in _banks()
        for q in bank.questions
        if q.kind == QuestionKind.CODING and q.artefact is None
    ]
    assert missing == []


@pytest.mark.parametrize("posting", ["own_frontend_engineer.txt", "own_mobile_engineer.txt"])
def test_a_frontend_and_a_mobile_posting_plan_full_loops(db: Any, posting: str) -> None:
    from interview_planner.services.loops import plan
    from interview_planner.services.roles import import_role_file

    role = import_role_file(db, POSTINGS / posting)
    unlinked = [s.name for s in role.skills if s.priority == "must" and s.catalogue_skill is None]
    assert unlinked == []
    view = plan(db, role=role.role.id)
    uncovered = [s.name for s in view.skills if s.priority == "must" and s.stages == 0]
    assert uncovered == []
