"""Layouts that hid a posting's requirements (round 11 of issue #18).

The postings in tests/data/postings used here are our own writing: each reproduces, with invented content, the
layout of a real posting the parser had not been tuned on (a helper described those layouts without passing their
text on).
"""

from __future__ import annotations

from pathlib import Path

from interview_planner.jd.formats import html_to_text, read_posting
from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import parse_job_description

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"


def posting(name: str) -> ParsedJobDescription:
    return parse_job_description(read_posting(POSTINGS / name))


def test_a_whole_sentence_in_bold_ending_in_a_colon_leads_in_its_list() -> None:
    parsed = posting("bold_lead_in_de.md")
    assert [s.line for s in parsed.skills] == [10, 10, 11, 12, 13]
    # ("und" between two technologies splits them, as "and" does; round 18: Spring Boot is one)
    assert [s.name for s in parsed.skills][:4] == ["Java 17", "Spring Boot", "Kubernetes-Betrieb", "PostgreSQL-Tuning"]
    assert not any("Urlaub" in s.source for s in parsed.skills)  # the terms under "Konditionen:" are no skills


def test_nice_for_you_to_have_is_a_nice_to_have_heading() -> None:
    parsed = posting("nice_for_you_to_have.md")
    assert len(parsed.skills) == 4 and {s.priority for s in parsed.skills} == {"nice"}
    assert not any("conferences" in s.source for s in parsed.skills)


def test_a_heading_saying_what_the_reader_is_excited_about_heads_requirements() -> None:
    parsed = posting("youre_excited_about.md")
    assert [s.line for s in parsed.skills] == [10, 11, 12, 13]
    assert parsed.sections[-2].heading == "You’re excited about" and parsed.sections[-2].produces_skills


def test_we_expect_you_heads_requirements_and_what_you_get_from_us_is_benefits() -> None:
    parsed = posting("we_expect_you.md")
    assert parsed.title == "Join us"  # the front matter's title: "Join us!", not "Title: Join us"
    assert [s.name for s in parsed.skills] == [
        "Writing concurrent code",
        "Shipped a payment integration",
        "Understand PostgreSQL query plans",
        "Enjoy code review and pair programming",
    ]  # "To be able to travel to Tallinn twice a year" is a condition of the job
    assert [s.kind for s in parsed.sections if s.heading == "You will get this from us"] == ["benefits"]


def test_a_duties_lead_in_ends_with_its_list() -> None:
    parsed = posting("duties_lead_in_then_prose.html")
    assert parsed.responsibilities == [
        "Petition pages that survive a sudden spike of visitors",
        "Dashboards for volunteer coordinators",
    ]
    assert parsed.skills[0].source.startswith("You should be comfortable profiling a slow React page")
    assert [s.name for s in parsed.skills][1:] == ["Frontend work", "Svelte", "Vue"]


def test_a_pages_footer_side_bar_and_hidden_blocks_are_not_the_posting() -> None:
    parsed = posting("page_chrome.html")
    assert parsed.title == "Site Reliability Engineer"  # not "Home", the page's first link, nor the site's name
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("Running Nomad or Kubernetes in production", "must"),
        ("Terraform", "must"),
        ("Prometheus", "must"),
        ("NixOS", "nice"),
    ]
    text = html_to_text(
        '<h2>Requirements</h2><ul><li>Go</li></ul><div style="display: none"><div><p>Bio</p></div><p>More</p></div>'
        '<p hidden>Secret</p><img hidden src="x.png"><p aria-hidden="true">Icon</p><p>Shown</p>'
    )
    assert text == "## Requirements\n- Go\n\nShown\n"
    # an element whose end tag is left out ends where the next of its kind begins
    assert html_to_text("<ul><li hidden>Old role<li>Rust</ul><p hidden>Draft<p>Apply by mail</p>") == (
        "- Rust\n\nApply by mail\n"
    )
    # ... or where the element around it ends
    assert html_to_text("<ul><li hidden>Old role</ul><p>Requirements</p><ul><li>Go</li></ul>") == "Requirements\n- Go\n"


