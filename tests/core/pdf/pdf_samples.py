"""Document content built by hand: the renderer gets plain data, never a database."""

from __future__ import annotations

from interview_planner.packets.model import (
    ConsolidatedScorecard,
    FindingData,
    InterviewerPacket,
    LoopOverview,
    MatrixSkill,
    MatrixStage,
    OverallRow,
    PacketQuestion,
    PacketSkill,
    RatingColumn,
    RubricLevelData,
    SkillRatingsRow,
    StageRef,
)

CANDIDATE = "Zoë <b>Ødegård</b> & 王小明"
HANGUL_NAME = "김민준"
HAN_NAME = "王小明"
ARABIC_NAME = "محمد"

STAGES = [
    ("Recruiter screen", "phone", 30, "hiring-manager"),
    ("Coding", "video", 60, "coding"),
    ("System design", "onsite", 60, "system-design"),
    ("Architecture deep dive", "onsite", 60, "architecture-deep-dive"),
    ("Operations", "onsite", 45, "operations"),
    ("Leadership & collaboration", "onsite", 45, "behavioural-leadership"),
    ("Bar raiser", "video", 45, "bar-raiser"),
]


def rubric(skill: str, *, anchors: int = 2) -> list[RubricLevelData]:
    labels = ["Strong no", "No", "Yes", "Strong yes"]
    return [
        RubricLevelData(
            level=level,
            label=labels[level - 1],
            summary=f"{skill}: level {level} summary.",
            anchors=[f"{skill} anchor {level}.{i}" for i in range(1, anchors + 1)],
        )
        for level in range(1, 5)
    ]


def make_skills() -> list[PacketSkill]:
    return [
        PacketSkill(
            id="rs-1",
            name="Distributed systems design",
            kind="hard",
            priority="must",
            definition="Designs services that stay correct under partial failure.",
            rubric=rubric("Distributed systems"),
        ),
        PacketSkill(
            id="rs-2",
            name="Capacity planning",
            kind="hard",
            priority="must",
            definition="Estimates load & storage <with numbers>.",
            rubric=rubric("Capacity"),
        ),
        PacketSkill(
            id="rs-3",
            name="Mentoring",
            kind="soft",
            priority="nice",
            definition="Grows the people around them.",
            rubric=[],
        ),
        PacketSkill(
            id="rs-4",
            name="Incident response",
            kind="hard",
            priority="nice",
            definition="Leads the response to production incidents.",
            rubric=rubric("Incidents"),
        ),
    ]


def make_question(number: int, skills: list[str], *, text: str | None = None) -> PacketQuestion:
    return PacketQuestion(
        number=number,
        text=text or f"Question {number}: design a rate limiter for {number * 10} regions & <why>.",
        minutes=8,
        kind="design",
        difficulty="medium",
        skills=skills,
        follow_ups=[
            f"Follow-up {number}a: what fails first?",
            f"Follow-up {number}b: how do you know?",
        ],
        strong_signals=[f"Strong {number}: names the bottleneck"],
        weak_signals=[f"Weak {number}: hand-waves consistency"],
    )


def make_packet(candidate: str = CANDIDATE, **changes: object) -> InterviewerPacket:
    questions = [
        make_question(1, ["Distributed systems design"]),
        make_question(2, ["Distributed systems design", "Capacity planning"]),
        make_question(3, ["Capacity planning"]),
        make_question(4, ["Distributed systems design"], text="Walk me through your last outage."),
        make_question(5, ["Capacity planning", "Distributed systems design"]),
    ]
    data = dict(
        interview_id="iv-0042",
        database_id="db-7f3a",
        candidate_name=candidate,
        role_title="Lead Member of Technical Staff",
        loop_name="LMTS loop (7 stages)",
        stage_name="System design",
        stage_format="onsite",
        stage_minutes=60,
        stage_focus="system-design",
        scheduled_at="Tue 1 Dec 2026, 10:00",
        interviewer_name="Priya Raman",
        stages=[
            StageRef(
                position=i + 1,
                name=name,
                format=fmt,
                minutes=minutes,
                focus=focus,
                is_this_stage=(name == "System design"),
            )
            for i, (name, fmt, minutes, focus) in enumerate(STAGES)
        ],
        skills=make_skills(),
        questions=questions,
        generated_on="2026-11-24",
        app_version="0.1.0",
    )
    data.update(changes)
    return InterviewerPacket.model_validate(data)


