"""The auto-planner: assign skills to stages and pick questions that fit.

Deterministic greedy planning (same inputs, same loop), documented in
docs/planning.md:

1. **Targets.** Every must-have skill wants two stages, every nice-to-have
   one. Skills are served in rounds (first stage for every skill, then the
   second stage for must-haves); within a round the most constrained skill
   (fewest questions in the bank) goes first.
2. **Stage choice.** Among stages that do not assess the skill yet and have
   room (capacity: one skill per 7 usable minutes), prefer a stage whose
   focus suits the skill (catalogue focuses), then one where an already
   chosen question probes the skill (free coverage), then the least loaded.
3. **Question choice.** The skill needs a question probing it in that stage:
   reuse a chosen one if possible, else add the best unused question that
   fits the remaining minutes (stage minutes minus 5): ranked by how well
   its kind suits the stage focus, its relevance to the requirement text, how
   many of the role's other skills it also probes, and shorter first. A
   question is never used twice in a loop.
4. **Interviewers.** Each stage gets one interviewer qualified for its focus,
   under their weekly limit and not already in another stage of the loop.

Whatever could not be satisfied shows up in the findings of
:func:`interview_planner.planning.checks.check_loop`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from interview_planner.planning.checks import check_loop
from interview_planner.planning.model import (
    Finding,
    LoopState,
    PlanInterviewer,
    PlanQuestion,
    PlanSkill,
    PlanStage,
    skill_capacity,
    usable_minutes,
)

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
CANDIDATES_PER_CHOICE = 60  # how many unused questions to score per choice (bank order is pre-ranked)


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


class _Planner:
    def __init__(
        self, skills: Sequence[PlanSkill], stages: Sequence[PlanStage], questions: Iterable[PlanQuestion]
    ) -> None:
        self.skills = list(skills)
        self.stages = [
            s.model_copy(update={"skills": [], "questions": [], "interviewers": list(s.interviewers)})
            for s in sorted(stages, key=lambda s: s.position)
        ]
        self.by_catalogue: dict[str, list[PlanQuestion]] = defaultdict(list)
        self.questions: dict[str, PlanQuestion] = {}
        for q in questions:
            self.questions[q.id] = q
            for cid in q.catalogue_skills:
                self.by_catalogue[cid].append(q)
        for pool in self.by_catalogue.values():
            pool.sort(key=lambda q: (-q.relevance, q.minutes, q.key))
        self.role_skills_of: dict[str, list[PlanSkill]] = defaultdict(list)
        for skill in self.skills:
            if skill.catalogue_id:
                self.role_skills_of[skill.catalogue_id].append(skill)
        self.used: set[str] = set()
        self.minutes_used = {s.id: 0 for s in self.stages}

    def run(self) -> None:
        for round_no in (1, 2):
            for skill in self._round(round_no):
                self._place(skill)
        for skill in self._round(2):
            if self._stages_of(skill) < self._target(skill):
                self._repair(skill)

    @staticmethod
    def _target(skill: PlanSkill) -> int:
        return 2 if skill.priority == "must" else 1

    def _stages_of(self, skill: PlanSkill) -> int:
        return sum(1 for stage in self.stages if skill.id in stage.skills)

    def _needs(self, skill: PlanSkill, stage: PlanStage) -> bool:
        return skill.id not in stage.skills and self._stages_of(skill) < self._target(skill)

    def _round(self, round_no: int) -> list[PlanSkill]:
        wanted = [s for s in self.skills if s.catalogue_id and (round_no == 1 or s.priority == "must")]
        order = {s.id: i for i, s in enumerate(self.skills)}
        return sorted(
            wanted,
            key=lambda s: (s.priority != "must", len(self.by_catalogue.get(s.catalogue_id or "", [])), order[s.id]),
        )

    def _place(self, skill: PlanSkill) -> None:
        options = []
        for stage in self.stages:
            if skill.id in stage.skills or len(stage.skills) >= skill_capacity(stage.minutes):
                continue
            free = self._covering_question(stage, skill) is not None
            question = None if free else self._best_question(stage, skill)
            if not free and question is None:
                continue
            score = stage_fit(skill, stage) * 10 + (4 if free else 0) - len(stage.skills) * 0.5
            options.append((-score, stage.position, stage.name, stage, question))
        if not options:
            return
        _, _, _, stage, question = min(options, key=lambda o: o[:3])
        if question is not None:
            self._add_question(stage, question)
        stage.skills.append(skill.id)

    def _covering_question(self, stage: PlanStage, skill: PlanSkill) -> str | None:
        return next((q for q in stage.questions if skill.catalogue_id in self.questions[q].catalogue_skills), None)

    def _best_question(self, stage: PlanStage, skill: PlanSkill) -> PlanQuestion | None:
        room = usable_minutes(stage.minutes) - self.minutes_used[stage.id]
        scored = [(-self._question_score(stage, skill, q, room), q.key, q) for q in self._unused(skill, room)]
        return min(scored, key=lambda item: item[:2])[2] if scored else None

    def _question_score(self, stage: PlanStage, skill: PlanSkill, q: PlanQuestion, room: int) -> float:
        others = sum(
            1
            for c in q.catalogue_skills
            if c != skill.catalogue_id
            for other in self.role_skills_of.get(c, [])
            if self._needs(other, stage)
        )
        primary = 0.3 if q.catalogue_skills and q.catalogue_skills[0] == skill.catalogue_id else 0.0
        return 2.0 * question_affinity(stage, q) + 1.0 * others + primary + 0.2 * min(q.relevance, 5.0) - q.minutes / 10

    def _add_question(self, stage: PlanStage, q: PlanQuestion) -> None:
        stage.questions.append(q.id)
        self.used.add(q.id)
        self.minutes_used[stage.id] += q.minutes

    def _remove_question(self, stage: PlanStage, qid: str) -> int:
        index = stage.questions.index(qid)
        del stage.questions[index]
        self.used.discard(qid)
        self.minutes_used[stage.id] -= self.questions[qid].minutes
        return index

    def _repair(self, skill: PlanSkill) -> None:
        """Make room for an under-covered skill: swap one question of a stage for an unused one that
        probes the skill, provided every skill of the stage stays probed."""
        stages = sorted(
            (s for s in self.stages if skill.id not in s.skills and len(s.skills) < skill_capacity(s.minutes)),
            key=lambda s: (-stage_fit(skill, s), s.position),
        )
        for stage in stages:
            swap = self._find_swap(stage, skill)
            if swap is not None:
                out, into = swap
                index = self._remove_question(stage, out)
                self._add_question(stage, into)
                stage.questions.insert(index, stage.questions.pop())
                stage.skills.append(skill.id)
                return

    def _find_swap(self, stage: PlanStage, skill: PlanSkill) -> tuple[str, PlanQuestion] | None:
        assessed = [s.catalogue_id for s in self.skills if s.id in stage.skills]
        room = usable_minutes(stage.minutes) - self.minutes_used[stage.id]
        options = []
        for out in stage.questions:
            rest = [self.questions[o] for o in stage.questions if o != out]
            for q in self._unused(skill, room + self.questions[out].minutes):
                kept = [*rest, q]
                if all(any(c in r.catalogue_skills for r in kept) for c in assessed):
                    options.append((-self._question_score(stage, skill, q, room), q.key, out, q))
        if not options:
            return None
        best = min(options, key=lambda o: o[:3])
        return best[2], best[3]

    def _unused(self, skill: PlanSkill, room: int) -> list[PlanQuestion]:
        pool = (
            q
            for q in self.by_catalogue.get(skill.catalogue_id or "", [])
            if q.id not in self.used and q.minutes <= room
        )
        return [q for _, q in zip(range(CANDIDATES_PER_CHOICE), pool, strict=False)]


def assign_interviewers(stages: list[PlanStage], people: Sequence[PlanInterviewer]) -> None:
    """Give every stage without an interviewer the best available person (in place).

    Stages with the fewest qualified people choose first, so a specialist is
    not used up by a stage that others could have taken.
    """
    busy = {i for s in stages for i in s.interviewers}

    def qualified(stage: PlanStage) -> list[PlanInterviewer]:
        return [
            p
            for p in people
            if p.id not in busy and p.load < p.weekly_limit and (not p.focuses or stage.focus in p.focuses)
        ]

    open_stages = [s for s in stages if not s.interviewers]
    for stage in sorted(open_stages, key=lambda s: (len(qualified(s)), s.position)):
        pool = qualified(stage) or [p for p in people if p.id not in busy and p.load < p.weekly_limit]
        if not pool:
            continue
        best = min(pool, key=lambda p: (len(p.focuses) if p.focuses else 99, p.load, p.name, p.id))
        stage.interviewers.append(best.id)
        busy.add(best.id)


def plan_loop(
    skills: Sequence[PlanSkill],
    stages: Sequence[PlanStage],
    questions: Iterable[PlanQuestion],
    interviewers: Sequence[PlanInterviewer] = (),
) -> PlanResult:
    """Plan a loop; existing stage skills and questions are replaced, interviewers kept."""
    planner = _Planner(skills, stages, questions)
    planner.run()
    assign_interviewers(planner.stages, interviewers)
    used = {q: planner.questions[q] for s in planner.stages for q in s.questions}
    state = LoopState(
        skills=list(skills), stages=planner.stages, questions=used, interviewers={p.id: p for p in interviewers}
    )
    return PlanResult(stages=planner.stages, findings=check_loop(state), questions=used)
