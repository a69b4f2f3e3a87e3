"""The scorecard rules are the database's own (schema 6): an attacker's SQL is refused.

Each attack of issue #17 is tried twice: as SQL run by an interviewer's PostgreSQL login (Ann) against
a real server, expecting a permission or constraint error; and with the sqlite3 module straight on a
database file, expecting a constraint error. The app's own paths (amend, anonymise, erase, copy) keep
working through the same triggers: their tests are in test_scorecards.py, test_privacy.py and
test_transfer.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from team_support import Team, _submit

from interview_planner.db.database import Database
from interview_planner.db.models import Scorecard
from interview_planner.errors import ConflictError
from interview_planner.services import candidates, loops, maintenance, scorecards

REFUSED = {"42501", "23514"}  # permission denied (grants, row-level security), check violation (rules)


# --- PostgreSQL: SQL as an interviewer's login -------------------------------------------------------------


def _attack(db: Database, sql: str, params: dict[str, Any] | None = None, *, expect: str = "23514") -> str:
    """Run ``sql`` (statements separated by "; ") in one transaction as ``db``'s login; return the SQLSTATE
    it was refused with."""
    with pytest.raises(DBAPIError) as caught, db.engine.begin() as conn:
        for statement in sql.split("; "):
            conn.execute(text(statement), params or {})
    state = getattr(caught.value.orig, "sqlstate", None)
    assert state in REFUSED, f"{sql!r} failed with {state}: {caught.value.orig}"
    assert state == expect, f"{sql!r} was refused with {state}, not {expect}: {caught.value.orig}"
    return str(state)


def _ids(team_: Team) -> dict[str, str]:
    with team_.owner.read() as s:
        card = s.execute(text("SELECT id FROM scorecard WHERE interview_id = :i"), {"i": team_.ann_interview}).scalar()
        assessed = s.execute(
            text(
                "SELECT ss.role_skill_id FROM interview i JOIN stage_skill ss ON ss.stage_id = i.stage_id "
                "WHERE i.id = :i ORDER BY 1 LIMIT 1"
            ),
            {"i": team_.ann_interview},
        ).scalar_one()
        other = s.execute(
            text(
                "SELECT rs.id FROM role_skill rs JOIN interview i ON i.id = :i JOIN stage st ON st.id = i.stage_id "
                "JOIN loop l ON l.id = st.loop_id WHERE rs.role_id = l.role_id AND rs.id NOT IN "
                "(SELECT role_skill_id FROM stage_skill WHERE stage_id = i.stage_id) LIMIT 1"
            ),
            {"i": team_.ann_interview},
        ).scalar_one()
        bob_card = s.execute(
            text("SELECT id FROM scorecard WHERE interview_id = :i"), {"i": team_.bob_interview}
        ).scalar()
    return {
        "c": card or "",
        "card": card or "",
        "skill": assessed,
        "o": other,
        "other_skill": other,
        "bob_card": bob_card or "",
    }


def _card(team_: Team, interview_id: str) -> tuple[Any, ...]:
    with team_.owner.read() as s:
        row = s.execute(
            text("SELECT status, overall, key_takeaways, submitted_at, version FROM scorecard WHERE interview_id = :i"),
            {"i": interview_id},
        ).one()
    return tuple(row)


@pytest.mark.postgres_only
def test_a_submitted_scorecard_cannot_be_rewritten_without_an_amendment(a_team: Team) -> None:  # (a)
    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")
    ids, before = _ids(a_team), _card(a_team, a_team.ann_interview)
    _attack(a_team.ann, "UPDATE scorecard SET overall = 'strong_no' WHERE id = :c", {"c": ids["card"]})
    _attack(a_team.ann, "UPDATE scorecard SET key_takeaways = 'rewritten' WHERE id = :c", {"c": ids["card"]})
    _attack(a_team.ann, "UPDATE scorecard SET submitted_at = now() - interval '9 days' WHERE id = :c", ids)
    _attack(a_team.ann, "UPDATE rating SET rating = 1 WHERE scorecard_id = :c", {"c": ids["card"]})
    _attack(a_team.ann, "UPDATE rating SET evidence = 'other words' WHERE scorecard_id = :c", {"c": ids["card"]})
    _attack(a_team.ann, "DELETE FROM rating WHERE scorecard_id = :c", {"c": ids["card"]}, expect="42501")
    _attack(a_team.ann, "DELETE FROM scorecard WHERE id = :c", {"c": ids["card"]}, expect="42501")
    assert _card(a_team, a_team.ann_interview) == before


@pytest.mark.postgres_only
def test_ratings_and_recommendations_outside_their_range_are_refused(a_team: Team) -> None:  # (b)
    scorecards.save_draft(a_team.ann, interview_id=a_team.ann_interview, patch=scorecards.ScorecardPatch())
    ids = _ids(a_team)
    for value in (-1000, 0, 5):
        _attack(
            a_team.ann,
            "INSERT INTO rating (id, scorecard_id, role_skill_id, rating, evidence) "
            "VALUES (gen_random_uuid()::text, :c, :s, :v, '')",
            {"c": ids["card"], "s": ids["skill"], "v": value},
        )
    _attack(a_team.ann, "UPDATE scorecard SET overall = 'maybe' WHERE id = :c", {"c": ids["card"]})
    _attack(a_team.ann, "UPDATE scorecard SET status = 'approved' WHERE id = :c", {"c": ids["card"]})
    _attack(a_team.ann, "UPDATE scorecard SET key_takeaways = repeat('x', 100001) WHERE id = :c", ids)
    assert scorecards.get_scorecard(a_team.ann, a_team.ann_interview).ratings[0].rating is None


@pytest.mark.postgres_only
def test_peeking_then_reopening_ones_own_scorecard_is_refused(a_team: Team) -> None:  # (c)
    _submit(a_team.bob, a_team.bob_interview, "Bob thinks Pat is great")
    _submit(a_team.ann, a_team.ann_interview, "placeholder")
    ids = _ids(a_team)
    with a_team.ann.read() as s:  # the peek itself is allowed now that hers is submitted ...
        seen = s.execute(text("SELECT key_takeaways FROM scorecard WHERE id = :b"), {"b": ids["bob_card"]}).scalar()
    assert seen == "Bob thinks Pat is great"
    # ... but her own card stays locked: no way back to draft, by any column combination
    _attack(a_team.ann, "UPDATE scorecard SET status = 'draft', submitted_at = NULL WHERE id = :c", ids)
    _attack(a_team.ann, "UPDATE scorecard SET status = 'draft' WHERE id = :c", ids)
    # an amendment left open (to rewrite the card "quietly") is refused when the transaction commits
    _attack(
        a_team.ann,
        "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, author, closed) VALUES "
        "(gen_random_uuid()::text, :c, now(), 'x', '{}', '{}', '', false); "
        "UPDATE scorecard SET key_takeaways = 'copied from Bob' WHERE id = :c",
        ids,
    )
    assert _card(a_team, a_team.ann_interview)[:3] == ("submitted", "yes", "placeholder")


@pytest.mark.postgres_only
def test_a_rating_for_a_skill_the_stage_does_not_assess_is_refused(a_team: Team) -> None:  # (d)
    scorecards.save_draft(a_team.ann, interview_id=a_team.ann_interview, patch=scorecards.ScorecardPatch())
    ids = _ids(a_team)
    _attack(
        a_team.ann,
        "INSERT INTO rating (id, scorecard_id, role_skill_id, rating, evidence) "
        "VALUES (gen_random_uuid()::text, :c, :o, 4, 'great')",
        {"c": ids["card"], "o": ids["other_skill"]},
    )
    scorecards.save_draft(
        a_team.ann, interview_id=a_team.ann_interview, patch=scorecards.ScorecardPatch(ratings={ids["skill"]: 2})
    )
    _attack(a_team.ann, "UPDATE rating SET role_skill_id = :o WHERE scorecard_id = :c", ids)


@pytest.mark.postgres_only
def test_amendments_are_dated_by_the_server_signed_by_the_login_and_append_only(a_team: Team) -> None:  # (e)
    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")
    _submit(a_team.bob, a_team.bob_interview, "Bob thinks Pat is great")
    ids = _ids(a_team)
    forged = (
        "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, author, closed) VALUES "
        "(gen_random_uuid()::text, :c, :at, 'typo', '{}', '{}', :who, true)"
    )
    _attack(a_team.ann, forged, {"c": ids["card"], "at": "2020-01-01T00:00:00Z", "who": ""})  # backdated
    _attack(a_team.ann, forged, {"c": ids["card"], "at": "2020-01-01T00:00:00Z", "who": "hana"})
    with a_team.ann.engine.begin() as conn:  # signed by someone else, dated now
        who = conn.execute(text("SELECT current_user")).scalar()
    _attack(a_team.ann, forged.replace(":at", "now()"), {"c": ids["card"], "who": "someone_else"})
    _attack(a_team.ann, forged.replace(":at", "now()"), {"c": ids["bob_card"], "who": ""}, expect="42501")

    scorecards.amend(
        a_team.ann,
        interview_id=a_team.ann_interview,
        patch=scorecards.ScorecardPatch(key_takeaways="Ann: solid, clear tests"),
        reason="typo",
    )
    with a_team.hana.read() as s:
        row = s.execute(
            text("SELECT id, author, at > now() - interval '1 minute' AS fresh, before, after FROM scorecard_amendment")
        ).one()
    assert (row.author, row.fresh) == (who, True)
    assert (row.before["key_takeaways"], row.after["key_takeaways"]) == ("Ann: solid", "Ann: solid, clear tests")
    _attack(a_team.ann, "UPDATE scorecard_amendment SET reason = 'other' WHERE id = :a", {"a": row.id}, expect="42501")
    _attack(a_team.ann, "UPDATE scorecard_amendment SET after = '{}' WHERE id = :a", {"a": row.id})
    _attack(a_team.ann, "DELETE FROM scorecard_amendment WHERE id = :a", {"a": row.id}, expect="42501")
    # a manager may not rewrite history either (only erasure deletes it, with the scorecard)
    _attack(a_team.hana, "UPDATE scorecard_amendment SET at = now() - interval '1 year' WHERE id = :a", {"a": row.id})


@pytest.mark.postgres_only
def test_an_amendment_made_with_raw_sql_records_the_true_before_and_after(a_team: Team) -> None:
    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")
    ids = _ids(a_team)
    with a_team.ann.read() as s:
        card = s.get(Scorecard, ids["card"])
        assert card is not None
        true_before = scorecards.snapshot(s, card)
    with a_team.ann.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, author, closed) VALUES "
                "('raw', :c, now(), 'typo', '{\"overall\": \"strong_yes\"}', '{}', '', false)"
            ),
            ids,
        )
        conn.execute(text("UPDATE scorecard SET overall = 'no', key_takeaways = 'by hand' WHERE id = :c"), ids)
        conn.execute(text("UPDATE rating SET rating = 1 WHERE scorecard_id = :c AND role_skill_id = :skill"), ids)
        conn.execute(text("UPDATE scorecard_amendment SET closed = true, after = '{}' WHERE id = 'raw'"))
    with a_team.ann.read() as s:
        before, after = s.execute(text("SELECT before, after FROM scorecard_amendment WHERE id = 'raw'")).one()
        card = s.get(Scorecard, ids["card"])
        assert card is not None
        assert (before, after) == (true_before, scorecards.snapshot(s, card))
    assert after["ratings"][ids["skill"]]["rating"] == 1 and after["key_takeaways"] == "by hand"
    _attack(a_team.ann, "UPDATE rating SET not_assessed_reason = 'x' WHERE scorecard_id = :c", ids)


@pytest.mark.postgres_only
def test_the_copy_switch_and_the_trigger_helpers_are_not_for_interviewers(a_team: Team) -> None:
    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")
    _submit(a_team.bob, a_team.bob_interview, "Bob thinks Pat is great")
    ids = _ids(a_team)
    _attack(
        a_team.ann,
        "SET LOCAL ilp.bulk_copy = 'on'; UPDATE rating SET rating = 1 WHERE scorecard_id = :c",
        {"c": ids["card"]},
    )
    _attack(a_team.ann, "SELECT ilp_scorecard_snapshot(:b)", {"b": ids["bob_card"]}, expect="42501")
    with a_team.ann.engine.begin() as conn:  # someone else's card: row-level security hides it from UPDATE
        changed = conn.execute(text("UPDATE scorecard SET overall = 'no' WHERE id = :b"), {"b": ids["bob_card"]})
        assert changed.rowcount == 0


@pytest.mark.postgres_only
def test_the_app_reports_a_refused_change_as_a_conflict(a_team: Team) -> None:
    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")
    refused = pytest.raises(ConflictError, match="submitted scorecard changes only through an amendment")
    with refused, a_team.ann.write() as s:
        s.execute(text("UPDATE scorecard SET overall = 'no' WHERE interview_id = :i"), {"i": a_team.ann_interview})


@pytest.mark.postgres_only
def test_db_check_runs_in_team_mode_and_finds_rows_written_before_the_rules(a_team: Team) -> None:
    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")
    report = maintenance.check(a_team.hana)
    assert report.ok, report.problems
    with a_team.owner.write() as s:  # rows from before schema 6 (the constraints are NOT VALID for old rows)
        s.execute(text("ALTER TABLE rating DISABLE TRIGGER ALL"))
        s.execute(text("ALTER TABLE rating DROP CONSTRAINT ck_rating_value"))
        s.execute(text("UPDATE rating SET rating = -1000 WHERE rating IS NOT NULL"))
    report = maintenance.check(a_team.hana)
    assert not report.ok
    assert any("ratings outside 1..4" in p for p in report.problems), report.problems
    assert any("ck_rating_value" in p for p in report.problems), report.problems


# --- SQLite: the same rules on a single file, with the sqlite3 module ---------------------------------------


@dataclass
class Card:
    path: Path
    card: str
    skill: str
    other_skill: str
    draft_card: str


@pytest.fixture
def submitted_card(demo_db_path: Path, engine_name: str) -> Iterator[Card]:
    if engine_name != "sqlite":
        pytest.skip("SQLite file feature (not in team mode)")
    db = Database.open(demo_db_path)
    person = candidates.add_candidate(db, name="Pat Quinn", loop=loops.list_loops(db)[0].id)
    first, second = person.interviews[0].id, person.interviews[1].id
    _submit(db, first, "solid")
    scorecards.save_draft(db, interview_id=second, patch=scorecards.ScorecardPatch(key_takeaways="draft"))
    db.close()
    conn = sqlite3.connect(demo_db_path)
    card = conn.execute("SELECT id FROM scorecard WHERE interview_id = ?", (first,)).fetchone()[0]
    draft = conn.execute("SELECT id FROM scorecard WHERE interview_id = ?", (second,)).fetchone()[0]
    skill = conn.execute(
        "SELECT ss.role_skill_id FROM interview i JOIN stage_skill ss ON ss.stage_id = i.stage_id WHERE i.id = ?",
        (second,),
    ).fetchone()[0]
    other = conn.execute(
        "SELECT id FROM role_skill WHERE id NOT IN (SELECT ss.role_skill_id FROM interview i JOIN stage_skill ss "
        "ON ss.stage_id = i.stage_id WHERE i.id = ?)",
        (second,),
    ).fetchone()[0]
    conn.close()
    yield Card(Path(demo_db_path), card, skill, other, draft)


def _refused(path: Path, sql: str, *params: object) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        with pytest.raises(sqlite3.IntegrityError) as caught, conn:
            conn.execute(sql, params)
    finally:
        conn.close()
    return str(caught.value)


@pytest.mark.sqlite_only
def test_sqlite_a_submitted_scorecard_is_final(submitted_card: Card) -> None:
    path, card = submitted_card.path, submitted_card.card
    before = sqlite3.connect(path).execute("SELECT * FROM scorecard WHERE id = ?", (card,)).fetchone()
    assert "amendment" in _refused(path, "UPDATE scorecard SET overall = 'strong_no' WHERE id = ?", card)
    assert "amendment" in _refused(path, "UPDATE scorecard SET private_notes = 'x' WHERE id = ?", card)
    assert "stays submitted" in _refused(
        path, "UPDATE scorecard SET status = 'draft', submitted_at = NULL WHERE id = ?", card
    )
    assert "stays submitted" in _refused(path, "UPDATE scorecard SET submitted_at = '2020-01-01' WHERE id = ?", card)
    assert "amendment" in _refused(path, "UPDATE rating SET rating = 1 WHERE scorecard_id = ?", card)
    assert "amendment" in _refused(path, "DELETE FROM rating WHERE scorecard_id = ?", card)
    assert sqlite3.connect(path).execute("SELECT * FROM scorecard WHERE id = ?", (card,)).fetchone() == before


@pytest.mark.sqlite_only
def test_sqlite_values_out_of_range_and_unassessed_skills_are_refused(submitted_card: Card) -> None:
    path, draft = submitted_card.path, submitted_card.draft_card
    insert = "INSERT INTO rating (id, scorecard_id, role_skill_id, rating, evidence) VALUES (?, ?, ?, ?, '')"
    for value in (-1000, 0, 5, 2.5, "3", "x"):
        if value == "3":  # SQLite's integer affinity stores '3' as the integer 3: a valid rating
            continue
        assert "ck_rating_value" in _refused(path, insert, f"r{value}", draft, submitted_card.skill, value)
    assert "assesses" in _refused(path, insert, "r-other", draft, submitted_card.other_skill, 4)
    assert "ck_scorecard_overall" in _refused(path, "UPDATE scorecard SET overall = 'maybe' WHERE id = ?", draft)
    assert "ck_scorecard_status" in _refused(path, "UPDATE scorecard SET status = 'approved' WHERE id = ?", draft)
    assert "ck_rating_evidence" in _refused(
        path, insert.replace("''", "?"), "r-long", draft, submitted_card.skill, 3, "x" * 100_001
    )


@pytest.mark.sqlite_only
def test_sqlite_amendments_are_dated_now_and_append_only(submitted_card: Card) -> None:
    path, card = submitted_card.path, submitted_card.card
    insert = (
        "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, closed) "
        "VALUES (?, ?, ?, 'typo', '{}', '{}', ?)"
    )
    assert "dated" in _refused(path, insert, "a1", card, "2020-01-01 00:00:00.000000", 1)
    conn = sqlite3.connect(path)
    now = conn.execute("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')").fetchone()[0]
    conn.close()
    assert "only a submitted" in _refused(path, insert, "a3", submitted_card.draft_card, now, 1)
    db = Database.open(path)
    view = scorecards.get_scorecard(
        db, sqlite3.connect(path).execute("SELECT interview_id FROM scorecard WHERE id = ?", (card,)).fetchone()[0]
    )
    scorecards.amend(
        db, interview_id=view.interview_id, patch=scorecards.ScorecardPatch(key_takeaways="solid."), reason="typo"
    )
    db.close()
    amendment = sqlite3.connect(path).execute("SELECT id FROM scorecard_amendment").fetchone()[0]
    assert "append-only" in _refused(path, "UPDATE scorecard_amendment SET reason = 'x' WHERE id = ?", amendment)
    assert "append-only" in _refused(path, "UPDATE scorecard_amendment SET closed = 0 WHERE id = ?", amendment)


@pytest.mark.sqlite_only
def test_sqlite_db_check_reports_an_amendment_left_open_and_missing_rules(submitted_card: Card) -> None:
    path = submitted_card.path
    assert maintenance.check_file(path).ok
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, closed) "
            "VALUES ('a', ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 'why', '{}', '{}', 0)",
            (submitted_card.card,),
        )
        conn.execute("DROP TRIGGER ilp_rating_update_final")
    conn.close()
    problems = maintenance.check_file(path).problems
    assert any("amendments left open" in p for p in problems), problems
    assert any("ilp_rating_update_final" in p for p in problems), problems


def _sqlite_snapshot(path: Path, card: str) -> dict[str, Any]:
    db = Database.open(path)
    try:
        with db.read() as session:
            found = session.get(Scorecard, card)
            assert found is not None
            return scorecards.snapshot(session, found)
    finally:
        db.close()


@pytest.mark.sqlite_only
def test_sqlite_an_amendment_made_with_raw_sql_records_the_true_before_and_after(submitted_card: Card) -> None:
    path, card = submitted_card.path, submitted_card.card
    true_before = _sqlite_snapshot(path, card)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:  # one transaction: open an amendment with made-up values, edit the card, close it
        conn.execute(
            "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, closed) VALUES "
            "('raw', ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 'typo', '{\"overall\": \"strong_yes\"}', '{}', 0)",
            (card,),
        )
        conn.execute("UPDATE scorecard SET overall = 'no', key_takeaways = 'changed by hand' WHERE id = ?", (card,))
        conn.execute(
            "UPDATE rating SET rating = 1, evidence = 'rewritten' "
            "WHERE id = (SELECT min(id) FROM rating WHERE scorecard_id = ?)",
            (card,),
        )
        conn.execute("UPDATE scorecard_amendment SET closed = 1, after = '{\"overall\": \"yes\"}' WHERE id = 'raw'")
    before, after = conn.execute("SELECT before, after FROM scorecard_amendment WHERE id = 'raw'").fetchone()
    conn.close()
    assert json.loads(before) == true_before
    assert json.loads(after) == _sqlite_snapshot(path, card)
    assert json.loads(after)["overall"] == "no" and json.loads(after)["key_takeaways"] == "changed by hand"
    changed = [k for k, v in json.loads(after)["ratings"].items() if v != true_before["ratings"][k]]
    assert len(changed) == 1 and json.loads(after)["ratings"][changed[0]]["rating"] == 1
    # and the recorded values cannot be rewritten afterwards
    assert "append-only" in _refused(path, "UPDATE scorecard_amendment SET before = '{}' WHERE id = 'raw'")
    assert "append-only" in _refused(path, "UPDATE scorecard_amendment SET after = ? WHERE id = 'raw'", before)


@pytest.mark.sqlite_only
def test_sqlite_an_amendment_opened_closed_records_the_card_as_it_is(submitted_card: Card) -> None:
    path, card = submitted_card.path, submitted_card.card
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, closed) VALUES "
            "('noop', ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 'note', '{}', '{\"overall\": \"no\"}', 1)",
            (card,),
        )
    before, after = conn.execute("SELECT before, after FROM scorecard_amendment WHERE id = 'noop'").fetchone()
    conn.close()
    assert json.loads(before) == json.loads(after) == _sqlite_snapshot(path, card)


@pytest.mark.sqlite_only
def test_sqlite_a_not_assessed_reason_is_final_once_submitted(submitted_card: Card) -> None:
    path, card = submitted_card.path, submitted_card.card
    assert "amendment" in _refused(
        path, "UPDATE rating SET not_assessed_reason = 'was not there' WHERE scorecard_id = ?", card
    )


@pytest.mark.sqlite_only
def test_sqlite_the_apps_amendment_log_is_the_databases(submitted_card: Card) -> None:
    path, card = submitted_card.path, submitted_card.card
    interview = sqlite3.connect(path).execute("SELECT interview_id FROM scorecard WHERE id = ?", (card,)).fetchone()[0]
    db = Database.open(path)
    scorecards.amend(db, interview_id=interview, patch=scorecards.ScorecardPatch(overall="no"), reason="typo")
    db.close()
    conn = sqlite3.connect(path)
    before, after = conn.execute("SELECT before, after FROM scorecard_amendment").fetchone()
    leftover = conn.execute("SELECT count(*) FROM app_meta WHERE key = 'amendment_values'").fetchone()[0]
    conn.close()
    assert (json.loads(before)["overall"], json.loads(after)["overall"]) == ("yes", "no")
    assert leftover == 0
