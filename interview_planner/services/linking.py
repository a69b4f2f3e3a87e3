"""Link parsed skill requirements to catalogue skills.

Everything the linker knows about a catalogue skill comes from the catalogue
itself, read from the database (name, aliases, keywords, definition), so a
skill added to the catalogue is linkable at once. Documented in
docs/job-descriptions.md; in short:

* **Words.** The requirement (short name and source) and each catalogue skill
  are cut into word *stems*: lower case, accents kept, British spellings made
  American ("organisation" -> "organization"), common endings dropped, and
  words of other languages or other phrasings mapped to the catalogue's
  vocabulary by the thesaurus in ``jd/lexicon.py`` (``CONCEPTS``: "Docker" ->
  containers, "requêtes" -> queries, "blog posts" -> writing).
* **Evidence.** A stem found in a skill's name, aliases or keywords weighs
  2 x its rarity across the catalogue (idf), one found only in its definition
  1 x; each whole name, alias or multi-word keyword found verbatim adds 3; the
  short name's words count 1.5 x. A skill of the other kind (hard vs soft)
  scores half. The best full-text match (FTS5/ts_rank) adds 1.
* **Decision.** The best skill is linked when its evidence reaches
  :data:`LINK_MIN`. ``confidence`` (stored as ``match_score``) is the strength
  ``raw / (raw + 4)`` times the margin over the runner-up
  (``0.5 + 0.5 * (best - second) / best``): a tie is never broken silently, it
  gets a low confidence and the role page shows it as *needs review*
  (below :data:`REVIEW_BELOW`). Among equal evidence the skill with more
  matches in its name, aliases and keywords comes first. Several requirements
  of a role may link to the same catalogue skill.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.portable import dialect_of, from_json
from interview_planner.jd.lexicon import CONCEPTS, LINK_STOPWORDS
from interview_planner.services.fulltext import for_dialect

LINK_MIN = 2.0  # raw evidence needed for a link
REVIEW_BELOW = 0.45  # confidence below this: "needs review"
LINK_THRESHOLD = LINK_MIN / (LINK_MIN + 4)  # kept for callers: the weakest confidence-free link strength

_WORD = re.compile(r"[^\W_]+(?:[+#]+|(?:[-/.][^\W_]+)*)", re.UNICODE)
_BRITISH = ((re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"), (re.compile(r"our$"), "or"))
_ENDINGS = (
    "ational",
    "ations",
    "ation",
    "ments",
    "ment",
    "ities",
    "ity",
    "ings",
    "ing",
    "ness",
    "ers",
    "ies",
    "ed",
    "er",
    "es",
    "al",
    "s",
)


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    slug: str
    name: str
    kind: str
    phrases: tuple[str, ...]  # name + aliases
    keywords: tuple[str, ...]
    definition: str = ""
    strong: frozenset[str] = field(default_factory=frozenset)  # stems of name, aliases, one-word keywords
    weak: frozenset[str] = field(default_factory=frozenset)  # stems of the definition and of multi-word keywords only


@dataclass(frozen=True)
class Link:
    skill_id: str | None
    slug: str | None
    score: float  # confidence in [0, 1)

    @property
    def needs_review(self) -> bool:
        return self.skill_id is None or self.score < REVIEW_BELOW


def load_entries(session: Session) -> list[CatalogueEntry]:
    rows = session.execute(
        text(
            "SELECT id, slug, name, kind, keywords, aliases, definition FROM catalogue_skill WHERE retired = false "
            "ORDER BY slug"
        )
    )
    entries = []
    for r in rows:
        phrases = (r.name.lower(), *[a.lower() for a in from_json(r.aliases)])
        keywords = tuple(k.lower() for k in from_json(r.keywords))
        single = [k for k in keywords if len(k.split()) == 1]
        strong = frozenset(stems(" ".join((*phrases, *single)), concepts=False))
        # "keyboard navigation" does not make "navigation" alone a sign of web accessibility
        partial = [k for k in keywords if len(k.split()) > 1]
        weak = frozenset(stems(" ".join((r.definition or "", *partial)), concepts=False)) - strong
        entries.append(
            CatalogueEntry(r.id, r.slug, r.name, r.kind, phrases, keywords, r.definition or "", strong, weak)
        )
    return entries


# --- words -----------------------------------------------------------------------


_UNSTEMMED = {"engineer": "engineer", "engineers": "engineer", "engineering": "engineer"}  # not "engine"


@cache
def stem(word: str) -> str:
    word = word.lower().strip(".-/")
    if word in _UNSTEMMED:
        return _UNSTEMMED[word]
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    if len(word) <= 4 or not word.isalpha():
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def stems(source: str, *, concepts: bool = True) -> list[str]:
    """The stems of ``source`` (with the thesaurus's concepts added for a requirement), stopwords dropped."""
    lowered = _fold_quotes(source.lower())
    found: list[str] = []
    for pattern, words in _concept_patterns() if concepts else ():
        if pattern.search(lowered):
            found.extend(stem(w) for w in words.split())
    for word in _WORD.findall(lowered):
        if word not in LINK_STOPWORDS and (len(word) > 1 or word in ("c", "r", "go")):
            found.append(stem(word))
    return found


def _fold_quotes(text_: str) -> str:
    return unicodedata.normalize("NFC", text_.replace("\u2019", "'").replace("\u2018", "'"))


@cache
def _concept_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE), concepts) for pattern, concepts in CONCEPTS
    )


