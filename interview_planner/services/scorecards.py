"""Scorecards: drafts that save on every change, submission, logged amendments, visibility.

A scorecard belongs to one interview (candidate x stage x interviewer). It
rates the skills its stage assesses (1 Strong no … 4 Strong yes), with
evidence per skill, key take-aways, private notes and an overall
recommendation. A skill the interviewer could not assess is marked *not
assessed* with a short reason (rating None plus the reason); a skill with
neither is *not rated* yet. Only a complete scorecard can be submitted: every
skill rated or marked not assessed, and an overall recommendation. Once
submitted it is immutable except through :func:`amend`, which records the
reason and the before/after values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, computed_field
from sqlalchemy import text
from sqlmodel import Session, select

from interview_planner.db.database import Database
from interview_planner.db.models import Interview, Rating, Scorecard, ScorecardAmendment, utcnow
from interview_planner.errors import ConflictError, InputError, NotFoundError
from interview_planner.packets.model import InterviewerPacket
from interview_planner.scoring.model import RECOMMENDATION_VALUE

Status = Literal["draft", "submitted"]


RatingState = Literal["rated", "not_assessed", "unrated"]


class RatingView(BaseModel):
    skill_id: str
    skill: str
    priority: str
    rating: int | None
    evidence: str
    not_assessed_reason: str = ""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def state(self) -> RatingState:
        if self.rating is not None:
            return "rated"
        return "not_assessed" if self.not_assessed_reason.strip() else "unrated"


class ScorecardView(BaseModel):
    id: str
    interview_id: str
    candidate: str
    candidate_id: str
    stage: str
    stage_id: str
    interviewer: str
    interviewer_id: str
    status: Status
    overall: str | None
    key_takeaways: str
    private_notes: str
    ratings: list[RatingView]
    updated_at: datetime
    submitted_at: datetime | None
    version: int
    amendments: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def missing(self) -> list[str]:
        """What stops this scorecard from being submitted, for people: skill names, then the overall."""
        return submission_gaps(self.ratings, self.overall)


def submission_gaps(ratings: list[RatingView], overall: str | None) -> list[str]:
    gaps = [r.skill for r in ratings if r.state == "unrated"]
    if overall is None:
        gaps.append("overall recommendation")
    return gaps


def incomplete_message(view: ScorecardView, gaps: list[str]) -> str:
    """One line naming the candidate, the stage, the interviewer and what is missing."""
    skills = [g for g in gaps if g != "overall recommendation"]
    parts = []
    if skills:
        parts.append("not rated and not marked not assessed: " + ", ".join(f"'{name}'" for name in skills))
    if "overall recommendation" in gaps:
        parts.append("no overall recommendation")
    return (
        f"{view.interviewer}'s scorecard for {view.candidate} ({view.stage}) is incomplete, "
        f"{'; '.join(parts)}; rate each skill 1-4 or mark it not assessed with a reason"
    )


class IncompleteScorecard(InputError):
    """A submission that lacks ratings or an overall recommendation; the scorecard stays a draft."""

    def __init__(self, view: ScorecardView, gaps: list[str]) -> None:
        self.gaps = gaps
        super().__init__(incomplete_message(view, gaps))


class ScorecardPatch(BaseModel):
    """Changes to a scorecard; fields left None stay as they are.

    ``clear_overall`` removes a draft's overall recommendation (undoing the first choice);
    a submitted scorecard always keeps one. ``not_assessed`` marks skills not assessed with a
    reason (an empty reason un-marks them); a rating of 1-4 clears the mark.
    """

    ratings: dict[str, int | None] = Field(default_factory=dict)  # role skill id -> 1..4 or None (not rated)
    evidence: dict[str, str] = Field(default_factory=dict)
    not_assessed: dict[str, str] = Field(default_factory=dict)  # role skill id -> why it was not assessed
    overall: str | None = None
    clear_overall: bool = False
    key_takeaways: str | None = None
    private_notes: str | None = None

    def is_empty(self) -> bool:
        return (
            not (self.ratings or self.evidence or self.not_assessed)
            and self.overall is None
            and not self.clear_overall
            and self.key_takeaways is None
            and self.private_notes is None
        )


# --- reading ----------------------------------------------------------------------


def interview_skills(session: Session, interview_id: str) -> list[tuple[str, str, str]]:
    """(role skill id, name, priority) assessed by the interview's stage, in role order."""
    return [
        (r.id, r.name, r.priority)
        for r in session.execute(
            text(
                "SELECT rs.id, rs.name, rs.priority FROM interview i JOIN stage_skill ss ON ss.stage_id = i.stage_id "
                "JOIN role_skill rs ON rs.id = ss.role_skill_id WHERE i.id = :i ORDER BY rs.position"
            ),
            {"i": interview_id},
        )
    ]


