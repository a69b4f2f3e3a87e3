"""Generated benchmark data: question banks, a 40-skill job description, a planned loop with candidates.

Everything is deterministic (fixed seeds) and cached under ``benchmarks/.cache``
(the key includes the schema, so a migration rebuilds the databases). The
banks are written in the project's JSON bank format, one file per catalogue
skill (a file may hold at most 20 MB), and loaded through the real services.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from interview_planner.content.bundled import bundled_catalogue, bundled_rubric_paths
from interview_planner.content.schema import CatalogueSkill
from interview_planner.paths import data_file

CACHE = Path(__file__).resolve().parent / ".cache"
DATA_VERSION = 1  # bump when a generator changes
ROLE_TITLE = "Principal Platform Engineer (benchmark)"
Log = Callable[[str], None]

# --- question text -----------------------------------------------------------------

SYSTEMS = (
    "payments ledger",
    "ride-matching service",
    "photo-sharing feed",
    "search autocomplete",
    "notification fan-out",
    "inventory reservation system",
    "metrics pipeline",
    "chat backend",
    "feature-flag service",
    "video transcoding farm",
    "ad-click aggregator",
    "document editor backend",
    "booking engine",
    "fraud scoring service",
    "URL shortener",
    "leaderboard",
    "audit log store",
    "recommendation API",
    "configuration service",
    "billing export job",
)
SCALES = (
    "50,000 requests per second",
    "two regions and 40 million users",
    "a single data centre that is full",
    "a tenfold traffic spike every Black Friday",
    "an 8 TB working set",
    "strict 99.99% availability",
    "a p99 latency budget of 120 ms",
    "a team of six engineers",
    "three legacy databases",
    "a monolith of 1.2 million lines",
)
CONSTRAINTS = (
    "Writes must never be lost.",
    "Reads can be a few seconds stale.",
    "Budget is fixed for the year.",
    "Two teams own overlapping parts of it.",
    "Auditors review every change.",
    "The current on-call load is eight pages a week.",
    "Clients cannot be upgraded for a year.",
    "Data must stay in the EU.",
    "The vendor contract ends in six months.",
)
CONCERNS = (
    "failure handling",
    "schema changes",
    "back-pressure",
    "hot keys",
    "cache invalidation",
    "rollbacks",
    "capacity planning",
    "access control",
    "cost per request",
    "observability",
    "data retention",
    "idempotency",
    "ordering guarantees",
    "multi-tenancy",
    "testing strategy",
)
SITUATIONS = (
    "disagreed with a senior engineer about a design",
    "had to deliver bad news to a stakeholder",
    "took over a project that was failing",
    "changed a team's way of working",
    "made a decision with incomplete information",
    "mentored someone who was struggling",
    "negotiated scope with a product manager",
    "recovered from a mistake you made in production",
    "had to say no to an important customer",
    "built trust with a team you had just joined",
    "balanced two deadlines that could not both be met",
    "learned a new technology under time pressure",
)
CODING_TASKS = (
    "merges overlapping time ranges",
    "rate-limits calls per client with a sliding window",
    "finds the k most frequent events in a stream",
    "parses and validates a config file",
    "detects a cycle in service dependencies",
    "implements an LRU cache with expiry",
    "batches writes and retries failed ones with jitter",
    "diffs two versions of a schema",
    "computes percentiles over a rolling window",
    "schedules jobs with priorities and deadlines",
)
FOLLOW_UPS = (
    "What changes if the traffic grows ten times?",
    "How would you test this before it ships?",
    "Which part would you build first, and why?",
    "What would you monitor, and what would page someone?",
    "How would you roll this out safely?",
    "What are the main trade-offs of your approach?",
    "What would you do differently with twice the budget?",
    "How do you know it worked?",
    "Who else would you involve, and when?",
    "What is the first thing that breaks?",
)
STRONG = (
    "States the assumptions and checks them against numbers.",
    "Names the trade-offs and picks one with a reason.",
    "Plans for failure explicitly and describes recovery.",
    "Gives concrete, measured outcomes.",
    "Keeps the design as simple as the requirements allow.",
    "Takes ownership and describes what they learned.",
    "Involves the right people early and explains why.",
)
WEAK = (
    "Jumps to a solution without clarifying the problem.",
    "Ignores failure modes.",
    "Cannot say how success would be measured.",
    "Blames others for the outcome.",
    "Adds components without a reason.",
    "Gives only generic answers with no example.",
)
KINDS = {"hard": ("technical", "technical", "system_design", "coding"), "soft": ("behavioural",) * 5 + ("technical",)}
MINUTES = (5, 10, 10, 15, 15, 20, 20, 25, 30, 45)
DIFFICULTIES = ("easy", "medium", "medium", "hard")


def _question_text(rng: random.Random, skill: CatalogueSkill, kind: str) -> str:
    word, other = rng.sample(skill.keywords, 2) if len(skill.keywords) > 1 else (skill.name, skill.name)
    if kind == "system_design":
        return (
            f"Design a {rng.choice(SYSTEMS)} for {rng.choice(SCALES)}, with a focus on {word}. "
            f"{rng.choice(CONSTRAINTS)} How do you handle {rng.choice(CONCERNS)} and {other}?"
        )
    if kind == "coding":
        return (
            f"Write a function that {rng.choice(CODING_TASKS)} for a {rng.choice(SYSTEMS)}. "
            f"Then review it for {word} and {rng.choice(CONCERNS)}."
        )
    if kind == "behavioural":
        return (
            f"Tell me about a time you {rng.choice(SITUATIONS)} while working on {word}. "
            f"What did you do about {other}, and what happened?"
        )
    return (
        f"Explain how you would use {word} in a {rng.choice(SYSTEMS)} under {rng.choice(SCALES)}. "
        f"{rng.choice(CONSTRAINTS)} What goes wrong with {other} and {rng.choice(CONCERNS)}?"
    )


def _question(rng: random.Random, skill: CatalogueSkill, slugs: list[str], number: int) -> dict[str, object]:
    kind = rng.choice(KINDS[skill.kind.value])
    skills = [skill.slug]
    if rng.random() < 0.4:
        skills.append(rng.choice([s for s in slugs if s != skill.slug]))
    return {
        "id": f"{skill.slug}-{number:06d}",
        "text": _question_text(rng, skill, kind),
        "kind": kind,
        "minutes": rng.choice(MINUTES),
        "difficulty": rng.choice(DIFFICULTIES),
        "skills": skills,
        "follow_ups": rng.sample(FOLLOW_UPS, rng.choice((2, 3))),
        "strong_signals": rng.sample(STRONG, rng.choice((1, 2))),
        "weak_signals": rng.sample(WEAK, rng.choice((1, 2))),
    }


def _bank(skill: CatalogueSkill, slugs: list[str], count: int) -> dict[str, object]:
    rng = random.Random(f"{DATA_VERSION}:{skill.slug}:{count}")
    return {
        "format": "interview-planner/question-bank@1",
        "bank": f"bench-{skill.slug}",
        "title": f"Generated {skill.name} questions",
        "questions": [_question(rng, skill, slugs, n) for n in range(1, count + 1)],
    }


def bank_files(total: int) -> list[Path]:
    """``total`` questions spread evenly over the 25 catalogue skills, one JSON bank per skill (cached)."""
    folder = CACHE / f"bank-{total}-v{DATA_VERSION}"
    skills = bundled_catalogue().skills
    paths = [folder / f"{s.slug}.json" for s in skills]
    if all(p.exists() for p in paths):
        return paths
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    slugs = [s.slug for s in skills]
    for i, skill in enumerate(skills):
        count = total // len(skills) + (1 if i < total % len(skills) else 0)
        text = json.dumps(_bank(skill, slugs, count), ensure_ascii=False)
        (tmp / f"{skill.slug}.json").write_text(text, encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return paths


def changed_bank_files(paths: list[Path], folder: Path) -> list[Path]:
    """The same banks with every question's text edited (same ids): a re-import updates them all."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for path in paths:
        bank = json.loads(path.read_text(encoding="utf-8"))
        for question in bank["questions"]:
            question["text"] += " (Revised wording.)"
        target = folder / path.name
        target.write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
        out.append(target)
    return out


