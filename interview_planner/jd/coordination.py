"""Where one requirement joins two phrases that may each name a skill of their own (round 36).

"Can manage priorities and make progress on complex problems" asks two things a loop assesses apart: time and
priority management, and problem solving. A list of names ("Python, Go and Rust") is split by
:mod:`~interview_planner.jd.enumeration`; this module finds the other coordinations, of phrases, which only the
catalogue can tell apart from one skill said in two ways ("design and build APIs", "written and verbal
communication"). It only *finds* them (:func:`coordinations`); ``services/splitting.py`` splits a requirement
where each side names a different catalogue skill.

A coordination is an English "and" (or "as well as") outside brackets, between two phrases of the same shape:

* two verb phrases in -ing, each with words after its verb: "delivering results as part of a team and handling
  competing priorities" (not "designing and building APIs": the first verb shares the second's object);
* two verb phrases after "to", a modal or "and", each with words after its verb, the second opening with a verb a
  duty or an ask opens with: "can manage priorities and make progress on complex problems" (not "to comment and
  document their work", "to deliver results, review progress and team performance");
* two noun phrases, each of two words or more and ending in a noun made of a verb or an adjective ("back end
  development and database management"; not "iterative, agile and fast-moving environments").

The phrase after "and" is never one that opens with a preposition, an article or an adverb in -ly ("… within the
community as well as with customers", "clearly and empathetically"), one whose first words point back at the
first phrase's object ("… and acting on them"), nor nouns in -ing before "of" ("the development and hosting of
…"); a hyphen before "and" is a German suspended compound ("System-, Netzwerk- und …"), no coordination; a text of
several sentences, or a label before its details, has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_planner.jd import lexicon
from interview_planner.jd.enumeration import mask_parentheses

MAX_CHARS = 300  # a longer requirement is read whole (prose: its sentences are split elsewhere)


@dataclass(frozen=True)
class Coordination:
    """One "and" joining two phrases: ``left`` (where the left phrase's own words start), ``cut`` (the joining
    words, ", and " included) and ``end`` (where the right phrase ends: the next coordination found, or the text's
    end). Positions in the text given to :func:`coordinations`."""

    left: int
    cut: tuple[int, int]
    end: int


_JOIN = re.compile(r",?\s+(?:and|as well as)\s+(?:also\s+)?")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# words in -ing that are no verb of a phrase
_NOT_A_VERB_IN_ING = frozenset(
    {
        "during",
        "including",
        "bring",
        "string",
        "strings",
        "thing",
        "things",
        "something",
        "anything",
        "nothing",
        "everything",
        "according",
        "following",
        "engineering",
        "spring",
        "morning",
        "evening",
        "outstanding",
        "interesting",
        "exciting",
        "willing",
        "ongoing",
        "existing",
        "emerging",
    }
)
# words in -ing that end no noun phrase of a skill ("… including", "… something")
_NOT_A_NOUN_IN_ING = frozenset(
    {"during", "including", "according", "following", "bring", "string", "thing", "something", "anything", "nothing"}
)
# a noun made of a verb or an adjective ("development", "management", "analysis", "security", "engineering")
_NOUN_OF_A_VERB = re.compile(r"(?:ment|tion|sion|ship|ity|ness|ence|ance|ics|ogy|ysis|ing|ure)s?$")
# a word in -ly that is no adverb
_NOT_AN_ADVERB = frozenset({"apply", "supply", "reply", "rely", "family", "assembly", "anomaly", "ally", "italy"})
# a pronoun that points back to what the phrase before named: "… and acting on them", "… and tuning its performance",
# "… als auch deren Ökosysteme" (also read by the parser's "both … as well as")
POINTS_BACK = frozenset({"it", "its", "them", "their", "these", "those", "they", "deren", "dessen", "ihren", "ihrer"})
# the prepositions a phrase's object follows: a phrase of its own does not open with one, and after a phrase that
# holds one an "and a/an …" may be its second object ("Knowledge of Go and a …")
_PREPOSITIONS = frozenset(
    {"with", "in", "on", "at", "for", "to", "of", "from", "by", "within", "across", "through", "about", "into"}
)
# what a phrase of its own does not open with: a preposition, an article, a pronoun, a word of a list's tail
_NO_PHRASE_START = re.compile(
    r"(?:" + "|".join(sorted(_PREPOSITIONS)) + r"|the|a|an|other|others|more|related"
    r"|similar|etc|their|its|our|your|his|her|them|it|so|then|is|are|be)\b",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"\b(?:to|can|could|will|should|must|and)\s+"
    r"(?!(?:the|a|an|our|your|their|its|this|that|these|those|be|have|has)\b)([a-z]+)\s+\S",
    re.IGNORECASE,
)
_SENTENCE_INSIDE = re.compile(r"[.!?;:]\s")


def coordinations(text: str) -> list[Coordination]:
    """The coordinations of phrases in ``text`` (one requirement of one sentence; ``[]`` for several sentences or
    more than ``MAX_CHARS`` characters), left to right."""
    if len(text) > MAX_CHARS or (" and " not in text and " as well as " not in text):
        return []
    masked = mask_parentheses(text)
    if _SENTENCE_INSIDE.search(masked.rstrip(" .")):
        return []  # (several sentences, or a label before its details; not an "e.g. " inside brackets)
    joins = [m for m in _JOIN.finditer(masked) if masked[m.start() - 1 : m.start()] != "-"]
    found = []
    for index, join in enumerate(joins):
        end = joins[index + 1].start() if index + 1 < len(joins) else len(text)
        right = masked[join.end() : end]
        right_words = _WORD.findall(right)
        if not _opens_own_phrase(right, right_words):
            continue
        start = joins[index - 1].end() if index else 0
        if (left := _left_phrase(masked, start, join.start(), right_words)) is not None:
            found.append(Coordination(left, (join.start(), join.end()), end))
    # a right phrase goes on to the next coordination found ("your own track record, and fluent written and spoken
    # English": "written and spoken" joins no phrases)
    ends = [c.cut[0] for c in found[1:]] + [len(text)] if found else []
    return [Coordination(c.left, c.cut, end) for c, end in zip(found, ends, strict=True)]


_ANY_JOIN = re.compile(r"\s+(?:and|as well as|und)\s+(?:also\s+)?")


# what a German phrase of its own does not open with either: an article or a preposition ("… und mit gängigen
# Cloud-Plattformen", "… und der Moderation von Meetings": what the phrase before governs); read after any join
# (an English phrase seldom opens with these words: "die", "mit" are no English words to open one)
_NO_GERMAN_START = re.compile(
    r"(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|mit|im|in|von|vom|für|auf|zu|zur|zum|bei|über"
    r"|unter|aus|nach)\b",
    re.IGNORECASE,
)


def one_join(text: str) -> Coordination | None:
    """The one join of a requirement whose phrases have no shape :func:`coordinations` knows ("Strong knowledge of
    microservices architecture and design patterns", "Kenntnisse über Monitoring-Systeme und maschinelles Lernen"):
    everything before it and everything after it, when the text is one sentence with this one "and" (or "und")
    outside brackets and no comma, the phrase after it opens with no preposition, article, -ly adverb or pronoun
    pointing back, neither side is one word, and it is no second object of the first side's verb ("Drafting a
    strategy and vision for …"); None otherwise. It only finds the cut: ``services/splitting.py`` splits there when
    both sides are sure of different skills and each says a term of its skill whole."""
    if len(text) > MAX_CHARS:
        return None
    masked = mask_parentheses(text)
    if _SENTENCE_INSIDE.search(masked.rstrip(" .")) or "," in masked.rstrip(" ,.;"):
        return None
    joins = list(_ANY_JOIN.finditer(masked))
    if len(joins) != 1 or masked[joins[0].start() - 1 : joins[0].start()] == "-":
        return None  # (several joins: a list or several phrases; a hyphen: a German suspended compound)
    (join,) = joins
    right = masked[join.end() :]
    left_words, right_words = _WORD.findall(masked[: join.start()]), _WORD.findall(right)
    if (article := _ARTICLE.match(right)) and not any(word.lower() in _PREPOSITIONS for word in left_words):
        # (round 38) a phrase of its own after an article, when the phrase before has no preposition whose second
        # object it could be: "Strong communication skills and a collaborative mindset"
        right, right_words = right[article.end() :], right_words[1:]
    if len(left_words) < 2 or not _opens_own_phrase(right, right_words) or _NO_GERMAN_START.match(right):
        return None
    if not _opens_verb_phrase(right_words) and _has_verb(masked[: join.start()]):
        return None  # "Drafting a strategy and vision for …": two objects of one verb, one requirement
    return Coordination(0, (join.start(), join.end()), len(text))


_ARTICLE = re.compile(r"(?:a|an)\s+(?=\w)", re.IGNORECASE)


def _opens_own_phrase(right: str, right_words: list[str]) -> bool:
    """Whether the words after a join open a phrase of their own: two words at least, not opening with a
    preposition, an article or an adverb in -ly, and no pronoun in the first three that points back at the phrase
    before ("… and acting on them": its object is the left phrase's; "… engineers through their first …" is not)."""
    return (
        len(right_words) >= 2
        and not _NO_PHRASE_START.match(right)
        and not is_adverb(right_words[0])
        and not any(word.lower() in POINTS_BACK for word in right_words[:3])
    )


def _opens_verb_phrase(words: list[str]) -> bool:
    """Whether a phrase opens with a verb that has words of its own after it ("work closely with the team",
    "operating services at scale"; not "writing styles")."""
    first = words[0]
    return (_verb_in_ing(first) or first.lower() in _BARE_VERBS) and len(words) >= 3


def _has_verb(segment: str) -> bool:
    """Whether a phrase holds a verb of its own: one in -ing not after an article, or one after "to" or a modal."""
    words = list(_WORD.finditer(segment))
    # (a word after the text, for a verb that ends it, "… to onboard", to meet the pattern's "a word after the verb")
    return _VERB_AFTER.search(segment + " x") is not None or any(
        _verb_in_ing(word[0]) and not _THE_BEFORE.search(segment, 0, word.start()) for word in words
    )


def _left_phrase(masked: str, start: int, stop: int, right_words: list[str]) -> int | None:
    """Where the phrase before a join (``masked[start:stop]``) starts when it has the shape of the one after it
    (``right_words``); None when it has not."""
    right_first = right_words[0]
    segment = masked[start:stop]
    words = list(_WORD.finditer(segment))
    if not words:
        return None
    if _verb_in_ing(right_first):
        if right_words[1].lower() == "of":
            return None  # "the development and hosting of web applications": nouns, one requirement
        verbs = [word for word in words if _verb_in_ing(word[0]) and not _THE_BEFORE.search(segment, 0, word.start())]
        # the left verb's own words after it: "delivering results" (not "designing", which shares an object)
        if verbs and len(words) - words.index(verbs[-1]) >= 2:
            return start + verbs[-1].start()
        return None
    bare_verb = right_first.lower() in _BARE_VERBS
    if bare_verb and (verbs_after := list(_VERB_AFTER.finditer(segment))):
        verb = verbs_after[-1].start(1)
        return start + verb if len(_WORD.findall(segment[verb:])) >= 2 else None
    if len(words) >= 2 and "," not in segment and _noun_of_a_verb(words[-1][0]) and _noun_of_a_verb(right_words[-1]):
        return start
    return None


# the verbs a phrase after "to" or a modal opens with ("… and make progress", "… and collaborate closely"): a duty's
# verbs and the other common ones of asks ("to deliver results, review progress and team performance": "team" is
# no verb)
_BARE_VERBS = lexicon.DUTY_VERBS | frozenset(
    word
    for line in (
        "make take learn keep share handle use apply adapt explain teach solve speak listen stay give bring find",
        " think prioritise prioritize balance negotiate influence enjoy care thrive juggle adjust",
    )
    for word in line.split()
)


_THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _noun_of_a_verb(word: str) -> bool:
    lowered = word.lower()
    return _NOUN_OF_A_VERB.search(lowered) is not None and lowered not in _NOT_A_NOUN_IN_ING


def is_adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly ("closely"; not "apply", "family")."""
    lowered = word.lower()
    return lowered.endswith("ly") and lowered not in _NOT_AN_ADVERB


def _verb_in_ing(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) > 5 and lowered.endswith("ing") and "-" not in lowered and lowered not in _NOT_A_VERB_IN_ING
