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
* **Evidence.** The requirement is read as *mentions* (:class:`Mention`): a
  word, or a run of words the thesaurus reads as one concept, counted once
  per skill with its best stem. A stem found in a skill's name, aliases or
  keywords weighs 2 x its rarity across the catalogue (idf), one found only
  in its definition 1 x; the short name's words count 1.5 x; a mention that
  is only the medium (a programming language) or an example ("such as ...")
  counts half. Each whole name, alias or multi-word keyword found verbatim,
  in the requirement or in the thesaurus's English words for it, adds 3. A
  skill of the other kind (hard vs soft) scores half. The best full-text
  match (FTS5/ts_rank) adds 1.
* **Meaning.** A small offline text-embedding model (``jd/semantic.py``)
  compares the requirement (with the thesaurus's English words for it, since
  the model reads English best) with each catalogue skill's name, aliases,
  keywords and definition (embedded once per process and catalogue). Among
  the skills the requirement names, the similarity breaks near-ties
  (:data:`SEMANTIC_WEIGHT`); when the lexicon finds no skill named, a clear
  similarity (:data:`SEMANTIC_MIN`, :data:`SEMANTIC_MARGIN`) gives a
  *suggested* link whose confidence stays below :data:`REVIEW_BELOW`, so a
  person confirms it. Without the model the lexicon decides alone.
* **Decision.** The best skill is linked when its evidence reaches
  :data:`LINK_MIN`. ``confidence`` (stored as ``match_score``) is the strength
  ``raw / (raw + 4)`` times the margin over the runner-up
  (``0.5 + 0.5 * (best - second) / best``, on the evidence combined with the
  similarity when the model is there): a tie is never broken silently, it
  gets a low confidence and the role page shows it as *needs review*
  (below :data:`REVIEW_BELOW`); so does a near-tie (:data:`NEAR_TIE`), a link
  the model chose over the lexicon's best, and a listed part's fallback to
  its sentence's link. A skill's broader or narrower skill is no rival; when the model prefers the broader skill
  of the lexicon's best and the requirement says a term of that narrower one, the narrower one is linked. When the
  best evidence is for a skill the requirement does not name (words of its definition only), the next skill it
  surely names is linked, for review (:func:`_named_runner_up`). Among equal evidence the skill with more
  matches in its name, aliases and keywords comes first. Several requirements
  of a role may link to the same catalogue skill.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import yaml
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.portable import from_json
from interview_planner.jd import semantic
from interview_planner.jd.formats import CJK_CHARS, has_chinese
from interview_planner.jd.lexicon import (
    CJK_CONCEPTS,
    CONCEPTS,
    EXAMPLE_CUES,
    HEAD_PRACTICES,
    LINK_IDIOMS,
    LINK_STOPWORDS,
    MEDIUM_WORDS,
    SKILL_WAIVED,
    WEB_ADDRESS,
)
from interview_planner.paths import data_file

if TYPE_CHECKING:  # numpy is imported where vectors are compared: the app's start-up does not pay for it
    import numpy as np

LINK_MIN = 2.0  # raw evidence needed for a link
REVIEW_BELOW = 0.45  # confidence below this: "needs review"
LINK_THRESHOLD = LINK_MIN / (LINK_MIN + 4)  # kept for callers: the weakest confidence-free link strength
SEMANTIC_WEIGHT = 2.0  # similarity's weight against the evidence (scaled to 1 for the best) among named skills
SEMANTIC_MIN = 0.38  # cosine similarity a model-only suggestion needs...
SEMANTIC_MARGIN = 0.15  # ...and its lead over the next skill
CONTENDER = 0.5  # among the skills named, the model chooses only between those with half the best evidence or more
NEAR_TIE = 0.85  # a runner-up with this share of the best's evidence or more makes a near-tie...
CONTESTED = REVIEW_BELOW - 0.01  # ...and such a link, or one the model chose over the lexicon's best, gets at most this
MEDIUM_WEIGHT = 0.5  # a medium mention's share of its evidence (see Mention)
EXAMPLE_WEIGHT = 0.5  # an example mention's share of its evidence (see Mention)
OTHER_KIND_WEIGHT = 0.5  # a skill of the other kind (hard vs soft) gets this share of its evidence
SUGGESTION_CONFIDENCE = 0.4  # a model-only suggestion's confidence at most: always "needs review"

# (a run of Chinese characters is a word of its own: Chinese writes "熟悉Docker和Kubernetes" without spaces)
# a run of Chinese characters or Japanese kana is one word, apart from the Latin name written against it
# ("熟悉Docker和Kubernetes", "TerraformなどIaCツール")
_WORD = re.compile(
    f"[{CJK_CHARS}]+|[^\\W_{CJK_CHARS}]+(?:[+#]+|(?:[-/.][^\\W_{CJK_CHARS}]+)*)",
    re.UNICODE,
)
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
    broader: str | None = None  # the slug of the wider skill this one narrows
    lent: frozenset[str] = field(default_factory=frozenset)  # alias-only words another skill claims alone: weak here

    def related(self, other: CatalogueEntry) -> bool:
        """A skill and its broader skill (or two narrower skills of one) do not compete: either link is right."""
        return (
            other.slug == self.broader
            or self.slug == other.broader
            or (self.broader is not None and self.broader == other.broader)
        )


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
            "SELECT id, slug, name, kind, keywords, aliases, definition, broader FROM catalogue_skill "
            "WHERE retired = false ORDER BY slug"
        )
    )
    return list(
        _lent_words(
            tuple(
                _entry(
                    r.id,
                    r.slug,
                    r.name,
                    r.kind,
                    _as_tuple(r.keywords),
                    _as_tuple(r.aliases),
                    r.definition or "",
                    r.broader,
                )
                for r in rows
            )
        )
    )


