"""Postings kept as a website's source files, and requirement lists whose lead-in is a requirement (issue #18).

Failure types found when the team's second labelled set became tuning data: static-site Markdown (front
matter, template tags, HTML written into the Markdown), a requirements section cut short by a lead-in line
read as an "Experience" heading, reading lists under a requirement, Spanish section words and how-to-apply
sentences. Each test is a short posting of our own writing.
"""

from __future__ import annotations

import pytest

from interview_planner.jd.markup import strip_site_markup
from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import parse_job_description, split_lines


def sources(parsed: ParsedJobDescription) -> list[str]:
    return [s.source for s in parsed.skills]


def found(parsed: ParsedJobDescription, words: str) -> bool:
    return any(words in s for s in sources(parsed))


JEKYLL_POST = """---
layout: post
author: Dana Whitfield
title: 'Hiring: Site Reliability Engineer (remote)'
tags:
- jobs
- sre
date: 2021-09-02
---

<img src="/img/banner.jpg" alt="racks of servers" /><br>Photo by <a href="https://photos.example/p/1">Sam Ortiz</a>

[//]: # (banner licence: free to use with credit)

{% include hiring-banner.html %}

Quarry Labs runs hosting for about two hundred small museums.

### What you bring:

- Running Postgres in production
- Prometheus and Grafana dashboards
"""


def test_front_matter_gives_the_title_and_no_skills() -> None:
    parsed = parse_job_description(JEKYLL_POST)
    assert parsed.title == "Site Reliability Engineer (remote)"  # the blog post's "Hiring: " is no part of it
    assert sources(parsed) == ["- Running Postgres in production", "- Prometheus and Grafana dashboards"]
    # a requirement still points at its line in the file as the user sees it
    first = JEKYLL_POST.splitlines().index("- Running Postgres in production") + 1
    assert [s.line for s in parsed.skills] == [first, first + 1]
    assert parsed.line_count == len(JEKYLL_POST.splitlines())


def test_toml_front_matter_and_template_tags_are_removed() -> None:
    text = (
        '+++\ntitle = "Backend Developer"\ndraft = false\n+++\n\n{{< video id="x1" >}}\n\n'
        "<!-- the old list, kept for later:\n- COBOL\n-->\n\n## Requirements\n\n- Go services\n- gRPC APIs\n"
    )
    parsed = parse_job_description(text)
    assert parsed.title == "Backend Developer"
    assert sources(parsed) == ["- Go services", "- gRPC APIs"]


def test_a_rule_at_the_top_is_not_front_matter() -> None:
    lines = split_lines("---\n\n# Data Engineer\n\n---\n\n## Requirements\n\n- Airflow\n")
    assert strip_site_markup(lines) == lines


def test_html_inside_markdown_keeps_its_text_and_structure() -> None:
    lines = strip_site_markup(
        [
            '<img src="team.png" alt="our team at the summer meetup">',
            "<h2>Requirements</h2>",
            "<li>Strong <b>Rust</b> skills</li>",
            'Read <a href="https://x.example">our handbook</a>.',
        ]
    )
    assert lines == ["", "## Requirements", "- Strong Rust skills", "Read our handbook ."]


def test_a_requirement_lead_in_inside_requirements_keeps_the_section_and_counts() -> None:
    parsed = parse_job_description(
        "# Infrastructure Engineer\n\n### What you bring:\n\n"
        "Solid experience with Linux administration:\n\n- Networking\n- Mail servers and DNS\n\n"
        "And just as important:\n\n- Clear written communication\n\n### What we offer:\n\n- A yearly bonus\n"
    )
    assert found(parsed, "Linux administration")
    for words in ("Networking", "Mail servers", "Clear written communication"):
        assert found(parsed, words), words
    assert not found(parsed, "bonus")


@pytest.mark.parametrize("label", ["Experience:", "Experience with the following:"])
def test_an_experience_label_inside_requirements_does_not_end_them(label: str) -> None:
    parsed = parse_job_description(
        f"# Platform Engineer\n\n## Requirements\n\n- Terraform modules\n\n{label}\n\n- Five years of Go\n- Kafka\n"
    )
    assert sources(parsed) == ["- Terraform modules", "- Five years of Go", "- Kafka"]  # the label is no skill


def test_a_reading_list_under_a_requirement_is_not_one() -> None:
    parsed = parse_job_description(
        "# Smalltalk Developer\n\n## Requirements\n\n- Pharo Smalltalk. Our posts on it:\n"
        "  - [How we moved our billing to Pharo, part 1](https://blog.example/pharo-1)\n"
        "  - [How we moved our billing to Pharo, part 2](https://blog.example/pharo-2)\n"
        "- [GraphQL](https://graphql.example/)\n"
    )
    assert not found(parsed, "billing")
    assert found(parsed, "[GraphQL]")  # a link named by the technology is the technology


def test_spanish_knowledge_headings_and_we_will_value_lists() -> None:
    parsed = parse_job_description(
        "# Desarrolladora backend\n\n### Actitudes y conocimientos deseados\n\n- Trabajo en equipo\n\n"
        "En cuanto a conocimientos concretos:\n\n- Diseño orientado a objetos\n- Bases de datos SQL\n\n"
        "Adicionalmente, valoraremos experiencia con:\n\n- Contenedores Docker\n"
    )
    priority = {s.source: s.priority for s in parsed.skills}
    assert priority == {
        "- Trabajo en equipo": "must",
        "- Diseño orientado a objetos": "must",
        "- Bases de datos SQL": "must",
        "- Contenedores Docker": "nice",
    }


