"""Question search over the full-text index (FTS5 and bm25 on SQLite, tsvector
and ts_rank on PostgreSQL: :mod:`interview_planner.services.fulltext`).

On SQLite the skill filter is part of the ``MATCH`` expression (schema 13, by
the skills' keys in the index) and the other filters are rowid sub-selects next
to it; on PostgreSQL every filter is a ``question_id IN (...)`` sub-select.
Either way the query is driven from the full-text index rather than joining
every question first.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel
from sqlalchemy import bindparam, text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.portable import dialect_of, from_json
from interview_planner.errors import InputError, NotFoundError
from interview_planner.services.fulltext import SQLITE, for_dialect


class QuestionView(BaseModel):
    """A question as the user sees it (a plain snapshot, safe to keep after the session)."""

    id: str
    bank: str
    external_id: str
    text: str
    kind: str
    minutes: int
    difficulty: str
    skills: list[str]
    follow_ups: list[str]
    strong_signals: list[str]
    weak_signals: list[str]
    score: float | None = None
    origin: str = "bundled"  # bundled | user
    needs_review: bool = False  # imported with defaults; a person must complete it


def fts_query(query: str, *, any_term: bool = False) -> str:
    """Turn what a user typed into a safe FTS5 expression (prefix match per word)."""
    return SQLITE.match(query, any_term=any_term)


def search_questions(
    db: Database,
    query: str = "",
    *,
    skills: Sequence[str] = (),
    kind: str | None = None,
    difficulty: str | None = None,
    banks: Sequence[str] = (),
    limit: int = 50,
    any_term: bool = False,
) -> list[QuestionView]:
    match = "" if db.is_postgres else SQLITE.match(query, any_term=any_term)
    if match:  # SQLite, a text query (every keystroke of the bank page): straight through the driver
        with db.driver_read() as raw:
            return _sqlite_text_search(raw, match, skills, kind, difficulty, banks, limit)
    with db.read() as session:
        return search_in_session(
            session,
            query,
            skills=skills,
            kind=kind,
            difficulty=difficulty,
            banks=banks,
            limit=limit,
            any_term=any_term,
        )


def search_in_session(
    session: Session,
    query: str = "",
    *,
    skills: Sequence[str] = (),
    kind: str | None = None,
    difficulty: str | None = None,
    banks: Sequence[str] = (),
    limit: int = 50,
    any_term: bool = False,
) -> list[QuestionView]:
    fts = for_dialect(dialect_of(session))
    match = fts.match(query, any_term=any_term)
    if match and fts is SQLITE:
        return _sqlite_text_search(driver_connection(session), match, skills, kind, difficulty, banks, limit)
    skill_ids = resolve_skill_ids(session, skills)
    params: dict[str, object] = {"limit": limit}
    if kind:
        kind = normalise_kind(kind)
    if banks:
        _check_banks(banks, {r.bank for r in session.execute(text("SELECT DISTINCT bank FROM question"))})
    filters = _filters(skill_ids, kind, difficulty, params, banks)
    if match:
        params["match"] = match
        where = " AND ".join([fts.question_match, *filters])
        sql = (
            f"SELECT question_id AS id, {fts.question_score} AS score FROM question_fts "
            f"WHERE {where} ORDER BY score, {fts.tiebreak} LIMIT :limit"
        )
    else:
        where = " AND ".join(f.replace("question_id IN", "q.id IN") for f in filters) or "1 = 1"
        sql = (
            f"SELECT q.id AS id, NULL AS score FROM question q WHERE {where} "
            "ORDER BY q.bank, q.external_id LIMIT :limit"
        )
    hits = session.execute(text(sql), params).all()
    return load_questions(session, [h.id for h in hits], scores={h.id: h.score for h in hits})


def _sqlite_text_search(
    raw: sqlite3.Connection,
    match: str,
    skills: Sequence[str],
    kind: str | None,
    difficulty: str | None,
    banks: Sequence[str],
    limit: int,
) -> list[QuestionView]:
    """A SQLite text query, all of it through the driver, in the caller's read transaction.

    Ranked by rowid (schema 10: a search row has its question's rowid): the question rows are read
    straight by rowid, the search index's stored text is never read.
    """
    found = _resolve_skills_sqlite(raw, skills)
    if kind:
        kind = normalise_kind(kind)
    if banks:
        _check_banks(banks, {r[0] for r in raw.execute("SELECT DISTINCT bank FROM question")})
    params: dict[str, object] = {"limit": limit}
    where = sqlite_text_filter(match, found, kind, difficulty, params, banks)
    sql = (
        f"SELECT rowid, {SQLITE.question_score} AS score FROM question_fts WHERE {where} "
        "ORDER BY score, rowid LIMIT :limit"
    )
    return views_by_rowid(raw, raw.execute(sql, params).fetchall())


def _check_banks(banks: Sequence[str], known: set[str]) -> None:
    missing = [b for b in banks if b not in known]
    if missing:
        raise NotFoundError(f"no question bank {missing[0]!r} (banks: {', '.join(sorted(known)) or 'none'})")


def _filters(
    skill_ids: list[str],
    kind: str | None,
    difficulty: str | None,
    params: dict[str, object],
    banks: Sequence[str] = (),
) -> list[str]:
    """The filters as conditions on question_fts or question q (``question_id IN ...``): PostgreSQL, and
    SQLite without a text query (:func:`sqlite_text_filter` with one)."""
    out = []
    if banks:
        names = [f":b{i}" for i in range(len(banks))]
        params.update({f"b{i}": b for i, b in enumerate(banks)})
        out.append(f"question_id IN (SELECT id FROM question WHERE bank IN ({', '.join(names)}))")
    if skill_ids:
        names = [f":s{i}" for i in range(len(skill_ids))]
        params.update({f"s{i}": sid for i, sid in enumerate(skill_ids)})
        out.append(f"question_id IN (SELECT question_id FROM question_skill WHERE skill_id IN ({', '.join(names)}))")
    if kind:
        params["kind"] = kind
        out.append("question_id IN (SELECT id FROM question WHERE kind = :kind)")
    if difficulty:
        params["difficulty"] = difficulty
        out.append("question_id IN (SELECT id FROM question WHERE difficulty = :difficulty)")
    return out


def sqlite_text_filter(
    match: str,
    skills: Sequence[tuple[str, str]],
    kind: str | None,
    difficulty: str | None,
    params: dict[str, object],
    banks: Sequence[str] = (),
) -> str:
    """The WHERE clause of a SQLite text query on ``question_fts``, its parameters put in ``params``.

    The skill filter is part of the FTS5 expression (schema 13: each search row carries its skills' keys,
    :meth:`~interview_planner.services.fulltext.FullText.with_skills`): FTS5 intersects the words' matches
    with the skills' inside the index, so bm25 runs on the questions that pass instead of on every match of
    the words (benchmarks/README.md). The other filters are conditions on ``question_fts.rowid`` (schema 10:
    a search row has its question's rowid): testing a rowid costs nothing, reading a match's stored
    question_id means reading its row of the index's text. "+" keeps FTS5 from taking a list as a rowid
    lookup.
    """
    params["match"] = SQLITE.with_skills(match, [slug for _, slug in skills])
    out = [SQLITE.question_match]
    if banks:
        names = [f":b{i}" for i in range(len(banks))]
        params.update({f"b{i}": b for i, b in enumerate(banks)})
        out.append(f"+question_fts.rowid IN (SELECT rowid FROM question WHERE bank IN ({', '.join(names)}))")
    if kind:
        params["kind"] = kind
        out.append("+question_fts.rowid IN (SELECT rowid FROM question WHERE kind = :kind)")
    if difficulty:
        params["difficulty"] = difficulty
        out.append("+question_fts.rowid IN (SELECT rowid FROM question WHERE difficulty = :difficulty)")
    return " AND ".join(out)


def driver_connection(session: Session) -> sqlite3.Connection:
    """The session's sqlite3 connection, in the session's transaction (rows read straight from the driver)."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def normalise_kind(kind: str) -> str:
    """A question kind from what a user typed, synonyms included ("behavioral" -> "behavioural")."""
    from interview_planner.content.schema import KIND_SYNONYMS, QuestionKind

    key = kind.strip().lower()
    value = KIND_SYNONYMS.get(key.replace("-", " ").replace("_", " "), key)
    if value not in {k.value for k in QuestionKind}:
        raise InputError(
            f"unknown question kind {kind!r} (one of {', '.join(k.value for k in QuestionKind)})", field="kind"
        )
    return value


def list_banks(db: Database) -> list[tuple[str, int]]:
    """Bank ids with their question counts."""
    with db.read() as session:
        return [
            (r.bank, int(r.n))
            for r in session.execute(text("SELECT bank, count(*) AS n FROM question GROUP BY bank ORDER BY bank"))
        ]


def resolve_skill_ids(session: Session, skills: Sequence[str]) -> list[str]:
    """Catalogue skill ids for slugs, ids or names (case-insensitive); unknown ones are an error."""
    return [sid for sid, _ in resolve_skills(session, skills)]


def resolve_skills(session: Session, skills: Sequence[str]) -> list[tuple[str, str]]:
    """(id, slug) of the catalogue skills named by slugs, ids or names (case-insensitive); unknown ones are
    an error."""
    if not skills:
        return []
    if dialect_of(session) == "sqlite":
        return _resolve_skills_sqlite(driver_connection(session), skills)
    wanted_keys = [w.strip().lower() for w in skills]
    # the usual case, a slug (as the app and the CLI pass it): no need to read the whole catalogue
    exact = {r.slug: r.id for r in session.execute(_SKILLS_BY_SLUG, {"slugs": wanted_keys})}
    if all(k in exact for k in wanted_keys):
        return [(exact[k], k) for k in wanted_keys]
    return _resolve_in(skills, session.execute(text("SELECT id, slug, name FROM catalogue_skill")).all())


def _resolve_skills_sqlite(raw: sqlite3.Connection, skills: Sequence[str]) -> list[tuple[str, str]]:
    """:func:`resolve_skills` through the driver (a search runs it on every keystroke)."""
    if not skills:
        return []
    wanted_keys = [w.strip().lower() for w in skills]
    marks = ", ".join("?" * len(wanted_keys))
    exact = dict(raw.execute(f"SELECT slug, id FROM catalogue_skill WHERE slug IN ({marks})", wanted_keys))
    if all(k in exact for k in wanted_keys):
        return [(exact[k], k) for k in wanted_keys]
    return _resolve_in(skills, raw.execute("SELECT id, slug, name FROM catalogue_skill").fetchall())


def _resolve_in(skills: Sequence[str], catalogue: Sequence[Any]) -> list[tuple[str, str]]:
    """(id, slug) of each skill named by id, slug or name among the catalogue's (id, slug, name) rows."""
    index: dict[str, tuple[str, str]] = {}
    for sid, slug, name in catalogue:
        for key in (sid, slug, name.lower()):
            index[key.lower()] = (sid, slug)
    out = []
    for wanted in skills:
        found = index.get(wanted.strip().lower())
        if found is None:
            raise NotFoundError(f"no catalogue skill {wanted!r} (see 'interview-planner skill list')")
        out.append(found)
    return out


# Constant statements with an expanding IN list: compiled once, not parsed again for every page.
_SKILLS_BY_SLUG = text("SELECT slug, id FROM catalogue_skill WHERE slug IN :slugs").bindparams(
    bindparam("slugs", expanding=True)
)
_LOAD_LINKS = text(
    "SELECT qs.question_id, s.slug FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id "
    "WHERE qs.question_id IN :ids ORDER BY qs.position"
).bindparams(bindparam("ids", expanding=True))
_LOAD_QUESTIONS = text(
    "SELECT id, bank, external_id, text, kind, minutes, difficulty, follow_ups, strong_signals, weak_signals, "
    "origin, needs_review FROM question WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def load_questions(
    session: Session, ids: Sequence[str], *, scores: dict[str, float | None] | None = None
) -> list[QuestionView]:
    """Questions by id, in the order given."""
    if not ids:
        return []
    if dialect_of(session) == "sqlite":
        raw = driver_connection(session)
        by_id: dict[str, QuestionView] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ", ".join("?" * len(chunk))
            rows = raw.execute(f"{_SELECT_VIEW} WHERE id IN ({marks})", chunk).fetchall()
            for view in _views(raw, rows, scores or {}):
                by_id[view.id] = view
        return [by_id[i] for i in ids if i in by_id]
    by_id = {}
    for chunk in _chunks(list(ids), 500):
        links: dict[str, list[str]] = {}
        for question_id, slug in session.execute(_LOAD_LINKS, {"ids": chunk}):
            links.setdefault(question_id, []).append(slug)
        for r in session.execute(_LOAD_QUESTIONS, {"ids": chunk}):
            by_id[r.id] = QuestionView(
                id=r.id,
                bank=r.bank,
                external_id=r.external_id,
                text=r.text,
                kind=r.kind,
                minutes=r.minutes,
                difficulty=r.difficulty,
                skills=links.get(r.id, []),
                follow_ups=from_json(r.follow_ups),
                strong_signals=from_json(r.strong_signals),
                weak_signals=from_json(r.weak_signals),
                score=(scores or {}).get(r.id),
                origin=r.origin,
                needs_review=bool(r.needs_review),
            )
    return [by_id[i] for i in ids if i in by_id]


# The columns of a QuestionView, read with sqlite3's own tuples (SQLite).
_SELECT_VIEW = (
    "SELECT id, bank, external_id, text, kind, minutes, difficulty, follow_ups, strong_signals, weak_signals, "
    "origin, needs_review, rowid FROM question"
)


def views_by_rowid(raw: sqlite3.Connection, ranked: Sequence[tuple[int, float | None]]) -> list[QuestionView]:
    """The questions of (rowid, score) pairs, in that order (SQLite: a search row's rowid is its question's)."""
    if not ranked:
        return []
    marks = ", ".join("?" * len(ranked))
    rows = raw.execute(f"{_SELECT_VIEW} WHERE rowid IN ({marks})", [r for r, _ in ranked]).fetchall()
    by_rowid = {r[12]: r for r in rows}
    ordered = [by_rowid[r] for r, _ in ranked if r in by_rowid]
    scores = {by_rowid[r][0]: score for r, score in ranked if r in by_rowid}
    return _views(raw, ordered, scores)


def _views(raw: sqlite3.Connection, rows: Sequence[Any], scores: dict[str, float | None]) -> list[QuestionView]:
    """QuestionViews of question rows read by the driver (``_SELECT_VIEW``), their skills with them.

    Built without validation (:func:`_view_from_values`): the values come from the database, whose
    constraints and the import's validation already hold them to the model (validating 50 rows again took
    longer than finding them). The rows' JSON lists are decoded in one ``json.loads``.
    """
    if not rows:
        return []
    links: dict[str, list[str]] = {}
    marks = ", ".join("?" * len(rows))
    for question_id, slug in raw.execute(
        "SELECT qs.question_id, s.slug FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id "
        f"WHERE qs.question_id IN ({marks}) ORDER BY qs.position",
        [r[0] for r in rows],
    ):
        links.setdefault(question_id, []).append(slug)
    lists = json.loads("[" + ",".join(f"{r[7]},{r[8]},{r[9]}" for r in rows) + "]")
    if len(lists) != 3 * len(rows):  # a value that is not one JSON list: decode each, so it fails on its own
        lists = [json.loads(r[k]) for r in rows for k in (7, 8, 9)]
    build = _view_from_values
    return [
        build(
            {
                "id": r[0],
                "bank": r[1],
                "external_id": r[2],
                "text": r[3],
                "kind": r[4],
                "minutes": r[5],
                "difficulty": r[6],
                "skills": links.get(r[0], []),
                "follow_ups": lists[3 * n],
                "strong_signals": lists[3 * n + 1],
                "weak_signals": lists[3 * n + 2],
                "score": scores.get(r[0]),
                "origin": r[10],
                "needs_review": bool(r[11]),
            }
        )
        for n, r in enumerate(rows)
    ]


_VIEW_FIELDS = frozenset(QuestionView.model_fields)


def _fast_view(values: dict[str, Any]) -> QuestionView:
    """What ``QuestionView.model_construct(**values)`` makes when ``values`` has every field, at a seventh of
    its cost (a search builds 50 per keystroke): the instance's attributes set directly."""
    view = QuestionView.__new__(QuestionView)
    object.__setattr__(view, "__dict__", values)
    object.__setattr__(view, "__pydantic_fields_set__", set(_VIEW_FIELDS))
    object.__setattr__(view, "__pydantic_extra__", None)
    object.__setattr__(view, "__pydantic_private__", None)
    return view


def _constructed_view(values: dict[str, Any]) -> QuestionView:
    return QuestionView.model_construct(**values)


def _pick_view_builder() -> Callable[[dict[str, Any]], QuestionView]:
    """:func:`_fast_view` if it makes exactly what ``model_construct`` makes with this pydantic, which keeps
    those attributes private; else ``model_construct`` itself."""
    probe: dict[str, Any] = {
        "id": "q",
        "bank": "b",
        "external_id": "e",
        "text": "t",
        "kind": "technical",
        "minutes": 5,
        "difficulty": "easy",
        "skills": ["s"],
        "follow_ups": ["f"],
        "strong_signals": [],
        "weak_signals": [],
        "score": -1.0,
        "origin": "user",
        "needs_review": False,
    }
    if set(probe) != _VIEW_FIELDS:
        return _constructed_view
    try:
        fast, slow = _fast_view(dict(probe)), QuestionView.model_construct(**probe)
        same = (
            fast == slow
            and fast.model_fields_set == slow.model_fields_set
            and fast.model_dump() == slow.model_dump()
            and QuestionView.model_validate(fast.model_dump()) == fast
            and {k: getattr(fast, k, None) for k in ("__pydantic_extra__", "__pydantic_private__")}
            == {k: getattr(slow, k, None) for k in ("__pydantic_extra__", "__pydantic_private__")}
        )
    except Exception:  # a pydantic whose internals differ: use its public constructor
        return _constructed_view
    return _fast_view if same else _constructed_view


_view_from_values = _pick_view_builder()


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def count_questions(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM question")).scalar_one())
