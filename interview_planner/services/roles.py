"""Roles: import a job description, review and edit its skills, suggest questions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import bindparam, text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.models import Role, RoleSkill
from interview_planner.db.portable import from_json
from interview_planner.errors import ConflictError, InputError, NotFoundError
from interview_planner.jd.model import ParsedJobDescription, SkillRequirement
from interview_planner.services.common import bump_version
from interview_planner.services.linking import REVIEW_BELOW, Link, link_requirements
from interview_planner.services.refs import resolve
from interview_planner.services.search import QuestionView, search_in_session

UNLINKED_REVIEW_FROM = 0.25  # an unlinked requirement with this much evidence may belong to a catalogue skill


class RoleSkillView(BaseModel):
    id: str
    position: int
    name: str
    kind: str
    priority: str
    source: str
    source_line: int | None
    part: str | None = None  # the words of ``source`` this requirement stands for, when the line holds several
    remembered: bool = False  # imported as a person corrected the same line in an earlier role
    catalogue_skill: str | None  # slug
    catalogue_name: str | None
    match_score: float | None
    confidence: float | None = None  # how sure the automatic link is (None: set by hand)
    needs_review: bool = False  # a weak or tied automatic link, or a likely link left out
    questions: int  # bank questions probing the linked catalogue skill
    has_rubric: bool
    ratings: int = 0  # scorecard ratings given for this skill (removing the skill deletes them)

    @property
    def ready(self) -> bool:
        return self.catalogue_skill is not None and self.questions > 0 and self.has_rubric


class RoleInfo(BaseModel):
    id: str
    title: str
    salary_min: int | None
    salary_max: int | None
    salary_currency: str | None
    source_name: str
    version: int


class RoleView(BaseModel):
    role: RoleInfo
    skills: list[RoleSkillView]
    imported: str | None = None  # after an import: "new", "reused" or "new-version"
    notice: str | None = None  # after an import: what the user should know (no requirements were found)
    remembered: int = 0  # after an import: requirements read as a person corrected them in an earlier role
    # after an import: further postings the text held, not read ("Backend Engineer (line 15)"): one role per posting
    more_postings: list[str] = []


NO_REQUIREMENTS_NOTICE = (
    "no skill requirements were found in the posting: the role was created with the posting's text and no "
    "skills; add its skills by hand (or add a 'Requirements' section with one requirement per bullet and "
    "import it again)"
)

OnDuplicate = Literal["ask", "reuse", "new-version", "new"]


class DuplicatePostingError(ConflictError):
    """The same posting (normalised text) was imported before; the caller chooses what to do."""

    def __init__(self, role_id: str, title: str) -> None:
        super().__init__(
            f"this posting was already imported as role {title!r}: reuse it, import a new version or import it as new"
        )
        self.role_id, self.title = role_id, title


def normalised_posting(text_: str) -> str:
    """The text two imports are compared by: Unicode NFC, no BOM, whitespace runs as one space, case folded."""
    return " ".join(unicodedata.normalize("NFC", text_.removeprefix("\ufeff")).split()).casefold()


class RoleSummary(BaseModel):
    id: str
    title: str
    skills: int
    hard: int
    soft: int
    loops: int


MAX_SKILLS = 200  # skills of one role (docs/formats.md); real postings list fewer than 60


def import_role_file(
    db: Database,
    path: Path,
    *,
    title: str | None = None,
    on_duplicate: OnDuplicate = "reuse",
    as_new: bool = False,
) -> RoleView:
    from interview_planner.jd.parser import read_job_description

    text_ = read_job_description(path)
    return import_role(
        db, text_=text_, source_name=_readable_path(path), title=title, on_duplicate="new" if as_new else on_duplicate
    )


def _readable_path(path: Path) -> str:
    """``path`` as text a database stores: a file name's bytes that are no UTF-8 (kept by Python as lone surrogates,
    which no database encodes) shown as U+FFFD (round 34: "rôle.md" saved in Latin-1 stopped the import)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def import_role(
    db: Database,
    *,
    text_: str,
    source_name: str = "",
    title: str | None = None,
    on_duplicate: OnDuplicate = "reuse",
) -> RoleView:
    """Parse, link and store a role with its skills in one transaction.

    When a role was imported from the same text (see :func:`normalised_posting`),
    ``on_duplicate`` decides: ``reuse`` returns that role, ``new-version`` stores
    a new role titled "<title> (version N)", ``new`` a new role as if none
    existed, ``ask`` raises :class:`DuplicatePostingError`. ``imported`` in the
    result says which happened.
    """
    from interview_planner.jd.parser import NoRequirementsFound, parse_job_description
    from interview_planner.services.splitting import split_by_skill

    notice = None
    try:
        # (a text past the limit below is refused as soon as that is sure: 1 MB of requirements is no posting)
        parsed = parse_job_description(text_, source_name=source_name or None, most=MAX_SKILLS)
    except NoRequirementsFound as exc:  # keep the posting: the user adds the skills by hand
        parsed = exc.parsed
        notice = NO_REQUIREMENTS_NOTICE
    if len(parsed.skills) > MAX_SKILLS:
        raise InputError(
            f"the posting lists {len(parsed.skills):,} skills; a role holds at most {MAX_SKILLS} "
            "(is this one posting?)",
            file=source_name or None,
        )
    role_title = (title or parsed.title or _title_from_name(source_name)).strip()
    if not role_title:
        raise InputError("the posting has no recognisable title; pass --title", file=source_name or None)
    with db.write() as session:
        previous = _same_posting(session, text_)
        action = "new"
        if previous is not None and on_duplicate == "ask":
            raise DuplicatePostingError(previous.id, previous.title)
        if previous is not None and on_duplicate == "reuse":
            return role_view(session, previous.id).model_copy(update={"imported": "reused"})
        if previous is not None and on_duplicate == "new-version":
            role_title, action = _next_version_title(session, previous.title), "new-version"
        # (round 36) a requirement joining phrases that name different skills becomes one per skill (not a line a
        # person corrected in an earlier role: the correction is applied to it whole, as before)
        corrections = remembered_corrections(session, parsed.skills)
        corrected = [i for i, fix in enumerate(corrections) if fix is not None]
        split = split_by_skill(session, parsed.skills, most=MAX_SKILLS, keep=corrected)
        # (nothing split: the same lines and parts, so the same corrections; else each side is looked up anew)
        known = corrections if len(split) == len(parsed.skills) else None
        parsed = parsed.model_copy(update={"skills": split})
        role, remembered = _store(session, parsed, role_title, source_name, text_, known)
        return role_view(session, role.id).model_copy(
            update={
                "imported": action,
                "notice": notice,
                "remembered": remembered,
                "more_postings": parsed.more_postings,
            }
        )


