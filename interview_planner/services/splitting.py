"""One requirement per catalogue skill: split a requirement whose joined phrases name different skills (round 36).

The parser splits what its words show to be several skills (lists of names, clauses apart by their own verbs).
A requirement that joins two phrases by "and" ("Can manage priorities and make progress on complex problems") may
be one skill said twice ("design and build APIs") or two; only the catalogue tells. Here each side of a
coordination (:func:`interview_planner.jd.coordination.coordinations`) is linked by its own words, and the
requirement becomes two when:

* each side is linked to a skill, and the two are different and neither is the other's broader skill;
* both links reach ``SIDE_MIN`` of confidence and one of them is sure (not "needs review").

Each new requirement keeps the whole line as its ``source`` and its own words as ``part``, the priority of the
line and, unless a heading decided it, the kind its own words say.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from interview_planner.jd.coordination import Coordination, coordinations, requirement_text
from interview_planner.jd.model import SkillRequirement
from interview_planner.jd.parser import classify_kind, distinct_names, plain, short_name
from interview_planner.services.linking import REVIEW_BELOW, CatalogueEntry, Link, link_requirements, load_entries

SIDE_MIN = 0.3  # the confidence each side's own link needs (one of the two must be sure: REVIEW_BELOW or more)


def split_by_skill(session: Session, skills: Sequence[SkillRequirement], *, most: int) -> list[SkillRequirement]:
    """``skills`` with each requirement whose coordinated phrases name different catalogue skills split into one
    per skill (see the module doc); never more than ``most`` requirements in all (past that, the rest stay whole)."""
    candidates = []  # (index, text, coordinations)
    for index, skill in enumerate(skills):
        said = requirement_text(skill.part if skill.part else plain(skill.source))
        if found := coordinations(said):
            candidates.append((index, said, found))
    if not candidates:
        return list(skills)
    sides = [
        (side, short_name(side), skills[index].kind, None)
        for index, said, found in candidates
        for c in found
        for side in (said[c.left : c.cut[0]], said[c.cut[1] : c.end])
    ]
    links = iter(link_requirements(session, sides))
    related = {entry.id: entry for entry in load_entries(session)}
    pieces_of: dict[int, list[str]] = {}
    for index, said, found in candidates:
        cuts = [c for c in found if _names_two_skills(next(links), next(links), related)]
        if cuts:
            pieces_of[index] = _pieces(said, cuts)
    result: list[SkillRequirement] = []
    room = most - len(skills)
    for index, skill in enumerate(skills):
        pieces = pieces_of.get(index)
        if pieces is None or len(pieces) - 1 > room:
            result.append(skill)
            continue
        room -= len(pieces) - 1
        result += [_piece_requirement(skill, piece) for piece in pieces]
    return distinct_names(result)


def _names_two_skills(left: Link, right: Link, entries: dict[str, CatalogueEntry]) -> bool:
    if left.skill_id is None or right.skill_id is None or left.skill_id == right.skill_id:
        return False
    if min(left.score, right.score) < SIDE_MIN or max(left.score, right.score) < REVIEW_BELOW:
        return False
    return not entries[left.skill_id].related(entries[right.skill_id])


def _pieces(said: str, cuts: list[Coordination]) -> list[str]:
    """``said`` cut at ``cuts``: the first piece with the words before its phrase (the requirement's lead-in, which
    its name leaves out), each later one from its join to the next."""
    pieces, start = [], 0
    for c in cuts:
        pieces.append(said[start : c.cut[0]])
        start = c.cut[1]
    pieces.append(said[start:])
    return [piece.strip(" ,;.") for piece in pieces]


def _piece_requirement(skill: SkillRequirement, piece: str) -> SkillRequirement:
    kind, kind_reason = skill.kind, skill.kind_reason
    if not kind_reason.startswith("heading") and (found := classify_kind(piece)) is not None:
        kind, kind_reason = found
    return skill.model_copy(update={"name": short_name(piece), "part": piece, "kind": kind, "kind_reason": kind_reason})
