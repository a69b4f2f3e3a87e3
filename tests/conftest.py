"""Fixtures every test shares.

* Nothing touches the real user data folder: each test gets its own.
* ``db`` is a fresh database with the bundled catalogue, banks and rubrics,
  copied from one built per session (building it for every test is slow).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("INTERVIEW_PLANNER_DB", None)

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_7f17fe518061dca0.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("INTERVIEW_PLANNER_DATA_DIR", str(folder))
    monkeypatch.delenv("INTERVIEW_PLANNER_DB", raising=False)
    return folder


@pytest.fixture(scope="session")
def _content_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from interview_planner.db.database import Database
    from interview_planner.services.content import load_bundled_content

    path = tmp_path_factory.mktemp("template") / "content.db"
    db = Database.open(path)
    load_bundled_content(db)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _content_db_template: Path) -> Path:
    """Path of a fresh database holding the bundled content."""
    target = tmp_path / "planner.db"
    shutil.copyfile(_content_db_template, target)
    return target


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
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
def _demo_db_template(tmp_path_factory: pytest.TempPathFactory, _content_db_template: Path) -> Path:
    from interview_planner.db.database import Database
    from interview_planner.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(_content_db_template, path)
    db = Database.open(path)
    create_demo(db)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db_path(tmp_path: Path, _demo_db_template: Path) -> Path:
    """A fresh copy of the demo database (seed role, planned loop, interviewers, candidates)."""
    target = tmp_path / "demo.db"
    shutil.copyfile(_demo_db_template, target)
    return target


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[object]:
    from interview_planner.db.database import Database

    database = Database.open(demo_db_path)
    yield database
    database.close()
