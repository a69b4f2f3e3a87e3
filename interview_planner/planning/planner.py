"""The auto-planner: depth first, then coverage by choosing stages.

Deterministic (same inputs, same loop), documented in docs/planning.md:

1. **Anchors.** A stage whose focus has an anchor (a coding exercise of
   30-45 minutes, a design problem of 40+ minutes…) gets it first: the unused
   anchor-kind question whose primary skills the role needs most.
2. **Depth, then coverage.** Then, one question at a time over the whole
   loop, the planner adds the question that serves the most needed skills
   where they fit best: a stage rates only the role skills its questions
   *primarily* probe (a question's first skill; the first two for an
   exercise of 30+ minutes), at most 4 rated skills per 60 minutes, within
   the focus's question kinds and count, leaving 10 minutes free. Need comes
   in tiers that never trade against each other: a must-have not yet
   observed, then a core skill's second stage, then a nice-to-have; stage
   fit, weight, kind and relevance only choose within a tier. No question is
   used twice in a loop.
3. **Repair**, tier by tier: a skill still short may take a stage's question
   slot (an anchor only for another anchor) when the plan then misses less.
4. **Interviewers** are a matching problem: as many stages as possible get a
   qualified person, the least loaded first; an unqualified person only for
   a stage no free qualified person can take.

Whatever could not be satisfied shows up in the findings of
:func:`interview_planner.planning.checks.check_loop`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, NamedTuple

from interview_planner.planning.checks import check_loop
from interview_planner.planning.model import (
    ANCHOR_MINUTES,
    LENIENT_RULE,
    Finding,
    FocusRule,
    LoopState,
    PlanInterviewer,
    PlanQuestion,
    PlanSkill,
    PlanStage,
    skill_capacity,
    usable_minutes,
)
from interview_planner.planning.templates import focus_rules

SOFT_FOCUSES = {"behavioural-leadership", "hiring-manager", "cross-functional", "bar-raiser"}
HARD_FOCUSES = {"coding", "system-design", "architecture-deep-dive", "operations", "bar-raiser"}
KIND_AFFINITY: dict[str, dict[str, float]] = {
    "coding": {"coding": 1.0, "technical": 0.7, "system_design": 0.4, "behavioural": 0.1},
    "system-design": {"system_design": 1.0, "technical": 0.6, "coding": 0.2, "behavioural": 0.1},
    "architecture-deep-dive": {"system_design": 0.9, "technical": 0.9, "behavioural": 0.4, "coding": 0.2},
    "operations": {"technical": 1.0, "system_design": 0.7, "behavioural": 0.6, "coding": 0.3},
    "behavioural-leadership": {"behavioural": 1.0, "technical": 0.2, "system_design": 0.1, "coding": 0.0},
    "hiring-manager": {"behavioural": 1.0, "technical": 0.3, "system_design": 0.2, "coding": 0.0},
    "cross-functional": {"behavioural": 1.0, "technical": 0.2, "system_design": 0.1, "coding": 0.0},
    "bar-raiser": {"behavioural": 0.8, "system_design": 0.7, "technical": 0.7, "coding": 0.5},
}
CANDIDATES_PER_CHOICE = 24  # questions per stage and skill, of the kinds and minutes the stage allows, best first


@dataclass
class PlanResult:
    stages: list[PlanStage]
    findings: list[Finding]
    questions: dict[str, PlanQuestion] = field(default_factory=dict)


def stage_fit(skill: PlanSkill, stage: PlanStage) -> float:
    """How well a stage's focus suits a skill: 3 for a catalogue focus, 1 for the right kind, else 0.2."""
    if stage.focus in skill.focuses:
        return 3.0 - 0.1 * skill.focuses.index(stage.focus)
    kind_focuses = SOFT_FOCUSES if skill.kind == "soft" else HARD_FOCUSES
    return 1.0 if stage.focus in kind_focuses else 0.2


