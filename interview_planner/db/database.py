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

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from interview_planner.db import migrations, pg_migrations
from interview_planner.db.engine import BEGIN_MODE, create_db_engine, masked, sqlite_path, to_url
from interview_planner.errors import ConflictError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"


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
        if path is not None:
            _check_sqlite_file(path, create=create)
        engine = create_db_engine(url)
        db = cls(url=url, engine=engine, path=path)
        try:
            if db.is_postgres:
                db._connect_check()
            if migrate:
                db.migration = db._migrate(backup_dir)
        except BaseException:
            engine.dispose()
            raise
        return db

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
            raise StorageError(f"{self.path or self.url}: cannot upgrade the database ({exc})") from None
        finally:
            raw.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _storage_errors(self), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE); commits on success, rolls back on error."""
        engine = self.engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        with _storage_errors(self), Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    def raw(self) -> sqlite3.Connection:
        """A dedicated DB-API connection to the SQLite file (backups, checks); the caller closes it."""
        if self.is_postgres:
            raise StorageError(f"{self}: this needs a SQLite database file (not available in team mode)")
        return sqlite3.connect(self.path or ":memory:", timeout=10)

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
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state in _PG_CONFLICTS:
            raise ConflictError(f"{db}: {_PG_CONFLICTS[state]}") from None
        if state in _PG_STORAGE:
            raise StorageError(f"{db}: {_PG_STORAGE[state]}") from None
        rule = _team_rule(exc)
        if rule is not None:
            raise ConflictError(f"{db}: the database refused the change ({rule})") from None
        if not isinstance(exc, OperationalError):
            raise  # other constraint violations and SQL errors are bugs, not the environment's fault
        if db.is_postgres:  # the server's "operational" classes: connection, resources, shutdown
            if exc.connection_invalidated or state is None or state.startswith("08"):
                raise StorageError(f"{db}: lost the connection to the server ({_first_line(exc)})") from None
            raise StorageError(f"{db}: the server refused ({_first_line(exc)})") from None
        reason = str(exc.orig) if exc.orig is not None else str(exc)
        if "readonly" in reason or "read-only" in reason:
            raise StorageError(f"{db}: the database file is read-only") from None
        if "locked" in reason or "busy" in reason:
            raise StorageError(f"{db}: the database is busy (another program is writing); try again") from None
        if "disk I/O" in reason or "full" in reason:
            raise StorageError(f"{db}: cannot write the database ({reason})") from None
        raise


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
    if not path.exists():
        if not create:
            raise StorageError(f"{path}: no such database file")
        if not path.parent.is_dir():
            raise StorageError(f"{path}: the folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise StorageError(f"{path}: permission denied") from None
    if header and header != SQLITE_HEADER:
        raise StorageError(f"{path}: not an Interview Loop Planner database (not a SQLite file)")
