"""Load the skill catalogue, question banks and rubrics into the database.

Imports are idempotent: a question is identified by (bank, id) and a rubric by
its skill; a content hash decides whether a row changed. All files of one
call are validated first and written in one transaction, so a malformed file
leaves the database exactly as it was.

Bulk writes go straight to the driver's ``executemany`` on the session's
connection: the ORM's unit of work is an order of magnitude slower for
100,000 questions, and even Core ``text()`` spends seconds building each
row's parameters.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.content import bundled
from interview_planner.content.lists import normalise_name
from interview_planner.content.loader import Loaded, M, load_bank, load_rubric
from interview_planner.content.schema import BankQuestion, CatalogueSkill, QuestionBank, Rubric, SkillCatalogue, is_slug
from interview_planner.db.database import Database
from interview_planner.db.models import new_id, utcnow
from interview_planner.db.portable import dialect_of, driver_sql, from_json
from interview_planner.errors import ConflictError, InputError, InputErrors, NotFoundError
from interview_planner.services.fulltext import skill_keys


class ImportReport(BaseModel):
    """What an import changed."""

    files: list[str] = []
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: list[str] = []  # shipped items the user changed: left alone by this import (init)
    needs_review: int = 0  # questions imported with defaults that a person must complete

    def merge(self, other: ImportReport) -> ImportReport:
        return ImportReport(
            files=self.files + other.files,
            added=self.added + other.added,
            updated=self.updated + other.updated,
            unchanged=self.unchanged + other.unchanged,
            kept=self.kept + other.kept,
            needs_review=self.needs_review + other.needs_review,
        )


BUNDLED = "bundled"
USER = "user"


# One encoder each, made once: json.dumps with options builds a new JSONEncoder per call (100,000
# questions make 400,000 calls on an import).
_HASHED_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
_TEXT_JSON = json.JSONEncoder(ensure_ascii=False).encode
_STRING_JSON: Callable[[str], str] = json.encoder.encode_basestring  # a str, as _TEXT_JSON writes it


def _list_encoder() -> Callable[[list[str]], str]:
    """A list of strings as _TEXT_JSON writes it, with the C encoder made once: JSONEncoder.encode makes
    a new one per call, which costs three times the encoding of a question's short list."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator
        return _TEXT_JSON
    encoder = json.JSONEncoder(ensure_ascii=False)
    iterencode = make(None, encoder.default, _STRING_JSON, None, ": ", ", ", False, False, True)
    return lambda items: "".join(iterencode(items, 0))


_LIST_JSON = _list_encoder()


def content_hash(data: Any) -> str:
    return hashlib.sha256(_HASHED_JSON(data).encode()).hexdigest()


# --- catalogue -----------------------------------------------------------------


def sync_catalogue(db: Database, *, catalogue: SkillCatalogue | None = None) -> ImportReport:
    """Insert or upgrade the shipped catalogue skills by slug (never deletes: roles may link to them).

    A skill the user edited, merged or retired is left alone and listed in ``kept``.
    """
    catalogue = catalogue or bundled.bundled_catalogue()
    with db.write() as session:
        return _sync_catalogue(session, catalogue)


def skill_values(skill: CatalogueSkill) -> dict[str, Any]:
    """The database row of a catalogue skill (JSON lists as text)."""
    return {
        "slug": skill.slug,
        "name": skill.name,
        "kind": skill.kind.value,
        "definition": skill.definition,
        "keywords": json.dumps(skill.keywords, ensure_ascii=False),
        "aliases": json.dumps(skill.aliases, ensure_ascii=False),
        "focuses": json.dumps(skill.focuses, ensure_ascii=False),
        "broader": skill.broader,
    }


def skill_hash(skill: CatalogueSkill) -> str:
    return content_hash(skill.model_dump(mode="json"))


def row_skill(row: Any) -> CatalogueSkill:
    """A stored catalogue skill as the file model."""
    return CatalogueSkill(
        slug=row.slug,
        name=row.name,
        kind=row.kind,
        definition=row.definition,
        keywords=from_json(row.keywords),
        aliases=from_json(row.aliases),
        focuses=from_json(row.focuses),
        broader=row.broader,
    )


_SKILL_COLUMNS = "id, slug, name, kind, definition, keywords, aliases, focuses, broader, source, retired, bundled_hash"


