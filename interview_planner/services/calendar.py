"""Calendar files (RFC 5545 ``.ics``) for a candidate's scheduled interviews.

One file per interviewer (their interviews of this candidate, with a short
agenda) and one for the candidate (every interview, with who and which stage,
and no questions). Nothing from scorecards, notes or self-identification is
written. Times are written in the chosen time zone with its definition
(``VTIMEZONE``), so every calendar shows the same instant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event
from pydantic import BaseModel
from sqlalchemy import Row, text

from interview_planner import APP_NAME, __version__
from interview_planner.db.database import Database
from interview_planner.errors import InputError
from interview_planner.services.candidates import resolve_candidate
from interview_planner.services.common import stored_time

_UNSAFE = re.compile(r"[^\w.-]+")
_PLACES = {"video": "Video call", "phone": "Phone call", "onsite": "On site", "take-home": "Take-home exercise"}


class CalendarFile(BaseModel):
    name: str  # file name
    person: str
    events: int
    content: bytes


class CalendarExport(BaseModel):
    files: list[CalendarFile]
    unscheduled: list[str]  # "stage with interviewer" not yet given a time


def calendar_files(db: Database, *, candidate: str, tz: str = "UTC", location: str = "") -> CalendarExport:
    """The ``.ics`` files of a candidate's scheduled interviews (nothing is written to disk)."""
    zone = _zone(tz)
    with db.read() as session:
        cid = resolve_candidate(session, candidate)
        rows = session.execute(
            text(
                "SELECT i.id, i.scheduled_at, s.name AS stage, s.position, s.minutes, s.format, s.focus, "
                "p.name AS interviewer, p.email AS interviewer_email, c.name AS candidate, "
                "(SELECT count(*) FROM stage_question q WHERE q.stage_id = s.id) AS questions "
                "FROM interview i JOIN stage s ON s.id = i.stage_id JOIN interviewer p ON p.id = i.interviewer_id "
                "JOIN candidate c ON c.id = i.candidate_id WHERE i.candidate_id = :c ORDER BY s.position, p.name"
            ),
            {"c": cid},
        ).all()
    scheduled = [r for r in rows if r.scheduled_at is not None]
    files = [
        _file(f"{_safe(person)}.ics", person, [r for r in scheduled if r.interviewer == person], zone, location, True)
        for person in sorted({r.interviewer for r in scheduled})
    ]
    if scheduled:
        name = scheduled[0].candidate
        files.append(_file(f"candidate-{_safe(name)}.ics", name, scheduled, zone, location, False))
    unscheduled = [f"{r.stage} with {r.interviewer}" for r in rows if r.scheduled_at is None]
    return CalendarExport(files=files, unscheduled=unscheduled)


def write_calendar_files(export: CalendarExport, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for f in export.files:
        path = folder / f.name
        tmp = path.with_suffix(".ics.part")
        tmp.write_bytes(f.content)
        tmp.replace(path)
        written.append(path)
    return written


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"unknown time zone {tz!r} (use an IANA name such as Europe/Paris)", field="tz") from None


def _file(
    name: str, person: str, rows: Sequence[Row[Any]], zone: ZoneInfo, location: str, interviewer: bool
) -> CalendarFile:
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for r in rows:
        cal.add_component(_event(r, zone, location, interviewer))
    cal.add_missing_timezones()
    return CalendarFile(name=name, person=person, events=len(rows), content=cal.to_ical())


def _event(r: Row[Any], zone: ZoneInfo, location: str, interviewer: bool) -> Event:
    start = stored_time(r.scheduled_at)
    assert start is not None
    local = start.astimezone(zone)
    event = Event()
    event.add("uid", f"{r.id}@interview-loop-planner")
    event.add("dtstamp", datetime.now(tz=ZoneInfo("UTC")).replace(microsecond=0))
    event.add("dtstart", local)
    event.add("dtend", local + timedelta(minutes=int(r.minutes)))
    if interviewer:
        event.add("summary", f"Interview: {r.candidate} – {r.stage}")
        event.add("description", _interviewer_agenda(r))
    else:
        event.add("summary", f"Interview – {r.stage} with {r.interviewer}")
        event.add("description", f"{r.stage} ({r.minutes} minutes) with {r.interviewer}.")
    event.add("location", location or _PLACES.get(r.format, r.format))
    return event


def _interviewer_agenda(r: Row[Any]) -> str:
    return "\n".join(
        [
            f"{r.stage}, {r.minutes} minutes, with {r.candidate}.",
            "5 min: introductions.",
            f"Questions from your packet ({r.questions}).",
            "10 min: the candidate's questions and close.",
            "Fill the scorecard the same day (in the app or in the packet's form).",
        ]
    )


def _safe(name: str) -> str:
    return _UNSAFE.sub("-", name.strip()).strip("-").lower() or "person"
