"""Calendar files read back by a standard parser, with the right instants and nothing private."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from interview_planner.db.database import Database
from interview_planner.errors import InputError
from interview_planner.services import candidates, scorecards
from interview_planner.services.calendar import calendar_files


def test_one_file_per_interviewer_and_one_for_the_candidate_in_the_chosen_zone(demo_db: Database) -> None:
    person = candidates.list_candidates(demo_db)[0]
    for interview in person.interviews:  # the demo schedules some: start from none
        candidates.schedule_interview(demo_db, interview_id=interview.id, at=None)
    first, second = sorted(person.interviews, key=lambda i: i.stage_position)[:2]
    start = datetime(2026, 3, 30, 7, 30, tzinfo=UTC)  # the day after the clocks change in Paris
    candidates.schedule_interview(demo_db, interview_id=first.id, at=start)
    candidates.schedule_interview(demo_db, interview_id=second.id, at=start.replace(hour=9))

    export = calendar_files(demo_db, candidate=person.name, tz="Europe/Paris", location="Room 4")

    by_person = {f.person: Calendar.from_ical(f.content) for f in export.files}
    assert set(by_person) == {first.interviewer, second.interviewer, person.name}
    events = by_person[first.interviewer].walk("VEVENT")
    assert len(events) == 1 or first.interviewer == second.interviewer
    begins = events[0].decoded("dtstart")
    assert begins == start and begins.tzinfo == ZoneInfo("Europe/Paris") and begins.hour == 9  # CEST: UTC+2
    assert events[0].decoded("dtend") > begins
    assert str(events[0]["location"]) == "Room 4"
    assert [tz["tzid"] for tz in by_person[first.interviewer].walk("VTIMEZONE")] == ["Europe/Paris"]
    assert len(by_person[person.name].walk("VEVENT")) == 2
    assert len(export.unscheduled) == len(person.interviews) - 2


def test_no_scorecard_note_reaches_a_calendar(demo_db: Database) -> None:
    person = next(
        p for p in candidates.list_candidates(demo_db) if any(i.scorecard_status != "submitted" for i in p.interviews)
    )
    for other in person.interviews:
        candidates.schedule_interview(demo_db, interview_id=other.id, at=None)
    interview = next(i for i in person.interviews if i.scorecard_status != "submitted")
    scorecards.save_draft(
        demo_db,
        interview_id=interview.id,
        patch=scorecards.ScorecardPatch(key_takeaways="TAKEAWAY-SECRET", private_notes="PRIVATE-SECRET"),
    )
    candidates.schedule_interview(demo_db, interview_id=interview.id, at=datetime(2026, 5, 4, 12, tzinfo=UTC))
    export = calendar_files(demo_db, candidate=person.id)
    content = b"".join(f.content for f in export.files)
    assert b"SECRET" not in content and content.count(b"BEGIN:VEVENT") == 2


def test_an_unknown_time_zone_is_a_clear_error(demo_db: Database) -> None:
    person = candidates.list_candidates(demo_db)[0]
    with pytest.raises(InputError, match="unknown time zone"):
        calendar_files(demo_db, candidate=person.id, tz="Mars/Olympus")