def _sync_catalogue(session: Session, catalogue: SkillCatalogue) -> ImportReport:
    existing = {row.slug: row for row in session.execute(text(f"SELECT {_SKILL_COLUMNS} FROM catalogue_skill"))}
    report = ImportReport(files=[str(bundled.catalogue_path())])
    for skill in catalogue.skills:
        values = skill_values(skill)
        values["h"] = skill_hash(skill)
        row = existing.get(skill.slug)
        if row is None:
            values["id"] = new_id()
            session.execute(
                text(
                    "INSERT INTO catalogue_skill (id, slug, name, kind, definition, keywords, aliases, "
                    "focuses, broader, source, retired, bundled_hash) VALUES (:id, :slug, :name, :kind, "
                    ":definition, :keywords, :aliases, :focuses, :broader, 'bundled', false, :h)"
                ),
                values,
            )
            report.added += 1
        elif row_skill(row) == skill:
            if row.source == BUNDLED and row.bundled_hash != values["h"]:
                session.execute(
                    text("UPDATE catalogue_skill SET bundled_hash=:h WHERE id=:id"), {**values, "id": row.id}
                )
            report.unchanged += 1
            continue
        elif row.source != BUNDLED or row.retired:
            report.kept.append(f"skill {skill.slug}")
            continue
        else:
            values["id"] = row.id
            session.execute(
                text(
                    "UPDATE catalogue_skill SET name=:name, kind=:kind, definition=:definition, "
                    "keywords=:keywords, aliases=:aliases, focuses=:focuses, broader=:broader, bundled_hash=:h "
                    "WHERE id=:id"
                ),
                values,
            )
            report.updated += 1
        _index_skill(session, values)
    return report


def _index_skill(session: Session, values: dict[str, Any]) -> None:
    session.execute(text("DELETE FROM skill_fts WHERE skill_id = :id"), {"id": values["id"]})
    session.execute(
        text(
            "INSERT INTO skill_fts (skill_id, name, aliases, keywords, definition) "
            "VALUES (:id, :name, :aliases, :keywords, :definition)"
        ),
        {
            "id": values["id"],
            "name": values["name"],
            "definition": values["definition"],
            "aliases": " ; ".join(json.loads(values["aliases"])),
            "keywords": " ; ".join(json.loads(values["keywords"])),
        },
    )


def skill_ids_by_slug(session: Session) -> dict[str, str]:
    return {r.slug: r.id for r in session.execute(text("SELECT id, slug FROM catalogue_skill"))}


# --- question banks ------------------------------------------------------------


def import_banks(
    db: Database,
    paths: Sequence[Path],
    *,
    origin: str = USER,
    bank: str | None = None,
    skill: str | None = None,
) -> ImportReport:
    """Validate every file, then write them all in one transaction.

    ``origin`` is ``"user"`` for the user's files: an edited question is updated in place and becomes the
    user's. ``init`` passes ``"bundled"``: a shipped question the user changed is left alone (``kept``).
    ``bank`` and ``skill`` fill in what a Markdown or CSV list does not say (docs/formats.md).
    """
    names = skills_by_name(db) if any(Path(p).suffix.lower() in (".md", ".markdown") for p in paths) else {}
    if skill is not None:
        with db.read() as session:
            from interview_planner.services.skills import resolve_skill

            skill_id = resolve_skill(session, skill)
            skill = next(s for s, i in active_skill_ids(session).items() if i == skill_id)
    loaded = load_content_files(paths, lambda p: load_bank(p, bank=bank, skill=skill, skills_by_name=names))
    _reject_duplicate_banks(loaded)
    with db.write() as session:
        slugs = active_skill_ids(session)
        _check_all_bank_skills(loaded, set(slugs))
        now = utcnow().isoformat(sep=" ")
        plans = [_plan_bank(session, item, origin, now) for item in loaded]
        _write_plans(session, plans, slugs)
        report = ImportReport()
        for plan in plans:
            report = report.merge(plan.report)
        return report


def load_content_files(paths: Sequence[Path], load: Callable[[Path], Loaded[M]]) -> list[Loaded[M]]:
    """Load every file; the problems of all of them are raised together as one error."""
    out: list[Loaded[M]] = []
    problems: list[InputError] = []
    for p in paths:
        try:
            out.append(load(Path(p)))
        except InputError as exc:
            problems.append(exc)
    if problems:
        raise InputErrors(problems)
    return out


def _check_all_bank_skills(loaded: Sequence[Loaded[QuestionBank]], slugs: set[str]) -> None:
    problems = [p for item in loaded for p in bundled.bank_skill_problems(item, slugs)]
    if problems:
        raise InputErrors(problems)


