"""Backups, restore and health checks of the database file.

Backups use SQLite's online backup API (a consistent copy while the app is
open). Automatic ones rotate: before each migration, and at most daily on
start; the newest ``keep`` are kept.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import text

from interview_planner.db import migrations, pg_migrations
from interview_planner.db.database import SQLITE_HEADER, Database
from interview_planner.errors import InputError, StorageError

DEFAULT_KEEP = 10


class CheckReport(BaseModel):
    database: str
    ok: bool
    integrity: str
    problems: list[str]


def backup_dir(db: Database) -> Path:
    if db.path is None:
        raise StorageError("only a database file can be backed up")
    return db.path.parent / "backups"


def backup(db: Database, *, out: Path | None = None, label: str = "manual") -> Path:
    if db.path is None:
        raise StorageError("only a database file can be backed up")
    with db.raw() as conn:
        if out is None:
            return migrations.backup_file(conn, db.path, backup_dir(db), label=label)
        if out.exists():
            raise InputError("the file already exists; choose another name", file=out)
        dest = sqlite3.connect(out)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        return out


def list_backups(db: Database) -> list[Path]:
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    suffix = db.path.suffix or ".db"  # type: ignore[union-attr]
    files = [p for p in folder.glob(f"{db.path.stem}.*") if p.name.endswith(suffix)]  # type: ignore[union-attr]
    return sorted(files, key=lambda p: p.name, reverse=True)  # not the -wal / -shm files beside them


def rotate(db: Database, *, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; return what was deleted."""
    old = [p for p in list_backups(db) if ".manual." not in p.name][keep:]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def daily_backup(db: Database, *, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path | None:
    """Back up on start when the newest automatic backup is older than a day."""
    if db.path is None or not db.path.exists():
        return None
    now = now or datetime.now(UTC)
    newest = next((p for p in list_backups(db) if ".daily." in p.name), None)
    if newest is not None and now - datetime.fromtimestamp(newest.stat().st_mtime, UTC) < timedelta(days=1):
        return None
    path = backup(db, label="daily")
    rotate(db, keep=keep)
    return path


def check_file(path: Path) -> CheckReport:
    """Integrity check plus the app's own invariants, on a file that need not be open."""
    if not path.is_file():
        raise InputError("no such database file", file=path)
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise InputError("not an Interview Loop Planner database (not a SQLite file)", file=path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _check(conn, str(path))
    except sqlite3.DatabaseError as exc:
        return CheckReport(database=str(path), ok=False, integrity=str(exc), problems=[str(exc)])
    finally:
        conn.close()


def check(db: Database) -> CheckReport:
    if db.is_postgres:
        return _check_server(db)
    if db.path is not None:
        return check_file(db.path)
    with db.raw() as conn:
        return _check(conn, str(db))


INVARIANTS = (
    (
        "ratings of skills that are not assessed by the interview's stage",
        "SELECT count(*) FROM rating r JOIN scorecard s ON s.id = r.scorecard_id JOIN interview i ON i.id = "
        "s.interview_id "
        "WHERE NOT EXISTS (SELECT 1 FROM stage_skill ss WHERE ss.stage_id = i.stage_id AND ss.role_skill_id = "
        "r.role_skill_id)",
    ),
    ("ratings outside 1..4", "SELECT count(*) FROM rating WHERE rating IS NOT NULL AND rating NOT IN (1, 2, 3, 4)"),
    (
        "submitted scorecards without a submission time or recommendation",
        "SELECT count(*) FROM scorecard WHERE status = 'submitted' AND (submitted_at IS NULL OR overall IS NULL)",
    ),
    (
        "interviews whose stage belongs to another loop than the candidate's",
        "SELECT count(*) FROM interview i JOIN candidate c ON c.id = i.candidate_id JOIN stage s ON s.id = i.stage_id "
        "WHERE s.loop_id != c.loop_id",
    ),
    (
        "loop stages assessing a skill of another role",
        "SELECT count(*) FROM stage_skill ss JOIN stage s ON s.id = ss.stage_id JOIN loop l ON l.id = s.loop_id "
        "JOIN role_skill rs ON rs.id = ss.role_skill_id WHERE rs.role_id != l.role_id",
    ),
    (
        "questions missing from the search index",
        "SELECT count(*) FROM question q WHERE NOT EXISTS (SELECT 1 FROM question_fts f WHERE f.question_id = q.id)",
    ),
)


# Schema 5: the team rules the CHECK constraints and triggers enforce, as queries. They find rows written
# before the rules existed (PostgreSQL adds the constraints NOT VALID) or while a rule was switched off.
TEAM_INVARIANTS = (
    ("scorecards with an unknown status", "SELECT count(*) FROM scorecard WHERE status NOT IN ('draft', 'submitted')"),
    (
        "overall recommendations outside strong_no, no, yes, strong_yes",
        "SELECT count(*) FROM scorecard WHERE overall IS NOT NULL AND overall NOT IN ('strong_no', 'no', 'yes', "
        "'strong_yes')",
    ),
    (
        "drafts with a submission time",
        "SELECT count(*) FROM scorecard WHERE status = 'draft' AND submitted_at IS NOT NULL",
    ),
    ("amendments left open", "SELECT count(*) FROM scorecard_amendment WHERE NOT closed"),
    (
        "amendments of scorecards that are not submitted",
        "SELECT count(*) FROM scorecard_amendment a JOIN scorecard s ON s.id = a.scorecard_id "
        "WHERE s.status != 'submitted'",
    ),
    (
        "decision overrides with an unknown decision",
        "SELECT count(*) FROM decision_override WHERE decision NOT IN ('hire', 'no_hire') "
        "OR computed NOT IN ('hire', 'no_hire', 'incomplete')",
    ),
)
TEAM_RULES_SINCE = 6
RULE_CONSTRAINTS = (
    "ck_scorecard_status",
    "ck_scorecard_overall",
    "ck_scorecard_submitted_at",
    "ck_scorecard_version",
    "ck_scorecard_text",
    "ck_rating_value",
    "ck_rating_evidence",
    "ck_amendment_reason",
    "ck_override_computed",
    "ck_override_decision",
    "ck_override_reason",
)
SQLITE_RULE_TRIGGERS = (
    "ilp_scorecard_stays_submitted",
    "ilp_scorecard_keeps_interview",
    "ilp_scorecard_final",
    "ilp_rating_assessed_skill",
    "ilp_rating_keys_fixed",
    "ilp_rating_insert_final",
    "ilp_rating_update_final",
    "ilp_rating_delete_final",
    "ilp_amendment_of_submitted",
    "ilp_amendment_dated_now",
    "ilp_amendment_append_only",
)
PG_RULE_TRIGGERS = ("ilp_scorecard_guard", "ilp_rating_guard", "ilp_amendment_guard", "ilp_amendment_closed")


def _check(conn: sqlite3.Connection, name: str) -> CheckReport:
    integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()[:5])
    problems = [] if integrity == "ok" else [f"integrity: {integrity}"]
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        problems.append(f"{len(broken)} broken reference(s), e.g. {broken[0][0]} -> {broken[0][2]}")
    if migrations.schema_version(conn) > migrations.LATEST:
        problems.append("written by a newer version of the app")
    if not problems:
        with_rules = migrations.schema_version(conn) >= TEAM_RULES_SINCE
        for label, sql in INVARIANTS + (TEAM_INVARIANTS if with_rules else ()):
            count = conn.execute(sql).fetchone()[0]
            if count:
                problems.append(f"{count} {label}")
        if with_rules:
            schema = " ".join(r[0] for r in conn.execute("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL"))
            triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")}
            missing = [c for c in RULE_CONSTRAINTS if c not in schema] + [
                t for t in SQLITE_RULE_TRIGGERS if t not in triggers
            ]
            if missing:
                problems.append(f"team rules missing from the database: {', '.join(missing)}")
    return CheckReport(database=name, ok=not problems, integrity=integrity, problems=problems)


def _check_server(db: Database) -> CheckReport:
    """``db check`` in team mode: the invariants as SQL on the server, and the rules still in place.

    Run it as a manager: row-level security shows an interviewer's login only their own rows.
    The server's own storage checks (amcheck, pg_dump) are the administrator's.
    """
    problems: list[str] = []
    with db.read() as session:
        version = pg_migrations.current_version(session.connection())
        if version > pg_migrations.LATEST:
            problems.append("written by a newer version of the app")
        for label, query in INVARIANTS + (TEAM_INVARIANTS if version >= TEAM_RULES_SINCE else ()):
            count = session.execute(text(query)).scalar_one()
            if count:
                problems.append(f"{count} {label}")
        if version >= TEAM_RULES_SINCE:
            found = set(session.execute(text("SELECT conname FROM pg_constraint WHERE contype = 'c'")).scalars())
            enabled = set(
                session.execute(
                    text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled != 'D'")
                ).scalars()
            )
            missing = [c for c in RULE_CONSTRAINTS if c not in found] + [
                t for t in PG_RULE_TRIGGERS if t not in enabled
            ]
            if missing:
                problems.append(f"team rules missing or switched off: {', '.join(missing)}")
    return CheckReport(database=str(db), ok=not problems, integrity="not checked (a server)", problems=problems)


def restore(db_path: Path, source: Path) -> Path:
    """Replace the database at ``db_path`` by ``source`` after checking it; the current one is backed up first."""
    report = check_file(source)
    if not report.ok:
        raise InputError(f"the backup fails its check ({'; '.join(report.problems)}); not restored", file=source)
    safety = None
    if db_path.exists():
        current = Database.open(db_path, migrate=False)
        try:
            safety = backup(current, label="before-restore")
        finally:
            current.close()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dest = sqlite3.connect(db_path)
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    return safety or db_path


class StartupReport(BaseModel):
    check: CheckReport | None
    backup: str | None
    retention: list[str]


def on_start(
    db: Database,
    *,
    keep: int = DEFAULT_KEEP,
    retention_days: int | None = None,
    retention_action: str = "anonymise",
    verify: bool = True,
) -> StartupReport:
    """What the app does when it opens a database: check it, back it up at most daily, apply retention.

    A database that fails its check is not written to (no backup rotation, no
    retention): the caller offers to restore the latest good backup instead.
    """
    report = check(db) if verify else None
    if report is not None and not report.ok:
        return StartupReport(check=report, backup=None, retention=[])
    made = daily_backup(db, keep=keep)
    done = []
    if retention_days:
        from interview_planner.services.privacy import apply_retention  # only then: it loads most services

        done = [
            i.name
            for i in apply_retention(
                db,
                days=retention_days,
                action=retention_action,  # type: ignore[arg-type]
                dry_run=False,
            )
        ]
    return StartupReport(check=report, backup=str(made) if made else None, retention=done)


def latest_good_backup(db: Database) -> Path | None:
    """The newest backup that passes its check."""
    for path in list_backups(db):
        try:
            if check_file(path).ok:
                return path
        except InputError:
            continue
    return None
