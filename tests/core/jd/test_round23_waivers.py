"""Waived wishes, the company's interests and a page's questions in other phrasings and languages (round 23 of
#18, from the findings a review of round 22 left open). Our own postings."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_heading, parse_job_description, short_name


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(s.name, s.kind, s.priority) for s in parse_job_description(text).skills]


WAIVERS = """# Platform Engineer

We run a seed bank's catalogue on our own servers.

We would love to see experience with Rust -- don't let that stop you from applying if you have not used it yet. \
We are particularly interested in people with Ansible expertise. Please don't let a lack of such experience \
discourage you from applying.

## Requirements
- Linux
"""


def test_a_waiver_in_the_next_sentence_makes_the_wish_before_it_a_nice_to_have() -> None:
    assert _rows(WAIVERS) == [
        ("Rust", "hard", "nice"),
        ("Ansible", "hard", "nice"),
        ("Linux", "hard", "must"),
    ]


def test_a_waiver_of_something_else_leaves_the_sentence_before_it_as_it_was() -> None:
    text = WAIVERS.replace("Please don't let a lack of such experience", "Don't let the lack of a degree")
    assert ("Ansible", "hard", "must") in _rows(text)


WAIVERS_ABROAD = """# Ingénieur·e DevOps

Wir betreiben eine Lernplattform. Besonders interessieren uns Bewerber mit Erfahrung in Terraform – aber lass dich \
nicht abschrecken, wenn dir diese Erfahrung fehlt. Nous sommes particulièrement intéressés par des profils ayant une \
expérience d'Ansible, mais que l'absence de cette expérience ne vous décourage pas de postuler.

## Profil
- Linux
"""


def test_a_wish_waived_in_german_or_french_is_a_nice_to_have_named_by_its_skill() -> None:
    assert _rows(WAIVERS_ABROAD) == [
        ("Terraform", "hard", "nice"),
        ("Ansible", "hard", "nice"),
        ("Linux", "hard", "must"),
    ]


def test_what_the_company_is_interested_in_asks_nothing() -> None:
    text = """# Product Designer

We make field notebooks for ecologists. We are interested in what you have built, not where you studied. We're \
also interested in opening an office in Porto.

## Requirements
- Figma
"""
    assert _rows(text) == [("Figma", "hard", "must")]


@pytest.mark.parametrize(
    "heading",
    ["Des questions ?", "Noch Fragen?", "¿Preguntas?", "Nog vragen?", "Have questions?", "Still have questions?"],
)
def test_a_pages_questions_are_no_section_of_requirements(heading: str) -> None:
    assert classify_heading(heading).topic == "other"


def test_a_french_lead_in_before_an_elided_article_gives_the_name() -> None:
    assert short_name("Connaissance d'Ansible et de Terraform") == "Ansible et de Terraform"
    assert short_name("L'Oréal experience") == "L'Oréal"


def test_the_readers_interest_is_still_a_soft_skill() -> None:
    from interview_planner.jd.parser import classify_kind

    assert classify_kind("You are also interested in compilers") == ("soft", "lexicon: interested in")
    assert classify_kind("We are particularly interested in compilers") is None