def skills_by_name(db: Database) -> dict[str, str]:
    """Lower-case slug, name and aliases of each active catalogue skill -> its slug (for Markdown headings)."""
    out: dict[str, str] = {}
    with db.read() as session:
        for r in session.execute(text("SELECT slug, name, aliases FROM catalogue_skill WHERE retired = false")):
            for key in (r.slug, r.name, *from_json(r.aliases)):
                out.setdefault(normalise_name(str(key)), r.slug)
    return out


def active_skill_ids(session: Session) -> dict[str, str]:
    """Catalogue ids by slug; a merged skill's slug resolves to the skill it was merged into."""
    rows = session.execute(text("SELECT id, slug, merged_into FROM catalogue_skill")).all()
    out = {r.slug: r.id for r in rows}
    for r in rows:
        if r.merged_into:
            out[r.slug] = r.merged_into
    return out


def _reject_duplicate_banks(loaded: Iterable[Loaded[QuestionBank]]) -> None:
    seen: dict[str, Path] = {}
    for item in loaded:
        bank = item.model.bank
        if bank in seen:
            raise InputError(
                f"bank {bank!r} is also defined in {seen[bank]}",
                file=item.path,
                line=item.line_of("bank"),
                field="bank",
            )
        seen[bank] = item.path


def _question_payload(q: Any) -> dict[str, Any]:
    return _without_unset_extras(q.model_dump(mode="json"), ("artefact",))


def _without_unset_extras(data: dict[str, Any], optional: tuple[str, ...]) -> dict[str, Any]:
    """The hashed form of a content item: fields added after schema 3 count only when set, so a file
    that does not use them keeps the hash it had (and an upgrade does not rewrite every row)."""
    return {k: v for k, v in data.items() if k not in optional or v not in (None, {}, [])}


def _write_bank(session: Session, item: Loaded[QuestionBank], skill_ids: dict[str, str], origin: str) -> ImportReport:
    plan = _plan_bank(session, item, origin, utcnow().isoformat(sep=" "))
    _write_plans(session, [plan], skill_ids)
    return plan.report


@dataclass
class _BankPlan:
    """What importing one bank file changes: its report, and the rows to add and to update."""

    report: ImportReport
    new_rows: list[dict[str, Any]]
    changed_rows: list[dict[str, Any]]


def _plan_bank(session: Session, item: Loaded[QuestionBank], origin: str, now: str) -> _BankPlan:
    """Compare a bank file with the stored bank (one query) and build the rows to write; writes nothing."""
    bank = item.model.bank
    sqlite = dialect_of(session) == "sqlite"
    existing = {
        r.external_id: r
        for r in session.execute(
            text(
                f"SELECT id, {'rowid' if sqlite else 'NULL'} AS row_number, external_id, content_hash, origin, "
                "needs_review FROM question WHERE bank = :b"
            ),
            {"b": bank},
        )
    }
    plan = _BankPlan(ImportReport(files=[str(item.path)]), [], [])
    report, new_rows, changed_rows = plan.report, plan.new_rows, plan.changed_rows
    source = str(item.path)
    for q in item.model.questions:
        encoded = _QuestionJSON(q)
        digest = encoded.digest
        review = q.id in item.needs_review
        known = existing.get(q.id)
        if known and known.content_hash == digest and bool(known.needs_review) == review:
            report.unchanged += 1
        elif known and origin == BUNDLED and known.origin != BUNDLED:
            report.kept.append(f"question {bank}/{q.id}")
        elif known:  # edited: update in place so loops that use it keep it
            changed_rows.append(_question_row(known.id, bank, q, encoded, source, now, origin, review))
            changed_rows[-1]["rowid"] = known.row_number
        else:
            new_rows.append(_question_row(new_id(), bank, q, encoded, source, now, origin, review))
    report.added, report.updated = len(new_rows), len(changed_rows)
    report.needs_review = sum(1 for r in new_rows + changed_rows if r["needs_review"])
    return plan


_QUESTION_COLUMNS = [
    "id",
    "bank",
    "external_id",
    "text",
    "kind",
    "minutes",
    "difficulty",
    "follow_ups",
    "strong_signals",
    "weak_signals",
    "artefact",
    "source_file",
    "content_hash",
    "updated_at",
    "origin",
    "bundled_hash",
    "needs_review",
]
_SQLITE_QUESTION_ROW = itemgetter("rowid", *_QUESTION_COLUMNS)


