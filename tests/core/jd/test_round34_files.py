"""Round 34 of issue #18: crafted files of every format get a one-line error naming them, or are read as they are,
without minutes of work or gigabytes of memory (a tester's findings; each file is generated here, small)."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest

from interview_planner.errors import InputError
from interview_planner.jd.formats import html_to_text, read_posting
from interview_planner.jd.parser import parse_job_description

REQUIREMENTS = "<h1>Backend Engineer</h1><h2>Requirements</h2><ul><li>Experience with Go</li></ul>"


def _mhtml(parts: list[tuple[str, str, bytes]], *, boundary: str = "----b0und----") -> bytes:
    head = (
        "From: <Saved by Blink>\nSubject: Backend Engineer\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{boundary}"\n\n'
    ).encode()
    body = b"".join(
        f"--{boundary}\nContent-Type: {kind}\nContent-Transfer-Encoding: {encoding}\n\n".encode() + data + b"\n"
        for kind, encoding, data in parts
    )
    return head + body + f"--{boundary}--\n".encode()


def test_a_web_archive_whose_charset_is_no_text_encoding_is_read_as_utf8(tmp_path: Path) -> None:
    # (was LookupError / UnicodeError and exit 70: "rot13" and "zlib" are codecs, not text encodings)
    for charset in ("rot13", "zlib_codec", "no-such-charset"):
        path = tmp_path / f"page-{charset}.mhtml"
        path.write_bytes(_mhtml([(f"text/html; charset={charset}", "8bit", REQUIREMENTS.encode())]))
        assert [s.name for s in parse_job_description(read_posting(path)).skills] == ["Go"]


def test_a_web_archive_of_many_parts_without_a_page_says_so(tmp_path: Path) -> None:
    # (the whole-message parser took over a minute on 400,000 parts; the archive is now read part by part, and
    # (round 35) one of more than 5,000 parts before a page says that rather than that it has no page)
    path = tmp_path / "parts.mht"
    path.write_bytes(_mhtml([("image/png", "base64", b"AAAA")] * 20_000))
    with pytest.raises(InputError, match=r"parts\.mht: is a web archive of more than 5,000 parts before its page"):
        read_posting(path)
    path.write_bytes(_mhtml([("image/png", "base64", b"AAAA")] * 100))
    with pytest.raises(InputError, match=r"parts\.mht: is a web archive without a page in it"):
        read_posting(path)


def test_a_web_archive_holding_a_page_larger_than_a_posting_is_refused(tmp_path: Path) -> None:
    # (was read and stored whole: 12 MB of page text, 1.2 GB of memory on the way)
    page = REQUIREMENTS.encode() + b"<p>" + b"x" * 3_000_000 + b"</p>"
    path = tmp_path / "big.mhtml"
    path.write_bytes(_mhtml([("text/html", "8bit", page)]))
    with pytest.raises(InputError, match=r"big\.mhtml: holds a page too large for a posting \(2\.9 MB"):
        read_posting(path)


def test_a_posting_that_mentions_mime_headers_is_read_as_text(tmp_path: Path) -> None:
    # (was refused as "a web archive without a page": the words anywhere in its first 2 KB were taken for headers)
    path = tmp_path / "mail-engineer.txt"
    path.write_text(
        "Mail Platform Engineer\n\nWe parse MIME-Version headers and multipart/related bodies all day.\n\n"
        "Requirements:\n- Experience with Go\n",
        encoding="utf-8",
    )
    assert [s.name for s in parse_job_description(read_posting(path)).skills] == ["Go"]


def test_many_tags_that_never_close_are_read_as_text() -> None:
    # (the standard library's parser before its fix read each later "<" again: 60 KB took seconds)
    text = html_to_text(REQUIREMENTS + "<a x='" * 10_000 + "<p>Kubernetes</p>")
    lines = text.splitlines()
    assert lines[:3] == ["# Backend Engineer", "", "## Requirements"]
    assert "- Experience with Go" in lines
    assert lines[-1] == "Kubernetes"
    assert "<a x='<a x='" in text  # (the brackets that opened nothing are shown as written)


def test_a_page_with_a_few_stray_brackets_is_read_as_before() -> None:
    page = REQUIREMENTS + "<p>We know that 3 < 4 and 5 < 6.</p>"
    assert html_to_text(page).splitlines()[-1] == "We know that 3 < 4 and 5 < 6."


def _blank_pdf(path: Path, pages: int) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_a_pdf_longer_than_a_posting_is_refused_before_its_pages_are_read(tmp_path: Path) -> None:
    # (100,000 pages took 49 s and 674 MB, then said "a PDF without text")
    path = _blank_pdf(tmp_path / "book.pdf", 51)
    with pytest.raises(InputError, match=r"book\.pdf: has more than 50 pages, more than a posting; copy"):
        read_posting(path)


def _pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; the first the catalogue) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    return bytes(out)


def _one_page_pdf(contents: bytes) -> bytes:
    """A PDF of one page whose drawing instructions are the stream object ``contents``, with a Helvetica font."""
    return _pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            contents,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_a_pdf_pypdf_cannot_decode_is_one_line_naming_it(tmp_path: Path) -> None:
    # (a page whose text is packed with a filter pypdf does not know raised NotImplementedError: exit 70)
    path = tmp_path / "odd.pdf"
    path.write_bytes(_one_page_pdf(b"<< /Length 2 /Filter /FooDecode >>\nstream\nxx\nendstream"))
    with pytest.raises(InputError, match=r"odd\.pdf: is not a readable PDF \(.*FooDecode.*\); copy the text"):
        read_posting(path)


def _docx_with(document_xml: bytes, *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for item in source.infolist():
            data = document_xml if item.filename == "word/document.xml" else source.read(item.filename)
            target.writestr(item.filename, data)
    return out.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_a_docx_that_unpacks_to_far_more_than_a_posting_is_refused_unread(tmp_path: Path) -> None:
    # (a zip bomb: 1 MB that unpacked to gigabytes took minutes and 4 GB of memory)
    body = b"<w:document " + W + b"><w:body>" + b" " * 60_000_000 + b"</w:body></w:document>"
    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx_with(body))
    assert path.stat().st_size < 400_000
    with pytest.raises(InputError, match=r"bomb\.docx: unpacks to \d\d MB, more than a posting"):
        read_posting(path)


def test_a_list_level_of_millions_is_indented_as_the_deepest_shown(tmp_path: Path) -> None:
    # (w:ilvl="99999999" made a 200-million-character posting and a 200 MB database)
    paragraph = (
        b'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="99999999"/><w:numId w:val="1"/>'
        b"</w:numPr></w:pPr><w:r><w:t>Experience with Go</w:t></w:r></w:p>"
    )
    body = b"<w:document " + W + b"><w:body>" + paragraph + b"</w:body></w:document>"
    path = tmp_path / "deep.docx"
    path.write_bytes(_docx_with(body))
    assert read_posting(path) == " " * 16 + "- Experience with Go\n"


def test_a_docx_whose_zip_is_damaged_is_one_line_naming_it(tmp_path: Path) -> None:
    # (a bad CRC raised zlib.error, a document without a body TypeError: exit 70)
    text = b"<w:document " + W + b"><w:body>" + b"<w:p><w:r><w:t>Experience with Go</w:t></w:r></w:p>" * 50
    good = bytearray(_docx_with(text + b"</w:body></w:document>"))
    start = good.index(b"word/document.xml") + len(b"word/document.xml") + 40  # (inside its deflated data)
    good[start : start + 8] = bytes(255 - b for b in good[start : start + 8])
    for name, data in (
        ("nobody.docx", _docx_with(b"<w:document " + W + b"/>")),
        ("otherroot.docx", _docx_with(b"<w:other " + W + b"/>", compression=zipfile.ZIP_STORED)),
        ("damaged.docx", bytes(good)),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError, match=re.escape(name) + r": is not a readable \.docx file"):
            read_posting(path)


def test_a_file_name_that_is_no_utf8_is_stored_readably(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # (a Latin-1 name "rôle.md" made the import fail on storing it: lone surrogates, exit 70)
    from interview_planner.services.roles import import_role_file

    raw = os.fsencode(tmp_path) + b"/r\xf4le.md"
    with open(raw, "w", encoding="utf-8") as out:
        out.write("# Backend Engineer\n\n## Requirements\n- Experience with Go\n")
    view = import_role_file(db, Path(os.fsdecode(raw)), as_new=True)
    assert view.role.source_name.endswith("/r\ufffdle.md")
    assert [s.name for s in view.skills] == ["Go"]


def test_a_million_empty_lines_keep_each_line_its_number() -> None:
    # (1 MB of empty lines was read one line at a time; runs of them are now read as three)
    text = "# Backend Engineer\n" + "\n" * 1_000_000 + "## Requirements\n- Experience with Go\n"
    (skill,) = parse_job_description(text).skills
    assert (skill.name, skill.line) == ("Go", 1_000_003)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_its_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    # (was "looks like a binary file (it contains NUL bytes); save the posting as .txt": it was a .txt)
    path = tmp_path / "notepad.txt"
    path.write_bytes("# Backend Engineer\n\n## Requirements\n- Experience with Go\n".encode(encoding))
    assert [s.name for s in parse_job_description(read_posting(path)).skills] == ["Go"]


def test_a_binary_file_with_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "tool.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match=r"tool\.txt: looks like a binary file"):
        read_posting(path)


def test_a_docx_part_of_any_name_or_kind_counts_toward_what_it_unpacks_to(tmp_path: Path) -> None:
    # (the tester's second round: an image of zeros, or the document under another name, passed a guard that counted
    # only .xml parts; python-docx finds parts by their declared type)
    data = io.BytesIO()
    plain = _docx_with(b"<w:document " + W + b"><w:body/></w:document>")
    with zipfile.ZipFile(io.BytesIO(plain)) as source, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
        target.writestr("word/media/image1.png", b"\0" * 60_000_000)
    path = tmp_path / "picture.docx"
    path.write_bytes(data.getvalue())
    with pytest.raises(InputError, match=r"picture\.docx: unpacks to \d\d MB, more than a posting"):
        read_posting(path)


def test_a_marked_section_the_html_parser_does_not_know_is_text() -> None:
    # (one "<![x>" raised AssertionError in the standard library's parser: exit 70)
    assert html_to_text(REQUIREMENTS + "<p>See <![x> here</p>").splitlines()[-1] == "See <![x> here"


def test_a_page_inside_a_nested_part_of_a_web_archive_is_found(tmp_path: Path) -> None:
    # (the part-by-part reader of this round looked only at the archive's own parts)
    inner = (
        b'Content-Type: multipart/alternative; boundary="inner"\n\n--inner\nContent-Type: text/plain\n\nplain\n'
        b"--inner\nContent-Type: text/html\n\n" + REQUIREMENTS.encode() + b"\n--inner--\n"
    )
    head = b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="outer"\n\n'
    path = tmp_path / "nested.mht"
    path.write_bytes(head + b"--outer\n" + inner + b"--outer--\n")
    assert [s.name for s in parse_job_description(read_posting(path)).skills] == ["Go"]


def test_a_pdf_page_of_more_drawing_instructions_than_text_is_refused(tmp_path: Path) -> None:
    # (10 KB packing 100,000 text operators took pypdf 10 s to read, 300,000 more than a minute)
    operators = b"BT /F1 9 Tf 10 10 Td " + b"(x) Tj " * 50_000 + b"ET"
    path = tmp_path / "ops.pdf"
    path.write_bytes(_one_page_pdf(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(operators), operators)))
    with pytest.raises(InputError, match=r"ops\.pdf: has a page of more drawing instructions than a posting's"):
        read_posting(path)


def test_a_pdf_whose_page_count_lies_is_counted_no_further_than_the_limit(tmp_path: Path) -> None:
    path = _blank_pdf(tmp_path / "liar.pdf", 60)
    path.write_bytes(path.read_bytes().replace(b"/Count 60", b"/Count 1 "))
    with pytest.raises(InputError, match=r"liar\.pdf: has more than 50 pages"):
        read_posting(path)


def test_reading_a_pdf_quiets_pypdf_only_while_it_reads(tmp_path: Path) -> None:
    # (its repair warnings would make the import's error more than one line; the packet import keeps its own)
    import logging

    log = logging.getLogger("pypdf")
    log.setLevel(logging.WARNING)
    with pytest.raises(InputError, match=r"book\.pdf: has more than 50 pages"):
        read_posting(_blank_pdf(tmp_path / "book.pdf", 51))
    assert log.level == logging.WARNING
