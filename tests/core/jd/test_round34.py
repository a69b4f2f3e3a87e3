"""Round 34 of issue #18: a requirement that opens by leading is leadership; ways of working with others are soft."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from jd_helpers import named

from interview_planner.jd.parser import short_name


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (were cross-functional collaboration: the teams' kind outweighed the practice said first)
        ("- Leading cross-functional teams through a platform migration", "technical-leadership"),
        ("- Leads cross-functional teams of designers and engineers", "technical-leadership"),
    ],
)
def test_a_requirement_opening_with_leading_is_leadership(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert parsed_links(line) == [("soft", slug)]


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (the practice said first stays decisive only when it is the skill's own word: leading as a noun or a
        # lead's title says no practice)
        ("- Mentoring engineers who lead incident reviews", "coaching-mentoring"),
        ("- Writing runbooks with the team lead", "written-communication"),
    ],
)
def test_leading_said_later_or_as_a_title_decides_nothing(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert parsed_links(line)[0][1] == slug


@pytest.mark.parametrize(
    "line",
    [
        # (each was hard by default: no word of the lexicon said how the person works with others)
        "Experience working remotely with a team spread across four countries",
        "Experience working across time zones",
        "Have worked remotely before",
        "Ability to build consensus between teams",
        "Experience leading without authority",
        "Comfortable with others reviewing your code",
        "Experience working with product managers and designers",
    ],
)
def test_ways_of_working_with_others_are_soft(line: str) -> None:
    assert named(f"- {line}") == {short_name(line): ("soft", "must")}


@pytest.mark.parametrize(
    "line",
    [
        "Experience running Kubernetes clusters remotely",  # (a technology named, no remote work asked)
        "Experience reviewing pull requests in Go",
    ],
)
def test_technical_work_done_remotely_or_reviewed_stays_hard(line: str) -> None:
    assert named(f"- {line}") == {short_name(line): ("hard", "must")}


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (were a design system (hard), no skill, and observability: the thesaurus knew none of these ways of saying)
        ("- Partnering with product and design", "cross-functional-collaboration"),
        ("- Owning outcomes end to end", "ownership-accountability"),
        ("- Deploying and monitoring models in production", "mlops"),
        # (were no skill, strategic thinking and no skill: bugs, capacity and secrets were no word of the thesaurus)
        ("- Tracking down hard bugs to their root cause", "problem-solving"),
        ("- Experience with capacity planning for busy services", "performance-engineering"),
        ("- Handling secrets and credentials safely", "identity-access-management"),
        ("- Professional credentials such as CISSP", "security-compliance"),  # (a person's credentials: no secrets)
        # (were no skill: how a system grows named no word of the catalogue)
        ("- Experience building services that scale to millions of users", "distributed-systems-design"),
        ("- You have built systems that handle millions of requests per day", "distributed-systems-design"),
    ],
)
def test_ways_of_saying_a_skill_the_thesaurus_now_reads(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert [found[1] for found in parsed_links(line)] == [slug]


def test_monitoring_services_and_data_models_keep_their_skills(
    parsed_links: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert parsed_links("- Monitoring production services with Prometheus") == [("hard", "observability")]
    assert parsed_links("- Designing dimensional data models for the warehouse")[0][1] == "data-modeling-warehousing"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # (were "Working directly", "Working closely": a cut at the first preposition left only how it is done)
        ("Working directly with customers to solve their problems", "Working directly with customers"),
        ("Working closely with product managers to define the roadmap", "Working closely with product managers"),
        (
            "You work well with designers, product managers and data scientists",
            "Work well with designers, product managers",
        ),
        ("Building services for our partners in Python and Go", "Building services"),  # (a thing before: cut)
        ("Thinks strategically when weighing many sources of evidence", "Thinks strategically"),  # (not a with: cut)
    ],
)
def test_a_name_keeps_what_is_done_after_an_adverb(line: str, name: str) -> None:
    assert short_name(line) == name


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        # (were hard by default: no word of the lexicon in French, German or Spanish said a way of working)
        ("Excellentes capacités rédactionnelles", "soft", "written-communication"),
        ("Experiencia liderando equipos técnicos", "soft", "technical-leadership"),  # (was also no skill)
    ],
)
def test_soft_skills_said_in_other_languages(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, kind: str, slug: str
) -> None:
    assert parsed_links(f"- {line}") == [(kind, slug)]


def test_mentoring_juniors_said_in_german_is_soft() -> None:
    assert named("- Erfahrung in der Betreuung von Junior-Entwicklern") == {
        "Betreuung von Junior-Entwicklern": ("soft", "must")
    }


KINDS_FROM_SKILLS = """# Plataforma de datos