def _write_plans(session: Session, plans: Sequence[_BankPlan], skill_ids: dict[str, str]) -> None:
    """Write the planned rows of every bank, each kind of statement once for all of them.

    One pass per table, in large batches, as a bulk load does: interleaving the question, link and
    search-index inserts bank by bank made SQLite's page cache spill between B-trees (the inserts took
    about twice as long as the same rows table by table; benchmarks/README.md).
    """
    new_rows = [row for plan in plans for row in plan.new_rows]
    changed_rows = [row for plan in plans for row in plan.changed_rows]
    sqlite = dialect_of(session) == "sqlite"
    if sqlite and new_rows:  # numbered here, so that their search rows need no lookup (see index_questions)
        last = session.execute(  # past a left-over search row too (the health check reports those)
            text(
                "SELECT max(coalesce((SELECT max(rowid) FROM question), 0), "
                "coalesce((SELECT max(id) FROM question_fts_docsize), 0))"
            )
        ).scalar_one()
        for n, row in enumerate(new_rows, start=last + 1):
            row["rowid"] = n
    if changed_rows:
        _delete_question_links(session, changed_rows)
        _executemany(
            session,
            "UPDATE question SET text=:text, kind=:kind, minutes=:minutes, difficulty=:difficulty, "
            "follow_ups=:follow_ups, strong_signals=:strong_signals, weak_signals=:weak_signals, "
            "artefact=:artefact, source_file=:source_file, content_hash=:content_hash, updated_at=:updated_at, "
            "origin=:origin, bundled_hash=coalesce(:bundled_hash, bundled_hash), needs_review=:needs_review "
            "WHERE id=:id",
            changed_rows,
        )
    if new_rows and sqlite:  # positional parameters: sqlite3 binds them without a lookup by name
        _executemany(
            session,
            f"INSERT INTO question (rowid, {', '.join(_QUESTION_COLUMNS)}) "
            f"VALUES ({', '.join('?' * (len(_QUESTION_COLUMNS) + 1))})",
            list(map(_SQLITE_QUESTION_ROW, new_rows)),
        )
    elif new_rows:
        _executemany(
            session,
            f"INSERT INTO question ({', '.join(_QUESTION_COLUMNS)}) "
            f"VALUES ({', '.join(':' + c for c in _QUESTION_COLUMNS)})",
            new_rows,
        )
    if new_rows or changed_rows:
        _link_questions(session, new_rows + changed_rows, skill_ids)


def _executemany(session: Session, sql: str, rows: Sequence[Any]) -> None:
    """One statement for many rows, straight to the driver (named parameters read from dicts,
    whose other keys, such as ``_skills``, are ignored), in the session's transaction."""
    if rows:
        session.connection().exec_driver_sql(driver_sql(dialect_of(session), sql), list(rows))


class _QuestionJSON:
    """A question's JSON columns and its content hash, each list encoded once.

    The hash is :func:`content_hash` of :func:`_question_payload` (sorted keys, the artefact only when
    set), written out here from the same encoded parts instead of dumping the model and encoding it
    again: the same text, so the same digest (tests/core/content/test_import_path.py compares them),
    at a third of the cost on an import of 100,000 questions (benchmarks/README.md).
    """

    __slots__ = ("artefact", "digest", "follow_ups", "strong_signals", "weak_signals")

    def __init__(self, q: BankQuestion) -> None:
        self.follow_ups = _LIST_JSON(q.follow_ups)
        self.strong_signals = _LIST_JSON(q.strong_signals)
        self.weak_signals = _LIST_JSON(q.weak_signals)
        self.artefact = None
        head = "{"
        if q.artefact is not None:
            dumped = q.artefact.model_dump(mode="json")
            self.artefact = _TEXT_JSON(dumped)
            head = '{"artefact": ' + _HASHED_JSON(dumped) + ", "
        hashed = (
            f'{head}"difficulty": {_STRING_JSON(q.difficulty)}, "follow_ups": {self.follow_ups}, '
            f'"id": {_STRING_JSON(q.id)}, "kind": {_STRING_JSON(q.kind)}, "minutes": {int(q.minutes)!r}, '
            f'"skills": {_LIST_JSON(q.skills)}, "strong_signals": {self.strong_signals}, '
            f'"text": {_STRING_JSON(q.text)}, "weak_signals": {self.weak_signals}}}'
        )
        self.digest = hashlib.sha256(hashed.encode()).hexdigest()


