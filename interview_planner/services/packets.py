"""Write a candidate's loop packets (one PDF per interview) and the loop overview to a folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.errors import InputError
from interview_planner.packets import seal as sealing
from interview_planner.packets.model import InterviewerPacket, LoopOverview, Paper
from interview_planner.services import packet_content as gather
from interview_planner.services.candidates import resolve_candidate
from interview_planner.services.decisions import consolidate
from interview_planner.services.exchange import ensure_secret
from interview_planner.services.identity import database_secret

Progress = Callable[[int, int, str], bool]  # (done, total, label) -> keep going?


class ExportedFile(BaseModel):
    kind: str  # packet / overview / consolidated
    path: str
    interview_id: str | None = None
    stage: str | None = None
    interviewer: str | None = None


def slug(text_: str) -> str:
    cleaned = "".join(ch.lower() if ch.isalnum() else "-" for ch in text_)
    return "-".join(part for part in cleaned.split("-") if part)[:48] or "x"


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file so a reader never sees half a PDF."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write the file ({exc.strerror})", file=path) from None


def _prepare(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder ({exc.strerror})", file=out_dir) from None


def export_packets(
    db: Database,
    *,
    candidate: str,
    out_dir: Path,
    paper: Paper = "a4",
    progress: Progress | None = None,
    generated_on: str | None = None,
    reuse_layout: bool = False,
    overviews: dict[str, LoopOverview] | None = None,
) -> list[ExportedFile]:
    """Every interviewer packet of the candidate's loop plus the loop overview; returns what was written.

    ``reuse_layout`` (exporting many candidates): each document is stamped from a template of its stage
    (or loop) that this process keeps, laid out once for all the candidates of the loop (pdf/stamp.py):
    the same pages, text, form fields and seal, other bytes. ``overviews``: the loop overviews this
    export has gathered already, by loop and candidate-free (one export's workers keep one)."""
    _prepare(out_dir)
    ensure_secret(db)
    with db.read() as session:
        cid = resolve_candidate(session, candidate)
        interviews = gather.candidate_interviews(session, cid)
        secret = database_secret(session)
        packets = [
            _sealed(gather.interviewer_packet(session, i, generated_on=generated_on), secret) for i in interviews
        ]
        loop_id = gather.candidate_loop_id(session, cid)
        overview = _loop_overview(session, loop_id, generated_on, overviews).model_copy(
            update={"candidate_name": packets[0].candidate_name if packets else None}
        )
    total = len(packets) + 1
    documents = (_copies if reuse_layout else _rendered)(packets, overview, paper)  # each made when asked for
    written: list[ExportedFile] = []
    for n, packet in enumerate(packets):
        if progress and not progress(n, total, f"{packet.stage_name} – {packet.interviewer_name}"):
            return written
        name = (
            f"{slug(packet.candidate_name)}-{n + 1:02d}-{slug(packet.stage_name)}-{slug(packet.interviewer_name)}.pdf"
        )
        path = out_dir / name
        write_atomic(path, next(documents))
        written.append(
            ExportedFile(
                kind="packet",
                path=str(path),
                interview_id=packet.interview_id,
                stage=packet.stage_name,
                interviewer=packet.interviewer_name,
            )
        )
    path = out_dir / f"{slug(overview.candidate_name or overview.loop_name)}-00-loop-overview.pdf"
    write_atomic(path, next(documents))
    written.append(ExportedFile(kind="overview", path=str(path)))
    if progress:
        progress(total, total, "done")
    return written


def _rendered(packets: list[InterviewerPacket], overview: LoopOverview, paper: Paper) -> Iterator[bytes]:
    from interview_planner.pdf import render_interviewer_packet, render_loop_overview

    for packet in packets:
        yield render_interviewer_packet(packet, paper=paper)
    yield render_loop_overview(overview, paper=paper)


def _copies(packets: list[InterviewerPacket], overview: LoopOverview, paper: Paper) -> Iterator[bytes]:
    from interview_planner.pdf.copies import render_copies

    return render_copies(packets, overview, paper=paper)


def _loop_overview(
    session: Session, loop_id: str, generated_on: str | None, known: dict[str, LoopOverview] | None
) -> LoopOverview:
    """The loop's overview without a candidate: gathered once per export when ``known`` keeps them."""
    if known is not None and loop_id in known:
        return known[loop_id]
    overview = gather.loop_overview(session, loop_id, generated_on=generated_on)
    if known is not None:
        known[loop_id] = overview
    return overview


def _sealed(packet: InterviewerPacket, secret: str) -> InterviewerPacket:
    """The packet with its seal over the identifying fields its form carries."""
    fields = sealing.packet_fields(
        packet.database_id, packet.interview_id, packet.candidate_name, packet.stage_name, packet.interviewer_name
    )
    return packet.model_copy(update={"seal": sealing.seal(secret, fields)})


def export_consolidated(
    db: Database, *, candidate: str, out: Path, paper: Paper = "a4", generated_on: str | None = None
) -> ExportedFile:
    from interview_planner.pdf import render_consolidated_scorecard

    data = gather.consolidated_scorecard(consolidate(db, candidate), generated_on=generated_on)
    if out.parent and not out.parent.exists():
        _prepare(out.parent)
    write_atomic(out, render_consolidated_scorecard(data, paper=paper))
    return ExportedFile(kind="consolidated", path=str(out))