@lru_cache(maxsize=16)
def _lent_words(entries: tuple[CatalogueEntry, ...]) -> tuple[CatalogueEntry, ...]:
    """The catalogue with each skill's alias-only words made weak where another skill, not its broader or narrower
    one, claims the word alone: an alias's word that the skill's name and one-word keywords do not say, and that is
    another skill's one-word keyword, names that other skill when said alone ("React" is frontend's keyword, and only
    the alias "React Native development" gave it to mobile; "architecture" alone is no sign of CSS architecture).
    Where the requirement says one of the skill's own phrases whole ("People leadership"), its lent words are strong
    again (``_raw``)."""
    alone: dict[str, set[str]] = {}
    by_slug = {entry.slug: entry for entry in entries}  # (the word of a broader or narrower skill stays strong)
    for entry in entries:
        for word in _single_keyword_stems(entry):
            alone.setdefault(word, set()).add(entry.slug)
    result = []
    for entry in entries:
        own = _single_keyword_stems(entry) | frozenset(stems(entry.name.lower(), concepts=False))
        lent = frozenset(
            word
            for word in entry.strong - own
            if any(
                slug not in (entry.slug, entry.broader) and by_slug[slug].broader != entry.slug
                for slug in alone.get(word, ())
            )
        )
        result.append(replace(entry, strong=entry.strong - lent, weak=entry.weak | lent, lent=lent) if lent else entry)
    return tuple(result)


@lru_cache(maxsize=8)
def _keyword_stems(entries: tuple[CatalogueEntry, ...]) -> frozenset[str]:
    """The one-word keywords of the whole catalogue ("aws", "docker", "kafka"), stemmed."""
    return frozenset[str]().union(*(_single_keyword_stems(entry) for entry in entries))


@lru_cache(maxsize=512)  # (each catalogue skill's, asked once per requirement by the tool rule)
def _single_keyword_stems(entry: CatalogueEntry) -> frozenset[str]:
    return frozenset(stems(" ".join(k for k in entry.keywords if len(k.split()) == 1), concepts=False))


def _as_tuple(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in from_json(value))


@lru_cache(maxsize=4096)
def _entry(
    id_: str,
    slug: str,
    name: str,
    kind: str,
    keywords_: tuple[str, ...],
    aliases: tuple[str, ...],
    definition: str,
    broader: str | None = None,
) -> CatalogueEntry:
    """One catalogue skill's words, computed once per process for each version of the skill."""
    phrases = (name.lower(), *[a.lower() for a in aliases])
    keywords = tuple(k.lower() for k in keywords_)
    single = [k for k in keywords if len(k.split()) == 1]
    # (a verb of a name's phrase says nothing alone: "building" in "team building" is no sign of "building websites")
    named = frozenset(stems(" ".join((*phrases, *single)), concepts=False))
    strong = named - _GENERIC_NAME_STEMS
    # "keyboard navigation" does not make "navigation" alone a sign of web accessibility
    partial = [k for k in keywords if len(k.split()) > 1]
    weak = (frozenset(stems(" ".join((definition, *partial)), concepts=False)) | (named & _GENERIC_NAME_STEMS)) - strong
    return CatalogueEntry(id_, slug, name, kind, phrases, keywords, definition, strong, weak, broader)


# --- words -----------------------------------------------------------------------


# not "engine"; "looker" (a BI tool) is not "looking"; "embedded" (databases, systems) is not "embeddings"; SQL's
# "joins" are not "joining a founding team"
_UNSTEMMED = {
    "joins": "joins",
    "engineer": "engineer",
    "engineers": "engineer",
    "engineering": "engineer",
    "looker": "looker",
    "embedded": "embedded",
    # not "prior" ("prior experience with Haxe" is no priority management)
    "priority": "priorit",
    "priorities": "priorit",
    # (round 30) a candidate's profile, in French and German "profil", is no profiling ("un profil technique")
    "profil": "profile",
    # (round 31) "general", "generally" are no generative AI ("a general overview in non-functional testing")
    "general": "general",
    "generally": "general",
    "generalist": "general",
    # (round 35) integrity is no integration ("integrity when handling confidential information")
    "integrity": "integrity",
    # (round 38) version control is no API versioning ("Version control experience required"); "versioned APIs" is
    # API versioning still
    "versioning": "versioning",
    "versioned": "versioning",
}
# a word of a name's or alias's phrase that says nothing alone: "building" (team building), "site" (site
# reliability: "static site generation"), "line" (line management: "command line"), "tool" (observability tooling:
# "tools such as npm"), "system" (Linux, distributed or design systems: "ticketing systems"), "machine" (machine
# learning: "virtual machine rollouts"; the thesaurus reads "machine translation", "machine vision" as learning)
_GENERIC_NAME_STEMS = frozenset({"build", "site", "line", "tool", "system", "machine", "engineer"})


@cache
def stem(word: str) -> str:
    word = word.lower().strip(".-/")
    if "-" in word and "/" not in word and "." not in word:  # "trade-offs", "tradeoffs": one word however written
        word = word.replace("-", "")
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
    return [word for mention in _mentions(source, concepts) for word in sorted(mention.stems)]


@dataclass(frozen=True)
class Mention:
    """One thing a requirement names: a word (its stem), or a run of words the thesaurus reads as a concept (its
    words' stems with the concept's: "Docker" -> {docker, containers}). Evidence counts a mention once, however
    many of its stems a catalogue skill shares ("Go" is not three programming words). A *medium* mention names
    only what the work is done in (a programming language, "code": ``MEDIUM_WORDS``), and weighs less; so does
    an *example* mention, after "e.g."/"such as" to the end of the clause (``EXAMPLE_CUES``): the requirement's head
    says what the skill is, its examples illustrate it."""

    stems: frozenset[str]
    medium: bool = False
    example: bool = False


def mentions(source: str) -> tuple[Mention, ...]:
    """What a requirement's text names, one :class:`Mention` each, in order."""
    return _mentions(source, True)


@lru_cache(maxsize=8192)
def _mentions(source: str, concepts: bool) -> tuple[Mention, ...]:
    lowered = _fold_quotes(source.lower())
    spans: list[tuple[int, int, list[str], bool | None]] = []  # medium: None for a concept (no say)
    for start, word in _words(lowered):
        if word not in LINK_STOPWORDS and (len(word) > 1 or word in ("c", "r", "go")):
            spans.append((start, start + len(word), [stem(word)], word in MEDIUM_WORDS))
    if concepts:
        for pattern, words in _thesaurus_for(lowered):
            for match in pattern.finditer(lowered):
                spans.append((match.start(), match.end(), [stem(w) for w in words.split()], None))
    spans.sort(key=lambda span: (span[0], -span[1]))
    found: list[tuple[int, int, set[str], bool | None]] = []  # (start, end, stems, medium) of each mention
    for start, end, words_, medium in spans:
        if found and start < found[-1][1]:  # overlapping spans are one mention
            first, last_end, last_words, last_medium = found[-1]
            both = medium if last_medium is None else last_medium if medium is None else last_medium and medium
            found[-1] = (first, max(end, last_end), last_words | set(words_), both)
        else:
            found.append((start, end, set(words_), medium))
    examples = [m.span() for m in _example_re().finditer(lowered)]
    # a requirement that is all example ("(e.g. Kafka)") has no head to outweigh
    if examples and all(any(a <= start < b for a, b in examples) for start, *_ in found):
        examples = []
    return tuple(
        Mention(frozenset(words_), bool(medium), any(a <= start < b for a, b in examples))
        for start, _, words_, medium in found
    )


