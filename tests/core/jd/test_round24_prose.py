"""Requirements said in sentences (round 24 of #18): two things asked in one sentence, and names in four languages.

A prose posting often asks two things in one sentence ("You know CSS well, and you care about accessibility"; "Es
importante que sepas trabajar con Docker y que tengas experiencia desplegando en la nube"): read as one requirement,
the second was never interviewed for. And its openings ("We value the ability to", "Il est important que vous",
"Es ist wichtig, dass du") became the names on the scorecard. Postings of our own, in that shape."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import parse_job_description

Slugs = Callable[[str], list[str | None]]

PROSE = """# Front-End Developer

We are a small team building an analytics product.

## About the role

You will own our website and the onboarding flows. You know your way around CSS well enough to build a design \
system without fighting it, and you care about accessibility because our users do. We'd love it if you've written \
for a technical audience before, since you'll document what you build.

You should be comfortable working with people in many time zones, and you will need to make decisions without \
waiting for a meeting.

## Benefits

Equity and a budget for your home office.
"""

SPANISH = """# Desarrollador/a Backend

Somos una fundación que construye herramientas cívicas.

## Qué buscamos

Buscamos una persona con al menos tres años de experiencia desarrollando APIs con Node.js y bases de datos \
PostgreSQL. Es importante que sepas trabajar con Docker y que tengas experiencia desplegando en la nube. Valoramos \
mucho la capacidad de comunicarte con equipos no técnicos.
"""


def _names(text: str) -> list[str]:
    return [skill.name for skill in parse_job_description(text).skills]


def test_a_second_thing_asked_of_the_reader_in_one_sentence_is_a_requirement_of_its_own() -> None:
    parsed = parse_job_description(PROSE)
    assert [(s.name, s.kind, s.priority) for s in parsed.skills] == [
        ("CSS", "hard", "must"),  # not "CSS well enough"
        ("Care about accessibility", "soft", "must"),  # the second clause, cut before its reason
        ("Written for a technical audience", "soft", "nice"),  # not "... before"
        ("People in many time zones", "soft", "must"),
        ("Make decisions without waiting", "soft", "must"),  # the second clause, not "To make decisions ..."
    ]
    # both clauses keep the whole sentence as their source
    css, care = (next(s for s in parsed.skills if s.name == name) for name in ("CSS", "Care about accessibility"))
    assert css.source == care.source
    assert "because our users do" in care.source


def test_a_spanish_sentence_asking_two_things_gives_two_named_requirements() -> None:
    names = _names(SPANISH)
    assert names == [
        "Desarrollando APIs con Node.js",  # cut before "y bases [de datos]", not inside it
        "Trabajar con Docker",
        "Desplegando en la nube",
        "Comunicarte con equipos no técnicos",
    ]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        (
            "- Il est important que vous connaissiez Docker et que vous avez une expérience du cloud.",
            ["Docker", "Cloud"],
        ),
        ("- Es ist wichtig, dass du Docker kennst und dass du Erfahrung mit der Cloud hast.", ["Docker", "Cloud"]),
        (
            "- It is important that you know how to work with Docker and that you have experience deploying to the"
            " cloud.",
            ["Work with Docker", "Deploying to the cloud"],
        ),
        (
            "- We value the ability to communicate clearly with non-technical teams.",
            ["Communicate clearly with non-technical teams"],
        ),
        ("- We really value experience with Kubernetes.", ["Kubernetes"]),
    ],
)
def test_an_opening_that_says_how_much_it_matters_is_no_part_of_the_name(line: str, wanted: list[str]) -> None:
    assert _names(f"# Engineer\n\n## Requirements\n{line}\n") == wanted


@pytest.mark.parametrize(
    "line",
    [
        # "and you will build X" is a duty of the job, not a second requirement
        "- You know Go well, and you will build our billing services with it.",
        # two verbs that share their object stay one requirement
        "- Es importante que sepas diseñar y mantener APIs con Node.js.",
    ],
)
def test_a_sentence_that_asks_one_thing_stays_one_requirement(line: str) -> None:
    assert len(parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n").skills) == 1


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # React alone is the web framework: only the alias "React Native development" gave the word to mobile
        ("- Buscamos una persona con experiencia en React.", "frontend-engineering"),
        ("- Experience with React Native", "cross-platform-mobile"),
        ("- CSS architecture for a large design system", "css-design-systems"),
    ],
)
def test_a_word_only_an_alias_says_links_to_the_skill_that_claims_it_alone(
    slugs_of: Slugs, line: str, wanted: str
) -> None:
    assert slugs_of(line) == [wanted]


def test_a_run_of_more_clauses_than_a_requirement_joins_is_read_whole() -> None:
    # (each clause kept the whole line as its source: 7,000 of them held 700 MB for a 100 KB line)
    line = "- You know Go" + ", and have run services in production" * 12
    assert len(parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n").skills) == 1
    # a few clauses are still each a requirement
    line = "- You know Go, and have run services in production, and have mentored engineers"
    assert len(parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n").skills) == 3


DATA_ENGINEER = """# Senior Data Engineer

## About you

- You've owned a production data warehouse (Snowflake, BigQuery or Redshift) end to end
- You care about data quality and have set up monitoring and alerting for pipelines
- Strong written communication; you document decisions and share context proactively
- You've got a working knowledge of Docker
- Experience with tools that are fast and have built-in caching
"""


def test_an_english_bullet_asking_a_second_thing_without_a_comma_gives_two_requirements() -> None:
    assert _names(DATA_ENGINEER) == [
        "Owned a production data warehouse",  # not "You've owned ... end"
        "Care about data quality",
        "Set up monitoring and alerting",  # "and have set up ...": what the reader has done besides
        "Written communication",
        "Document decisions and share context proactively",  # "; you document ...": asked again
        "Docker",
        "Tools that are fast",  # (one requirement: what the tools have is no second one)
    ]