def _question_row(
    qid: str,
    bank: str,
    q: Any,
    encoded: _QuestionJSON,
    source: str,
    now: str,
    origin: str = USER,
    review: bool = False,
) -> dict[str, Any]:
    return {
        "origin": origin,
        "bundled_hash": encoded.digest if origin == BUNDLED else None,
        "needs_review": review,
        "id": qid,
        "bank": bank,
        "external_id": q.id,
        "text": q.text,
        "kind": q.kind.value,
        "minutes": q.minutes,
        "difficulty": q.difficulty.value,
        "follow_ups": encoded.follow_ups,
        "strong_signals": encoded.strong_signals,
        "weak_signals": encoded.weak_signals,
        "artefact": encoded.artefact,
        "source_file": source,
        "content_hash": encoded.digest,
        "updated_at": now,
        "_skills": q.skills,
        "_follow_ups": q.follow_ups,
    }


def _delete_question_links(session: Session, rows: list[dict[str, Any]]) -> None:
    _executemany(session, "DELETE FROM question_skill WHERE question_id = ?", [(r["id"],) for r in rows])
    if dialect_of(session) == "sqlite":
        _executemany(session, "DELETE FROM question_fts WHERE rowid = ?", [(r["rowid"],) for r in rows])
    else:
        unindex_questions(session, [r["id"] for r in rows])


# The search rows of questions. On SQLite a question's row in question_fts has the question's rowid
# (schema 10): it is written and deleted by that rowid, and the health check compares the two tables by
# rowid (services/maintenance.py). FTS5 cannot index question_id, so "WHERE question_id = ?" would scan
# the whole index once per question. On PostgreSQL question_id is question_fts's primary key.
_INDEX_SQLITE = (
    "INSERT INTO question_fts (rowid, question_id, text, skills, follow_ups, skill_keys) "
    "SELECT rowid, id, ?, ?, ?, ? FROM question WHERE id = ?"
)
_INDEX_OTHER = "INSERT INTO question_fts (text, skills, follow_ups, skill_keys, question_id) VALUES (?, ?, ?, ?, ?)"


def index_questions(session: Session, rows: Sequence[tuple[str, str, str, str, str]]) -> None:
    """Add the search rows of stored questions: (text, skills, follow-ups, skill keys, question id) each."""
    sql = _INDEX_SQLITE if dialect_of(session) == "sqlite" else _INDEX_OTHER
    _executemany(session, sql, rows)


def unindex_questions(session: Session, ids: Sequence[str]) -> None:
    """Delete the search rows of these (still stored) questions."""
    if dialect_of(session) == "sqlite":
        sql = "DELETE FROM question_fts WHERE rowid = (SELECT rowid FROM question WHERE id = ?)"
    else:
        sql = "DELETE FROM question_fts WHERE question_id = ?"
    _executemany(session, sql, [(i,) for i in ids])


def search_row(
    text_: str, skills: Sequence[str], follow_ups: Sequence[str], names: dict[str, str]
) -> tuple[str, str, str, str]:
    """The indexed text of a question: its text, its skills' slugs and names, its follow-ups, and its skills'
    keys (schema 13: the skill filter of a search, services/fulltext.py)."""
    return text_, " ; ".join(names.get(s, s) for s in skills), " ".join(follow_ups), skill_keys(skills)


def _link_questions(session: Session, rows: list[dict[str, Any]], skill_ids: dict[str, str]) -> None:
    links = [(r["id"], skill_ids[slug], pos) for r in rows for pos, slug in enumerate(r["_skills"])]
    _executemany(session, "INSERT INTO question_skill (question_id, skill_id, position) VALUES (?, ?, ?)", links)
    names = _skill_names(session)
    if dialect_of(session) == "sqlite":  # the rows know their question's rowid: no lookup
        _executemany(
            session,
            "INSERT INTO question_fts (text, skills, follow_ups, skill_keys, question_id, rowid) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(*search_row(r["text"], r["_skills"], r["_follow_ups"], names), r["id"], r["rowid"]) for r in rows],
        )
        return
    index_questions(session, [(*search_row(r["text"], r["_skills"], r["_follow_ups"], names), r["id"]) for r in rows])


def _skill_names(session: Session) -> dict[str, str]:
    return {
        r.slug: f"{r.slug.replace('-', ' ')} {r.name}"
        for r in session.execute(text("SELECT slug, name FROM catalogue_skill"))
    }


# --- rubrics -------------------------------------------------------------------


