"""Where a posting names its job when its first line does not: template fields, a table of facts, nested
front matter, a sentence in German or French, "As a ..., you will" (our own postings, round 16 of #18)."""

from __future__ import annotations

from interview_planner.jd.formats import html_to_text
from interview_planner.jd.parser import parse_job_description

REQUIREMENTS = "\n## Requirements\n\n- 3+ years of Python\n- Experience with PostgreSQL\n"


def title_of(text: str) -> str | None:
    return parse_job_description(text).title


def test_a_templates_title_field_gives_the_line_under_it() -> None:
    text = "`title`\n\nData Platform Engineer\n\n`cta`\n\nIf you like pipelines, write to us.\n" + REQUIREMENTS
    assert title_of(text) == "Data Platform Engineer"
    assert title_of("**Job title**\n\nSenior QA Analyst\n" + REQUIREMENTS) == "Senior QA Analyst"


def test_a_title_field_over_a_section_heading_gives_no_title_from_it() -> None:
    # "Title" over a line naming a section: that line is no title
    assert title_of("Title\n\n## Requirements\n\n- 3+ years of Python\n") != "Requirements"


def test_a_table_of_the_jobs_facts_names_it() -> None:
    text = (
        "## Overview\n\n| | |\n|---|---|\n| Job Title | Imaging Software Developer |\n| Job Family | IT |\n"
        + REQUIREMENTS
    )
    assert title_of(text) == "Imaging Software Developer"
    assert title_of("## Overview\n\n- Working title: Lab Systems Programmer\n" + REQUIREMENTS) == (
        "Lab Systems Programmer"
    )


def test_a_nested_title_in_front_matter_is_not_the_pages() -> None:
    text = (
        "---\nimage:\n  src: /img/logo.png\n  title: Acme-Logo\ntitle: Backend Engineer (Go)\n---\n\nWe build maps.\n"
        + REQUIREMENTS
    )
    assert title_of(text) == "Backend Engineer (Go)"
    only_nested = "---\nimage:\n  title: Acme-Logo\ndate: 2024-01-01\n---\n\nWe build maps.\n" + REQUIREMENTS
    assert title_of(only_nested) != "Acme-Logo"


def test_a_german_or_french_sentence_that_seeks_a_job_names_it() -> None:
    german = "---\ntitle: Wir suchen eine*n Backend-Entwickler*in für unser Kartenteam!\n---\n\nText.\n" + REQUIREMENTS
    assert title_of(german) == "Backend-Entwickler*in"
    assert title_of("# Kartenwerk sucht ab sofort eine Datenbank-Administratorin\n" + REQUIREMENTS) == (
        "Datenbank-Administratorin"
    )
    assert title_of("# Atelier Nord cherche : un(e) DevOps Engineer\n" + REQUIREMENTS) == "DevOps Engineer"


def test_a_sentence_is_no_title_the_job_the_reader_will_be_is() -> None:
    page = (
        "<div><p><em>Die Stelle ist ab sofort zu besetzen und auf zwei Jahre befristet.</em></p>"
        "<h2>Über uns</h2><p>Wir bauen offene Kartendienste für Städte.</p>"
        "<p><strong>Als Platform Engineer wirst Du</strong></p><ul><li>unsere Cluster betreiben</li></ul>"
        "<h2>Was Du mitbringst</h2><ul><li>Erfahrung mit Kubernetes</li><li>Kenntnisse in Go</li></ul></div>"
    )
    assert title_of(html_to_text(page)) == "Platform Engineer"
    english = (
        "Our team keeps the lights on for 40 clinics.\n\nAs a Site Reliability Engineer, you will own our on-call.\n"
    )
    assert title_of(english + REQUIREMENTS) == "Site Reliability Engineer"


def test_the_reader_as_part_of_a_team_names_no_job() -> None:
    text = "Welcome to the team.\n\nAs a member of our team, you will ship every week.\n" + REQUIREMENTS
    assert title_of(text) is None or "member" not in title_of(text).casefold()


def test_a_page_saying_it_is_hiring_gives_way_to_the_bold_line_naming_the_job() -> None:
    text = (
        "---\ntitle: 'Kartenwerk is hiring'\ndate: '2024-02-02'\n---\nWe have two open positions.\n\n"
        "**[Oslo office](/offices/oslo): Database administrators**\n\nWe look after maps.\n" + REQUIREMENTS
    )
    assert title_of(text) == "Database administrators"
    # a bold line that names no job leaves the page's own title
    plain = "---\ntitle: 'Kartenwerk is hiring'\n---\n**Oslo office: two openings**\n" + REQUIREMENTS
    assert title_of(plain) == "Kartenwerk is hiring"


def test_a_first_heading_about_the_company_gives_way_to_the_heading_naming_the_job() -> None:
    text = "# What we do\n\nWe build offline-first maps.\n\n# Mobile Engineer\n\nHello.\n" + REQUIREMENTS
    assert title_of(text) == "Mobile Engineer"


def test_how_to_apply_over_the_posting_is_no_title() -> None:
    text = "> write `jobs@kartenwerk.example` to apply\n\n**Full-time job opportunity**\n" + REQUIREMENTS
    assert title_of(text) != "write jobs@kartenwerk.example to apply"
    assert "apply" not in (title_of(text) or "")
