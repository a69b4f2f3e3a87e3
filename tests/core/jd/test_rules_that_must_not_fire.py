"""Where the round-15 rules must not fire: the review's attacks on them (round 15 of issue #18), each on the shape
that broke it; our own postings."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import parse_job_description


def _skills(text: str) -> list[tuple[str, str, str]]:
    return [(skill.name, skill.kind, skill.priority) for skill in parse_job_description(text, source_name="t").skills]


def _names(text: str) -> list[str]:
    return [name for name, _, _ in _skills(text)]


def _title(text: str) -> str | None:
    return parse_job_description(text, source_name="t").title


def test_a_rhetorical_question_asks_for_nothing() -> None:
    text = """# Backend Engineer

Have you ever wondered how parcels find their way every night? Don't you love it when an app just works? Are you \
a design student? We also have internships. Are you a fit for a small team?

## Requirements
- Experience with Go
- Have you shipped a payments API before?
"""
    assert _names(text) == ["Go", "Shipped a payments API"]  # ("before" closes no name)


def test_working_from_designs_is_a_skill_and_a_skill_beside_the_right_to_work_stays() -> None:
    text = """# Support Engineer

## Requirements
- Able to work from Figma designs with little guidance
- Authorized to work in the EU; strong Linux skills
- Permanent residence in Canada and 3+ years of Java
- You will need to work from Canada.
"""
    assert _names(text) == ["Work from Figma designs", "Linux skills", "Java"]


def test_general_requirements_with_what_they_are_stay() -> None:
    text = """# Quality Engineer

## Requirements
- Knowledge of regulatory and general requirements (ISO 13485)
- Meets the general qualifications (a bachelor's degree in computing)
- general requirements (see How to Apply)
"""
    assert _names(text) == ["Regulatory and general requirements", "Meets the general qualifications"]


def test_a_sentence_adverb_before_you_speak_keeps_the_requirement() -> None:
    text = """# Support Engineer

## Who you are
- Experience with SQL

Ideally you speak Dutch as well. We expect that you write clear English.
"""
    assert _skills(text) == [
        ("SQL", "hard", "must"),
        ("Speak Dutch", "soft", "nice"),
        ("We expect", "soft", "must"),
    ]


def test_boilerplate_beside_a_list_invents_nothing() -> None:
    text = """# Backend Engineer

## What we're looking for
- Experience with Go

We sponsor visas and help with relocation. You will have a budget of 2,000 EUR a year for conferences.

Please apply even if you don't tick every box. You should know that we read every application ourselves.

Applications received before 1 March will be given priority. Internal candidates will be given preference.

Acme is an equal opportunity employer. You are valued here for who you are.
"""
    assert _names(text) == ["Go"]


def test_a_reassurance_that_waives_a_skill_is_no_requirement() -> None:
    text = """# Platform Engineer

## Requirements
- Experience with AWS
- No Kubernetes experience? No problem, we will teach you. Apply anyway!
- Not a Terraform expert yet? Don't worry. We encourage you to apply.
"""
    assert _names(text) == ["AWS"]


@pytest.mark.parametrize(
    "line",
    [
        "Experience with Terraform would be helpful in this role",
        "Familiarity with Rust would be beneficial for our embedded work",
        "Knowledge of Kafka is great for this team",
        "A background in finance would be nice but not essential",
    ],
)
def test_a_hedge_followed_by_more_words_still_makes_a_nice_to_have(line: str) -> None:
    assert [priority for _, _, priority in _skills(f"# DevOps Engineer\n\n## Requirements\n- {line}\n")] == ["nice"]


def test_a_soft_phrase_about_a_technology_stays_hard() -> None:
    text = """# ML Engineer

## Requirements
- Dive into complex problems in Kubernetes networking
- Solving real-world problems with PyTorch
"""
    assert [kind for _, kind, _ in _skills(text)] == ["hard", "hard"]


def test_a_task_said_with_a_quality_word_stays_a_duty() -> None:
    text = """# Developer Advocate

## What you'll do
- Good knowledge sharing with our community on Discord
- Strong collaboration skills built through pairing with product teams

## Requirements
- 3+ years as a software engineer
"""
    assert _names(text) == ["Software engineer"]


def test_a_title_is_said_by_the_company_in_one_sentence_and_names_one_job() -> None:
    duty = """Acme builds accounting software for small businesses. Our platform team keeps it fast and reliable.

In this role you will lead six engineers, and you will be hiring Senior Engineers as the team grows.

What we look for
- Experience with Python
"""
    assert _title(duty) is None
    assert _title(
        "About Acme\n\nWe're seeking a Senior Engineer. Apply Now if you like Go.\n\n## Requirements\n- Go\n"
    ) == ("Senior Engineer")
    assert _title(
        "# Jobs\n\nAcme is hiring a Senior Engineer In Berlin To Build Payments.\n\n## Requirements\n- Go\n"
    ) == ("Senior Engineer")


def test_a_sought_title_ending_in_s_is_refused_only_as_a_plural() -> None:
    said = "About Acme\n\nAcme is looking for a Senior DevOps to run our clusters.\n\n## Requirements\n- Go\n"
    assert _title(said) == "Senior DevOps"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Acme - Senior Engineer - Berlin", "Senior Engineer"),
        ("Acme | Senior Backend Engineer | London", "Senior Backend Engineer"),
        ("Posted 3 days ago - Staff Engineer - Acme - Apply", "Staff Engineer"),
        ("Lumen Labs - Senior Software Engineer - Data - Remote (EU)", "Senior Software Engineer - Data"),
    ],
)
def test_a_board_header_keeps_the_jobs_field_not_its_place_or_company(header: str, title: str) -> None:
    assert _title(f"{header}\n\n## Requirements\n- Python\n") == title


def test_a_generic_heads_examples_are_names_not_pronouns() -> None:
    text = """# Platform Engineer

## Requirements
- Experience with systems like ours
- Familiarity with tools such as the ones listed above
- Experience with languages (we use Go and Elixir)
- Experience with tools like Terraform and Ansible
"""
    assert _names(text) == ["Systems", "Tools", "Languages", "Terraform and Ansible"]


def test_a_number_of_years_preferred_is_no_version() -> None:
    text = "# Dev\n\n## Requirements\n- Python, ideally 3.12\n- Go (ideally 5+)\n"
    assert [(name, priority) for name, _, priority in _skills(text)] == [("Python", "must"), ("Go", "nice")]


def test_a_logo_in_the_header_h1_leaves_the_sidebar_title() -> None:
    from interview_planner.jd.formats import html_to_text

    page = (
        "<header class='site-header'><h1 class='site-logo'><a href='/'><img src='/logo.svg' alt=''></a></h1></header>"
        "<div class='sidebar'><h1>Site Reliability Engineer</h1></div>"
        "<div class='content'><h2>Requirements</h2><ul><li>Experience with Prometheus</li></ul></div>"
    )
    assert parse_job_description(html_to_text(page), source_name="p.html").title == "Site Reliability Engineer"


def test_a_call_to_get_in_touch_keeps_the_condition_it_sets() -> None:
    text = """# Rust Engineer

## What we need
- Production experience with Rust

If you have experience with embedded Linux, get in touch with us!

If you have any questions, drop us a line.
"""
    assert _names(text) == ["Rust", "Embedded Linux"]
