"""Copy a whole database between a SQLite file and a PostgreSQL server (either way).

``copy_database`` moves a hiring manager's laptop file into a team database,
or takes a team database home. It copies every table of the models in
foreign-key order, in batches of Core inserts, inside **one transaction on
the target**; rebuilds the search tables there (their storage differs by
engine); then counts the rows of every table on both sides before committing.
Any difference rolls the whole copy back.

The target must be empty: a new file, a new PostgreSQL database, or one that
holds only the schema (run ``init`` after the copy, not before). The
source's database id is kept, so packets and scorecard kits printed from the
source are accepted by the copy. Primary keys are UUID strings, so there are
no sequences to reset afterwards.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import Table, func, select, text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.engine import sqlite_path, to_url
from interview_planner.db.models import ALL_TABLES
from interview_planner.errors import ConflictError, StorageError
from interview_planner.services.content import rebuild_search_index

BATCH = 1000
BULK_COPY_KEY = "bulk_copy"  # app_meta row read by the SQLite triggers of schema 6


class CopyReport(BaseModel):
    source: str
    target: str
    rows: dict[str, int]  # table -> rows copied (equal on both sides)
    indexed_questions: int


def copy_database(source: str | Path, target: str | Path, *, batch: int = BATCH) -> CopyReport:
    """Copy everything from ``source`` into the empty database ``target`` (created when missing)."""
    src_url, dst_url = to_url(source), to_url(target)
    if src_url == dst_url:
        raise ConflictError(f"{source}: the source and the target are the same database")
    dst_file = sqlite_path(dst_url)
    created = dst_file is not None and not dst_file.exists()
    src = Database.open(source, create=False)
    try:
        return _copy(src, dst_url, batch)
    except BaseException:
        if created and dst_file is not None:
            for leftover in (dst_file, *(dst_file.with_name(dst_file.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def _copy(src: Database, dst_url: str, batch: int) -> CopyReport:
    dst = Database.open(dst_url)
    try:
        with src.read() as reader, dst.write() as writer:
            _refuse_non_empty(writer, dst)
            _bulk_copy(writer, dst, on=True)
            copied = {table.name: _copy_table(reader, writer, table, batch) for table in ALL_TABLES}
            _bulk_copy(writer, dst, on=False)
            indexed = rebuild_search_index(writer)
            _compare_counts(reader, writer, src, dst)
        return CopyReport(source=str(src), target=str(dst), rows=copied, indexed_questions=indexed)
    finally:
        dst.close()


def _refuse_non_empty(session: Session, db: Database) -> None:
    for table in ALL_TABLES:
        if table.name == "app_meta":
            continue  # every new database holds its own id
        count = _count(session, table)
        if count:
            raise ConflictError(
                f"{db}: the target already holds data ({count} rows in {table.name}); copy into an empty database"
            )


def _copy_table(reader: Session, writer: Session, table: Table, batch: int) -> int:
    if table.name == "app_meta":
        # the copy keeps the source's database id
        writer.execute(table.delete().where(table.c.key != BULK_COPY_KEY))
    total = 0
    result = reader.connection().execution_options(yield_per=batch).execute(select(table))
    for rows in result.mappings().partitions(batch):
        writer.connection().execute(table.insert(), [dict(r) for r in rows])
        total += len(rows)
    return total


def _bulk_copy(session: Session, db: Database, *, on: bool) -> None:
    """Let this transaction write submitted scorecards with their ratings and amendments as they are.

    The scorecard triggers (schema 6) otherwise refuse ratings of a submitted scorecard and dated
    amendments. PostgreSQL honours the setting only for the database owner or a superuser.
    """
    if db.is_postgres:
        session.execute(text(f"SET LOCAL ilp.bulk_copy = '{'on' if on else 'off'}'"))
    elif on:
        session.execute(text("INSERT INTO app_meta (key, value) VALUES (:k, '1')"), {"k": BULK_COPY_KEY})
    else:
        session.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": BULK_COPY_KEY})


def _compare_counts(reader: Session, writer: Session, src: Database, dst: Database) -> None:
    for table in ALL_TABLES:
        before, after = _count(reader, table), _count(writer, table)
        if before != after:
            raise StorageError(
                f"copy from {src} to {dst} rolled back: {table.name} has {before} rows in the source "
                f"but {after} in the copy"
            )


def _count(session: Session, table: Table) -> int:
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())
