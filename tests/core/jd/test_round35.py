"""Round 35 of issue #18: a name keeps the verb of its relative clause when the verb takes no object; the model no
longer widens a link to the broader skill of the one the requirement names."""

from __future__ import annotations

from collections.abc import Callable

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


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (each was programming: the model preferred the broader skill of the one the lexicon found named)
        ("- Experience with front end development", "frontend-engineering"),
        ("- Solid grasp of core JavaScript concepts", "frontend-engineering"),
        ("- Hands-on experience with front end development in our design system", "frontend-engineering"),
    ],
)
def test_a_link_stays_with_the_narrower_skill_the_requirement_names(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert parsed_links(line) == [("hard", slug)]


def test_a_requirement_naming_the_broader_skill_keeps_it(
    parsed_links: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    # (no narrower skill is named: programming in general stays programming)
    assert parsed_links("- Five years of backend development in Go") == [("hard", "programming-proficiency")]