def import_rubrics(db: Database, paths: Sequence[Path], *, origin: str = USER, replace: bool = False) -> ImportReport:
    """Validate every file, then write them in one transaction.

    A rubric that differs from the one a skill already has is refused unless ``replace`` (the CLI's
    ``--replace``; the app asks); the replaced one is kept in the rubric history (``rubric restore``).
    ``init`` passes ``origin="bundled"``: it upgrades shipped rubrics nobody changed and leaves the
    user's alone (``kept``).
    """
    loaded = load_content_files(paths, lambda p: load_rubric(p))
    _reject_duplicate_rubrics(loaded)
    with db.write() as session:
        skill_ids = active_skill_ids(session)
        problems = [
            InputError(
                f"unknown skill {item.model.skill!r} (not in the skill catalogue; add it with "
                "'interview-planner skill add')",
                file=item.path,
                line=item.line_of("skill"),
                field="skill",
            )
            for item in loaded
            if item.model.skill not in skill_ids
        ]
        if problems:
            raise InputErrors(problems)
        if origin == USER and not replace:
            clashes = rubric_clashes(session, [item.model for item in loaded])
            if clashes:
                raise ConflictError(
                    f"{', '.join(clashes)} already {'has a rubric' if len(clashes) == 1 else 'have rubrics'}; "
                    "import with --replace to replace it (the current one stays restorable with "
                    "'interview-planner rubric restore SKILL')"
                )
        report = ImportReport()
        for item in loaded:
            report = report.merge(
                _write_rubric(session, item.model, skill_ids[item.model.skill], str(item.path), origin)
            )
            report.files.append(str(item.path))
        return report


def rubric_hash(rubric: Rubric) -> str:
    return content_hash(_without_unset_extras(rubric.model_dump(mode="json"), ("anchors_required", "bars")))


def rubric_clashes(session: Session, rubrics: Sequence[Rubric]) -> list[str]:
    """Skills whose current rubric differs from the one given (so writing it would replace it)."""
    skill_ids = active_skill_ids(session)
    out = []
    for rubric in rubrics:
        row = session.execute(
            text("SELECT content_hash FROM rubric WHERE skill_id = :s"), {"s": skill_ids.get(rubric.skill)}
        ).first()
        if row is not None and row.content_hash != rubric_hash(rubric):
            out.append(rubric.skill)
    return out


def _reject_duplicate_rubrics(loaded: Iterable[Loaded[Rubric]]) -> None:
    seen: dict[str, Path] = {}
    for item in loaded:
        if item.model.skill in seen:
            raise InputError(
                f"a rubric for {item.model.skill!r} is also in {seen[item.model.skill]}",
                file=item.path,
                line=item.line_of("skill"),
                field="skill",
            )
        seen[item.model.skill] = item.path


def _write_rubric(
    session: Session, rubric: Rubric, skill_id: str, source: str, origin: str, *, force: bool = False
) -> ImportReport:
    digest = rubric_hash(rubric)
    report = ImportReport()
    row = session.execute(
        text("SELECT id, content_hash, origin FROM rubric WHERE skill_id = :s"), {"s": skill_id}
    ).first()
    if row is not None and row.content_hash == digest:
        report.unchanged = 1
        if origin == BUNDLED and row.origin == BUNDLED:
            session.execute(text("UPDATE rubric SET bundled_hash = :h WHERE id = :id"), {"h": digest, "id": row.id})
        return report
    if row is not None and origin == BUNDLED and row.origin != BUNDLED and not force:
        report.kept.append(f"rubric {rubric.skill}")
        return report
    rubric_id = row.id if row else new_id()
    params = {
        "id": rubric_id,
        "skill": skill_id,
        "title": rubric.title,
        "req": rubric.anchors_required,
        "bars": json.dumps({k.value: v for k, v in rubric.bars.items()}, ensure_ascii=False),
        "src": source,
        "h": digest,
        "now": utcnow().isoformat(sep=" "),
        "origin": origin,
        "bh": digest if origin == BUNDLED else None,
    }
    if row:
        archive_rubric(session, rubric_id)
        session.execute(text("DELETE FROM rubric_level WHERE rubric_id = :id"), {"id": rubric_id})
        session.execute(
            text(
                "UPDATE rubric SET title=:title, anchors_required=:req, bars=:bars, source_file=:src, "
                "content_hash=:h, updated_at=:now, origin=:origin, bundled_hash=coalesce(:bh, bundled_hash) "
                "WHERE id=:id"
            ),
            params,
        )
        report.updated = 1
    else:
        session.execute(
            text(
                "INSERT INTO rubric (id, skill_id, title, anchors_required, bars, source_file, content_hash, "
                "updated_at, origin, bundled_hash) VALUES (:id, :skill, :title, :req, :bars, :src, :h, :now, "
                ":origin, :bh)"
            ),
            params,
        )
        report.added = 1
    session.execute(
        text(
            "INSERT INTO rubric_level (id, rubric_id, level, label, summary, anchors) VALUES (:id, :r, :level, "
            ":label, :summary, :anchors)"
        ),
        [
            {
                "id": new_id(),
                "r": rubric_id,
                "level": lv.level,
                "label": lv.label,
                "summary": lv.summary,
                "anchors": json.dumps(lv.anchors, ensure_ascii=False),
            }
            for lv in rubric.levels
        ],
    )
    return report


