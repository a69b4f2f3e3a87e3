"""One regular expression for many alternatives, tried only where they can start.

The parser's word lists are alternations of a few hundred patterns
(``lexicon.SOFT_TERMS``, ``lexicon.BOILERPLATE``...). Python's ``re`` tries every
alternative at every position, so a plain ``a|b|c|...`` costs the number of
alternatives times the length of the text: on a 1 MB posting that was most of
the parsing time. :func:`alternation` compiles the same alternatives grouped by
the character each can start with, behind a look-ahead on that character::

    (?:(?=c)(?:communicat\\w*|coach\\w*|...)|(?=m)(?:mentor\\w*|...)|...)

so at each position only the alternatives that can start with the character
found there are tried. The match is the same as the plain alternation's: within
a group the alternatives keep their order, the groups are disjoint (a character
opens one group at most), and an alternative whose first character cannot be
told from its text (``.``, ``\\w``, an optional first item) goes into every
group and into a last catch-all branch, again in order.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache

_QUANTIFIER_OPTIONAL = ("?", "*", "{0", "{,")
_LOOK_AROUND = re.compile(r"\(\?<?[=!]")  # how (?=...), (?!...), (?<=...) and (?<!...) open
_ESCAPED_LITERAL = re.compile(r"\\([^\w\s])")
_CLASS_KEYS = {"d": r"\d", "s": r"\s"}  # these escapes are groups of their own
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")

Keys = frozenset[str]  # lower-cased first characters, or the class keys r"\d" / r"\s"
# (the functions that take patterns apart are asked about the same pieces again and again while the word lists are
# built at import, most of the parser's start-up: their answers are remembered, a cache per function)
PATTERN_CACHE = 1 << 16


def alternation(patterns: Sequence[str], *, before: str = "", after: str = "", flags: int = 0) -> re.Pattern[str]:
    """``before(?:p1|p2|...)after`` compiled so that each position tries only the alternatives it can start."""
    return re.compile(alternation_source(patterns, before=before, after=after, flags=flags), flags)


def alternation_source(patterns: Sequence[str], *, before: str = "", after: str = "", flags: int = 0) -> str:
    """The text of :func:`alternation`'s pattern, not compiled (``flags``: those it will be compiled with)."""
    if not patterns:
        return before + "(?!)" + after
    fold = bool(flags & re.IGNORECASE)
    keyed = [(pattern, first_characters(pattern, fold=fold)) for pattern in patterns]
    groups: dict[str, list[str]] = {}
    for _, keys in keyed:
        for key in sorted(keys or ()):
            groups.setdefault(key, [])
    unknown = any(keys is None for _, keys in keyed)
    for pattern, keys in keyed:
        for key, members in groups.items():
            if keys is None or key in keys:
                members.append(pattern)
    if any("(?P" in p and (keys is None or len(keys) > 1) for p, keys in keyed):
        # a named group would be defined twice: the plain alternation
        return before + "(?:" + "|".join(patterns) + ")" + after
    branches = []
    for key, members in groups.items():
        rests = _literal_rests(members, key, fold=fold)
        if rests is None:
            branches.append(f"(?={_guard(key)})(?:{'|'.join(members)})")
        elif rests:  # else nothing can start with this character
            branches.append(f"{re.escape(key)}(?:{'|'.join(rests)})")
    if unknown:
        branches.append("(?:" + "|".join(p for p, keys in keyed if keys is None) + ")")
    return before + "(?:" + "|".join(branches) + ")" + after


def _literal_rests(members: list[str], key: str, *, fold: bool) -> list[str] | None:
    """The group's ``members`` after their first character, when it can be the literal ``key`` (None: a guard).

    Not for the class keys (``\\d``, ``\\s``: any text may come), nor named groups (spreading a group would
    repeat them); with IGNORECASE only for members without capitals, whose first characters are the folded
    keys (the literal ``key`` then matches what the look-ahead on it matched)."""
    if key in _CLASS_KEYS.values() or any("(?P" in m or (fold and m != m.lower()) for m in members):
        return None
    rests = [_specialised(member, key, fold=fold) for member in members]
    if any(rest is None for rest in rests):
        return None
    return [rest for rest in rests if rest is not None and rest != _NEVER]


def _guard(key: str) -> str:
    return key if key in _CLASS_KEYS.values() else re.escape(key)