def _words(lowered: str) -> Iterator[tuple[int, str]]:
    """The words of ``lowered`` with their offsets; a slash-joined list of words ("sharing/writing/talking",
    "PostgreSQL/MySQL") is its words, while a short pair stays one term ("CI/CD", "TCP/IP", "I/O")."""
    for match in _WORD.finditer(lowered):
        word, start = match.group(), match.start()
        parts = word.split("/")
        if len(parts) > 1 and all(len(part) >= 3 for part in parts):
            for part in parts:
                yield start, part
                start += len(part) + 1
        else:
            yield start, word


@cache
def _example_re() -> re.Pattern[str]:
    cues = "|".join(EXAMPLE_CUES)
    return re.compile(r"(?<!\w)(?:" + cues + r")(?!\w)[^.;:()]*", re.IGNORECASE)


def _fold_quotes(text_: str) -> str:
    """Lower-case requirement text as the linker reads it: quotes folded, idioms (``LINK_IDIOMS``) blanked out."""
    # (Turkish "İ" lower-cased is "i" and a combining dot: "i", as the lexicon's ``normalise`` reads it)
    folded = unicodedata.normalize("NFC", text_.replace("\u2019", "'").replace("\u2018", "'").replace("i\u0307", "i"))
    return _idiom_re().sub(lambda match: " " * len(match[0]), folded)


@cache
def _idiom_re() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(LINK_IDIOMS) + r")(?!\w)", re.IGNORECASE)


@cache
def _concept_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE), concepts) for pattern, concepts in CONCEPTS
    )


@cache
def _any_concept() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p, _ in CONCEPTS) + r")(?!\w)", re.IGNORECASE)


@cache
def _skill_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each catalogue skill's words in other languages (``data/skill_phrases.yaml``): (slug, phrases)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (the C loader reads it ten times faster)
    table = yaml.load(data_file(SKILL_PHRASES_FILE).read_text(encoding="utf-8"), Loader=loader) or {}
    return tuple(
        (str(slug), tuple(sorted({p for words in (languages or {}).values() for p in words}, key=len, reverse=True)))
        for slug, languages in table.items()
        if languages
    )


SKILL_PHRASES_FILE = "skill_phrases.yaml"
_TEXT_WORD = re.compile(r"\w+")


@cache
def _phrase_index() -> tuple[dict[str, frozenset[int]], dict[str, tuple[tuple[str, int], ...]]]:
    """Which skills' phrases may start at a word: by the whole first word, and by a stem's first three letters
    (a phrase "kommunikat*" starts at any word that begins so). Some 3,500 phrases: looked up by the text's words,
    not tried as one pattern (compiling that alone took 0.7 s)."""
    by_word: dict[str, set[int]] = {}
    by_prefix: dict[str, list[tuple[str, int]]] = {}
    for index, (_, phrases) in enumerate(_skill_phrases()):
        for phrase in phrases:
            first = phrase.split()[0]
            if first.endswith("*"):
                by_prefix.setdefault(first[:3], []).append((first[:-1], index))
            else:
                by_word.setdefault(first, set()).add(index)
    return (
        {word: frozenset(found) for word, found in by_word.items()},
        {prefix: tuple(stems) for prefix, stems in by_prefix.items()},
    )


def _phrase_skills(lowered: str) -> list[int]:
    """The skills (their index in ``_skill_phrases``) one of whose phrases may be in ``lowered``."""
    by_word, by_prefix = _phrase_index()
    found: set[int] = set()
    for word in _TEXT_WORD.findall(lowered):
        found |= by_word.get(word, frozenset())
        found.update(index for stem, index in by_prefix.get(word[:3], ()) if word.startswith(stem))
    return sorted(found)


@cache
def _phrase_concept(index: int) -> tuple[re.Pattern[str], str]:
    """A skill's phrases as a thesaurus entry: the pattern, and the skill's own words (its slug's)."""
    slug, phrases = _skill_phrases()[index]
    pattern = "|".join(_phrase_pattern(phrase) for phrase in phrases)
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE), slug.replace("-", " ")


def _phrase_pattern(phrase: str) -> str:
    """A phrase of ``skill_phrases.yaml`` as a pattern: its words apart by any white space, a final ``*`` any
    ending."""
    stem, any_ending = (phrase[:-1], True) if phrase.endswith("*") else (phrase, False)
    return r"\s+".join(re.escape(word) for word in stem.split()) + (r"\w*" if any_ending else "")


@cache
def _word_re(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(term) + r"(?![\w])")


def _names_phrase(phrase: str, lowered_source: str) -> bool:
    """Whether ``lowered_source`` says ``phrase`` as whole words, a hyphen written or not ("trade-offs",
    "tradeoffs", "trade offs"; "high performance", "high-performance")."""
    return any(
        variant in lowered_source and _word_re(variant).search(lowered_source) is not None
        for variant in _spellings(phrase)
    )


@cache
def _spellings(phrase: str) -> tuple[str, ...]:
    if "-" not in phrase:
        # a phrase of words is said hyphenated too: "high-performance code", "load-testing"
        return (phrase, phrase.replace(" ", "-")) if " " in phrase else (phrase,)
    return (phrase, phrase.replace("-", ""), phrase.replace("-", " "))


# --- scoring -----------------------------------------------------------------------


