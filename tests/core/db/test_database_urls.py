"""Database URLs: every bad one gives one line that never shows the password."""

from __future__ import annotations

import socket
import sys

import pytest
from pg_support import Server

from interview_planner.db.database import Database
from interview_planner.db.engine import masked, to_url
from interview_planner.errors import StorageError


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_postgres_url_without_a_driver_means_psycopg() -> None:
    assert to_url("postgresql://ann:pw@db.example/hiring") == "postgresql+psycopg://ann:pw@db.example/hiring"


def test_masked_hides_the_password() -> None:
    assert (
        masked("postgresql+psycopg://ann:s3cret@db.example/hiring") == "postgresql+psycopg://ann:***@db.example/hiring"
    )


@pytest.mark.parametrize(
    ("url", "expect"),
    [
        ("postgresql+psycopg2://ann:s3cret@127.0.0.1/hiring", "postgresql+psycopg://"),
        ("mysql://ann:s3cret@127.0.0.1/hiring", "only SQLite files and PostgreSQL"),
        ("postgresql://ann:s3cret@127.0.0.1:{port}/hiring", "cannot connect"),
    ],
)
def test_bad_urls_are_one_line_without_the_password(url: str, expect: str) -> None:
    with pytest.raises(StorageError) as info:
        Database.open(url.format(port=_closed_port()))
    message = str(info.value)
    assert expect in message and "s3cret" not in message and "\n" not in message


def test_without_psycopg_the_message_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(StorageError, match=r"pip install 'interview-loop-planner\[postgres\]'") as info:
        Database.open("postgresql://ann:s3cret@127.0.0.1/hiring")
    assert "s3cret" not in str(info.value)


def test_the_packaged_app_without_psycopg_does_not_say_pip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # as in the PyInstaller bundle
    with pytest.raises(StorageError, match="packaged app works on database files only") as info:
        Database.open("postgresql://ann:s3cret@127.0.0.1/hiring")
    assert "pip install '" not in str(info.value) and "s3cret" not in str(info.value)


@pytest.mark.postgres_only
def test_a_wrong_password_is_one_line_without_it(pg_server: Server) -> None:
    url = pg_server.url_for("postgres", user="postgres", password="wrong-s3cret")
    with pytest.raises(StorageError, match="password authentication failed") as info:
        Database.open(url)
    assert "wrong-s3cret" not in str(info.value) and "\n" not in str(info.value)