# --- the job description -------------------------------------------------------------

HARD_OPENINGS = (
    "Deep experience with {k} and {k2} in production",
    "Hands-on {k} work, including {k2}",
    "Proven ability to apply {k} and {k2} at scale",
)
SOFT_OPENINGS = (
    "Strong {k} and {k2} with peers and leadership",
    "Demonstrated {k}, including {k2}",
    "A track record of {k} and {k2} across teams",
)


def job_description(skills: int = 40) -> str:
    """A posting with ``skills`` requirement bullets under Requirements / Hard skills / Soft skills."""
    catalogue = bundled_catalogue().skills
    hard = [s for s in catalogue if s.kind.value == "hard"]
    soft = [s for s in catalogue if s.kind.value == "soft"]
    n_hard = round(skills * len(hard) / len(catalogue))
    lines = [
        ROLE_TITLE,
        "",
        "About the role",
        "You will lead the design of our platform, mentor engineers and own reliability for critical services.",
        "",
        "Requirements",
        "",
        "Hard skills",
    ]
    lines += _bullets(hard, n_hard, HARD_OPENINGS)
    lines += ["", "Soft skills"]
    lines += _bullets(soft, skills - n_hard, SOFT_OPENINGS)
    lines += ["", "Benefits", "- Remote-friendly, flexible hours", "- Learning budget"]
    return "\n".join(lines) + "\n"


