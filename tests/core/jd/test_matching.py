"""The one-pass word-list matcher finds exactly what the plain alternation finds."""

from __future__ import annotations

import random
import re

import pytest

from interview_planner.jd import enumeration, lexicon, matching, parser
from interview_planner.jd.matching import (
    Openings,
    WordList,
    alternation,
    first_characters,
    lower_case_alternation,
    lower_case_pattern,
    required_literal,
    required_literals,
)

WORD_LISTS = {
    "soft terms": lexicon.SOFT_TERMS,
    "hard terms": lexicon.HARD_TERMS,
    "requirement cues": lexicon.REQUIREMENT_CUES,
    "boilerplate": lexicon.BOILERPLATE,
    "nice cues": lexicon.TEXT_NICE,
    "heading topics": tuple(word for _, words in lexicon.HEADING_TOPICS for word in words),
    "name lead-ins": lexicon.NAME_LEAD_INS,
}
TEXTS = [
    "Strong communication skills, curiosity and a self-starter attitude; 5+ years with C++ and .NET",
    "Wir wünschen uns von Dir Teamfähigkeit und Verantwortungsbewusstsein. Se valorará conocer Docker.",
    "COMMUNICATION, Kubernetes (K8s) and problem-solving; tech talks and a quick learner; (visa) sponsorship",
    "Kelvin sign \u212a8s and long s \u017foft: case folding beyond ASCII",
]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_the_grouped_alternation_matches_like_the_plain_one(name: str, seed_text: str) -> None:
    patterns = WORD_LISTS[name]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
    grouped = alternation(patterns, before=r"(?<!\w)", after=r"(?!\w)", flags=re.IGNORECASE)
    texts = TEXTS + seed_text.splitlines()
    for text in texts + [lexicon.normalise(t) for t in texts]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_first_characters_are_known_for_plain_patterns_and_unknown_otherwise() -> None:
    assert first_characters(r"communicat\w*") == {"c"}
    assert first_characters(r"(?:tech )?talks") == {"t"}
    assert first_characters(r"(?:experience|Background) (?:with|in)") == {"e", "b"}
    assert first_characters(r"[sz]ero") == {"s", "z"}
    assert first_characters(r"\d+\+? years") == {r"\d"}
    assert first_characters(r"\w*bewusstsein") is None  # any word character
    assert first_characters(r"a?b") == {"a", "b"}  # an optional first character, or what follows it
    assert first_characters(r"a*b") is None  # a repeated one is not told
    assert first_characters(r"(?<!(?:your )p)referred") == {"r"}  # a look-behind (groups inside too) is no character


def test_a_named_group_that_would_repeat_falls_back_to_the_plain_alternation() -> None:
    pattern = alternation([r"(?:x|y)(?P<cut>)z", "w"], flags=re.IGNORECASE)
    assert pattern.search("a yz")["cut"] == ""


# --- the lower-case form of a word list (jd/matching.py WordList), used on ASCII lower-case text -------------

MIXED = [
    "Strong COMMUNICATION skills; Team Player with a Growth Mindset, e.g. mentoring",
    "we're an equal opportunity employer: race, religion or disability; 401(k) and health benefits",
    "5+ years of experience with Python, nice to have: Rust (preferred) - is a plus",
    "curiosité, Verantwortungsbewusstsein und Teamfähigkeit; se valorará la comunicación",
    "Kelvin sign \u212a8s and long s \u017foft: case folding beyond ASCII",
    "kostenbewusstsein, self-starter, problem solving and cross-functional teams",
]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_a_word_list_finds_the_same_matches_on_any_text(name: str, seed_text: str) -> None:
    words = WORD_LISTS[name]
    fast, plain = WordList(words), lexicon.compile_words(words)
    assert fast.lower_case is not None  # every list of the lexicon has its lower-case form
    texts = MIXED + seed_text.splitlines()
    for text in texts + [lexicon.normalise(t) for t in texts] + [t.lower() for t in texts]:
        found = [(m.span(), m[0]) for m in fast.finditer(text)]
        assert found == [(m.span(), m[0]) for m in plain.finditer(text)], text
        assert bool(fast.search(text)) == bool(plain.search(text))
        assert bool(fast.match(text)) == bool(plain.match(text))