def _same_posting(session: Session, text_: str) -> Role | None:
    wanted = normalised_posting(text_)
    rows = session.execute(text("SELECT id, source_text FROM role ORDER BY created_at DESC")).all()
    match = next((r.id for r in rows if r.source_text and normalised_posting(r.source_text) == wanted), None)
    return session.get(Role, match) if match is not None else None


def _next_version_title(session: Session, title: str) -> str:
    base = re.sub(r"\s*\(version \d+\)$", "", title)
    taken = {t.casefold() for t in session.execute(text("SELECT title FROM role")).scalars()}
    number = 2
    while f"{base} (version {number})".casefold() in taken:
        number += 1
    return f"{base} (version {number})"


def _title_from_name(source_name: str) -> str:
    """A title when the posting states none: its file name ("senior-sre_berlin.md" -> "Senior sre berlin")."""
    stem = re.sub(r"[-_\s]+", " ", Path(source_name).stem if source_name else "").strip()
    stem = re.sub(r"^\d+\s+", "", stem)
    return stem[:1].upper() + stem[1:]


def _store(
    session: Session,
    parsed: ParsedJobDescription,
    title: str,
    source_name: str,
    source_text: str,
    corrections: Sequence[Correction | None] | None = None,
) -> tuple[Role, int]:
    """The new role with its skills, and how many of them took a correction remembered from an earlier role
    (``corrections``: those of ``parsed.skills`` when already looked up; they depend on each line and part only)."""
    salary = parsed.salary
    role = Role(
        title=title,
        source_name=source_name,
        source_text=source_text,
        salary_min=salary.minimum if salary else None,
        salary_max=salary.maximum if salary else None,
        salary_currency=salary.currency if salary else None,
    )
    session.add(role)
    links = link_requirements(session, [(s.source, s.name, s.kind, s.part) for s in parsed.skills])
    skills = _kinds_of_their_skills(session, parsed.skills, links)
    if corrections is None:
        corrections = remembered_corrections(session, skills)
    for position, (req, link, fix) in enumerate(zip(skills, links, corrections, strict=True)):
        read: dict[str, Any] = {"name": req.name, "kind": req.kind, "priority": req.priority, "part": req.part}
        if fix is not None:
            read["remembered"] = True  # what the parser read, then a person's fix on top
        row = RoleSkill(
            role_id=role.id,
            position=position,
            name=req.name,
            kind=req.kind,
            priority=req.priority,
            source_text=req.source,
            source_line=req.line,
            catalogue_skill_id=link.skill_id,
            match_score=link.score,
            parsed=read,
            source_key=source_key(req.source),
        )
        if fix is not None:
            fix.apply(row)
        session.add(row)
    session.flush()
    return role, sum(fix is not None for fix in corrections)