def test_how_to_get_in_touch_and_where_to_live_are_no_requirements() -> None:
    parsed = parse_job_description(
        "# Desarrollador web\n\n## Requisitos\n\n- Ruby on Rails\n- Residencia en Sevilla\n\n"
        "Si estás interesado en el puesto escríbenos a empleo@ejemplo.es contándonos algo sobre ti. "
        "Puedes añadir cualquier enlace que te parezca útil.\n"
    )
    assert sources(parsed) == ["- Ruby on Rails"]


def test_a_requirement_stated_as_the_condition_to_apply_is_found() -> None:
    parsed = parse_job_description(
        "# Developer\n\n## Requirements\n\n- Go services\n\n## Apply now!\n\n"
        "If you have solid skills in Elixir send us an email with your CV. Tell us about yourself.\n\n"
        "## Bewerbung\n\nWenn du Erfahrung mit Kubernetes hast, bewirb dich bei uns.\n\n"
        "## How to apply\n\nIf you are interested, send us your CV.\n"
    )
    names = {s.name for s in parsed.skills}
    assert {"Elixir", "Kubernetes"} <= names
    assert not found(parsed, "interested") and not found(parsed, "Tell us")


@pytest.mark.parametrize(
    "sentence",
    [
        "If you have any questions, contact us at jobs@example.com.",
        "If you have questions about the role, email jobs@example.com.",
        "If you have what it takes, apply now!",
        "If you have the skills we need, apply.",
    ],
)
def test_a_condition_to_apply_that_names_no_skill_is_no_requirement(sentence: str) -> None:
    text = f"# Developer\n\n## Requirements\n\n- Go services\n\n## How to apply\n\n{sentence}\n"
    parsed = parse_job_description(text)
    assert sources(parsed) == ["- Go services"]


def test_an_html_page_with_front_matter_gives_its_title_and_no_metadata_skills(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.jd.formats import read_posting

    page = tmp_path / "job.html"
    page.write_text(
        '---\nlayout: page\nauthors: ["Sam Example"]\ntitle: "Data Engineer at the Example Lab"\n'
        'tags: ["Jobs"]\n---\n<h2>Requirements</h2>\n<ul><li>Experience with Python and SQL</li>'
        "<li>Clear written communication</li></ul>\n",
        encoding="utf-8",
    )
    result = parse_job_description(read_posting(page))
    assert result.title == "Data Engineer at the Example Lab"
    assert [s.name for s in result.skills] == ["Python", "SQL", "Written communication"]


POSTING_IN_FRONT_MATTER = """---
title: "Senior Data Engineer"
layout: job
closes: 2026-02-01
# Fill in the sections below; leave the rest of the template alone.
summary: "We are hiring a data engineer to build the pipelines behind our public dashboards."
key_objectives:
  - Build and run the nightly loads into the warehouse
  - Keep the dashboards' data fresh and documented
qualifications: |
  Applicants must have:

  - Five years of experience with Python and SQL
  - Experience with Airflow or a similar scheduler
  - Strong written communication skills
preferred: >
  Experience with dbt is a plus.
tags: [data, python]
---
{% include job.html %}
"""


def test_a_posting_kept_in_its_front_matter_is_read_from_it() -> None:
    parsed = parse_job_description(POSTING_IN_FRONT_MATTER)
    assert parsed.title == "Senior Data Engineer"
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("Python", "must"),
        ("SQL", "must"),
        ("Airflow or a similar scheduler", "must"),
        ("Written communication skills", "must"),
        ("dbt", "nice"),
    ]
    assert parsed.responsibilities == [
        "Build and run the nightly loads into the warehouse",
        "Keep the dashboards' data fresh and documented",
    ]
    # each requirement points at its line in the file
    assert [s.line for s in parsed.skills][:2] == [13, 13]


def test_a_long_front_matter_is_metadata_when_the_page_below_says_more() -> None:
    tags = "".join(f"  - tag{i}\n" for i in range(120))  # longer than metadata used to be looked for
    text = (
        "---\ntitle: Backend engineer\nsummary: We want someone who knows Haskell and Erlang very well.\n"
        f"tags:\n{tags}---\n\n## Requirements\n\n- Experience with Go and PostgreSQL in production\n"
        "- Clear written communication with colleagues in other time zones\n"
    )
    parsed = parse_job_description(text)
    assert parsed.title == "Backend engineer"
    assert not found(parsed, "Haskell") and not found(parsed, "tag1")
    assert found(parsed, "Go and PostgreSQL")


def test_a_rule_and_a_label_line_over_the_posting_are_not_front_matter() -> None:
    text = (
        "---\nLocation: Berlin\n\nWe build tools for farmers and need a backend engineer.\n\n"
        "## Requirements\n\n- Experience with Go and PostgreSQL in production\n\n---\n\n## About us\n\n"
        + "We are a cooperative of farmers and engineers based in Berlin and Leipzig. " * 4
        + "\n\nApply by email.\n"
    )
    parsed = parse_job_description(text)
    assert found(parsed, "Go and PostgreSQL")


def test_a_crafted_front_matter_line_of_spaces_is_read_in_one_pass() -> None:
    # "key: a<100,000 spaces>b": the value patterns once ended in ".*?\s*$", which took seconds on such a line
    spaces = " " * 100_000
    lines = strip_site_markup(["---", f"title: Platform engineer{spaces}", f"summary: a{spaces}b", "---", "Body"])
    assert lines[1] == "Title: Platform engineer"
    assert lines[2] == ""  # a two-word value of a page with a body: metadata


def test_toml_front_matter_stays_metadata_however_short_the_page() -> None:
    lines = ["+++", 'title = "Engineer"', "date = 2020-01-01T00:00:00 with more words here", "+++", "{{< job >}}"]
    assert strip_site_markup(lines) == ["", "Title: Engineer", "", "", ""]
