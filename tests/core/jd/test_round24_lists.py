"""Lists of concepts, hooks, the qualities of the person sought and leading work in other languages (round 24 of #18).

Lines of our own, each of a type seen in postings the project had not read before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import parse_job_description

Found = Callable[[str], list[tuple[str, str | None]]]


def _skills(body: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in parse_job_description(f"# Engineer\n\n## Requirements\n\n{body}\n").skills]


def test_a_list_of_three_concepts_the_lexicon_knows_is_three_requirements(parsed_links: Found) -> None:
    line = "- Sound grasp of reliability engineering, distributed systems, and cloud native design"
    assert [name for name, _ in _skills(line)] == [
        "Reliability engineering",
        "Distributed systems",
        "Cloud native design",
    ]
    assert [slug for _, slug in parsed_links(line)] == [
        "slo-incident-response",
        "distributed-systems-design",
        "cloud-platforms",
    ]


def test_a_list_whose_last_item_says_what_all_are_of_stays_one_requirement() -> None:
    # "of web applications" is what all three are about: one requirement
    assert len(_skills("- Experience in architecture, performance and security of web applications")) == 1


def test_a_semicolon_series_of_names_keeps_a_name_whose_brackets_hold_semicolons() -> None:
    assert [name for name, _ in _skills("- Experience with Linux (Ubuntu; RHEL); Docker; Kubernetes")] == [
        "Linux",
        "Docker",
        "Kubernetes",
    ]


def test_a_question_that_opens_the_companys_search_is_a_hook_not_a_requirement() -> None:
    text = """# Training Officer

## General information

Are you passionate about open science? The Acme Research Lab is looking for a colleague who will run our \
workshops.

## Your profile

- Experience teaching programming to researchers
"""
    names = [s.name for s in parse_job_description(text).skills]
    assert names == ["Teaching programming to researchers"]


def test_a_question_to_the_reader_with_no_search_after_it_still_asks() -> None:
    text = """# Training Officer

## About you

Are you passionate about teaching? You will run our workshops.

## Your profile

- Experience teaching programming to researchers
"""
    names = [s.name for s in parse_job_description(text).skills]
    assert "Passionate about teaching" in names


def test_the_qualities_of_the_person_sought_over_a_list_are_a_requirement() -> None:
    body = (
        "We are looking for a curious and reliable team member who has\n\n"
        "- Clear written English\n- Willingness to run a small project"
    )
    assert _skills(body)[0] == ("Curious and reliable team member", "soft")
    # a search that names no quality asks nothing
    assert [n for n, _ in _skills("We are looking for a Senior Engineer who has\n\n- Experience with Go")] == ["Go"]


def test_being_comfortable_working_in_a_way_is_asked_in_prose() -> None:
    text = """# Front End Web Developer

Experience using modern front end web development tools. Is comfortable working in an agile environment with \
weekly releases.
"""
    names = [s.name for s in parse_job_description(text).skills]
    assert "Agile environment with weekly releases" in names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "- Strong interest, knowledge and/or formal training in teaching data skills",
            "Teaching data skills",
        ),
        ("- Knowledge, experience or training in accessibility testing", "Accessibility testing"),
    ],
)
def test_a_run_of_interest_and_experience_words_leads_in_the_skill(line: str, name: str) -> None:
    assert _skills(line)[0][0] == name


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("- Works well with others in a distributed team", "cross-functional-collaboration"),
        ("- Sensitivity to users' needs", "empathy-inclusivity"),
    ],
)
def test_a_way_of_saying_a_skill_links_to_it(parsed_links: Found, line: str, wanted: str) -> None:
    assert parsed_links(line)[0][1] == wanted


@pytest.mark.parametrize(
    "line",
    [
        "- Erfahrung in der Leitung von Entwicklungsprojekten",
        "- Du hast bereits Entwicklungsinitiativen geleitet",
        "- Expérience dans la direction de projets de développement",
        "- Vous avez déjà piloté des initiatives techniques",
        "- Experiencia liderando proyectos de desarrollo",
    ],
)
def test_leading_a_body_of_work_is_technical_leadership_in_other_languages(parsed_links: Found, line: str) -> None:
    assert parsed_links(line) == [("soft", "technical-leadership")]


def test_managing_projects_in_french_stays_delivery(parsed_links: Found) -> None:
    assert parsed_links("- Gestion de projets") == [("hard", "delivery-management")]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # the practice said first is the requirement, whatever it is done to
        ("- Coaching senior leaders and customer stakeholders through a migration", "coaching-mentoring"),
        ("- Hands-on experience load testing web services", "performance-engineering"),
        # the practice's bonus goes to the skill whose phrase it is, not to every skill that shares "testing"
        ("- Stress testing", "performance-engineering"),
        ("- Stress testing our payment APIs", "performance-engineering"),
        # a verb that names no practice, or one whose object is the skill assessed, takes its object's skill (the
        # review of round 24: troubleshooting, monitoring were practices at first)
        ("- Building distributed systems", "distributed-systems-design"),
        ("- Designing REST APIs", "microservices-apis"),
        ("- Troubleshooting Linux servers", "linux-systems"),
        ("- Monitoring ML models for drift in production", "mlops"),
    ],
)
def test_a_practice_said_first_is_what_the_requirement_asks(parsed_links: Found, line: str, wanted: str) -> None:
    assert parsed_links(line)[0][1] == wanted


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # the words of another skill's phrase are that phrase's, not evidence of their own
        ("- Performance improvement plans", "people-management"),
        ("- Room database", "android-development"),
        ("- Reliability of commitments", "ownership-accountability"),
        ("- Dependency management", "delivery-management"),
        ("- You're at ease with browser test automation tools like Playwright", "test-automation"),
    ],
)
def test_a_catalogue_phrase_said_whole_links_to_its_skill(parsed_links: Found, line: str, wanted: str) -> None:
    assert parsed_links(line)[0][1] == wanted