def stored_rubric(session: Session, rubric_id: str) -> tuple[Rubric, Any]:
    """A stored rubric as the file model, with its row."""
    row = session.execute(
        text(
            "SELECT r.id, r.skill_id, r.title, r.anchors_required, r.bars, r.origin, r.source_file, r.content_hash, "
            "s.slug FROM rubric r JOIN catalogue_skill s ON s.id = r.skill_id WHERE r.id = :id"
        ),
        {"id": rubric_id},
    ).one()
    levels = [
        {"level": lv.level, "label": lv.label, "summary": lv.summary, "anchors": from_json(lv.anchors)}
        for lv in session.execute(
            text("SELECT level, label, summary, anchors FROM rubric_level WHERE rubric_id = :r ORDER BY level"),
            {"r": rubric_id},
        )
    ]
    model = Rubric(
        skill=row.slug,
        title=row.title,
        levels=levels,
        anchors_required=row.anchors_required,
        bars=from_json(row.bars) or {},
    )
    return model, row


def archive_rubric(session: Session, rubric_id: str) -> None:
    """Keep the current content of a rubric in its history before it is replaced."""
    model, row = stored_rubric(session, rubric_id)
    session.execute(
        text(
            "INSERT INTO rubric_version (id, skill_id, title, anchors_required, bars, levels, origin, source_file, "
            "content_hash, replaced_at) VALUES (:id, :skill, :title, :req, :bars, :levels, :origin, :src, :h, :now)"
        ),
        {
            "id": new_id(),
            "skill": row.skill_id,
            "title": model.title,
            "req": model.anchors_required,
            "bars": json.dumps({k.value: v for k, v in model.bars.items()}, ensure_ascii=False),
            "levels": json.dumps([lv.model_dump(mode="json") for lv in model.levels], ensure_ascii=False),
            "origin": row.origin,
            "src": row.source_file,
            "h": row.content_hash,
            "now": utcnow().isoformat(sep=" "),
        },
    )


def save_rubric(db: Database, rubric: Rubric) -> ImportReport:
    """Write a rubric from the editor (the user's); the one it replaces is kept in the history."""
    with db.write() as session:
        skill_ids = active_skill_ids(session)
        if rubric.skill not in skill_ids:
            raise InputError(f"unknown skill {rubric.skill!r} (not in the skill catalogue)", field="skill")
        return _write_rubric(session, rubric, skill_ids[rubric.skill], "(edited in the app)", USER)


def save_question(db: Database, bank: str, question: BankQuestion, *, title: str | None = None) -> ImportReport:
    """Add or update one question of a bank from the editor: it becomes the user's and, being complete,
    no longer needs review."""
    if not is_slug(bank):
        raise InputError("lowercase words joined by '-'", field="bank")
    model = QuestionBank(bank=bank, title=title or bank, questions=[question])
    item = Loaded(model, Path("(edited in the app)"), "")
    with db.write() as session:
        slugs = active_skill_ids(session)
        _check_all_bank_skills([item], set(slugs))
        return _write_bank(session, item, slugs, USER)


def question_model(db: Database, question_id: str) -> tuple[str, BankQuestion]:
    """A stored question (by id or 'bank/external-id') as the file model, with its bank."""
    from interview_planner.services.search import load_questions

    with db.read() as session:
        row = session.execute(
            text("SELECT id, bank, artefact FROM question WHERE id = :r OR bank || '/' || external_id = :r"),
            {"r": question_id},
        ).first()
        if row is None:
            raise NotFoundError(f"no question {question_id!r}")
        view = load_questions(session, [row.id])[0]
    artefact = from_json(row.artefact) if row.artefact else None
    return view.bank, BankQuestion(
        id=view.external_id,
        text=view.text,
        kind=view.kind,
        minutes=view.minutes,
        difficulty=view.difficulty,
        skills=view.skills,
        follow_ups=view.follow_ups,
        strong_signals=view.strong_signals,
        weak_signals=view.weak_signals,
        artefact=artefact,
    )