@lru_cache(maxsize=PATTERN_CACHE)
def first_characters(pattern: str, *, fold: bool = True) -> Keys | None:
    """The characters a match of ``pattern`` can start with (lower-cased when ``fold``), or None when unclear."""
    alternatives = _split_top_level(pattern)
    if alternatives is None:
        return None
    if len(alternatives) > 1:
        found: set[str] = set()
        for alternative in alternatives:
            keys = first_characters(alternative, fold=fold)
            if keys is None:
                return None
            found |= keys
        return frozenset(found)
    while skip := _zero_width_length(pattern):
        pattern = pattern[skip:]
    if not pattern:
        return None
    if pattern[0] == "(":
        return _group_first(pattern, fold)
    if pattern[0] == "[":
        return _class_first(pattern, fold)
    if pattern[0] == "\\":
        return _escape_first(pattern, fold)
    if pattern[0] in ".^$|)*+?{}":
        return None
    if _OPTIONAL_FIRST.match(pattern):  # "n? plus": that character or what may follow it
        rest = first_characters(pattern[2:], fold=fold) if pattern[2:] else None
        return None if rest is None else _key(pattern[0], fold) | rest
    if _optional(pattern[1:]):
        return None
    return _key(pattern[0], fold)


def _zero_width_length(pattern: str) -> int:
    """The length of the ``\\b`` or look-around (groups inside it too) that ``pattern`` opens with, else 0."""
    if pattern.startswith(r"\b"):
        return 2
    if _LOOK_AROUND.match(pattern) and (close := _closing(pattern)) is not None:
        return close + 1
    return 0


def _key(ch: str, fold: bool) -> Keys:
    if _DIGIT.fullmatch(ch):
        return frozenset({r"\d"})
    if _SPACE.fullmatch(ch):
        return frozenset({r"\s"})
    return frozenset({ch.lower() if fold else ch})


def _optional(rest: str) -> bool:
    return rest.startswith(_QUANTIFIER_OPTIONAL)


def _group_first(pattern: str, fold: bool) -> Keys | None:
    close = _closing(pattern)
    if close is None:
        return None
    if _optional(pattern[close + 1 :]):  # "(?:tech )?talks": the group's first characters or the rest's
        rest = pattern[close + 2 :]
        inner_keys = _group_first(pattern[: close + 1], fold)
        rest_keys = first_characters(rest, fold=fold) if rest and pattern[close + 1] == "?" else None
        return None if inner_keys is None or rest_keys is None else inner_keys | rest_keys
    if pattern.startswith("(?:"):
        inner = pattern[3:close]
    elif pattern.startswith("(?P<"):
        inner = pattern[pattern.index(">") + 1 : close]
    elif pattern.startswith("(?"):
        return None
    else:
        inner = pattern[1:close]
    return first_characters(inner, fold=fold) if inner else None


def _class_first(pattern: str, fold: bool) -> Keys | None:
    close = pattern.find("]", 2)
    body = pattern[1:close] if close > 0 else ""
    if not body or body.startswith("^") or "\\" in body or "-" in body[1:-1] or _optional(pattern[close + 1 :]):
        return None
    keys: set[str] = set()
    for ch in body:
        keys |= _key(ch, fold)
    return frozenset(keys)


def _escape_first(pattern: str, fold: bool) -> Keys | None:
    if len(pattern) < 2 or _optional(pattern[2:]):
        return None
    if pattern[1] in _CLASS_KEYS:
        return frozenset({_CLASS_KEYS[pattern[1]]})
    if _ESCAPED_LITERAL.match(pattern):
        return _key(pattern[1], fold)
    return None


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The characters of ``pattern`` that are regex syntax (not escaped, not inside a character class),
    each with the group depth after it; last ``(len(pattern), "", depth)``, depth -1 if a class is left open."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\":
            index += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield index, ch, depth
        index += 1
    yield len(pattern), "", -1 if in_class else depth


def _closing(pattern: str) -> int | None:
    """The index of the ``)`` closing the group that opens ``pattern``."""
    return next((index for index, ch, depth in _syntax(pattern) if ch == ")" and depth == 0), None)


@lru_cache(maxsize=PATTERN_CACHE)
def _split_top_level(pattern: str) -> tuple[str, ...] | None:
    """``pattern``'s top-level alternatives (None when its brackets do not balance)."""
    parts: list[str] = []
    start = 0
    for index, ch, depth in _syntax(pattern):
        if depth < 0 or (ch == "" and depth != 0):
            return None
        if ch in ("|", "") and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    return tuple(parts)


