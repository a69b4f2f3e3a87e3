"""Round 33 of issue #18: a second qualification after "and a sound understanding of", a checklist of questions to
the reader, qualities said as verbs after "people who", a requirement that opens with the practice it names."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

import pytest
from jd_helpers import named

from interview_planner.jd import parser
from interview_planner.jd.enumeration import enumerated_parts
from interview_planner.jd.parser import classify_heading, parse_job_description


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # (each was one requirement: the article before the adjective hid the second qualification)
        (
            "- Experience with Python and a good understanding of SQL",
            {"Python": ("hard", "must"), "SQL": ("hard", "must")},
        ),
        (
            "- Experience of building services in Go and a sound understanding of message queues",
            {"Building services in Go": ("hard", "must"), "Message queues": ("hard", "must")},
        ),
        (
            "- Experience of writing firmware in Rust and a solid grasp of real-time operating systems",
            {"Writing firmware in Rust": ("hard", "must"), "Real-time operating systems": ("hard", "must")},
        ),
    ],
)
def test_a_second_qualification_after_an_article_is_its_own(line: str, names: dict[str, tuple[str, str]]) -> None:
    assert named(line) == names


def test_one_qualification_with_an_adjective_stays_one() -> None:
    assert enumerated_parts("A sound understanding of networking and storage") == []
    assert enumerated_parts("Experience with Kafka and a good sense of its connectors") == []


CHECKLIST = """# Data Engineer

We are a small team building tools for hospitals and are looking for another engineer.

* **Do you have experience of building data pipelines in Python and a good grasp of SQL query tuning?**
* **Do you want to work on a range of clinical data projects?**
* **Would you be keen to mentor junior colleagues about testing practices?**

If so, read on.

## About the role

You will build pipelines.
"""


def test_a_checklist_of_questions_to_the_reader_asks_each() -> None:
    skills = parse_job_description(CHECKLIST).skills
    # (the two wishes were lost; the first question was one requirement)
    assert [(s.name, s.kind, s.priority) for s in skills] == [
        ("Building data pipelines in Python", "hard", "must"),
        ("SQL query tuning", "hard", "must"),
        # (a wish the job fulfils, "Do you want to work on a range of clinical data projects?", is none: the review's
        # H1/H2, hooks and perks asked as questions)
        ("Mentor junior colleagues about testing practices", "soft", "must"),
    ]


def test_questions_that_ask_for_no_skill_are_the_hook() -> None:
    hook = CHECKLIST.replace(
        "* **Do you have experience of building data pipelines in Python and a good grasp of SQL query tuning?**\n", ""
    ).replace("## About the role", "## Requirements\n\n- SQL\n\n## About the role")
    assert [s.name for s in parse_job_description(hook).skills] == ["SQL"]


def test_a_list_with_a_statement_is_no_checklist() -> None:
    mixed = CHECKLIST.replace("* **Would you be keen", "* **You would be keen").replace("practices?**", "practices.**")
    assert [s.name for s in parse_job_description(mixed).skills] == [
        "Building data pipelines in Python",
        "SQL query tuning",
    ]


def test_qualities_said_as_verbs_after_people_who_are_each_a_requirement() -> None:
    line = (
        "We're looking for people who are curious, bring fresh ideas, can explain technical choices to non-technical "
        "colleagues, and are passionate about accessibility."
    )
    # (was two: "Curious, bring fresh ideas" and "Passionate about accessibility"; the third lost)
    assert [part.text for part in enumerated_parts(line)] == [
        "are curious",  # (a quality naming nothing the lexicon knows is none: "bring fresh ideas")
        "can explain technical choices to non-technical colleagues",
        "are passionate about accessibility",
    ]


def test_what_the_person_will_do_after_who_is_no_quality() -> None:
    line = "We're looking for an engineer who is curious, will build our data platform, and can mentor others."
    assert enumerated_parts(line) == []


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (the head practice decides against the collaboration its tail names: were cross-functional collaboration)
        (
            "- We want people who can communicate well with non-technical individuals, and are curious.",
            "written-communication",
        ),
        ("- Communicate clearly with stakeholders across teams", "written-communication"),
    ],
)
def test_a_requirement_opening_with_communication_is_communication(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert parsed_links(line)[0][1] == slug


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # (were "Must demonstrate", "Demonstrate strong", "Demonstrate hands-on experience designing")
        ("- Must demonstrate experience with Kubernetes", "Kubernetes"),
        ("- Can demonstrate strong experience in Go", "Go"),
        ("- Should demonstrate hands-on experience designing REST services", "Designing REST services"),
    ],
)
def test_the_experience_to_demonstrate_is_named_by_what_it_is_of(line: str, name: str) -> None:
    assert list(named(line)) == [name]


def test_demonstrating_a_quality_keeps_its_verb() -> None:
    assert list(named("- Demonstrate leadership in cross-team projects")) == [
        "Demonstrate leadership in cross-team projects"
    ]


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (were unlinked: a high-traffic site is no front-end work, the load no system's)
        ("Building and running high-traffic websites", "performance-engineering"),
        ("Experience with high-load systems", "performance-engineering"),
        ("Sound understanding of parallelisation technologies", "performance-engineering"),  # was none
        ("Experience writing parallelized numerical code", "performance-engineering"),
    ],
)
def test_traffic_load_and_parallel_work_are_performance(link_of: Callable[..., Any], line: str, slug: str) -> None:
    assert link_of(line).slug == slug


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("What will you do?", "responsibilities"),  # were no topic: their lists read as requirements
        ("What will you be doing?", "responsibilities"),
        ("What will our new platform engineer be doing?", "responsibilities"),
        ("What will the team do for you?", "company"),  # (what it offers: as before)
        ("What will you bring?", "skills"),
        ("What will you need?", "skills"),  # was no topic
        # (the review's M3: not the company's, the recruiter's or the interview's)
        ("What will the company do to support you?", "company"),
        ("What will the recruiter do next?", None),
        ("What will you do in the interview?", None),
    ],
)
def test_a_heading_asking_what_the_person_will_do_names_the_duties(heading: str, topic: str | None) -> None:
    assert classify_heading(heading).topic == topic


STEWARD = """# Steward

