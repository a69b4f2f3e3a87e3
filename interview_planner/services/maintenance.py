"""Backups, restore and health checks of the database file.

Backups use SQLite's online backup API (a consistent copy while the app is
open), are written to a hidden temporary name and renamed only when complete
and checked. Automatic ones rotate: before each migration, and at most daily
on start; the newest ``keep`` are kept.

Nothing here opens a database file with anything but SQLite (see
``db.database.header_problem``); a damaged file is moved aside, never read.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import text

from interview_planner.db import migrations, pg_migrations
from interview_planner.db.database import Database, damaged_marker, header_problem, sqlite_problem
from interview_planner.db.engine import BUSY_TIMEOUT_MS, file_uri
from interview_planner.errors import InputError, StorageError
from interview_planner.services.record_expiry import delete_expired  # not .records: it loads the decision code

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
    if out is not None and out.exists():
        raise InputError("the file already exists; choose another name", file=out)
    with db.raw() as conn:
        if out is None:
            return migrations.backup_file(conn, db.path, backup_dir(db), label=label)
        return migrations.write_copy(conn, out)


def list_backups(db: Database) -> list[Path]:
    if db.path is None:
        raise StorageError("only a database file can be backed up")
    return backups_of(db.path)


def backups_of(path: Path) -> list[Path]:
    """The backups beside the database file at ``path``, newest first."""
    folder = path.parent / "backups"
    if not folder.is_dir():
        return []
    suffix = path.suffix or ".db"
    files = [p for p in folder.glob(f"{glob_escape(path.stem)}.*") if p.name.endswith(suffix)]
    return sorted(files, key=lambda p: p.name, reverse=True)  # not the -wal / -shm files beside them


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def rotate(db: Database, *, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; return what was deleted.

    Copies left half-written by a kill or a full disk (hidden ``.partial`` files older than an
    hour) are deleted too; they were never listed as backups.
    """
    old = [p for p in list_backups(db) if ".manual." not in p.name][keep:]
    for path in old:
        migrations.remove_database_files(path)
    folder = backup_dir(db)
    cutoff = datetime.now(UTC).timestamp() - 3600
    for stale in folder.glob(f".*{migrations.PARTIAL}") if folder.is_dir() else []:
        if stale.stat().st_mtime < cutoff:
            migrations.remove_database_files(stale)
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


def check_file(path: Path, *, full: bool = False) -> CheckReport:
    """Structure check plus the app's own invariants, on a file that need not be open (see :func:`check`).

    The file is read through SQLite only (read-only), so this is safe on the live database
    of a running app.
    """
    if not path.is_file():
        raise InputError("no such database file", file=path)
    problem = header_problem(path)
    if problem is not None and "not a SQLite file" in problem:
        raise InputError(problem, file=path)
    if problem is not None and "damaged" in problem:
        return CheckReport(database=str(path), ok=False, integrity=problem, problems=[problem])
    if problem is not None:  # the environment's fault (a lock, a read-only folder): not the file's
        raise StorageError(f"{path}: {problem}")
    conn = sqlite3.connect(file_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return _check(conn, str(path), full=full)
    except sqlite3.DatabaseError as exc:
        reason = sqlite_problem(None, str(exc)) or str(exc)
        if "locked" in reason or "disk is full" in reason:
            raise StorageError(f"{path}: {reason}") from None
        return CheckReport(database=str(path), ok=False, integrity=str(exc), problems=[str(exc)])
    finally:
        conn.close()


def check(db: Database, *, full: bool = False) -> CheckReport:
    """Check the open database; a file that fails is marked so that nothing writes to it.

    By default (``db check``, the app's start-up check) SQLite's ``PRAGMA quick_check`` reads every
    page and record of the file (structure, NOT NULL and CHECK constraints) but does not compare each
    index with its table; the references, the search index and the app's invariants are set-based
    queries (benchmarks/README.md has the figures at 100,000 questions). ``full`` (``db check --full``,
    a restore, choosing the backup to offer) runs ``PRAGMA integrity_check`` instead, which also
    compares every index entry with its row: several times slower on a big bank.
    docs/reliability.md lists which check runs where.
    """
    if db.is_postgres:
        return _check_server(db)
    if db.path is None:
        with db.raw() as conn:
            return _check(conn, str(db), full=full)
    return check_path(db.path, full=full)


def check_path(path: Path, *, full: bool = False) -> CheckReport:
    """Check the database file at ``path`` (open or not); mark it if it fails, unmark it if it passes."""
    if path.is_file() and path.stat().st_size == 0:
        raise StorageError(
            f"{path}: is an empty file, not a database; create one with 'interview-planner --db {path} init'"
        )
    try:
        report = check_file(path, full=full)
    except InputError as exc:
        raise StorageError(str(exc)) from None
    marker = damaged_marker(path)
    try:
        if report.ok:
            marker.unlink(missing_ok=True)
        else:
            marker.touch(exist_ok=True)
    except OSError:
        pass  # a read-only folder: nothing can be written there anyway
    return report


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
    # The search index against the questions, both ways, as set-based anti-joins. On PostgreSQL
    # question_id is question_fts's primary key; SQLite uses SEARCH_INDEX_SQLITE below (by rowid).
    (
        "questions missing from the search index",
        "SELECT count(*) FROM question WHERE id NOT IN (SELECT question_id FROM question_fts)",
    ),
    (
        "search-index entries of deleted questions",
        "SELECT count(*) FROM question_fts WHERE question_id NOT IN (SELECT id FROM question)",
    ),
)