# --- the same word list, faster on text already in lower case ------------------------------------
#
# ``re.IGNORECASE`` makes every alternative open with a look-ahead and a case-folding compare, and ``re``
# tries them one by one at each word start. On ASCII text already in lower case (what ``lexicon.normalise``
# returns) the same alternatives, lower-cased, match the same way without the flag; grouped by their first
# character *as a literal* (``c(?:ommunicat\w*|oach\w*)``), ``re`` skips a group with one compare of that
# character. A word that opens with a group (``(?:small|remote) teams?``, ``(?:tech )?talks``) is spread over
# its alternatives there (:func:`_specialised`), so that its group opens with a literal too: a group behind a
# look-ahead costs a call at every word start. :class:`WordList` uses that pattern when the text allows it and
# the case-insensitive one otherwise: the answers are the same, only faster.

# a pattern lower-cased (escapes kept: \W is no \w) is the same pattern on lower-case text unless it names
# characters by number (\x41, \u0041, \N{...}, \101), refers to groups or sets flags; IGNORECASE also matches a few
# non-ASCII letters with ASCII ones (long s, dotless i, dotted capital I, the Kelvin sign)
_CASE_SENSITIVE_SYNTAX = re.compile(r"\\[xuUN0-9]|(?<!\\)\(\?(?![:=!]|<[=!])|[\u017f\u0131\u0130\u212a]")
_ESCAPE_OR_OTHER = re.compile(r"\\.|\(\?P<\w+>|[^\\(]+|\(", re.DOTALL)


def _lower_pattern(pattern: str) -> str:
    """``pattern`` lower-cased, its escapes and group names as they are."""
    return "".join(
        part if part.startswith(("\\", "(?P<")) else part.lower() for part in _ESCAPE_OR_OTHER.findall(pattern)
    )


_QUANTIFIERS = ("?", "*", "+", "{")
_PLAIN_FIRST = re.compile(r"(?:\\[^\w\s]|[^\\\[\](){}|.^$*+?])(?![?*+{])")


def lower_case_pattern(pattern: str) -> re.Pattern[str] | None:
    """``re.compile(pattern, re.IGNORECASE)`` for ASCII text in lower case (None: not possible)."""
    source = _lower_case_pattern_source(pattern)
    return None if source is None else re.compile(source)


def _lower_case_pattern_source(pattern: str) -> str | None:
    checked = _NAMED_GROUP.sub("(?:", pattern)  # a group's name (in lower case) is no text to match
    if _CASE_SENSITIVE_SYNTAX.search(checked) or any(not n.islower() for n in _NAMED_GROUP.findall(pattern)):
        return None
    return _lower_pattern(pattern)


_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<(\w+)>")


def lower_case_alternation(patterns: Sequence[str], *, before: str = "", after: str = "") -> re.Pattern[str] | None:
    """``alternation(patterns, flags=re.IGNORECASE)`` for ASCII text in lower case (None: not possible)."""
    source = lower_case_alternation_source(patterns, before=before, after=after)
    return None if source is None else re.compile(source)


def lower_case_alternation_source(patterns: Sequence[str], *, before: str = "", after: str = "") -> str | None:
    """The text of :func:`lower_case_alternation`'s pattern, not compiled (None: not possible)."""
    if not patterns or any(_CASE_SENSITIVE_SYNTAX.search(p) for p in patterns):
        return None
    lowered = [_lower_pattern(p) for p in patterns]
    if any("(?P" in p for p in lowered):
        return None
    return before + "(?:" + _grouped_by_first_character(lowered) + ")" + after


NESTED_GROUP_MIN = 4  # alternatives from which a group is itself grouped by the next character
NESTED_LEVELS = 2  # at most (deeper groups are small; nesting them costs more to compile than it saves)


