"""Round 28 of issue #18: a header's field of the experience asked, a page kept as front matter whose closing
fence is missing and whose sections are a list of titles and contents, and Polish abilities joined by "i"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from interview_planner.jd.parser import parse_job_description


def skills(text: str) -> list[tuple[str, str, str, str]]:
    return [(s.name, s.kind, s.priority, s.source) for s in parse_job_description(text).skills]


HEADER = """# Data Platform Engineer

**Location**: Remote. | **Job Type**: Full-time.

**Salary**: Competitive.
**Equity**: Offered.
**Experience**: 5+ years.

## About us

We run a forecasting service for grocery chains.

## Requirements

- Python and SQL
- Clear written communication
"""


def test_the_experience_field_of_a_header_is_a_requirement() -> None:
    got = skills(HEADER)
    assert ("Work experience", "hard", "must", "**Experience**: 5+ years.") in got
    # the other fields of the header are no requirements
    assert not [s for s in got if "Salary" in s[3] or "Location" in s[3] or "Equity" in s[3]]
    assert [s[0] for s in got if s[3].startswith("- ")] == ["Python", "SQL", "Written communication"]


@pytest.mark.parametrize(
    "field",
    ["Years of experience: 3-5 years", "Experience required: 2+ yrs", "__Experience__: 7 years"],
)
def test_other_ways_of_writing_the_field(field: str) -> None:
    text = f"# QA Engineer\n\n{field}\n\n## Requirements\n\n- Playwright\n"
    assert [s[0] for s in skills(text)] == ["Work experience", "Playwright"]


@pytest.mark.parametrize(
    "line",
    [
        "Experience: Our customers love the experience of ordering",  # no years: no field of the experience asked
        "Salary: 4,000 EUR",
        "The experience: 3 rooms and a garden",  # (not at the start of the field)
    ],
)
def test_a_field_that_asks_no_years_of_experience_is_no_requirement(line: str) -> None:
    text = f"# QA Engineer\n\n{line}\n\n## Requirements\n\n- Playwright\n"
    assert [s[0] for s in skills(text)] == ["Playwright"]


# a page of a static site that keeps its postings in its front matter, as a list of sections, and whose closing
# "---" was never written (YAML needs none at the end of a file)
FRONT_MATTER = """---
title: "Careers"
layout: "careers"
url: "careers"

intro:
  title: "Work with us"
  content: |
    We build firmware for industrial sensors and publish most of it as open source.

openings:
  jobs:
  - title: "Firmware **Engineer**"
    description:
    - title: "Requirements:"
      content: |
        *   Good knowledge of C and Rust
        *   Experience with microcontrollers (STM32, nRF52)
        *   Clear written communication in English
    - title: "What we offer:"
      content: |
        *   Flexible hours
        *   A yearly conference budget
    - title: "Nice to have:"
      content: |
        *   Knowledge of Zephyr RTOS
"""


def test_sections_kept_as_titles_and_contents_in_an_unclosed_front_matter() -> None:
    got = skills(FRONT_MATTER)
    assert [(name, priority) for name, _, priority, _ in got] == [
        ("C", "must"),
        ("Rust", "must"),
        ("Microcontrollers", "must"),
        ("Written communication in English", "must"),
        ("Zephyr RTOS", "nice"),
    ]


def test_a_careers_page_title_gives_way_to_the_title_of_the_job_it_lists() -> None:
    assert parse_job_description(FRONT_MATTER).title == "Firmware Engineer"
    # a page titled by its job keeps that title
    titled = FRONT_MATTER.replace('title: "Careers"', 'title: "Firmware developer wanted"', 1)
    assert parse_job_description(titled).title == "Firmware developer wanted"


def test_a_closed_front_matter_of_metadata_stays_metadata() -> None:
    text = "---\ntitle: Backend Engineer\ntags:\n  - jobs\n---\n\n## Requirements\n\n- Go\n- Kafka\n"
    result = parse_job_description(text)
    assert result.title == "Backend Engineer"
    assert [s.name for s in result.skills] == ["Go", "Kafka"]


def test_a_rule_under_a_title_is_no_front_matter() -> None:
    # a "---" that opens a text whose next lines are no metadata: a rule, the posting below it read as ever
    text = "---\n# Backend Engineer\n\n## Requirements\n\n- Go\n- Kafka\n"
    assert [s[0] for s in skills(text)] == ["Go", "Kafka"]


def test_polish_abilities_joined_by_i_are_two_soft_requirements() -> None:
    text = (
        "# Programista\n\n## Wymagania\n\n"
        "- Bardzo dobre zdolności organizacyjne i umiejętność nauki nowych narzędzi\n"
        "- Dobra znajomość języka Python\n"
    )
    got = skills(text)
    assert [kind for _, kind, _, _ in got] == ["soft", "soft", "hard"]
    assert len({source for *_, source in got[:2]}) == 1  # (two requirements of one line)


def test_a_heading_over_what_the_reader_would_be_up_for_is_duties() -> None:
    text = """# Developer Advocate

