"""The interviewer packet: content, fillable fields, pages, outline, determinism."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_helpers import (
    all_text,
    embedded_fonts,
    export_values,
    fields,
    nfkc,
    page_texts,
    reader,
    squash,
)
from pdf_samples import (
    ARABIC_NAME,
    CANDIDATE,
    HAN_NAME,
    HANGUL_NAME,
    make_packet,
    make_question,
    make_skills,
)

from interview_planner.packets.model import ArtefactData, InterviewerPacket
from interview_planner.pdf import read_packet_form, render_interviewer_packet

HIDDEN, PRINT = 1 << 1, 1 << 2  # annotation flags
READ_ONLY, MULTILINE, NO_TOGGLE_TO_OFF, RADIO = 1 << 0, 1 << 12, 1 << 14, 1 << 15  # field flags


# ------------------------------------------------------------------- content


def test_text_holds_the_name_literally_and_the_content(packet: InterviewerPacket, packet_pdf: bytes) -> None:
    text = all_text(packet_pdf)
    assert CANDIDATE in text  # the <b> tags print as text
    assert packet.stage_name in text
    for skill in packet.skills:
        assert squash(skill.name) in text
    for question in packet.questions:
        assert squash(question.text) in text
        for follow_up in question.follow_ups:
            assert squash(follow_up) in text


def test_page_one_is_a_run_sheet_with_the_loop(packet: InterviewerPacket, packet_pdf: bytes) -> None:
    cover = page_texts(packet_pdf)[0]
    for stage in packet.stages:
        assert f"{stage.position} {stage.name}" in cover  # 1-based, as everywhere else
    for fact in ("Priya Raman", "Tue 1 Dec 2026, 10:00", "60 minutes", "LMTS loop (7 stages)", "Run sheet"):
        assert fact in cover
    assert "Stage 3 of 7 · System design · Lead Member of Technical Staff" in cover
    assert "system-design" not in cover and "FOCUS System design" in cover  # the focus name, not the slug


def test_run_sheet_clock_times_follow_the_schedule() -> None:
    packet = make_packet(start="2026-12-01T10:00", time_zone="UTC")
    cover = page_texts(render_interviewer_packet(packet))[0]
    assert "Time (UTC)" in cover
    # 5 minutes of introductions, five 8-minute questions, then the close and the candidate's questions
    for clock in ("10:00", "10:05", "10:13", "10:21", "10:29", "10:37", "10:45", "11:00"):
        assert clock in cover, clock
    assert "Strong 1: names the bottleneck" in cover  # listen for
    assert "Close: the candidate's questions" in cover


def test_the_scoring_guide_trims_anchors_to_the_two_most_telling(packet: InterviewerPacket) -> None:
    skills = make_skills()
    skills[1].rubric[0].anchors = ["Capacity anchor 1.1", "Capacity anchor 1.2", "Capacity anchor 1.3"]
    text = all_text(render_interviewer_packet(make_packet(skills=skills)))
    guide = text.index("Scoring guide")
    assert guide < text.index("Rubric: Capacity planning") < text.index("Tick one circle per skill")
    assert "Capacity anchor 1.2" in text and "Capacity anchor 1.3" not in text
    assert text.count("Rubric: Distributed systems design") == 1
    assert "no rubric yet; rate against the definition." in text[guide:]  # Mentoring


def test_questions_have_fillable_notes_and_artefacts_go_to_the_appendix() -> None:
    questions = [make_question(n, ["Distributed systems design"]) for n in (1, 2)]
    questions[1].artefact = ArtefactData(kind="diff", title="The retry PR", language="diff", content="+ retry()\n")
    data = render_interviewer_packet(make_packet(questions=questions))
    assert {f"notes.q{n}" for n in (1, 2)} <= set(fields(data))
    text = all_text(data)
    assert text.index("Hand over: The retry PR (appendix)") < text.index("Appendix: artefacts")
    assert (
        text.index("Tick one circle per skill") < text.index("For question 2: The retry PR") < text.index("+ retry()")
    )


def test_paper_scorecard_has_the_labels_to_tick(packet_pdf: bytes) -> None:
    scoring = page_texts(packet_pdf)[-1]
    for label in ("1 Strong no", "2 No", "3 Yes", "4 Strong yes", "N/A", "Strong yes"):
        assert label in scoring


def test_user_text_with_markup_characters_prints_literally() -> None:
    packet = make_packet(role_title="C++ <Lead> & Architect", interviewer_name="O'Brien & <Co>")
    text = all_text(render_interviewer_packet(packet))
    assert "C++ <Lead> & Architect" in text
    assert "O'Brien & <Co>" in text


# -------------------------------------------------------------------- scripts


@pytest.mark.parametrize(
    ("name", "font"),
    [(HANGUL_NAME, "NanumSquareR"), (HAN_NAME, "DroidSansFallback"), (CANDIDATE, "DejaVuSans")],
)
def test_names_in_any_script_are_printed_with_a_font_that_has_them(name: str, font: str) -> None:
    data = render_interviewer_packet(make_packet(name))
    assert name in page_texts(data)[0]
    assert font in embedded_fonts(data)


def test_arabic_name_is_printed_shaped() -> None:
    data = render_interviewer_packet(make_packet(ARABIC_NAME))
    line = reader(data).pages[0].extract_text().splitlines()[1]
    assert nfkc(line) in (ARABIC_NAME, ARABIC_NAME[::-1])
    assert line not in (ARABIC_NAME, ARABIC_NAME[::-1])  # presentation (joined) forms


# --------------------------------------------------------------------- fields


def test_rating_groups_export_the_agreed_values(packet: InterviewerPacket, packet_pdf: bytes) -> None:
    form = fields(packet_pdf)
    for skill in packet.skills:
        group = form[f"rating.{skill.id}"]
        assert group["/FT"] == "/Btn" and group["/Ff"] & RADIO
        assert not group["/Ff"] & NO_TOGGLE_TO_OFF  # a viewer may un-tick a mis-click: not rated again
        assert export_values(group) == {"1", "2", "3", "4", "NA"}


def test_overall_group_exports_the_agreed_values_and_a_way_back(packet_pdf: bytes) -> None:
    group = fields(packet_pdf)["overall"]
    assert group["/Ff"] & RADIO and not group["/Ff"] & NO_TOGGLE_TO_OFF
    assert export_values(group) == {"strong_no", "no", "yes", "strong_yes", "undecided"}
    assert "No decision yet" in all_text(packet_pdf)


def test_evidence_and_takeaways_are_multiline_text(packet: InterviewerPacket, packet_pdf: bytes) -> None:
    form = fields(packet_pdf)
    names = [f"evidence.{skill.id}" for skill in packet.skills] + ["takeaways"]
    for name in names:
        assert form[name]["/FT"] == "/Tx"
        assert form[name]["/Ff"] & MULTILINE
        assert "/MaxLen" not in form[name]


def test_ids_are_hidden_read_only_fields_and_metadata(packet_pdf: bytes) -> None:
    form = fields(packet_pdf)
    for name, value in (("interview_id", "iv-0042"), ("database_id", "db-7f3a")):
        assert form[name]["/V"] == value
        assert form[name]["/F"] & HIDDEN and not form[name]["/F"] & PRINT
        assert form[name]["/Ff"] & READ_ONLY
    keywords = reader(packet_pdf).metadata["/Keywords"]
    assert "interview_id=iv-0042" in keywords and "database_id=db-7f3a" in keywords


def test_unfilled_packet_reads_back_empty(packet: InterviewerPacket, packet_pdf: bytes) -> None:
    filled = read_packet_form(packet_pdf)
    assert (filled.interview_id, filled.database_id) == ("iv-0042", "db-7f3a")
    assert filled.ratings == {skill.id: None for skill in packet.skills}
    assert filled.evidence == {skill.id: "" for skill in packet.skills}
    assert (filled.overall, filled.takeaways) == (None, "")


def test_every_widget_belongs_to_the_page_that_shows_it(packet_pdf: bytes) -> None:
    for page in reader(packet_pdf).pages:
        for annotation in page.get("/Annots", []):
            assert annotation.get_object()["/P"].get_object() == page


# --------------------------------------------------------------------- pages


def test_every_page_says_page_x_of_y_and_names_the_candidate(packet_pdf: bytes) -> None:
    texts = page_texts(packet_pdf)
    assert len(texts) > 1
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert CANDIDATE in text


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_paper_size(packet: InterviewerPacket, paper: str, size: tuple[float, float]) -> None:
    data = render_interviewer_packet(packet, paper=paper)  # type: ignore[arg-type]
    for page in reader(data).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.01)


def test_unknown_paper_is_refused(packet: InterviewerPacket) -> None:
    with pytest.raises(ValueError, match="paper"):
        render_interviewer_packet(packet, paper="a5")  # type: ignore[arg-type]


def test_outline_has_a_bookmark_per_section_on_the_right_page(packet_pdf: bytes) -> None:
    pdf = reader(packet_pdf)
    top = [item for item in pdf.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles == ["Run sheet", "Questions", "Scoring guide", "Scorecard"]
    questions = next(item for item in pdf.outline if isinstance(item, list))
    assert [item.title.split(" ·")[0] for item in questions] == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    scorecard_page = pdf.get_destination_page_number(top[-1])
    assert "Tick one circle per skill" in squash(pdf.pages[scorecard_page].extract_text())


def test_metadata(packet_pdf: bytes) -> None:
    meta = reader(packet_pdf).metadata
    assert meta["/Author"] == "Interview Loop Planner 0.1.0"
    assert "0.1.0" in meta["/Creator"]
    assert CANDIDATE in meta["/Title"] and "System design" in meta["/Title"]
    assert "iv-0042" in meta["/Subject"]


# ------------------------------------------------------ determinism and speed


def test_same_packet_same_bytes(packet: InterviewerPacket, packet_pdf: bytes) -> None:
    assert render_interviewer_packet(packet) == packet_pdf


def test_same_bytes_in_a_fresh_process(packet_pdf: bytes) -> None:
    script = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]);"
        "from pdf_samples import make_packet;"
        "from interview_planner.pdf import render_interviewer_packet;"
        "print(hashlib.sha256(render_interviewer_packet(make_packet())).hexdigest())"
    )
    folder = str(Path(__file__).resolve().parent)
    result = subprocess.run([sys.executable, "-c", script, folder], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == hashlib.sha256(packet_pdf).hexdigest()


# ---------------------------------------------------------------- long input


def test_long_question_list_and_long_rubric_anchors_split_across_pages() -> None:
    skills = make_skills()
    sentence = "Explains the trade-off between consistency and availability with an example. "
    skills[0].rubric[1].anchors = [sentence * 60, sentence * 60]  # one cell taller than a page
    skills[3].rubric[0].summary = sentence * 80  # a rubric shown in the scorecard
    questions = [make_question(n, ["Distributed systems design"]) for n in range(1, 61)]
    questions[2] = questions[2].model_copy(update={"strong_signals": [sentence * 70]})
    data = render_interviewer_packet(make_packet(skills=skills, questions=questions))
    texts = page_texts(data)
    assert len(texts) > 20
    assert all(f"Page {n} of {len(texts)}" in text for n, text in enumerate(texts, start=1))
    assert "Question 60:" in " ".join(texts)
    rubric_pages = [text for text in texts if "Rubric: Distributed systems design" in text]
    assert len(rubric_pages) >= 2  # the header row repeats on every page the table spans
    assert "Capacity anchor 1.2" in " ".join(texts)
