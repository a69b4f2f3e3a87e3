"""Bullets written as several sentences and the paragraphs around them (round 15 of issue #18, from set 5l's tuning
half); our own lines in their shapes."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

ATTRIBUTES = """---
id: careers
title: Careers at Ferrocache
---

We are hiring engineers. New positions are posted here.

## Rust Storage Engineer Position:

We are looking for candidates who are permanent residents of Norway or legally authorized to work in Norway.

The ideal candidate will possess the following attributes:
* Be very comfortable writing in Rust (ideally edition 2021) and be confident in your abilities. We do not ask \
for a number of years. If you think you are up to it, we encourage you to apply.
* You should understand and be able to apply fundamental concurrency concepts to keep the cache fast. Our engine \
is lock-free.
* You will need to work from Norway. We are a Norwegian company.

Do you hack on storage engines for fun? Please share this work in your resume. Active open source contributors \
will be looked at closer than those who are not.
"""


def test_a_bullet_of_sentences_that_ends_by_inviting_applications_still_asks_for_its_skill() -> None:
    result = parse_job_description(ATTRIBUTES, source_name="careers.md")
    assert [(skill.name, skill.kind, skill.priority) for skill in result.skills] == [
        ("Writing in Rust", "hard", "must"),
        ("Fundamental concurrency concepts", "hard", "must"),
        ("Active open source contributors", "hard", "nice"),
    ]


def test_a_sites_page_title_gives_way_to_the_heading_naming_the_job() -> None:
    result = parse_job_description(ATTRIBUTES, source_name="careers.md")
    assert result.title == "Rust Storage Engineer Position"
    # with no heading naming a job, the page's title stays
    plain = ATTRIBUTES.replace("## Rust Storage Engineer Position:", "## What we offer:")
    assert parse_job_description(plain, source_name="careers.md").title == "Careers at Ferrocache"


def test_the_right_to_work_somewhere_is_no_requirement() -> None:
    text = """Backend Engineer

## Requirements
- Legally authorized to work in the United Kingdom
- A valid work permit for Switzerland
- You will need to work from Portugal
- Experience with Elixir
"""
    result = parse_job_description(text, source_name="t")
    assert [skill.name for skill in result.skills] == ["Elixir"]


def test_a_version_in_brackets_is_no_nice_to_have_of_its_own() -> None:
    text = "Backend Engineer\n\n## Requirements\n- Java (ideally version 21)\n- A cloud platform (ideally GCP)\n"
    result = parse_job_description(text, source_name="t")
    assert [(skill.name, skill.priority) for skill in result.skills] == [
        ("Java", "must"),
        ("Cloud platform", "must"),
    ]
