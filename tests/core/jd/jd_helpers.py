"""Helpers the job-description tests share (a plain module: ``conftest.py`` puts this folder on the path)."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description


def named(lines: str) -> dict[str, tuple[str, str]]:
    """name -> (kind, priority) of a posting with these lines under a requirements heading."""
    text = f"# Data Engineer\n\n## Requirements\n\n{lines}\n"
    return {s.name: (s.kind, s.priority) for s in parse_job_description(text).skills}