## If you have:

- solid Python and SQL skills
- fluent English

## And if you're up to:

- be writing articles about our database
- be speaking at meetups twice a month
"""
    assert [s[0] for s in skills(text)] == ["Python", "SQL", "Fluent English"]


def test_words_in_brackets_do_not_make_a_technology_soft() -> None:
    (c,) = skills(
        "# Engineer\n\n## Requirements\n\n- any experience with C/C++ (most team members are C/C++ developers)\n"
    )
    assert (c[0], c[1]) == ("C/C++", "hard")


def test_where_the_reader_lives_is_no_requirement() -> None:
    text = (
        "# Frontend Engineer\n\n## About you\n\n- 5+ years with React and TypeScript\n"
        "- You are based in the Lisbon area and ready for two office days a week\n"
    )
    assert [s[0] for s in skills(text)] == ["React", "TypeScript"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a second count of years said with "with": a second requirement
        ("- 5+ years of backend development, with 2+ years in Elixir", ["Backend development", "Elixir"]),
        # where the experience was had says nothing of what it was with
        ("- production experience with ClickHouse", ["ClickHouse"]),
        ("- some usage experience with Aerospike", ["Aerospike"]),
        ("- Production experience", ["Production experience"]),
    ],
)
def test_names_of_experience_said_with_where_and_how_long(line: str, names: list[str]) -> None:
    assert [s[0] for s in skills(f"# Engineer\n\n## Requirements\n\n{line}\n")] == names


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Hands-on experience with Tarantool or Aerospike", "databases-caching"),
        ("Bardzo dobre zdolności organizacyjne", "time-priority-management"),
    ],
)
def test_more_links(link_of: Callable[..., Any], line: str, slug: str) -> None:
    kind = "soft" if "zdolności" in line else "hard"
    assert link_of(line, kind).slug == slug


ROLE = """# Platform Engineering Lead

## About the role

Acme is seeking an engineering lead for its platform team. We're looking for a Staff Engineer to join us in Porto.
We need a leader who balances hands-on coding with steady planning. You would be a great fit if you are a patient
mentor who enjoys reviewing code. The team ships every day.

## What you will do

- Run the planning of the platform team

## Requirements

- 8+ years with Go or Java
"""


def test_the_person_sought_pictured_in_the_role_description_is_a_requirement() -> None:
    got = {s[0]: s for s in skills(ROLE)}
    sources = [s[3] for s in got.values()]
    assert any(src.startswith("We need a leader who balances") for src in sources)
    assert any(src.startswith("You would be a great fit if you are a patient mentor") for src in sources)
    # named by what is sought, not by the words that picture the person
    assert "Patient mentor who enjoys reviewing code" in got or "Mentor who enjoys reviewing code" in got
    # the role announced, the team described: no requirements
    assert not [src for src in sources if "Staff Engineer to join" in src or "ships every day" in src]


def test_a_bold_labelled_bullet_said_in_sentences_asks_each_of_them() -> None:
    text = """# Engineering Manager

## About you

- **Technical foundation:** You are a senior engineer with a strong background in Kotlin. You are comfortable \
reading PostgreSQL query plans and Terraform modules.
- **Remote work:** You are organised and calm under pressure. We work across four time zones.
"""
    got = skills(text)
    # the first bullet's second sentence: a requirement of its own, named by its words, its source the bullet's line
    assert got[1][0] == "Reading PostgreSQL query plans"
    assert got[1][3] == got[0][3]
    # a later sentence about the team, not the reader: no requirement of its own
    assert len(got) == 3  # the two bullets, and the first one's second sentence


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # two nouns, each with its own preposition, share what follows them: named by that
        ("- interest in and eagerness to build low-latency trading systems", "Build low-latency trading systems"),
        ("- understanding of and interest in compilers", "Compilers"),
        ("- knowledge of and experience with Kafka", "Kafka"),
    ],
)
def test_names_of_two_nouns_sharing_what_follows(line: str, name: str) -> None:
    assert skills(f"# Engineer\n\n## Requirements\n\n{line}\n")[0][0] == name


def test_a_liking_for_the_job_itself_said_to_invite_is_no_requirement() -> None:
    text = """# Backend Engineer

