"""Round 32 of issue #18: a hiring slogan is no title, teaching a room is a soft skill, the knowledge of a
technology one likes is technical."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import parse_job_description


def named(lines: str) -> dict[str, tuple[str, str]]:
    """name -> (kind, priority) of a posting with these lines under a requirements heading."""
    text = f"# Data Engineer\n\n## Requirements\n\n{lines}\n"
    return {s.name: (s.kind, s.priority) for s in parse_job_description(text).skills}


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("# We are hiring - join us!", "We are hiring - join us"),  # was "join us"
        ("# We are hiring - come build with us", "We are hiring - come build with us"),
        # (the announcement before a job's title is still left out)
        ("# We are hiring - Backend Engineer", "Backend Engineer"),
        ("# We're hiring: a Data Engineer", "Data Engineer"),
    ],
)
def test_a_hiring_slogan_gives_no_title_of_its_own(heading: str, title: str) -> None:
    assert parse_job_description(f"{heading}\n\nWe build tools.\n\n## Requirements\n\n* Go\n").title == title


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Running workshops for new users", "Running workshops for new users"),  # was hard
        ("- Delivering training sessions to customers", "Delivering training sessions to customers"),
    ],
)
def test_teaching_a_room_is_soft(line: str, name: str) -> None:
    assert named(line) == {name: ("soft", "must")}


def test_running_training_jobs_is_no_teaching() -> None:
    assert named("- Running training jobs on GPU clusters with PyTorch") == {"Running training jobs": ("hard", "must")}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Knowledge and passion for React internals", "React internals"),  # was soft
        ("- Experience and interest in Kubernetes operators", "Kubernetes operators"),
    ],
)
def test_the_knowledge_of_a_technology_one_likes_is_technical(line: str, name: str) -> None:
    assert named(line) == {name: ("hard", "must")}


def test_a_passion_for_people_stays_soft() -> None:
    assert named("- Knowledge and passion for mentoring engineers") == {"Mentoring engineers": ("soft", "must")}
    assert named("- Passion for growing people") == {"Passion for growing people": ("soft", "must")}
