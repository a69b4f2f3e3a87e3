"""Examples after a comma are examples of the skill before them, in English and other languages; writing clearly
and working across time zones link where a reader expects (round 21 of #18; our own lines)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import parse_job_description


def _names(line: str) -> list[str]:
    text = f"# Backend Developer\n\n## Requirements\n\n- {line}\n"
    return [s.name for s in parse_job_description(text).skills]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Good knowledge of relational databases, e.g. PostgreSQL or MySQL", ["Relational databases"]),
        ("Experience with a cloud provider, for example AWS, GCP or Azure", ["Cloud provider"]),
        ("Experience with CI tools, eg GitHub Actions", ["CI tools"]),
        ("Erfahrung mit Datenbanken, z. B. PostgreSQL oder MySQL", ["Datenbanken"]),
        ("Connaissance d'un framework web, par exemple Django", ["Framework web"]),
        ("Erfarenhet av molntjänster, t.ex. AWS", ["Molntjänster"]),
        # a list of peers is still split
        ("Experience with Python, Go and Rust", ["Python", "Go", "Rust"]),
    ],
)
def test_examples_after_a_comma_belong_to_the_skill_before_them(line: str, names: list[str]) -> None:
    assert _names(line) == names


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("You write clearly for colleagues in other time zones", "written-communication"),
        ("Comfortable working asynchronously with a distributed team", "cross-functional-collaboration"),
    ],
)
def test_writing_clearly_and_working_across_time_zones_link_to_people_skills(
    link_of: Callable[[str, str], object], line: str, slug: str
) -> None:
    assert link_of(line, "soft").slug == slug  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Go is a must, Kubernetes is not required", ["Go"]),
        ("Strong Go skills, Kubernetes is not required", ["Go skills"]),
        ("Go, Python, and Kubernetes is not required", ["Go", "Python"]),
        ("Go is a must, Kubernetes is a plus", ["Go", "Kubernetes"]),  # a plus is still asked
    ],
)
def test_a_skill_waived_after_the_one_asked_is_no_requirement(line: str, names: list[str]) -> None:
    assert _names(line) == names


def test_a_waived_skill_does_not_decide_the_link(link_of: Callable[[str, str], object]) -> None:
    assert link_of("Strong Go skills, Kubernetes is not required", "hard").slug == "programming-proficiency"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "line",
    [
        "Whether you use Vim or VS Code doesn't matter, but you know Git well",
        "It doesn't matter whether you use Vim or VS Code, but you know Git well",
        "We don't care which editor you use, as long as you know Git well",
    ],
)
def test_a_choice_waived_before_what_is_asked_is_no_part_of_the_name(line: str) -> None:
    assert _names(line) == ["Git well"]


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Erfaring med smidig utvikling og Scrum", "delivery-management"),
        ("Erfarenhet av agil utveckling", "delivery-management"),
        ("Erfarenhet av systemutveckling i Java", "programming-proficiency"),  # development is still programming
    ],
)
def test_agile_development_in_the_nordic_languages_is_delivery_not_programming(
    link_of: Callable[[str, str], object], line: str, slug: str
) -> None:
    assert link_of(line, "hard").slug == slug  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "slug"),
    [("Oracle", "databases-caching"), ("Oracle Cloud Infrastructure", "cloud-platforms")],
)
def test_oracle_alone_is_its_database(link_of: Callable[[str, str], object], line: str, slug: str) -> None:
    assert link_of(line, "hard").slug == slug  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "line", ["Du gillar att prata med likasinnade", "Du liker å snakke med kunder", "Du kan lide at tale med kunder"]
)
def test_talking_with_people_in_the_nordic_languages_is_soft_and_linked(
    link_of: Callable[[str, str], object], line: str
) -> None:
    text = f"# Utvikler\n\n## Om deg\n\n- {line}\n"
    (skill,) = parse_job_description(text).skills
    assert skill.kind == "soft" and not skill.name.lower().startswith(("du ", "gillar", "liker", "kan lide"))
    assert link_of(line, "soft").slug == "written-communication"  # type: ignore[attr-defined]
