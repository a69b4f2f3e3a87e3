"""Bad input, tried systematically: each gets one clear line, a non-zero exit, and the database
stays byte-for-byte as it was."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg_support import database_contents

from interview_planner.cli import main
from interview_planner.content.loader import load_bank, load_rubric
from interview_planner.errors import InputError
from interview_planner.jd.parser import parse_job_description

from .conftest import count_case

QUESTION = (
    "  - id: q-1\n    text: Why?\n    kind: behavioural\n    minutes: 5\n    difficulty: easy\n"
    "    skills: [problem-solving]\n    follow_ups: [a, b]\n    strong_signals: [s]\n    weak_signals: [w]\n"
)
BANK = "bank: mine\ntitle: Mine\nquestions:\n" + QUESTION
RUBRIC_LEVEL = "  - level: {n}\n    label: L{n}\n    summary: s\n    anchors: [a, b]\n"
RUBRIC = "skill: ci-cd\ntitle: T\nlevels:\n" + "".join(RUBRIC_LEVEL.format(n=n) for n in (1, 2, 3, 4))

BAD_BANKS: dict[str, str | bytes] = {
    "minutes-text.yaml": BANK.replace("minutes: 5", "minutes: five"),
    "minutes-zero.yaml": BANK.replace("minutes: 5", "minutes: 0"),
    "kind-unknown.yaml": BANK.replace("kind: behavioural", "kind: trivia"),
    "difficulty-unknown.yaml": BANK.replace("difficulty: easy", "difficulty: brutal"),
    "skills-empty.yaml": BANK.replace("skills: [problem-solving]", "skills: []"),
    "skills-unknown.yaml": BANK.replace("skills: [problem-solving]", "skills: [underwater-basket-weaving]"),
    "skills-twice.yaml": BANK.replace("skills: [problem-solving]", "skills: [problem-solving, problem-solving]"),
    "one-follow-up.yaml": BANK.replace("follow_ups: [a, b]", "follow_ups: [a]"),
    "no-text.yaml": BANK.replace("    text: Why?\n", ""),
    "no-bank-id.yaml": BANK.replace("bank: mine\n", ""),
    "bad-bank-id.yaml": BANK.replace("bank: mine", "bank: My Bank!"),
    "extra-field.yaml": BANK.replace("    minutes: 5\n", "    minutes: 5\n    score: 3\n"),
    "duplicate-ids.yaml": BANK + QUESTION,
    "duplicate-key.yaml": BANK.replace("    minutes: 5\n", "    minutes: 5\n    minutes: 6\n"),
    "questions-not-list.yaml": "bank: mine\ntitle: Mine\nquestions: 12\n",
    "top-level-list.yaml": "- 1\n- 2\n",
    "scalar.yaml": "just a sentence\n",
    "empty.yaml": "",
    "bomb.yaml": 'a: &a ["x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b]\n',
    "merge-key.yaml": "base: &b {bank: mine}\n<<: *b\n",
    "deep.yaml": "a: " + "[" * 100 + "]" * 100 + "\n",
    "python-tag.yaml": "bank: !!python/object/apply:os.system ['true']\n",
    "syntax.yaml": "bank: mine\n  title: [unclosed\n",
    "tabs.yaml": "bank: mine\n\ttitle: x\n",
    "latin1.yaml": BANK.replace("Why?", "Caf\xe9?").encode("latin-1"),
    "binary.yaml": bytes(range(256)) * 4,
    "syntax.json": '{"bank": "mine", "title": ',
    "types.json": json.dumps({"bank": "mine", "title": "Mine", "questions": [{"id": "q"}]}),
    "columns.csv": "bank,id,text\nmine,q-1,Why?\n",
    "cells.csv": (
        "bank,id,text,kind,minutes,difficulty,skills,follow_ups,strong_signals,weak_signals\n"
        "mine,q-1,Why?,behavioural,5,easy,problem-solving,a|b,s,w,EXTRA\n"
    ),
    "minutes.csv": (
        "bank,id,text,kind,minutes,difficulty,skills,follow_ups,strong_signals,weak_signals\n"
        "mine,q-1,Why?,behavioural,ten,easy,problem-solving,a|b,s,w\n"
    ),
}
BAD_RUBRICS: dict[str, str] = {
    "three-levels.yaml": "skill: ci-cd\ntitle: T\nlevels:\n" + "".join(RUBRIC_LEVEL.format(n=n) for n in (1, 2, 3)),
    "order.yaml": "skill: ci-cd\ntitle: T\nlevels:\n" + "".join(RUBRIC_LEVEL.format(n=n) for n in (4, 3, 2, 1)),
    "one-anchor.yaml": RUBRIC.replace("anchors: [a, b]", "anchors: [a]", 1),
    "unknown-skill.yaml": RUBRIC.replace("skill: ci-cd", "skill: juggling"),
    "boolean-label.yaml": RUBRIC.replace("label: L2", "label: No"),
}


def snapshot(target: Path | str) -> object:
    """The file's bytes (SQLite), or every row of every table (a PostgreSQL URL)."""
    if isinstance(target, str):
        return database_contents(target)
    with sqlite3.connect(target) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return target.read_bytes()


