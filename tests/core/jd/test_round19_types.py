"""Failure types met in round 19 of #18 (our own postings): a list led in by a sentence that points at it without a
colon, a bold label with its lead-in on one line, the terms a job comes with, and a series of verbs before what they
act on."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_heading, classify_kind, parse_job_description, short_name


def _names_and_priorities_under_requirements(line: str) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parse_job_description(f"# Engineer\n\n## Requirements\n\n{line}\n").skills]


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(s.source, s.kind, s.priority) for s in parse_job_description(text).skills]


STACK_AFTER_DUTIES = """# Data Platform Engineer

**What you will do:**

- Run the ingestion services
- Review the pipelines of other teams

**Our tools:**{inline}

{lead}
- Streaming: Kafka, Flink
- Storage: ClickHouse, S3
- Orchestration: Airflow, dbt

**What you bring:**

- Several years of Python in production
"""

# the lead-in of the list, written three ways a careers page writes it
LEADS = {
    "emphasised line": ("", "*Knowing these tools is a plus, but we will teach you*\n"),
    "plain line": ("", "Experience with the tools below helps, though none is required.\n"),
    "after the bold label": (" *Experience with these tools is a plus, not a must*", ""),
}


@pytest.mark.parametrize("way", list(LEADS))
def test_a_list_whose_lead_in_points_at_it_without_a_colon_holds_nice_to_haves(way: str) -> None:
    inline, lead = LEADS[way]
    skills = _read(STACK_AFTER_DUTIES.format(inline=inline, lead=lead))
    assert skills == [
        ("- Streaming: Kafka, Flink", "hard", "nice"),
        ("- Storage: ClickHouse, S3", "hard", "nice"),
        ("- Orchestration: Airflow, dbt", "hard", "nice"),
        ("- Several years of Python in production", "hard", "must"),
    ]


def test_a_lead_in_that_points_at_no_list_is_still_read_as_a_sentence() -> None:
    # (no list under it: the sentence states a requirement of its own)
    text = "# Engineer\n\n## About you\n\nExperience with Kafka and the tools around it is a must.\n"
    assert _read(text) == [("Experience with Kafka and the tools around it is a must.", "hard", "must")]


CONDITIONS = """# Core Developer

**Requirements**

- You write Python every day
- You have contributed to an open-source project

**Conditions**

- You remain independent and send us a monthly invoice.
- We agree on an average workload and talk once a week.
"""


def test_the_terms_a_job_comes_with_are_no_requirements() -> None:
    assert [source for source, _, _ in _read(CONDITIONS)] == [
        "- You write Python every day",
        "- You have contributed to an open-source project",
    ]


@pytest.mark.parametrize("heading", ["Employment conditions", "Contract terms", "Rahmenbedingungen", "Condiciones"])
def test_a_heading_of_terms_is_what_the_job_offers(heading: str) -> None:
    assert classify_heading(heading).topic == "benefits"


# (review 19, H3: a bare "Conditions" heads what a contractor must meet as often as the contract's terms)
CONTRACT = """# Senior SAP FICO Consultant (Freelance)

Our client, a retailer, is looking for a freelance consultant.

## Conditions

- Minimum 8 years of SAP FI/CO implementation experience
- S/4HANA migration experience is essential

## Terms