def _kinds_of_their_skills(
    session: Session, skills: Sequence[SkillRequirement], links: Sequence[Link]
) -> list[SkillRequirement]:
    """(Round 34) A requirement whose kind no word decided (``kind_reason`` "default": hard) takes the kind of the
    catalogue skill it is surely linked to ("Orientación al cliente" is customer focus, a soft skill): the
    catalogue's words in every language know more ways of saying a soft skill than the lexicon's kind lists. Not
    by a link that needs review (a guess should not turn the kind too), nor for a requirement that names a product,
    a tool or a method by its name ("Experience with Jira", "Scrum", "… protocols such as CAN and MQTT": a
    capitalised word after the first, a digit, or a name of one word)."""
    if not any(s.kind_reason == "default" for s in skills):
        return list(skills)
    kinds: dict[str, str] = {row.id: row.kind for row in session.execute(text("SELECT id, kind FROM catalogue_skill"))}
    return [
        skill.model_copy(update={"kind": kind, "kind_reason": f"the catalogue skill it names ({link.slug}) is {kind}"})
        if skill.kind_reason == "default"
        and link.skill_id is not None
        and not link.needs_review
        and _names_no_product(skill)
        and (kind := kinds.get(link.skill_id)) not in (None, skill.kind)
        else skill
        for skill, link in zip(skills, links, strict=True)
    ]


def _names_no_product(skill: SkillRequirement) -> bool:
    """Whether a requirement says no name of a thing: its name is more than one word, and its source has no
    capitalised word after its first and no digit (German capitalises every noun: its lines are left alone)."""
    from interview_planner.jd.parser import NAMES_A_THING  # (the parser, imported when a posting is read)

    source = " ".join(skill.source.lstrip("-*•·+ \t").split())
    return " " in skill.name.strip() and NAMES_A_THING.search(source) is None


@dataclass(frozen=True)
class Correction:
    """What a person changed on a requirement of an earlier role, against what the parser read there."""

    name: str | None = None
    kind: str | None = None
    priority: str | None = None
    relinked: bool = False  # the catalogue link was set by hand (to ``catalogue_skill_id``, None: no link)
    catalogue_skill_id: str | None = None

    def apply(self, row: RoleSkill) -> None:
        row.name = self.name or row.name
        row.kind = self.kind or row.kind
        row.priority = self.priority or row.priority
        if self.relinked:  # the person's link, as sure as when they set it
            row.catalogue_skill_id, row.match_score = self.catalogue_skill_id, None


def remembered_corrections(session: Session, skills: Sequence[SkillRequirement]) -> list[Correction | None]:
    """For each requirement, the correction a person made to the same requirement (same line, same part of
    it) in the latest earlier role that has it, or None: a line corrected once is read the same way again, in a
    new version of the posting or in another posting that shares it. Only what the person changed is taken;
    a link to a skill since retired is not."""
    wanted = [(source_key(s.source), normalised_posting(s.part or "")) for s in skills]
    keys = sorted({key for key, _ in wanted})
    if not keys:
        return [None for _ in skills]
    # the roles that have one of these lines, newest first (from the index alone: source_key is set with parsed);
    # then their requirements, a few roles at a time, until each requirement's latest role is found
    role_ids = (
        session.execute(
            text(
                "SELECT r.id FROM role r WHERE r.id IN (SELECT rs.role_id FROM role_skill rs "
                "WHERE rs.source_key IN :keys) ORDER BY r.created_at DESC, r.id"
            ).bindparams(bindparam("keys", expanding=True)),
            {"keys": keys},
        )
        .scalars()
        .all()
    )
    missing = set(wanted)
    latest: dict[tuple[str, str], Correction | None] = {}
    for first in range(0, len(role_ids), ROLES_PER_READ):
        batch = role_ids[first : first + ROLES_PER_READ]
        rows = session.execute(
            text(
                "SELECT rs.role_id, rs.source_key, rs.name, rs.kind, rs.priority, rs.catalogue_skill_id, "
                "rs.match_score, rs.parsed, cs.retired FROM role_skill rs "
                "LEFT JOIN catalogue_skill cs ON cs.id = rs.catalogue_skill_id "
                "WHERE rs.role_id IN :roles AND rs.source_key IN :keys AND rs.parsed IS NOT NULL ORDER BY rs.position"
            ).bindparams(bindparam("roles", expanding=True), bindparam("keys", expanding=True)),
            {"roles": batch, "keys": keys},
        ).all()
        order = {role_id: index for index, role_id in enumerate(batch)}
        for row in sorted(rows, key=lambda r: order[r.role_id]):
            parsed = from_json(row.parsed) or {}
            key = (row.source_key, normalised_posting(parsed.get("part") or ""))
            if key not in latest:  # the latest role with this requirement decides, corrected or not
                latest[key] = _correction(row, parsed)
                missing.discard(key)
        if not missing:
            break
    return [latest.get(key) for key in wanted]


