"""Layouts of the channels a posting comes through: applicant-tracking pages, Word, PDF, pasted job boards (round 12
of issue #18).

The postings in tests/data/postings used here are our own writing: a helper wrote one posting per layout that real
users bring (an ATS careers page, a Word document, a PDF, a paste from a job board), with invented content, and
reported what the importer made of it.
"""

from __future__ import annotations

from pathlib import Path

from interview_planner.jd.formats import html_to_text, read_posting
from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import classify_heading, parse_job_description

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"


def posting(name: str) -> ParsedJobDescription:
    return parse_job_description(read_posting(POSTINGS / name))


def test_list_items_that_wrap_a_paragraph_stay_list_items() -> None:
    # "<li><p>...</p></li>": how several careers sites and exported documents write every item
    text = html_to_text("<h3>You have</h3><ul><li><p>Advanced SQL</p></li><li><div><p>dbt</p></div></li></ul>")
    assert text.splitlines() == ["### You have", "- Advanced SQL", "- dbt"]
    # an empty item keeps nothing: the paragraph after the list is no item
    assert "- After" not in html_to_text("<ul><li></li></ul><p>After</p>")

    parsed = posting("ats_list_items_as_paragraphs.html")
    rows = [(s.line, s.priority) for s in parsed.skills]
    # the last item of each list, right above the next heading, was read as a heading and lost
    assert rows == [*((line, "must") for line in range(22, 27)), (29, "nice"), (29, "nice"), (30, "nice")]
    assert parsed.skills[4].kind == "soft"  # "Willingness to pair with analysts and teach them"


def test_the_last_of_a_run_of_short_lines_over_a_heading_is_a_line_of_the_run() -> None:
    # lines broken with <br> (no list markers): the last, right above "Why us?", is no heading over nothing
    parsed = posting("ats_lines_broken_with_br.html")
    assert [s.line for s in parsed.skills][-2:] == [23, 23]
    assert [s.name for s in parsed.skills][-2:] == ["German C1", "English"]
    assert not any("Company car" in s.source for s in parsed.skills)
    # a short line over a heading that names a section is still a heading
    parsed = parse_job_description("# Tester\n\nLinwood Labs\n\nRequirements\n\n## Must have\n- Selenium\n")
    assert [(s.name, s.priority) for s in parsed.skills] == [("Selenium", "must")]


def test_more_of_what_is_wanted_and_british_selection_criteria_are_requirement_headings() -> None:
    for heading, priority in (
        ("You might also have", "nice"),
        ("Even better if you have", "nice"),
        ("Essential criteria", "must"),
        ("Desirable criteria", "nice"),
        ("Person specification", None),
        ("DESIRABLE", "nice"),
    ):
        info = classify_heading(heading)
        assert (info.topic, info.priority) == ("skills", priority), heading
    assert classify_heading("PACKAGE").topic == "benefits"
    # a priority word in another heading does not make it one of requirements
    assert classify_heading("Essential duties").topic == "responsibilities"
    assert classify_heading("Package management").topic is None

    parsed = posting("ats_even_better_if.html")
    assert [s.priority for s in parsed.skills] == ["must"] * 5 + ["nice"] * 3
    parsed = posting("essential_criteria.rst")
    assert [s.priority for s in parsed.skills] == ["must"] * 5 + ["nice"] * 2
    assert parsed.title == "Research Software Engineer"


def test_what_success_in_the_role_requires_is_a_requirement_beside_a_list() -> None:
    parsed = parse_job_description(
        "# Community lead\n\n## Qualifications\n\n"
        "Being successful in this role requires a patient individual who can moderate heated forum threads.\n\n"
        "- Discourse administration\n"
    )
    assert len(parsed.skills) == 2
    assert parsed.skills[0].source.startswith("Being successful in this role requires")


def test_word_tables_text_boxes_content_controls_and_tracked_insertions_are_read() -> None:
    # a skills matrix (Skill | Level | Must/Nice): each row one requirement, "Nice" nice to have
    parsed = posting("word_skills_table.docx")
    assert [s.priority for s in parsed.skills] == ["must"] * 5 + ["nice"] * 2
    assert parsed.skills[0].name == "Flutter and Dart"
    # the essential list sits in a text box (Word keeps a second copy for old readers: read once)
    parsed = posting("word_text_box.docx")
    assert [s.priority for s in parsed.skills] == ["must"] * 5 + ["nice"] * 2
    # an HR template whose lists are content controls
    parsed = posting("word_content_controls.docx")
    assert parsed.title == "Occupational Therapist (Band 6)"
    assert [s.priority for s in parsed.skills] == ["must"] * 5 + ["nice"] * 2
    # unaccepted tracked changes: Word shows the insertions, not the deletions
    parsed = posting("word_tracked_changes.docx")
    names = [s.name for s in parsed.skills]
    assert "Python scripting with GeoPandas" in names and "Flood risk modelling" in names
    assert not any("ArcPy" in s.source for s in parsed.skills)
    # a table of the job's facts gives the title ("Job title | Volunteer Coordinator")
    parsed = posting("word_facts_table.docx")
    assert parsed.title == "Volunteer Coordinator"
    assert not any("Norwich" in s.source for s in parsed.skills)


def test_invisible_characters_and_styled_letters_read_as_a_reader_reads_them() -> None:
    parsed = parse_job_description(
        "# Bookkeeper\n\n## 𝗥𝗲𝗾𝘂𝗶𝗿𝗲𝗺𝗲𝗻𝘁𝘀\n- Experience with X\u200bero or Sage\n"
        "- Month-end recon\u00adcil\u00adiations\n- ﬁnancial reporting\n"
    )
    assert [s.name for s in parsed.skills] == ["Xero", "Sage", "Month-end reconciliations", "Financial reporting"]
    assert [s.line for s in parsed.skills] == [4, 4, 5, 6]
