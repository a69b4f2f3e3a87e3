"""No hiring data in the log (docs/privacy.md): each error path is triggered with a known candidate
name, email, evidence and notes, and the log file is searched for them afterwards."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from interview_planner.cli import main
from interview_planner.db.database import Database
from interview_planner.logs import log_path
from interview_planner.services import scorecards

NAME, EMAIL = "Quintessa Marlowe-Fitch", "quintessa.secret@example.org"
TAKEAWAY, NOTE, EVIDENCE = "Takeaway-7731 about the candidate", "Private-note-5521", "Evidence-9917 seen"
SECRETS = (NAME, EMAIL, TAKEAWAY, NOTE, EVIDENCE, "Quintessa", "quintessa.secret")


def run(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(args))
    return code, err.getvalue()


def assert_log_clean() -> str:
    text_ = log_path().read_text(encoding="utf-8") if log_path().exists() else ""
    for secret in SECRETS:
        assert secret.casefold() not in text_.casefold(), f"{secret!r} is in the log:\n{text_}"
    return text_


@pytest.mark.sqlite_only
def test_a_database_error_logs_the_statement_without_its_parameters(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_add(db: Database, **kw: Any) -> None:  # a bug: a row pointing at no loop
        with db.write() as s:
            s.execute(
                text(
                    "INSERT INTO candidate (id, loop_id, name, email, created_at) "
                    "VALUES ('c1', 'no-such-loop', :n, :e, '2026-01-01')"
                ),
                {"n": kw["name"], "e": kw["email"]},
            )

    monkeypatch.setattr("interview_planner.services.candidates.add_candidate", broken_add)
    code, err = run("--db", str(demo_db_path), "candidate", "add", NAME, "--loop", "x", "--email", EMAIL)
    assert code == 70, err
    logged = assert_log_clean()
    assert "IntegrityError" in logged and "INSERT INTO candidate" in logged  # still useful for a bug report


@pytest.mark.sqlite_only
def test_a_failed_amend_logs_no_notes(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database.open(demo_db_path)
    with db.read() as s:
        row = s.execute(
            text(
                "SELECT c.name AS candidate, st.name AS stage, p.name AS interviewer FROM scorecard sc "
                "JOIN interview i ON i.id = sc.interview_id JOIN candidate c ON c.id = i.candidate_id "
                "JOIN stage st ON st.id = i.stage_id JOIN interviewer p ON p.id = i.interviewer_id "
                "WHERE sc.status = 'submitted' LIMIT 1"
            )
        ).one()
    db.close()
    real = scorecards.snapshot

    def failing_snapshot(session: Any, card: Any) -> Any:
        if card.private_notes == NOTE or card.key_takeaways == TAKEAWAY:
            raise ValueError(f"cannot record {card.key_takeaways!r} / {card.private_notes!r}")  # a bug quoting notes
        return real(session, card)

    monkeypatch.setattr(scorecards, "snapshot", failing_snapshot)
    args = ["--db", str(demo_db_path), "scorecard", "submit", "--candidate", row.candidate, "--stage", row.stage]
    args += ["--interviewer", row.interviewer, "--overall", "yes", "--notes", TAKEAWAY, "--amend", "typo"]
    code, err = run(*args)
    assert code == 70, err
    assert "unexpected error" in err  # the person at the terminal still sees what went wrong
    assert "withheld" in assert_log_clean()


@pytest.mark.sqlite_only
def test_user_errors_naming_a_candidate_are_not_logged(demo_db_path: Path, tmp_path: Path) -> None:
    for args in (
        ("candidate", "show", NAME),
        ("candidate", "erase", EMAIL, "--yes"),
        ("candidate", "add", NAME, "--loop", "no such loop", "--email", EMAIL),
        ("scorecard", "import", str(tmp_path / f"{NAME}.json")),
    ):
        code, _ = run("--db", str(demo_db_path), *args)
        assert code in (2, 3, 4), args
    assert_log_clean()


@pytest.mark.sqlite_only
def test_erasing_a_candidate_scrubs_older_log_lines_that_name_them(demo_db_path: Path) -> None:
    code, err = run(
        "--db", str(demo_db_path), "candidate", "add", NAME, "--loop", _loop(demo_db_path), "--email", EMAIL
    )
    assert code == 0, err
    log_path().parent.mkdir(parents=True, exist_ok=True)
    older = [
        "2026-01-02 unexpected error\n",
        f"  [parameters: ('{NAME}', '{EMAIL}')]\n",  # what versions before 0.5 could write
        f"  key_takeaways={TAKEAWAY!r} for {NAME.upper()}\n",
        '  File "x.py", line 3, in f\n',
        f"  email {EMAIL}\n",
    ]
    log_path().write_text("".join(older), encoding="utf-8")
    code, err = run("--db", str(demo_db_path), "candidate", "erase", NAME, "--yes")
    assert code == 0, err
    assert log_path().read_text(encoding="utf-8") == older[0] + older[3]


def _loop(path: Path) -> str:
    db = Database.open(path)
    with db.read() as s:
        name = s.execute(text("SELECT name FROM loop LIMIT 1")).scalar_one()
    db.close()
    return str(name)
