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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.content import bundled
from interview_planner.content.loader import Loaded, load_bank, load_rubric
from interview_planner.content.schema import QuestionBank, Rubric, SkillCatalogue
from interview_planner.db.database import Database
from interview_planner.db.models import new_id, utcnow
from interview_planner.db.portable import dialect_of, driver_sql, from_json
from interview_planner.errors import InputError


class ImportReport(BaseModel):
    """What an import changed."""

    files: list[str] = []
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def merge(self, other: ImportReport) -> ImportReport:
        return ImportReport(
            files=self.files + other.files,
            added=self.added + other.added,
            updated=self.updated + other.updated,
            unchanged=self.unchanged + other.unchanged,
        )


def content_hash(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# --- catalogue -----------------------------------------------------------------


def sync_catalogue(db: Database, *, catalogue: SkillCatalogue | None = None) -> ImportReport:
    """Insert or update catalogue skills by slug (never deletes: roles may link to them)."""
    catalogue = catalogue or bundled.bundled_catalogue()
    with db.write() as session:
        return _sync_catalogue(session, catalogue)


def _sync_catalogue(session: Session, catalogue: SkillCatalogue) -> ImportReport:
    existing = {
        row.slug: row
        for row in session.execute(
            text("SELECT id, slug, name, kind, definition, keywords, aliases, focuses FROM catalogue_skill")
        )
    }
    report = ImportReport(files=[str(bundled.catalogue_path())])
    for skill in catalogue.skills:
        values = {
            "slug": skill.slug,
            "name": skill.name,
            "kind": skill.kind.value,
            "definition": skill.definition,
            "keywords": json.dumps(skill.keywords),
            "aliases": json.dumps(skill.aliases),
            "focuses": json.dumps(skill.focuses),
        }
        row = existing.get(skill.slug)
        if row is None:
            values["id"] = new_id()
            session.execute(
                text(
                    "INSERT INTO catalogue_skill (id, slug, name, kind, definition, keywords, aliases, "
                    "focuses, source) "
                    "VALUES (:id, :slug, :name, :kind, :definition, :keywords, :aliases, :focuses, 'bundled')"
                ),
                values,
            )
            report.added += 1
        elif _catalogue_row_changed(row, values):
            values["id"] = row.id
            session.execute(
                text(
                    "UPDATE catalogue_skill SET name=:name, kind=:kind, definition=:definition, "
                    "keywords=:keywords, aliases=:aliases, focuses=:focuses WHERE id=:id"
                ),
                values,
            )
            report.updated += 1
        else:
            report.unchanged += 1
            continue
        _index_skill(session, values)
    return report


def _catalogue_row_changed(row: Any, values: dict[str, Any]) -> bool:
    current = (
        row.name,
        row.kind,
        row.definition,
        from_json(row.keywords),
        from_json(row.aliases),
        from_json(row.focuses),
    )
    wanted = (
        values["name"],
        values["kind"],
        values["definition"],
        json.loads(values["keywords"]),
        json.loads(values["aliases"]),
        json.loads(values["focuses"]),
    )
    return current != wanted


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


def import_banks(db: Database, paths: Sequence[Path]) -> ImportReport:
    """Validate every file, then write them all in one transaction."""
    loaded = [load_bank(Path(p)) for p in paths]
    _reject_duplicate_banks(loaded)
    with db.write() as session:
        slugs = skill_ids_by_slug(session)
        for item in loaded:
            bundled.check_bank_skills(item, set(slugs))
        report = ImportReport()
        for item in loaded:
            report = report.merge(_write_bank(session, item, slugs))
        return report


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


def _write_bank(session: Session, item: Loaded[QuestionBank], skill_ids: dict[str, str]) -> ImportReport:
    bank = item.model.bank
    existing = {
        r.external_id: (r.id, r.content_hash)
        for r in session.execute(
            text("SELECT id, external_id, content_hash FROM question WHERE bank = :b"), {"b": bank}
        )
    }
    now = utcnow().isoformat(sep=" ")
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[dict[str, Any]] = []
    report = ImportReport(files=[str(item.path)])
    for q in item.model.questions:
        digest = content_hash(_question_payload(q))
        known = existing.get(q.id)
        if known and known[1] == digest:
            report.unchanged += 1
        elif known:  # edited: update in place so loops that use it keep it
            changed_rows.append(_question_row(known[0], bank, q, digest, str(item.path), now))
        else:
            new_rows.append(_question_row(new_id(), bank, q, digest, str(item.path), now))
    report.added, report.updated = len(new_rows), len(changed_rows)
    if changed_rows:
        _delete_question_links(session, [r["id"] for r in changed_rows])
        _executemany(
            session,
            "UPDATE question SET text=:text, kind=:kind, minutes=:minutes, difficulty=:difficulty, "
            "follow_ups=:follow_ups, strong_signals=:strong_signals, weak_signals=:weak_signals, "
            "artefact=:artefact, source_file=:source_file, content_hash=:content_hash, updated_at=:updated_at "
            "WHERE id=:id",
            changed_rows,
        )
    if new_rows:
        _executemany(
            session,
            "INSERT INTO question (id, bank, external_id, text, kind, minutes, difficulty, follow_ups, "
            "strong_signals, weak_signals, artefact, source_file, content_hash, updated_at) VALUES (:id, :bank, "
            ":external_id, :text, :kind, :minutes, :difficulty, :follow_ups, :strong_signals, :weak_signals, "
            ":artefact, :source_file, :content_hash, :updated_at)",
            new_rows,
        )
    if new_rows or changed_rows:
        _link_questions(session, new_rows + changed_rows, skill_ids)
    return report


def _executemany(session: Session, sql: str, rows: Sequence[Any]) -> None:
    """One statement for many rows, straight to the driver (named parameters read from dicts,
    whose other keys, such as ``_skills``, are ignored), in the session's transaction."""
    if rows:
        session.connection().exec_driver_sql(driver_sql(dialect_of(session), sql), list(rows))


def _question_row(qid: str, bank: str, q: Any, digest: str, source: str, now: str) -> dict[str, Any]:
    return {
        "id": qid,
        "bank": bank,
        "external_id": q.id,
        "text": q.text,
        "kind": q.kind.value,
        "minutes": q.minutes,
        "difficulty": q.difficulty.value,
        "follow_ups": json.dumps(q.follow_ups, ensure_ascii=False),
        "strong_signals": json.dumps(q.strong_signals, ensure_ascii=False),
        "weak_signals": json.dumps(q.weak_signals, ensure_ascii=False),
        "artefact": json.dumps(q.artefact.model_dump(mode="json"), ensure_ascii=False) if q.artefact else None,
        "source_file": source,
        "content_hash": digest,
        "updated_at": now,
        "_skills": q.skills,
        "_follow_ups": q.follow_ups,
    }


def _delete_question_links(session: Session, ids: list[str]) -> None:
    params = [{"id": i} for i in ids]
    session.execute(text("DELETE FROM question_skill WHERE question_id = :id"), params)
    if dialect_of(session) != "sqlite":
        session.execute(text("DELETE FROM question_fts WHERE question_id = :id"), params)
        return
    # FTS5 cannot index question_id: "WHERE question_id = ?" scans the whole index, once per question
    # (quadratic on a big re-import). One scan finds the rowids, which are then deleted directly.
    wanted = set(ids)
    rowids = [
        (r.rowid,)
        for r in session.execute(text("SELECT rowid, question_id FROM question_fts"))
        if r.question_id in wanted
    ]
    _executemany(session, "DELETE FROM question_fts WHERE rowid = ?", rowids)


def _link_questions(session: Session, rows: list[dict[str, Any]], skill_ids: dict[str, str]) -> None:
    links = [(r["id"], skill_ids[slug], pos) for r in rows for pos, slug in enumerate(r["_skills"])]
    _executemany(session, "INSERT INTO question_skill (question_id, skill_id, position) VALUES (?, ?, ?)", links)
    names = _skill_names(session)
    _executemany(
        session,
        "INSERT INTO question_fts (question_id, text, skills, follow_ups) VALUES (?, ?, ?, ?)",
        [
            (r["id"], r["text"], " ; ".join(names.get(s, s) for s in r["_skills"]), " ".join(r["_follow_ups"]))
            for r in rows
        ],
    )


def _skill_names(session: Session) -> dict[str, str]:
    return {
        r.slug: f"{r.slug.replace('-', ' ')} {r.name}"
        for r in session.execute(text("SELECT slug, name FROM catalogue_skill"))
    }


# --- rubrics -------------------------------------------------------------------


def import_rubrics(db: Database, paths: Sequence[Path]) -> ImportReport:
    loaded = [load_rubric(Path(p)) for p in paths]
    _reject_duplicate_rubrics(loaded)
    with db.write() as session:
        skill_ids = skill_ids_by_slug(session)
        for item in loaded:
            if item.model.skill not in skill_ids:
                raise InputError(
                    f"unknown skill {item.model.skill!r} (not in the skill catalogue)",
                    file=item.path,
                    line=item.line_of("skill"),
                    field="skill",
                )
        report = ImportReport()
        for item in loaded:
            report = report.merge(_write_rubric(session, item, skill_ids[item.model.skill]))
        return report


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


def _write_rubric(session: Session, item: Loaded[Rubric], skill_id: str) -> ImportReport:
    digest = content_hash(_without_unset_extras(item.model.model_dump(mode="json"), ("anchors_required", "bars")))
    report = ImportReport(files=[str(item.path)])
    row = session.execute(text("SELECT id, content_hash FROM rubric WHERE skill_id = :s"), {"s": skill_id}).first()
    if row is not None and row.content_hash == digest:
        report.unchanged = 1
        return report
    rubric_id = row.id if row else new_id()
    now = utcnow().isoformat(sep=" ")
    params = {
        "id": rubric_id,
        "skill": skill_id,
        "title": item.model.title,
        "req": item.model.anchors_required,
        "bars": json.dumps({k.value: v for k, v in item.model.bars.items()}, ensure_ascii=False),
        "src": str(item.path),
        "h": digest,
        "now": now,
    }
    if row:
        session.execute(text("DELETE FROM rubric_level WHERE rubric_id = :id"), {"id": rubric_id})
        session.execute(
            text(
                "UPDATE rubric SET title=:title, anchors_required=:req, bars=:bars, source_file=:src, "
                "content_hash=:h, updated_at=:now WHERE id=:id"
            ),
            params,
        )
        report.updated = 1
    else:
        session.execute(
            text(
                "INSERT INTO rubric (id, skill_id, title, anchors_required, bars, source_file, content_hash, "
                "updated_at) VALUES (:id, :skill, :title, :req, :bars, :src, :h, :now)"
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
            for lv in item.model.levels
        ],
    )
    return report


# --- init ----------------------------------------------------------------------


def load_bundled_content(db: Database) -> tuple[ImportReport, ImportReport, ImportReport]:
    """Catalogue, banks and rubrics shipped with the app (idempotent)."""
    skills = sync_catalogue(db)
    questions = import_banks(db, bundled.bundled_bank_paths())
    rubrics = import_rubrics(db, bundled.bundled_rubric_paths())
    return skills, questions, rubrics


def rebuild_search_index(session: Session) -> int:
    """Rewrite every row of the search tables from the questions and the catalogue (after a bulk copy).

    Returns the number of questions indexed.
    """
    session.execute(text("DELETE FROM question_fts"))
    session.execute(text("DELETE FROM skill_fts"))
    for row in session.execute(text("SELECT id, name, definition, keywords, aliases FROM catalogue_skill")).all():
        values = {"id": row.id, "name": row.name, "definition": row.definition}
        values.update(keywords=json.dumps(from_json(row.keywords)), aliases=json.dumps(from_json(row.aliases)))
        _index_skill(session, values)
    slugs = {r.id: r.slug for r in session.execute(text("SELECT id, slug FROM catalogue_skill"))}
    skills: dict[str, list[str]] = {}
    for r in session.execute(text("SELECT question_id, skill_id FROM question_skill ORDER BY question_id, position")):
        skills.setdefault(r.question_id, []).append(slugs[r.skill_id])
    names = _skill_names(session)
    rows = [
        (q.id, q.text, " ; ".join(names.get(s, s) for s in skills.get(q.id, [])), " ".join(from_json(q.follow_ups)))
        for q in session.execute(text("SELECT id, text, follow_ups FROM question"))
    ]
    _executemany(session, "INSERT INTO question_fts (question_id, text, skills, follow_ups) VALUES (?, ?, ?, ?)", rows)
    return len(rows)
