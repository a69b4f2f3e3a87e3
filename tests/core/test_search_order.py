"""Search and the bank browser return the same questions in the same order as the plain ranked query
(the SQL both ran before they read rows by rowid and filtered by skill keys inside the index): best
bm25 first, FTS rowid on ties, every filter applied before the limit."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from interview_planner.services import content
from interview_planner.services.browse import Order, count_questions, page_questions
from interview_planner.services.search import QuestionView, fts_query, search_questions

SKILLS = ("ci-cd", "observability", "databases-caching", "problem-solving", "streaming-messaging", "sql")
WORDS = [
    "cache",
    "invalidation",
    "latency",
    "budget",
    "tracing",
    "deploy",
    "rollback",
    "kafka",
    "consumer",
    "lag",
    "index",
    "migration",
    "outage",
    "review",
    "mentor",
    "incident",
    "queue",
    "partition",
    "retry",
    "backoff",
    "schema",
    "terraform",
    "canary",
    "alert",
    "dashboard",
]


def _bank(path: Path, n: int, seed: int = 25) -> Path:
    rng = random.Random(seed)

    def words(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k))

    questions = [
        {
            "id": f"o-{i:05d}",
            "text": f"{words(rng.randint(3, 14))}?",
            "kind": rng.choice(["technical", "coding", "behavioural", "system_design"]),
            "minutes": rng.randint(5, 45),
            "difficulty": rng.choice(["easy", "medium", "hard"]),
            "skills": rng.sample(SKILLS, rng.randint(1, 3)),
            "follow_ups": [words(4), words(3)],
            "strong_signals": [words(3)],
            "weak_signals": [words(2)],
        }
        for i in range(n)
    ]
    path.write_text(json.dumps({"bank": "order-check", "title": "Order check", "questions": questions}))
    return path


def _reference(path: Path, query: str, *, skills: tuple[str, ...] = (), kind: str | None = None) -> list[str]:
    """The plain ranked query, every match ranked, filters by question id."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        where, params = ["question_fts MATCH ?"], [fts_query(query)]
        if skills:
            where.append(
                "question_id IN (SELECT qs.question_id FROM question_skill qs JOIN catalogue_skill s "
                f"ON s.id = qs.skill_id WHERE s.slug IN ({', '.join('?' * len(skills))}))"
            )
            params += skills
        if kind:
            where.append("question_id IN (SELECT id FROM question WHERE kind = ?)")
            params.append(kind)
        sql = (
            "SELECT question_id FROM question_fts WHERE "
            + " AND ".join(where)
            + " ORDER BY bm25(question_fts, 0, 1.0, 2.0, 0.3), rowid"
        )
        return [r[0] for r in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture
def ordered_db(db: Any, tmp_path: Path) -> Any:
    if db.is_postgres:
        pytest.skip("compares with SQLite's FTS5 ranking (PostgreSQL ranks with ts_rank)")
    content.import_banks(db, [_bank(tmp_path / "order.json", 1500)])
    return db


CASES = [
    ("cache invalidation", ()),
    ("kafka lag", ("streaming-messaging",)),
    ("tracing budget", ("observability",)),
    ("deploy", ("ci-cd", "sql")),
    ("review mentor", ("problem-solving",)),
    ("index", ()),
]


@pytest.mark.parametrize(("query", "skills"), CASES)
def test_search_returns_the_ranked_query_s_questions_in_its_order(ordered_db: Any, query: str, skills: Any) -> None:
    expected = _reference(ordered_db.path, query, skills=skills)
    assert len(expected) > 10  # the generated bank matches: the comparison is not empty
    for limit in (5, 50, 400):
        got = search_questions(ordered_db, query, skills=skills, limit=limit)
        assert [q.id for q in got] == expected[:limit]
    kinded = search_questions(ordered_db, query, skills=skills, kind="coding", limit=400)
    assert [q.id for q in kinded] == _reference(ordered_db.path, query, skills=skills, kind="coding")[:400]


@pytest.mark.parametrize(("query", "skills"), CASES[:4])
def test_browser_pages_follow_the_same_order(ordered_db: Any, query: str, skills: Any) -> None:
    expected = _reference(ordered_db.path, query, skills=skills)
    ids: list[str] = []
    while True:
        page = page_questions(ordered_db, query, skills=skills, offset=len(ids), limit=37)
        ids += [q.id for q in page]
        if len(page) < 37:
            break
    assert ids == expected
    assert count_questions(ordered_db, query, skills=skills) == len(expected)
    by_minutes = page_questions(ordered_db, query, skills=skills, order=Order("minutes"), limit=10_000)
    assert sorted(q.id for q in by_minutes) == sorted(expected)
    assert [q.minutes for q in by_minutes] == sorted(q.minutes for q in by_minutes)


def test_rows_read_from_the_driver_are_valid_views_with_skills_in_order(ordered_db: Any) -> None:
    got = search_questions(ordered_db, "cache", limit=50)
    assert got and all(q.score is not None for q in got)
    for view in got:
        assert QuestionView.model_validate(view.model_dump()) == view
        assert isinstance(view.minutes, int) and isinstance(view.needs_review, bool)
    conn = sqlite3.connect(f"file:{ordered_db.path}?mode=ro", uri=True)
    stored = dict(conn.execute("SELECT id, follow_ups FROM question"))
    slugs = {
        qid: [
            r[0]
            for r in conn.execute(
                "SELECT s.slug FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id "
                "WHERE qs.question_id = ? ORDER BY qs.position",
                (qid,),
            )
        ]
        for qid in (v.id for v in got)
    }
    conn.close()
    for view in got:
        assert view.follow_ups == json.loads(stored[view.id])
        assert view.skills == slugs[view.id]


def test_the_skill_filter_follows_changes_of_the_bank(ordered_db: Any, tmp_path: Path) -> None:
    first = search_questions(ordered_db, "kafka", skills=["streaming-messaging"], limit=1000)
    assert first
    # the same bank with every question's skills moved on by one: its own commit, same connection
    moved = json.loads((tmp_path / "order.json").read_text())
    for q in moved["questions"]:
        q["skills"] = [SKILLS[(SKILLS.index(s) + 1) % len(SKILLS)] for s in q["skills"]]
    (tmp_path / "order.json").write_text(json.dumps(moved))
    content.import_banks(ordered_db, [tmp_path / "order.json"])
    after = search_questions(ordered_db, "kafka", skills=["streaming-messaging"], limit=1000)
    assert [q.id for q in after] == _reference(ordered_db.path, "kafka", skills=("streaming-messaging",))[:1000]
    assert {q.id for q in after} != {q.id for q in first}
    assert all("streaming-messaging" in q.skills for q in after)
    # another copy of the app on the same file merges the skill into another: the next search here follows
    from interview_planner.db.database import Database
    from interview_planner.services import skills as skill_service

    target = search_questions(ordered_db, "kafka", skills=["observability"], limit=1000)
    other = Database.open(ordered_db.path)
    try:
        skill_service.merge_skill(other, "streaming-messaging", into="observability")
    finally:
        other.close()
    assert search_questions(ordered_db, "kafka", skills=["streaming-messaging"], limit=1000) == []
    merged = search_questions(ordered_db, "kafka", skills=["observability"], limit=1000)
    assert [q.id for q in merged] == _reference(ordered_db.path, "kafka", skills=("observability",))[:1000]
    assert {q.id for q in merged} == {q.id for q in target} | {q.id for q in after}


def test_a_failed_search_leaves_no_read_open_and_the_next_one_sees_new_commits(ordered_db: Any, tmp_path: Path) -> None:
    from interview_planner.errors import NotFoundError

    before = search_questions(ordered_db, "kafka", skills=["streaming-messaging"], limit=1000)
    with pytest.raises(NotFoundError, match="no-such-skill"):
        search_questions(ordered_db, "kafka", skills=["no-such-skill"])
    with pytest.raises(NotFoundError, match="no-such-bank"):
        search_questions(ordered_db, "kafka", banks=["no-such-bank"])
    other = sqlite3.connect(ordered_db.path)  # another program commits while our pooled connection idles
    other.execute("DELETE FROM question_fts WHERE rowid = (SELECT rowid FROM question WHERE id = ?)", (before[0].id,))
    other.commit()
    other.close()
    after = search_questions(ordered_db, "kafka", skills=["streaming-messaging"], limit=1000)
    assert [q.id for q in after] == [q.id for q in before[1:]]
