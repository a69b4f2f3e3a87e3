"""Fixtures every test shares.

* Nothing touches the real user data folder: each test gets its own.
* ``db`` is a fresh database with the bundled catalogue, banks and rubrics,
  copied from one built per session (building it for every test is slow).
* ``--engine postgresql`` runs the same tests against PostgreSQL (team mode):
  the templates become databases on the server and each test gets
  ``CREATE DATABASE ... TEMPLATE``; ``db_path`` is then that database's URL.
  The server is ``$INTERVIEW_PLANNER_TEST_PG_URL`` (a superuser URL), or a
  throw-away cluster started by ``.ci/pg-cluster`` when the server binaries
  are installed. Without either, every test of the run is skipped with the
  reason; with ``INTERVIEW_PLANNER_TEST_PG_REQUIRED=1`` (CI) that is an error.
  Tests marked ``sqlite_only`` (files, backups, kill tests) are skipped there,
  and so is every test that uses no database fixture (a parser, a PDF layout,
  a file format): it runs the same code on both passes, so the PostgreSQL
  pass leaves it to the SQLite one.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # pg_support: a plain helper module
import pg_support as pg

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("INTERVIEW_PLANNER_DB", None)

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_7f17fe518061dca0.txt"
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=["sqlite", "postgresql"],
        default=os.environ.get("INTERVIEW_PLANNER_TEST_ENGINE", "sqlite"),
        help="database engine behind the db fixtures (default sqlite)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: needs a SQLite file (backups, kill tests, file checks)")
    config.addinivalue_line("markers", "postgres_only: needs the PostgreSQL engine (roles, row-level security)")
    if config.getoption("--engine") == "postgresql":
        config.stash[pg.SERVER] = pg.find_server(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    server = config.stash.get(pg.SERVER, None)
    if server is not None:
        server.stop()


def pytest_report_header(config: pytest.Config) -> str:
    if config.getoption("--engine") != "postgresql":
        return "database engine: sqlite (the PostgreSQL pass: pytest tests/core --engine postgresql)"
    server = config.stash[pg.SERVER]
    return f"database engine: postgresql ({server.describe()})"


# What a test needs to touch the engine the run is about: the database templates (behind ``db``,
# ``db_path``, ``demo_db`` and every fixture built on them), the server, or the engine's name.
ENGINE_FIXTURES = frozenset({"_content_db_template", "_demo_db_template", "pg_server", "engine_name"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_pg = config.getoption("--engine") == "postgresql"
    server = config.stash.get(pg.SERVER, None)
    for item in items:
        if on_pg and server is not None and not server.available:
            item.add_marker(pytest.mark.skip(reason=f"PostgreSQL run skipped: {server.problem}"))
        elif on_pg and ENGINE_FIXTURES.isdisjoint(getattr(item, "fixturenames", ())):
            item.add_marker(
                pytest.mark.skip(reason="uses no database: the same on both engines (the SQLite pass runs it)")
            )
        elif on_pg and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason="SQLite file feature (not in team mode)"))
        elif not on_pg and item.get_closest_marker("postgres_only"):
            item.add_marker(pytest.mark.skip(reason="PostgreSQL only (run with --engine postgresql)"))


@pytest.fixture(scope="session")
def engine_name(pytestconfig: pytest.Config) -> str:
    """``sqlite`` or ``postgresql``: the engine behind ``db``, ``db_path`` and friends."""
    return str(pytestconfig.getoption("--engine"))


@pytest.fixture(scope="session")
def pg_server(pytestconfig: pytest.Config) -> pg.Server:
    server = pytestconfig.stash.get(pg.SERVER, None)
    if server is None or not server.available:
        pytest.skip("needs the PostgreSQL engine (--engine postgresql)")
    return server


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("INTERVIEW_PLANNER_DATA_DIR", str(folder))
    monkeypatch.delenv("INTERVIEW_PLANNER_DB", raising=False)
    return folder


@pytest.fixture(scope="session")
def _content_db_template(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path | str:
    from interview_planner.db.database import Database
    from interview_planner.services.content import load_bundled_content

    server = pytestconfig.stash.get(pg.SERVER, None)
    if server is not None:
        url = server.create_database("tmpl_content")
        db = Database.open(url)
        load_bundled_content(db)
        db.close()
        return url
    path = tmp_path_factory.mktemp("template") / "content.db"
    db = Database.open(path)
    load_bundled_content(db)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _content_db_template: Path | str, pytestconfig: pytest.Config) -> Iterator[Path | str]:
    """Path (a URL on PostgreSQL) of a fresh database holding the bundled content."""
    yield from _fresh_copy(pytestconfig, _content_db_template, tmp_path / "planner.db")


def _fresh_copy(config: pytest.Config, template: Path | str, target: Path) -> Iterator[Path | str]:
    server = config.stash.get(pg.SERVER, None)
    if server is None:
        shutil.copyfile(template, target)
        yield target
        return
    url = server.create_database("t", template=str(template))
    yield url
    server.drop_database(url)


@pytest.fixture
def db(db_path: Path | str) -> Iterator[object]:
    from interview_planner.db.database import Database

    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def seed_text() -> str:
    """The reference job description (Lead Member of Technical Staff)."""
    if SEED.exists():
        return SEED.read_text(encoding="utf-8")
    return (DATA / "postings" / "seed_lmts.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def _demo_db_template(
    tmp_path_factory: pytest.TempPathFactory, _content_db_template: Path | str, pytestconfig: pytest.Config
) -> Path | str:
    from interview_planner.db.database import Database
    from interview_planner.services.demo import create_demo

    server = pytestconfig.stash.get(pg.SERVER, None)
    if server is not None:
        url = server.create_database("tmpl_demo", template=str(_content_db_template))
        db = Database.open(url)
        create_demo(db)
        db.close()
        return url
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(_content_db_template, path)
    db = Database.open(path)
    create_demo(db)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db_path(tmp_path: Path, _demo_db_template: Path | str, pytestconfig: pytest.Config) -> Iterator[Path | str]:
    """A fresh copy of the demo database (seed role, planned loop, interviewers, candidates)."""
    yield from _fresh_copy(pytestconfig, _demo_db_template, tmp_path / "demo.db")


@pytest.fixture
def demo_db(demo_db_path: Path | str) -> Iterator[object]:
    from interview_planner.db.database import Database

    database = Database.open(demo_db_path)
    yield database
    database.close()