def _bullets(skills: list[CatalogueSkill], count: int, openings: tuple[str, ...]) -> list[str]:
    out = []
    for n in range(count):
        skill = skills[n % len(skills)]
        turn = n // len(skills)
        words = skill.keywords
        k, k2 = words[(2 * turn) % len(words)], words[(2 * turn + 1) % len(words)]
        tail = "" if turn == 0 else " (second area of the same skill)"
        out.append("- " + openings[turn % len(openings)].format(k=k, k2=k2) + f" for {skill.name.lower()}{tail}.")
    return out


# --- databases --------------------------------------------------------------------------

INTERVIEWERS = (
    ("coding", "bar-raiser"),
    ("coding",),
    ("system-design",),
    ("system-design", "architecture-deep-dive"),
    ("architecture-deep-dive",),
    ("operations",),
    ("operations", "architecture-deep-dive"),
    ("behavioural-leadership",),
    ("behavioural-leadership", "cross-functional"),
    ("hiring-manager",),
    ("hiring-manager", "behavioural-leadership"),
    ("cross-functional",),
)


@dataclass(frozen=True)
class World:
    """A database with the generated bank, the 40-skill role, one planned loop and candidates."""

    path: Path
    questions: int
    candidates: int
    role_id: str
    loop_id: str
    candidate_ids: tuple[str, ...]


def schema_key() -> str:
    sql = "".join(p.read_text(encoding="utf-8") for p in sorted(data_file("migrations").glob("*.sql")))
    return hashlib.sha256(f"{DATA_VERSION}:{sql}".encode()).hexdigest()[:10]


def content_db(path: Path, banks: list[Path]) -> None:
    """A fresh database with the catalogue, the bundled rubrics and the given banks (no bundled banks)."""
    from interview_planner.db.database import Database
    from interview_planner.services import content

    db = Database.open(path)
    try:
        content.sync_catalogue(db)
        content.import_rubrics(db, bundled_rubric_paths())
        content.import_banks(db, banks)
    finally:
        db.close()