def question_affinity(stage: PlanStage, question: PlanQuestion) -> float:
    return KIND_AFFINITY.get(stage.focus, {}).get(question.kind, 0.5)


_Snapshot = tuple[list[tuple[list[str], list[str]]], set[str], dict[str, int], set[str]]


class _Planner:
    def __init__(
        self,
        skills: Sequence[PlanSkill],
        stages: Sequence[PlanStage],
        questions: Iterable[PlanQuestion],
        rules: dict[str, FocusRule],
    ) -> None:
        self.skills = list(skills)
        self.rules = rules
        self.stages = [
            s.model_copy(update={"skills": [], "questions": [], "interviewers": list(s.interviewers)})
            for s in sorted(stages, key=lambda s: s.position)
        ]
        self.by_primary: dict[str, list[PlanQuestion]] = defaultdict(list)
        self.questions: dict[str, PlanQuestion] = {}
        for q in questions:
            self.questions[q.id] = q
            for cid in q.primary_skills:
                self.by_primary[cid].append(q)
        for pool in self.by_primary.values():
            pool.sort(key=lambda q: (-q.relevance, q.minutes, q.key))
        self.role_skills_of: dict[str, list[PlanSkill]] = defaultdict(list)
        for skill in self.skills:
            if skill.catalogue_id:
                self.role_skills_of[skill.catalogue_id].append(skill)
        self.stage_rule = {s.id: rules.get(s.focus, LENIENT_RULE) for s in self.stages}
        self._pools: dict[tuple[str, str, bool], list[PlanQuestion]] = {}
        self.used: set[str] = set()
        self._best_cache: dict[tuple[str, bool], tuple[Any, dict[str, int]]] = {}
        self.minutes_used = {s.id: 0 for s in self.stages}
        self.anchored_questions: set[str] = set()
        self.count: dict[str, int] = defaultdict(int)  # role skill id -> stages rating it
        self._shortest_of: dict[str, int] = {}
        self._statics: dict[str, tuple[list[PlanSkill], float, float, float]] = {}
        self._fit_of: dict[str, dict[str, float]] = {}

    def rule(self, stage: PlanStage) -> FocusRule:
        return self.stage_rule[stage.id]

    def pool(self, stage: PlanStage, catalogue_id: str, anchor: bool) -> list[PlanQuestion]:
        """The best questions primarily probing a skill that the stage's focus allows (kind, minutes), made once
        per stage and skill: the planner then only checks what changes (used, count, minutes left)."""
        key = (stage.id, catalogue_id, anchor)
        found = self._pools.get(key)
        if found is None:
            admits = pool_admits(self.rule(stage), stage.minutes, anchor)
            ok = (q for q in self.by_primary.get(catalogue_id, ()) if admits(q.kind, q.minutes))
            found = self._pools[key] = list(islice(ok, CANDIDATES_PER_CHOICE))
        return found

    def run(self) -> None:
        for stage in self.stages:
            if self.rule(stage).anchor is not None:
                self._anchor(stage)
        while self._add_best(extra=False):
            pass
        slots = sum(skill_capacity(s.minutes) for s in self.stages)
        wanted = 0
        for tier in (1000.0, 100.0, 10.0):  # unobserved must-haves, then core skills' second stage, then nice
            wanted += sum(1 for s in self.skills if s.catalogue_id and tier in self._tiers_of(s))
            if wanted > slots:
                break  # over budget: swaps only move the shortfall around (the findings say what is missing)
            for skill in self.skills:
                if skill.catalogue_id and tier <= self.need(skill) < tier * 10:
                    self._repair(skill)
        while self._add_best(extra=True):
            pass
        for stage in self.stages:
            self._fill_to_minimum(stage)

    def _fill_to_minimum(self, stage: PlanStage) -> None:
        """A stage still short of its focus's number of questions takes more on the skills it already rates.

        The phases above add a question only for a skill it newly rates. A stage whose skill slots are all
        taken (one question on networking rates every role skill linked to networking) stopped there, short
        of its focus, though questions of its kind on its own skills were there to ask (`stage-focus-unmet`
        on a real posting's hiring-manager stage). Scored like any question, without the skills' part."""
        rule = self.rule(stage)
        while len(stage.questions) < rule.min_questions:
            own = [s.catalogue_id for s in self.skills if s.id in stage.skills and s.catalogue_id]
            best: tuple[float, str, PlanQuestion] | None = None
            for catalogue_id in dict.fromkeys(own):
                for q in self.pool(stage, catalogue_id, False):
                    if not self._fits(stage, q, False):
                        continue
                    _, secondary, relevance, length = self._static(q)
                    option = (-(secondary + question_affinity(stage, q) + relevance - length), q.key, q)
                    if best is None or option[:2] < best[:2]:
                        best = option
            if best is None:
                return
            self._add(stage, best[2])

    @staticmethod
    def _tiers_of(skill: PlanSkill) -> tuple[float, ...]:
        """The tiers of the observations the plan wants of a skill (see :meth:`need`)."""
        if skill.priority != "must":
            return (10.0,)
        return (1000.0, 100.0) if skill.core else (1000.0,)

    @staticmethod
    def _target(skill: PlanSkill) -> int:
        return 2 if skill.priority == "must" and skill.core else 1

    def _stages_of(self, skill: PlanSkill) -> int:
        return self.count.get(skill.id, 0)

    def _recount(self) -> None:
        self.count = defaultdict(int)
        for stage in self.stages:
            for sid in stage.skills:
                self.count[sid] += 1

    def need(self, skill: PlanSkill) -> float:
        """How much the plan needs one more stage rating ``skill``, in tiers that never trade against each other:
        a must-have not yet observed (1000) before a core skill's second stage (100) before a nice-to-have (10);
        the weight breaks ties within a tier."""
        n = self._stages_of(skill)
        if n >= self._target(skill):
            return 0.0
        base = 1000.0 if skill.priority == "must" and n == 0 else 100.0 if skill.priority == "must" else 10.0
        return base + skill.weight

    def _new_skills(self, stage: PlanStage, q: PlanQuestion) -> list[PlanSkill]:
        room = skill_capacity(stage.minutes) - len(stage.skills)
        fresh = [
            s
            for c in dict.fromkeys(q.primary_skills)
            for s in self.role_skills_of.get(c, [])
            if s.id not in stage.skills
        ]
        return fresh[: max(0, room)]

    def _shortest(self, stage: PlanStage) -> int:
        """The shortest question the stage could still take (of its focus's kinds): what each question it still
        needs will cost at least."""
        found = self._shortest_of.get(stage.id)
        if found is None:
            kinds = set(self.rule(stage).kinds)
            found = self._shortest_of[stage.id] = min(
                (q.minutes for q in self.questions.values() if q.kind in kinds), default=0
            )
        return found

    def _fits(self, stage: PlanStage, q: PlanQuestion, anchor: bool) -> bool:
        rule = self.rule(stage)
        if q.id in self.used or len(stage.questions) >= rule.max_questions:
            return False
        left = usable_minutes(stage.minutes) - self.minutes_used[stage.id] - q.minutes
        if left < 0:
            return False
        still_needed = rule.min_questions - len(stage.questions) - 1
        if still_needed > 0 and left < still_needed * self._shortest(stage):
            return False  # the stage could no longer reach its focus's number of questions
        if anchor:
            return rule.is_anchor(q.kind, q.minutes)
        if rule.anchor is not None and q.minutes > rule.follow_on_max_minutes:
            return False
        return q.kind in rule.kinds

    def _score(self, stage: PlanStage, q: PlanQuestion, fresh: list[PlanSkill], extra: bool) -> float:
        needs = [self.need(s) or (1.0 if extra else 0.0) for s in fresh]
        if not any(needs):
            return 0.0
        # the tier decides; within a tier, where the skill fits best (stage_fit is at most 3)
        value = sum(n * (1.0 + 0.05 * stage_fit(s, stage)) for n, s in zip(needs, fresh, strict=True))
        secondary = sum(
            0.2 for c in q.catalogue_skills[len(q.primary_skills) :] for s in self.role_skills_of.get(c, [])
        )
        return value + secondary + question_affinity(stage, q) + 0.1 * min(q.relevance, 5.0) - q.minutes / 30

    def _anchor(self, stage: PlanStage) -> None:
        wanted = sorted(self.skills, key=lambda s: -self.need(s) * stage_fit(s, stage))
        best = self._best_option(stage, [s.catalogue_id for s in wanted if s.catalogue_id], anchor=True, extra=True)
        if best is not None:
            self._add(stage, best[4], anchor=True)

    def _static(self, q: PlanQuestion) -> tuple[list[PlanSkill], float, float, float]:
        """What of a question's score never changes while planning: the role skills it primarily probes, the
        bonus of its secondary skills, its relevance term and its length term (each computed as :meth:`_score`
        computes it, so the sums are the same to the last bit)."""
        found = self._statics.get(q.id)
        if found is None:
            found = self._statics[q.id] = (
                [s for c in dict.fromkeys(q.primary_skills) for s in self.role_skills_of.get(c, [])],
                sum(0.2 for c in q.catalogue_skills[len(q.primary_skills) :] for s in self.role_skills_of.get(c, [])),
                0.1 * min(q.relevance, 5.0),
                q.minutes / 30,
            )
        return found

    def _fit_factors(self, stage: PlanStage) -> dict[str, float]:
        found = self._fit_of.get(stage.id)
        if found is None:
            found = self._fit_of[stage.id] = {s.id: 1.0 + 0.05 * stage_fit(s, stage) for s in self.skills}
        return found

    def _best_option(
        self, stage: PlanStage, catalogue_ids: Iterable[str], *, anchor: bool, extra: bool
    ) -> tuple[float, int, str, PlanStage, PlanQuestion] | None:
        """The best question for the stage among the pools of these skills: the option
        (-score, stage position, key, stage, question) that :meth:`_fits` and :meth:`_score` would pick, computed
        with what is fixed for the stage hoisted out of the loop over candidates (the planner's hot path)."""
        rule = self.rule(stage)
        if len(stage.questions) >= rule.max_questions:
            return None
        available = usable_minutes(stage.minutes) - self.minutes_used[stage.id]
        still_needed = rule.min_questions - len(stage.questions) - 1
        least_left = still_needed * self._shortest(stage) if still_needed > 0 else 0
        room = max(0, skill_capacity(stage.minutes) - len(stage.skills))
        rated = set(stage.skills)
        floor = 1.0 if extra else 0.0
        need = {s.id: self.need(s) or floor for s in self.skills}
        fit = self._fit_factors(stage)
        affinity = KIND_AFFINITY.get(stage.focus, {})
        used, seen = self.used, set()
        best = None
        for catalogue_id in dict.fromkeys(catalogue_ids):
            # a pool holds only questions of the kinds and minutes the stage allows (anchor or not): of _fits,
            # what is left to check is the question's use and the minutes the stage has left
            for q in self.pool(stage, catalogue_id, anchor):
                if q.id in seen:
                    continue
                seen.add(q.id)
                if q.id in used or available - q.minutes < least_left:
                    continue
                skills_of, secondary, relevance, length = self._static(q)
                fresh = [s for s in skills_of if s.id not in rated][:room]
                needs = [need[s.id] for s in fresh]
                if not any(needs):
                    continue
                value = sum(n * fit[s.id] for n, s in zip(needs, fresh, strict=True))
                score = value + secondary + affinity.get(q.kind, 0.5) + relevance - length
                if score > 0:
                    option = (-score, stage.position, q.key, stage, q)
                    if best is None or option[:3] < best[:3]:
                        best = option
        return best

    def _add_best(self, *, extra: bool) -> bool:
        """Add the question that serves the most needed skills where they fit best; False when none helps.

        Incremental: each stage's best option is kept until the stage changes, its question is used or a
        skill it would rate changes count (needs only fall while questions are added, so it stays the best)."""
        options = []
        for stage in self.stages:
            rule = self.rule(stage)
            if extra and len(stage.questions) >= rule.min_questions:
                continue
            if len(stage.skills) >= skill_capacity(stage.minutes):
                continue
            cached = self._best_cache.get((stage.id, extra))
            if cached is None or not self._still_best(cached):
                cached = self._best_cache[(stage.id, extra)] = self._stage_best(stage, extra)
            if cached[0] is not None:
                options.append(cached[0])
        if not options:
            return False
        _, _, _, stage, q = min(options, key=lambda o: o[:3])
        self._add(stage, q)
        return True

    def _still_best(self, cached: tuple[Any, dict[str, int]]) -> bool:
        option, counts = cached
        return (option is None or option[4].id not in self.used) and all(
            self.count.get(k, 0) == n for k, n in counts.items()
        )

    def _stage_best(self, stage: PlanStage, extra: bool) -> tuple[Any, dict[str, int]]:
        needy = [s for s in self.skills if s.catalogue_id and (extra or self.need(s) > 0) and s.id not in stage.skills]
        looked = {s.id: self.count.get(s.id, 0) for s in needy}
        best = self._best_option(stage, [s.catalogue_id for s in needy if s.catalogue_id], anchor=False, extra=extra)
        return best, looked

    def _only_by(self, stage: PlanStage, qid: str) -> list[PlanSkill]:
        """The stage's rated skills that question ``qid`` alone primarily probes."""
        others = {c for o in stage.questions if o != qid for c in self.questions[o].primary_skills}
        return [s for s in self.skills if s.id in stage.skills and s.catalogue_id not in others]

    def _unmet(self) -> tuple[int, int, int]:
        """What the plan still misses: unobserved must-haves, core skills short of two stages, nice-to-haves."""
        n = {s.id: self._stages_of(s) for s in self.skills if s.catalogue_id}
        musts = [s for s in self.skills if s.id in n and s.priority == "must"]
        return (
            sum(1 for s in musts if n[s.id] == 0),
            sum(1 for s in musts if s.core and n[s.id] == 1),
            sum(1 for s in self.skills if s.id in n and s.priority == "nice" and n[s.id] == 0),
        )

    def _snapshot(self) -> _Snapshot:
        stages = [(list(s.questions), list(s.skills)) for s in self.stages]
        return stages, set(self.used), dict(self.minutes_used), set(self.anchored_questions)

    def _restore(self, snap: _Snapshot) -> None:
        for stage, (questions, skills) in zip(self.stages, snap[0], strict=True):
            stage.questions, stage.skills = list(questions), list(skills)
        self.used, self.minutes_used, self.anchored_questions = set(snap[1]), dict(snap[2]), set(snap[3])
        self._best_cache.clear()
        self._recount()

    def _repair(self, skill: PlanSkill) -> None:
        """Give a skill the plan still needs (an unobserved must-have, a core skill's second stage, a nice-to-have)
        one more stage: swap a question of a stage (an anchor for another anchor) for one that primarily probes
        the skill, let the skills that lose their stage find another, and keep the swap only if the plan misses
        less (unobserved must-haves first, then core skills short of two stages, then nice-to-haves)."""
        before, best = self._unmet(), None
        for stage in self.stages:
            if skill.id in stage.skills:
                continue
            for out in list(stage.questions):
                anchor = out in self.anchored_questions  # an anchor is only swapped for another anchor
                snap = self._snapshot()
                self._remove(stage, out, self._only_by(stage, out))
                q = self._best_for(stage, skill, anchor=anchor)
                if q is not None:
                    self._add(stage, q, anchor=anchor)
                    while self._add_best(extra=False):
                        pass
                    result = (self._unmet(), stage.position, out)
                    if result[0] < before and (best is None or result < best[0]):
                        best = (result, self._snapshot())
                self._restore(snap)
        if best is not None:
            self._restore(best[1])

    def _best_for(self, stage: PlanStage, skill: PlanSkill, anchor: bool = False) -> PlanQuestion | None:
        options = [
            (-self._score(stage, q, self._new_skills(stage, q), extra=False), q.key, q)
            for q in self.pool(stage, skill.catalogue_id or "", anchor)
            if self._fits(stage, q, anchor=anchor) and skill in self._new_skills(stage, q)
        ]
        return min(options, key=lambda o: o[:2])[2] if options else None

    def _remove(self, stage: PlanStage, qid: str, lost: list[PlanSkill]) -> None:
        self._best_cache.clear()  # needs rise again: every cached option may be beaten
        stage.questions.remove(qid)
        self.anchored_questions.discard(qid)
        gone = {x.id for x in lost}
        for sid in gone & set(stage.skills):
            self.count[sid] -= 1
        stage.skills = [s for s in stage.skills if s not in gone]
        self.used.discard(qid)
        self.minutes_used[stage.id] -= self.questions[qid].minutes

    def _add(self, stage: PlanStage, q: PlanQuestion, anchor: bool = False) -> None:
        """Add a question to a stage (an anchor goes first) and rate the skills it newly primarily probes."""
        self._best_cache.pop((stage.id, False), None)
        self._best_cache.pop((stage.id, True), None)
        for skill in self._new_skills(stage, q):
            stage.skills.append(skill.id)
            self.count[skill.id] += 1
        if anchor:
            stage.questions.insert(0, q.id)
            self.anchored_questions.add(q.id)
        else:
            stage.questions.append(q.id)
        self.used.add(q.id)
        self.minutes_used[stage.id] += q.minutes


