"""The open database: engine, sessions, transactions.

Usage::

    db = Database.open("~/hiring.db")
    with db.write() as session:      # BEGIN IMMEDIATE ... COMMIT (or ROLLBACK)
        session.add(...)
    with db.read() as session:
        ...

Collaborators get a ``Database`` passed in; nothing is opened at import time.

The same class opens a shared PostgreSQL database (team mode): there a write
is an ordinary READ COMMITTED transaction, rows being edited are locked with
``SELECT ... FOR UPDATE`` by the services, and the server's errors are turned
into the same one-line :class:`StorageError` / :class:`ConflictError`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from interview_planner.db import migrations, pg_migrations
from interview_planner.db.engine import (
    BEGIN_MODE,
    BUSY_TIMEOUT_MS,
    create_db_engine,
    file_uri,
    masked,
    sqlite_path,
    to_url,
)
from interview_planner.errors import ConflictError, StorageError

DAMAGED_SUFFIX = ".damaged"  # a marker beside a file that failed its check: writes are refused until restored


@dataclass
class Database:
    url: str
    engine: Engine
    path: Path | None
    migration: migrations.MigrationResult | None = None

    @classmethod
    def open(
        cls,
        target: str | Path,
        *,
        create: bool = True,
        backup_dir: Path | None = None,
        migrate: bool = True,
    ) -> Database:
        """Open (creating and migrating as needed) the database at a path or URL."""
        url = to_url(target)
        path = sqlite_path(url)
        new = False
        if path is not None:
            _check_sqlite_file(path, create=create)
            new = not path.exists()
        engine = create_db_engine(url)
        db = cls(url=url, engine=engine, path=path)
        try:
            if db.is_postgres:
                db._connect_check()
            else:
                with _storage_errors(db):
                    engine.connect().close()  # the pragmas (WAL...) fail here on a read-only folder
            if migrate:
                db.migration = db._migrate(backup_dir)
        except BaseException:
            engine.dispose()
            if new and path is not None:  # a database this call began to create: leave nothing behind
                for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
                    path.with_name(name).unlink(missing_ok=True)
            raise
        return db

    @property
    def damaged_marker(self) -> Path | None:
        """The file beside the database that says it failed its check (None in team mode)."""
        return damaged_marker(self.path) if self.path is not None else None

    def refuse_writes_if_damaged(self) -> None:
        marker = self.damaged_marker
        if marker is not None and marker.exists():
            raise StorageError(
                f"{self.path}: failed its health check, so nothing is written to it; "
                f"restore a backup (interview-planner --db {self.path} db restore FILE) "
                "or run 'db check' again once it is repaired"
            )

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    def _connect_check(self) -> None:
        try:
            with self.engine.connect():
                pass
        except DBAPIError as exc:
            raise StorageError(f"{self}: cannot connect ({_first_line(exc)})") from None

    def _migrate(self, backup_dir: Path | None) -> migrations.MigrationResult:
        if self.is_postgres:
            with _storage_errors(self):
                return pg_migrations.migrate(self.engine, label=str(self))
        raw = self.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            return migrations.migrate(self.path, conn, backup_dir=backup_dir)
        except sqlite3.DatabaseError as exc:
            problem = sqlite_problem(self.path, str(exc)) or f"cannot upgrade the database ({exc})"
            raise StorageError(f"{self.path or self.url}: {problem}") from None
        finally:
            raw.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _storage_errors(self), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def driver_read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction on a pooled SQLite connection, used straight through the driver (SQLite only).

        For reads on every keystroke (search): the same snapshot as :meth:`read` without the ORM session
        around it, which cost a search about a millisecond (benchmarks/README.md).
        """
        if self.is_postgres:
            raise StorageError(f"{self}: driver_read needs a SQLite database file")
        with _storage_errors(self):
            pooled = self.engine.raw_connection()
            try:
                raw = pooled.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                raw.execute("BEGIN DEFERRED")
                try:
                    yield raw
                finally:
                    if raw.in_transaction:
                        raw.execute("ROLLBACK")
            finally:
                pooled.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE); commits on success, rolls back on error."""
        self.refuse_writes_if_damaged()
        engine = self.engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        with _storage_errors(self), Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    def raw(self) -> sqlite3.Connection:
        """A dedicated DB-API connection to the SQLite file (backups, checks); the caller closes it."""
        if self.is_postgres:
            raise StorageError(f"{self}: this needs a SQLite database file (not available in team mode)")
        return sqlite3.connect(self.path or ":memory:", timeout=BUSY_TIMEOUT_MS / 1000)

    def change_token(self) -> str | None:
        """A value that changes when *another* connection commits; None if it cannot be read now.

        SQLite: ``PRAGMA data_version`` of this process's one pooled connection (its own commits
        do not change it). PostgreSQL: the server's write-ahead log insert position (any commit
        moves it, this program's own too, so a watcher may refresh once after its own saves; the
        *write* position lags behind a commit on a server with ``synchronous_commit=off``, so a
        change could go unseen until the WAL writer's next round). Never
        waits for the connection: while another thread of this process uses it, returns None.
        """
        pool: Any = self.engine.pool
        if not self.is_postgres and callable(getattr(pool, "checkedout", None)) and pool.checkedout():
            return None
        sql = "SELECT pg_current_wal_insert_lsn()::text" if self.is_postgres else "PRAGMA data_version"
        try:
            with self.engine.connect() as conn:
                return str(conn.exec_driver_sql(sql).scalar())
        except DBAPIError:
            return None

    def close(self) -> None:
        self.engine.dispose()

    def __str__(self) -> str:
        return str(self.path) if self.path else masked(self.url)


# SQLSTATEs of PostgreSQL errors that are the environment's fault, with what the user is told.
_PG_CONFLICTS = {
    "40001": "another user changed the same records at the same time; reload and try again",
    "40P01": "another user changed the same records at the same time; reload and try again",
    "55P03": "the records are locked by another user; try again",
}
_PG_STORAGE = {
    "42501": "permission denied (your database role may not read or change this; see docs/team-mode.md)",
    "57014": "the server cancelled the statement (timeout)",
    "53300": "the server has too many connections; try again later",
    "25006": "the connection is read-only",
}


def _first_line(exc: DBAPIError) -> str:
    reason = str(exc.orig) if exc.orig is not None else str(exc)
    return reason.strip().splitlines()[0] if reason.strip() else type(exc).__name__


@contextmanager
def _storage_errors(db: Database) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:  # a raw connection (backup, check)
        problem = sqlite_problem(db.path, str(exc))
        if problem is None:
            raise
        raise StorageError(f"{db}: {problem}") from None
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state in _PG_CONFLICTS:
            raise ConflictError(f"{db}: {_PG_CONFLICTS[state]}") from None
        if state in _PG_STORAGE:
            raise StorageError(f"{db}: {_PG_STORAGE[state]}") from None
        rule = _team_rule(exc)
        if rule is not None:
            raise ConflictError(f"{db}: the database refused the change ({rule})") from None
        if not isinstance(exc, OperationalError) and not _is_damage(str(exc.orig)):
            raise  # other constraint violations and SQL errors are bugs, not the environment's fault
        if db.is_postgres:  # the server's "operational" classes: connection, resources, shutdown
            if exc.connection_invalidated or state is None or state.startswith("08"):
                raise StorageError(f"{db}: lost the connection to the server ({_first_line(exc)})") from None
            raise StorageError(f"{db}: the server refused ({_first_line(exc)})") from None
        reason = str(exc.orig) if exc.orig is not None else str(exc)
        problem = sqlite_problem(db.path, reason)
        if problem is not None:
            raise StorageError(f"{db}: {problem}") from None
        raise


def damaged_marker(path: Path) -> Path:
    return path.with_name(path.name + DAMAGED_SUFFIX)


def _is_damage(reason: str) -> bool:
    return "malformed" in reason or "not a database" in reason


def sqlite_problem(path: Path | None, reason: str) -> str | None:
    """What a SQLite error means for the user and what to do, or None if it is a bug."""
    folder = path.parent if path is not None else "the folder"
    if "readonly" in reason or "read-only" in reason:
        return f"the database file or its folder {folder} is read-only; make both writable, or copy the file elsewhere"
    if "locked" in reason or "busy" in reason:
        return (
            f"the database is locked by another program for more than {BUSY_TIMEOUT_MS // 1000} s; "
            "wait for it to finish (or close it) and try again"
        )
    if "full" in reason:
        return "the disk is full (or the file size limit was reached); free some space and try again"
    if "disk I/O" in reason:
        return f"the disk reported an error ({reason}); check the disk and free space, then try again"
    if "unable to open" in reason:
        return (
            f"cannot open the database file; its folder {folder} must exist and be writable "
            "(SQLite keeps its -wal and -shm files beside it)"
        )
    if _is_damage(reason):
        if path is not None:
            with contextlib.suppress(OSError):
                damaged_marker(path).touch(exist_ok=True)
            return (
                f"the database file is damaged ({reason}); restore a backup with "
                f"'interview-planner --db {path} db restore BACKUP' (backups are kept in {path.parent / 'backups'})"
            )
        return f"the database file is damaged ({reason}); restore a backup with 'db restore BACKUP'"
    return None


def header_problem(path: Path) -> str | None:
    """Why ``path`` is not a SQLite database, or None; read through SQLite only.

    Never ``open()`` a database file: closing any descriptor of it drops every POSIX lock
    this process holds on it (a connection of the app's), and another process then believes
    it is alone, checkpoints and deletes the WAL under the app (docs/reliability.md).
    """
    try:
        conn = sqlite3.connect(file_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return sqlite_problem(path, str(exc)) or str(exc)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            return "not an Interview Loop Planner database (not a SQLite file)"
        return sqlite_problem(path, str(exc)) or str(exc)
    finally:
        conn.close()
    return None


def _team_rule(exc: DBAPIError) -> str | None:
    """The rule a team-rule trigger or CHECK constraint of schema 6 enforced, if that is what refused."""
    reason = _first_line(exc)
    if "team rule: " in reason:
        return reason[reason.index("team rule: ") + len("team rule: ") :]
    if "CHECK constraint failed" in reason or "violates check constraint" in reason:
        return reason
    return None


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StorageError(f"{path}: is a folder, not a database file")
    empty = path.exists() and path.stat().st_size == 0 and not path.with_name(path.name + "-wal").exists()
    if not path.exists() or empty:
        if not create:
            what = "is an empty file, not a database" if empty else "no such database file"
            raise StorageError(f"{path}: {what}; create one with 'interview-planner --db {path} init'")
        if not path.parent.is_dir():
            raise StorageError(f"{path}: the folder {path.parent} does not exist")
        return
    if not os.access(path, os.R_OK):
        raise StorageError(f"{path}: permission denied")
    problem = header_problem(path)
    if problem is not None:
        raise StorageError(f"{path}: {problem}")
