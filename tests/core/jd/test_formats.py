"""Postings in the formats a hiring manager has (.html, .pdf, .docx, pasted HTML) and files that are not postings."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_planner.errors import InputError
from interview_planner.jd.formats import html_to_text
from interview_planner.jd.parser import parse_job_description, read_job_description

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"
PLAIN = (POSTINGS / "soft_abilities.txt").read_text(encoding="utf-8")


def parsed_file(path: Path):  # type: ignore[no-untyped-def]
    return parse_job_description(read_job_description(path), source_name=str(path))


def test_html_page_keeps_headings_and_lists_and_drops_scripts_navigation_and_boilerplate() -> None:
    parsed = parsed_file(POSTINGS / "careers_page.html")
    assert parsed.title == "Data Platform Engineer"
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("Python in production", "must"),
        ("PostgreSQL", "must"),
        ("Apache Airflow or a similar scheduler", "must"),
        ("Written communication", "must"),
        ("dbt models tested in CI", "nice"),
    ]
    everything = " ".join(s.source for s in parsed.skills)
    for leftover in ("<", "analytics", "Home", "equal opportunity", "CV", "insurance"):
        assert leftover not in everything
    assert parsed.skills[0].source == "- Three or more years of **Python** in production"


def test_pasted_html_is_read_as_html() -> None:
    pasted = (POSTINGS / "careers_page.html").read_text(encoding="utf-8")
    assert parse_job_description(pasted).skills == parsed_file(POSTINGS / "careers_page.html").skills


def test_html_lists_become_bullets_and_headings_keep_their_level() -> None:
    text = html_to_text("<h2>Skills</h2><ul><li>Go &amp; gRPC</li><li>SQL</li></ul><p>A <b>bold</b> claim.</p>")
    assert text.splitlines() == ["## Skills", "- Go & gRPC", "- SQL", "", "A **bold** claim."]


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    y = 800
    for line in lines:
        canvas.drawString(60, y, line)
        y -= 16
    canvas.save()
    return path


def test_pdf_posting_is_read_in_order(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "posting.pdf", PLAIN.splitlines())
    parsed = parsed_file(path)
    assert parsed.title == "Engineering Manager, Payments"
    assert [s.name for s in parsed.skills] == [s.name for s in parse_job_description(PLAIN).skills]


def test_docx_posting_keeps_heading_styles_and_lists(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Backend Engineer", level=1)
    document.add_paragraph("We build tools for bakeries.")
    document.add_heading("Requirements", level=2)
    for line in ("Experience with Go in production", "Clear written communication"):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Benefits", level=2)
    document.add_paragraph("Free bread", style="List Bullet")
    path = tmp_path / "posting.docx"
    document.save(str(path))
    parsed = parsed_file(path)
    assert parsed.title == "Backend Engineer"
    assert [(s.name, s.kind) for s in parsed.skills] == [
        ("Go in production", "hard"),
        ("Written communication", "soft"),
    ]


def test_image_only_pdf_says_it_has_no_text(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    canvas.rect(50, 50, 200, 300, fill=1)
    canvas.save()
    with pytest.raises(InputError, match=r"scan\.pdf: is a PDF without text \(a scan or images\)"):
        read_job_description(path)


def test_encrypted_pdf_asks_for_the_password_to_be_removed(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = _pdf(tmp_path / "plain.pdf", PLAIN.splitlines())
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(InputError, match=r"locked\.pdf: is an encrypted PDF; remove the password"):
        read_job_description(path)


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "the job description is empty"),
        ("blank.md", b"  \n\t\n", "the job description is empty"),
        ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00binary", "looks like a binary file"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("odd.txt", b"Caf\xe9 \x81\x8d", "cannot decode the file as UTF-8 or Windows-1252"),
        ("posting.docx", b"PK\x03\x04 not really a zip", "is not a readable .docx file"),
    ],
)
def test_files_that_are_not_postings_get_one_line_naming_them(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        parse_job_description(read_job_description(path), source_name=str(path))
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match=r"huge\.txt: is too large for a posting \(50\.0 MB; the limit is 2 MB\)"):
        read_job_description(path)