def pool_admits(rule: FocusRule, minutes: int, anchor: bool) -> Callable[[str, int], bool]:
    """Whether a question (kind, minutes) may be in a stage's pool (:func:`pool_bounds`)."""
    kinds, shortest, longest = pool_bounds(rule, minutes, anchor)
    return lambda kind, length: kind in kinds and shortest <= length <= longest


def pool_bounds(rule: FocusRule, minutes: int, anchor: bool) -> tuple[frozenset[str], int, int]:
    """The kinds and the shortest and longest question a stage's pool admits: those of the anchor, or (not an
    anchor) the focus's kinds and no longer than a follow-on of an anchored focus; within the stage's minutes
    less the 10 kept free."""
    room = usable_minutes(minutes)
    if anchor:
        a = rule.anchor
        if a is None:
            return frozenset(), 1, 0
        return frozenset(a.kinds), a.min_minutes, min(a.max_minutes, room)
    longest = min(rule.follow_on_max_minutes if rule.anchor is not None else room, room)
    return frozenset(rule.kinds), 0, longest


class Candidate(NamedTuple):
    """What decides whether the planner can use a question: see :func:`usable_candidates` (a tuple: made for
    every question read, so it must be cheap)."""

    ref: Any
    key: str
    kind: str
    minutes: int
    relevance: float
    catalogue_skills: Sequence[str]


