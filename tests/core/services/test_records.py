"""Retention keeps a pseudonymised decision record: the person is gone, the decision and its statistics stay."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import redirect_stdout
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from interview_planner import cli
from interview_planner.db.database import Database
from interview_planner.logs import log_path
from interview_planner.scoring.decide import decide
from interview_planner.services import (
    candidates,
    decisions,
    fairness,
    loops,
    maintenance,
    privacy,
    record_expiry,
    records,
    scorecards,
)

LATER = datetime.now(UTC) + timedelta(days=400)


def _decided_people(db: Database, group: str, total: int, hired: int) -> None:
    """Candidates who stated ``group``, passed the first stage when hired, and got an override decision."""
    loop = loops.list_loops(db)[0]
    for n in range(total):
        person = candidates.add_candidate(db, name=f"{group} Pers{n}on", loop=loop.id, email=f"p{n}.{group[:3]}@x.org")
        fairness.record_self_id(db, candidate=person.id, values={"race_ethnicity": group})
        first = min(person.interviews, key=lambda i: i.stage_position)
        card = scorecards.get_scorecard(db, first.id)
        patch = scorecards.ScorecardPatch(
            ratings={r.skill_id: 3 for r in card.ratings}, overall="yes" if n < hired else "no"
        )
        scorecards.submit(db, interview_id=first.id, patch=patch)
        decisions.record_override(
            db, candidate=person.id, decision="hire" if n < hired else "no_hire", reason="panel agreed"
        )


def _counts(report: fairness.FairnessReport) -> dict[str, dict[str, tuple[int, int]]]:
    return {s.step: {g.group: (g.candidates, g.selected) for g in s.groups} for s in report.steps}


def _jordan_signed_off(db: Database) -> str:
    person = candidates.get_candidate(db, "Jordan Rivera")
    fairness.record_self_id(db, candidate=person.id, values={"race_ethnicity": "Asian", "sex": "Female"})
    decisions.record_override(db, candidate=person.id, decision="hire", reason="Jordan Rivera showed depth")
    decisions.sign_off(db, candidate=person.id, by="Dana Kim", reason="Signed for jordan after the debrief")
    return person.id


def test_retention_keeps_the_decision_without_the_person(demo_db: Database) -> None:
    before = decisions.consolidate(demo_db, _jordan_signed_off(demo_db))

    done = privacy.apply_retention(demo_db, days=30, action="erase", dry_run=False, now=LATER, keep_records_days=3650)

    assert [i.name for i in done] == ["Jordan Rivera"] and done[0].record is not None
    assert [c.name for c in candidates.list_candidates(demo_db)] == ["Sam Okafor"]
    (kept,) = records.records(demo_db)
    assert kept.pseudonym == done[0].record and kept.pseudonym.startswith("R-")
    assert (kept.computed, kept.final, kept.overridden) == ("no_hire", "hire", True)
    assert kept.policy_version == before.policy.version and kept.policy == before.policy.model_dump(mode="json")
    assert kept.role == before.candidate.role and kept.loop == before.candidate.loop
    assert len(kept.decided_month) == 7 and len(kept.applied_month) == 7  # months, not days
    assert kept.sign_offs[0]["signed_by"] == "Dana Kim"
    assert kept.sign_offs[0]["reason"] == "Signed for [candidate] after the debrief"
    assert kept.override["reason"] == "[candidate] showed depth"
    # the ratings the rule read, as numbers, without the interviewers' words or the interview times
    ratings = [r for s in before.result.skills for r in s.ratings if r.rating is not None]
    kept_ratings = [v for card in kept.inputs.scorecards for v in card.ratings.values() if v is not None]
    assert sorted(kept_ratings) == sorted(r.rating for r in ratings)
    assert all(not c.evidence and not c.key_takeaways and c.submitted_at is None for c in kept.inputs.scorecards)
    # an auditor can re-run the rule on what was kept
    assert decide(kept.inputs, before.policy).decision == "no_hire"


@pytest.mark.sqlite_only
def test_after_retention_the_name_is_nowhere(demo_db: Database, demo_db_path: Path, tmp_path: Path) -> None:
    _jordan_signed_off(demo_db)
    email = candidates.get_candidate(demo_db, "Jordan Rivera").email or "jordan@example.org"
    backup = maintenance.backup(demo_db, label="daily")
    log_path().parent.mkdir(parents=True, exist_ok=True)
    with log_path().open("a", encoding="utf-8") as log:  # as an old version could have logged it
        log.write(f"ERROR while saving Jordan Rivera <{email}>\nERROR unrelated\n")
    privacy.apply_retention(demo_db, days=30, action="erase", dry_run=False, now=LATER)
    outputs = [records.export(demo_db, fmt="csv"), records.export(demo_db, fmt="json")]
    demo_db.close()
    assert "ERROR unrelated" in log_path().read_text(encoding="utf-8")
    blobs = [demo_db_path.read_bytes(), backup.read_bytes(), log_path().read_bytes(), *(o.encode() for o in outputs)]
    for blob in blobs:
        for word in (b"Jordan", b"jordan", b"Rivera", email.encode()):
            assert word not in blob
    with sqlite3.connect(demo_db_path) as conn:
        assert conn.execute("SELECT count(*) FROM decision_archive").fetchone() == (1,)
        assert conn.execute("SELECT value FROM archived_self_identification ORDER BY 1").fetchall() == [
            ("Asian",),
            ("Female",),
        ]
        # nothing named holds the pseudonym: it is in the record and its self-identification only
        (pseudonym,) = conn.execute("SELECT pseudonym FROM decision_archive").fetchone()
    assert demo_db_path.read_bytes().count(pseudonym.encode()) >= 1
    assert pseudonym.encode() not in backup.read_bytes()


@pytest.mark.parametrize("action", ["erase", "anonymise"])
def test_fairness_counts_are_the_same_after_retention(demo_db: Database, action: privacy.Action) -> None:
    _decided_people(demo_db, "White", 6, 4)
    _decided_people(demo_db, "Asian", 6, 2)
    before = fairness.report(demo_db, category=["race_ethnicity"], min_cell=1)

    done = privacy.apply_retention(demo_db, days=30, action=action, dry_run=False, now=LATER)

    assert len(done) == 13 and all(i.record for i in done)  # Jordan Rivera, decided by the demo, too
    after = fairness.report(demo_db, category=["race_ethnicity"], min_cell=1)
    assert _counts(after) == _counts(before)
    assert _counts(after)[fairness.FINAL_STEP] == {"White": (6, 4), "Asian": (6, 2)}
    assert after.candidates == before.candidates  # each person once, never both as a row and a record


def test_a_record_goes_when_its_own_period_ends(demo_db: Database) -> None:
    _jordan_signed_off(demo_db)
    privacy.apply_retention(demo_db, days=30, action="erase", dry_run=False, now=LATER, keep_records_days=10)
    (kept,) = records.records(demo_db)
    last_day = date.fromisoformat(kept.keep_until)
    assert record_expiry.delete_expired(demo_db, today=last_day) == []
    assert record_expiry.delete_expired(demo_db, today=last_day + timedelta(days=1)) == [kept.pseudonym]
    assert records.records(demo_db) == []
    report = fairness.report(demo_db, category=["race_ethnicity"], min_cell=1)
    assert report.candidates == 1  # Sam Okafor; the record and its self-identification are gone


def test_an_erasure_on_request_keeps_a_record_only_when_asked(demo_db: Database) -> None:
    _jordan_signed_off(demo_db)
    assert privacy.erase_candidate(demo_db, candidate="Sam Okafor", keep_record_days=100).record is None  # undecided
    assert privacy.erase_candidate(demo_db, candidate="Jordan Rivera").record is None
    assert records.records(demo_db) == []


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(list(args))
    return code, out.getvalue()


def test_records_export_is_spreadsheet_safe_csv_and_json(demo_db: Database, demo_db_path: Path, tmp_path: Path) -> None:
    person = candidates.get_candidate(demo_db, "Jordan Rivera")
    decisions.sign_off(demo_db, candidate=person.id, by='=HYPERLINK("http://x")', reason="fine")
    privacy.apply_retention(demo_db, days=30, action="erase", dry_run=False, now=LATER)
    demo_db.close()
    db = str(demo_db_path)

    code, text = _run("--db", db, "records", "export", "--format", "csv", "--out", str(tmp_path / "r.csv"))
    assert code == 0 and "wrote" in text
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert rows and {r["signed_by"] for r in rows} == {'\'=HYPERLINK("http://x")'}
    assert {r["final"] for r in rows} == {"no_hire"} and {r["rating"] for r in rows} <= {"", "1", "2", "3", "4"}
    assert len({r["record"] for r in rows}) == 1 and all(r["skill"] for r in rows)

    code, text = _run("--db", db, "records", "export", "--format", "json")
    (record,) = json.loads(text)["records"]
    assert record["pseudonym"] == rows[0]["record"] and record["inputs"]["scorecards"]
    assert "race_ethnicity" not in text and "self_identification" not in text

    code, text = _run("--db", db, "records", "list")
    assert code == 0 and rows[0]["record"] in text and "no_hire" in text
    code, _ = _run("--db", db, "records", "list", "--since", "May 2024")
    assert code == 2
