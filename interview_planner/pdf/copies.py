"""A candidate's documents stamped from the templates of their stages (pdf/stamp.py), for bulk export."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from interview_planner.packets.model import InterviewerPacket, LoopOverview, Paper
from interview_planner.pdf.overview import overview_copy, render_loop_overview
from interview_planner.pdf.packet import packet_copy, render_interviewer_packet
from interview_planner.pdf.stamp import stamp_all


def render_copies(packets: Sequence[InterviewerPacket], overview: LoopOverview, *, paper: Paper) -> Iterator[bytes]:
    """The PDF of each packet, then of the overview, one at a time as they are asked for: the same pages,
    text, fields and seals as rendering each in full (other bytes). A document whose stamped lines do not
    fit their slots (a name that needs a second title line) is rendered in full."""
    jobs = [packet_copy(packet, paper) for packet in packets]
    over = overview_copy(overview, paper)
    stamped = stamp_all(jobs if over is None else [*jobs, over])
    for packet in packets:
        data = next(stamped)
        yield data if data is not None else render_interviewer_packet(packet, paper=paper)
    data = next(stamped) if over is not None else None
    yield data if data is not None else render_loop_overview(overview, paper=paper)