## What do we expect from you?

You must:

* be a strong communicator in English
* have experience with Python

## What will you do?

* reviewing code
* writing docs

{closing}

## More information

Location: Amsterdam.
"""


@pytest.mark.parametrize(
    "closing",
    [
        "So, if you enjoy working together with many developers to make code shine, this job is for you.",
        "If you like mentoring and open source, this role could be a great fit.",
    ],
)
def test_the_duties_and_the_invitation_after_them_ask_nothing(closing: str) -> None:
    skills = parse_job_description(STEWARD.format(closing=closing)).skills
    # (were also "Reviewing code", "Writing docs" and the closing sentence)
    assert [s.name for s in skills] == ["Communicator in English", "Python"]


def test_an_invitation_is_read_when_nothing_else_asks() -> None:
    text = "# Steward\n\nWe maintain a library.\n\nIf you enjoy mentoring others, this job is for you.\n"
    assert [(s.name, s.kind) for s in parse_job_description(text).skills] == [("Mentoring others", "soft")]


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        # (were "If you enjoy mentoring others", "Rust experience, please apply")
        ("If you enjoy mentoring others, please apply.", "Mentoring others"),
        ("If you have Rust experience, please apply.", "Rust"),
        ("If you're a strong communicator, we'd love to hear from you.", "Communicator"),
    ],
)
def test_an_invitation_read_as_a_requirement_is_named_by_its_condition(closing: str, name: str) -> None:
    text = f"# Steward\n\nWe maintain a library.\n\n{closing}\n"
    assert [s.name for s in parse_job_description(text).skills] == [name]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # (were "Shipping features as part", "To automate, measure")
        ("- Experience shipping features as part of a small team", "Shipping features"),
        ("- Do you love to automate, measure, and test all things?", "Automate, measure, and test all things"),
        # (the experience's own: as before)
        ("- Experience as a member of an open source project", "Experience as a member"),
    ],
)
def test_a_name_ends_before_the_team_it_was_done_in(line: str, name: str) -> None:
    assert list(named(line)) == [name]


HOOK = """# Backend Engineer