def test_a_pattern_that_lower_case_would_change_has_no_lower_case_form() -> None:
    assert lower_case_alternation([r"\x41bc", "def"]) is None  # a character named by its number
    assert lower_case_alternation([r"(a)\1", "b"]) is None  # a back-reference
    assert lower_case_alternation([r"(?i)abc"]) is None  # flags
    assert lower_case_alternation(["\u017fso"]) is None  # long s: IGNORECASE matches it with "s"
    assert lower_case_pattern(r"(?P<Cut>x)") is None  # the group's name would change
    kept = lower_case_alternation([r"Foo\S+", r"\.NET", "(?:tech )?Talks"], before=r"(?<!\w)", after=r"(?!\w)")
    assert kept is not None
    assert [m[0] for m in kept.finditer("foo-bar .net tech talks talks")] == ["foo-bar", ".net", "tech talks", "talks"]


def test_short_names_are_the_same_with_the_lower_case_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Experience WITH Kafka, E.G. Kafka Streams (or Pulsar)",
        "Deep EXPERTISE IN distributed systems; Go is a plus",
        "AWS or GCP - ideally both. Terraform Preferred",
        "Knowledge of SQL, i.e. PostgreSQL: query plans",
    ]
    parser._first_cut.cache_clear()
    fast = [parser.short_name.__wrapped__(t) for t in texts]
    monkeypatch.setattr(parser, "_NAME_CUTS_LOWER", (None, None))
    parser._first_cut.cache_clear()  # (the cuts found with the lower-case patterns are cached)
    assert fast == [parser.short_name.__wrapped__(t) for t in texts]
    parser._first_cut.cache_clear()
    assert fast[0] == "Kafka"


def test_name_cuts_are_the_same_with_their_cheaper_lower_case_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """The space cuts grouped by their next character, the cuts without "e.g."/"i.e." on a text without them and
    no search for "experience with" on a text without its words: the cut falls where the plain cuts put it."""
    assert parser._NAME_CUTS_LOWER_WITHOUT_LETTERS is not None and parser._INNER_CUT_WORDS  # (else: slower)
    words = (
        "including incl. such as with the ability - — etc especially as well particularly ideally is a plus are "
        "essential preferred nice-to-have desirable mejor how we work you like we like e.g. i.e. E.G. vs. etc. U.S. "
        "Experience EXPERTISE skills python go and or : ; ( ) . of in experience knowledge using background"
    )
    rng = random.Random(18)
    texts = [" ".join(rng.choices(words.split(), k=rng.randint(1, 16))) for _ in range(3000)]
    fast = [parser._first_cut.__wrapped__(t) for t in texts]
    monkeypatch.setattr(parser, "_NAME_CUTS_LOWER", (None, None))  # the case-insensitive cuts, as written
    assert fast == [parser._first_cut.__wrapped__(t) for t in texts]


# patterns written to open with the character they start at (``re`` skips to it): the plain forms they replace
REWRITTEN = {
    "list separator": (r"\s*,\s*(?:(?:and/or|and|or|&)\s+)?|\s+(?:and/or|and|or|&)\s+", re.IGNORECASE),
    "clause break": (
        rf"(?:\s*[,;]\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)(?={enumeration._CLAUSE_START})",
        re.IGNORECASE,
    ),
    # (round 38: not before an alternative after a semicolon, "; OR three years of experience")
    "sentence end": (r"(?<=[.!?;])(?!(?<=;)\s+(?:OR|Or)\s)\s+(?=[\"“(\[]?[A-ZÀ-ÖØ-Þ])", 0),
    "piece end": (r"(?<=[.!?])\s+(?=[\"“(\[]?[A-ZÀ-ÖØ-Þ])|;\s+", 0),
    "clause candidate": (
        r",?\s+(?=(?:and|as well as|along with|plus|together with|with|und|et|ainsi que|are|y)\s)|;(?=\s)",
        re.IGNORECASE,
    ),
    "separator mark": (r"[,&]| (?:and/or|and|or)(?= )", 0),
    "clause break mark": (r"[,;]| (?:and|as well as)(?= )", 0),
    "foreign and/or mark": (r" (?:und|oder|sowie|et|ou|y|o)(?= )", 0),
}
REWRITTEN_AS = {
    "list separator": enumeration._SEPARATOR,
    "clause break": enumeration._CLAUSE_BREAK,
    "sentence end": parser._SENTENCE_END,
    "piece end": parser._PIECE_END,
    "clause candidate": parser._CLAUSE_CANDIDATE,
    "separator mark": enumeration._SEPARATOR_MARKS,
    "clause break mark": enumeration._CLAUSE_BREAK_MARKS,
    "foreign and/or mark": enumeration._FOREIGN_AND_OR_MARKS,
}