def run_cli(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(args))
    return code, err.getvalue()


def assert_refused(db_path: Path, *args: str, expect_in: str = "") -> str:
    before = snapshot(db_path)
    code, err = run_cli("--db", str(db_path), *args)
    assert code != 0, err
    assert code != 70, f"a bug, not a clear error: {err}"
    lines = err.strip().splitlines()
    if len(lines) > 1:  # several problems in one file: a count, then one line each, all reported at once
        assert lines[0].endswith(f": {len(lines) - 1} problems:"), err
        assert all(line.startswith(expect_in) for line in lines[1:]), err
    assert expect_in in err
    assert snapshot(db_path) == before
    return err


@pytest.mark.parametrize("name", sorted(BAD_BANKS))
def test_bad_bank_file(name: str, db_path: Path, tmp_path: Path) -> None:
    count_case("bank files")
    path = tmp_path / name
    content = BAD_BANKS[name]
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    err = assert_refused(db_path, "bank", "import", str(path), expect_in=str(path))
    assert err.startswith("interview-planner: error: ")


@pytest.mark.parametrize("name", sorted(BAD_RUBRICS))
def test_bad_rubric_file(name: str, db_path: Path, tmp_path: Path) -> None:
    count_case("rubric files")
    path = tmp_path / name
    path.write_text(BAD_RUBRICS[name], encoding="utf-8")
    assert_refused(db_path, "rubric", "import", str(path), expect_in=str(path))


def test_same_bank_twice_in_one_import(db_path: Path, tmp_path: Path) -> None:
    count_case("bank files")
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(BANK, encoding="utf-8")
    b.write_text(BANK, encoding="utf-8")
    assert_refused(db_path, "bank", "import", str(a), str(b), expect_in="also defined")


@pytest.mark.parametrize("target", ["missing.yaml", "a-folder"])
def test_missing_or_folder_paths(target: str, db_path: Path, tmp_path: Path) -> None:
    count_case("bank files")
    (tmp_path / "a-folder").mkdir()
    assert_refused(db_path, "bank", "import", str(tmp_path / target), expect_in=str(tmp_path / target))


JOB_DESCRIPTIONS: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": b"   \n\t\n  \n",
    "binary.txt": bytes(range(256)) * 10,
    "emoji.txt": "🚀🔥💯\n✨🎯\n".encode(),
    "huge.txt": b"Requirements\n" + b"- Python\n" * 1_300_000,
    "nul-in-text.txt": b"Requirements\n- Python\x00 and Go\n",
}


# A posting in which nothing is recognised (company text and benefits only, duties only) is not bad input:
# it is kept as a role without skills (tests/core/jd/test_no_requirements_kept.py).


@pytest.mark.parametrize("name", sorted(JOB_DESCRIPTIONS))
def test_bad_job_description(name: str, db_path: Path, tmp_path: Path) -> None:
    count_case("job descriptions")
    path = tmp_path / name
    path.write_bytes(JOB_DESCRIPTIONS[name])
    assert_refused(db_path, "role", "import", str(path), expect_in=name)


@pytest.fixture
def sam_kit(demo_db_path: Path, tmp_path: Path) -> Path:
    code, err = run_cli(
        "--db",
        str(demo_db_path),
        "scorecard",
        "export-kit",
        "--candidate",
        "Sam Okafor",
        "--out",
        str(tmp_path / "kits"),
    )
    assert code == 0, err
    return sorted((tmp_path / "kits").glob("*.json"))[0]


