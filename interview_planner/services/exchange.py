"""Offline scorecards between laptops: JSON kits and filled PDF packets.

A **kit** is a JSON file per interview (``scorecard export-kit``) that an
interviewer fills on another laptop. Its identifying part (database id,
interview id, the skills to rate) is covered by ``content_hash``; a kit whose
identity was edited is refused as tampered. A filled **packet PDF** carries
the same identity in its form fields.

Import rules (``scorecard import``):

* a file for another database or an unknown interview is refused;
* the same content imported twice changes nothing (idempotent);
* a draft (or no scorecard) is replaced by the file's values;
* a **submitted** scorecard is never overwritten silently: identical
  content is a no-op, different content is a conflict unless an amendment
  reason is given, which is logged.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError
from sqlalchemy import text

from interview_planner.db.database import Database
from interview_planner.errors import ConflictError, InputError
from interview_planner.files import loads_strict, read_regular
from interview_planner.services import scorecards as sc

KIT_FORMAT = "interview-planner/scorecard-kit@1"


class KitSkill(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    priority: str
    rubric: list[str] = []  # "1 Strong no: …" lines, for the person filling it in


MAX_PDF_BYTES = 20 * 1024 * 1024
MAX_TEXT = 100_000  # characters of one evidence, take-aways or notes field (docs/formats.md)


class ScorecardKit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: Literal["interview-planner/scorecard-kit@1"] = "interview-planner/scorecard-kit@1"
    database_id: str
    interview_id: str
    candidate: str
    stage: str
    interviewer: str
    skills: list[KitSkill]
    content_hash: str
    instructions: str = (
        "Fill in ratings (1 Strong no, 2 No, 3 Yes, 4 Strong yes, or null for not assessed), "
        "evidence, overall (strong_no, no, yes, strong_yes) and key_takeaways; set status to "
        "'submitted' when final. Do not edit the other fields."
    )
    ratings: dict[str, StrictInt | StrictStr | None] = Field(default_factory=dict)  # true is no rating
    evidence: dict[str, str] = Field(default_factory=dict)
    overall: str | None = None
    key_takeaways: str = ""
    private_notes: str = ""
    status: Literal["draft", "submitted"] = "draft"


class ImportResult(BaseModel):
    file: str
    interview_id: str
    candidate: str
    stage: str
    interviewer: str
    outcome: Literal["created", "updated", "unchanged", "amended"]
    status: str


def kit_hash(database_id: str, interview_id: str, skill_ids: list[str]) -> str:
    payload = json.dumps({"database_id": database_id, "interview_id": interview_id, "skills": skill_ids})
    return hashlib.sha256(payload.encode()).hexdigest()


# --- export -----------------------------------------------------------------------


def export_kit(db: Database, *, interview_id: str) -> ScorecardKit:
    from interview_planner.packets.build import database_id
    from interview_planner.services.rubrics import rubrics_for_skills

    with db.read() as session:
        view = sc.scorecard_view(session, interview_id)
        dbid = database_id(session)
        links = dict(
            session.execute(
                text(
                    "SELECT id, catalogue_skill_id FROM role_skill WHERE id IN (SELECT role_skill_id FROM "
                    "stage_skill WHERE stage_id = :s)"
                ),
                {"s": view.stage_id},
            ).all()
        )
        rubrics = rubrics_for_skills(session, [c for c in links.values() if c])
    skills = [
        KitSkill(
            id=r.skill_id,
            name=r.skill,
            priority=r.priority,
            rubric=[
                f"{lv.level} {lv.label}: {lv.summary}"
                for lv in (rubrics[links[r.skill_id]].levels if links.get(r.skill_id) in rubrics else [])
            ],
        )
        for r in view.ratings
    ]
    return ScorecardKit(
        database_id=dbid,
        interview_id=interview_id,
        candidate=view.candidate,
        stage=view.stage,
        interviewer=view.interviewer,
        skills=skills,
        content_hash=kit_hash(dbid, interview_id, [s.id for s in skills]),
        ratings={r.skill_id: r.rating for r in view.ratings},
        evidence={r.skill_id: r.evidence for r in view.ratings},
        overall=view.overall,
        key_takeaways=view.key_takeaways,
        private_notes=view.private_notes,
        status="submitted" if view.status == "submitted" else "draft",
    )


def write_kits(db: Database, *, candidate: str, out_dir: Path) -> list[Path]:
    from interview_planner.services.candidates import get_candidate

    person = get_candidate(db, candidate)
    _ensure_dir(out_dir)
    paths = []
    for interview in person.interviews:
        kit = export_kit(db, interview_id=interview.id)
        path = (
            out_dir
            / f"scorecard-{_slug(person.name)}-{interview.stage_position + 1}-{_slug(interview.interviewer)}.json"
        )
        path.write_text(kit.model_dump_json(indent=2), encoding="utf-8")
        paths.append(path)
    return paths


def _ensure_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder ({exc.strerror})", file=folder) from None


def _slug(text_: str) -> str:
    cleaned = "".join(ch.lower() if ch.isalnum() else "-" for ch in text_)
    return "-".join(part for part in cleaned.split("-") if part)[:40] or "x"


# --- import -----------------------------------------------------------------------


class Incoming(BaseModel):
    """A filled scorecard from a file, whatever its format."""

    source: str
    database_id: str
    interview_id: str
    skill_ids: list[str] | None  # the skills the file was made for (None: not recorded)
    patch: sc.ScorecardPatch
    submit: bool


def read_kit(path: Path) -> Incoming:
    from interview_planner.content.loader import read_text

    raw = read_text(path)
    data = loads_strict(raw, path)
    try:
        kit = ScorecardKit.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or None
        raise InputError(f"not a scorecard kit: {err['msg']}", file=path, field=field) from None
    skill_ids = [s.id for s in kit.skills]
    if kit_hash(kit.database_id, kit.interview_id, skill_ids) != kit.content_hash:
        raise InputError(
            "the kit was tampered with: its interview, database or skills no longer match its content hash",
            file=path,
            field="content_hash",
        )
    ratings = {}
    for sid, value in kit.ratings.items():
        try:
            ratings[sid] = sc.validate_rating(value)
        except InputError as exc:
            raise InputError(exc.problem, file=path, field=f"ratings.{sid}") from None
    patch = _check_lengths(
        sc.ScorecardPatch(
            ratings=ratings,
            evidence=kit.evidence,
            overall=kit.overall,
            key_takeaways=kit.key_takeaways,
            private_notes=kit.private_notes,
        ),
        path,
    )
    return Incoming(
        source=str(path),
        database_id=kit.database_id,
        interview_id=kit.interview_id,
        skill_ids=skill_ids,
        patch=patch,
        submit=kit.status == "submitted",
    )


def read_pdf(path: Path) -> Incoming:
    from interview_planner.pdf import read_packet_form

    data = read_regular(path, limit=MAX_PDF_BYTES, what="PDF")
    form = read_packet_form(data, source=str(path))
    ratings = {sid: sc.validate_rating(v) for sid, v in form.ratings.items() if v is not None}
    evidence = {sid: text_ for sid, text_ in form.evidence.items() if text_}
    return Incoming(
        source=str(path),
        database_id=form.database_id,
        interview_id=form.interview_id,
        skill_ids=None,
        patch=_check_lengths(
            sc.ScorecardPatch(
                ratings=ratings, evidence=evidence, overall=form.overall, key_takeaways=form.takeaways or None
            ),
            path,
        ),
        submit=form.overall is not None,
    )


def read_incoming(path: Path) -> Incoming:
    with _open(path) as head:
        magic = head
    if magic.startswith(b"%PDF"):
        return read_pdf(path)
    if path.suffix.lower() == ".pdf":
        raise InputError("not a PDF file", file=path)
    return read_kit(path)


class _open:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> bytes:
        return read_regular(self.path, limit=MAX_PDF_BYTES, what="kit or PDF")[:8]

    def __exit__(self, *exc: object) -> None:
        return None


def _check_lengths(patch: sc.ScorecardPatch, path: Path) -> sc.ScorecardPatch:
    """Refuse a field longer than the database keeps (the same limit as its CHECK constraints)."""
    fields = {f"evidence.{k}": v for k, v in patch.evidence.items()}
    fields |= {"key_takeaways": patch.key_takeaways or "", "private_notes": patch.private_notes or ""}
    for name, value in fields.items():
        if len(value) > MAX_TEXT:
            raise InputError(f"{len(value):,} characters; the limit is {MAX_TEXT:,}", file=path, field=name)
    return patch


def import_files(db: Database, paths: list[Path], *, amend_reason: str | None = None) -> list[ImportResult]:
    """Read and check every file, then apply them all in one transaction."""
    incoming = [read_incoming(Path(p)) for p in paths]
    with db.write() as session:
        return [_apply_naming_file(session, item, amend_reason) for item in incoming]


def _apply_naming_file(session: Any, item: Incoming, amend_reason: str | None) -> ImportResult:
    try:
        return _apply(session, item, amend_reason)
    except InputError as exc:
        if exc.file:
            raise
        raise InputError(exc.problem, file=item.source, field=exc.field) from None


def _apply(session: Any, item: Incoming, amend_reason: str | None) -> ImportResult:
    from interview_planner.db.models import Interview
    from interview_planner.packets.build import database_id

    if item.database_id != database_id(session):
        raise InputError(
            "this scorecard belongs to another Interview Loop Planner database (its database id does not match)",
            file=item.source,
        )
    if session.get(Interview, item.interview_id) is None:
        raise InputError("unknown interview: it was deleted or the file is from another database", file=item.source)
    assessed = [sid for sid, _, _ in sc.interview_skills(session, item.interview_id)]
    if item.skill_ids is not None and sorted(item.skill_ids) != sorted(assessed):
        raise ConflictError(f"{item.source}: the stage's skills changed since this file was made; export a new one")
    before = sc.scorecard_view(session, item.interview_id)
    outcome = _write(session, item, before, amend_reason)
    after = sc.scorecard_view(session, item.interview_id)
    return ImportResult(
        file=item.source,
        interview_id=item.interview_id,
        candidate=after.candidate,
        stage=after.stage,
        interviewer=after.interviewer,
        outcome=outcome,
        status=after.status,
    )


def _write(session: Any, item: Incoming, before: sc.ScorecardView, amend_reason: str | None) -> str:
    if _same(before, item):
        return "unchanged"
    if before.status == "submitted":
        if not amend_reason:
            raise ConflictError(
                f"{item.source}: {before.interviewer}'s scorecard for {before.stage} was already "
                "submitted with different values; import with --amend REASON to replace it (logged)"
            )
        sc.write_amendment(session, item.interview_id, item.patch, amend_reason)
        return "amended"
    sc.write_draft(session, item.interview_id, item.patch, submit_as="import" if item.submit else None)
    return "created" if not before.id else "updated"


def _same(before: sc.ScorecardView, item: Incoming) -> bool:
    if not before.id:
        return False
    ratings = {r.skill_id: r.rating for r in before.ratings}
    evidence = {r.skill_id: r.evidence for r in before.ratings}
    p = item.patch
    return (
        all(ratings.get(k) == v for k, v in p.ratings.items())
        and all(evidence.get(k, "") == v for k, v in p.evidence.items())
        and (p.overall is None or p.overall == before.overall)
        and (p.key_takeaways is None or p.key_takeaways == before.key_takeaways)
        and (before.status == "submitted") == item.submit
    )