def world(questions: int, candidates: int, log: Log = print) -> World:
    """The cached database for these sizes (built on first use: a few minutes at full size)."""
    path = CACHE / f"world-{questions}-{candidates}-{schema_key()}.db"
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        log(f"building {path.name} (cached for later runs)")
        _build_world(path, meta, questions, candidates)
    info = json.loads(meta.read_text(encoding="utf-8"))
    return World(
        path=path,
        questions=questions,
        candidates=candidates,
        role_id=info["role_id"],
        loop_id=info["loop_id"],
        candidate_ids=tuple(info["candidate_ids"]),
    )


def _build_world(path: Path, meta: Path, questions: int, candidates: int) -> None:
    from interview_planner.db.database import Database

    tmp = path.with_name(path.name + ".tmp")
    for stale in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        stale.unlink(missing_ok=True)
    content_db(tmp, bank_files(questions))
    db = Database.open(tmp)
    try:
        role_id, loop_id = plan_role(db)
        ids = add_candidates(db, loop_id, candidates)
    finally:
        db.close()
    _finish(tmp, path)
    meta.write_text(json.dumps({"role_id": role_id, "loop_id": loop_id, "candidate_ids": ids}), encoding="utf-8")


def _finish(tmp: Path, path: Path) -> None:
    """Fold the write-ahead log into the file, then move it in place."""
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    tmp.rename(path)


def demo_db() -> Path:
    """The database ``interview-planner init --demo`` makes (cached)."""
    from interview_planner.db.database import Database
    from interview_planner.services.setup import initialise

    path = CACHE / f"demo-{schema_key()}.db"
    if not path.exists():
        tmp = path.with_name(path.name + ".tmp")
        tmp.unlink(missing_ok=True)
        db = Database.open(tmp)
        try:
            initialise(db, demo=True)
        finally:
            db.close()
        _finish(tmp, path)
    return path


def plan_role(db: object) -> tuple[str, str]:
    """Import the 40-skill role, add interviewers and plan its loop; (role id, loop id)."""
    from interview_planner.services import loops, roles

    for n, focuses in enumerate(INTERVIEWERS):
        loops.add_interviewer(
            db,
            name=f"Interviewer {n + 1:02d}",
            email=f"interviewer{n + 1:02d}@example.com",
            focuses=list(focuses),
            weekly_limit=10_000,
        )
    role = roles.import_role(db, text_=job_description(), source_name="benchmark posting")
    loop = loops.plan(db, role=role.role.id, name="Benchmark loop")
    return role.role.id, loop.loop.id


def add_candidates(db: object, loop_id: str, count: int) -> list[str]:
    """``count`` candidates, each with every scorecard of the loop submitted."""
    from interview_planner.services import candidates

    ids = []
    for n in range(count):
        person = candidates.add_candidate(
            db, name=f"Candidate {n + 1:04d}", loop=loop_id, email=f"candidate{n + 1:04d}@example.com"
        )
        for position, interview in enumerate(person.interviews):
            _submit(db, interview.id, n + position)
        ids.append(person.id)
    return ids


def _submit(db: object, interview_id: str, seed: int) -> None:
    from interview_planner.services import scorecards

    view = scorecards.get_scorecard(db, interview_id)
    ratings = {r.skill_id: 1 + (seed + i) % 4 for i, r in enumerate(view.ratings)}
    evidence = {r.skill_id: f"Observed {r.skill.lower()} in a worked example." for r in view.ratings}
    patch = scorecards.ScorecardPatch(
        ratings=ratings,
        evidence=evidence,
        overall=("no", "yes", "strong_yes", "yes")[seed % 4],
        key_takeaways="Clear reasoning; asked good questions.",
    )
    scorecards.submit(db, interview_id=interview_id, patch=patch)


def fresh_copy(source: Path, target: Path) -> Path:
    """A private copy of a cached database for figures that write."""
    shutil.copyfile(source, target)
    return target