def _grouped_by_first_character(lowered: list[str], level: int = 1) -> str:
    """The alternation of ``lowered`` (patterns in lower case, without named groups) grouped by first character.

    A large group is grouped again by the character after its first one (``c(?:o(?:mmunicat\\w*|
    ach\\w*)|r(?:...))``): at each word start ``re`` tries a group's alternatives one after the other, and the
    large word lists have dozens under one letter. The argument of the module docstring holds at each level:
    within a group the alternatives keep their order and the groups are disjoint."""
    keyed = [(pattern, first_characters(pattern, fold=False)) for pattern in lowered]
    # on ASCII text "\d" and "\s" are a few characters: one group each, opening with its character as a literal
    ascii_keys = [(pattern, None if keys is None else _ascii(keys)) for pattern, keys in keyed]
    groups: dict[str, list[str]] = {}
    for _, keys in ascii_keys:
        for key in sorted(keys or ()):
            groups.setdefault(key, [])
    for pattern, keys in ascii_keys:
        for key, members in groups.items():
            if keys is None or key in keys:
                members.append(pattern)
    branches = []
    for key, members in groups.items():
        specialised = [_specialised(member, key) for member in members]
        if any(rest is None for rest in specialised):  # what follows the character is not told from the text
            branches.append(f"(?={re.escape(key)})(?:{'|'.join(members)})")
            continue
        rests = [rest for rest in specialised if rest is not None and rest != _NEVER]
        if len(rests) >= NESTED_GROUP_MIN and level < NESTED_LEVELS:
            branches.append(f"{re.escape(key)}(?:{_grouped_by_first_character(rests, level + 1)})")
        elif rests:  # else nothing can start with this character
            branches.append(f"{re.escape(key)}(?:{'|'.join(rests)})")
    if any(keys is None for _, keys in keyed):
        branches.append("(?:" + "|".join(p for p, keys in keyed if keys is None) + ")")
    return "|".join(branches)


_ASCII_CLASSES = {r"\d": "0123456789", r"\s": " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"}  # what they match in ASCII
_NEVER = "(?!)"  # :func:`_specialised`: the pattern cannot start with that character


def _ascii(keys: Keys) -> Keys:
    """``keys`` with the class keys ``\\d`` and ``\\s`` as the ASCII characters they stand for."""
    return frozenset(ch for key in keys for ch in _ASCII_CLASSES.get(key, key))


def _after_first(pattern: str, key: str) -> str | None:
    """``pattern`` without its first character when that is the literal ``key`` (None otherwise)."""
    match = _PLAIN_FIRST.match(pattern)
    if match is None or match[0][-1] != key or (_split_top_level(pattern) or ()) != (pattern,):
        return None
    return pattern[match.end() :]


@lru_cache(maxsize=PATTERN_CACHE)
def _specialised(pattern: str, key: str, *, fold: bool = False) -> str | None:
    """What ``pattern`` matches after its first character, where that character is the literal ``key`` (None:
    not told from the text; :data:`_NEVER`: nothing starts with ``key``). ``fold``: the pattern is used with
    IGNORECASE (and written without capitals).

    More than :func:`_after_first`: alternatives that cannot start with ``key`` are dropped (they fail where
    ``key`` is), and a leading group is spread over what follows it (``(?:small|remote) teams?`` is
    ``small teams?|remote teams?``, tried in the same order), so that a group of the word list opens with
    its character as a literal (one compare in ``re``) instead of a look-ahead (a call), which is most
    of a word list's time at each word start."""
    alternatives = _split_top_level(pattern)
    if alternatives is None:
        return None
    if len(alternatives) > 1:
        rests = []
        for alternative in alternatives:
            rest = _specialised(alternative, key, fold=fold)
            if rest is None:
                return None
            if rest != _NEVER:
                rests.append(rest)
        return "|".join(f"(?:{rest})" for rest in rests) if rests else _NEVER
    keys = first_characters(pattern, fold=fold)
    if keys is not None and key not in _ascii(keys):
        return _NEVER
    if (rest := _after_first(pattern, key)) is not None:
        return rest
    if _PLAIN_FIRST.match(pattern) is not None:
        return _NEVER  # another character ("4" of "401k" where the key is "5": both keyed by "\d")
    if pattern.startswith("(?:"):
        return _specialised_group(pattern, key, fold=fold)
    if _OPTIONAL_FIRST.match(pattern):
        # "n? plus" (left of "an? plus" after its "a") is "n plus| plus": the character first, as the greedy "?"
        # tries it
        return _specialised(f"{pattern[0]}{pattern[2:]}|{pattern[2:]}", key, fold=fold)
    if (first := _FIRST_CLASS.match(pattern)) is not None:  # "[\w-]+s": after "a", "[\w-]*s"
        if not re.fullmatch(first["class"], key, re.IGNORECASE if fold else 0):
            return _NEVER
        return (first["class"] + "*" if first["more"] else "") + pattern[first.end() :]
    return _specialised_after_check(pattern, key, fold=fold)


