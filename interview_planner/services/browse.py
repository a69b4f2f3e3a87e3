"""Page through the question bank for a browser that loads rows on demand.

:mod:`interview_planner.services.search` answers "the best N questions";
a browser needs "rows 400 to 600 of everything that matches", plus how many
match, without ever loading 100,000 questions at once. This module adds
``OFFSET`` paging and counting on top of the same FTS expression and filters.

Ordering is total, so consecutive pages neither repeat nor skip a row: by
rank then FTS rowid (question id on PostgreSQL) with a query, by bank then
question id without one; a chosen :class:`Order` (a column of the browser,
up or down) goes first, with the same tie-breakers after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.portable import dialect_of
from interview_planner.services.fulltext import SQLITE, for_dialect
from interview_planner.services.search import (
    QuestionView,
    _filters,
    driver_connection,
    load_questions,
    resolve_skills,
    sqlite_text_filter,
    views_by_rowid,
)

PAGE_SIZE = 200


SortKey = Literal["text", "skills", "kind", "difficulty", "minutes"]

# Each key as an SQL expression over ``question q``, the same on both engines: case-blind text,
# difficulty in its natural order, a question's skills by the first one listed (as the browser shows them).
_ORDER_SQL: dict[str, str] = {
    "text": "lower(q.text)",
    "skills": (
        "coalesce((SELECT cs.slug FROM question_skill qs JOIN catalogue_skill cs ON cs.id = qs.skill_id "
        "WHERE qs.question_id = q.id ORDER BY qs.position LIMIT 1), '')"
    ),
    "kind": "q.kind",
    "difficulty": "CASE q.difficulty WHEN 'easy' THEN 0 WHEN 'medium' THEN 1 WHEN 'hard' THEN 2 ELSE 3 END",
    "minutes": "q.minutes",
}


@dataclass(frozen=True)
class Order:
    """Questions sorted by one column, ascending unless ``descending``."""

    key: SortKey
    descending: bool = False


@dataclass(frozen=True)
class QuestionFilter:
    """What the user asked to see; empty fields mean "no restriction" (and best match first)."""

    query: str = ""
    skills: tuple[str, ...] = field(default_factory=tuple)
    kind: str | None = None
    difficulty: str | None = None
    order: Order | None = None
    banks: tuple[str, ...] = field(default_factory=tuple)


def page_questions(
    db: Database,
    query: str = "",
    *,
    skills: Sequence[str] = (),
    kind: str | None = None,
    difficulty: str | None = None,
    order: Order | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    banks: Sequence[str] = (),
) -> list[QuestionView]:
    """One page of matching questions: in ``order``, else best match first (bank order without a query)."""
    with db.read() as session:
        sql, params = _select(session, query, skills, kind, difficulty, order=order, banks=banks)
        params.update(limit=max(0, limit), offset=max(0, offset))
        if order is None and sql.startswith(
            "SELECT rowid AS id"
        ):  # SQLite, a text query: rows straight from the driver
            raw = driver_connection(session)
            return views_by_rowid(raw, raw.execute(f"{sql} LIMIT :limit OFFSET :offset", params).fetchall())
        hits = session.execute(text(f"{sql} LIMIT :limit OFFSET :offset"), params).all()
        return load_questions(session, [h.id for h in hits], scores={h.id: h.score for h in hits})


def count_questions(
    db: Database,
    query: str = "",
    *,
    skills: Sequence[str] = (),
    kind: str | None = None,
    difficulty: str | None = None,
    banks: Sequence[str] = (),
) -> int:
    """How many questions :func:`page_questions` can return in all."""
    with db.read() as session:
        sql, params = _select(session, query, skills, kind, difficulty, counting=True, banks=banks)
        return int(session.execute(text(sql), params).scalar_one())


def page_for(db: Database, flt: QuestionFilter, *, offset: int, limit: int = PAGE_SIZE) -> list[QuestionView]:
    """:func:`page_questions` for a :class:`QuestionFilter`."""
    return page_questions(
        db,
        flt.query,
        skills=flt.skills,
        kind=flt.kind,
        difficulty=flt.difficulty,
        order=flt.order,
        offset=offset,
        limit=limit,
        banks=flt.banks,
    )


def count_for(db: Database, flt: QuestionFilter) -> int:
    """:func:`count_questions` for a :class:`QuestionFilter`."""
    return count_questions(db, flt.query, skills=flt.skills, kind=flt.kind, difficulty=flt.difficulty, banks=flt.banks)


def _select(
    session: Session,
    query: str,
    skills: Sequence[str],
    kind: str | None,
    difficulty: str | None,
    *,
    counting: bool = False,
    order: Order | None = None,
    banks: Sequence[str] = (),
) -> tuple[str, dict[str, object]]:
    params: dict[str, object] = {}
    found = resolve_skills(session, skills)
    skill_ids = [sid for sid, _ in found]
    fts = for_dialect(dialect_of(session))
    match = fts.match(query)
    if match and fts is SQLITE:  # the same query as search.py: skills in the MATCH, rowids, no stored text read
        where = sqlite_text_filter(match, found, kind, difficulty, params, banks)
        if counting:
            return f"SELECT count(*) FROM question_fts WHERE {where}", params
        if order is not None:
            return (
                f"SELECT q.id AS id, {fts.question_score} AS score FROM question_fts JOIN question q "
                f"ON q.rowid = question_fts.rowid WHERE {where} ORDER BY {_order_by(order)}, score, "
                "question_fts.rowid"
            ), params
        return (  # rowids: page_questions reads the page's questions by rowid
            f"SELECT rowid AS id, {fts.question_score} AS score FROM question_fts WHERE {where} ORDER BY score, rowid"
        ), params
    filters = _filters(skill_ids, kind, difficulty, params, banks)
    if match:
        params["match"] = match
        where = " AND ".join([fts.question_match, *filters])
        if counting:
            return f"SELECT count(*) FROM question_fts WHERE {where}", params
        if order is not None:
            return (
                f"SELECT q.id AS id, {fts.question_score} AS score FROM question_fts JOIN question q "
                f"ON q.id = question_fts.question_id WHERE {where} ORDER BY {_order_by(order)}, score, "
                f"question_fts.{fts.tiebreak}"
            ), params
        return (
            f"SELECT question_id AS id, {fts.question_score} AS score FROM question_fts WHERE {where} "
            f"ORDER BY score, {fts.tiebreak}"
        ), params
    where = " AND ".join(f.replace("question_id IN", "q.id IN") for f in filters) or "1 = 1"
    if counting:
        return f"SELECT count(*) FROM question q WHERE {where}", params
    first = f"{_order_by(order)}, " if order is not None else ""
    return (
        f"SELECT q.id AS id, NULL AS score FROM question q WHERE {where} ORDER BY {first}q.bank, q.external_id",
        params,
    )


def _order_by(order: Order) -> str:
    try:
        expression = _ORDER_SQL[order.key]
    except KeyError:
        raise ValueError(f"cannot sort questions by {order.key!r}") from None
    return f"{expression} {'DESC' if order.descending else 'ASC'}"
