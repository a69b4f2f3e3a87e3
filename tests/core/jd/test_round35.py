"""Round 35 of issue #18: a name keeps the verb of its relative clause when the verb takes no object."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import short_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # (was "Building services": the name cut before "that" kept a verb and a word for any software)
        ("Experience building services that scale to millions of users", "Building services that scale"),
        ("Experience building pipelines which scale with the business", "Building pipelines which scale"),
    ],
)
def test_a_two_word_name_keeps_the_verb_of_its_relative_clause(line: str, name: str) -> None:
    assert short_name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # (the clause's verb takes an object or is "is": the name stays cut before "that")
        ("Experience writing code that is easy to read and maintain", "Writing code"),
        ("Experience designing systems that tolerate failure gracefully under load", "Designing systems"),
        (
            "Experience building reliable backend services that have strict latency goals",
            "Building reliable backend services",
        ),
    ],
)
def test_a_relative_clause_with_an_object_is_still_cut(line: str, name: str) -> None:
    assert short_name(line) == name