def get_scorecard(db: Database, interview_id: str) -> ScorecardView:
    """The interview's scorecard (an empty draft view if none was saved yet)."""
    with db.read() as session:
        return scorecard_view(session, interview_id)


def reference(db: Database, interview_id: str) -> InterviewerPacket:
    """What the interviewer reads while scoring: the content of their printed packet (the stage's
    questions with follow-ups and signals, each assessed skill with its 4-level rubric).

    Read in one transaction by the same code as the PDF, so the screen and the paper agree.
    """
    from interview_planner.services.packet_content import interviewer_packet  # the loop and planner: on first use

    with db.read() as session:
        return interviewer_packet(session, interview_id)


def scorecard_view(session: Session, interview_id: str, *, written: _Written | None = None) -> ScorecardView:
    """The scorecard as the app shows it. ``written`` is what a save in this transaction has just
    read and written (the card, its ratings, the stage's skills): passed, they are not read again."""
    head = session.execute(
        text(
            "SELECT i.id, c.name AS candidate, c.id AS candidate_id, s.name AS stage, s.id AS stage_id, "
            "p.name AS interviewer, p.id AS interviewer_id FROM interview i JOIN candidate c ON c.id = i.candidate_id "
            "JOIN stage s ON s.id = i.stage_id JOIN interviewer p ON p.id = i.interviewer_id WHERE i.id = :i"
        ),
        {"i": interview_id},
    ).first()
    if head is None:
        raise NotFoundError("no such interview: it was deleted or belongs to another database")
    card: Scorecard | None
    if written is not None:
        card, stored, skills = written.card, written.stored, written.skills
    else:
        card = _card(session, interview_id)
        stored = _stored(session, card.id) if card else {}
        skills = interview_skills(session, interview_id)
    ratings = [
        RatingView(
            skill_id=sid,
            skill=name,
            priority=prio,
            rating=stored[sid].rating if sid in stored else None,
            evidence=stored[sid].evidence if sid in stored else "",
            not_assessed_reason=stored[sid].not_assessed_reason if sid in stored else "",
        )
        for sid, name, prio in skills
    ]
    amendments = (
        session.execute(
            text("SELECT count(*) FROM scorecard_amendment WHERE scorecard_id = :c"), {"c": card.id}
        ).scalar_one()
        if card and card.status != "draft"  # only a submitted card is amended, and it stays submitted
        else 0
    )
    return ScorecardView(
        id=card.id if card else "",
        interview_id=interview_id,
        candidate=head.candidate,
        candidate_id=head.candidate_id,
        stage=head.stage,
        stage_id=head.stage_id,
        interviewer=head.interviewer,
        interviewer_id=head.interviewer_id,
        status=card.status if card else "draft",
        overall=card.overall if card else None,
        key_takeaways=card.key_takeaways if card else "",
        private_notes=card.private_notes if card else "",
        ratings=ratings,
        updated_at=_aware(card.updated_at) if card else utcnow(),
        submitted_at=_aware(card.submitted_at) if card and card.submitted_at else None,
        version=card.version if card else 0,
        amendments=amendments,
    )


def _card(session: Session, interview_id: str) -> Scorecard | None:
    return session.exec(select(Scorecard).where(Scorecard.interview_id == interview_id)).first()


def _stored(session: Session, card_id: str) -> dict[str, Rating]:
    return {r.role_skill_id: r for r in session.exec(select(Rating).where(Rating.scorecard_id == card_id)).all()}


@dataclass
class _Written:
    """What a save read and wrote in its transaction, so the view it returns needs no second read."""

    card: Scorecard
    stored: dict[str, Rating]
    skills: list[tuple[str, str, str]]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- writing ----------------------------------------------------------------------


def save_draft(
    db: Database, *, interview_id: str, patch: ScorecardPatch, expected_version: int | None = None
) -> ScorecardView:
    """Apply a change to a draft (creating it on first save). One transaction."""
    with db.write() as session:
        card = _draft(session, interview_id, expected_version)
        written = _apply(session, card, patch)
        return scorecard_view(session, interview_id, written=written)