- 6-month contract, extension likely
- Start in January
"""


def test_a_bare_conditions_heading_is_read_by_its_list() -> None:
    assert [s.source for s in parse_job_description(CONTRACT).skills] == [
        "- Minimum 8 years of SAP FI/CO implementation experience",
        "- Minimum 8 years of SAP FI/CO implementation experience",
        "- S/4HANA migration experience is essential",
    ]


@pytest.mark.parametrize(
    ("requirement", "name"),
    [
        (
            "6+ years of experience building, deploying, and maintaining production web applications",
            "Building and maintaining production web applications",
        ),
        (
            "Experience designing, building, testing and operating Kafka clusters",
            "Designing and operating Kafka clusters",
        ),
        (
            "Experience writing, maintaining, and integrating REST APIs written in Node/Express",
            "Writing, maintaining, and integrating REST APIs",
        ),
        # (review 19, M2: the whole series when a preposition ends its object in time)
        (
            "Experience in pricing, billing, and invoicing systems for subscription businesses",
            "Pricing, billing, and invoicing systems",
        ),
    ],
)
def test_a_series_of_verbs_keeps_its_ends_and_what_they_act_on(requirement: str, name: str) -> None:
    assert short_name(requirement) == name


def test_writing_in_a_series_of_verbs_about_code_is_a_technical_skill() -> None:
    found = classify_kind("Experience writing, maintaining, and integrating REST APIs")
    assert found is not None and found[0] == "hard"
    still = classify_kind("Experience writing, editing and publishing articles for our blog")
    assert still is not None and still[0] == "soft"


CULTURE_AND_PLAN = """## Platform Engineer

### Our Principles

#### Ownership

- Own your work. Set your own objectives and timelines.
- Excellence. You should hold a very high bar for your work.

### Requirements

- 5+ years of experience running Kubernetes in production
- Proficient knowledge of PostgreSQL and Redis.
- Proficient experience with CI/CD pipelines, specifically with GitHub Actions.
- Live between UTC-8 and UTC-5 (North American time zones)

## Your Journey at Acme

- **First 30 days**: Learn our infrastructure and fix what is broken.
- **First 60 days**: Show your ability to improve our deploys.

## What You Can Expect From Acme

- Full-time contract role.
- Fully remote position.
"""


def test_the_culture_the_first_months_and_where_to_live_are_no_requirements() -> None:
    parsed = parse_job_description(CULTURE_AND_PLAN)
    assert [(s.name, s.source) for s in parsed.skills] == [
        ("Running Kubernetes in production", "- 5+ years of experience running Kubernetes in production"),
        ("PostgreSQL", "- Proficient knowledge of PostgreSQL and Redis."),
        ("Redis", "- Proficient knowledge of PostgreSQL and Redis."),
        ("CI/CD pipelines", "- Proficient experience with CI/CD pipelines, specifically with GitHub Actions."),
    ]


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("Our Principles", "company"),
        ("Core values", "company"),
        ("Your first 90 days", "responsibilities"),
        ("30/60/90", "responsibilities"),
        ("Your journey at Acme", "responsibilities"),
        ("What you can expect from Acme", "benefits"),
        ("What we expect from you", "skills"),  # (the other way round: requirements)
    ],
)
def test_headings_of_culture_plans_and_offers(heading: str, topic: str) -> None:
    assert classify_heading(heading).topic == topic


# a blog post announcing several roles: front matter for a title, a plain line over a list, then a Markdown heading
# per role whose paragraph tells a story around one or two requirement sentences
ROLES_IN_A_POST = """---
title: We are hiring
---
We are starting a small company around our mail client.

A few points before I dive into the roles:

  * Experience with our open-source project is a huge asset to a candidate.
  * You should be happy to work in the open, on public mailing lists.

### Platform architect

The client is a huge codebase. Lots of JS and C++. Some of it ugly. Such a person must be able to mentor new \
contributors. Relevant experience with client-side software and modern C++ is a requirement.

### Build engineer