def _specialised_group(pattern: str, key: str, *, fold: bool) -> str | None:
    """:func:`_specialised` of a pattern opening with a group: spread over what follows it."""
    close = _closing(pattern)
    if close is None:
        return None
    after = pattern[close + 1 :]
    inner = _split_top_level(pattern[3:close])
    if after.startswith("?") and not after.startswith(_QUANTIFIERS, 1):
        # "(?:tech )?talks" is "(?:tech )talks|talks": the group first, as the greedy "?" tries it
        return _specialised(f"{pattern[: close + 1]}{after[1:]}|{after[1:]}", key, fold=fold)
    if inner is None or after.startswith(_QUANTIFIERS):
        return None  # a repeated group: not spread
    return _specialised("|".join(f"{alternative}{after}" for alternative in inner), key, fold=fold)


def _specialised_after_check(pattern: str, key: str, *, fold: bool) -> str | None:
    """:func:`_specialised` of a pattern opening with a look-behind or ``\\b``: the same check made after the
    character, looking one character further back (it is ``key``)."""
    if pattern.startswith(("(?<=", "(?<!")) and (close := _closing(pattern)) is not None:
        # (groups inside too: "(?<!(?:your )p)referred" is what "(?<!your )preferred" leaves after its "p")
        sign, body = pattern[3], f"(?:{pattern[4:close]})"
        rest = _specialised(pattern[close + 1 :], key, fold=fold)
    elif pattern.startswith(r"\b"):
        # before a word character: no word character before it; before another one: a word character
        sign, body, rest = "!" if re.fullmatch(r"\w", key) else "=", r"\w", _specialised(pattern[2:], key, fold=fold)
    else:
        return None
    return rest if rest is None or rest == _NEVER else f"(?<{sign}{body}{re.escape(key)}){rest}"


# a character class or class escape opening a pattern, once or repeated ("+", greedy): one character of it
_FIRST_CLASS = re.compile(r"(?P<class>\[(?!\^)\]?(?:\\.|[^\]\\])*\]|\\[dswDSW])(?:(?P<more>\+)(?![?*+{])|(?![?*+{]))")
# a plain character made optional by a greedy "?" ("n?" of "n? plus"), opening a pattern
_OPTIONAL_FIRST = re.compile(r"[^\\\[\](){}|.^$*+?]\?(?![?+])")


# a pattern's pieces, for :func:`required_literal`: an escape, a character class, a group's bracket, a quantifier
# (with its lazy or possessive mark) or one character
_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]])*\]|\(\??|\)|(?:[*+?]|\{\d*,?\d*\})[?+]?|.", re.DOTALL)
_LITERAL_PIECE = re.compile(r"\\[^\w\s]|[^\\\[\](){}|.^$*+?]", re.DOTALL)
RARE_LITERAL_CHARS = 4  # a shorter literal is in too many texts to be worth testing


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of ``pattern`` holds (``\\w*bewusstsein``: "bewusstsein"),
    or None (shorter than :data:`RARE_LITERAL_CHARS`, or several alternatives)."""
    if (_split_top_level(pattern) or ()) != (pattern,):
        return None
    runs, run, depth = [""], "", 0
    for piece in _PIECE.findall(pattern):
        if depth == 0 and _LITERAL_PIECE.fullmatch(piece):
            run += piece[-1]
            continue
        if piece[0] in "*+?{":  # the character before is optional or repeated: the run ends before it
            run = run[:-1]
        depth += piece.startswith("(") - (piece == ")")
        runs.append(run)
        run = ""
    longest = max([*runs, run], key=len)
    return longest if len(longest) >= RARE_LITERAL_CHARS else None


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which every match of ``pattern`` holds: its :func:`required_literal`, or those of a group
    it cannot skip whose every alternative holds some ("[^.;]*?(?:success (?:here|...)|to (?:succeed|thrive))":
    "success ", "succeed", "thrive"); None when not found. Each is :data:`RARE_LITERAL_CHARS` long or longer."""
    alternatives = _split_top_level(pattern)
    if alternatives is None:
        return None
    if len(alternatives) > 1:
        found: list[str] = []
        for alternative in alternatives:
            literals = required_literals(alternative)
            if literals is None:
                return None
            found += literals
        return tuple(dict.fromkeys(found))
    if (literal := required_literal(pattern)) is not None:
        return (literal,)
    for group in _required_groups(pattern):
        if (literals := required_literals(group)) is not None:
            return literals
    return None


