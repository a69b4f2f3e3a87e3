"""Packets stamped from a stage's template (export of many candidates) are the packets rendered in full:
the same pages to the pixel, the same text and fields, fillable, importable, sealed and still refused when
edited or flattened."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "pdf"))
from pdf_helpers import all_text, fields, fill_with_pymupdf, page_texts

from interview_planner.errors import InputError
from interview_planner.pdf import read_packet_form, render_interviewer_packet
from interview_planner.pdf.packet import render_interviewer_packet_copy
from interview_planner.pdf.stamp import TEMPLATES
from interview_planner.services import candidates, exchange, packets
from interview_planner.services import packet_content as gather
from interview_planner.services import scorecards as sc

pymupdf = pytest.importorskip("pymupdf", reason="PyMuPDF (the test extra) renders and fills the packets")

NAME = "Zoë <b>Ødegård</b> & 王小明"  # escaping, a fallback font and a name the template never saw


@pytest.fixture
def both(demo_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Zoë's packets rendered in full and stamped from templates first made for another candidate."""
    TEMPLATES.clear()
    loop_id = candidates.get_candidate(demo_db, "Sam Okafor").loop_id
    first = candidates.add_candidate(demo_db, name="Ann Lee", loop=loop_id)
    person = candidates.add_candidate(demo_db, name=NAME, loop=loop_id)
    packets.export_packets(
        demo_db, candidate=first.id, out_dir=tmp_path / "ann", generated_on="2026-12-01", reuse_layout=True
    )
    made = len(TEMPLATES)
    full = packets.export_packets(demo_db, candidate=person.id, out_dir=tmp_path / "full", generated_on="2026-12-01")
    copies = packets.export_packets(
        demo_db, candidate=person.id, out_dir=tmp_path / "copy", generated_on="2026-12-01", reuse_layout=True
    )
    assert made == 8 and len(TEMPLATES) == 8  # one per stage and the overview, made once, used for both
    return person, full, copies


def pixels(data: bytes) -> list[bytes]:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return [page.get_pixmap(dpi=60).samples for page in doc]


def test_copies_look_and_read_exactly_like_full_renders(both) -> None:  # type: ignore[no-untyped-def]
    _, full, copies = both
    assert [f.kind for f in copies] == [f.kind for f in full] and len(full) == 8
    for a, b in zip(full, copies, strict=True):
        old, new = Path(a.path).read_bytes(), Path(b.path).read_bytes()
        assert old != new  # stamped, not rendered again
        assert pixels(new) == pixels(old), b.path
        # the same words on each page (the stamped lines come last in the text layer: the overlay)
        assert [sorted(t.split()) for t in page_texts(new)] == [sorted(t.split()) for t in page_texts(old)]
        assert NAME in all_text(new)
        if a.kind == "packet":
            assert {k: v.get("/V") for k, v in fields(new).items()} == {k: v.get("/V") for k, v in fields(old).items()}
            assert read_packet_form(new) == read_packet_form(old)


def test_a_filled_copy_imports_and_an_edited_or_flattened_one_is_refused(demo_db, both, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, _, copies = both
    first = Path(copies[0].path)
    card = sc.get_scorecard(demo_db, copies[0].interview_id)
    values = {f"rating.{r.skill_id}": "3" for r in card.ratings} | {"overall": "yes"}
    edited = fill_with_pymupdf(first, values | {"interview_id": copies[1].interview_id or ""}, tmp_path / "edited.pdf")
    with pytest.raises(InputError, match="tampered"):
        exchange.import_files(demo_db, [edited])
    flat = tmp_path / "flat.pdf"
    with pymupdf.open(first) as doc:
        doc.bake()
        doc.save(flat)
    with pytest.raises(InputError, match="flattened"):
        exchange.import_files(demo_db, [flat])
    filled = fill_with_pymupdf(first, values, tmp_path / "filled.pdf")
    [result] = exchange.import_files(demo_db, [filled])
    assert result.outcome == "created" and result.status == "submitted"
    assert {r.rating for r in sc.get_scorecard(demo_db, copies[0].interview_id).ratings} == {3}


def test_a_name_that_needs_two_lines_is_rendered_in_full(demo_db) -> None:  # type: ignore[no-untyped-def]
    interview = candidates.get_candidate(demo_db, "Sam Okafor").interviews[0].id
    with demo_db.read() as session:
        packet = gather.interviewer_packet(session, interview, generated_on="2026-12-01")
    short = packet.model_copy(update={"candidate_name": "Ann Lee"})
    long = packet.model_copy(update={"candidate_name": "Maximiliana Wilhelmina " * 4})
    assert render_interviewer_packet_copy(short) != render_interviewer_packet(short)  # stamped
    assert render_interviewer_packet_copy(long) == render_interviewer_packet(long)  # a second title line


def test_an_export_with_a_long_name_renders_every_document_in_full(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    loop_id = candidates.get_candidate(demo_db, "Sam Okafor").loop_id
    person = candidates.add_candidate(demo_db, name="Maximiliana Wilhelmina " * 4, loop=loop_id)
    full = packets.export_packets(demo_db, candidate=person.id, out_dir=tmp_path / "full", generated_on="2026-12-01")
    copies = packets.export_packets(
        demo_db, candidate=person.id, out_dir=tmp_path / "copy", generated_on="2026-12-01", reuse_layout=True
    )
    assert [Path(f.path).read_bytes() for f in copies] == [Path(f.path).read_bytes() for f in full]