@pytest.mark.parametrize("name", sorted(REWRITTEN))
def test_a_rewritten_pattern_matches_like_its_plain_form(name: str) -> None:
    plain, rewritten = re.compile(*REWRITTEN[name]), REWRITTEN_AS[name]
    pieces = [" ", "  ", "\t", "\n", ",", ";", ".", "!", " and ", " OR ", " & ", "and/or", " as well as ", "(", "“"]
    pieces += ["Experience", " strong knowledge", "python", "A", "É", "x", " with ", " et ", "plus ", " ainsi que "]
    pieces += [" und ", " o ", " y ", " sowie ", "Or ", "OR "]
    generator = random.Random(18)
    texts = ["".join(generator.choice(pieces) for _ in range(generator.randint(1, 9))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in rewritten.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_clause_breaks_as_one_alternation_match_like_the_first_break_that_matches() -> None:
    breaks = [re.compile(p, re.IGNORECASE) for p in lexicon.CLAUSE_BREAKS]
    pieces = [" ", ", ", " and ", " with ", " as well as ", " und ", " et ", " ainsi que ", "of", "the ", "strong "]
    pieces += ["ability", "experience", "knowledge", "passion", "willing", "du hast", "gute kenntnisse", "la capacité"]
    pieces += ["And ", "ABILITY", "With ", "Experience", "Strong "]
    generator = random.Random(18)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 9)))
        for start in range(len(text)):
            first = next((m for p in breaks if (m := p.match(text, start)) is not None), None)
            found = parser._CLAUSE_BREAKS.match(text, start)
            assert (found and found.span()) == (first and first.span()), (text, start)
            lower = parser._CLAUSE_BREAKS_LOWER
            if lower is not None and text.isascii():  # the lower-case form, on the text lower-cased
                found = lower.match(text.lower(), start)
                assert (found and found.span()) == (first and first.span()), (text, start)


def test_the_end_examples_and_hedge_searches_find_what_the_plain_searches_find() -> None:
    pieces = ["of", "about", "avec", "to", "zu", "à", "TO", " ", "\n", "\u00a0", ",", ".", "x", "\u017f", "\u0130"]
    pieces += ["e.g.", "E.G", "i.e", "such as", "SUCH  AS", "including", "z.b.", "Z. B.", "wie", "é", "_", "  "]
    pieces += ["ideal", "IDÉAL", "Pref", "vorzugsWEISE", "d", "p"]
    generator = random.Random(18)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 10)))
        assert parser._may_hedge_inside(text) == bool(parser._HEDGE_CUE_HINT.search(text)), text
        assert enumeration._ends_with(enumeration._OPEN_TAIL, text) == bool(enumeration._OPEN_TAIL.search(text))
        assert enumeration._ends_with(enumeration._VERB_LEAD, text) == bool(enumeration._VERB_LEAD.search(text))
        assert enumeration._gives_examples(text) == bool(enumeration._EXAMPLES.search(text)), text


def test_sentence_and_piece_ends_searched_from_the_first_end_mark_are_all_the_ends() -> None:
    pieces = [" ", "  ", "\n", ".", "!", "?", ";", "A", "a", "É", "(", "“", "x", "Go", "e.g.", "\t", "\u00a0"]
    generator = random.Random(18)
    for _ in range(5000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 12)))
        mark = parser._END_MARK.search(text)
        for pattern in (parser._PIECE_END, parser._SENTENCE_END):
            found = [m.span() for m in pattern.finditer(text, mark.start())] if mark else []
            assert found == [m.span() for m in pattern.finditer(text)], text