def rubric_model(db: Database, skill: str) -> Rubric | None:
    """A skill's rubric as the file model (None when it has none)."""
    from interview_planner.services.skills import resolve_skill

    with db.read() as session:
        skill_id = resolve_skill(session, skill)
        row = session.execute(text("SELECT id FROM rubric WHERE skill_id = :s"), {"s": skill_id}).first()
        return stored_rubric(session, row.id)[0] if row else None


class RubricVersionView(BaseModel):
    id: str
    skill: str
    title: str
    origin: str
    source_file: str
    replaced_at: str


def rubric_history(db: Database, skill: str) -> list[RubricVersionView]:
    """Earlier versions of a skill's rubric, newest first."""
    from interview_planner.services.skills import resolve_skill

    with db.read() as session:
        skill_id = resolve_skill(session, skill)
        return _history(session, skill_id)


def _history(session: Session, skill_id: str) -> list[RubricVersionView]:
    return [
        RubricVersionView(
            id=r.id,
            skill=r.slug,
            title=r.title,
            origin=r.origin,
            source_file=r.source_file,
            replaced_at=str(r.replaced_at)[:19],
        )
        for r in session.execute(
            text(
                "SELECT v.id, s.slug, v.title, v.origin, v.source_file, v.replaced_at FROM rubric_version v "
                "JOIN catalogue_skill s ON s.id = v.skill_id WHERE v.skill_id = :s ORDER BY v.replaced_at DESC, v.id"
            ),
            {"s": skill_id},
        )
    ]


def restore_rubric(db: Database, skill: str, *, version: str | None = None) -> ImportReport:
    """Bring back an earlier rubric of a skill (the newest one unless ``version`` names one); the current
    rubric goes into the history in its place, so a restore can itself be undone."""
    from interview_planner.services.skills import resolve_skill

    with db.write() as session:
        skill_id = resolve_skill(session, skill)
        history = _history(session, skill_id)
        chosen = next((v for v in history if version is None or v.id == version or v.id.startswith(version)), None)
        if chosen is None:
            raise NotFoundError(f"no earlier rubric for {skill!r}" + (f" with id {version!r}" if version else ""))
        row = session.execute(text("SELECT * FROM rubric_version WHERE id = :id"), {"id": chosen.id}).one()
        model = Rubric(
            skill=chosen.skill,
            title=row.title,
            levels=from_json(row.levels),
            anchors_required=row.anchors_required,
            bars=from_json(row.bars) or {},
        )
        session.execute(text("DELETE FROM rubric_version WHERE id = :id"), {"id": chosen.id})
        report = _write_rubric(session, model, skill_id, row.source_file, row.origin, force=True)
        report.files.append(row.source_file)
        return report


# --- init ----------------------------------------------------------------------


def load_bundled_content(db: Database) -> tuple[ImportReport, ImportReport, ImportReport]:
    """Catalogue, banks and rubrics shipped with the app (idempotent): adds what is new, upgrades what
    nobody changed, and lists in ``kept`` what the user changed (left alone)."""
    skills = sync_catalogue(db)
    questions = import_banks(db, bundled.bundled_bank_paths(), origin=BUNDLED)
    rubrics = import_rubrics(db, bundled.bundled_rubric_paths(), origin=BUNDLED)
    return skills, questions, rubrics


def rebuild_search_index(session: Session) -> int:
    """Rewrite every row of the search tables from the questions and the catalogue (after a bulk copy).

    Returns the number of questions indexed.
    """
    session.execute(text("DELETE FROM question_fts"))
    session.execute(text("DELETE FROM skill_fts"))
    for row in session.execute(
        text("SELECT id, name, definition, keywords, aliases FROM catalogue_skill WHERE retired = false")
    ).all():
        values = {"id": row.id, "name": row.name, "definition": row.definition}
        values.update(keywords=json.dumps(from_json(row.keywords)), aliases=json.dumps(from_json(row.aliases)))
        _index_skill(session, values)
    slugs = {r.id: r.slug for r in session.execute(text("SELECT id, slug FROM catalogue_skill"))}
    skills: dict[str, list[str]] = {}
    for r in session.execute(text("SELECT question_id, skill_id FROM question_skill ORDER BY question_id, position")):
        skills.setdefault(r.question_id, []).append(slugs[r.skill_id])
    names = _skill_names(session)
    rows = [
        (*search_row(q.text, skills.get(q.id, []), from_json(q.follow_ups), names), q.id)
        for q in session.execute(text("SELECT id, text, follow_ups FROM question"))
    ]
    index_questions(session, rows)
    return len(rows)
