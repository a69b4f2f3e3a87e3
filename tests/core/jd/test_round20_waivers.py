"""A skill waived, a skill welcomed, and a pointer with its list on the same line (round 20 of #18; our own lines,
from the review leftovers of round 19 and the shapes of careers pages)."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import parse_job_description, short_name


def _rows(line: str) -> list[tuple[str, str]]:
    text = f"# Backend Engineer\n\n## Requirements\n\n- Three years of Haskell\n- {line}\n"
    return [(s.name, s.priority) for s in parse_job_description(text).skills][1:]


@pytest.mark.parametrize(
    "line",
    [
        "Knowledge of Dutch is not required",
        "A degree is not necessary",
        "Terraform experience is not required; we will teach you.",
        "Deutschkenntnisse sind keine Voraussetzung.",
        "Kennis van Go is geen vereiste.",
        "Svenska är inget krav.",
    ],
)
def test_a_skill_waived_alone_is_no_requirement(line: str) -> None:
    assert _rows(line) == []


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Rust is a plus, but not required", ("Rust", "nice")),
        ("Experience with Rust is welcome but is not required.", ("Rust", "nice")),
        ("Knowledge of Elixir is very welcome.", ("Elixir", "nice")),
    ],
)
def test_a_skill_said_to_help_or_be_welcome_is_a_nice_to_have(line: str, row: tuple[str, str]) -> None:
    assert _rows(line) == [row]


def test_a_waiver_after_a_must_have_in_the_same_line_leaves_the_must_have() -> None:
    assert _rows("Go is a must, Kubernetes is not required") != []


def test_a_welcome_to_everyone_in_prose_is_no_requirement() -> None:
    text = "# Dev\n\nWe build maps. Everyone is welcome here.\n\n## Requirements\n\n- Go\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Go"]


@pytest.mark.parametrize(
    ("line", "row"),
    [
        (
            # (round 39: three items after "some of the following:" are three requirements, each nice)
            "We'd love it if you have experience with some of the following: Kafka, Flink, Spark",
            [("Kafka", "nice"), ("Flink", "nice"), ("Spark", "nice")],
        ),
        ("Experience with these: Kafka, Flink", [("Kafka, Flink", "must")]),
    ],
)
def test_a_pointer_with_its_list_on_the_same_line_is_named_by_the_list(line: str, row: list[tuple[str, str]]) -> None:
    # (the line had been dropped whole: its name, "Following", said only that a list follows)
    assert _rows(line) == row


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("The engineer will have strong experience with Kafka", "Kafka"),
        ("The developer should have solid knowledge of PostgreSQL", "PostgreSQL"),
    ],
)
def test_the_person_sought_named_by_the_job_is_no_part_of_the_name(line: str, name: str) -> None:
    # (round 19's leftover: "Engineer will have strong")
    assert short_name(line) == name


CAREERS_PAGE = """# Careers at Tidewater

We are a small team building tide prediction software.

## Backend Engineer

You will build our forecasting APIs.

### Requirements
- 4+ years of Python
- PostgreSQL in production

## Frontend Engineer

You will build our charts.

### Requirements
- React and TypeScript

## Benefits
- 30 days of holiday
"""


def test_a_careers_page_of_several_jobs_under_its_own_name_gives_the_first_job_and_names_the_others() -> None:
    # (the jobs are "##" headings under the page's "#": read as one, the role asked for both jobs' skills)
    parsed = parse_job_description(CAREERS_PAGE)
    assert parsed.title == "Backend Engineer"
    assert [s.name for s in parsed.skills] == ["Python", "PostgreSQL in production"]
    assert parsed.more_postings == ["Frontend Engineer (line 13)"]


def test_one_job_with_sections_at_two_levels_is_one_posting() -> None:
    text = CAREERS_PAGE.split("## Frontend Engineer")[0] + "## Our team\n\n### What we value\n- Kindness\n"
    assert parse_job_description(text).more_postings == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("You know your way around MySQL", "MySQL"),
        ("You are at home in TypeScript", "TypeScript"),
        ("You feel at home with Kubernetes", "Kubernetes"),
        ("You are no stranger to Terraform", "Terraform"),
    ],
)
def test_idioms_of_knowing_a_technology_well_are_no_part_of_its_name(line: str, name: str) -> None:
    assert short_name(line) == name
