"""The broader catalogue (skills beyond the seed's 25) ships usable content.

An interviewer who plans a loop for a frontend, data or management role gets
a bank of at least six questions and a rubric with seniority bars for every
skill, and the new catalogue entries do not take the seed's requirements away
from the skills they belong to.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from interview_planner.content import bundled
from interview_planner.content.loader import load_bank, load_rubric
from interview_planner.content.schema import QuestionKind, SkillKind

# The seed posting's 25 requirements, in order, and the skills they must link to.
SEED_SLUGS = [
    *["distributed-systems-design", "programming-proficiency", "cloud-platforms", "containers-kubernetes"],
    *["microservices-apis", "observability", "ci-cd", "databases-caching", "streaming-messaging"],
    *["security-compliance", "performance-engineering", "infrastructure-as-code", "ml-data-infrastructure"],
    *["slo-incident-response", "cloud-cost-management", "technical-leadership", "written-communication"],
    *["coaching-mentoring", "strategic-thinking", "problem-solving", "cross-functional-collaboration"],
    *["time-priority-management", "empathy-inclusivity", "negotiation-vendor-management", "continuous-learning"],
]
CATALOGUE = bundled.bundled_catalogue().skills
BROADER = [s for s in CATALOGUE if s.slug not in SEED_SLUGS]
BANKS = {load_bank(p).model.bank: load_bank(p).model for p in bundled.bundled_bank_paths()}
RUBRICS = {load_rubric(p).model.skill: load_rubric(p).model for p in bundled.bundled_rubric_paths()}
REFERS_TO_GIVEN_MATERIAL = re.compile(r"\b(review|this|these|here is|here are)\b", re.IGNORECASE)
SEED = Path(__file__).resolve().parents[2] / "data" / "postings" / "seed_lmts.txt"


def test_the_catalogue_has_more_than_the_seed_skills() -> None:
    assert len(BROADER) >= 37
    slugs = {s.slug for s in CATALOGUE}
    for skill in BROADER:
        assert skill.broader is None or (skill.broader in slugs and skill.broader != skill.slug), skill.slug
        assert skill.keywords and skill.aliases and skill.focuses, skill.slug


@pytest.mark.parametrize("skill", BROADER, ids=lambda s: s.slug)
def test_every_broader_skill_has_a_bank_of_six_and_a_rubric_with_bars(skill) -> None:  # type: ignore[no-untyped-def]
    bank = BANKS.get(skill.slug)
    assert bank is not None, f"no question bank with id {skill.slug}"
    primary = [q for q in bank.questions if q.skills[0] == skill.slug]
    assert len(primary) >= 6
    rubric = RUBRICS.get(skill.slug)
    assert rubric is not None, f"no rubric for {skill.slug}"
    assert {s.value for s in rubric.bars} == {"senior", "staff", "principal"}
    assert rubric.anchors_required is not None
    assert all(2 <= len(level.anchors) <= 3 for level in rubric.levels)
    kinds = [q.kind for q in primary]
    if skill.kind is SkillKind.HARD:
        long_exercise = [
            q for q in primary if q.kind in (QuestionKind.CODING, QuestionKind.SYSTEM_DESIGN) and q.minutes >= 30
        ]
        assert long_exercise, "a hard skill needs a coding or design exercise of at least 30 minutes"
    else:
        assert kinds.count(QuestionKind.BEHAVIOURAL) >= 2, "a soft skill is rated on past behaviour"


@pytest.mark.parametrize("skill", BROADER, ids=lambda s: s.slug)
def test_coding_questions_about_given_code_ship_it(skill) -> None:  # type: ignore[no-untyped-def]
    for q in BANKS[skill.slug].questions:
        if q.kind is QuestionKind.CODING and REFERS_TO_GIVEN_MATERIAL.search(q.text):
            assert q.artefact is not None, f"{q.id} refers to material the packet does not carry"


def test_the_seed_still_links_each_requirement_to_its_own_skill(tmp_path: Path) -> None:
    db = tmp_path / "x.db"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "interview_planner", "--db", str(db), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    assert cli("init").returncode == 0
    result = cli("role", "import", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    linked = [s["catalogue_skill"] for s in json.loads(result.stdout)["skills"]]
    assert linked == SEED_SLUGS