def usable_candidates(
    candidates: Iterable[Candidate],
    skills: Sequence[PlanSkill],
    stages: Sequence[PlanStage],
    rules: dict[str, FocusRule] | None = None,
) -> set[Any]:
    """The candidates :func:`plan_loop` can choose for these skills and stages, so that the others need not be
    built: a stage looks at a skill's questions only through its pools (the first ``CANDIDATES_PER_CHOICE``
    primarily probing the skill, best relevance first, that the stage admits, anchors apart), and at the
    shortest question of each kind (what a question it still needs costs at least). Planning with only these
    gives the same plan as with all of them (tests/core/planning)."""
    rules = focus_rules() if rules is None else rules
    role = {s.catalogue_id for s in skills if s.catalogue_id}
    by_primary: dict[str, list[tuple[float, int, str, str, Any]]] = defaultdict(list)
    shortest: dict[str, tuple[int, Any]] = {}
    for c in candidates:
        if c.kind not in shortest or c.minutes < shortest[c.kind][0]:
            shortest[c.kind] = (c.minutes, c.ref)
        for cid in dict.fromkeys(c.catalogue_skills[: 2 if c.minutes >= ANCHOR_MINUTES else 1]):
            if cid in role:
                by_primary[cid].append((-c.relevance, c.minutes, c.key, c.kind, c.ref))
    keep = {ref for _, ref in shortest.values()}
    for pool in by_primary.values():
        pool.sort()  # the planner's order: best relevance, then shorter, then by key (keys are unique)
    bounds = {
        pool_bounds(rule, stage.minutes, anchor)
        for stage in stages
        for rule in [rules.get(stage.focus, LENIENT_RULE)]
        for anchor in ((False, True) if rule.anchor is not None else (False,))
    }
    for kinds, low, high in bounds:
        for pool in by_primary.values():
            taken = 0
            for _, length, _, kind, ref in pool:
                if kind in kinds and low <= length <= high:
                    keep.add(ref)
                    taken += 1
                    if taken == CANDIDATES_PER_CHOICE:
                        break
    return keep


