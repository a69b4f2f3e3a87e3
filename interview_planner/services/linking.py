"""Link parsed skill requirements to catalogue skills.

Score of a requirement against a catalogue skill (documented in
docs/job-descriptions.md):

* each catalogue **name or alias** found in the requirement text: +3;
* each **multi-word keyword** found: +2; each single-word keyword: +1
  (whole words, case-insensitive; the short name counts double);
* the best full-text match of the requirement's words over the catalogue
  (FTS5 bm25 on SQLite, ts_rank on PostgreSQL): +1;
* a catalogue skill of the other kind (hard vs soft) scores half.

``match_score = raw / (raw + 2)``, in [0, 1). A requirement links to the best
skill when its score is at least :data:`LINK_THRESHOLD` (raw ≥ 2, i.e. two
independent pieces of evidence); otherwise it stays a custom skill with no
questions or rubric yet. Each catalogue skill is used at most once per role
when an alternative above the threshold exists (the higher score wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.portable import dialect_of, from_json
from interview_planner.services.fulltext import for_dialect

LINK_THRESHOLD = 0.5
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "by",
        "as",
        "at",
        "from",
        "into",
        "across",
        "via",
        "is",
        "are",
        "be",
        "able",
        "ability",
        "experience",
        "strong",
        "proven",
        "excellent",
        "advanced",
        "knowledge",
        "familiarity",
        "skills",
        "skill",
        "including",
        "such",
        "using",
        "use",
        "one",
        "more",
        "both",
        "other",
        "comparable",
        "similar",
        "tools",
        "practices",
    ]
)


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    slug: str
    name: str
    kind: str
    phrases: tuple[str, ...]  # name + aliases
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Link:
    skill_id: str | None
    slug: str | None
    score: float


def load_entries(session: Session) -> list[CatalogueEntry]:
    rows = session.execute(
        text("SELECT id, slug, name, kind, keywords, aliases FROM catalogue_skill WHERE retired = false ORDER BY slug")
    )
    return [
        CatalogueEntry(
            r.id,
            r.slug,
            r.name,
            r.kind,
            (r.name.lower(), *[a.lower() for a in from_json(r.aliases)]),
            tuple(k.lower() for k in from_json(r.keywords)),
        )
        for r in rows
    ]


@cache
def _word_re(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(term) + r"(?![\w])")


def raw_score(entry: CatalogueEntry, source: str, name: str, kind: str) -> float:
    src, short = source.lower(), name.lower()
    total = 0.0
    for phrase in entry.phrases:
        if _word_re(phrase).search(src):
            total += 3
    for keyword in entry.keywords:
        weight = 2 if " " in keyword or "-" in keyword else 1
        if _word_re(keyword).search(short):
            total += 2 * weight
        elif _word_re(keyword).search(src):
            total += weight
    return total if entry.kind == kind else total / 2


def fts_best(session: Session, source: str) -> str | None:
    words = " ".join(w for w in re.findall(r"\w+", source.lower()) if w not in _STOP and len(w) > 2)
    fts = for_dialect(dialect_of(session))
    match = fts.match(words, any_term=True)
    if not match:
        return None
    row = session.execute(text(fts.skill_best), {"m": match}).first()
    return row.skill_id if row else None


def rank(
    session: Session, entries: list[CatalogueEntry], *, source: str, name: str, kind: str
) -> list[tuple[float, CatalogueEntry]]:
    best_fts = fts_best(session, f"{name} {source}")
    scored = []
    for entry in entries:
        raw = raw_score(entry, source, name, kind) + (1 if entry.id == best_fts else 0)
        if raw > 0:
            scored.append((raw / (raw + 2), entry))
    scored.sort(key=lambda pair: (-pair[0], pair[1].slug))
    return scored


def link_requirements(session: Session, requirements: list[tuple[str, str, str]]) -> list[Link]:
    """Link (source, short name, kind) triples; a catalogue skill serves one requirement when it can."""
    entries = load_entries(session)
    ranked = [rank(session, entries, source=s, name=n, kind=k) for s, n, k in requirements]
    order = sorted(range(len(ranked)), key=lambda i: -(ranked[i][0][0] if ranked[i] else 0))
    taken: set[str] = set()
    links: list[Link] = [Link(None, None, 0.0)] * len(ranked)
    for i in order:
        options = [(score, e) for score, e in ranked[i] if score >= LINK_THRESHOLD]
        choice = next(((s, e) for s, e in options if e.id not in taken), options[0] if options else None)
        if choice is None:
            best = ranked[i][0][0] if ranked[i] else 0.0
            links[i] = Link(None, None, round(best, 3))
            continue
        taken.add(choice[1].id)
        links[i] = Link(choice[1].id, choice[1].slug, round(choice[0], 3))
    return links