ROLES_PER_READ = 8  # roles whose requirements are read at once while looking for the latest of each line
_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦‣–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+", re.IGNORECASE)
SOURCE_KEY_CHARS = 300  # an index entry stays small; 300 characters tell requirement lines apart


def source_key(source: str) -> str:
    """A requirement's line as imports compare it: without its bullet or number, whitespace runs as one space,
    Unicode NFC, case folded ("- Python  3" and "* python 3" are one line)."""
    return normalised_posting(_BULLET.sub("", source))[:SOURCE_KEY_CHARS]


def _correction(row: Any, parsed: dict[str, Any]) -> Correction | None:
    relinked = row.match_score is None and not row.retired
    fix = Correction(
        name=row.name if row.name != parsed.get("name") else None,
        kind=row.kind if row.kind != parsed.get("kind") else None,
        priority=row.priority if row.priority != parsed.get("priority") else None,
        relinked=relinked,
        catalogue_skill_id=row.catalogue_skill_id if relinked else None,
    )
    return fix if fix != Correction() else None


def needs_review(slug: str | None, confidence: float | None) -> bool:
    """An automatic link a person should check: weak or tied, or none where some evidence was found."""
    if confidence is None:
        return False  # chosen by hand
    if slug is None:
        return confidence >= UNLINKED_REVIEW_FROM
    return confidence < REVIEW_BELOW


def resolve_role(session: Session, ref: str) -> str:
    return resolve(session, "role", "title", ref, what="role")


def get_role(db: Database, ref: str) -> RoleView:
    with db.read() as session:
        return role_view(session, resolve_role(session, ref))


def role_view(session: Session, role_id: str) -> RoleView:
    role = session.get(Role, role_id)
    if role is None:
        raise NotFoundError(f"no role {role_id!r}")
    rows = session.execute(
        text(
            "SELECT rs.*, cs.slug, cs.name AS cat_name, "
            "(SELECT count(*) FROM question_skill qs WHERE qs.skill_id = rs.catalogue_skill_id) AS questions, "
            "EXISTS (SELECT 1 FROM rubric r WHERE r.skill_id = rs.catalogue_skill_id) AS has_rubric, "
            "(SELECT count(*) FROM rating rt WHERE rt.role_skill_id = rs.id) AS ratings "
            "FROM role_skill rs LEFT JOIN catalogue_skill cs ON cs.id = rs.catalogue_skill_id "
            "WHERE rs.role_id = :r ORDER BY rs.position"
        ),
        {"r": role_id},
    ).all()
    skills = [_skill_view(r, from_json(r.parsed) or {}) for r in rows]
    info = RoleInfo(
        id=role.id,
        title=role.title,
        salary_min=role.salary_min,
        salary_max=role.salary_max,
        salary_currency=role.salary_currency,
        source_name=role.source_name,
        version=role.version,
    )
    return RoleView(role=info, skills=skills)


def _skill_view(r: Any, parsed: dict[str, Any]) -> RoleSkillView:
    """A role skill row as shown; ``parsed``: what the parser read in its line (empty: added by hand)."""
    return RoleSkillView(
        id=r.id,
        position=r.position,
        name=r.name,
        kind=r.kind,
        priority=r.priority,
        source=r.source_text,
        source_line=r.source_line,
        part=parsed.get("part"),
        remembered=bool(parsed.get("remembered")),
        catalogue_skill=r.slug,
        catalogue_name=r.cat_name,
        match_score=r.match_score,
        confidence=r.match_score,
        needs_review=needs_review(r.slug, r.match_score),
        questions=r.questions or 0,
        has_rubric=bool(r.has_rubric),
        ratings=r.ratings or 0,
    )


