"""Selection rates, impact ratios and the four-fifths rule (29 CFR 1607.4 D).

For one step of the process (a stage, or the final decision), each group has
a number of candidates who went through the step and a number who passed it.
The impact ratio of a group is its selection rate divided by the rate of the
group with the highest rate; a ratio below 4/5 is the usual first flag of
adverse impact. Fisher's exact test compares each group with that reference
group and tells whether the difference could easily be chance.

Small cells are suppressed, not reported: a group with fewer candidates than
the minimum cell size shows no rate (it would identify people and its rate is
noise), and is not used as the reference.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from interview_planner.fairness.fisher import fisher_exact

FOUR_FIFTHS = 0.8
DEFAULT_MIN_CELL = 5
SMALL_SAMPLE = 30  # below this many candidates in a step, the report says the figures are fragile


class GroupCount(BaseModel):
    group: str
    candidates: int
    selected: int


class GroupImpact(BaseModel):
    group: str
    candidates: int
    selected: int | None  # None when suppressed
    rate: float | None
    impact_ratio: float | None  # rate / the reference group's rate
    below_four_fifths: bool
    p_value: float | None  # Fisher's exact test against the reference group
    suppressed: bool
    reference: bool


class StepImpact(BaseModel):
    step: str
    groups: list[GroupImpact]
    reference_group: str | None
    candidates: int
    caveats: list[str]


def step_impact(step: str, counts: Sequence[GroupCount], *, min_cell: int = DEFAULT_MIN_CELL) -> StepImpact:
    """The impact table of one step."""
    shown = [c for c in counts if c.candidates >= min_cell]
    reference = max(shown, key=lambda c: (c.selected / c.candidates, c.candidates), default=None)
    groups = [_group(c, reference, min_cell) for c in sorted(counts, key=lambda c: c.group)]
    total = sum(c.candidates for c in counts)
    return StepImpact(
        step=step,
        groups=groups,
        reference_group=reference.group if reference else None,
        candidates=total,
        caveats=_caveats(counts, shown, reference, total, min_cell),
    )


def _group(c: GroupCount, reference: GroupCount | None, min_cell: int) -> GroupImpact:
    if c.candidates < min_cell or reference is None:
        return GroupImpact(
            group=c.group,
            candidates=c.candidates,
            selected=None,
            rate=None,
            impact_ratio=None,
            below_four_fifths=False,
            p_value=None,
            suppressed=True,
            reference=False,
        )
    rate, ref_rate = c.selected / c.candidates, reference.selected / reference.candidates
    ratio = rate / ref_rate if ref_rate > 0 else None
    is_ref = c.group == reference.group
    p = (
        None
        if is_ref
        else fisher_exact(
            c.selected, c.candidates - c.selected, reference.selected, reference.candidates - reference.selected
        )
    )
    return GroupImpact(
        group=c.group,
        candidates=c.candidates,
        selected=c.selected,
        rate=rate,
        impact_ratio=ratio,
        below_four_fifths=ratio is not None and ratio < FOUR_FIFTHS,
        p_value=p,
        suppressed=False,
        reference=is_ref,
    )


def _caveats(
    counts: Sequence[GroupCount], shown: Sequence[GroupCount], reference: GroupCount | None, total: int, min_cell: int
) -> list[str]:
    out = []
    hidden = len(counts) - len(shown)
    if hidden:
        out.append(f"{hidden} group(s) with fewer than {min_cell} candidates are not shown.")
    if reference is None:
        out.append("No group has enough candidates for a rate: nothing can be compared yet.")
    elif reference.selected == 0:
        out.append("No candidate of any shown group passed this step: ratios are undefined.")
    if 0 < total < SMALL_SAMPLE:
        out.append(
            f"Only {total} candidates: a ratio below 4/5 can arise by chance, and a ratio above it does not "
            "prove there is no adverse impact. Read the p-values, and look again when there are more."
        )
    return out
