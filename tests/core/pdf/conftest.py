"""Fixtures for the PDF tests: sample documents built by hand (see pdf_samples.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # pdf_samples, pdf_helpers: plain modules

from pdf_samples import make_overview, make_packet, make_scorecard

from interview_planner.packets.model import (
    ConsolidatedScorecard,
    InterviewerPacket,
    LoopOverview,
)


@pytest.fixture
def packet() -> InterviewerPacket:
    return make_packet()


@pytest.fixture
def overview() -> LoopOverview:
    return make_overview()


@pytest.fixture
def scorecard() -> ConsolidatedScorecard:
    return make_scorecard()


@pytest.fixture(scope="session")
def packet_pdf() -> bytes:
    """The sample packet rendered once (A4); tests must not change it."""
    from interview_planner.pdf import render_interviewer_packet

    return render_interviewer_packet(make_packet())
