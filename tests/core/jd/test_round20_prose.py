"""Prose requirements and Dutch postings (round 20 of #18; our own postings, in the shapes met in 5z and 6a): a
sentence of several predicates of the reader ("…, are not afraid of Makefiles and enjoy setting up CI"), a feeling
about what the clause before named, what the company promises in return, the situation the reader joins, travel as a
condition, Dutch headings ("Wat moet je kunnen", "Waar je indruk mee maakt", "Taken") and a waived background."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import classify_heading, classify_kind, parse_job_description, short_name

PROSE = """# Platform Engineer

## About you

You know why an interpreter is written in C and not in Java. You like the idea of using Rust and Nix every day, are
not afraid of shell scripts and enjoy setting up CI caches for a monorepo. You understand storage very well and are
excited to use it daily.

In return we will be open with you about the company's finances. You are joining a founding team of five.
Travel to meet with our customers and other partners across Europe is expected.
"""


def _prose() -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in parse_job_description(PROSE).skills]


def test_each_predicate_of_the_reader_is_a_requirement_named_by_what_it_asks() -> None:
    names = [name for name, _ in _prose()]
    # (the tools the reader likes using are one requirement each, as any list of them: round 27)
    assert names[:5] == ["Interpreter", "Rust", "Nix", "Shell scripts", "CI caches for a monorepo"]


def test_a_feeling_about_what_the_clause_before_named_adds_no_requirement() -> None:
    # ("are excited to use it daily" is about the storage just named: no second, soft requirement)
    storage = [name for name, _ in _prose() if "torage" in name or "xcited" in name]
    assert storage == ["Understand storage very well"]


def test_what_the_company_promises_and_the_situation_joined_are_no_requirements() -> None:
    names = " ".join(name for name, _ in _prose()).casefold()
    assert "return" not in names and "open with you" not in names
    assert "founding team" not in names
    assert "travel" not in names
    assert len(_prose()) == 6


def test_code_written_in_a_language_is_no_writing_skill() -> None:
    assert classify_kind("You know why the kernel is written in C") is None  # (the kernel: no word of our lexicon)
    assert classify_kind("Clear written communication")[0] == "soft"  # type: ignore[index]


def test_interest_or_experience_in_a_field_is_named_by_the_field() -> None:
    assert short_name("Interest and/or experience in DevOps.") == "DevOps"


def test_joining_a_team_does_not_link_to_sql_joins(link_of: Callable[[str, str], object]) -> None:
    assert link_of("You should be comfortable joining an early stage company", "soft").slug != "sql"  # type: ignore[attr-defined]
    assert link_of("Writing complex SQL joins and window functions").slug == "sql"  # type: ignore[attr-defined]


DUTCH = """# Frontend developer

### Wie wij zijn

Wij bouwen webshops voor klanten in Utrecht.

### Wat wij zoeken

Een frontend developer. Of je net van school komt of al jaren bij een bureau werkt, maakt niet uit. Kennis van
Cypress is een pre.

### Taken

* Bouwen van nieuwe schermen in Vue

### Wat moet je kunnen

* TypeScript en Vue 3
* Met klanten omgaan
* In een team werken

### Waar je indruk mee maakt

* Kennis van Nuxt
"""


def test_dutch_headings_and_a_waived_background() -> None:
    skills = [(s.source, s.kind, s.priority) for s in parse_job_description(DUTCH).skills]
    assert skills == [
        ("Een frontend developer.", "hard", "must"),
        ("Kennis van Cypress is een pre.", "hard", "nice"),
        ("* TypeScript en Vue 3", "hard", "must"),  # two technologies apart by Dutch "en" (round 24)
        ("* TypeScript en Vue 3", "hard", "must"),
        ("* Met klanten omgaan", "soft", "must"),
        ("* In een team werken", "soft", "must"),
        ("* Kennis van Nuxt", "hard", "nice"),
    ]


@pytest.mark.parametrize(
    ("heading", "topic", "priority"),
    [
        ("Wat moet je kunnen", "skills", None),
        ("Dit breng je mee", "skills", None),
        ("Wat heb je nodig", "skills", None),
        ("Taken", "responsibilities", None),
        ("Wie wij zijn", "company", None),
        ("Waar je indruk mee maakt", None, "nice"),
    ],
)
def test_dutch_headings(heading: str, topic: str | None, priority: str | None) -> None:
    info = classify_heading(heading)
    assert (info.topic, info.priority) == (topic, priority)


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        ("Met klanten omgaan", "soft", "cross-functional-collaboration"),
        ("Teamspirit vinden wij heel belangrijk", "soft", "cross-functional-collaboration"),
        ("Tala eller åtminstone förstå svenska bra", "soft", "written-communication"),
    ],
)
def test_dutch_and_swedish_people_skills_are_soft_and_linked(
    link_of: Callable[[str, str], object], line: str, kind: str, slug: str
) -> None:
    assert classify_kind(line) is not None and classify_kind(line)[0] == kind  # type: ignore[index]
    assert link_of(line, kind).slug == slug  # type: ignore[attr-defined]
