"""The PostgreSQL server behind ``pytest --engine postgresql``.

Either ``$INTERVIEW_PLANNER_TEST_PG_URL`` (a superuser URL of a server we may
create databases on) or, when the server binaries are installed, a throw-away
cluster started with ``.ci/pg-cluster`` for this run and stopped after it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import psycopg

CLUSTER_SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "pg-cluster"
URL_VARIABLE = "INTERVIEW_PLANNER_TEST_PG_URL"
REQUIRED_VARIABLE = "INTERVIEW_PLANNER_TEST_PG_REQUIRED"


@dataclass
class Server:
    url: str = ""  # the superuser URL (its database is the maintenance one)
    problem: str = ""  # why there is no server
    cluster_dir: Path | None = None
    created: list[str] = field(default_factory=list)

    @property
    def available(self) -> bool:
        return bool(self.url)

    def describe(self) -> str:
        if not self.available:
            return f"SKIPPED: {self.problem}"
        from interview_planner.db.engine import masked

        origin = "throw-away cluster" if self.cluster_dir else f"${URL_VARIABLE}"
        return f"{masked(self.url)}, {origin}"

    def admin(self) -> psycopg.Connection[Any]:
        """An autocommit superuser connection (CREATE DATABASE and CREATE ROLE cannot run in a transaction)."""
        import psycopg

        return psycopg.connect(_libpq(self.url), autocommit=True)

    def url_for(self, database: str, *, user: str | None = None, password: str | None = None) -> str:
        from sqlalchemy.engine import make_url

        url = make_url(self.url).set(database=database)
        if user is not None:
            url = url.set(username=user, password=password)
        return url.render_as_string(hide_password=False)

    def create_database(self, prefix: str, *, template: str | None = None) -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        sql = f'CREATE DATABASE "{name}"'
        if template is not None:
            from sqlalchemy.engine import make_url

            sql += f' TEMPLATE "{make_url(template).database}"'
        with self.admin() as conn:
            conn.execute(sql)
        self.created.append(name)
        return self.url_for(name)

    def drop_database(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.created:
            self.created.remove(name)

    def stop(self) -> None:
        if self.available:
            for name in list(self.created):
                with contextlib.suppress(Exception):  # best effort: the cluster may be going away anyway
                    self.drop_database(self.url_for(name))
        if self.cluster_dir is not None:
            stop = ["bash", str(CLUSTER_SCRIPT), "stop", str(self.cluster_dir / "cluster")]
            subprocess.run(stop, check=False, capture_output=True)
            shutil.rmtree(self.cluster_dir, ignore_errors=True)


SERVER = pytest.StashKey[Server]()


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def find_server(config: pytest.Config) -> Server:
    server = _from_environment() or _throw_away_cluster()
    if not server.available and os.environ.get(REQUIRED_VARIABLE) == "1":
        raise pytest.UsageError(f"PostgreSQL pass required ({REQUIRED_VARIABLE}=1) but {server.problem}")
    return server


def _from_environment() -> Server | None:
    url = os.environ.get(URL_VARIABLE)
    if not url:
        return None
    try:
        import psycopg

        psycopg.connect(_libpq(url), connect_timeout=5).close()
    except Exception as exc:
        from interview_planner.db.engine import masked

        return Server(problem=f"cannot connect to {masked(url)} ({str(exc).strip().splitlines()[0]})")
    return Server(url=url)


def _throw_away_cluster() -> Server:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return Server(problem="psycopg is not installed (pip install '.[test]')")
    folder = Path(tempfile.mkdtemp(prefix="ilp-pg-"))
    folder.chmod(0o755)
    done = subprocess.run(
        ["bash", str(CLUSTER_SCRIPT), "start", str(folder / "cluster")], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        return Server(problem=f"no ${URL_VARIABLE} and no local cluster could be started ({last})")
    return Server(url=done.stdout.strip().splitlines()[-1], cluster_dir=folder)


def database_contents(url: str) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table, in a stable order: what "the database did not change" compares."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            out = []
            for table in sorted(inspect(conn).get_table_names()):
                columns = [c["name"] for c in inspect(conn).get_columns(table) if c["name"] != "document"]
                listed = ", ".join(f'"{c}"' for c in columns)
                rows = conn.execute(text(f'SELECT {listed} FROM "{table}"')).all()
                out.append((table, sorted((tuple(r) for r in rows), key=repr)))
            return out
    finally:
        engine.dispose()
