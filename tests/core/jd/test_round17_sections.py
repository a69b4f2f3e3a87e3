"""Sections named in ways earlier rounds did not read (our own postings, round 17 of #18): Chinese headings inside a
run of characters, a US federal posting's "Specialized experience for GS-11"."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

CHINESE = """# 社会招聘

## 后端开发工程师

数据平台组岗位职责描述

- 负责数据平台接口的开发与维护

我们需要什么样的人

1. 熟悉Go或Java；
2. 熟悉PostgreSQL数据库。

我们眼中的加分项

1. 有Kubernetes运维经验；

加入我们能得到什么

1. 有竞争力的薪酬。
"""


def test_chinese_headings_inside_a_run_of_characters_name_their_sections() -> None:
    parsed = parse_job_description(CHINESE)
    assert parsed.title == "后端开发工程师"  # not the page's "社会招聘" (job openings)
    assert [(s.source.split(" ", 1)[-1], s.priority) for s in parsed.skills] == [
        ("熟悉Go或Java；", "must"),
        ("熟悉PostgreSQL数据库。", "must"),
        ("有Kubernetes运维经验；", "nice"),
    ]  # the duties and what the company offers are none of them
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["加入我们能得到什么"] == "benefits"


FEDERAL = """# IT Specialist (Application Software)

Our team builds the forms veterans use to apply for benefits.

## Duties

- Build and maintain web applications

## Specialized experience for GS-11

Must have one year of specialized experience equivalent to the GS-9 grade level. This includes experience:

- Developing web applications in Python or Ruby
- Writing automated tests for web applications

## Specialized Experience (GS-12)

- Leading the design of a web service used by the public
"""


def test_a_federal_postings_specialized_experience_for_each_grade_is_what_it_asks_for() -> None:
    parsed = parse_job_description(FEDERAL)
    assert [s.source.lstrip("- ") for s in parsed.skills] == [
        "Developing web applications in Python or Ruby",
        "Writing automated tests for web applications",
        "Leading the design of a web service used by the public",
    ]


def test_perks_listed_without_a_heading_are_no_requirements() -> None:
    # a forum post: the company's name says "Technologies", so the list under its title reads as its stack
    text = (
        "# Quarry Technologies - Senior Go Engineer - REMOTE\n\n"
        "We are a small consultancy building payment backends.\n\n"
        "- Remote first: Work from anywhere.\n- Flexible Hours: Set your own schedule.\n"
        "- Learning budget of 1000 EUR a year\n- 30 days of paid vacation\n- Go\n- PostgreSQL\n"
    )
    parsed = parse_job_description(text)
    assert [s.name for s in parsed.skills] == ["Go", "PostgreSQL"]
