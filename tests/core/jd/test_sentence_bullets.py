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


def test_what_the_job_is_like_good_and_bad_is_no_requirement() -> None:
    text = """Frontend Engineer

### The best parts of this job
- **You'll be part of a friendly community** of developers.

### The worst parts of this job
- **Shifting context.** You will have to switch features before the current one is done.
- **We have a large codebase.** You may get lost in it at times.

## Who we're looking for
We're looking for someone with experience in build tooling. More important than specific technical skills, though, \
is that you're a strong problem solver who loves to learn. Details matter to you.

### Required
- **Ability to dive into complex problems**.
- **Avoid monolithic deliverables**. You scope your work into milestones.
"""
    skills = [(skill.name, skill.kind) for skill in parse_job_description(text, source_name="t").skills]
    assert skills == [
        ("Build tooling", "hard"),
        ("Problem solver who loves to learn", "soft"),
        ("Details matter to you", "soft"),
        ("Dive into complex problems", "soft"),
        ("Avoid monolithic deliverables", "soft"),
    ]


def test_a_hiring_label_and_a_duty_that_is_great_for_others() -> None:
    text = """---
title: 'Hiring: Open Source Engineer (TypeScript)'
---
We're looking for an engineer to help us build our editor. You'll work on core features as well as helping ensure \
the project is great for contributors.

* This is a remote role.

### Job Requirements
* Strong with TypeScript.
* A talent for writing docs is great.
"""
    result = parse_job_description(text, source_name="t")
    assert result.title == "Open Source Engineer (TypeScript)"
    assert [(skill.name, skill.priority) for skill in result.skills] == [
        ("TypeScript", "must"),
        ("Talent for writing docs", "nice"),
    ]


def test_a_lead_in_with_a_remark_in_brackets_leads_its_list() -> None:
    text = """## Join Us
We are hiring people (full-time or interns) with the following skills:

* Solid Rust skills (required)
* Heterogeneous computing (NEON, CUDA)
* Model compression and quantization
"""
    names = [skill.name for skill in parse_job_description(text, source_name="t").skills]
    assert names == ["Rust skills", "Heterogeneous computing", "Model compression and quantization"]


def test_where_and_when_the_work_is_done_is_no_requirement_but_working_well_remotely_is() -> None:
    text = """Data Architect

## Requirements
- Ability to work remotely 80% of the time
- Willingness to work on-site in our Lisbon office
- Comfortable working remotely.
- If remote, you should be willing to work hours that overlap substantially with Central European time.
- Able to work remotely with a distributed team
- Must possess proficiency in the above stack or most of it.
- Experience with dbt
"""
    names = [skill.name for skill in parse_job_description(text, source_name="t").skills]
    assert names == ["Work remotely with a distributed team", "dbt"]


def test_the_applications_own_privacy_questions_and_interviews_are_no_requirements() -> None:
    text = """Android Engineer

## Requirements
- Kotlin
- All documents and information provided by you are stored with our applicant tracking system.
- If you are not sure, but it piqued your interest, we are here to answer all your questions.
- Par précaution, toutes les entrevues de cette année seront menées par vidéo.
"""
    assert [skill.name for skill in parse_job_description(text, source_name="t").skills] == ["Kotlin"]