def _kit_variants(kit: dict) -> dict[str, Callable[[dict], object]]:  # type: ignore[type-arg]
    def edit(**changes: object) -> Callable[[dict], object]:  # type: ignore[type-arg]
        return lambda k: {**k, **changes}

    return {
        "tampered-interview": edit(interview_id="0" * 36),
        "tampered-skills": lambda k: {**k, "skills": k["skills"][1:]},
        "tampered-hash": edit(content_hash="f" * 64),
        "rating-five": lambda k: {**k, "ratings": {s["id"]: 5 for s in k["skills"]}},
        "rating-word": lambda k: {**k, "ratings": {s["id"]: "great" for s in k["skills"]}},
        "overall-unknown": lambda k: {**k, "overall": "maybe", "status": "submitted"},
        # "submitted" without an overall is no longer refused: it is kept as a draft, naming what is missing
        # (tests/core/services/test_scorecard_files.py, test_scorecards.py)
        "wrong-format": edit(format="interview-planner/scorecard-kit@9"),
        "missing-field": lambda k: {key: v for key, v in k.items() if key != "interview_id"},
        "unknown-field": edit(surprise=True),
        "not-an-object": lambda k: [k],
    }


def test_bad_kits(sam_kit: Path, demo_db_path: Path, tmp_path: Path) -> None:
    kit = json.loads(sam_kit.read_text(encoding="utf-8"))
    for label, change in _kit_variants(kit).items():
        count_case("scorecard kits")
        path = tmp_path / f"{label}.json"
        path.write_text(json.dumps(change(kit)), encoding="utf-8")
        assert_refused(demo_db_path, "scorecard", "import", str(path), expect_in=str(path))
    for label, raw in {"truncated": sam_kit.read_bytes()[:100], "empty": b"", "latin1": b'{"a": "\xe9"}'}.items():
        count_case("scorecard kits")
        path = tmp_path / f"{label}.json"
        path.write_bytes(raw)
        assert_refused(demo_db_path, "scorecard", "import", str(path), expect_in=str(path))


def test_bad_pdfs(demo_db_path: Path, tmp_path: Path) -> None:
    code, _ = run_cli(
        "--db", str(demo_db_path), "packet", "export", "--candidate", "Sam Okafor", "--out", str(tmp_path / "p")
    )
    assert code == 0
    packet = sorted((tmp_path / "p").glob("*-01-*.pdf"))[0].read_bytes()
    overview = sorted((tmp_path / "p").glob("*-overview.pdf"))[0]
    cases = {
        "truncated.pdf": packet[: len(packet) // 3],
        "random.pdf": os.urandom(5000),
        "empty.pdf": b"",
        "header-only.pdf": b"%PDF-1.4\n%%EOF\n",
        "text.pdf": b"hello",
        "overview.pdf": overview.read_bytes(),
    }
    for name, data in cases.items():
        count_case("PDFs")
        path = tmp_path / name
        path.write_bytes(data)
        assert_refused(demo_db_path, "scorecard", "import", str(path), expect_in=str(path))


@pytest.mark.sqlite_only
def test_bad_database_paths(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database", encoding="utf-8")
    newer = tmp_path / "newer.db"
    newer.write_bytes(db_path.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    for target in (tmp_path / "missing" / "x.db", tmp_path / "folder", text_file, newer, "postgresql+nodriver://x"):
        count_case("database paths")
        before = Path(target).read_bytes() if Path(str(target)).is_file() else None
        code, err = run_cli("--db", str(target), "skill", "list")
        assert code not in (0, 70), err
        assert len(err.strip().splitlines()) == 1, err
        if before is not None:
            assert Path(target).read_bytes() == before


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can write read-only files")
def test_read_only_database(db_path: Path) -> None:
    count_case("database paths")
    db_path.chmod(stat.S_IRUSR)
    code, err = run_cli("--db", str(db_path), "interviewer", "add", "Ann")
    assert code == 5 and "read-only" in err


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_arbitrary_bytes_as_content_files_only_raise_input_errors(tmp_path: Path, data: bytes) -> None:
    count_case("fuzzed content files")
    for suffix, loader in ((".yaml", load_bank), (".json", load_bank), (".csv", load_bank), (".yml", load_rubric)):
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(data)
        with contextlib.suppress(InputError):
            loader(path)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_job_descriptions_only_raise_input_errors(text: str) -> None:
    count_case("fuzzed job descriptions")
    with contextlib.suppress(InputError):
        parse_job_description(text)