def test_a_group_opens_with_its_character_as_a_literal_where_the_text_tells_it() -> None:
    assert matching._specialised("(?:small|remote) teams?", "r") == "(?:emote teams?)"
    assert matching._specialised("(?:tech )?talks", "t") == "(?:ech talks)|(?:alks)"  # the group first, as "?" tries it
    assert matching._specialised("ethic(?:s|al)|éthique", "e") == "(?:thic(?:s|al))"
    assert matching._specialised("[sz]ero", "z") == "ero"
    assert matching._specialised("(?:x)??y", "x") is None  # lazy: the other order
    assert matching._specialised("(?:ab)+c", "a") is None  # repeated
    # a look-behind or "\b" before the character: checked after it, one character longer
    assert matching._specialised("(?<!our )preferred", "p") == "(?<!(?:our )p)referred"
    assert matching._specialised(r"\be\.g\.", "e") == r"(?<!\we)\.g\."
    # on ASCII text "\d" and "\s" are characters too; a pattern that opens with another one cannot match there
    assert matching._specialised(r"\s+including", "\t") == r"\s*including"
    assert matching._specialised(r"401\(?k\)?", "4") == r"01\(?k\)?"
    assert matching._specialised(r"401\(?k\)?", "5") == "(?!)"
    assert matching._specialised("(?=a)a", "a") is None  # a look-ahead stays where it is
    # a class first: the character tested against it
    assert matching._specialised(r"[\w-]+s (?:who|that)", "a") == r"[\w-]*s (?:who|that)"
    assert matching._specialised("[sz]ero", "a") == "(?!)"
    assert matching._specialised("[^sz]ero", "a") is None  # a negated class is left as it is


