"""The engine-specific half of full-text search, behind one small interface.

SQLite keeps ``question_fts`` and ``skill_fts`` as FTS5 tables ranked by bm25 (the linker no longer
reads ``skill_fts``: it ranks the catalogue in Python, the same on both engines, ``linking.text_best``);
PostgreSQL keeps ordinary tables with the same columns plus a weighted
``tsvector`` column (``document``, GIN-indexed) ranked by ``ts_rank``
(data/migrations/postgresql/0001_initial.sql). The services write the rows the
same way on both engines; only matching and ranking differ, and live here.

Every ``score`` expression is "lower is better", like bm25, so callers sort
ascending on both engines. Rankings are close but not identical.

Schema 13 gives each search row a ``skill_keys`` column: one token per linked
catalogue skill (:func:`skill_key`). On SQLite the skill filter is then part of
the ``MATCH`` expression (:meth:`FullText.with_skills`): FTS5 intersects the
words' doclists with the skill's inside the index, and bm25 runs on the questions
that pass every filter instead of on every match of the words. The column has
weight 0 in bm25, so the filter adds nothing to a score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
PREFIX_MIN = 3  # shorter words match only themselves (see FullText.match)


@dataclass(frozen=True)
class FullText:
    dialect: str
    question_match: str  # condition on question_fts, with the :match parameter
    question_score: str  # lower is better
    tiebreak: str  # a unique column of question_fts, for a total order

    def with_skills(self, match: str, slugs: Sequence[str]) -> str:
        """``match`` restricted to the questions of any of these catalogue skills (SQLite: by their keys in
        the index; see :func:`skill_key`). PostgreSQL filters by ``question_skill`` instead."""
        if not slugs or self.dialect != "sqlite":
            return match
        keys = [f'"{skill_key(s)}"' for s in dict.fromkeys(slugs)]
        return f"({match}) AND {_group(keys, ' OR ')}"

    def match(self, query: str, *, any_term: bool = False, whole_words: bool = False) -> str:
        """What the user typed, as this engine's query text; '' for nothing.

        Each word of three characters or more matches as a prefix ("kaf" finds
        "Kafka"); a shorter word matches only itself: "C", "Go" or "ML" find
        questions about C, Go or ML (not "Google" or "HTML"), and the first keys
        typed in the bank browser do not rank most of the bank ("te" as a prefix
        matched 77,000 of the benchmark's 100,000 questions). The auto-planner's
        relevance queries follow the same rule ("in", "of" are not prefixes).

        Spelling variants match too (:func:`word_variants`): "co-worker" finds "coworker" and the other way
        round, "behavior" finds "behaviour", "optimize" finds "optimise". With ``whole_words`` no word is a
        prefix (text that is not being typed: the auto-planner's requirement texts).
        """
        groups = [word_variants(w) for w in _WORD.findall(query.lower())]
        if self.dialect == "postgresql":
            terms = [_group([_pg_term(v, whole_words) for v in g], " | ") for g in groups if g]
            return (" | " if any_term else " & ").join(terms)
        terms = [_group([_sqlite_term(v, whole_words) for v in g], " OR ") for g in groups if g]
        return (" OR " if any_term else " AND ").join(terms)


# A skill's key in the search index: its slug with a private-use character at both ends and for each hyphen.
# unicode61 keeps private-use characters inside tokens (its default categories are "L* N* Co"), so a key is
# one token, unique per slug; it ends in no letter, so the porter stemmer leaves it whole ("a-testing" and
# "a-test" stay two keys). The query builder keeps only word characters (\w), which these are not: nothing a
# user types can match or prefix-match a key, so a query's results and scores ignore the column.
KEY_MARK = "\ue000"


def skill_key(slug: str) -> str:
    return KEY_MARK + slug.replace("-", KEY_MARK) + KEY_MARK


def skill_keys(slugs: Sequence[str]) -> str:
    """The ``skill_keys`` value of a question linked to these catalogue skills (slugs)."""
    return " ".join(skill_key(s) for s in slugs)


def _group(alternatives: list[str], op: str) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + op.join(alternatives) + ")"


def _sqlite_term(variant: tuple[str, ...], whole: bool = False) -> str:
    if len(variant) > 1:  # the parts of a hyphenated word, as a phrase
        return '"' + " ".join(variant) + '"'
    t = variant[0]
    return f'"{t}"*' if len(t) >= PREFIX_MIN and not whole else f'"{t}"'


def _pg_term(variant: tuple[str, ...], whole: bool = False) -> str:
    if len(variant) > 1:
        return "(" + " <-> ".join(variant) + ")"
    t = variant[0]
    return f"{t}:*" if len(t) >= PREFIX_MIN and not whole else t


_WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
_COMPOUND_PREFIXES = ("co", "re", "pre", "non", "multi", "cross", "self", "sub", "inter", "micro")
_OUR = re.compile(r"(behavi|col|fav|hon|lab|neighb|hum|endeav|flav|harb|rum|vap|vig)o(u?)r")
_ISE = re.compile(r"(?<=\w\w\w)([iy])([sz])(e|ed|es|ing|ation|ations|er|ers|able)$")
_PAIRS = {
    "catalogue": "catalog",
    "centre": "center",
    "licence": "license",
    "defence": "defense",
    "programme": "program",
    "judgement": "judgment",
    "grey": "gray",
    "dialogue": "dialog",
}
_PAIRS.update({v: k for k, v in list(_PAIRS.items())})


def word_variants(word: str) -> list[tuple[str, ...]]:
    """The spellings a word of a query also matches, each as the tuple of its index tokens.

    * a hyphenated word matches its parts as a phrase and the parts written together
      ("co-worker": "co worker", "coworker"), and a word starting with a common prefix matches the
      hyphenated form ("coworker": "co worker");
    * US and UK spellings match each other: -our/-or in the usual words (behaviour, colour, favour...),
      -ise/-ize and -yse/-yze with their endings (optimise, prioritisation, analyse), -elling/-eling,
      and a few pairs (catalogue/catalog, centre/center, licence/license...).

    Variants that are not words match nothing, so the list may be generous.
    """
    parts = tuple(p for p in _TOKEN.findall(word) if p)
    if not parts:
        return []
    out: list[tuple[str, ...]] = [parts]
    if len(parts) > 1:
        joined = "".join(parts)
        out += [(joined,), *[(v,) for v in _spellings(joined)]]
        return out
    token = parts[0]
    out += [(v,) for v in _spellings(token)]
    for prefix in _COMPOUND_PREFIXES:
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= 4 and token != prefix:
            out.append((prefix, rest))
            break
    return out


def _spellings(token: str) -> list[str]:
    out: list[str] = []
    m = _OUR.search(token)
    if m:
        swapped = m.group(1) + ("or" if m.group(2) else "our")
        out.append(token[: m.start()] + swapped + token[m.end() :])
    m = _ISE.search(token)
    if m:
        other = "z" if m.group(2) == "s" else "s"
        out.append(token[: m.start()] + m.group(1) + other + m.group(3))
    if token.endswith(("elling", "elled")):
        out.append(token.replace("ell", "el", 1) if token.count("ell") == 1 else token)
    elif token.endswith(("eling", "eled")) and len(token) > 6:
        out.append(token[: token.rindex("el")] + "ell" + token[token.rindex("el") + 2 :])
    if token in _PAIRS:
        out.append(_PAIRS[token])
    return [v for v in dict.fromkeys(out) if v != token]


# The skill keys' weight (0) spelled out: a filter by skill key adds nothing to a score (a query without a key
# gets the same figure: no word of a query matches a key).
_BM25_FILTERED = "bm25(question_fts, 0, 1.0, 2.0, 0.3, 0)"
_TSQUERY = "to_tsquery('english'::regconfig, :match)"

SQLITE = FullText(
    dialect="sqlite",
    question_match="question_fts MATCH :match",
    question_score=_BM25_FILTERED,
    tiebreak="rowid",
)

POSTGRESQL = FullText(
    dialect="postgresql",
    question_match=f"document @@ {_TSQUERY}",
    question_score=f"-ts_rank(document, {_TSQUERY})",
    tiebreak="question_id",
)


def for_dialect(dialect: str) -> FullText:
    return POSTGRESQL if dialect == "postgresql" else SQLITE