def _required_groups(pattern: str) -> Iterator[str]:
    """The insides of ``pattern``'s top-level groups that every match goes through (not repeated, not optional,
    no look-around: a look-ahead's text is there too, but a negative one's is not)."""
    depth, position = 0, 0
    for piece in _PIECE.findall(pattern):
        start, position = position, position + len(piece)
        if piece == ")":
            depth -= 1
        elif piece.startswith("("):
            opens_plain_group = piece == "(" or pattern.startswith(("(?:", "(?P<"), start)
            close = _closing(pattern[start:]) if depth == 0 and opens_plain_group else None
            after = pattern[start + close + 1 :] if close is not None else ""
            if close is not None and not after.startswith(_QUANTIFIERS):
                inner = pattern[start + 1 : start + close]
                yield inner[inner.index(">") + 1 :] if inner.startswith("?P<") else inner.removeprefix("?:")
            depth += 1


class WordList:
    """A word list (``lexicon.compile_words``): the case-insensitive pattern, and the same pattern for ASCII text
    in lower case (:func:`lower_case_alternation`), used when the text allows it. Same methods, same answers.

    A word whose first character is not told by its text (``\\w*bewusstsein``) is tried at every word start
    and keeps every group of the lower-case pattern behind a look-ahead; when it needs a literal the text does
    not hold (``rare``), it cannot match there, and ``common`` (the pattern without those words) is used."""

    def __init__(self, words: Sequence[str], *, from_word_starts: bool = False) -> None:
        # a word written as alternatives ("(?:\\w+ )?interesse\\b|neugier\\w*|offenheit") is those words, in its place
        words = [alternative for word in words for alternative in _split_top_level(word) or [word]]
        self._words = words
        # (round 35) each pattern is compiled when first used, not at import: a posting in English lower case needs
        # few of the case-insensitive ones, and compiling them all took most of the parser's 2.4 s start-up
        self._lower_case_source = lower_case_alternation_source(words, before=r"(?<!\w)", after=r"(?!\w)")
        self.rare: tuple[str, ...] = ()
        self._common_source: str | None = None
        # a short list whose every word holds a literal ("leader election"): no match where none of them is
        needed = [required_literal(p) for w in words for p in _split_top_level(_lower_pattern(w)) or [""]]
        self.needed = tuple(n for n in needed if n) if all(needed) and self._lower_case_source is not None else ()
        unknown = [w for w in words if first_characters(_lower_pattern(w), fold=False) is None]
        literals = [required_literal(_lower_pattern(w)) for w in unknown]
        if unknown and self._lower_case_source is not None and all(literals) and len(unknown) < len(words):
            self.rare = tuple(literal for literal in literals if literal)
            common = [w for w in words if w not in unknown]
            self._common_source = lower_case_alternation_source(common, before=r"(?<!\w)", after=r"(?!\w)")
        # ``from_word_starts``: long texts are searched from the characters before their words (see
        # :func:`_search_at_word_starts`; the lower-case patterns' forms for it, else None)
        self.from_word_starts = from_word_starts

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        from interview_planner.jd.lexicon import compile_words  # the lexicon imports this module

        return compile_words(self._words)

    @cached_property
    def lower_case(self) -> re.Pattern[str] | None:
        return None if self._lower_case_source is None else re.compile(self._lower_case_source)

    @cached_property
    def common(self) -> re.Pattern[str] | None:
        return None if self._common_source is None else re.compile(self._common_source)

    @cached_property
    def lower_case_starts(self) -> re.Pattern[str] | None:
        return _word_starts(self.lower_case) if self.from_word_starts and self.lower_case is not None else None

    @cached_property
    def common_starts(self) -> re.Pattern[str] | None:
        return _word_starts(self.common) if self.from_word_starts and self.common is not None else None

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The pattern to try on ``text`` (None: no word can match it)."""
        if self._lower_case_source is None or not _ascii_lower_case(text):
            return self.pattern
        if self.needed and not holds_any(text, self.needed):
            return None
        if self._common_source is not None and not holds_any(text, self.rare):
            return self.common
        return self.lower_case

    def _starts_for(self, pattern: re.Pattern[str]) -> re.Pattern[str] | None:
        """The :func:`_word_starts` form of ``pattern`` (what ``_for`` chose), if the list has it: None for the
        case-insensitive pattern (text not ASCII in lower case)."""
        if pattern is self.__dict__.get("lower_case"):
            return self.lower_case_starts
        return self.common_starts if pattern is self.__dict__.get("common") else None

    def _starts_worth_it(self, pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Pattern[str] | None:
        """The word-starts form of ``pattern`` when searching from word starts pays: the list asks for it and the
        searched stretch is long enough (see ``WORD_STARTS_MIN_CHARS``)."""
        if not self.from_word_starts or len(text) - pos < WORD_STARTS_MIN_CHARS or endpos - pos < WORD_STARTS_MIN_CHARS:
            return None
        return self._starts_for(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern = self._for(text)
        if pattern is None:
            return None
        if (starts := self._starts_worth_it(pattern, text, pos, endpos)) is not None:
            return _search_at_word_starts(pattern, starts, text, pos, endpos)
        return pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern = self._for(text)
        return None if pattern is None else pattern.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern = self._for(text)
        return None if pattern is None else pattern.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        pattern = self._for(text)
        if pattern is None:
            return iter(())
        if (starts := self._starts_worth_it(pattern, text, pos, endpos)) is not None:
            return _finditer_at_word_starts(pattern, starts, text, pos, endpos)
        return pattern.finditer(text, pos, endpos)


# Searching a word list's lower-case pattern (``(?<!\w)(?:...)(?!\w)``, on ASCII text in lower case) from the
# characters before word starts. ``re`` tries a pattern that opens with a look-behind at every character of the
# text, a call each time (about 20 ns a character); a pattern that opens with a class of characters it skips to
# the next character of the class in one loop. ``_NOT_WORD`` + the same words finds the character before each
# match (for ASCII text, the look-behind ``(?<!\w)`` at a position after the text's start says exactly that the
# character before it is one of ``_NOT_WORD``); the match itself is then taken with the word list's own pattern
# at the position after it: the same span, groups and text as its search finds (the leftmost match, the same
# alternatives tried in the same order). A match at the text's (or the search's) very start has no character
# before it in the searched part: tried first. On a 180-character requirement with no word of the list, a third
# to a half less time; a short text or stretch (most list items) keeps the plain search: its two extra calls cost
# more. The second pattern costs its compiling (about as long as the list's own: 2-6 ms for the lists that use
# it, 20-40 ms for the largest), so only lists searched on most long requirements, mostly without a match near
# their start, use it (``from_word_starts``): there it pays for itself within one long posting.
WORD_STARTS_MIN_CHARS = 64
_NOT_WORD = r"[\x00-/:-@\[-^`{-\x7f]"  # the ASCII characters that are not ``\w``
_LOOK_BEHIND_WORD = r"(?<!\w)"


def _word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (``(?<!\\w)...``, lower case) opening with the character before the word instead."""
    if not pattern.pattern.startswith(_LOOK_BEHIND_WORD) or pattern.flags & re.IGNORECASE:
        raise ValueError(f"not a word list's lower-case pattern: {pattern.pattern[:40]}")
    return re.compile(_NOT_WORD + pattern.pattern[len(_LOOK_BEHIND_WORD) :])