## Requisitos

- Orientación al cliente
- Experiencia con PostgreSQL
- Carnet de conducir
- Capacità decisionale e di assumersi le proprie responsabilità
"""


def test_a_requirement_no_word_classes_takes_its_linked_skills_kind(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.jd.parser import parse_job_description
    from interview_planner.services.roles import import_role

    read = {s.name: (s.kind, s.kind_reason) for s in parse_job_description(KINDS_FROM_SKILLS).skills}
    assert read["Orientación al cliente"] == ("hard", "default")  # (no word of the lexicon's kind lists)
    view = import_role(db, text_=KINDS_FROM_SKILLS, source_name="plataforma.md")
    stored = {s.name: (s.kind, s.catalogue_skill) for s in view.skills}
    assert stored == {
        "Orientación al cliente": ("soft", "customer-focus"),  # (was hard: the customer focus it names is soft)
        "PostgreSQL": ("hard", "databases-caching"),
        "Carnet de conducir": ("hard", None),  # (no skill named: the default stays)
        "Capacità decisionale": ("soft", "decision-making"),
    }


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (a language spoken well enough to negotiate in: was negotiation)
        ("- Verhandlungssichere Englischkenntnisse", "written-communication"),
        # (were no skill or another skill: the thesaurus knew none of these ways of saying)
        ("- You are happy to wear many hats in a small team", "adaptability-ambiguity"),
        ("- Comfortable when priorities change often", "adaptability-ambiguity"),
        ("- Able to estimate effort and plan your own workload", "time-priority-management"),
        ("- Experience managing cross-team dependencies on large launches", "delivery-management"),
        ("- You think about user journeys first", "product-sense"),
        ("- Je bent initiatiefrijk en zelfstandig", "ownership-accountability"),
        ("- Capacità di rispettare le scadenze", "time-priority-management"),
        ("- Vous savez transmettre vos connaissances", "coaching-mentoring"),
        # (what stays: negotiating is still negotiation)
        ("- Negotiating contracts with suppliers", "negotiation-vendor-management"),
    ],
)
def test_more_ways_of_saying_a_skill(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert [found[1] for found in parsed_links(line)] == [slug]


REVIEW_GUARDS = """# Engineer

## Requirements

- Experience with Jira
- Scrum
- Erfaring med kommunikasjonsprotokoller som CAN
- Lead-free soldering and PCB rework
- Lead generation experience
- Thermal control of heated enclosures
- Knowledge of financial instruments and trading systems
- Experience with credentials such as a CS degree
- Experience with multiple time zones and date libraries
- Image scaling with OpenCV
- Partnering with Stripe to build payment flows
- Requirements changes traceability for medical devices
- Experience working remotely on embedded hardware
- Experience with disagreement-based active learning
"""


def test_other_senses_of_the_rounds_words_stay_what_they_were(db) -> None:  # type: ignore[no-untyped-def]
    # (the review of round 34: a tool's or a method's name is no soft skill, whatever soft skill it links to; lead,
    # heated, instruments, credentials, time zones, scaling, a partner company, changing requirements, remote
    # hardware and disagreement in other senses name none of the round's skills)
    from interview_planner.services.roles import import_role

    view = import_role(db, text_=REVIEW_GUARDS, source_name="guards.md")
    assert {s.kind for s in view.skills} == {"hard"}
    linked = {s.name: s.catalogue_skill for s in view.skills if s.catalogue_skill is not None}
    assert not set(linked.values()) & {
        "technical-leadership",
        "conflict-resolution",
        "observability",
        "identity-access-management",
        "cross-functional-collaboration",
        "adaptability-ambiguity",
        "distributed-systems-design",
    }, linked
    assert linked["Jira"] == "delivery-management"  # (the link stays; only the kind does not follow it)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # (the review: a noun ending in -ly is no adverb, and communicating is named by itself)
        ("ARM Assembly with NEON intrinsics for signal processing and more", "ARM Assembly"),
        ("Communicating clearly with non-technical stakeholders about risks", "Communicating clearly"),
    ],
)
def test_a_name_is_cut_after_other_words_ending_in_ly(line: str, name: str) -> None:
    assert short_name(line) == name