def make_overview(candidate: str | None = CANDIDATE) -> LoopOverview:
    stages = [
        MatrixStage(
            id=f"st-{i}",
            name=name,
            format=fmt,
            minutes=minutes,
            minutes_used=minutes - 5,
            focus=focus,
            interviewers=[f"Interviewer {i}", "Sam Lee"] if i % 2 else [],
        )
        for i, (name, fmt, minutes, focus) in enumerate(STAGES)
    ]
    skills = [
        MatrixSkill(
            id="rs-1",
            name="Distributed systems design",
            kind="hard",
            priority="must",
            cells=[None, None, 3, 1, None, None, 0],
        ),
        MatrixSkill(
            id="rs-2",
            name="Capacity planning",
            kind="hard",
            priority="must",
            cells=[None, None, 2, None, None, None, None],
        ),
        MatrixSkill(id="rs-3", name="Mentoring", kind="soft", priority="nice", cells=[None] * 7),
        MatrixSkill(
            id="rs-4",
            name="王小明 & <Hangul> 김민준 محمد",
            kind="hard",
            priority="must",
            cells=[None] * 7,
        ),
    ]
    findings = [
        FindingData(
            severity="error",
            code="must-missing",
            message="Must-have '王小明 & <Hangul>' is not assessed.",
        ),
        FindingData(
            severity="warning",
            code="must-thin",
            message="Capacity planning is assessed in one stage only.",
        ),
    ]
    return LoopOverview(
        role_title="Lead Member of Technical Staff",
        loop_name="LMTS loop",
        candidate_name=candidate,
        stages=stages,
        skills=skills,
        findings=findings,
        generated_on="2026-11-24",
        app_version="0.1.0",
    )


def make_scorecard(decision: str = "hire", **changes: object) -> ConsolidatedScorecard:
    columns = [RatingColumn(interviewer=f"Interviewer {i}", stage=name) for i, (name, *_rest) in enumerate(STAGES[:5])]
    data = dict(
        candidate_name=CANDIDATE,
        role_title="Lead Member of Technical Staff",
        loop_name="LMTS loop",
        decision=decision,
        reasons=["All must-haves rated 3 or more on average.", "No strong no."],
        flags=["Capacity planning: ratings disagree by 2 levels."],
        columns=columns,
        skills=[
            SkillRatingsRow(
                name="Distributed systems design",
                priority="must",
                ratings=[None, 3, 4, 3, None],
                mean=3.33,
                flags=[],
            ),
            SkillRatingsRow(
                name="Capacity planning",
                priority="must",
                ratings=[None, None, 2, 4, None],
                mean=3.0,
                flags=["disagreement"],
            ),
            SkillRatingsRow(
                name="Mentoring",
                priority="nice",
                ratings=[None] * 5,
                mean=None,
                flags=["not rated"],
            ),
        ],
        overall=[
            OverallRow(
                interviewer=c.interviewer,
                stage=c.stage,
                recommendation=["yes", "strong_yes", "no", None, "yes"][i],
            )
            for i, c in enumerate(columns)
        ],
        policy_summary=[
            "Hire when every must-have averages 3 or more.",
            "Any strong no on a must-have blocks the hire.",
        ],
        generated_on="2026-11-24",
        app_version="0.1.0",
    )
    data.update(changes)
    return ConsolidatedScorecard.model_validate(data)