def role_source(db: Database, role: str) -> str:
    """The job description text the role was imported from (empty for a role made by hand)."""
    with db.read() as session:
        row = session.get(Role, resolve_role(session, role))
        return row.source_text if row is not None else ""


def delete_role(db: Database, *, role: str, expected_version: int | None = None) -> None:
    """Delete a role with its skills and loops; refused while candidates are in one of its loops."""
    with db.write() as session:
        delete_role_in(session, role=role, expected_version=expected_version)


def delete_role_in(session: Session, *, role: str, expected_version: int | None = None) -> str:
    role_id = resolve_role(session, role)
    busy = session.execute(
        text("SELECT count(*) FROM candidate c JOIN loop l ON l.id = c.loop_id WHERE l.role_id = :r"),
        {"r": role_id},
    ).scalar_one()
    if busy:
        raise ConflictError(f"{busy} candidate(s) are in loops of this role; erase them first")
    session.delete(_bump(session, role_id, expected_version))
    session.flush()
    return role_id


def list_roles(db: Database) -> list[RoleSummary]:
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT r.id, r.title, "
                "(SELECT count(*) FROM role_skill s WHERE s.role_id = r.id) AS skills, "
                "(SELECT count(*) FROM role_skill s WHERE s.role_id = r.id AND s.kind = 'hard') AS hard, "
                "(SELECT count(*) FROM role_skill s WHERE s.role_id = r.id AND s.kind = 'soft') AS soft, "
                "(SELECT count(*) FROM loop l WHERE l.role_id = r.id) AS loops "
                "FROM role r ORDER BY r.created_at"
            )
        ).all()
    return [RoleSummary(id=r.id, title=r.title, skills=r.skills, hard=r.hard, soft=r.soft, loops=r.loops) for r in rows]


# --- editing (each call one transaction; the UI wraps them in undo commands) ----


class SkillEdit(BaseModel):
    """New values for a role skill; None leaves a field as it is."""

    name: str | None = None
    kind: str | None = None
    priority: str | None = None
    catalogue_skill: str | None = None  # slug; "" unlinks


def update_role_skill(
    db: Database, *, role_skill_id: str, edit: SkillEdit, expected_version: int | None = None
) -> RoleView:
    with db.write() as session:
        skill = update_role_skill_in(session, role_skill_id=role_skill_id, edit=edit, expected_version=expected_version)
        return role_view(session, skill.role_id)


def update_role_skill_in(
    session: Session, *, role_skill_id: str, edit: SkillEdit, expected_version: int | None = None
) -> RoleSkill:
    skill = _role_skill(session, role_skill_id)
    _bump(session, skill.role_id, expected_version)
    _apply_edit(session, skill, edit)
    session.add(skill)
    session.flush()
    return skill


def _apply_edit(session: Session, skill: RoleSkill, edit: SkillEdit) -> None:
    if edit.name is not None:
        if not edit.name.strip():
            raise InputError("a skill needs a name", field="name")
        skill.name = edit.name.strip()
    if edit.kind is not None:
        skill.kind = _choice(edit.kind, ("hard", "soft"), "kind")
    if edit.priority is not None:
        skill.priority = _choice(edit.priority, ("must", "nice"), "priority")
    if edit.catalogue_skill is not None:
        skill.catalogue_skill_id = _catalogue_id(session, edit.catalogue_skill) if edit.catalogue_skill else None
        skill.match_score = None


def add_role_skill(
    db: Database,
    *,
    role_id: str,
    name: str,
    kind: str,
    priority: str = "must",
    catalogue_skill: str | None = None,
    position: int | None = None,
    expected_version: int | None = None,
) -> RoleSkillView:
    with db.write() as session:
        skill = add_role_skill_in(
            session,
            role_id=role_id,
            name=name,
            kind=kind,
            priority=priority,
            catalogue_skill=catalogue_skill,
            position=position,
            expected_version=expected_version,
        )
        return next(s for s in role_view(session, role_id).skills if s.id == skill.id)


