"""One requirement per catalogue skill: split a requirement whose joined phrases name different skills (round 36).

The parser splits what its words show to be several skills (lists of names, clauses apart by their own verbs).
A requirement that joins two phrases by "and" ("Can manage priorities and make progress on complex problems") may
be one skill said twice ("design and build APIs") or two; only the catalogue tells. A requirement that joins two
phrases once (:func:`interview_planner.jd.coordination.coordinations` finds one coordination in it: a line of
several "and"s is read whole, as before) is cut there: everything before "and", everything after it. Each side is
linked by its own words, and the requirement becomes two when:

* each side is linked to a skill, the two are different and neither is the other's broader skill;
* one of them is the skill the whole requirement is linked to (the split finds the skill the line's link missed;
  a side linked by a few words alone does not replace it);
* both links reach ``SIDE_MIN`` of confidence and one of them is sure (not "needs review").

(Round 37) A requirement whose one "and" joins phrases of no shape the module knows ("Strong knowledge of
microservices architecture and design patterns", "Kenntnisse über Monitoring-Systeme und maschinelles Lernen",
:func:`~interview_planner.jd.coordination.one_join`) is cut there too, and splits by the same rule but with both
sides sure, each saying a name, alias or keyword of its skill whole (a side of two or three words linked by a
definition's words alone is too often an accident: "ranking models" is no threat modelling).

Each side keeps the whole line as its ``source``, its own words as ``part`` (the words it was linked by, and is
linked by when stored), the kind its words say (a heading's kind stays; no word: the line's kind with the reason
"default", which the linked skill's kind may fill in) and the line's priority unless its words say one
(:func:`interview_planner.jd.parser.priority_of_part`). A requirement a person corrected in an earlier role (the
same line) is left whole: the correction is applied to it as before.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlmodel import Session

from interview_planner.jd.coordination import coordinations, one_join
from interview_planner.jd.model import SkillRequirement
from interview_planner.jd.parser import classify_kind, distinct_names, item_text, plain, priority_of_part, short_name
from interview_planner.services.linking import (
    REVIEW_BELOW,
    CatalogueEntry,
    Link,
    link_requirements,
    load_entries,
    says_a_term_of,
)

SIDE_MIN = 0.3  # the confidence each side's own link needs (one of the two must be sure: REVIEW_BELOW or more)


def split_by_skill(
    session: Session, skills: Sequence[SkillRequirement], *, most: int, keep: Collection[int] = ()
) -> list[SkillRequirement]:
    """``skills`` with each requirement whose coordinated phrases name different catalogue skills split in two
    (see the module doc); ``keep``: the positions of requirements left whole whatever they say. Past ``most``
    requirements no more are tried (each candidate counted as if it split)."""
    room = most - len(skills)
    # (index, left, right, loose: cut at its one join, of no shape known: both sides sure, each saying its skill)
    candidates: list[tuple[int, SkillRequirement, SkillRequirement, bool]] = []
    for index, skill in enumerate(skills):
        if room <= len(candidates) or index in keep:
            continue
        said = plain(skill.part) if skill.part else plain(item_text(skill.source))  # (the words, not the marker)
        found = coordinations(said)
        if len(found) > 1:
            continue
        joined = found[0] if found else one_join(said)
        if joined is None:
            continue
        left, right = _side(skill, said[: joined.cut[0]]), _side(skill, said[joined.cut[1] :])
        if left.name and right.name:
            candidates.append((index, left, right, not found))
    if not candidates:
        return list(skills)
    # every requirement that may split, as the import links it, and its two sides by their own words, linked at once
    rows: dict[tuple[str, str, str, str | None], int] = {}
    for index, left, right, _ in candidates:
        for row in (_row(skills[index]), _own(left), _own(right)):
            rows.setdefault(row, len(rows))
    links = link_requirements(session, list(rows))
    entries = {entry.id: entry for entry in load_entries(session)}
    chosen = {}
    for index, left, right, loose in candidates:
        whole, left_link, right_link = (links[rows[row]] for row in (_row(skills[index]), _own(left), _own(right)))
        if not _names_two_skills(whole, left_link, right_link, entries, least=REVIEW_BELOW if loose else SIDE_MIN):
            continue
        if loose and not all(
            _says_its_skill(side, link, entries) for side, link in ((left, left_link), (right, right_link))
        ):
            continue
        chosen[index] = (left, right)
    result: list[SkillRequirement] = []
    for index, skill in enumerate(skills):
        result += chosen.get(index, (skill.model_copy(),))
    return distinct_names(result)


def _row(requirement: SkillRequirement) -> tuple[str, str, str, str | None]:
    """A requirement as the import links it."""
    return (requirement.source, requirement.name, requirement.kind, requirement.part)


def _own(side: SkillRequirement) -> tuple[str, str, str, str | None]:
    """A side as linked by its own words alone (the import would fall back to the whole line's words when they name
    no skill: that is no skill of the side's; when they do, the two read the same)."""
    return (side.part or side.source, side.name, side.kind, None)


def _names_two_skills(
    whole: Link, left: Link, right: Link, entries: dict[str, CatalogueEntry], *, least: float = SIDE_MIN
) -> bool:
    if left.skill_id is None or right.skill_id is None or left.skill_id == right.skill_id:
        return False
    if whole.skill_id not in (left.skill_id, right.skill_id):
        return False
    if min(left.score, right.score) < least or max(left.score, right.score) < REVIEW_BELOW:
        return False
    return not entries[left.skill_id].related(entries[right.skill_id])


def _says_its_skill(side: SkillRequirement, link: Link, entries: dict[str, CatalogueEntry]) -> bool:
    """Whether a side says a name, an alias or a keyword of the skill it is linked to, whole: a side cut at a join
    of no known shape is two or three words, which its definition's words alone link by accident ("Ranking models":
    threat modelling; "Version control": API design)."""
    return link.skill_id is not None and says_a_term_of(entries[link.skill_id], side.part or side.source)


def _side(skill: SkillRequirement, words: str) -> SkillRequirement:
    """One side of ``skill``: its own words as ``part`` and its name, kind and priority read from them (the first
    side's words open the line: "Must have …", "Enthusiasm for sharing knowledge")."""
    part = words.strip(" ,;.-*•")
    kind, kind_reason = skill.kind, skill.kind_reason
    if not kind_reason.startswith("heading"):
        # (no word of its own: the line's kind, as no word decided it: the linked skill's kind may fill it in)
        kind, kind_reason = classify_kind(part) or (skill.kind, "default")
    priority, priority_reason = priority_of_part(part, skill)
    return skill.model_copy(
        update={
            "name": _named(part) if part else "",
            "part": part,
            "kind": kind,
            "kind_reason": kind_reason,
            "priority": priority,
            "priority_reason": priority_reason,
        }
    )


NAME_MOST_WORDS = 5
_NAME_STOPS = frozenset({"without", "while", "when", "as", "and", "or", "to", "that", "which", "who", "so", "but"})


def _named(part: str) -> str:
    """A side's short name, with the words its phrase goes on with when the name stops at its verb's first words
    ("make progress on hard problems without supervision": *Make progress on hard problems*, not *Make progress*):
    up to the word that opens another clause, or the phrase's end, within ``NAME_MOST_WORDS`` words (else the
    name as it was)."""
    name = short_name(part)
    words = name.split()
    at = part.lower().find(name.lower())  # (lower, not casefold: "ß" keeps its one character, so positions hold)
    if at < 0 or len(words) > 3:
        return name
    more: list[str] = []
    for word in part[at + len(name) :].split():
        if word.casefold().strip(",;.") in _NAME_STOPS or word.startswith(("(", "[")):
            break  # (another clause, or a remark the name leaves out: "(required)")
        if len(words) + len(more) >= NAME_MOST_WORDS:
            return name  # (the phrase goes on past the words a name holds: cut in its middle, it would say less)
        more.append(word)
        if word.endswith((",", ";", ".")):
            break
    return " ".join([name, *more]).rstrip(",;.") if more else name
