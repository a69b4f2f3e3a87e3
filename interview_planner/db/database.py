"""The open database: engine, sessions, transactions.

Usage::

    db = Database.open("~/hiring.db")
    with db.write() as session:      # BEGIN IMMEDIATE ... COMMIT (or ROLLBACK)
        session.add(...)
    with db.read() as session:
        ...

Collaborators get a ``Database`` passed in; nothing is opened at import time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from interview_planner.db import migrations
from interview_planner.db.engine import BEGIN_MODE, create_db_engine, sqlite_path, to_url
from interview_planner.errors import StorageError

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
        if engine.dialect.name != "sqlite":
            engine.dispose()
            raise StorageError(
                f"{url}: only SQLite databases are supported in this version "
                "(PostgreSQL team mode is planned; see docs/team-mode.md)"
            )
        db = cls(url=url, engine=engine, path=path)
        if migrate:
            db.migration = db._migrate(backup_dir)
        return db

    def _migrate(self, backup_dir: Path | None) -> migrations.MigrationResult:
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
        """A dedicated DB-API connection (for backups and bulk work); the caller closes it."""
        return sqlite3.connect(self.path or ":memory:", timeout=10)

    def close(self) -> None:
        self.engine.dispose()

    def __str__(self) -> str:
        return str(self.path) if self.path else self.url


@contextmanager
def _storage_errors(db: Database) -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        reason = str(exc.orig) if exc.orig is not None else str(exc)
        if "readonly" in reason or "read-only" in reason:
            raise StorageError(f"{db}: the database file is read-only") from None
        if "locked" in reason or "busy" in reason:
            raise StorageError(f"{db}: the database is busy (another program is writing); try again") from None
        if "disk I/O" in reason or "full" in reason:
            raise StorageError(f"{db}: cannot write the database ({reason})") from None
        raise


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
