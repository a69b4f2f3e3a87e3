"""One engine factory for the path or URL the user chose.

PostgreSQL (team mode, docs/team-mode.md) is reached through psycopg 3; a
``postgresql://`` URL without a driver means psycopg. Its sessions run in UTC
so stored times do not move with the server's time zone.

SQLite is opened with foreign keys on, WAL, ``synchronous=FULL``, a busy
timeout and ``secure_delete``. Writes run in ``BEGIN IMMEDIATE`` transactions:
a deferred transaction that later upgrades to a write fails at once with
"database is locked" when another connection committed in between, whatever
the busy timeout says.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool, StaticPool
from sqlmodel import create_engine

from interview_planner.errors import StorageError

BUSY_TIMEOUT_MS = 10_000
BEGIN_MODE = "begin_mode"


POSTGRES_EXTRA = "interview-loop-planner[postgres]"


def to_url(target: str | Path) -> str:
    """Accept a file path, ``:memory:`` or a SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError:
            raise StorageError(f"{masked(text)}: not a valid database URL") from None
        if url.drivername in {"postgresql", "postgres"}:
            return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return text
    if text == ":memory:":
        return "sqlite://"
    # Rendered, not formatted: "#", "?" and "%41" in a folder name survive the round trip.
    return URL.create("sqlite", database=str(Path(text).expanduser())).render_as_string()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory / other engines."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def file_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI SQLite opens as exactly ``path``.

    ``#``, ``?`` and ``%`` in a folder name would otherwise end the path, start the query or
    be decoded (``%41`` -> ``A``); spaces and non-ASCII letters are percent-encoded as UTF-8.
    """
    uri = "file:" + quote(str(Path(path).absolute()), safe="/")
    if params:
        uri += "?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in params.items())
    return uri


def masked(url: str) -> str:
    """The URL as it may be shown or logged: any password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return _postgres_engine(url)
    if backend != "sqlite":
        raise StorageError(f"{masked(url)}: only SQLite files and PostgreSQL servers are supported")
    kwargs: dict[str, object] = {"connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}}
    if sqlite_path(url) is None:
        kwargs["poolclass"] = StaticPool  # one shared in-memory database
    else:
        # One connection per process: every read and write of the app goes through it, one
        # transaction at a time. This sidesteps the WAL-reset race fixed in SQLite 3.51.3, which
        # needs two connections of one process writing the same WAL (docs/reliability.md).
        kwargs.update(poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=60)
    engine = create_engine(url, hide_parameters=True, **kwargs)  # no hiring data in errors or logs
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _postgres_engine(url: str) -> Engine:
    if make_url(url).get_driver_name() != "psycopg":
        raise StorageError(f"{masked(url)}: use a postgresql+psycopg:// URL (psycopg 3 is the supported driver)")
    try:
        import psycopg  # noqa: F401  (only to give a useful message when it is missing)
    except ImportError:
        how = (
            "this packaged app works on database files only; team mode needs the app installed with pip"
            if getattr(sys, "frozen", False)
            else f"pip install '{POSTGRES_EXTRA}'"
        )
        raise StorageError(f"{masked(url)}: PostgreSQL support is not installed; {how}") from None
    return create_engine(
        url,
        hide_parameters=True,  # no hiring data in errors or logs (docs/privacy.md)
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        connect_args={"connect_timeout": 10, "options": "-c timezone=UTC", "application_name": "interview-planner"},
    )


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit
    # transactions would start DEFERRED ones behind our back).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() not in {"wal", "memory"}:
            cur.execute("PRAGMA journal_mode = DELETE")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA secure_delete = ON")
    finally:
        cur.close()


def _on_sqlite_begin(conn: object) -> None:
    mode = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")  # type: ignore[attr-defined]
    conn.exec_driver_sql(f"BEGIN {mode}")  # type: ignore[attr-defined]