There is urgent work to simplify the build. When that's done, there will be more to do. Experience and passion for \
build automation and configuration management skills required. Knowledge of Perl and makefiles also required.
"""


def test_a_role_heading_after_a_plain_lead_in_is_a_section_of_its_own_read_for_its_requirements() -> None:
    parsed = parse_job_description(ROLES_IN_A_POST)
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("Our open-source project", "nice"),
        ("Happy to work", "must"),
        ("Mentor new contributors", "must"),
        ("Client-side software", "must"),
        ("Modern C++", "must"),
        ("Build automation and configuration management skills", "must"),
        ("Perl and makefiles", "must"),
    ]


@pytest.mark.parametrize(
    ("requirement", "name", "priority"),
    [
        ("- we do not use but value experience in Haskell", "Haskell", "nice"),
        (
            "- The ideal candidate here is driven to automate routine operations",
            "Driven to automate routine operations",
            "must",
        ),
        ("- Knowledge of Ansible also required.", "Ansible", "must"),
    ],
)
def test_who_the_role_needs_and_what_it_values_are_no_part_of_the_name(
    requirement: str, name: str, priority: str
) -> None:
    (skill,) = parse_job_description(f"# Engineer\n\n## Requirements\n\n{requirement}\n").skills
    assert (skill.name, skill.priority) == (name, priority)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Java (Kotlin a plus)", [("Java", "must"), ("Kotlin", "nice")]),
        ("- SQL (PostgreSQL preferred)", [("SQL", "must"), ("PostgreSQL", "nice")]),
        ("- Python - Django a plus", [("Python", "must"), ("Django", "nice")]),
        ("- Linux (a plus)", [("Linux", "nice")]),  # (the whole item: nothing named in the brackets)
        ("- Go (preferred)", [("Go", "nice")]),
    ],
)
def test_a_nice_to_have_said_without_a_verb_inside_a_must_have_is_its_own(
    line: str, expected: list[tuple[str, str]]
) -> None:
    assert _names_and_priorities_under_requirements(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Strong Java, Kotlin is a plus", [("Java", "must"), ("Kotlin", "nice")]),
        ("- 5+ years of Go, Rust is a plus", [("Go", "must"), ("Rust", "nice")]),
        ("- Bardzo dobra znajomość Javy, Kotlin mile widziany", [("Java", "must"), ("Kotlin", "nice")]),
        # (review 19, M8: a head that asks nothing firmly is one nice list with the rest)
        ("- Experience with Kafka, RabbitMQ is a plus", [("Kafka", "nice"), ("RabbitMQ", "nice")]),
        ("- Java, Kotlin is a plus", [("Java", "nice"), ("Kotlin", "nice")]),
        # (a plural verb, or more than one name after the comma: the whole list is the plus)
        ("- Java, Kotlin are a plus", [("Java", "nice"), ("Kotlin", "nice")]),
        ("- Java, Kotlin or Scala is a plus", [("Java", "nice"), ("Kotlin", "nice"), ("Scala", "nice")]),
    ],
)
def test_a_nice_to_have_after_a_comma_after_a_firm_must_is_the_last_name_only(
    line: str, expected: list[tuple[str, str]]
) -> None:
    assert _names_and_priorities_under_requirements(line) == expected


BENEFICIAL = """# Java Engineer

## Requirements

* Highly proficient in OO design and implementation
* Comfortable and excited about working on open source projects

## Beneficial Skills

* In-depth knowledge of multi-threading

## Helpful Technologies

* Elasticsearch
* MyBatis
"""


def test_beneficial_and_helpful_headings_are_nice_to_haves_and_an_adverb_opens_a_requirement() -> None:
    parsed = parse_job_description(BENEFICIAL)
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("OO design and implementation", "must"),
        ("Working on open source projects", "must"),
        ("Multi-threading", "nice"),
        ("Elasticsearch", "nice"),
        ("MyBatis", "nice"),
    ]


def test_working_cross_functionally_and_earning_trust_are_people_skills() -> None:
    found = classify_kind("Work well cross-functionally and earn trust from co-workers at all levels")
    assert found is not None and found[0] == "soft"
    assert classify_kind("Experience building trusted execution environments") is None  # (no trust earned there)


def test_standards_named_by_their_examples() -> None:
    parsed = parse_job_description(
        "# Engineer\n\n## Nice to have\n\n- Familiarity with healthcare data and standards like FHIR and HIPAA\n"
    )
    assert [s.name for s in parsed.skills] == ["Healthcare data", "FHIR", "HIPAA"]