def submit(
    db: Database,
    *,
    interview_id: str,
    patch: ScorecardPatch | None = None,
    expected_version: int | None = None,
    source: str = "app",
) -> ScorecardView:
    """Apply the last changes and submit; the scorecard then becomes read-only.

    Raises:
        IncompleteScorecard: a skill is neither rated nor marked not assessed, or there is no
            overall recommendation; the changes are saved and the scorecard stays a draft.
    """
    with db.write() as session:
        card = write_draft(session, interview_id, patch or ScorecardPatch(), expected_version=expected_version)
        view = scorecard_view(session, interview_id)
        gaps = view.missing
        if not gaps:
            card.status, card.submitted_at, card.source = "submitted", utcnow(), source
            session.add(card)
            session.flush()
            return scorecard_view(session, interview_id)
    raise IncompleteScorecard(view, gaps)


def amend(db: Database, *, interview_id: str, patch: ScorecardPatch, reason: str) -> ScorecardView:
    """Change a submitted scorecard; the reason and before/after values are logged."""
    with db.write() as session:
        write_amendment(session, interview_id, patch, reason)
        return scorecard_view(session, interview_id)


def write_draft(
    session: Session,
    interview_id: str,
    patch: ScorecardPatch,
    *,
    expected_version: int | None = None,
    submit_as: str | None = None,
) -> Scorecard:
    """Inside a transaction: apply ``patch`` to the draft and, with ``submit_as`` (the source), submit it."""
    card = _draft(session, interview_id, expected_version)
    _apply(session, card, patch)
    if submit_as is not None:
        _check_submittable(session, card)
        card.status, card.submitted_at, card.source = "submitted", utcnow(), submit_as
        session.add(card)
        session.flush()
    return card


def write_amendment(session: Session, interview_id: str, patch: ScorecardPatch, reason: str) -> Scorecard:
    """Inside a transaction: change a submitted scorecard and log the reason with before/after values."""
    if not reason.strip():
        raise InputError("an amendment needs a reason", field="reason")
    session.get(Interview, interview_id, with_for_update=True)
    card = _card(session, interview_id)
    if card is None or card.status != "submitted":
        raise ConflictError("only a submitted scorecard can be amended; edit the draft instead")
    # The database lets a submitted scorecard change only while an amendment of it is open (schema 6):
    # open it, change the card, close it with the values after; all in this one transaction.
    entry = ScorecardAmendment(
        scorecard_id=card.id, reason=reason.strip(), before=snapshot(session, card), closed=False
    )
    session.add(entry)
    session.flush()
    _apply(session, card, patch, allow_submitted=True)
    _check_submittable(session, card)
    entry.after, entry.closed = snapshot(session, card), True
    session.add(entry)
    session.flush()
    return card


def _draft(session: Session, interview_id: str, expected_version: int | None) -> Scorecard:
    # Locking the interview serialises every save of its scorecard (PostgreSQL; SQLite writes are serial).
    if session.get(Interview, interview_id, with_for_update=True) is None:
        raise NotFoundError("no such interview: it was deleted or belongs to another database")
    card = _card(session, interview_id)
    if card is None:
        card = Scorecard(interview_id=interview_id)
        session.add(card)
        session.flush()
    elif card.status == "submitted":
        raise ConflictError("this scorecard was already submitted; amend it with a reason instead")
    elif expected_version is not None and card.version != expected_version:
        raise ConflictError(
            f"this scorecard was changed elsewhere (version {card.version}, you edited version "
            f"{expected_version}); reload it before saving"
        )
    return card


def _apply(session: Session, card: Scorecard, patch: ScorecardPatch, *, allow_submitted: bool = False) -> _Written:
    if card.status == "submitted" and not allow_submitted:
        raise ConflictError("this scorecard was already submitted")
    skills = interview_skills(session, card.interview_id)
    allowed = {sid for sid, _, _ in skills}
    touched = set(patch.ratings) | set(patch.evidence) | set(patch.not_assessed)
    for sid in touched:
        if sid not in allowed:
            view = scorecard_view(session, card.interview_id)
            raise InputError(
                f"a skill that {view.stage} does not assess was given for {view.candidate} "
                f"(this stage assesses: {', '.join(r.skill for r in view.ratings)})",
                field="ratings",
            )
    stored = _stored(session, card.id)
    for sid in sorted(touched):
        stored[sid] = _set_rating(session, card.id, sid, patch, stored.get(sid))
    if patch.clear_overall:
        if patch.overall is not None:
            raise InputError("a change either sets or clears the overall recommendation, not both", field="overall")
        if card.status == "submitted":
            raise InputError("a submitted scorecard keeps an overall recommendation; choose another", field="overall")
        card.overall = None
    elif patch.overall is not None:
        card.overall = validate_overall(patch.overall)
    if patch.key_takeaways is not None:
        card.key_takeaways = patch.key_takeaways
    if patch.private_notes is not None:
        card.private_notes = patch.private_notes
    card.version += 1
    card.updated_at = utcnow()
    session.add(card)
    session.flush()
    return _Written(card, stored, skills)


