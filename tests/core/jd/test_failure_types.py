"""Postings as they really come, one failure type each (our own postings in tests/data/postings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_planner.errors import InputError
from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import classify_heading, parse_job_description, read_job_description

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"


def posting(name: str) -> ParsedJobDescription:
    path = POSTINGS / name
    return parse_job_description(read_job_description(path), source_name=str(path))


def rows(parsed: ParsedJobDescription) -> list[tuple[str, str, str]]:
    return [(s.name, s.kind, s.priority) for s in parsed.skills]


def test_a_prose_posting_yields_the_requirements_its_sentences_state() -> None:
    parsed = posting("prose_posting.txt")
    assert rows(parsed) == [
        ("Shipping Kotlin apps", "hard", "must"),
        ("Jetpack Compose", "hard", "must"),
        ("Swift", "hard", "nice"),
        ("Communicate clearly in writing", "soft", "must"),  # (cut at "because": the reason),
    ]
    # the company blurb, the benefit and the how-to-apply sentence are not requirements
    assert not any(word in s.source for s in parsed.skills for word in ("bakery", "laptop", "CV", "equal"))
    assert parsed.skills[1].source.startswith("You should be comfortable with Jetpack Compose")


def test_decorated_headings_are_read_by_what_they_say() -> None:
    parsed = posting("decorated_headings.md")
    assert parsed.title == "Site Reliability Engineer"  # setext underline
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["WHO WE ARE"] == "company"  # emoji and capitals
    assert kinds["Is this you?"] == "skills"  # a check-mark emoji and a question
    assert kinds["Bonus points"] == "nice_to_have"  # bold pseudo-heading
    assert kinds["HOW WE HIRE"] == "other"  # setext, hiring steps
    assert rows(parsed) == [
        ("Running Linux services in production", "hard", "must"),
        ("Terraform and one public cloud", "hard", "must"),
        ("Led incident reviews without blame", "hard", "must"),
        ("Go", "hard", "nice"),  # one bullet naming two languages: two requirements
        ("Rust", "hard", "nice"),
    ]


def test_soft_skills_phrased_as_abilities_attitudes_and_ways_of_working() -> None:
    parsed = posting("soft_abilities.txt")
    assert [(s.name, s.kind) for s in parsed.skills] == [
        ("Explain a technical trade-off", "soft"),
        ("Calm and curious", "soft"),
        ("Fully remote, multicultural team", "soft"),
        ("Hiring and growing engineers", "soft"),
        ("Passion for mentoring junior developers", "soft"),
        ("Building payment systems in Java", "hard"),
    ]


@pytest.mark.parametrize(
    ("bullet", "priority"),
    [
        ("Experience with a relational database, PostgreSQL preferred", "must"),
        ("Strong background with customers, ideally in retail", "must"),
        ("Go (preferred)", "nice"),
        ("Ideally some exposure to Rust", "nice"),
        ("Experience with Kafka is a plus", "nice"),
        ("Any TLA+ experience is highly appreciated", "nice"),
    ],
)
def test_a_must_bullet_that_prefers_an_option_stays_must(bullet: str, priority: str) -> None:
    parsed = parse_job_description(f"Platform Engineer\n\nRequirements\n- {bullet}\n")
    assert parsed.skills[0].priority == priority


def test_spanish_and_german_cues() -> None:
    spanish = posting("spanish_posting.txt")
    assert rows(spanish) == [
        # (split at "con" as English "with" is, round 18: "Experiencia con Python y Django")
        ("Python", "hard", "must"),
        ("Django", "hard", "must"),
        ("PostgreSQL", "hard", "must"),
        ("Trabajo en equipo y comunicación clara", "soft", "must"),
        ("Docker", "hard", "nice"),
    ]
    german = posting("german_prose.txt")
    assert rows(german) == [
        ("Python", "hard", "must"),
        ("PostgreSQL", "hard", "must"),
        ("Kubernetes", "hard", "nice"),
        ("Eigenständig arbeitest", "soft", "must"),
    ]


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("You will", "responsibilities"),
        ("1. You will own the billing service", "responsibilities"),
        ("Als SRE wirst Du", "responsibilities"),
        ("Wir erwarten, dass Du", "skills"),
        ("Nos critères d'évaluation", "skills"),
        ("Is this you?", "skills"),
        ("Employment requirements", "other"),
        ("How we hire", "other"),
        ("Ofrecemos", "benefits"),
    ],
)
def test_sentence_headings(heading: str, topic: str) -> None:
    assert classify_heading(heading).topic == topic


def test_names_are_the_skill_and_the_source_is_the_line() -> None:
    text = "Backend Engineer\n\nRequirements\n* 5+ years of experience with distributed Elixir services in production\n"
    skill = parse_job_description(text).skills[0]
    assert skill.name == "Distributed Elixir services in production"
    assert 2 <= len(skill.name.split()) <= 6
    assert skill.source == "* 5+ years of experience with distributed Elixir services in production"


def test_legal_and_application_text_never_becomes_a_skill() -> None:
    text = (
        "Data Engineer\n\nRequirements\n- Experience with Spark\n"
        "- You must be a citizen of the country and pass a background check\n"
        "- Submit your resume and a cover letter through the portal\n"
        "We are an equal opportunity employer and consider applicants without regard to religion or disability.\n"
    )
    assert [s.name for s in parse_job_description(text).skills] == ["Spark"]


def test_a_posting_without_any_requirement_says_why() -> None:
    with pytest.raises(InputError, match="no skill requirements found") as caught:
        parse_job_description("Barista\n\nWe open at seven. The coffee is good.\n", source_name="cafe.txt")
    assert str(caught.value).startswith("cafe.txt: ")


def test_each_sentence_of_a_paragraph_points_at_the_line_where_it_starts() -> None:
    text = "Requirements\nExperience with Go; you have\nused Rust. You know SQL.\n"
    parsed = parse_job_description(text)
    lines = text.splitlines()
    assert [(s.line, s.source) for s in parsed.skills] == [
        (2, "Experience with Go; you have used Rust."),  # two requirements: "; you have used ..." (round 24)
        (2, "Experience with Go; you have used Rust."),
        (3, "You know SQL."),  # the second sentence starts on the paragraph's second line
    ]
    for skill in parsed.skills:
        assert skill.source.split()[0] in lines[skill.line - 1]
