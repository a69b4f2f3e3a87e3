"""A posting saved as JSON (a job board's record, a fragment of a search index's answer, schema.org's JobPosting),
a paragraph right under a short list item, and Nordic "who we look for" openings (round 21 of #18; our own
records, in the shapes job boards hand out)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_planner.jd.formats import read_posting
from interview_planner.jd.jsondoc import json_as_text
from interview_planner.jd.parser import parse_job_description, short_name

_AD = (
    "\n            Vi söker en backendutvecklare till vårt team i Umeå.\n\n"
    "            Krav:\n\n"
    "            * Erfarenhet av Kotlin under minst 3 år\n"
    "            * Goda kunskaper i PostgreSQL\n\n"
    "            Meriterande:\n"
    "            * Oracle\n"
    "            Vi har funnits sedan 1998 och är idag ett av norra Sveriges största konsultbolag med kontor i"
    " tre städer.\n"
)
_HIT = {
    "_index": "ads",
    "_id": "991",
    "_source": {
        "id": 991,
        "rubrik": "Backendutvecklare",
        "sista_ansokningsdatum": "2026-12-31T23:59:59",
        "beskrivning": {"annonstext": _AD},
        "arbetsgivare": {"namn": "Norrkod AB", "telefonnummer": "090123456"},
        "keywords": {"skill": ["kotlin", "postgresql", "oracle"], "location": ["umeå"]},
    },
}


def test_a_fragment_of_a_job_board_s_answer_reads_as_its_posting(tmp_path: Path) -> None:
    # copied out of a larger answer: the record, then the comma before the next hit
    path = tmp_path / "annons.json"
    path.write_text(json.dumps(_HIT, indent=2, ensure_ascii=False) + ",\n", encoding="utf-8")
    parsed = parse_job_description(read_posting(path))
    assert parsed.title == "Backendutvecklare"
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("Kotlin", "must"),
        ("PostgreSQL", "must"),
        ("Oracle", "nice"),  # (not run into the paragraph under it)
    ]
    # the index's keyword lists repeat the text: not read when the record has text
    assert "Location" not in read_posting(path)


def test_a_schema_org_job_posting_reads_its_html_description() -> None:
    record = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Data Engineer",
        "datePosted": "2026-11-02",
        "description": "<p>We move data for hospitals.</p><h3>Requirements</h3><ul><li>Experience with Airflow</li>"
        "<li>Strong SQL</li></ul>",
        "hiringOrganization": {"@type": "Organization", "name": "Wardline"},
    }
    text = json.dumps(record)
    parsed = parse_job_description(text)  # pasted into the app
    assert parsed.title == "Data Engineer"
    assert [s.name for s in parsed.skills] == ["Airflow", "SQL"]


def test_a_structured_record_without_text_reads_its_named_lists() -> None:
    record = {"title": "QA Engineer", "requirements": ["Playwright", "Test planning"], "id": "x1"}
    assert json_as_text(json.dumps(record)) == "# QA Engineer\n\n## Requirements\n\n- Playwright\n- Test planning"


@pytest.mark.parametrize(
    "text",
    ["[In English](/en/jobs/1)\n\n# Utvikler\n", '{"a": 1}', "[1, 2, 3]", "{not json", "[" * 100_000, '{"a":' * 50_000],
)
def test_text_that_is_no_json_record_of_a_posting_is_left_to_the_other_readers(text: str) -> None:
    assert json_as_text(text) is None


def test_a_long_item_wrapped_onto_a_line_in_capitals_stays_one_item() -> None:
    text = (
        "# Dev\n\n## Requirements\n\n- Experience running PostgreSQL in production with\n"
        "Patroni, PgBouncer and streaming replication across three data centres we own\n"
    )
    assert len(parse_job_description(text).skills) == 1


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Vi letar efter dig som har minst 2 års erfarenhet av systemutveckling inom Java som ska ingå i vårt team.",
            "Systemutveckling inom Java",
        ),
        ("Vi søger en udvikler der kan Python", "Python"),
        ("Erfarenhet av Java EE under minst 2 år", "Java EE"),
        ("Hands-on experience in QA for 2+ years", "QA"),
    ],
)
def test_who_is_sought_and_for_how_long_are_no_part_of_the_name(line: str, name: str) -> None:
    assert short_name(line) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi söker en backendutvecklare till vårt team i Umeå.",
        "Vi søker en backend-utvikler til teamet vårt i Bergen.",
        "Nous recherchons un développeur backend pour notre équipe à Lyon.",
    ],
)
def test_the_role_announced_over_the_requirements_is_no_requirement(sentence: str) -> None:
    text = f"# Backendutvecklare\n\n{sentence}\n\nKrav:\n\n* Erfarenhet av Kotlin\n* Goda kunskaper i PostgreSQL\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Kotlin", "PostgreSQL"]


def test_the_one_sought_with_what_they_bring_is_still_a_requirement() -> None:
    text = "# Utvecklare\n\nVi söker en utvecklare som har erfarenhet av Kotlin.\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Kotlin"]


def test_an_export_of_several_postings_is_read_as_a_file_of_several_postings() -> None:
    records = [
        {"title": "Frontend Engineer", "requirements": "<h3>Requirements</h3><ul><li>TypeScript</li></ul>"},
        {"title": "Backend Engineer", "requirements": "<h3>Requirements</h3><ul><li>Go</li></ul>"},
    ]
    parsed = parse_job_description(json.dumps(records))
    assert parsed.title == "Frontend Engineer"
    assert [s.name for s in parsed.skills] == ["TypeScript"]
    assert [p.split(" (line")[0] for p in parsed.more_postings] == ["Backend Engineer"]