def _search_at_word_starts(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` for a word list's lower-case pattern on ASCII text, ``starts`` its
    :func:`_word_starts` (see above)."""
    if pos <= 0:
        if (found := pattern.match(text, pos, endpos)) is not None:
            return found
        pos = 1  # (the character before position 1 is at 0)
    before = starts.search(text, pos - 1, endpos)
    return None if before is None else pattern.match(text, before.start() + 1, endpos)


def _finditer_at_word_starts(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a word list's lower-case pattern on ASCII text: each search
    starts where the last match ended. (No word list matches empty text; if one did, ``re`` goes on from there.)"""
    while (found := _search_at_word_starts(pattern, starts, text, pos, endpos)) is not None:
        yield found
        if found.end() == found.start():  # an empty match: re's own rule for what may follow it
            following = pattern.finditer(text, found.start(), endpos)
            next(following)  # (this match again: the first from where it stands)
            yield from following
            return
        pos = found.end()


class Openings:
    """``alternation(patterns, before="^", after=..., flags=re.IGNORECASE).match``, its rare patterns tried only
    where the text can hold them.

    A pattern whose first character is not told by its text is in every group of the alternation and tried at
    every start; one that scans ahead ("[^.;]{0,160}?(?:success ...|to (?:succeed|thrive) ...)", a lead-in said
    after the company's words) then reads up to 160 characters of every text, 10 µs a match on a long
    requirement. Such a pattern that needs literals (:func:`required_literals`) stands apart, and the patterns
    between two of them form one alternation each (``pieces``, in their order): the alternation's match is the
    first alternative in order that matches (then ``after``), so trying the pieces in order finds it, and a rare
    pattern is passed over where an ASCII text holds none of its literals (it cannot match there). Only ASCII text
    is judged by its lower case: IGNORECASE matches a few non-ASCII letters with ASCII ones (long s, the Kelvin
    sign...). Compiling the pieces costs less than the one alternation: a rare pattern is not copied into every
    group. An ASCII text is tried against each piece's lower-case form first (:func:`lower_case_pattern`, the
    same places): without IGNORECASE, ``re`` tells the groups' first characters apart 2-3 times faster, and most
    texts (half the requirements a short name is made of) open with no pattern at all."""

    def __init__(self, patterns: Sequence[str], *, after: str = "") -> None:
        # each piece: its pattern (case-insensitive; compiled when first used, :meth:`_pattern`) and the literals
        # one of which a text must hold for it to match (() : any text)
        self.pieces: list[tuple[str, tuple[str, ...]]] = []
        between: list[str] = []
        for pattern in patterns:
            literals = None
            if first_characters(pattern) is None and not _CASE_SENSITIVE_SYNTAX.search(pattern):
                literals = required_literals(_lower_pattern(pattern))
            if not literals:
                between.append(pattern)
                continue
            if between:
                self.pieces.append((alternation_source(between, before="^", after=after, flags=re.IGNORECASE), ()))
                between = []
            self.pieces.append((f"^(?:{pattern}){after}", literals))
        if between or not self.pieces:
            self.pieces.append((alternation_source(between, before="^", after=after, flags=re.IGNORECASE), ()))
        self.rare = tuple(dict.fromkeys(literal for _, literals in self.pieces for literal in literals))
        # each piece with its form for ASCII text in lower case (None: not possible)
        self._ascii = [(pattern, _lower_case_pattern_source(pattern), literals) for pattern, literals in self.pieces]
        # the pieces' patterns compiled so far, by their flags and text (a piece's two forms may be the same text)
        self._compiled: dict[int, dict[str, re.Pattern[str]]] = {re.IGNORECASE: {}, 0: {}}

    def _pattern(self, source: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        compiled = self._compiled[flags]
        found = compiled.get(source)
        if found is None:
            found = compiled[source] = re.compile(source, flags)
        return found

    def match(self, text: str) -> re.Match[str] | None:
        if not text.isascii():
            for pattern, _ in self.pieces:
                if (found := self._pattern(pattern).match(text)) is not None:
                    return found
            return None
        lowered = text.lower()
        for pattern, lower_case, literals in self._ascii:
            if literals and not holds_any(lowered, literals):
                continue  # it cannot match this text
            if lower_case is None:
                if (found := self._pattern(pattern).match(text)) is not None:
                    return found
            elif self._pattern(lower_case, 0).match(lowered) is not None:
                # the same span, matched on the text itself (callers read its words)
                return self._pattern(pattern).match(text)
        return None


@lru_cache(maxsize=16)  # one text is tried against several word lists in a row; ``islower`` reads all of it
def _ascii_lower_case(text: str) -> bool:
    return text.isascii() and text.islower()


def holds_any(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``literals``."""
    for literal in literals:  # noqa: SIM110  (a loop: ``any()`` over a generator costs more than these tests)
        if literal in text:
            return True
    return False


def word_list(words: Sequence[str], *, from_word_starts: bool = False) -> WordList:
    """``lexicon.compile_words(words)``, faster on lower-case text (:class:`WordList`; ``from_word_starts``: see
    :func:`_search_at_word_starts`)."""
    return WordList(words, from_word_starts=from_word_starts)
