"""Round 30 of issue #18: wishes and conditions said in a few words ("Bonus point: Elixir", "if you had worked with
Kafka", "We prefer candidates located in Berlin") and a tool asked for by a name the lexicon does not know ("You must
have dbt")."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import parse_job_description


def named(lines: str) -> dict[str, tuple[str, str]]:
    """name -> (kind, priority) of a posting with these lines under a requirements heading."""
    text = f"# Data Engineer\n\n## Requirements\n\n{lines}\n"
    return {s.name: (s.kind, s.priority) for s in parse_job_description(text).skills}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Bonus point: Elixir", "Elixir"),  # was "Point"
        ("- Extra points: Rust", "Rust"),
        ("- It would be great if you had worked with Kafka", "Kafka"),  # was "Worked with Kafka"
        ("- It would be great if you have used BigQuery", "BigQuery"),
    ],
)
def test_a_wish_is_named_by_the_skill_wished_for(line: str, name: str) -> None:
    assert named(line) == {name: ("hard", "nice")}


def test_a_tool_named_in_lower_case_after_you_must_have_is_technical() -> None:
    # "dbt" is no word the lexicon knows; "You must have ..." asks for a thing, it does not describe the person
    assert named("- You must have dbt") == {"dbt": ("hard", "must")}
    # ... while an ability or a trait after it still describes the person
    assert named("- You should have the ability to multitask and oversee projects")[
        "Multitask and oversee projects"
    ] == ("soft", "must")
    assert named("- You must have a strong sense of ownership") == {"Sense of ownership": ("soft", "must")}


def test_a_preferred_location_is_a_condition_of_the_job_not_a_skill() -> None:
    got = named("- We prefer candidates located in Berlin\n- Python")
    assert got == {"Python": ("hard", "must")}  # was also "Located in Berlin" (must)


def test_writing_jobs_for_a_data_tool_is_technical() -> None:
    assert named("- Writing jobs in Flink") == {"Writing jobs in Flink": ("hard", "must")}  # was soft (writing)
    assert named("- Writing documentation for data pipelines")["Writing documentation for data pipelines"][0] == "soft"