def test_list_markers_of_word_processors_and_outlines_are_bullets() -> None:
    items = ["Experience with PostgreSQL", "Strong Go skills", "Kubernetes in production"]
    for markers in (
        ["\uf0b7"] * 3,  # Word's Symbol-font bullet, as copied out of a .doc or a PDF
        ["\uf0a7"] * 3,
        ["»"] * 3,
        ["o"] * 3,  # Word's second-level bullet
        ["a)", "b)", "c)"],
        ["(a)", "(b)", "(c)"],
        ["i.", "ii.", "iii."],
    ):
        text = "Backend Engineer\n\nRequirements\n" + "".join(f"{m} {x}\n" for m, x in zip(markers, items, strict=True))
        parsed = parse_job_description(text)
        assert [(s.name, s.line) for s in parsed.skills] == [
            ("PostgreSQL", 4),
            ("Go skills", 5),
            ("Kubernetes in production", 6),
        ], markers
    # one line opening with "o" is a word: Spanish "or" where a bullet wraps
    parsed = parse_job_description("R\n\nRequisitos\n- Experiencia con Python\no Go\n")
    assert [(s.name, s.source) for s in parsed.skills] == [
        ("Python", "- Experiencia con Python o Go"),
        ("Go", "- Experiencia con Python o Go"),
    ]


def test_a_pdfs_word_processor_bullets_start_lines() -> None:
    from interview_planner.jd.formats import _pdf_bullets

    text = _pdf_bullets("Requirements \uf0b7 Experience with PostgreSQL \uf0b7 Strong Go skills")
    assert [s.name for s in parse_job_description("Backend Engineer\n\n" + text).skills] == ["PostgreSQL", "Go skills"]


def test_a_markdown_table_of_requirements_is_a_list_of_them() -> None:
    parsed = parse_job_description(
        "# Backend Engineer\n\n## Requirements\n\n| Skill | Level |\n|---|:---:|\n| PostgreSQL | Expert |\n"
        "| Go | Strong |\n| Kubernetes | Nice to have |\n\n## Benefits\n\n| Perk | |\n| --- | --- |\n| Pension | 8% |\n"
    )
    assert [(s.name, s.priority, s.line) for s in parsed.skills] == [
        ("PostgreSQL", "must", 7),
        ("Go", "must", 8),
        ("Kubernetes", "nice", 9),
    ]
    # pipes without a table's rule line are text as before
    parsed = parse_job_description("# R\n\n## Requirements\n- Python | Go | Rust\n")
    assert parsed.skills[0].source == "- Python | Go | Rust"


def test_a_crafted_line_of_spaces_and_dashes_is_read_at_once() -> None:
    # "\s*\|?\s*-{3,}" read it in cubic time: a 1 MB line took minutes (the test would not end)
    from interview_planner.jd.parser import _TABLE_RULE, _table_rows

    line = " " * 500_000 + "-" * 500_000
    assert _table_rows(["a | b", line]) == ["a | b", line]
    assert _TABLE_RULE.match(" " * 1500 + "| " + "-" * 400) is None


def test_headings_inside_an_interview_process_section_stay_how_to_apply() -> None:
    parsed = parse_job_description(
        "# Rust Engineer\n\n### Requirements\n- Experience with Rust\n\n### Interview process\n"
        "We will reply within a week.\n##### Work samples\nHere's what we want to see in detail:\n\n"
        "*Writing sample*\n\n* A design document\n* A blog post\n\n##### Interviews\n"
        "* One technical interview will focus on pairing\n\n### Nice to have\n- Experience with Zig\n"
    )
    assert [(s.name, s.priority) for s in parsed.skills] == [("Rust", "must"), ("Zig", "nice")]


def test_what_is_not_required_said_to_reassure_is_no_requirement() -> None:
    parsed = parse_job_description(
        "# Engineer\n\n## About you\n- Experience with Go\n\nNo prior cryptocurrency experience is necessary.\n\n"
        "## Nice to have\n“Nice to have” really means nice-to-have.\n- Experience with Zig\n"
    )
    assert [s.name for s in parsed.skills] == ["Go", "Zig"]


def test_a_title_label_inside_a_title_label_gives_the_job() -> None:
    for text in ("Title: Open Position: Cryptography Engineer", "Open position: Cryptography Engineer"):
        assert parse_job_description(f"{text}\n\nRequirements:\n- Rust\n").title == "Cryptography Engineer", text


def test_a_short_requirements_heading_after_how_to_apply_still_starts_requirements() -> None:
    parsed = parse_job_description("# R\n\n## How to apply\nSend your CV.\n\nRequirements:\n- Go\n- Rust\n")
    assert [s.name for s in parsed.skills] == ["Go", "Rust"]
    # a reassurance counts only as a sentence of its own
    parsed = parse_job_description("# R\n\n## Requirements\n- Python; no Java knowledge required\n")
    assert [s.name for s in parsed.skills] == ["Python"]