def _set_rating(session: Session, card_id: str, sid: str, patch: ScorecardPatch, row: Rating | None) -> Rating:
    row = row or Rating(scorecard_id=card_id, role_skill_id=sid, not_assessed_reason="")
    if sid in patch.ratings:
        row.rating = validate_rating(patch.ratings[sid])
        if row.rating is not None:
            row.not_assessed_reason = ""
    if sid in patch.not_assessed:
        if patch.ratings.get(sid) is not None:
            raise InputError("a skill is either rated 1-4 or marked not assessed, not both", field="ratings")
        row.rating, row.not_assessed_reason = None, " ".join(patch.not_assessed[sid].split())
    if sid in patch.evidence:
        row.evidence = patch.evidence[sid]
    session.add(row)
    return row


def validate_rating(value: Any) -> int | None:
    if isinstance(value, bool | float):
        raise InputError(f"a rating is 1, 2, 3, 4 or na (got {value!r})", field="rating")
    if value is None or (isinstance(value, str) and value.strip().lower() in {"na", "n/a", ""}):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InputError(f"a rating is 1, 2, 3, 4 or na (got {value!r})", field="rating") from None
    if number not in (1, 2, 3, 4) or str(value).strip() not in {str(number)}:
        raise InputError(f"a rating is 1, 2, 3, 4 or na (got {value!r})", field="rating")
    return number


def validate_overall(value: str) -> str:
    normal = value.strip().lower().replace(" ", "_").replace("-", "_")
    if normal not in RECOMMENDATION_VALUE:
        raise InputError(
            f"the overall recommendation is one of strong_no, no, yes, strong_yes (got {value!r})", field="overall"
        )
    return normal


def _check_submittable(session: Session, card: Scorecard) -> None:
    view = scorecard_view(session, card.interview_id)
    gaps = view.missing
    if gaps:
        raise IncompleteScorecard(view, gaps)


def snapshot(session: Session, card: Scorecard) -> dict[str, Any]:
    ratings = {
        sid: {"rating": r.rating, "evidence": r.evidence, "not_assessed": r.not_assessed_reason}
        for sid, r in _stored(session, card.id).items()
    }
    return {
        "overall": card.overall,
        "key_takeaways": card.key_takeaways,
        "private_notes": card.private_notes,
        "ratings": dict(sorted(ratings.items())),
    }


# --- visibility -------------------------------------------------------------------


class SeenScorecards(BaseModel):
    """What an interviewer may see of a candidate's scorecards, and whether others' are held back."""

    cards: list[ScorecardView]
    others_hidden: bool  # the loop hides others' scorecards and the viewer has submitted none of theirs yet


def visible_scorecards(db: Database, *, candidate_id: str, viewer_interviewer_id: str) -> list[ScorecardView]:
    """What an interviewer may see of a candidate's scorecards (see :func:`scorecards_seen_by`)."""
    return scorecards_seen_by(db, candidate_id=candidate_id, viewer_interviewer_id=viewer_interviewer_id).cards


def scorecards_seen_by(db: Database, *, candidate_id: str, viewer_interviewer_id: str) -> SeenScorecards:
    """What an interviewer may see of a candidate's scorecards.

    With the loop's "hide other scorecards until you submit yours" setting on
    (the default), an interviewer sees only their own until it is submitted.
    """
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT i.id, i.interviewer_id, l.hide_scorecards_until_submitted AS hide FROM interview i "
                "JOIN candidate c ON c.id = i.candidate_id JOIN loop l ON l.id = c.loop_id WHERE i.candidate_id = :c"
            ),
            {"c": candidate_id},
        ).all()
        views = [scorecard_view(session, r.id) for r in rows]
    own = [v for v in views if v.interviewer_id == viewer_interviewer_id]
    hide = bool(rows and rows[0].hide)
    if hide and not any(v.status == "submitted" for v in own):
        return SeenScorecards(cards=own, others_hidden=True)
    seen = [v for v in views if v.interviewer_id == viewer_interviewer_id or v.status == "submitted"]
    return SeenScorecards(cards=seen, others_hidden=False)


def now_utc() -> datetime:
    return datetime.now(UTC)