# On SQLite (schema 10) an index row has its question's rowid: the two tables are compared by integer keys
# in one pass. The rowids of the index come from its small per-row table (question_fts_docsize: rowid and
# column sizes), not from its stored text (reading FTS5's shadow tables is allowed; writing them is not).
# Rowids are unique on both sides, so questions without an index row are the questions less the matched
# pairs, and index rows without a question the index rows less the matched pairs.
SEARCH_INDEX_SQLITE = (
    "SELECT (SELECT count(*) FROM question) - matched, (SELECT count(*) FROM question_fts_docsize) - matched "
    "FROM (SELECT count(*) AS matched FROM question_fts_docsize d JOIN question q ON q.rowid = d.id)"
)
SEARCH_INDEX_LABELS = ("questions missing from the search index", "search-index entries of deleted questions")
SEARCH_INDEX_SQLITE_SINCE = 10


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
SQLITE_RULE_TRIGGERS_12 = ("ilp_amendment_records_before", "ilp_amendment_records_after")  # schema 12
PG_RULE_TRIGGERS = ("ilp_scorecard_guard", "ilp_rating_guard", "ilp_amendment_guard", "ilp_amendment_closed")


def _check(conn: sqlite3.Connection, name: str, *, full: bool = False) -> CheckReport:
    pragma = "integrity_check" if full else "quick_check"
    integrity = "; ".join(r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()[:5])
    problems = [] if integrity == "ok" else [f"integrity: {integrity}"]
    problems += _reference_problems(conn)
    version = migrations.schema_version(conn)
    if version > migrations.LATEST:
        problems.append("written by a newer version of the app")
    if not problems:
        with_rules = version >= TEAM_RULES_SINCE
        counts: dict[str, int] = {}
        if version >= SEARCH_INDEX_SQLITE_SINCE:
            counts.update(zip(SEARCH_INDEX_LABELS, conn.execute(SEARCH_INDEX_SQLITE).fetchone(), strict=True))
        for label, sql in INVARIANTS + (TEAM_INVARIANTS if with_rules else ()):
            count = counts[label] if label in counts else conn.execute(sql).fetchone()[0]
            if count:
                problems.append(f"{count} {label}")
        if with_rules:
            schema = " ".join(r[0] for r in conn.execute("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL"))
            triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")}
            expected = SQLITE_RULE_TRIGGERS + (SQLITE_RULE_TRIGGERS_12 if migrations.schema_version(conn) >= 12 else ())
            missing = [c for c in RULE_CONSTRAINTS if c not in schema] + [t for t in expected if t not in triggers]
            if missing:
                problems.append(f"team rules missing from the database: {', '.join(missing)}")
    return CheckReport(database=name, ok=not problems, integrity=integrity, problems=problems)


# The links of questions to skills are most of the references of a big bank: PRAGMA foreign_key_check
# looks up both parents of each of them (about 250,000 rows at 100,000 questions). Checked as set
# queries over the distinct ids instead (the link table's own index gives them in order), the same
# finding at a third of the cost; every other table goes through SQLite's foreign_key_check.
_LINK_REFERENCES = (
    "SELECT count(*) FROM (SELECT DISTINCT question_id FROM question_skill) "
    "WHERE question_id NOT IN (SELECT id FROM question)",
    "SELECT count(*) FROM (SELECT DISTINCT skill_id FROM question_skill) "
    "WHERE skill_id NOT IN (SELECT id FROM catalogue_skill)",
)