def _idf(entries: list[CatalogueEntry]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(entry.strong | entry.weak)
    total = len(entries)
    return {word: math.log(1 + total / count) for word, count in counts.items()}


@dataclass(frozen=True)
class _Words:
    """A requirement's words, computed once and compared with every catalogue skill."""

    lowered: str  # the source, lower case, quotes folded
    all: frozenset[str]  # stems of the source and the short name
    name: frozenset[str]  # stems of the short name
    mentions: tuple[Mention, ...]  # the source's mentions, then the short name's that the source lacks
    glossed: (
        str  # ``lowered`` followed by the English words the thesaurus reads in it ("tests de charge" -> load testing)
    )

    @classmethod
    def of(cls, source: str, name: str) -> _Words:
        own = _mentions(source, True)
        named = _mentions(name, True)
        source_stems = frozenset[str]().union(*(m.stems for m in own))
        # a name's mention that shares a word with the source is read as the source reads it: the name "Writing
        # secure" cut from "writing secure and fast code" (an idiom: programming) does not bring writing back; only
        # what the name adds in words the source does not say counts
        extra = tuple(m for m in named if not m.stems <= source_stems and not m.stems & _written_stems(source))
        name_stems = frozenset[str]().union(*(m.stems for m in named))
        lowered = _fold_quotes(source.lower())
        return cls(lowered, source_stems | name_stems, name_stems, own + extra, _glossed(lowered))


@lru_cache(maxsize=8192)
def _written_stems(source: str) -> frozenset[str]:
    """The stems of the words ``source`` says, read without its idioms or the thesaurus."""
    return frozenset(stem(word) for _, word in _words(source.lower()))


@lru_cache(maxsize=8192)
def _glossed(lowered: str) -> str:
    glosses = [words for pattern, words in _thesaurus_for(lowered) if pattern.search(lowered)]
    return "\n".join((lowered, *glosses)) if glosses else lowered


def _thesaurus_for(lowered: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The thesaurus's patterns that may match ``lowered``: none when one pass finds no concept (most texts), and the
    Chinese ones searched inside runs of characters when it holds Chinese."""
    found = _concept_patterns() if _any_concept().search(lowered) else ()
    if phrases := _phrase_skills(lowered):  # (the skills' words in other languages)
        found = (*found, *(_phrase_concept(index) for index in phrases))
    return (*found, *_cjk_concepts()) if has_chinese(lowered) else found


@cache
def _cjk_concepts() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Chinese thesaurus (``CJK_CONCEPTS``), searched inside runs of characters (Chinese has no word breaks)."""
    return tuple((re.compile(pattern), concepts) for pattern, concepts in CJK_CONCEPTS)


def _phrases_said(entries: Sequence[CatalogueEntry], words: _Words) -> dict[str, tuple[str, ...]]:
    """For each catalogue skill, its phrases the requirement says (``_phrases``: its name, aliases and multi-word
    keywords), in the posting's words or the thesaurus's; skills with none left out."""
    said: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        if found := tuple(phrase for phrase in _phrases(entry) if _names_phrase(phrase, words.glossed)):
            said[entry.id] = found
    return said


def _phrases(entry: CatalogueEntry) -> tuple[str, ...]:
    return (*entry.phrases, *(k for k in entry.keywords if " " in k or "-" in k))


def _covered(said: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The stems of each skill's multi-word phrases said: words of another skill's phrase are that phrase's, not
    evidence of their own ("SQL injection" is application security, not SQL; "performance improvement plans" people
    management, not performance)."""
    return {
        entry_id: frozenset(stems(" ".join(p for p in phrases if " " in p or "-" in p), concepts=False))
        for entry_id, phrases in said.items()
    }


def _raw(
    entry: CatalogueEntry,
    words: _Words,
    kind: str,
    idf: dict[str, float],
    covered: frozenset[str] = frozenset(),
    said: tuple[str, ...] | None = None,
    written: frozenset[str] = frozenset(),
    keywords_written: frozenset[str] = frozenset(),
) -> float:
    """The evidence for ``entry``: 3 for each of its phrases said (``said``: those phrases, when known), then each
    mention's weight (a mention of words another skill's phrase said, ``covered``, weighs as a medium; so does a
    mention of one word written, another skill's one-word keyword, for the thesaurus's words it shares with this one:
    "AWS" is cloud platforms, and only a medium sign of cloud costs; ``written``: the stems of the words written,
    ``keywords_written``: those of them that are some skill's one-word keyword)."""
    if said is None:
        said = tuple(phrase for phrase in _phrases(entry) if _names_phrase(phrase, words.glossed))
    total = 3.0 * len(said)  # each said in the posting's words or the thesaurus's
    # its own phrase said whole: its lent words are its own again
    strong = entry.strong | entry.lent if said else entry.strong
    known = entry.strong | entry.weak
    for mention in words.mentions:
        shared = mention.stems & known
        if shared:
            weight = max(_weight(word, strong, words, idf) for word in shared)
            # (a word of another skill's phrase said; another skill's keyword, this one sharing its gloss)
            medium = (
                mention.medium
                or mention.stems <= covered
                or (len(mention.stems & written) == 1 and bool((mention.stems - known) & keywords_written))
            )
            total += weight * (MEDIUM_WEIGHT if medium else 1.0) * (EXAMPLE_WEIGHT if mention.example else 1.0)
    return total if entry.kind == kind else total * OTHER_KIND_WEIGHT


def _weight(word: str, strong: frozenset[str], words: _Words, idf: dict[str, float]) -> float:
    return (2.0 if word in strong else 1.0) * idf.get(word, 1.0) * (1.5 if word in words.name else 1.0)


def text_best(entries: Sequence[CatalogueEntry], source: str) -> str | None:
    """The catalogue skill whose text ranks best for ``source`` by BM25 over its name, aliases, keywords and
    definition (weighted 3, 2, 2, 1): the id of the one :func:`rank` gives a point more.

    Computed here from the catalogue's words, not by the database's full-text search: SQLite's FTS5 and
    PostgreSQL's ``ts_rank`` rank differently, and the same line must link the same way on both engines.
    """
    query = {stem(w) for w in _text_words(source) if w not in LINK_STOPWORDS and len(w) > 2}
    index = _text_index(tuple(entries))
    best, best_score = None, 0.0
    for entry_id, (weighted, norm) in index.documents.items():
        score = 0.0
        for term in query & weighted.keys():
            frequency = weighted[term]
            score += index.idf[term] * frequency * (BM25_K1 + 1) / (frequency + norm)
        if score > best_score:  # (ties keep the first in catalogue order)
            best, best_score = entry_id, score
    return best


def _text_words(text_: str) -> list[str]:
    """Words for :func:`text_best`, lower case and without accents ("schémas" is "schemas"), as the full-text
    index read them (``remove_diacritics``)."""
    lowered = text_.lower()
    if not lowered.isascii():
        lowered = "".join(ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch))
    return _TEXT_WORD.findall(lowered)


_TEXT_WORD = re.compile(r"\w+")
BM25_K1, BM25_B = 1.2, 0.75  # the usual constants (SQLite's FTS5 uses these)
_TEXT_FIELDS = (("name", 3.0), ("aliases", 2.0), ("keywords", 2.0), ("definition", 1.0))


@dataclass(frozen=True)
class _TextIndex:
    # entry id -> (stem -> weighted frequency, the document's length norm: k1 * (1 - b + b * length / average))
    documents: dict[str, tuple[dict[str, float], float]]
    idf: dict[str, float]


@lru_cache(maxsize=8)
def _text_index(entries: tuple[CatalogueEntry, ...]) -> _TextIndex:
    """The catalogue's words for :func:`text_best`, once per catalogue version."""
    words_of: dict[str, tuple[dict[str, float], int]] = {}  # entry id -> (stem -> weighted frequency, length)
    containing: Counter[str] = Counter()
    for entry in entries:
        fields = {
            "name": entry.name,
            "aliases": " ".join(entry.phrases[1:]),
            "keywords": " ".join(entry.keywords),
            "definition": entry.definition,
        }
        weighted: dict[str, float] = {}
        length = 0
        for field_name, weight in _TEXT_FIELDS:
            words = [stem(w) for w in _text_words(fields[field_name])]
            length += len(words)
            for word in words:
                weighted[word] = weighted.get(word, 0.0) + weight
        words_of[entry.id] = (weighted, length)
        containing.update(weighted.keys())
    total = len(entries)
    idf = {word: max(1e-6, math.log((total - n + 0.5) / (n + 0.5))) for word, n in containing.items()}
    average = (sum(length for _, length in words_of.values()) / total if total else 1.0) or 1.0
    documents = {
        entry_id: (weighted, BM25_K1 * (1 - BM25_B + BM25_B * length / average))
        for entry_id, (weighted, length) in words_of.items()
    }
    return _TextIndex(documents, idf)


MAX_SOURCE_CHARS = 1_000


def rank(
    entries: list[CatalogueEntry],
    *,
    source: str,
    name: str,
    kind: str,
    idf: dict[str, float] | None = None,
) -> list[tuple[float, CatalogueEntry]]:
    """Catalogue skills with their raw evidence for one requirement, best first (ties keep catalogue order)."""
    idf = idf if idf is not None else _idf(entries)
    best_text = text_best(entries, f"{name} {source}")
    words, tool = _read_words(entries, source, name, keyword_stems := _keyword_stems(tuple(entries)))
    head = _head_phrase(name)
    said = _phrases_said(entries, words)
    covered = _covered(said)
    every = frozenset[str]().union(*covered.values())  # (less a skill's own: the words only others' phrases said)
    # the words written, and those that are some skill's one-word keyword ("aws"; not the thesaurus's glosses)
    written = _written_stems(source) | _written_stems(name)
    keywords_written = keyword_stems & written
    scored = []
    for entry in entries:
        others = every - covered.get(entry.id, frozenset())
        raw = _raw(entry, words, kind, idf, others, said.get(entry.id, ()), written, keywords_written)
        raw += 1 if entry.id == best_text else 0
        if head and _names_head(entry, head):
            raw += HEAD_BONUS
        if tool and tool in _single_keyword_stems(entry):
            raw += HEAD_BONUS
        if raw > 0:
            scored.append((raw, len(words.all & entry.strong), entry))
    scored.sort(key=lambda row: (-row[0], -row[1]))
    return [(raw, entry) for raw, _, entry in scored]


HEAD_BONUS = 3.0  # a practice said first that is the skill's own: a catalogue phrase's evidence


def _head_tool(name: str) -> tuple[str, str]:
    """(Round 39) The stem of the word a requirement's name opens with, when the rest says what it is used for
    ("Ansible for deployment automation" is infrastructure as code, whatever the purpose's words link to), and that
    purpose; ("", "") for any other name, for a language, what the work is done in (``MEDIUM_WORDS``: "Python for
    data analysis" is the analysis), and for a practice ("Monitoring for …", "Leadership to …"). The word counts as a
    tool only when it is some skill's one-word keyword (:func:`_read_words`)."""
    found = _HEAD_TOOL.match(name.strip())
    word = found[1].lower() if found is not None else ""
    if found is None or word in MEDIUM_WORDS or word in _PRACTICE_WORDS or _GERUND_WORD.fullmatch(word):
        return "", ""  # (nor a practice: "Monitoring for …", "Leadership to …")
    return stem(found[1]), name.strip()[found.end(1) :]


def _read_words(
    entries: Sequence[CatalogueEntry], source: str, name: str, keyword_stems: frozenset[str]
) -> tuple[_Words, str]:
    """The requirement's words as ranking reads them (:func:`_headed_words`; a tool's purpose as its examples,
    :func:`_tool_words`), and the stem of the tool its name opens with ("" when none; ``keyword_stems``: the
    catalogue's one-word keywords, :func:`_keyword_stems`)."""
    words = _headed_words(source, name)
    tool, purpose = _head_tool(name)
    if not tool or tool not in keyword_stems:  # (a skill's one-word keyword: a tool's name)
        return words, ""
    return _tool_words(words, purpose, tool), tool


def _tool_words(words: _Words, purpose: str, tool: str) -> _Words:
    """The requirement's words, what the tool is used for (``purpose``: the name's words after "for"/"to") weighing as
    examples do: "Ansible for deployment automation" names Ansible, its purpose illustrates it."""
    said = frozenset[str]().union(*(m.stems for m in _mentions(purpose, True)))
    return replace(
        words,
        mentions=tuple(
            Mention(m.stems, m.medium, True) if m.stems <= said and tool not in m.stems else m for m in words.mentions
        ),
    )


# what names a practice, not a tool ("Monitoring for capacity planning", "Leadership to …")
_PRACTICE_WORDS = frozenset(
    [
        "monitoring",
        "caching",
        "testing",
        "logging",
        "alerting",
        "tracing",
        "profiling",
        "debugging",
        "benchmarking",
        "leadership",
        "learning",
        "mentoring",
        "coaching",
        "management",
        "hiring",
        "automation",
        "documentation",
        "design",
        "architecture",
        "security",
        "scrum",
        "agile",
        "kanban",
        "analytics",
        "observability",
        "communication",
        "collaboration",
        "planning",
    ]
)
_GERUND_WORD = re.compile(r"[a-z]+ing(?<!spring)(?<!string)")  # "Talking to …", "Building for …" (not "Spring")
_HEAD_TOOL = re.compile(r"([\w.+#-]+)\s+(?:for|to)\s+\w", re.IGNORECASE)


@cache
def _head_practice_re() -> re.Pattern[str]:
    return re.compile(r"(?:" + HEAD_PRACTICES + r")(?!\w)", re.IGNORECASE)


def _headed_words(source: str, name: str) -> _Words:
    """The requirement's words, what a practice said first is done to weighing as a medium does ("Coaching senior
    leaders and customer stakeholders" is coaching; "Load testing our payment APIs" is load testing)."""
    words = _Words.of(source, name)
    if not (head := _head_phrase(name)):
        return words
    said = frozenset(stem(word) for word in head.split())
    return replace(
        words, mentions=tuple(m if m.stems & said else Mention(m.stems, True, m.example) for m in words.mentions)
    )


def _head_phrase(name: str) -> str:
    """The practice a requirement's name opens with (``HEAD_PRACTICES``), lower case, or ""."""
    found = _head_practice_re().match(name.strip())
    return found[0].lower() if found else ""


def _names_head(entry: CatalogueEntry, head: str) -> bool:
    """Whether the practice is the skill's own: a one-word practice a strong word of it ("coaching"), a longer one
    said whole by its name, an alias or a keyword ("stress testing" is performance engineering's keyword; test
    automation shares only "testing")."""
    if " " not in head:
        return stem(head) in entry.strong
    return any(_names_phrase(head, phrase) for phrase in (*entry.phrases, *entry.keywords))


def confidence(best: float, second: float) -> float:
    """Strength times margin: a tie between two skills halves the confidence."""
    if best <= 0:
        return 0.0
    strength = best / (best + 4)
    margin = max(0.0, best - second) / best
    return round(strength * (0.5 + 0.5 * margin), 3)


Requirement = tuple[str, str, str] | tuple[str, str, str, str | None]


def link_requirements(session: Session, requirements: Sequence[Requirement]) -> list[Link]:
    """Link (source, short name, kind[, part]) requirements, each to its best catalogue skill if evidence suffices.

    A requirement that is one skill of a list (``part``: "Kafka" of "Experience with Kafka, Spark and
    Airflow") is linked by its own words; only when they say nothing the whole source is used.
    """
    entries = load_entries(session)
    idf = _idf(entries)
    rows = [_row(requirement) for requirement in requirements]
    meaning = _Meaning.of(entries, rows)
    links = []
    for index, (source, name, kind, part) in enumerate(rows):
        link = None
        if _only_a_degree(source, name):
            # "Bachelor's degree in Computer Science": read on the CV, asked in no interview stage (and "science"
            # is no sign of data science)
            links.append(Link(None, None, 0.0))
            continue
        if part:
            link = _best(entries, part, name, kind, idf, meaning.similarity(index, part=True))
        if link is None or link.skill_id is None:
            link = _best(entries, source, name, kind, idf, meaning.similarity(index, part=False))
            if part and link.skill_id is not None:  # the sentence's skill, not this item's own: a guess to check
                link = Link(link.skill_id, link.slug, min(link.score, CONTESTED))
        links.append(link)
    return links


_Row = tuple[str, str, str, str | None]


def _only_a_degree(source: str, name: str) -> bool:
    """Whether a requirement asks for a degree and nothing more: named by one ("Bachelor's degree in Computer
    Science", "PhD in statistics", "MSc or equivalent") and saying no experience or skill besides ("PhD in machine
    learning with published research" asks for research too; "or equivalent work experience" is the degree's other
    way)."""
    if _DEGREE_NAME.match(name) is None:
        return False
    rest = _EQUIVALENT.sub("", source.lower())
    return _MORE_THAN_A_DEGREE.search(rest) is None


# a degree said as one: "Bachelor's degree", "Master's in", "MSc", "PhD in", "Associate degree", "a degree in"; not
# "Master Spark", "Masters of Kubernetes", "Diplomacy", "360 degree feedback", "Licence compliance"
_DEGREE_NAME = re.compile(
    r"(?:an? )?(?:(?:bachelor|master)(?:'?s)?(?: degree)?(?= (?:in|of science|of arts|or|and)\b| degree\b|$|,)"
    r"|(?:bachelor|master)'?s?\s+degree|(?:ph\.? ?d\.?|doctorate|doctoral degree|mba|b\.?sc\.?|m\.?sc\.?|b\.s\.|m\.s\."
    r"|b\.a\.|m\.a\.|b\.?eng\.?|m\.?eng\.?)(?![a-z])|(?:associate|university|college|undergraduate|graduate|postgraduate"
    r"|bachelor|master|engineering|technical|relevant) degree|degree(?= in\b| or\b|$|,)|diploma\b)",
    re.IGNORECASE,
)
# (round 38: or years of experience instead, "...; OR three years programming experience required")
_EQUIVALENT = re.compile(
    r"(?:,\s*)?(?:or|and/or)\s+(?:\w+\s+){0,2}equivalent(?:\s+\w+){0,3}"
    # (experience of no skill named: not "or 4 years of machine learning experience", which asks for it)
    r"|(?:[,;]\s*)?(?:or|and/or)\s+(?:\d+\+?|\w+)\s+years?\s+(?:of\s+)?(?:(?:relevant|related|professional|work"
    r"|industry|programming|software|equivalent)\s+){0,2}experience(?!\s+(?:in|with|as|of|on|using|building)\b)"
)
_MORE_THAN_A_DEGREE = re.compile(r"\b(?:experience|with|plus|knowledge|skills?|proficien\w*|expertise)\b")


def _row(requirement: Requirement) -> _Row:
    # A requirement is a line or two of a posting: its first MAX_SOURCE_CHARS characters are plenty to link
    # it, and a hostile 200 KB "line" would otherwise cost seconds of scoring per catalogue skill.
    source, name, kind = requirement[0], requirement[1], requirement[2]
    part = requirement[3] if len(requirement) > 3 else None
    source = source[:MAX_SOURCE_CHARS]
    if "://" in source or "www." in source:
        source = _ADDRESS.sub(" ", source)  # "[Django](https://docs.djangoproject.com)": a link's words name no skill
    if "://" in name or "www." in name:
        name = " ".join(_ADDRESS.sub(" ", name).split())
    if "," in source or ";" in source:
        source = _WAIVED_CLAUSE.sub("", source)  # "Go is a must, Kubernetes is not required": Go is asked
    if _C_ALONE.fullmatch(name.strip()) and not _C_NOT_THE_LANGUAGE.search(source):
        # (round 28) a requirement the parser named "C" is the language ("Good knowledge of C", "C, Rust"): a letter
        # alone is no word the linker reads; not when the source grades or classes ("Driving licence category B or
        # C", "Grades A, B or C", "English at level C1 or C")
        name = "C programming"
        part = "C programming" if part is not None and part.strip() == "C" else part
    if "SoC" in source and not _SECURITY_SOC.search(source):
        # (round 39) "SoC" so written is a system on a chip (read as "chip"), not a security operations centre
        # ("SOC", "SOC 2")
        source, name = _SYSTEM_ON_CHIP.sub("chip", source), _SYSTEM_ON_CHIP.sub("chip", name)
        part = _SYSTEM_ON_CHIP.sub("chip", part) if part else part
    return source, name[:MAX_SOURCE_CHARS], kind, part[:MAX_SOURCE_CHARS] if part else None


_SYSTEM_ON_CHIP = re.compile(r"\bSoCs?\b")  # (case as written: "SOC" and "soc" are read as before)
# a security operations centre written "SoC": "SoC 2 audits", "Tier 2 SoC analyst", "SoC tooling such as Splunk"
_SECURITY_SOC = re.compile(
    r"\bSoC\s*2\b|\bSoC\s+(?:analysts?|tooling|operations|monitoring|alerts?)\b|\btier\s*\d\s+SoC\b"
    r"|\b(?:siem|splunk|soar)\b",
    re.IGNORECASE,
)
_C_ALONE = re.compile(r"C(?: \(\d+\))?")  # (the second requirement so named: "C (2)")
_C_NOT_THE_LANGUAGE = re.compile(
    r"\b(?:grades?|class(?:es)?|categor(?:y|ies)|levels?|licen[cs]e|series|tier|vitamin|driving|gcse|c-level|[a-f][1-3])\b"
    r"|\b[ab]\s*(?:,|/|or)\s*(?:[ab]\s*(?:,|/|or)\s*)?c\b",
    re.IGNORECASE,
)
_ADDRESS = re.compile(WEB_ADDRESS, re.IGNORECASE)
# a clause that waives a skill after the one the requirement asks for: what it names is not what is asked
_WAIVED_CLAUSE = re.compile(r"[,;]\s+(?:[\w+#./-]+\s+){1,4}" + SKILL_WAIVED + r"\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Meaning:
    """The model's similarity of each requirement (its part, or source, with its short name) to each skill."""

    part: np.ndarray | None = None
    source: np.ndarray | None = None

    @classmethod
    def of(cls, entries: list[CatalogueEntry], rows: Sequence[_Row]) -> _Meaning:
        skills = _catalogue_vectors(tuple(entries)) if rows and entries else None
        if skills is None:
            return cls()
        # the model reads English best: each text goes with the English words the thesaurus reads in it
        texts = [
            _glossed(_fold_quotes(text_.lower())) if text_ else "" for i in (0, 1, 3) for text_ in (r[i] for r in rows)
        ]
        vectors = semantic.embed(texts)
        if vectors is None:
            return cls()
        n = len(rows)
        sources, names, parts = (vectors[i * n : (i + 1) * n] @ skills.T for i in range(3))
        return cls(part=(parts + names) / 2, source=(sources + names) / 2)

    def similarity(self, index: int, *, part: bool) -> np.ndarray | None:
        table = self.part if part else self.source
        return None if table is None else table[index]


def _catalogue_vectors(entries: tuple[CatalogueEntry, ...]) -> np.ndarray | None:
    """Each skill as the mean of two embeddings: its name, aliases and keywords; and those with its definition."""
    return _embedded_catalogue(entries) if semantic.available() else None


@lru_cache(maxsize=4)
def _embedded_catalogue(entries: tuple[CatalogueEntry, ...]) -> np.ndarray:
    labels = [f"{e.name}. {', '.join((*e.phrases[1:], *e.keywords))}" for e in entries]
    full = [f"{label}. {e.definition}" for label, e in zip(labels, entries, strict=True)]
    vectors = semantic.embed(labels + full)
    if vectors is None:  # pragma: no cover - available() said it was there
        raise RuntimeError("the text-embedding model vanished")
    return (vectors[: len(entries)] + vectors[len(entries) :]) / 2


def _best(
    entries: list[CatalogueEntry],
    source: str,
    name: str,
    kind: str,
    idf: dict[str, float],
    similarity: np.ndarray | None = None,
) -> Link:
    ranked = rank(entries, source=source, name=name, kind=kind, idf=idf)
    if ranked and not anchored(ranked[0][1], source, name):
        best = ranked[0][0]
        if (kin := _named_kin(ranked, source, name)) is not None:
            return kin
        if (named := _named_runner_up(ranked, source, name, similarity, entries)) is not None:
            return named
        fallback = Link(None, None, round(min(best, LINK_MIN) / (min(best, LINK_MIN) + 4), 3))
        return _suggestion(entries, similarity) or fallback
    if not ranked or ranked[0][0] < LINK_MIN:
        best = ranked[0][0] if ranked else 0.0
        return _suggestion(entries, similarity) or Link(None, None, round(best / (best + 4), 3))
    if similarity is None:
        return _link(ranked)
    return _link_with_meaning(ranked, entries, similarity, source, name)


def _named_kin(ranked: list[tuple[float, CatalogueEntry]], source: str, name: str) -> Link | None:
    """When the strongest evidence is for a skill the requirement does not name, but it names that skill's broader
    or narrower skill with enough evidence ("sound tradeoffs": decision-making's words, strategic thinking's
    keyword), a link to the named one, for review."""
    top = ranked[0][1]
    for raw, entry in ranked[1:]:
        if raw >= LINK_MIN and top.related(entry) and anchored(entry, source, name):
            return Link(entry.id, entry.slug, round(min(raw / (raw + 4) * 0.5, CONTESTED), 3))
    return None


def _named_runner_up(
    ranked: list[tuple[float, CatalogueEntry]],
    source: str,
    name: str,
    similarity: np.ndarray | None,
    entries: list[CatalogueEntry],
) -> Link | None:
    """(Round 35) When the strongest evidence is for a skill the requirement does not name (words of its
    definition only: "in production" is observability's), the first skill ranked below it that the requirement
    names surely, with evidence enough and at least half the best's, for review ("Finding and fixing bugs in
    production": problem solving). Surely: one of its terms said whole (a term of one word only as the thesaurus
    reads it, in its sense), or a word of its name said and the model finding it the likest skill of all ("tools
    that motivate engineers to write tests": test automation); a word shared by accident ("integrity" with
    integration, the "lead" of "Lead generation") is not enough."""
    best = ranked[0][0]
    words = _Words.of(source, name)
    glossed, thesaurus = words.glossed, words.glossed[len(words.lowered) :]
    likest = entries[int(similarity.argmax())] if similarity is not None and len(entries) else None
    for raw, entry in ranked[1:]:
        if raw < LINK_MIN or raw < CONTENDER * best:
            return None
        # ("bugs" is debugging as the thesaurus reads it; the posting's own "lead" of "Lead generation" is no leading)
        said = any(
            _names_phrase(term, glossed if " " in term else thesaurus) for term in (*entry.phrases, *entry.keywords)
        )
        if said or (entry is likest and words.all & _name_stems(entry.name)):
            return Link(entry.id, entry.slug, round(min(raw / (raw + 4) * 0.5, CONTESTED), 3))
    return None


@cache
def _name_stems(name: str) -> frozenset[str]:
    """The stems of a catalogue skill's name that say something alone."""
    return frozenset(stems(name, concepts=False)) - _GENERIC_NAME_STEMS


def _link_with_meaning(
    ranked: list[tuple[float, CatalogueEntry]],
    entries: list[CatalogueEntry],
    similarity: np.ndarray,
    source: str,
    name: str,
) -> Link:
    """Among the skills the requirement names, evidence (scaled to 1 for the best) plus the model's similarity."""
    position = {entry.id: i for i, entry in enumerate(entries)}
    top = ranked[0][0]
    words, _ = _read_words(entries, source, name, _keyword_stems(tuple(entries)))
    headed = _named_by_head(ranked[0][1], words)  # the lexicon's best is named by the requirement's head
    combined = sorted(
        ((raw / top + SEMANTIC_WEIGHT * float(similarity[position[e.id]]), raw, e) for raw, e in ranked),
        key=lambda row: -row[0],
    )
    chosen = next(
        (
            row
            for row in combined
            if row[1] >= LINK_MIN
            and row[1] >= CONTENDER * top
            and anchored(row[2], source, name)
            and (row[2] is ranked[0][1] or not headed or row[2].related(ranked[0][1]) or _named_by_head(row[2], words))
        ),
        (0.0, ranked[0][0], ranked[0][1]),
    )
    if chosen[2].slug == ranked[0][1].broader and says_a_term_of(ranked[0][1], source):
        # (round 35) the lexicon's best narrows the model's choice and the requirement says one of its terms: the
        # narrower skill, whose questions fit better ("front end development" is frontend engineering, not
        # programming in general; "Clean, idiomatic Rust code" says no term of software design and stays programming)
        chosen = next(row for row in combined if row[2] is ranked[0][1])
    score, raw, entry = chosen
    second = max((row[0] for row in combined if row[2] is not entry and not entry.related(row[2])), default=0.0)
    margin = max(0.0, score - second) / score if score > 0 else 0.0
    if entry is ranked[0][1]:  # the model agrees with the lexicon: as sure as the lexicon alone, at least
        margin = max(margin, (raw - _rival(ranked, entry)) / raw)
        if _rival(ranked, entry) >= NEAR_TIE * raw:  # the lexicon's near-tie, which the model only nudged
            return Link(entry.id, entry.slug, round(min(raw / (raw + 4) * (0.5 + 0.5 * margin), CONTESTED), 3))
    elif raw < ranked[0][0] and not entry.related(ranked[0][1]):  # the model overturned the lexicon: contested
        return Link(entry.id, entry.slug, round(min(raw / (raw + 4) * (0.5 + 0.5 * margin), CONTESTED), 3))
    return Link(entry.id, entry.slug, round(raw / (raw + 4) * (0.5 + 0.5 * margin), 3))


def _named_by_head(entry: CatalogueEntry, words: _Words) -> bool:
    """Whether the requirement names ``entry`` by more than its medium or its examples. When it so names the
    lexicon's best skill, the model may prefer a skill ranked lower (other than its broader or narrower skill) only
    if that one is so named too, never one the requirement only works in ("performance problems in Java services"
    is performance, whatever Java's likeness to programming)."""
    known = entry.strong | entry.weak
    return any(m.stems & known for m in words.mentions if not m.medium and not m.example)


def _suggestion(entries: list[CatalogueEntry], similarity: np.ndarray | None) -> Link | None:
    """A link the model alone proposes when the requirement names no skill: only a clear one, for review."""
    if similarity is None or len(entries) < 2:
        return None
    import numpy as np  # on first use, see the TYPE_CHECKING import

    order = np.argsort(-similarity)
    best, second = float(similarity[order[0]]), float(similarity[order[1]])
    if best < SEMANTIC_MIN or best - second < SEMANTIC_MARGIN:
        return None
    entry = entries[int(order[0])]
    return Link(entry.id, entry.slug, round(min(SUGGESTION_CONFIDENCE, best * (best - second) * 4), 3))


def anchored(entry: CatalogueEntry, source: str, name: str) -> bool:
    """Whether the requirement names ``entry`` itself: a word of its name, an alias or a one-word keyword,
    or a whole multi-word keyword. Words only of its definition or of part of a keyword are not enough
    ("maritime navigation law" shares "navigation" with "keyboard navigation", nothing more)."""
    if _Words.of(source, name).all & entry.strong:
        return True
    return says_a_term_of(entry, source)


def says_a_term_of(entry: CatalogueEntry, source: str) -> bool:
    """Whether ``source`` says one of ``entry``'s names, aliases or keywords whole (not only some of its words)."""
    src = _fold_quotes(source.lower())
    return any(_names_phrase(phrase, src) for phrase in (*entry.phrases, *entry.keywords))


def _link(ranked: list[tuple[float, CatalogueEntry]]) -> Link:
    if not ranked or ranked[0][0] < LINK_MIN:
        best = ranked[0][0] if ranked else 0.0
        return Link(None, None, round(best / (best + 4), 3))
    (best, entry), second = ranked[0], _rival(ranked, ranked[0][1])
    score = confidence(best, second)
    return Link(entry.id, entry.slug, min(score, CONTESTED) if second >= NEAR_TIE * best else score)


def _rival(ranked: list[tuple[float, CatalogueEntry]], chosen: CatalogueEntry) -> float:
    """The evidence of the best skill competing with ``chosen``: not itself, its broader or a narrower skill."""
    return next((raw for raw, entry in ranked if entry is not chosen and not chosen.related(entry)), 0.0)
