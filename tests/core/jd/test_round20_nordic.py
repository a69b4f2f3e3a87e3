"""Swedish, Norwegian and Danish postings (round 20 of #18; our own postings, written in the shapes met in Nordic
careers pages): the headings that say what the reader needs ("Du behöver kunna", "Du må ha", "Vi forventer"), the
person sought as soft skills ("Du kan som menneske byde ind med"), what the reader will work with as duties, a
relative clause that is no requirement ("eksperter, som du kan sparre med"), a link to the page in another language
over the posting, and the words the linker needs (structure, the business side, hosting, working together)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import classify_heading, parse_job_description

SWEDISH = """[In English](/jobb/backend/en/)

## Om rollen
Du bygger tjänster för våra kunder i små team.

## Du behöver kunna
* Go eller Rust i produktion
* Behärska svenska i tal och skrift
* Se affärsnyttan i det vi bygger

## Bra att ha
* Erfarenhet av Terraform

## Om oss
Vi är ett konsultbolag i Malmö.
"""


def test_a_swedish_heading_of_what_the_reader_needs_holds_must_haves() -> None:
    parsed = parse_job_description(SWEDISH)
    assert [(s.source, s.priority) for s in parsed.skills] == [
        ("* Go eller Rust i produktion", "must"),
        ("* Behärska svenska i tal och skrift", "must"),
        ("* Se affärsnyttan i det vi bygger", "must"),
        ("* Erfarenhet av Terraform", "nice"),
    ]


def test_a_link_to_the_page_in_another_language_is_not_the_title() -> None:
    assert parse_job_description(SWEDISH).title != "In English"
    text = SWEDISH.replace("[In English](/jobb/backend/en/)", "# Backendutvecklare")
    assert parse_job_description(text).title == "Backendutvecklare"


def test_language_and_the_business_side_are_soft_in_swedish() -> None:
    kinds = {s.source: s.kind for s in parse_job_description(SWEDISH).skills}
    assert kinds["* Behärska svenska i tal och skrift"] == "soft"
    assert kinds["* Se affärsnyttan i det vi bygger"] == "soft"
    assert kinds["* Go eller Rust i produktion"] == "hard"


@pytest.mark.parametrize(
    "heading",
    [
        "Du behöver kunna",
        "Du må ha",
        "Du bør ha",
        "Du skal have",
        "Vi forventer, at du",
        "Vi förväntar oss att du",
        "Dette ser vi etter",
        "Hvad vi forventer af dig",
        "Din bakgrunn",
        "Vi lægger vægt på",
    ],
)
def test_nordic_headings_of_what_the_reader_needs_are_requirements(heading: str) -> None:
    assert classify_heading(heading).topic == "skills"


@pytest.mark.parametrize("heading", ["Bra att ha", "Godt at have", "Kjekt å ha"])
def test_nordic_good_to_have_headings_are_nice(heading: str) -> None:
    assert classify_heading(heading).priority == "nice"


@pytest.mark.parametrize("heading", ["Du kommer til at arbejde med", "Du kommer att arbeta med", "Du vil jobbe med"])
def test_what_the_reader_will_work_with_is_duties(heading: str) -> None:
    assert classify_heading(heading).topic == "responsibilities"


DANISH = """# Webudvikler

Som webudvikler skal du være med til at udvikle vores platforme. Vi har mange kunder, og derfor samarbejder vi også
med eksterne eksperter, som du kan sparre med.

## Du har erfaring med:
* PHP-udvikling i Laravel
* Grundlæggende forståelse for hosting og drift

## Du kan som menneske byde ind med:
* Struktur og disciplin
* Sparring i samarbejdet med holdet

## Du kommer til at arbejde med:
* Vedligeholdelse af vores hjemmesider
* Integrationer via API
"""


def test_danish_headings_of_the_person_are_soft_and_the_work_is_no_requirement() -> None:
    assert [(s.source, s.kind) for s in parse_job_description(DANISH).skills] == [
        ("* PHP-udvikling i Laravel", "hard"),
        ("* Grundlæggende forståelse for hosting og drift", "hard"),
        ("* Struktur og disciplin", "soft"),
        ("* Sparring i samarbejdet med holdet", "soft"),
    ]


def test_a_relative_clause_addressed_to_the_reader_is_no_requirement() -> None:
    # "eksperter, som du kan sparre med" (experts you can spar with): the company's habit, not a requirement
    sources = [s.source for s in parse_job_description(DANISH).skills]
    assert not [source for source in sources if "sparre med" in source]
    assert "* Struktur og disciplin" in sources


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        ("Struktur og disciplin", "soft", "time-priority-management"),
        ("Sparring i samarbejdet med holdet", "soft", "cross-functional-collaboration"),
        ("Grundlæggende forståelse for hosting og drift", "hard", "cloud-platforms"),
        ("Ha förmågan att se affärsnyttan av det som utvecklas", "soft", "strategic-thinking"),
        ("Samarbeta med andra team", "soft", "cross-functional-collaboration"),
        ("Behärska engelska i tal och skrift", "soft", "written-communication"),
        # (lines of our own, written as Norwegian and German postings put them)
        ("Erfaring med universell utforming", "hard", "web-accessibility"),
        ("Du liker å dele kunnskap og lære bort", "soft", "coaching-mentoring"),
        ("Erfaring med ytelsesoptimalisering", "hard", "performance-engineering"),
        ("Erfaring med dataplattformer og datapipelines", "hard", "data-pipelines"),
        ("Erfaring med personalledelse", "hard", "people-management"),
        # (one quality a line: "løsningsorientert og tar ansvar" names two, and either link is right)
        ("Du tar ansvar for det du leverer", "soft", "ownership-accountability"),
        ("Du er løsningsorientert", "soft", "problem-solving"),
        ("Erfaring med utvikling av REST-API-er", "hard", "microservices-apis"),
        ("Erfahrung in der disziplinarischen Führung", "hard", "people-management"),
        ("Freude an der Wissensvermittlung", "soft", "coaching-mentoring"),
    ],
)
def test_nordic_and_german_words_link_to_their_catalogue_skill(
    link_of: Callable[[str, str], object], line: str, kind: str, slug: str
) -> None:
    assert link_of(line, kind).slug == slug  # type: ignore[attr-defined]


def test_an_interdisciplinary_team_is_not_about_discipline(link_of: Callable[[str, str], object]) -> None:
    # (the Danish "disciplin" must not reach "multi-disciplinary")
    link = link_of("Enthusiasm for working in a multi-disciplinary team", "soft")
    assert link.slug != "time-priority-management"  # type: ignore[attr-defined]


@pytest.mark.parametrize("line", ["Eigenverantwortliches Arbeiten", "Kundenorientierung", "Du liker å dele kunnskap"])
def test_owning_the_work_the_customer_and_sharing_knowledge_are_soft(line: str) -> None:
    from interview_planner.jd.parser import classify_kind

    assert classify_kind(line) is not None and classify_kind(line)[0] == "soft"  # type: ignore[index]