def _reference_problems(conn: sqlite3.Connection) -> list[str]:
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    broken = [
        row
        for table in tables
        if table != "question_skill"
        for row in conn.execute(f'PRAGMA foreign_key_check("{table}")').fetchall()
    ]
    links = sum(conn.execute(sql).fetchone()[0] for sql in _LINK_REFERENCES) if "question_skill" in tables else 0
    problems = []
    if broken:
        problems.append(f"{len(broken)} broken reference(s), e.g. {broken[0][0]} -> {broken[0][2]}")
    if links:
        problems.append(f"question-skill links name {links} missing question(s) or skill(s)")
    return problems


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
    """Replace the database at ``db_path`` by ``source`` after checking it; return where the old one went.

    A current file that passes the integrity check is first backed up (online backup API)
    and then overwritten through SQLite, so other programs that have it open see the
    restored data. A damaged, truncated or unreadable one is never read: it is moved aside
    into the backups folder with its -wal and -shm, and the backup is copied in its place.
    Close other programs using the database first.
    """
    report = check_file(source, full=True)
    if not report.ok:
        raise InputError(f"the backup fails its check ({'; '.join(report.problems)}); not restored", file=source)
    if db_path.resolve() == source.resolve():
        raise InputError("this is the database itself; choose a backup", file=source)
    safety: Path | None = None
    healthy = False
    if db_path.exists():
        try:
            healthy = check_file(db_path, full=True).integrity == "ok"
        except InputError:
            healthy = False
        if healthy:
            current = Database.open(db_path, migrate=False, create=False)
            try:
                safety = backup(current, label="before-restore")
            finally:
                current.close()
        else:
            safety = _move_aside(db_path)
    src = sqlite3.connect(file_uri(source, mode="ro"), uri=True)
    try:
        if healthy:
            dest = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                src.backup(dest)
            finally:
                dest.close()
        else:
            migrations.write_copy(src, db_path)
    except sqlite3.Error as exc:
        raise StorageError(f"{db_path}: {sqlite_problem(db_path, str(exc)) or exc}") from None
    finally:
        src.close()
    damaged_marker(db_path).unlink(missing_ok=True)
    return safety or db_path


def _move_aside(path: Path) -> Path:
    """Move a damaged database (and its -wal, -shm) into the backups folder, byte for byte."""
    folder = path.parent / "backups"
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}.{stamp}.before-restore.damaged{path.suffix or '.db'}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        os.replace(path, target)
    except OSError as exc:
        raise StorageError(
            f"{path}: cannot move the damaged file aside ({exc.strerror}); make {folder} writable"
        ) from None
    return target


class StartupReport(BaseModel):
    check: CheckReport | None
    backup: str | None
    retention: list[str]
    records_deleted: list[str] = []  # pseudonyms of decision records whose own period ended


def on_start(
    db: Database,
    *,
    keep: int = DEFAULT_KEEP,
    retention_days: int | None = None,
    retention_action: str = "anonymise",
    records_keep_days: int | None = None,
    verify: bool = True,
) -> StartupReport:
    """What the app does when it opens a database: check it, back it up at most daily, apply retention.

    A database that fails its check is not written to (no backup rotation, no
    retention): the caller offers to restore the latest good backup instead.
    """
    report = check(db) if verify else None  # `db check --full` and a restore run the full integrity check
    if report is not None and not report.ok:
        return StartupReport(check=report, backup=None, retention=[])
    made = daily_backup(db, keep=keep)
    done: list[str] = []
    if retention_days:
        from interview_planner.services.privacy import apply_retention  # only then: it loads most services
        from interview_planner.services.records import DEFAULT_KEEP_DAYS

        done = [
            i.name
            for i in apply_retention(
                db,
                days=retention_days,
                action=retention_action,  # type: ignore[arg-type]
                dry_run=False,
                keep_records_days=records_keep_days or DEFAULT_KEEP_DAYS,
            )
        ]
    gone = _expired_records(db)
    return StartupReport(check=report, backup=str(made) if made else None, retention=done, records_deleted=gone)


def _expired_records(db: Database) -> list[str]:
    """Delete the decision records whose period ended (only a read when none has)."""
    return delete_expired(db, today=datetime.now(UTC).date())


def latest_good_backup(db: Database) -> Path | None:
    """The newest backup that passes its check."""
    return db.path and latest_good_backup_of(db.path)


def latest_good_backup_of(db_path: Path) -> Path | None:
    """The newest backup beside the database file at ``db_path`` that passes its check."""
    for path in backups_of(db_path):
        try:
            if check_file(path, full=True).ok:
                return path
        except (InputError, StorageError):
            continue
    return None
