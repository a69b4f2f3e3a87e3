"""Why the rule decided as it did, and the smallest change that would have flipped it.

An automated recommendation owes the people it concerns an explanation
(GDPR Art. 22, several US state rules on automated employment decisions): which
inputs decided the outcome, and what would have had to differ. The
counterfactual is searched exactly, not guessed: every change of one rating or
one overall recommendation by one point towards the other outcome, then every
pair of such changes, then every triple (while that stays under
``MAX_COMBINATIONS`` cases), and the first size at which the decision flips is
reported, with how many alternatives of that size exist.
"""

from __future__ import annotations

from itertools import combinations

from pydantic import BaseModel

from interview_planner.scoring.decide import decide
from interview_planner.scoring.model import (
    RATING_LABELS,
    RECOMMENDATION_VALUE,
    DecisionInput,
    DecisionPolicy,
    DecisionResult,
    Reason,
    ScorecardInput,
)

VALUE_RECOMMENDATION = {v: k for k, v in RECOMMENDATION_VALUE.items()}
MAX_POINTS = 3
MAX_COMBINATIONS = 2_000  # beyond this, the search stops at the depth reached (said so in the result)


class Change(BaseModel):
    interviewer: str
    stage: str
    skill: str | None  # None: the overall recommendation
    before: int
    after: int

    def describe(self) -> str:
        what = f"'{self.skill}' rating" if self.skill else "overall recommendation"
        labels = RATING_LABELS if self.skill else {v: k.replace("_", " ") for k, v in RECOMMENDATION_VALUE.items()}
        return (
            f"{self.interviewer} ({self.stage}) {what} {self.before} {labels[self.before]} → "
            f"{self.after} {labels[self.after]}"
        )


class Counterfactual(BaseModel):
    changes: list[Change]  # the smallest change found (one alternative)
    decision: str  # what the rule would then decide
    reasons: list[str]  # and why
    alternatives: int  # how many different changes of the same size flip it


class Explanation(BaseModel):
    decision: str
    deciding: list[Reason]  # the rules that decided, with their numbers
    counterfactual: Counterfactual | None
    note: str = ""  # why there is no counterfactual, when there is none

    def lines(self) -> list[str]:
        out = [f"decision: {self.decision.upper().replace('_', ' ')}"]
        out += [f"  decided by [{r.rule}]: {r.message}" for r in self.deciding]
        if self.counterfactual is None:
            out.append(f"  counterfactual: {self.note}")
            return out
        c = self.counterfactual
        points = sum(abs(x.after - x.before) for x in c.changes)
        out.append(f"  smallest change that flips it ({points} point{'s' if points != 1 else ''}):")
        out += [f"    {x.describe()}" for x in c.changes]
        out.append(f"  would give: {c.decision.upper().replace('_', ' ')}")
        out += [f"    because: {r}" for r in c.reasons]
        if c.alternatives > 1:
            out.append(f"  ({c.alternatives} different changes of that size would flip it; the first is shown)")
        return out


def explain(data: DecisionInput, policy: DecisionPolicy | None = None) -> Explanation:
    policy = policy or DecisionPolicy()
    result = decide(data, policy)
    if result.decision == "incomplete":
        return Explanation(
            decision=result.decision,
            deciding=result.reasons,
            counterfactual=None,
            note="none: the decision is incomplete; it needs the missing scorecards and ratings, not a change",
        )
    target = "hire" if result.decision == "no_hire" else "no_hire"
    moves = _moves(data, up=target == "hire")
    found, note = _search(data, policy, moves, target)
    if not found:
        return Explanation(decision=result.decision, deciding=result.reasons, counterfactual=None, note=note)
    first = found[0]
    flipped = decide(_apply(data, first), policy)
    return Explanation(
        decision=result.decision,
        deciding=result.reasons,
        counterfactual=Counterfactual(
            changes=[_change(data, m) for m in first],
            decision=flipped.decision,
            reasons=[r.message for r in flipped.reasons],
            alternatives=len(found),
        ),
    )


# a move: (index of the scorecard, skill id or None for the overall, +1 or -1)
Move = tuple[int, str | None, int]


def _moves(data: DecisionInput, *, up: bool) -> list[Move]:
    step = 1 if up else -1
    moves: list[Move] = []
    for i, card in enumerate(data.scorecards):
        if not card.submitted:
            continue
        for skill in data.skills:  # role order: the first alternative reported is the first skill
            value = card.ratings.get(skill.id)
            if value is not None and 1 <= value + step <= 4:
                moves.append((i, skill.id, step))
        if card.overall and 1 <= RECOMMENDATION_VALUE[card.overall] + step <= 4:
            moves.append((i, None, step))
    return moves


def _search(
    data: DecisionInput, policy: DecisionPolicy, moves: list[Move], target: str
) -> tuple[list[tuple[Move, ...]], str]:
    tried = 0
    for size in range(1, MAX_POINTS + 1):
        found = []
        for combo in _combos(moves, size):
            tried += 1
            if tried > MAX_COMBINATIONS:
                return (
                    [],
                    f"none found within {size - 1} point(s) (the search was stopped at {MAX_COMBINATIONS:,} cases)",
                )
            if decide(_apply(data, combo), policy).decision == target:
                found.append(combo)
        if found:
            return found, ""
    return [], f"no change of up to {MAX_POINTS} points (ratings or overall recommendations) flips it"


def _combos(moves: list[Move], size: int) -> list[tuple[Move, ...]]:
    """Changes of one point each to ``size`` different ratings or recommendations."""
    return list(combinations(moves, size))


def _apply(data: DecisionInput, combo: tuple[Move, ...]) -> DecisionInput:
    cards = list(data.scorecards)
    for i, skill, step in combo:
        card = cards[i]
        if skill is None:
            assert card.overall is not None
            value = RECOMMENDATION_VALUE[card.overall] + step
            cards[i] = card.model_copy(update={"overall": VALUE_RECOMMENDATION[max(1, min(4, value))]})
        else:
            rating = card.ratings[skill]
            assert rating is not None
            ratings = {**card.ratings, skill: max(1, min(4, rating + step))}
            cards[i] = card.model_copy(update={"ratings": ratings})
    return data.model_copy(update={"scorecards": cards})


def _change(data: DecisionInput, combo_move: Move) -> Change:
    i, skill, step = combo_move
    card: ScorecardInput = data.scorecards[i]
    if skill is None:
        assert card.overall is not None
        before = RECOMMENDATION_VALUE[card.overall]
        name = None
    else:
        before = card.ratings[skill] or 0
        name = next(s.name for s in data.skills if s.id == skill)
    return Change(interviewer=card.interviewer, stage=card.stage, skill=name, before=before, after=before + step)


def recomputed(data: DecisionInput, policy: DecisionPolicy) -> DecisionResult:
    """The decision ``policy`` gives on stored inputs (``decide --recompute``)."""
    return decide(data, policy)
