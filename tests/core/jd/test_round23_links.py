"""Links met on new postings (round 23 of #18): keyword accidents and phrases the catalogue says another way.

Lines of our own, each of a type seen in postings the project had not read before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Slugs = Callable[[str], list[str | None]]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # writing code is programming, whatever stands between: a list of adjectives with commas
        ("- Experience writing high-performance, vectorised code", "performance-engineering"),
        # a catalogue phrase ("high performance") written hyphenated
        ("- Experience building high-performance services", "performance-engineering"),
        # a list of things written, one of them code samples, is writing
        ("- Writing proposals, grants, code samples", "technical-writing"),
    ],
)
def test_a_line_links_to_the_skill_it_names(slugs_of: Slugs, line: str, wanted: str) -> None:
    assert slugs_of(line) == [wanted]


def test_a_short_name_cut_before_the_code_does_not_make_it_writing(slugs_of: Slugs) -> None:
    # the short name ("Seasoned at writing clean") stops before "code": the source's reading of "writing" holds
    (slug,) = slugs_of("- Seasoned at writing clean and high-performance code")
    assert slug is not None
    assert slug not in ("technical-writing", "written-communication")


@pytest.mark.parametrize(
    "line",
    [
        "- Leading development for one part of a larger software product",
        "- You have led major initiatives across several teams",
        "- Experience leading projects",
    ],
)
def test_leading_a_body_of_work_is_technical_leadership(parsed_links, line: str) -> None:  # type: ignore[no-untyped-def]
    assert parsed_links(line) == [("soft", "technical-leadership")]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("- Lead performance optimization initiatives across the stack", "performance-engineering"),
        ("- Led development in Java and Spring Boot", "programming-proficiency"),
        ("- Led key initiatives to migrate workloads to Kubernetes", "containers-kubernetes"),
    ],
)
def test_leading_work_named_by_its_technology_stays_that_technology(parsed_links, line: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    assert parsed_links(line) == [("hard", wanted)]