def assign_interviewers(stages: list[PlanStage], people: Sequence[PlanInterviewer]) -> None:
    """Give every stage without an interviewer a person (in place), as a matching problem.

    Qualified first: a maximum matching of open stages to free qualified
    people (augmenting paths, the least loaded and most specialised person
    tried first), so a specialist is never spent on a stage someone else
    could take. Only a stage no free qualified person can take gets an
    unqualified one.
    """
    busy = {i for s in stages for i in s.interviewers}
    free = sorted(
        (p for p in people if p.id not in busy and p.load < p.weekly_limit),
        key=lambda p: (p.load, len(p.focuses) if p.focuses else 99, p.name, p.id),
    )
    open_stages = [s for s in stages if not s.interviewers]
    match: dict[str, PlanStage] = {}  # person id -> stage

    def qualified(p: PlanInterviewer, stage: PlanStage) -> bool:
        return (not p.focuses or stage.focus in p.focuses) and p.id not in stage.shadows

    def augment(stage: PlanStage, seen: set[str]) -> bool:
        for p in free:
            if p.id in seen or not qualified(p, stage):
                continue
            seen.add(p.id)
            if p.id not in match or augment(match[p.id], seen):
                match[p.id] = stage
                return True
        return False

    for stage in open_stages:
        augment(stage, set())
    for pid, stage in match.items():
        stage.interviewers.append(pid)
    for stage in open_stages:
        if not stage.interviewers:
            rest = [p for p in free if p.id not in match and p.id not in stage.shadows]
            if rest:
                match[rest[0].id] = stage
                stage.interviewers.append(rest[0].id)


def plan_loop(
    skills: Sequence[PlanSkill],
    stages: Sequence[PlanStage],
    questions: Iterable[PlanQuestion],
    interviewers: Sequence[PlanInterviewer] = (),
    rules: dict[str, FocusRule] | None = None,
) -> PlanResult:
    """Plan a loop; stage skills and questions are replaced, interviewers already on a stage kept
    (the caller clears them to re-assign)."""
    rules = dict(rules) if rules is not None else focus_rules()
    planner = _Planner(skills, stages, questions, rules)
    planner.run()
    assign_interviewers(planner.stages, interviewers)
    used = {q: planner.questions[q] for s in planner.stages for q in s.questions}
    state = LoopState(
        skills=list(skills),
        stages=planner.stages,
        questions=used,
        interviewers={p.id: p for p in interviewers},
        rules=rules,
    )
    return PlanResult(stages=planner.stages, findings=check_loop(state), questions=used)
