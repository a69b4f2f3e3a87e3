"""Round 32 of issue #18: a hiring slogan is no title, teaching a room is a soft skill, the knowledge of a
technology one likes is technical."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from interview_planner.jd.parser import parse_job_description, short_name


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


def test_a_deeper_heading_under_a_preferred_section_keeps_it_preferred() -> None:
    text = (
        "# Platform Engineer\n\n## About the role\n\nWe build things.\n\n"
        "### Preferred Technical Experience, Skills and Abilities\n\n"
        "#### We are seeking individuals with the following experience, skills, and abilities:\n\n"
        "- Writing automated tests for web applications\n- Designing infrastructure for continuous integration\n\n"
        "### Requirements\n\n- 3+ years of Python\n"
    )
    got = {s.name: s.priority for s in parse_job_description(text).skills}
    # the two bullets were must: the "####" line set no priority of its own and dropped the section's
    assert got == {
        "Writing automated tests for web applications": "nice",
        "Designing infrastructure for continuous integration": "nice",
        "Python": "must",
    }


def test_a_deeper_heading_that_says_required_is_must_again() -> None:
    text = "# Platform Engineer\n\n### Preferred qualifications\n\n#### Required skills\n\n- 3+ years of Python\n"
    assert [(s.name, s.priority) for s in parse_job_description(text).skills] == [("Python", "must")]


def test_a_heading_that_names_the_job_sets_no_kind() -> None:
    text = (
        "# Full-Stack Software Engineer\n\n## Our team\n\nWe build tools for the city.\n\n"
        "## Full-Stack Software Engineer\n\n"
        "You should be comfortable working in a startup environment where you think independently.\n"
    )
    # "Full-Stack" made every requirement under the heading technical
    assert [(s.name, s.kind) for s in parse_job_description(text).skills] == [
        ("Startup environment where you think independently", "soft")
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Writing developer-friendly documentation (e.g., API documentation, deployment operations)", "soft"),
        ("- Writing automated feature/functional tests for application flows", "hard"),  # was soft
        ("- Writing Python scripts and documentation", "hard"),
    ],
)
def test_writing_documents_is_writing_and_writing_tests_is_code(line: str, kind: str) -> None:
    (got,) = parse_job_description(f"# Engineer\n\n## Requirements\n\n{line}\n").skills
    assert got.kind == kind


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Develops the capability of teams to deliver objectives", "coaching-mentoring"),  # was public speaking
        ("Anticipates business needs and manages resource requirements", "strategic-thinking"),  # was none
        ("Promotes effective information sharing", "written-communication"),  # was none
        ("Reinforces a culture that values all people", "empathy-inclusivity"),  # was people management
        ("Empowers, motivates and inspires teams", "technical-leadership"),
        ("Share lessons learned from projects", "continuous-learning"),
        ("Ensuring system uptime and performance", "slo-incident-response"),  # was performance
        ("Working at all levels of the stack", "programming-proficiency"),  # was none
    ],
)
def test_behaviours_of_a_competency_link_to_it(link_of: Callable[..., Any], line: str, slug: str) -> None:
    assert link_of(line, "soft").slug == slug


@pytest.mark.parametrize(
    "line",
    [
        "Motivated people who enjoy Kubernetes",  # a quality, not leading others
        "Experience with ML model development pipelines",
    ],
)
def test_words_like_the_behaviours_do_not_link_to_them(link_of: Callable[..., Any], line: str) -> None:
    assert link_of(line, "hard").slug not in ("technical-leadership", "coaching-mentoring")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # were "Umgang mit Drupal sowie der Modul", "Ensuring seamless integration among front"
        (
            "Kenntnisse im Umgang mit Drupal sowie der Modul- & Theme-Entwicklung",
            "Umgang mit Drupal sowie der Modul- & Theme-Entwicklung",
        ),
        ("Ensuring seamless integration among front- and backend systems", "Ensuring seamless integration"),
        (
            "die Fähigkeit hast, Server-, Netzwerk- und Anwendungsprobleme methodisch zu diagnostizieren",
            "Server-, Netzwerk- und Anwendungsprobleme",
        ),
        ("Experience with front- and back-end development", "Front- and back-end development"),
    ],
)
def test_a_name_does_not_end_inside_a_compound(line: str, name: str) -> None:
    assert short_name(line) == name
