"""Round 29 of issue #18: priorities said in prose ("We strongly prefer candidates who …", "Bonus points for …"), a
federal posting's specialized experience stated in paragraphs, and practices joined to a technology ("… and with
writing unit tests")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from interview_planner.jd.parser import parse_job_description


def skills(text: str) -> list[tuple[str, str, str, str]]:
    return [(s.name, s.kind, s.priority, s.source) for s in parse_job_description(text).skills]


def named(text: str) -> dict[str, tuple[str, str]]:
    """name -> (kind, priority)."""
    return {name: (kind, priority) for name, kind, priority, _ in skills(text)}


PROSE = """# Analytics Engineer

## About you

You have at least three years of experience modelling data in SQL. We strongly prefer candidates who have worked with
Apache Airflow. It would be great if you also knew Terraform. Ideally you have used BigQuery. Bonus points for
experience with Flink. Basic mandatory skills are Python and Git.

## Not required, but nice

- Spark
- Snowflake
"""


def test_priorities_said_in_prose_are_read_and_named_by_the_skill() -> None:
    got = named(PROSE)
    assert got["Apache Airflow"] == ("hard", "nice")  # "we strongly prefer" is a wish, not a must
    assert named("# Writer\n\n## You\n\n- We prefer people who document their work\n") == {
        "Document their work": ("hard", "nice")  # not "Who document their work"
    }
    assert got["Terraform"] == ("hard", "nice")  # not "Knew Terraform"
    assert got["BigQuery"] == ("hard", "nice")  # not "Used BigQuery"
    assert got["Flink"] == ("hard", "nice")  # not "Points"
    assert got["Python"] == ("hard", "must")  # not "Mandatory skills are Python"
    assert got["Git"] == ("hard", "must")


def test_a_heading_that_says_not_required_is_nice_to_have() -> None:
    got = named(PROSE)
    assert got["Spark"] == ("hard", "nice")
    assert got["Snowflake"] == ("hard", "nice")


@pytest.mark.parametrize(
    "sentence",
    [
        "We prefer to keep meetings short and write things down.",  # a habit of the company, not a wish of skill
        "We prefer remote work across European time zones.",
    ],
)
def test_a_company_preference_that_is_no_skill_stays_out(sentence: str) -> None:
    text = f"# Backend Engineer\n\n## Requirements\n\n- Go\n- PostgreSQL\n\n## How we work\n\n{sentence}\n"
    assert [s[0] for s in skills(text)] == ["Go", "PostgreSQL"]


FEDERAL = """# Statistician (GS-12)

## Qualifications

### Specialized experience for GS-12

You must have one full year (52 weeks) of specialized experience at or equivalent to the GS-11 grade level in
the federal service (or similar experience outside it).

Specialized experience for this position means **experience building survey estimates for a program office**.
This includes experience:

- Writing SQL queries against large survey files
- Presenting estimates to program managers

### Specialized experience for GS-13

You must have one full year (52 weeks) of specialized experience at or equivalent to the GS-12 grade level in
the federal service (or similar experience outside it).

Specialized experience for this position means **experience building survey estimates for a program office**.
In addition to the GS-12 level, this includes experience:

- Leading a team of analysts on a survey redesign
"""


def test_a_federal_postings_experience_paragraphs_are_requirements() -> None:
    got = skills(FEDERAL)
    names = [s[0] for s in got]
    # each grade's year of specialized experience, and what that experience is (said once, though each grade's
    # section says it again)
    assert names.count("Building survey estimates") == 1
    assert sum(name.startswith("Specialized experience") for name in names) == 2
    year = [s for s in got if s[0].startswith("Specialized experience")]
    assert all(s[1:3] == ("hard", "must") for s in year)
    assert "GS-11" in year[0][3] and "GS-12" in year[1][3]
    assert {"Writing SQL queries against large survey", "Leading a team"} <= set(names)


def test_full_time_as_a_measure_of_experience_is_no_term_of_the_job() -> None:
    text = (
        "# Data Engineer\n\n## Requirements\n\n"
        "- Two years of full-time experience with Kafka\n- This is a full-time position.\n- dbt\n"
    )
    assert [s[0] for s in skills(text)] == ["Kafka", "dbt"]


def test_a_practice_joined_after_its_preposition_is_a_requirement_of_its_own() -> None:
    text = (
        "# Mobile Developer\n\n## Requirements\n\n"
        "- Solid experience with Kotlin development and with writing unit and integration tests for Android apps.\n"
        "- Experience with writing complex user interfaces from design mockups.\n"
    )
    got = named(text)
    assert got["Kotlin development"] == ("hard", "must")
    # one practice, not "Writing unit" (soft, as if prose) and "Integration tests"
    assert got["Writing unit and integration tests"] == ("hard", "must")
    assert got["Writing complex user interfaces"] == ("hard", "must")  # writing code, not prose


def test_directing_the_work_of_a_team_is_leadership() -> None:
    text = "# Engineering Lead\n\n## Requirements\n\n- Direct the work of a development team against a backlog\n"
    assert skills(text)[0][1] == "soft"


# --- found by the round's review (crafted inputs of our own) ---------------------------------------------------------


def test_a_list_of_technologies_each_after_with_still_splits() -> None:
    text = "# SRE\n\n## Requirements\n\n- Experience with Prometheus, with tracing systems and with Grafana\n"
    assert [s[0] for s in skills(text)] == ["Prometheus", "Tracing systems", "Grafana"]


def test_a_wish_after_a_must_in_one_bullet_keeps_the_must() -> None:
    text = "# Backend Engineer\n\n## Requirements\n\n- You must have Python; we also prefer familiarity with Docker\n"
    assert named(text) == {"Python": ("hard", "must"), "Docker": ("hard", "nice")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Specialized experience is experience which is directly related to the position and which has equipped the "
        "applicant with the knowledge, skills and abilities to perform its duties.",
        "Current federal employees must have served 52 weeks at the GS-11 level.",
        "You must meet time-in-grade requirements within 30 days of the closing date.",
    ],
)
def test_the_standard_rules_of_a_federal_experience_section_are_no_requirements(sentence: str) -> None:
    text = (
        "# Analyst (GS-12)\n\n## Specialized experience for GS-12\n\n"
        "You must have one year of specialized experience equivalent to GS-11. " + sentence + "\n"
    )
    assert [s[0] for s in skills(text)] == ["Specialized experience"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 3 years full-time industry experience with C++", ["C++"]),
        ("- Must be interested in full-time employment", []),  # a term of the job, as before
        ("- Part-time experience is credited in proportion to hours worked", []),
    ],
)
def test_full_time_counts_only_as_the_measure_of_experience(line: str, expected: list[str]) -> None:
    text = f"# Engineer\n\n## Requirements\n\n- Go\n{line}\n"
    assert [s[0] for s in skills(text)] == ["Go", *expected]


def test_a_not_required_heading_over_what_the_job_teaches_asks_nothing() -> None:
    text = "# Data Engineer\n\n## What you need\n\n- Python\n- SQL\n\n## Not mandatory: we will teach you\n\n- Spark\n"
    assert [s[0] for s in skills(text)] == ["Python", "SQL"]


def test_writing_documents_about_code_stays_writing() -> None:
    text = "# Engineer\n\n## Requirements\n\n- Writing documentation for user interfaces\n"
    assert skills(text)[0][1] == "soft"


@pytest.mark.parametrize("line", ["Experience with Apache Flink", "Flink jobs in production"])
def test_stream_processing_tools_link_to_streaming(link_of: Callable[..., Any], line: str) -> None:
    assert link_of(line, "hard").slug == "streaming-messaging"  # (Flink was unlinked)
