"""Offline scorecards between laptops: JSON kits and filled PDF packets.

A **kit** is a JSON file per interview (``scorecard export-kit``) that an
interviewer fills on another laptop. Its identifying part (database id,
interview id, candidate, stage, interviewer, the skills to rate) is sealed by
``content_hash``, a keyed MAC with this database's secret (packets/seal.py);
a kit whose identity was edited is refused as tampered. A filled **packet
PDF** carries the same identity, sealed the same way, in hidden form fields.

Import rules (``scorecard import``):

* a file for another database or an unknown interview is refused;
* the same content imported twice changes nothing (idempotent);
* a draft (or no scorecard) is replaced by the file's values;
* a file marked final (a kit with ``status: submitted``, a PDF with an overall
  recommendation ticked) is submitted only when complete: every skill rated
  1-4 or marked not assessed with a reason; otherwise it is saved as a draft
  and the result lists what is missing;
* a **submitted** scorecard is never overwritten silently: identical
  content is a no-op, different content is a conflict unless an amendment
  reason is given, which is logged.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import text

from interview_planner.db.database import Database
from interview_planner.db.models import Interview
from interview_planner.errors import ConflictError, InputError, StorageError
from interview_planner.files import loads_strict, read_regular
from interview_planner.packets import seal as sealing
from interview_planner.services import scorecards as sc
from interview_planner.services.identity import database_id, database_secret
from interview_planner.services.rubrics import rubrics_for_skills

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
        "Rate every skill (1 Strong no, 2 No, 3 Yes, 4 Strong yes) or, if you could not assess it, "
        "leave its rating null and say why in not_assessed; fill in evidence, overall (strong_no, no, "
        "yes, strong_yes) and key_takeaways; set status to 'submitted' when final. Do not edit the "
        "other fields: they are sealed."
    )
    ratings: dict[str, Any] = Field(default_factory=dict)  # checked by validate_rating (no booleans)
    not_assessed: dict[str, str] = Field(default_factory=dict)  # skill id -> why it was not assessed
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
    missing: list[str] = []  # a file marked final that stayed a draft: the skills (and overall) it lacks


def kit_fields(kit: ScorecardKit) -> dict[str, object]:
    """Every identifying field of a kit, as its seal covers them."""
    return {
        "kind": "kit",
        "format": kit.format,
        "database_id": kit.database_id,
        "interview_id": kit.interview_id,
        "candidate": kit.candidate,
        "stage": kit.stage,
        "interviewer": kit.interviewer,
        "skills": [[s.id, s.name, s.priority, s.rubric] for s in kit.skills],
    }


def _unkeyed_hash(database_id: str, interview_id: str, skill_ids: list[str]) -> str:
    """The plain SHA-256 of kits written before seals (recognised only to say so)."""
    payload = json.dumps({"database_id": database_id, "interview_id": interview_id, "skills": skill_ids})
    return hashlib.sha256(payload.encode()).hexdigest()


# --- export -----------------------------------------------------------------------


def ensure_secret(db: Database) -> None:
    """Make the database's sealing secret if it has none yet (it is made by schema migration 6)."""
    with db.read() as session:
        try:
            database_secret(session)
            return
        except sealing.SealUnavailable:
            pass
    try:
        with db.write() as session:
            database_secret(session, create=True)
    except StorageError:
        raise sealing.SealUnavailable(
            "packets and kits are sealed with a secret of this database that only a hiring manager's login can "
            "read; ask a manager to export or import them"
        ) from None


def export_kit(db: Database, *, interview_id: str) -> ScorecardKit:
    ensure_secret(db)
    with db.read() as session:
        view = sc.scorecard_view(session, interview_id)
        dbid = database_id(session)
        secret = database_secret(session)
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
    kit = ScorecardKit(
        database_id=dbid,
        interview_id=interview_id,
        candidate=view.candidate,
        stage=view.stage,
        interviewer=view.interviewer,
        skills=skills,
        content_hash="",
        ratings={r.skill_id: r.rating for r in view.ratings},
        not_assessed={r.skill_id: r.not_assessed_reason for r in view.ratings if r.state == "not_assessed"},
        evidence={r.skill_id: r.evidence for r in view.ratings},
        overall=view.overall,
        key_takeaways=view.key_takeaways,
        private_notes=view.private_notes,
        status="submitted" if view.status == "submitted" else "draft",
    )
    kit.content_hash = sealing.seal(secret, kit_fields(kit))
    return kit


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
    kind: Literal["kit", "pdf"]
    database_id: str
    interview_id: str
    skill_ids: list[str] | None  # the skills the file was made for (None: not recorded)
    sealed_fields: dict[str, Any]  # the identifying fields as the file states them
    seal: str | None  # the seal the file carries (None: made before seals)
    legacy_hash: bool = False  # a kit with the unkeyed hash of earlier versions
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
    names = {s.id: s.name for s in kit.skills}
    ratings = {}
    for sid, value in kit.ratings.items():
        try:
            ratings[sid] = sc.validate_rating(value)
        except InputError as exc:
            raise InputError(exc.problem, file=path, field=f"ratings: {names.get(sid, 'a skill')}") from None
    patch = _check_lengths(
        sc.ScorecardPatch(
            ratings=ratings,
            not_assessed={sid: why for sid, why in kit.not_assessed.items() if ratings.get(sid) is None},
            evidence=kit.evidence,
            overall=kit.overall,
            key_takeaways=kit.key_takeaways,
            private_notes=kit.private_notes,
        ),
        path,
    )
    return Incoming(
        source=str(path),
        kind="kit",
        database_id=kit.database_id,
        interview_id=kit.interview_id,
        skill_ids=skill_ids,
        sealed_fields=kit_fields(kit),
        seal=kit.content_hash,
        legacy_hash=kit.content_hash == _unkeyed_hash(kit.database_id, kit.interview_id, skill_ids),
        patch=patch,
        submit=kit.status == "submitted",
    )