## Careers

We are always seeking new team members that are excited about this mission.

## Requirements

- Go
- Kafka

If you are excited about the opportunity to shape the future of logistics, we want to hear from you.
If you are excited about Rust, tell us about it.
"""
    assert [s[0] for s in skills(text)] == ["Go", "Kafka", "Excited about Rust"]


@pytest.mark.parametrize("line", ["- Good knowledge of C", "- C, Rust or Zig", "- Dobra znajomość C"])
def test_c_alone_is_the_language(parsed_links: Callable[..., Any], line: str) -> None:
    assert parsed_links(line)[0] == ("hard", "programming-proficiency")


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # a series of names whose last is labelled a wish: each a requirement, the last nice
        (
            "- AWS; GCP; Terraform; Nice to have: Pulumi",
            [("AWS", "must"), ("GCP", "must"), ("Terraform", "must"), ("Pulumi", "nice")],
        ),
        ("- Python; Go; Bonus: Rust", [("Python", "must"), ("Go", "must"), ("Rust", "nice")]),
        # "Big O" keeps its letter
        ("- Algorithms and Big O", [("Algorithms", "must"), ("Big O", "must")]),
        # a generic head named by its examples
        ("- Knowledge of directly related regulations such as GDPR", [("GDPR", "must")]),
        ("- Certifications such as CKA or CKAD", [("CKA or CKAD", "must")]),
    ],
)
def test_series_with_a_wish_and_big_o(line: str, wanted: list[tuple[str, str]]) -> None:
    assert [(s[0], s[2]) for s in skills(f"# Engineer\n\n## Requirements\n\n{line}\n")] == wanted


# --- what the round's review found (each read right before the round, wrong in its first version) -----------------


def test_a_posting_under_a_rule_with_capitalised_fields_is_no_front_matter() -> None:
    text = "---\nPosition: Java Developer\nLocation: Krakow\nContract: B2B\n\nRequirements:\n- Java\n- Spring\n"
    assert [s[0] for s in skills(text)] == ["Java", "Spring"]


def test_records_named_in_a_front_matter_list_are_their_names() -> None:
    text = """---
title: Senior Go Engineer
summary: Acme builds the payment rails used by a thousand small shops across Europe and is growing its team.
requirements:
  - name: Go
    level: expert
  - name: PostgreSQL
    level: good
nice_to_have:
  - name: Kafka
---
"""
    assert [(s[0], s[2]) for s in skills(text)] == [("Go", "must"), ("PostgreSQL", "must"), ("Kafka", "nice")]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("- You are based in Europe and have strong experience with Kubernetes", "containers-kubernetes"),
        ("- You are located within driving distance of Austin and know React well", "frontend-engineering"),
    ],
)
def test_where_the_reader_lives_keeps_the_skill_asked_beside_it(
    parsed_links: Callable[..., Any], line: str, wanted: str
) -> None:
    assert [slug for _, slug in parsed_links(line)] == [wanted]


def test_only_a_field_of_the_years_of_experience_alone_is_read() -> None:
    text = """# Data Engineer

Our experience: 12 years of uptime.
Customer experience: 5 years of NPS data.
Experience: 2-3 years preferred
EXPERIENCE: 5+ YEARS

## Requirements

- SQL
"""
    got = [(s[0], s[2], s[3]) for s in skills(text) if s[0].startswith("Work experience")]
    assert got == [
        ("Work experience", "nice", "Experience: 2-3 years preferred"),
        ("Work experience (2)", "must", "EXPERIENCE: 5+ YEARS"),
    ]


def test_the_terms_of_the_job_are_no_person_sought() -> None:
    text = """# Backend Engineer

## About the role

You will own the billing service. We're looking for someone who is ready to start in March.
We need someone who can start immediately. We are seeking an individual who will report to the CTO.
You'd be a good match if you are available for a 6-month contract.

## Requirements

- 5+ years with Go
"""
    assert [s[0] for s in skills(text)] == ["Go"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("- Familiarity with Terraform, with 1-2 years of hands-on use", ["Terraform, with 1-2 years"]),
        ("- A track record in fintech, with at least 2 years at a startup", ["Fintech"]),
        ("- Commercial experience in a similar role", ["Commercial experience"]),
        ("- Usage experience with our product", ["Usage"]),
    ],
)
def test_what_the_years_and_the_adjectives_leave_alone(line: str, names: list[str]) -> None:
    assert [s[0] for s in skills(f"# Engineer\n\n## Requirements\n\n{line}\n")] == names


def test_later_sentences_of_a_bold_labelled_bullet_that_waive_teach_or_repeat() -> None:
    text = """# Engineering Manager

