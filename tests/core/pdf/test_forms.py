"""Filling a packet and reading it back; refusing what is not a packet."""

from __future__ import annotations

import io
import random

import pytest
from pdf_helpers import fill_like_a_viewer, fill_with_pypdf
from pdf_samples import make_packet
from reportlab.pdfgen.canvas import Canvas

from interview_planner.errors import InputError
from interview_planner.pdf import FilledPacketForm, read_packet_form

EVIDENCE = "Drew the queue first;\nnamed back-pressure & <retries>."
FILLED = {
    "rating.rs-1": "3",
    "rating.rs-2": "1",
    "rating.rs-3": "NA",
    "evidence.rs-1": EVIDENCE,
    "evidence.rs-4": "Ran the last SEV1 call.",
    "overall": "strong_yes",
    "takeaways": "Hire: strong design, coach on estimates.",
}


def expected() -> FilledPacketForm:
    sample = make_packet()
    return FilledPacketForm(
        interview_id="iv-0042",
        database_id="db-7f3a",
        candidate=sample.candidate_name,
        stage=sample.stage_name,
        interviewer=sample.interviewer_name,
        seal="",
        ratings={"rs-1": "3", "rs-2": "1", "rs-3": "NA", "rs-4": None},
        evidence={"rs-1": EVIDENCE, "rs-2": "", "rs-3": "", "rs-4": "Ran the last SEV1 call."},
        overall="strong_yes",
        takeaways="Hire: strong design, coach on estimates.",
    )


def test_filled_like_a_viewer_reads_back(packet_pdf: bytes) -> None:
    assert read_packet_form(fill_like_a_viewer(packet_pdf, FILLED)) == expected()


def test_filled_with_pypdf_reads_back(packet_pdf: bytes) -> None:
    values = {name: "/" + value if name.startswith(("rating.", "overall")) else value for name, value in FILLED.items()}
    assert read_packet_form(fill_with_pypdf(packet_pdf, values)) == expected()


def test_a_viewer_that_only_ticks_the_button_is_understood(packet_pdf: bytes) -> None:
    filled = fill_like_a_viewer(packet_pdf, {"rating.rs-2": "4", "overall": "no"})
    stripped = _drop_group_values(filled)
    result = read_packet_form(stripped)
    assert result.ratings["rs-2"] == "4" and result.overall == "no"


def _drop_group_values(data: bytes) -> bytes:
    """Remove /V from the radio groups, leaving only the kids' /AS."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for ref in writer._root_object["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/FT") == "/Btn" and "/V" in field:
            del field["/V"]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_export_value_we_never_wrote_is_refused_with_the_field_name(
    packet_pdf: bytes,
) -> None:
    filled = fill_like_a_viewer(packet_pdf, {"rating.rs-1": "7", "overall": "yes"})
    with pytest.raises(InputError, match=r"^card\.pdf: rating\.rs-1: unexpected value '7'"):
        read_packet_form(filled, source="card.pdf")


# ---------------------------------------------------------------- bad input


def test_random_bytes_are_not_a_pdf() -> None:
    noise = random.Random(7).randbytes(4000)
    with pytest.raises(InputError, match=r"^scan\.pdf: not a PDF file$"):
        read_packet_form(noise, source="scan.pdf")


def test_empty_file_is_not_a_pdf() -> None:
    with pytest.raises(InputError, match="not a PDF file"):
        read_packet_form(b"")


def test_truncated_packet_is_damaged(packet_pdf: bytes) -> None:
    with pytest.raises(InputError, match=r"^half\.pdf: damaged PDF: .*truncated"):
        read_packet_form(packet_pdf[: len(packet_pdf) // 2], source="half.pdf")


def test_garbled_packet_is_damaged(packet_pdf: bytes) -> None:
    start = packet_pdf.index(b"/AcroForm")
    garbled = packet_pdf[:start] + b"\x00" * 4000 + packet_pdf[start + 4000 :]
    with pytest.raises(InputError, match=r"damaged PDF|not an Interview Loop Planner packet"):
        read_packet_form(garbled)


def test_a_pdf_without_the_fields_is_not_a_packet() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    canvas.drawString(72, 720, "An ordinary letter")
    canvas.save()
    with pytest.raises(InputError, match=r"^letter\.pdf: not an Interview Loop Planner packet"):
        read_packet_form(buffer.getvalue(), source="letter.pdf")


def test_messages_are_one_line(packet_pdf: bytes) -> None:
    for data in (b"junk", packet_pdf[:5000]):
        with pytest.raises(InputError) as caught:
            read_packet_form(data)
        assert "\n" not in str(caught.value)