@cache
def _word_re(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(term) + r"(?![\w])")


# --- scoring -----------------------------------------------------------------------


def _idf(entries: list[CatalogueEntry]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(entry.strong | entry.weak)
    total = len(entries)
    return {word: math.log(1 + total / count) for word, count in counts.items()}


def raw_score(entry: CatalogueEntry, source: str, name: str, kind: str, idf: dict[str, float] | None = None) -> float:
    idf = idf or {}
    src = _fold_quotes(source.lower())
    total = 0.0
    for phrase in (*entry.phrases, *(k for k in entry.keywords if " " in k or "-" in k)):
        if _word_re(phrase).search(src):
            total += 3
    name_stems = set(stems(name))
    for word in set(stems(source)) | name_stems:
        weight = 2.0 if word in entry.strong else 1.0 if word in entry.weak else 0.0
        if weight:
            total += weight * idf.get(word, 1.0) * (1.5 if word in name_stems else 1.0)
    return total if entry.kind == kind else total / 2


def fts_best(session: Session, source: str) -> str | None:
    words = " ".join(w for w in re.findall(r"\w+", source.lower()) if w not in LINK_STOPWORDS and len(w) > 2)
    fts = for_dialect(dialect_of(session))
    match = fts.match(words, any_term=True)
    if not match:
        return None
    row = session.execute(text(fts.skill_best), {"m": match}).first()
    return row.skill_id if row else None


MAX_SOURCE_CHARS = 1_000


def rank(
    session: Session,
    entries: list[CatalogueEntry],
    *,
    source: str,
    name: str,
    kind: str,
    idf: dict[str, float] | None = None,
) -> list[tuple[float, CatalogueEntry]]:
    """Catalogue skills with their raw evidence for one requirement, best first (ties keep catalogue order)."""
    idf = idf if idf is not None else _idf(entries)
    best_fts = fts_best(session, f"{name} {source}")
    words = set(stems(f"{name} {source}"))
    scored = []
    for entry in entries:
        raw = raw_score(entry, source, name, kind, idf) + (1 if entry.id == best_fts else 0)
        if raw > 0:
            scored.append((raw, len(words & entry.strong), entry))
    scored.sort(key=lambda row: (-row[0], -row[1]))
    return [(raw, entry) for raw, _, entry in scored]


def confidence(best: float, second: float) -> float:
    """Strength times margin: a tie between two skills halves the confidence."""
    if best <= 0:
        return 0.0
    strength = best / (best + 4)
    margin = max(0.0, best - second) / best
    return round(strength * (0.5 + 0.5 * margin), 3)


def link_requirements(
    session: Session, requirements: Sequence[tuple[str, str, str]] | Sequence[tuple[str, str, str, str | None]]
) -> list[Link]:
    """Link (source, short name, kind[, part]) requirements, each to its best catalogue skill if evidence suffices.

    A requirement that is one skill of a list (``part``: "Kafka" of "Experience with Kafka, Spark and
    Airflow") is linked by its own words; only when they say nothing the whole source is used.
    """
    entries = load_entries(session)
    idf = _idf(entries)
    links = []
    for source, name, kind, *rest in requirements:
        # A requirement is a line or two of a posting: its first MAX_SOURCE_CHARS characters are plenty to link
        # it, and a hostile 200 KB "line" would otherwise cost seconds of scoring per catalogue skill.
        part = rest[0] if rest else None
        link = None
        if part:
            link = _best(session, entries, part[:MAX_SOURCE_CHARS], name, kind, idf)
        if link is None or link.skill_id is None:
            link = _best(session, entries, source[:MAX_SOURCE_CHARS], name[:MAX_SOURCE_CHARS], kind, idf)
        links.append(link)
    return links


def _best(
    session: Session, entries: list[CatalogueEntry], source: str, name: str, kind: str, idf: dict[str, float]
) -> Link:
    ranked = rank(session, entries, source=source, name=name, kind=kind, idf=idf)
    if ranked and not anchored(ranked[0][1], source, name):
        best = ranked[0][0]
        return Link(None, None, round(min(best, LINK_MIN) / (min(best, LINK_MIN) + 4), 3))
    return _link(ranked)


def anchored(entry: CatalogueEntry, source: str, name: str) -> bool:
    """Whether the requirement names ``entry`` itself: a word of its name, an alias or a one-word keyword,
    or a whole multi-word keyword. Words only of its definition or of part of a keyword are not enough
    ("maritime navigation law" shares "navigation" with "keyboard navigation", nothing more)."""
    if set(stems(f"{name} {source}")) & entry.strong:
        return True
    src = _fold_quotes(source.lower())
    return any(_word_re(phrase).search(src) for phrase in (*entry.phrases, *entry.keywords))


def _link(ranked: list[tuple[float, CatalogueEntry]]) -> Link:
    if not ranked or ranked[0][0] < LINK_MIN:
        best = ranked[0][0] if ranked else 0.0
        return Link(None, None, round(best / (best + 4), 3))
    (best, entry), second = ranked[0], ranked[1][0] if len(ranked) > 1 else 0.0
    return Link(entry.id, entry.slug, confidence(best, second))
