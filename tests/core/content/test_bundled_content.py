"""Every shipped content file is valid, and every seed skill has questions and a rubric."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from interview_planner.content import bundled
from interview_planner.content.loader import load_bank, load_rubric
from interview_planner.content.schema import LEVEL_LABELS

SEED_SKILLS = {
    "hard": [
        "distributed-systems-design",
        "programming-proficiency",
        "cloud-platforms",
        "containers-kubernetes",
        "microservices-apis",
        "observability",
        "ci-cd",
        "databases-caching",
        "streaming-messaging",
        "security-compliance",
        "performance-engineering",
        "infrastructure-as-code",
        "ml-data-infrastructure",
        "slo-incident-response",
        "cloud-cost-management",
    ],
    "soft": [
        "technical-leadership",
        "written-communication",
        "coaching-mentoring",
        "strategic-thinking",
        "problem-solving",
        "cross-functional-collaboration",
        "time-priority-management",
        "empathy-inclusivity",
        "negotiation-vendor-management",
        "continuous-learning",
    ],
}


@pytest.mark.parametrize("path", bundled.bundled_bank_paths(), ids=lambda p: p.name)
def test_every_shipped_bank_validates(path: Path) -> None:
    bundled.check_files([path], [])


@pytest.mark.parametrize("path", bundled.bundled_rubric_paths(), ids=lambda p: p.name)
def test_every_shipped_rubric_validates(path: Path) -> None:
    rubric = load_rubric(path).model
    assert [lv.label for lv in rubric.levels] == [LEVEL_LABELS[n] for n in (1, 2, 3, 4)]
    bundled.check_files([], [path])


def test_catalogue_covers_the_seed_skills_with_the_right_kind() -> None:
    kinds = {s.slug: s.kind.value for s in bundled.bundled_catalogue().skills}
    for kind, slugs in SEED_SKILLS.items():
        assert all(kinds.get(slug) == kind for slug in slugs), [s for s in slugs if kinds.get(s) != kind]


def test_every_seed_skill_has_six_questions_and_a_four_level_rubric() -> None:
    per_skill: Counter[str] = Counter()
    total = 0
    for path in bundled.bundled_bank_paths():
        for question in load_bank(path).model.questions:
            total += 1
            per_skill.update(question.skills)
    rubrics = {load_rubric(p).model.skill: load_rubric(p).model for p in bundled.bundled_rubric_paths()}
    for slug in SEED_SKILLS["hard"] + SEED_SKILLS["soft"]:
        assert per_skill[slug] >= 6, f"{slug}: only {per_skill[slug]} questions"
        assert len(rubrics[slug].levels) == 4
        assert all(len(level.anchors) >= 2 for level in rubrics[slug].levels)
    assert total >= 150


def test_questions_have_what_an_interviewer_needs() -> None:
    for path in bundled.bundled_bank_paths():
        for q in load_bank(path).model.questions:
            assert len(q.follow_ups) >= 2 and q.strong_signals and q.weak_signals, f"{path.name}: {q.id}"
            assert 1 <= q.minutes <= 60