Do you want to change how millions of people bank?

- Do you want to change how millions of people bank?
- Do you have experience with Python?
- Do you want to work with a world-class team?
- Would you like a four-day week?

## Requirements
- 5+ years of Python
- PostgreSQL
"""


def test_a_hook_of_questions_gives_only_what_it_asks() -> None:
    # (the review's H1: the first form made each wish a requirement, and the paragraph repeating one a second)
    assert [s.name for s in parse_job_description(HOOK).skills] == ["Python", "Python (2)", "PostgreSQL"]


def test_a_perk_asked_as_a_question_is_none() -> None:
    text = (
        "# Backend Engineer\n\n## Requirements\n- 5+ years of Python\n\n## Sound like you?\n"
        "- Do you want to build the future of payments?\n- Do you have a passion for clean code?\n"
        "- Would you like to work from anywhere in Europe?\n- Are you ready for a challenge?\n"
    )
    assert [s.name for s in parse_job_description(text).skills] == ["Python", "Passion for clean code"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # (the review's M1: "Grow" and "Start in January" were requirements of their own)
        (
            "We're looking for people who have strong SQL skills, care about quality, and want to grow.",
            ["SQL skills", "Care about quality"],
        ),
        (
            "We are looking for a developer who has 5 years of Java, is based in Berlin, and can start in January.",
            ["Java", "Based in Berlin", "Start"],  # (as before the round)
        ),
    ],
)
def test_a_verb_quality_naming_nothing_is_no_requirement_of_its_own(line: str, names: list[str]) -> None:
    assert [s.name for s in parse_job_description(f"# Engineer\n\n## About you\n{line}\n").skills] == names


@pytest.mark.parametrize(
    ("closing", "names"),
    [
        # (the review's M2: the invitation beside the list names a skill the list does not)
        ("So, if you know Kubernetes as well, this role could be a great fit.", ["Rust", "Kafka", "Kubernetes"]),
        # (and "this job" is no requirement)
        (
            "If you also have hands-on experience with Kubernetes and Terraform, this job is for you.",
            ["Rust", "Kafka", "Kubernetes", "Terraform"],
        ),
        ("So, if you enjoy working with friendly people, this job is for you.", ["Rust", "Kafka"]),
    ],
)
def test_an_invitation_beside_a_list_keeps_the_technology_it_names(closing: str, names: list[str]) -> None:
    text = f"# Platform Engineer\n\n## Requirements\n- Rust\n- Kafka\n\n{closing}\n"
    assert [s.name for s in parse_job_description(text).skills] == names


def test_teaching_others_is_soft() -> None:
    assert named("- Teach others") == {"Teach others": ("soft", "must")}  # was hard (the review's L3)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- A firm grasp of the fundamentals", "Fundamentals"),  # was "Firm grasp" (the review's L4)
        ("- A sound understanding of parallelisation technologies", "Parallelisation technologies"),
    ],
)
def test_a_firm_grasp_is_named_by_what_it_grasps(line: str, name: str) -> None:
    assert list(named(line)) == [name]


def test_a_verb_quality_naming_a_technology_by_its_spelling_stays_its_own() -> None:
    line = "We're looking for a developer who is fluent in Go, is experienced with Kafka, and has worked with gRPC."
    names = [s.name for s in parse_job_description(f"# Engineer\n\n## About you\n{line}\n").skills]
    assert names == ["Go", "Kafka", "Worked with gRPC"]  # (was "Worked"; the first mend joined gRPC to Kafka)


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("What you can expect working with us:", "benefits"),  # were no topic: the perks read as requirements
        ("What to expect from us", "benefits"),
        ("What to expect", None),  # (often the interview's steps: as before)
        ("What you can expect in the interview", None),
        ("Day to day: what you can expect", "responsibilities"),  # (the second review's H3)
    ],
)
def test_what_the_reader_can_expect_is_the_offer(heading: str, topic: str | None) -> None:
    assert classify_heading(heading).topic == topic


@pytest.mark.parametrize(
    "line",
    [
        "- Meeting deadlines",  # were hard (no word of either list)
        "- Delivering work on time",
        "- You are used to working online and delivering work in time, without fail.",
    ],
)
def test_keeping_to_time_is_soft(line: str) -> None:
    assert [kind for kind, _ in named(line).values()] == ["soft"]


def test_real_time_work_stays_technical() -> None:
    assert named("- Real-time data processing in Go") == {"Real-time data processing in Go": ("hard", "must")}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # (was one nice-to-have: the waiver after the bracket's plus made the whole line nice)
        (
            "- Fluent Spanish (English is a plus but not required).",
            {"Fluent Spanish": ("soft", "must"), "English": ("soft", "nice")},
        ),
        # (was one must: "un punto favorable" is a Spanish plus, and "idioma" a spoken language, soft)
        (
            "- Dominio del idioma español (el dominio del inglés es un punto favorable pero no es imprescindible).",
            {"Dominio del idioma español": ("soft", "must"), "Dominio del inglés": ("soft", "nice")},
        ),
    ],
)
def test_a_bracketed_plus_waived_is_a_nice_extra(line: str, names: dict[str, tuple[str, str]]) -> None:
    assert named(line) == names


@pytest.mark.parametrize(
    "duty",
    [
        "You will also present your work to stakeholders.",
        "You will manage a small team.",
        "Usted trabajaría con nuestras contrapartes en Lima.",
    ],
)
def test_a_duty_in_a_requirements_paragraph_asks_nothing(duty: str) -> None:
    text = f"# Engineer\n\n## Requirements\n\n{duty} We need someone with 5 years of Python.\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Python"]


@pytest.mark.parametrize(
    ("first", "names"),
    [
        # (the second review's H1/H2: what such a sentence names, or a requirement said in the present, is asked)
        ("You will develop in Python and TypeScript.", ["Develop in Python and TypeScript", "AWS"]),
        ("You build reliable backend software in Go.", ["Build reliable backend software in Go", "AWS"]),
        ("Trabajará con SAP y Excel avanzado.", ["Trabajará con SAP y Excel avanzado", "AWS"]),
    ],
)
def test_a_duty_naming_a_technology_is_asked(first: str, names: list[str]) -> None:
    text = f"# Engineer\n\n## Requirements\n\n{first} Experience with AWS is a must.\n"
    assert [s.name for s in parse_job_description(text).skills] == names


def test_a_duty_alone_in_a_requirements_paragraph_is_read_as_before() -> None:
    text = "# Engineer\n\n## About you\n\nYou will review code every day.\n"
    assert [s.name for s in parse_job_description(text).skills] == ["You will review code"]


def test_the_nice_tail_made_possessive_finds_what_its_plain_form_found() -> None:
    """(the second review's H4: a run of spaces after "is a plus" was split every way, 30 s for 100 KB; the spaces
    before the cue and around the bracket are taken whole now, which finds the same tails)"""
    possessive = parser._NICE_TAIL
    plain = re.compile(possessive.pattern.replace("++", "+").replace("*+", "*").replace("?+", "?"), possessive.flags)
    assert plain.pattern != possessive.pattern
    pieces = [" ", "  ", "\t", "(", ")", ".", "!", ",", "Python", "Django", " is a plus", " a plus", " preferred"]
    pieces += [" but not required", " pero no es imprescindible", " es un punto favorable", " - ", "x"]
    generator = random.Random(33)
    for _ in range(4000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 10)))
        assert [m.span() for m in possessive.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


@pytest.mark.parametrize(
    "line",
    [
        "- Finishing builds in time for nightly releases using Jenkins",  # (the second review's k10)
        "- Meet task deadlines on an embedded RTOS",
        "- Delivering analytics on time-series databases",
        "- Herramientas de traducción para varios idiomas (i18n)",
    ],
)
def test_technical_time_and_translation_work_stays_hard(line: str) -> None:
    assert [kind for kind, _ in named(line).values()] == ["hard"]