def add_role_skill_in(
    session: Session,
    *,
    role_id: str,
    name: str,
    kind: str,
    priority: str = "must",
    catalogue_skill: str | None = None,
    position: int | None = None,
    expected_version: int | None = None,
) -> RoleSkill:
    _bump(session, role_id, expected_version)
    last = session.execute(text("SELECT max(position) FROM role_skill WHERE role_id = :r"), {"r": role_id}).scalar_one()
    skill = RoleSkill(
        role_id=role_id,
        position=(-1 if last is None else last) + 1 if position is None else position,
        name=name.strip(),
        kind=_choice(kind, ("hard", "soft"), "kind"),
        priority=_choice(priority, ("must", "nice"), "priority"),
        source_text=name.strip(),
        catalogue_skill_id=_catalogue_id(session, catalogue_skill) if catalogue_skill else None,
    )
    if not skill.name:
        raise InputError("a skill needs a name", field="name")
    session.add(skill)
    session.flush()
    return skill


def remove_role_skill(db: Database, *, role_skill_id: str, expected_version: int | None = None) -> RoleView:
    with db.write() as session:
        role_id = remove_role_skill_in(session, role_skill_id=role_skill_id, expected_version=expected_version)
        return role_view(session, role_id)


def remove_role_skill_in(session: Session, *, role_skill_id: str, expected_version: int | None = None) -> str:
    """Remove a role skill (its stage assignments and ratings go with it); returns the role's id."""
    skill = _role_skill(session, role_skill_id)
    _bump(session, skill.role_id, expected_version)
    session.delete(skill)
    session.flush()
    return skill.role_id


def _role_skill(session: Session, role_skill_id: str) -> RoleSkill:
    skill = session.get(RoleSkill, role_skill_id)
    if skill is None:
        raise NotFoundError(f"no role skill {role_skill_id!r}")
    return skill


def _bump(session: Session, role_id: str, expected_version: int | None) -> Role:
    return bump_version(session, Role, role_id, expected_version, what="role", label="title")


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    value = value.strip().lower()
    if value not in allowed:
        raise InputError(f"must be one of {', '.join(allowed)} (got {value!r})", field=field)
    return value


def _catalogue_id(session: Session, slug: str) -> str:
    row = session.execute(
        text("SELECT id FROM catalogue_skill WHERE slug = :s OR lower(name) = lower(:s)"), {"s": slug}
    ).first()
    if row is None:
        raise NotFoundError(f"no catalogue skill {slug!r}")
    return str(row.id)


# --- question suggestions -----------------------------------------------------------


def resolve_role_skill(session: Session, ref: str) -> str:
    """A role skill by id, or 'ROLE:SKILL NAME'."""
    if ":" in ref and not session.get(RoleSkill, ref):
        role_ref, _, skill_ref = ref.partition(":")
        return resolve_skill_of_role(session, role_ref, skill_ref)
    return resolve(session, "role_skill", "name", ref, what="role skill")


def resolve_skill_of_role(session: Session, role: str, skill: str) -> str:
    """A skill of one role (by id or title) by its id, its name or its number in the role (1 is the first)."""
    role_id = resolve_role(session, role)
    if skill.strip().isdigit() and int(skill) >= 1:
        found = session.execute(
            text("SELECT id FROM role_skill WHERE role_id = :r ORDER BY position LIMIT 1 OFFSET :n"),
            {"r": role_id, "n": int(skill) - 1},
        ).first()
        if found is not None:
            return str(found.id)
    return resolve(
        session, "role_skill", "name", skill, what="role skill", where="role_id = :role", params={"role": role_id}
    )


def suggest_questions(db: Database, role_skill_ref: str, *, query: str = "", limit: int = 10) -> list[QuestionView]:
    """Bank questions for a role skill, best first: its catalogue skill's questions ranked by how well
    they match the requirement's own words (FTS5 bm25), the primary-skill questions first."""
    with db.read() as session:
        skill = session.get(RoleSkill, resolve_role_skill(session, role_skill_ref))
        assert skill is not None
        if skill.catalogue_skill_id is None:
            words = query or skill.source_text
            return search_in_session(session, words, limit=limit, any_term=True)
        words = f"{query} {skill.name} {skill.source_text}".strip()
        hits = search_in_session(session, words, skills=[skill.catalogue_skill_id], limit=limit, any_term=True)
        if len(hits) < limit:
            seen = {h.id for h in hits}
            hits += [
                q
                for q in search_in_session(session, "", skills=[skill.catalogue_skill_id], limit=limit * 3)
                if q.id not in seen
            ][: limit - len(hits)]
        return hits