@pytest.mark.parametrize("words", [lexicon.NAME_LEAD_INS, lexicon.REQUIREMENT_OPENINGS], ids=["lead-ins", "openings"])
def test_an_opening_alternation_matches_like_the_plain_one_in_any_case(words: tuple[str, ...]) -> None:
    patterns = [rf"(?:{p})(?:(?<=')|(?!\w))" for p in words]
    grouped = alternation(patterns, before="^", after=r"\s*", flags=re.IGNORECASE)
    openings = Openings(patterns, after=r"\s*")
    plain = re.compile("^(?:" + "|".join(patterns) + r")\s*", re.IGNORECASE)
    pieces = [re.sub(r"\\[wsdb]\*?|[()?:|*+\[\]\\{}^$]", "", w) for w in words]
    pieces += [" ", "5+", "Python", "\u017f", "\u212a", "\u0130", "\u0131", "Teams who love", "our culture."]
    pieces += ["success here means that", "to thrive in this role,", "To Do Well On Our Team", "\u017fuccess"]
    generator = random.Random(18)
    for _ in range(3000):
        text = " ".join(generator.choice(pieces) for _ in range(generator.randint(1, 5)))
        text = generator.choice([text, text.upper(), text.title()])
        found, expected = grouped.match(text), plain.match(text)
        assert (found and found.span()) == (expected and expected.span()), text
        found = openings.match(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_a_lead_in_that_scans_ahead_is_left_out_where_none_of_its_literals_is() -> None:
    assert required_literals(r"[^.;]{0,9}?(?:success (?:here|now)|to (?:succeed|be successful))") == (
        "success ",
        "succeed",
        "be successful",
    )
    assert required_literals(r"[\w-]+s (?:who|that)") is None  # "who" is too short to be worth a test
    assert required_literals(r"x(?:abcd|efgh)?") is None  # an optional group
    assert required_literals(r"(?!abcd)x") is None  # a negative look-ahead's text is not there
    openings = Openings(["able to", r"[^.;]{0,160}?to thrive here", "ability to"], after=r"\s*")
    assert openings.rare == ("to thrive here",)
    assert [literals for _, literals in openings.pieces] == [(), ("to thrive here",), ()]
    assert all(lower_case is not None for _, lower_case, _ in openings._ascii)  # ASCII text: tried in lower case
    assert openings.match("Ability to learn")[0] == "Ability to "
    assert openings.match("Able to thrive here")[0] == "Able to "  # the first alternative that matches
    assert openings.match("You want TO THRIVE HERE")[0] == "You want TO THRIVE HERE"
    # IGNORECASE reads a long s as "s": a text that is not ASCII is tried against the whole alternation
    assert Openings([r"[^.;]{0,160}?success here"]).match("Our \u017fuccess here")[0] == "Our \u017fuccess here"


def test_a_large_group_is_grouped_again_by_its_next_character() -> None:
    grouped = lower_case_alternation(["coach", "code", "communicate", "cloud", "collaborate", "go"])
    assert grouped is not None
    assert grouped.pattern == "(?:c(?:o(?:ach|de|mmunicate|llaborate)|l(?:oud))|g(?:o))"
    assert [m[0] for m in grouped.finditer("cloud collaborate go")] == ["cloud", "collaborate", "go"]


def test_a_word_of_unknown_first_character_is_left_out_where_its_literal_is_missing() -> None:
    assert required_literal(r"\w*bewusstsein") == "bewusstsein"
    assert required_literal(r"abcde*f") == "abcd"  # the "e" may be missing
    assert required_literal(r"a|bcdef") is None
    soft = WordList(lexicon.SOFT_TERMS)
    assert soft.rare == ("bewusstsein",)
    # a word written as alternatives is those words: "(?:\w+ )?interesse\b" stands apart too
    assert WordList(lexicon.SOFT_HEADS).rare == ("interesse",)
    for text in ("verantwortungsbewusstsein und teamfähigkeit", "communication and teamwork"):
        assert [m.span() for m in soft.finditer(text)] == [m.span() for m in soft.pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_the_lower_case_form_matches_like_the_plain_one_on_random_words(name: str) -> None:
    words = WORD_LISTS[name]
    fast, plain = WordList(words), lexicon.compile_words(words)
    # the lexicon's own words with their syntax taken out: texts that nearly match, and often do
    pieces = [re.sub(r"\\[wsdb]\*?|[()?:|*+\[\]\\{}^$]", "", w.lower()) for w in words]
    pieces += [" ", ", ", "-", "5+", "1:1s", "401(k)", "bewusstsein", "team", "with", "experience"]
    generator = random.Random(18)
    for _ in range(1500):
        text = " ".join(generator.choice(pieces) for _ in range(generator.randint(1, 10)))
        assert [(m.span(), m[0]) for m in fast.finditer(text)] == [(m.span(), m[0]) for m in plain.finditer(text)]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_a_search_from_word_starts_finds_what_the_lower_case_pattern_finds(name: str) -> None:
    # a long text is searched from the characters before its words (WordList, "Searching ... from word starts"):
    # the same matches, from any start and to any end, as the lower-case pattern's own search
    words = WORD_LISTS[name]
    fast = WordList(words, from_word_starts=True)
    assert fast.lower_case_starts is not None
    pieces = [re.sub(r"\\[wsdb]\*?|[()?:|*+\[\]\\{}^$]", "", w.lower()) for w in words]
    pieces += [" ", ", ", "-", "5+", "(", ")", ".", "c++", ".net", "team", "with", "experience", "_", "x1", ""]
    generator = random.Random(16)
    checked = 0
    for _ in range(4000):  # (more words in other languages: fewer texts all ASCII; rounds 18 and 21)
        # (pieces joined without a space too: "(python", ".net": a word right after the text's first character)
        text = "".join(generator.choice(pieces) + generator.choice(" ,") for _ in range(generator.randint(8, 30)))
        pattern = fast._for(text)
        if pattern is None or pattern is fast.pattern or len(text) < matching.WORD_STARTS_MIN_CHARS:
            continue
        checked += 1
        for pos, endpos in ((0, len(text)), (generator.randint(0, 20), len(text) - generator.randint(0, 20))):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text, pos, endpos)] == expected, text
            found = fast.search(text, pos, endpos)
            assert (found and (found.span(), found.groups())) == (expected[0] if expected else None), text
    assert checked >= 10, checked  # (texts long, in lower case, holding a literal the list needs)
    plain = lexicon.compile_words(words)
    for text in MIXED + [t.lower() for t in MIXED] + [" ".join(MIXED).lower()]:  # (any case: the plain pattern)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_clause_candidates_on_lower_case_text_are_those_of_the_text() -> None:
    lower = parser._CLAUSE_CANDIDATE_LOWER
    assert lower is not None
    pieces = [" ", ", ", ",", " AND ", " With ", " as Well as ", " Und ", " ET ", " plus ", "x", "Ability", "\t"]
    generator = random.Random(18)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 9)))
        expected = [m.span() for m in parser._CLAUSE_CANDIDATE.finditer(text)]
        assert [m.span() for m in lower.finditer(text.lower())] == expected, text