## About you

- **Infrastructure:** You have run production systems. Experience with Terraform isn't required, we will teach you.
- **Streaming:** You understand event-driven design. Knowledge of our Kafka setup comes with onboarding.
- **Backend:** You are an experienced developer. Knowledge of Go is a plus.
"""
    got = skills(text)
    assert [s[0] for s in got] == ["Infrastructure", "Streaming", "Backend", "Go"]
    assert got[-1][2] == "nice"


# --- what the second review found ----------------------------------------------------------------------------------


def test_a_job_titled_like_a_careers_page_keeps_its_title() -> None:
    text = "---\ntitle: Career Coach\nrelated_jobs:\n  - title: Data Engineer\n---\n\n## Requirements\n\n- Coaching\n"
    assert parse_job_description(text).title == "Career Coach"


@pytest.mark.parametrize(
    "line",
    [
        "- If you're passionate about our mission and have 5+ years of Go experience, we want to hear from you",
        "- If you are excited about the opportunity to work with Rust and Kafka every day, apply",
        "- If you are excited about the chance to mentor junior engineers",
    ],
)
def test_an_invitation_that_names_a_skill_is_still_read(line: str) -> None:
    assert skills(f"# Engineer\n\n## Requirements\n\n{line}\n")


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("- Driving licence category B or C", None),
        ("- Grades A, B or C in GCSE Maths", None),
        ("- Knowledge of C", "programming-proficiency"),
    ],
)
def test_c_of_a_grade_or_a_class_is_no_language(parsed_links: Callable[..., Any], line: str, slug: str | None) -> None:
    assert parsed_links(line)[-1][1] == slug


def test_later_sentences_that_name_the_company_on_the_way_still_ask() -> None:
    text = """# Engineer

## About you

- **Infrastructure:** You have run production systems. You know Terraform well, since all our infrastructure is code.
- **Backend:** You are an experienced developer. Deep knowledge of Go is required for our core services.
"""
    names = [s[0] for s in skills(text)]
    assert names == ["Infrastructure", "Terraform well", "Backend", "Go"]


def test_a_verb_that_starts_a_skill_is_no_term_of_the_job() -> None:
    text = """# Engineer

## About the role

We need someone who can start building our data platform in Go from day one. We need someone who can start in March.

## Requirements

- Kafka
"""
    got = skills(text)
    assert got[0][3].startswith("We need someone who can start building")
    assert len(got) == 2


@pytest.mark.parametrize(
    "header",
    [
        "**Location:** Remote · **Experience:** 5+ years · **Type:** Full-time",
        "**Experience:** 5+ years **Level:** Senior",
        "Location: Remote, Experience: 5+ years, Contract: B2B",
        "Experience: 5+ years\tLocation: Remote",
    ],
)
def test_the_experience_field_among_other_fields(header: str) -> None:
    assert [s[0] for s in skills(f"# Engineer\n\n{header}\n\n## Requirements\n\n- Django\n")] == [
        "Work experience",
        "Django",
    ]


def test_the_experience_field_in_a_description_of_the_role() -> None:
    text = (
        "# Engineer\n\n## About the role\n\nYou will own our deployment pipeline.\nExperience: 4+ years\n\n"
        "## Requirements\n\n- Go\n"
    )
    assert [s[0] for s in skills(text)] == ["Work experience", "Go"]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("- Docker; Kubernetes; Plus: Helm", [("Docker", "must"), ("Kubernetes", "must"), ("Helm", "nice")]),
        ("- Go; Nice to have: Celery; Redis", [("Go", "must"), ("Celery", "nice"), ("Redis", "nice")]),
    ],
)
def test_a_wish_label_in_a_series_holds_for_the_names_after_it(line: str, wanted: list[tuple[str, str]]) -> None:
    assert [(s[0], s[2]) for s in skills(f"# Engineer\n\n## Requirements\n\n{line}\n")] == wanted


def test_a_heading_keeps_a_hash_that_is_part_of_its_word() -> None:
    result = parse_job_description("# Backend Engineer\n\n## Requirements ##\n\n- Go\n\n## C#\n\nWe use it daily.\n")
    assert [section.heading for section in result.sections][1:] == ["Requirements", "C#"]