def read_pdf(path: Path) -> Incoming:
    from interview_planner.pdf import read_packet_form

    data = read_regular(path, limit=MAX_PDF_BYTES, what="PDF")
    form = read_packet_form(data, source=str(path))
    ticked = {sid: v for sid, v in form.ratings.items() if v is not None}
    ratings = {sid: sc.validate_rating(v) for sid, v in ticked.items() if v != "NA"}
    evidence = {sid: text_ for sid, text_ in form.evidence.items() if text_}
    # N/A ticked: not assessed, and the evidence box says why (without a reason it stays not rated)
    not_assessed = {sid: form.evidence.get(sid, "") for sid, v in ticked.items() if v == "NA"}
    sealed = None
    if form.candidate is not None:
        sealed = sealing.packet_fields(
            form.database_id, form.interview_id, form.candidate, form.stage or "", form.interviewer or ""
        )
    return Incoming(
        source=str(path),
        kind="pdf",
        database_id=form.database_id,
        interview_id=form.interview_id,
        skill_ids=None,
        sealed_fields=sealed or {},
        seal=form.seal if sealed is not None else None,
        patch=_check_lengths(
            sc.ScorecardPatch(
                ratings=ratings,
                not_assessed=not_assessed,
                evidence=evidence,
                overall=form.overall,
                clear_overall=form.overall is None,  # nothing ticked, or "No decision yet": no recommendation
                key_takeaways=form.takeaways or None,
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
    incoming = [_read_naming_flattened(db, Path(p)) for p in paths]
    with db.write() as session:
        return [_apply_naming_file(session, item, amend_reason) for item in incoming]


class SkippedFile(BaseModel):
    """A file ``scorecard import`` passed over: a PDF that is no scorecard packet (the loop overview
    exported beside the packets, or any other document)."""

    file: str
    reason: str


def import_batch(
    db: Database, paths: list[Path], *, amend_reason: str | None = None
) -> tuple[list[ImportResult], list[SkippedFile]]:
    """:func:`import_files`, passing over PDFs that are no scorecard packets (``packets/*.pdf`` takes the
    loop overview too). Any other problem refuses the whole batch, as in :func:`import_files`; when
    nothing importable is left the results are empty and the caller says so."""
    from interview_planner.pdf.forms import NotAPacket

    incoming: list[Incoming] = []
    skipped: list[SkippedFile] = []
    for path in paths:
        try:
            incoming.append(_read_naming_flattened(db, Path(path)))
        except NotAPacket as exc:
            skipped.append(SkippedFile(file=str(path), reason=exc.problem))
    if not incoming:
        return [], skipped
    with db.write() as session:
        return [_apply_naming_file(session, item, amend_reason) for item in incoming], skipped


def _read_naming_flattened(db: Database, path: Path) -> Incoming:
    from interview_planner.pdf.forms import FlattenedPacket

    try:
        return read_incoming(path)
    except FlattenedPacket as exc:
        with db.read() as session:
            which = _interview_names(session, exc.interview_id) or exc.title
        raise InputError(FlattenedPacket.describe(which), file=exc.file) from None
    except InputError as exc:
        prefix, _, skill_id = (exc.field or "").partition(".")
        if prefix not in ("rating", "evidence") or not skill_id:
            raise
        with db.read() as session:  # name the skill, not its id
            name = session.execute(text("SELECT name FROM role_skill WHERE id = :i"), {"i": skill_id}).scalar()
        raise InputError(exc.problem, file=exc.file, line=exc.line, field=f"{prefix}: {name or 'a skill'}") from None


def _interview_names(session: Any, interview_id: str) -> str | None:
    row = session.execute(
        text(
            "SELECT c.name AS candidate, s.name AS stage, p.name AS interviewer FROM interview i "
            "JOIN candidate c ON c.id = i.candidate_id JOIN stage s ON s.id = i.stage_id "
            "JOIN interviewer p ON p.id = i.interviewer_id WHERE i.id = :i"
        ),
        {"i": interview_id},
    ).first()
    return f"{row.candidate} – {row.stage} – {row.interviewer}" if row else None


def _check_seal(session: Any, item: Incoming) -> None:
    what = "kit" if item.kind == "kit" else "packet"
    if item.legacy_hash:
        raise InputError(
            f"this {what} was made by an earlier version, before kits were sealed; export a new one", file=item.source
        )
    if item.seal is None:
        raise InputError(
            f"this {what} carries no seal (made by an earlier version, or its hidden fields were removed); "
            "export a new one",
            file=item.source,
        )
    secret = database_secret(session, create=True)
    if not sealing.verify(secret, item.sealed_fields, item.seal):
        names = _interview_names(session, item.interview_id)
        stated = " – ".join(str(item.sealed_fields.get(k, "")) for k in ("candidate", "stage", "interviewer"))
        raise InputError(
            f"the {what} was tampered with: its interview, candidate, stage or interviewer no longer match its "
            f"seal (it says {stated}"
            + (f"; its interview is {names}" if names and names != stated else "")
            + "); export a new one",
            file=item.source,
            field="content_hash" if item.kind == "kit" else "seal",
        )


def _apply_naming_file(session: Any, item: Incoming, amend_reason: str | None) -> ImportResult:
    try:
        return _apply(session, item, amend_reason)
    except InputError as exc:
        if exc.file:
            raise
        raise InputError(exc.problem, file=item.source, field=exc.field) from None


def _apply(session: Any, item: Incoming, amend_reason: str | None) -> ImportResult:
    if item.database_id != database_id(session):
        raise InputError(
            "this scorecard belongs to another Interview Loop Planner database (its database id does not match)",
            file=item.source,
        )
    _check_seal(session, item)
    if session.get(Interview, item.interview_id) is None:
        raise InputError("unknown interview: it was deleted or the file is from another database", file=item.source)
    before = sc.scorecard_view(session, item.interview_id)
    assessed = [r.skill_id for r in before.ratings]
    if item.skill_ids is not None and sorted(item.skill_ids) != sorted(assessed):
        raise ConflictError(
            f"{item.source}: the skills {before.stage} assesses for {before.candidate} changed since this file "
            "was made; export a new one"
        )
    outcome, missing = _write(session, item, before, amend_reason)
    after = sc.scorecard_view(session, item.interview_id)
    return ImportResult(
        file=item.source,
        interview_id=item.interview_id,
        candidate=after.candidate,
        stage=after.stage,
        interviewer=after.interviewer,
        outcome=outcome,
        status=after.status,
        missing=missing,
    )


def _write(session: Any, item: Incoming, before: sc.ScorecardView, amend_reason: str | None) -> tuple[str, list[str]]:
    if _same(before, item):
        return "unchanged", (before.missing if item.submit and before.status != "submitted" else [])
    if before.status == "submitted":
        if not amend_reason:
            raise ConflictError(
                f"{item.source}: {before.interviewer}'s scorecard for {before.candidate} ({before.stage}) was "
                "already submitted with different values; import with --amend REASON to replace it (logged)"
            )
        sc.write_amendment(session, item.interview_id, item.patch, amend_reason)
        return "amended", []
    card = sc.write_draft(session, item.interview_id, item.patch)
    missing: list[str] = []
    if item.submit:
        missing = sc.scorecard_view(session, item.interview_id).missing
        if not missing:
            card.status, card.submitted_at, card.source = "submitted", sc.utcnow(), "import"
            session.add(card)
            session.flush()
    return ("created" if not before.id else "updated"), missing


def _same(before: sc.ScorecardView, item: Incoming) -> bool:
    if not before.id:
        return False
    ratings = {r.skill_id: r.rating for r in before.ratings}
    evidence = {r.skill_id: r.evidence for r in before.ratings}
    reasons = {r.skill_id: r.not_assessed_reason for r in before.ratings}
    p = item.patch
    return (
        all(ratings.get(k) == v for k, v in p.ratings.items())
        and all(ratings.get(k) is None and reasons.get(k) == " ".join(v.split()) for k, v in p.not_assessed.items())
        and all(evidence.get(k, "") == v for k, v in p.evidence.items())
        and ((before.overall is None) if p.clear_overall else (p.overall is None or p.overall == before.overall))
        and (p.key_takeaways is None or p.key_takeaways == before.key_takeaways)
        and (
            (before.status == "submitted") == item.submit
            or (item.submit and before.status != "submitted" and bool(before.missing))  # still incomplete
        )
    )
