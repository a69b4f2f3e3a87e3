"""PDF rendering of the printable documents (packets, loop overview, consolidated scorecard).

A thin renderer: it turns the plain data of :mod:`interview_planner.packets.model`
into PDF bytes and knows nothing about the database. See docs/pdf.md.
"""

from __future__ import annotations

from interview_planner.pdf.consolidated import render_consolidated_scorecard
from interview_planner.pdf.forms import FilledPacketForm, read_packet_form
from interview_planner.pdf.overview import render_loop_overview
from interview_planner.pdf.packet import render_interviewer_packet

__all__ = [
    "FilledPacketForm",
    "read_packet_form",
    "render_consolidated_scorecard",
    "render_interviewer_packet",
    "render_loop_overview",
]
