"""The command line as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_7f17fe518061dca0.txt"
if not SEED.exists():
    SEED = Path(__file__).resolve().parents[1] / "data" / "postings" / "seed_lmts.txt"


def cli(*args: str, db: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "interview_planner", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, check=False, env={**os.environ, **(env or {})}
    )


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_version_and_help() -> None:
    assert cli("--version").stdout.startswith("interview-planner ")
    assert "role" in cli("--help").stdout


def test_init_then_search_finds_bundled_questions(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert cli("init", db=db).returncode == 0
    result = cli("bank", "search", "kubernetes", "--json", db=db)
    assert result.returncode == 0, result.stderr
    questions = json.loads(result.stdout)["questions"]
    assert questions and all(
        "kubernetes" in (q["text"] + " ".join(q["follow_ups"]) + " ".join(q["skills"])).lower()
        or "containers-kubernetes" in q["skills"]
        for q in questions
    )
    again = json.loads(cli("init", "--json", db=db).stdout)
    assert again["questions"]["added"] == 0 and again["questions"]["unchanged"] >= 150


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    env = {"INTERVIEW_PLANNER_DATA_DIR": str(tmp_path / "data")}
    assert cli("init", env=env).returncode == 0
    assert (tmp_path / "data" / "interview-planner.db").exists()
    env_db = {"INTERVIEW_PLANNER_DB": str(tmp_path / "env.db")}
    assert cli("init", env=env_db).returncode == 0 and (tmp_path / "env.db").exists()


def test_broken_bank_exits_2_with_file_and_line_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    cli("init", db=db)
    good = tmp_path / "good.yaml"
    good.write_text(
        "bank: mine\ntitle: Mine\nquestions:\n  - id: m-1\n    text: Why?\n    kind: behavioural\n"
        "    minutes: 5\n    difficulty: easy\n    skills: [problem-solving]\n"
        "    follow_ups: [a, b]\n    strong_signals: [s]\n    weak_signals: [w]\n",
        encoding="utf-8",
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text(good.read_text(encoding="utf-8").replace("minutes: 5", "minutes: -3"), encoding="utf-8")
    before = dump(db)
    result = cli("bank", "import", str(good), str(broken), db=db)
    assert result.returncode == 2
    assert f"{broken}:7: questions[0].minutes:" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert dump(db) == before  # not even the good file was written


def test_bank_import_is_idempotent_and_updates_in_place(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    cli("init", db=db)
    bank = tmp_path / "b.yaml"
    bank.write_text(
        "bank: mine\ntitle: Mine\nquestions:\n  - id: m-1\n    text: Why?\n    kind: behavioural\n"
        "    minutes: 5\n    difficulty: easy\n    skills: [problem-solving]\n"
        "    follow_ups: [a, b]\n    strong_signals: [s]\n    weak_signals: [w]\n",
        encoding="utf-8",
    )
    first = json.loads(cli("bank", "import", str(bank), "--json", db=db).stdout)
    assert first["added"] == 1
    snapshot = dump(db)
    second = json.loads(cli("bank", "import", str(bank), "--json", db=db).stdout)
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 1)
    assert dump(db) == snapshot
    bank.write_text(bank.read_text(encoding="utf-8").replace("Why?", "Why not?"), encoding="utf-8")
    third = json.loads(cli("bank", "import", str(bank), "--json", db=db).stdout)
    assert third["updated"] == 1
    hits = json.loads(cli("bank", "search", "why", "not", "--json", db=db).stdout)["questions"]
    assert [q["text"] for q in hits if q["bank"] == "mine"] == ["Why not?"]


def test_role_import_of_the_seed(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    cli("init", db=db)
    result = cli("role", "import", str(SEED), "--json", db=db)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["role"]["title"] == "Lead Member of Technical Staff"
    skills = data["skills"]
    assert [s["kind"] for s in skills].count("hard") == 15 and [s["kind"] for s in skills].count("soft") == 10
    assert [s["name"] for s in skills if s["priority"] == "nice"] == [
        next(s["name"] for s in skills if "machine learning" in s["source"].lower())
    ]
    assert all(s["catalogue_skill"] for s in skills)
    assert len({s["catalogue_skill"] for s in skills}) == 25
    shown = json.loads(cli("role", "show", "lead member of technical staff", "--json", db=db).stdout)
    assert shown["role"]["id"] == data["role"]["id"]
    assert cli("role", "list", db=db).stdout.count("Lead Member of Technical Staff") == 1


@pytest.mark.parametrize("target", ["missing-folder/x.db", "folder"])
def test_bad_database_paths_are_clear_errors(tmp_path: Path, target: str) -> None:
    (tmp_path / "folder").mkdir()
    result = cli("init", db=tmp_path / target)
    assert result.returncode == 5
    assert result.stderr.startswith("interview-planner: error: ") and len(result.stderr.splitlines()) == 1


def test_a_non_sqlite_file_is_not_touched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my private notes\n" * 50, encoding="utf-8")
    result = cli("init", db=notes)
    assert result.returncode == 5 and "not a SQLite file" in result.stderr
    assert notes.read_text(encoding="utf-8") == "my private notes\n" * 50


def test_a_closed_pipe_is_not_an_error(db_path: Path) -> None:
    command = [sys.executable, "-m", "interview_planner", "--db", str(db_path)]
    command += ["bank", "search", "--json", "--limit", "200"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) in (0, 141)
    assert "unexpected error" not in err


def test_skill_add_then_init_keeps_a_users_rubric_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert cli("init", db=db).returncode == 0
    added = cli(
        "skill",
        "add",
        "--name",
        "Game engine programming",
        "--kind",
        "hard",
        "--definition",
        "Builds the real-time loop, rendering and physics of games.",
        "--alias",
        "engine programming",
        "--keyword",
        "unreal engine",
        "--focus",
        "coding",
        db=db,
    )
    assert added.returncode == 0, added.stderr
    assert "game-engine-programming: Game engine programming [hard, user]" in added.stdout
    template = tmp_path / "ci.yaml"
    assert cli("rubric", "template", str(template), "--skill", "ci-cd", db=db).returncode == 0
    refused = cli("rubric", "import", str(template), db=db)
    assert refused.returncode == 4 and "--replace" in refused.stderr
    assert cli("rubric", "import", "--replace", str(template), db=db).returncode == 0
    again = cli("init", db=db)
    assert "left alone (you changed them; the shipped version was not applied): 1" in again.stdout
    assert "  rubric ci-cd" in again.stdout
    assert json.loads(cli("rubric", "show", "ci-cd", "--json", db=db).stdout)["title"] == "ci-cd"
    assert cli("rubric", "restore", "ci-cd", db=db).returncode == 0
    assert json.loads(cli("rubric", "show", "ci-cd", "--json", db=db).stdout)["title"] == "CI/CD and automation"


def test_a_bad_markdown_list_reports_every_problem_and_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert cli("init", db=db).returncode == 0
    bad = tmp_path / "bad.md"
    bad.write_text("# Ours\n\n## Gardening\n\n- Roses?\n- Tulips? [weird]\n", encoding="utf-8")
    result = cli("bank", "import", str(bad), db=db)
    assert result.returncode == 2
    assert result.stderr.count(f"{bad}:") == 3, result.stderr


def test_role_import_of_a_file_of_two_postings_reads_the_first_and_names_the_second(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    cli("init", db=db)
    posting = tmp_path / "two.md"
    posting.write_text(
        "# Frontend Engineer\n\n## Requirements\n- React\n\n# Backend Engineer\n\n## Requirements\n- Go\n",
        encoding="utf-8",
    )
    result = cli("role", "import", str(posting), db=db)
    assert result.returncode == 0, result.stderr
    assert "the file holds 2 postings; only the first was read. Not read: Backend Engineer (line 6)" in result.stdout
    data = json.loads(cli("role", "show", "frontend engineer", "--json", db=db).stdout)
    assert [s["name"] for s in data["skills"]] == ["React"]


def _imported_rows(tmp_path: Path, posting_text: str) -> tuple[Path, list[str]]:
    """The database and the skill rows ("… -> link") `role import` prints for a posting."""
    posting = tmp_path / "ja.txt"
    posting.write_text(posting_text, encoding="utf-8")
    db = tmp_path / "x.db"
    cli("init", db=db)
    result = cli("role", "import", str(posting), db=db)
    assert result.returncode == 0, result.stderr
    return db, [line for line in result.stdout.splitlines() if " -> " in line]


def _columns(text: str) -> int:  # a terminal's columns: wide characters take two
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def test_role_import_of_a_japanese_posting_keeps_its_columns_in_line(tmp_path: Path) -> None:
    _, rows = _imported_rows(
        tmp_path,
        "【募集職種】フロントエンドエンジニア\n\n【必須スキル】\n■ TypeScriptでの開発経験2年以上\n■ HTML/CSSの知識\n"
        "\n【求める人物像】\n■ ユーザー視点で考えられる方\n",
    )
    assert [row.split("] ", 1)[1].split(" ", 1)[0] for row in rows] == [
        "TypeScriptでの開発",
        "HTML",
        "CSS",
        "ユーザー視点で考えられる",
    ]
    assert len({_columns(row.split(" -> ")[0]) for row in rows}) == 1  # every link starts in the same column


def test_role_import_cuts_a_name_wider_than_its_column_and_keeps_the_links_in_line(tmp_path: Path) -> None:
    db, rows = _imported_rows(
        tmp_path,
        "【募集職種】バックエンドエンジニア\n\n【必須スキル】\n■ Goでの開発経験\n"
        "■ 大規模な分散システムにおける障害対応とパフォーマンスチューニングを主導した経験\n",
    )
    assert len(rows) == 2 and "…" in rows[1]  # the long name is cut in the table ...
    assert len({_columns(row.split(" -> ")[0]) for row in rows}) == 1  # ... and the links start in one column
    shown = json.loads(cli("role", "show", "バックエンドエンジニア", "--json", db=db).stdout)["skills"][1]["name"]
    in_table = rows[1].split("] ", 1)[1].split(" -> ")[0].rstrip(" …")
    assert shown.startswith(in_table) and len(shown) > len(in_table)  # (the name itself is kept whole)