@pytest.mark.parametrize(
    ("pattern", "lower_case", "kinds", "followed_by"),
    [
        (enumeration._SEPARATOR, enumeration._SEPARATOR_LOWER, enumeration._SEPARATOR_MARKS, ()),
        (enumeration._CLAUSE_BREAK, enumeration._CLAUSE_BREAK_LOWER, enumeration._CLAUSE_BREAK_MARKS, ()),
        (
            enumeration._CLAUSE_BREAK,
            enumeration._CLAUSE_BREAK_LOWER,
            enumeration._CLAUSE_BREAK_MARKS,
            enumeration._CLAUSE_START_WORDS,
        ),
        (enumeration._FOREIGN_AND_OR, enumeration._FOREIGN_AND_OR_LOWER, enumeration._FOREIGN_AND_OR_MARKS, ()),
    ],
    ids=["separator", "clause break", "clause break, its next words looked for first", "foreign and/or"],
)
def test_a_list_scan_from_its_first_mark_finds_every_match(
    pattern: re.Pattern[str], lower_case: re.Pattern[str] | None, kinds: re.Pattern[str], followed_by: tuple[str, ...]
) -> None:
    pieces = [",", ";", "&", "and", "AND", "or", "Or", "and/or", "as well as", "und", "ODER", "sowie", "et", "y", "o"]
    pieces += ["experience", "Strong knowledge", "Ability", "python", "x", "_", ".", "(", "é", "\u017f", "K", "well"]
    pieces += ["Track record", "ERFAHRUNGEN", "interests", "expertise:"]
    generator = random.Random(18)
    for _ in range(5000):
        words = generator.choices(pieces, k=generator.randint(1, 12))
        # the texts the list scans read are joined by single spaces (``_first_sentence``, ``_first_clause``)
        text = " ".join("".join(word + generator.choice([" ", " ", ""]) for word in words).split())
        marks = enumeration._marks(text)
        found = enumeration._places(pattern, lower_case, kinds, text, marks, followed_by=followed_by)
        assert found == [m.span() for m in pattern.finditer(text)], text
        # a clause is scanned with the marks of the sentence it opens
        clause = text[: generator.randint(0, len(text))]
        found = enumeration._places(pattern, lower_case, kinds, clause, marks, followed_by=followed_by)
        assert found == [m.span() for m in pattern.finditer(clause)], (text, clause)


def test_every_clause_break_is_followed_by_a_word_a_clause_opens_with() -> None:
    assert "experience" in enumeration._CLAUSE_START_WORDS
    assert "track record" in enumeration._CLAUSE_START_WORDS


def test_a_sentence_masks_its_first_clause_as_the_clause_alone_would() -> None:
    pieces = ["(", ")", "a", "b c", ";", " ", "x (y) z", "((", "))", "."]
    generator = random.Random(18)
    for _ in range(5000):
        sentence = "".join(generator.choices(pieces, k=generator.randint(0, 14)))
        for end in range(len(sentence) + 1):
            prefix = sentence[:end]
            assert enumeration.mask_parentheses(sentence)[:end] == enumeration.mask_parentheses(prefix), prefix


def test_a_first_sentence_is_the_text_up_to_its_first_sentence_end() -> None:
    # the form ``_first_sentence`` replaces: the sentence-end search on every text holding a full stop
    def searched(text: str) -> str:
        sentence = " ".join(text.split())[: enumeration.MAX_CLAUSE_CHARS]
        if "." in sentence:
            sentence = enumeration._SENTENCE_END.split(sentence, maxsplit=1)[0]
        return sentence.strip(" .")

    pieces = [".", " ", "..", " .", "AWS.", "e.g.", "i.e.", "etc.", "U.S.", "Python", "x", "\n", "a" * 290]
    generator = random.Random(18)
    for _ in range(20000):
        text = "".join(generator.choices(pieces, k=generator.randint(0, 8)))
        assert enumeration._first_sentence(text) == searched(text), text


def test_the_lead_before_a_list_is_found_on_lower_case_text_as_on_the_text() -> None:
    lower = enumeration._LAST_LEAD_LOWER
    assert lower is not None
    pieces = ["With", "in", "OF", " ", "  ", "Using", "x", "Kafka", "mit", "_", ":", "\t", "within", "on-call"]
    generator = random.Random(18)
    for _ in range(5000):
        text = "".join(generator.choices(pieces, k=generator.randint(0, 10)))
        for start in (0, generator.randint(0, len(text))):
            found = lower.match(text.lower(), start)
            expected = enumeration._LAST_LEAD.match(text, start)
            assert (found and found.end()) == (expected and expected.end()), (text, start)
