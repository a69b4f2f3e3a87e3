"""Layouts of the channels a posting comes through: applicant-tracking pages, Word, PDF, pasted job boards (round 12
of issue #18).

The postings in tests/data/postings used here are our own writing: a helper wrote one posting per layout that real
users bring (an ATS careers page, a Word document, a PDF, a paste from a job board), with invented content, and
reported what the importer made of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_planner.errors import InputError
from interview_planner.jd.formats import html_to_text, read_posting
from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import classify_heading, parse_job_description

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"


def posting(name: str) -> ParsedJobDescription:
    return parse_job_description(read_posting(POSTINGS / name))


def word_file(path: Path, body: str) -> Path:
    """A .docx (python-docx's empty document) whose body holds the WordprocessingML ``body``, written to ``path``."""
    import io
    import zipfile

    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = data.decode().replace("<w:sectPr", body + "<w:sectPr", 1).encode()
            target.writestr(name, data)
    return path


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


def test_a_pdfs_running_header_and_page_numbers_are_left_out_and_glyph_bullets_lead_their_items() -> None:
    # a Dingbats square alone on its line, its item on the next; a header and "Page n of 2" on both pages
    parsed = posting("pdf_running_header_glyph_bullets.pdf")
    assert parsed.title == "Signalling Design Engineer"  # not the running header
    assert [s.priority for s in parsed.skills] == ["must"] * 7 + ["nice"] * 2
    assert not any("Page" in s.source or "Marrowfield Rail Ltd" in s.source for s in parsed.skills)
    assert "Network Rail standards" in [s.name for s in parsed.skills]  # the last item before the page break


def test_a_pdfs_words_hyphenated_at_line_ends_are_whole_again() -> None:
    parsed = posting("pdf_hyphenated.pdf")
    sources = " ".join(s.source for s in parsed.skills)
    assert "regulations" in sources and "self-motivated" in sources and "telemedicine" in sources
    assert "- " not in sources.replace("• ", "")


def test_a_pdf_restricted_only_by_its_owner_opens_like_in_a_viewer() -> None:
    parsed = posting("pdf_owner_password.pdf")
    assert parsed.title == "Welder Fabricator"
    assert parsed.skills[0].name == "MIG and TIG welding"


def test_a_web_archive_is_read_as_its_page_and_an_rtf_file_named_txt_is_refused() -> None:
    parsed = posting("saved_page.mhtml")
    assert parsed.title == "Welder Fabricator"
    assert [s.name for s in parsed.skills][:2] == ["MIG and TIG welding", "Reading weld symbols and drawings"]
    with pytest.raises(InputError, match=r"rtf_named_txt\.txt: is not a supported format"):
        read_posting(POSTINGS.parent / "not_postings" / "rtf_named_txt.txt")


def test_a_pasted_list_whose_bullets_run_on_one_line_gives_each_item() -> None:
    parsed = posting("linkedin_flattened_bullets.txt")
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert ("Terraform", "must") in rows and ("Linux", "must") in rows and ("Go", "nice") in rows
    assert not any("•" in s.name for s in parsed.skills)
    assert {s.line for s in parsed.skills} == {14, 17}  # each item points at the line it came from


def test_job_board_pages_headings_and_questions() -> None:
    # "What's on offer" is benefits; the board's questions to applicants and its page are no requirements
    parsed = posting("job_board_employer_questions.txt")
    assert [s.line for s in parsed.skills] == [13, 14, 14, 15, 16, 17]
    # a check mark before a heading's words is a decorated heading, not a bullet; a skill stays a skill
    parsed = posting("check_mark_headings.txt")
    assert [s.priority for s in parsed.skills] == ["must"] * 5 + ["nice"] * 2
    parsed = parse_job_description("# Eng\n\n## Requirements\n✅ Python\n✅ Communication skills\n✅ Team player\n")
    assert [s.name for s in parsed.skills] == ["Python", "Communication skills", "Team player"]
    # "Das bringst du mit" heads requirements; "ist ein Plus" is nice and leaves the name
    parsed = posting("das_bringst_du_mit.txt")
    assert len(parsed.skills) == 6
    assert (parsed.skills[-1].name, parsed.skills[-1].priority) == ("Quantitativen Methoden", "nice")
    # "Desired Candidate Profile" is the requirements section; "will be an added advantage" is nice
    parsed = posting("desired_candidate_profile.txt")
    profile = [s for s in parsed.skills if 17 <= s.line <= 22]
    assert [s.priority for s in profile] == ["must"] * 6 + ["nice"]
    assert profile[-1].name == "Banking domain"
    assert not any(s.name in ("Role", "Industry Type", "Department") for s in parsed.skills)


def test_quoted_lines_task_boxes_and_a_count_of_years_in_words() -> None:
    parsed = parse_job_description(
        "# Support engineer\n\n## Requirements\n> - SQL for reading our logs\n> - Zendesk\n> - Calm on the phone\n"
    )
    assert [s.name for s in parsed.skills] == ["SQL for reading our logs", "Zendesk", "Calm on the phone"]
    parsed = parse_job_description("# Lab engineer\n\n## Requirements\n- [ ] Python for lab robots\n- [x] Git\n")
    assert [s.name for s in parsed.skills] == ["Python for lab robots", "Git"]
    parsed = parse_job_description(
        "# Frontend engineer\n\n## What you'll bring\nThree years of professional Vue\nTypeScript in production\n"
        "Good written English\n\n## Benefits\nLunch\n"
    )
    assert parsed.skills[0].name == "Vue"


def test_an_unmarked_item_that_names_a_degree_or_experience_is_an_item_not_a_heading() -> None:
    # it took the list below it as an education section: no skills at all
    parsed = posting("unmarked_list_degree_first_de.txt")
    # (line 17, "Mindestens 3 Jahre Berufserfahrung mit Java und Spring Boot", names two technologies)
    assert [s.line for s in parsed.skills] == [16, 17, 17, 18, 19, 19, 20, 21, 22]
    assert parsed.skills[6].priority == "nice"  # "... sind von Vorteil"
    parsed = posting("tab_indented_items.txt")
    assert [s.priority for s in parsed.skills] == ["must"] * 5 + ["nice"] * 2
    parsed = posting("html_paragraph_per_item.html")
    assert [s.priority for s in parsed.skills] == ["must"] * 6 + ["nice"] * 2
    # a heading of the topic's own words stays one
    for heading in ("Education and Experience", "Required Education and Experience", "EDUCATION", "Work experience"):
        assert classify_heading(heading).topic in ("education", "experience"), heading
        parsed = parse_job_description(f"# Analyst\n\n{heading}\nBSc in statistics\n\n## Skills\n- SQL\n")
        assert [s.name for s in parsed.skills] == ["SQL"], heading


def test_a_page_that_shows_no_posting_gives_the_job_posting_of_its_structured_data() -> None:
    # a careers site drawn by JavaScript, saved before it ran: the schema.org JobPosting is the posting
    parsed = posting("structured_data_only.html")
    assert parsed.title == "Bioinformatician"
    assert [s.priority for s in parsed.skills] == ["must"] * 6 + ["nice"] * 2
    # a page that shows its posting keeps what it shows (its structured data may be shorter or stale)
    page = '<script type="application/ld+json">{"@type": "JobPosting", "title": "X", "description": "<p>Y</p>"}'
    page += "</script><h1>Data Engineer</h1>" + "<p>We build pipelines for farms and their co-operatives.</p>" * 5
    assert html_to_text(page).startswith("# Data Engineer")


def test_a_plain_list_item_naming_a_priority_or_a_kind_of_skill_heads_its_deeper_items() -> None:
    parsed = posting("nested_group_labels.md")
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert ("Datadog", "nice") in rows and ("Python scripting", "nice") in rows
    assert "Nice to have" not in [s.name for s in parsed.skills]
    assert "People skills" not in [s.name for s in parsed.skills]
    assert ("Terraform", "must") in rows  # "- Automation" over it names no priority: an item like the rest


def test_broken_or_foreign_structured_data_is_ignored() -> None:
    for block in ('{"@graph": null}', "[1, 2]", '"x"', '{"@type": "JobPosting", "description": 5}', "nonsense{"):
        assert html_to_text(f'<script type="application/ld+json">{block}</script>').strip() == "", block


def test_a_word_file_nested_past_the_xml_readers_depth_is_refused_with_one_line(tmp_path: Path) -> None:
    nested = "<w:sdt><w:sdtContent>" * 400 + "<w:p/>" + "</w:sdtContent></w:sdt>" * 400
    path = word_file(tmp_path / "nested.docx", nested)
    with pytest.raises(InputError, match=r"nested\.docx: is not a readable \.docx file"):
        read_posting(path)


def test_a_word_list_typed_as_plain_paragraphs_keeps_every_item() -> None:
    # "Desirable", "A library qualification", "British Sign Language": a heading over two items, not over a heading
    parsed = posting("word_plain_paragraph_items.docx")
    assert [(s.name, s.priority) for s in parsed.skills][-2:] == [
        ("Library qualification", "nice"),
        ("British Sign Language", "nice"),
    ]
    # a heading's words right under a heading stay a heading
    parsed = parse_job_description("# Nurse\nAbout the role\nWhat you need\nRadiography\nTriage of emergency calls\n")
    assert ("What you need", "skills") in [(s.heading, s.kind) for s in parsed.sections]
    assert [s.name for s in parsed.skills] == ["Radiography", "Triage of emergency calls"]


def test_a_saved_pages_one_h1_names_the_job_when_its_first_lines_are_a_cookie_banner() -> None:
    assert posting("careers_page_cookie_banner.html").title == "Senior iOS Engineer"
    # a site's header (its tagline as a heading, then its name as the <h1>) names no job: the heading under the
    # site's name does
    assert posting("page_chrome.html").title == "Site Reliability Engineer"


def test_word_tables_nested_in_cells_are_read_once_each(tmp_path: Path) -> None:
    cell = "<w:p><w:r><w:t>Layout</w:t></w:r></w:p>"
    inner = "<w:p><w:r><w:t>Kubernetes in production</w:t></w:r></w:p>"
    # 80 tables each inside a cell of the one around it: read in time (each level is walked once) and once
    nested = ("<w:tbl><w:tr><w:tc>" + cell) * 80 + inner + "</w:tc></w:tr></w:tbl>" * 80
    text = read_posting(word_file(tmp_path / "nested_tables.docx", nested))
    assert text.count("Kubernetes in production") == 1
    assert text.count("Layout") == 80


def test_an_html_table_of_requirements_is_a_list_of_its_rows_and_a_layout_table_stays_lines() -> None:
    # a skills matrix: each row one requirement ("Nice" nice), the header row and "Level" cells no skills
    parsed = posting("html_skills_matrix.html")
    assert [(s.line, s.priority) for s in parsed.skills] == [
        *((line, "must") for line in range(7, 11)),
        (11, "nice"),
        (12, "nice"),
    ]
    assert not any(s.name in ("Level", "Advanced", "Nice") for s in parsed.skills)
    # a row whose end tag is left out ends where the next begins
    assert html_to_text("<table><tr><td>A</td><td>B<tr><td>C</td><td>D</table>") == "- A — B\n- C — D\n"
    # a page laid out as a form (bold labels, values broken with <br>) keeps its sections
    parsed = posting("html_layout_table.html")
    assert [(s.name, s.priority) for s in parsed.skills][-2:] == [("CCNA", "nice"), ("Public sector", "nice")]
    assert not any("pension" in s.source for s in parsed.skills)
