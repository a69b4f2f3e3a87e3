"""Turn a job posting (plain text or Markdown) into skill requirements.

Why a hand-written parser: postings are semi-structured text pasted from job
boards, Word and e-mail. There is no grammar to lean on, only conventions
(headings, bullets, "nice to have"), so the parser applies a few documented
rules and reports *why* it decided what it did (``kind_reason``,
``priority_reason``) so that a person reviewing the result can trust or fix
it. It is a pure function: no database, no Qt, deterministic.

Lines
    The text is split at ``\\n``, ``\\r\\n`` and ``\\r`` (line numbers are
    1-based, as an editor shows them). A line without any letter or digit
    (``---``, ``***``, a row of emoji) counts as blank.

Heading detection (first match wins)
    1. ``#`` to ``######`` Markdown headings, always (their level is kept).
    2. Bullets are never headings: ``-``, ``*``, ``+``, ``•``, en and em
       dashes, ``▪``, check marks, ``1.``, ``1)``, ``(1)`` and a space.
    3. A whole line in ``**bold**``/``__bold__``/``*italics*`` of at most 15
       words with no final period.
    4. A line of at most 10 words ending in ``:`` ("Preferred:").
    5. Any other short line (at most 8 words, 90 characters, not ending in
       ``.``, ``!``, ``;`` or ``,``, possibly with an emoji prefix) is a
       heading when a bullet or a marked heading follows it, or else when it
       does not open like a requirement ("Experience with", "Strong", "5+
       years" - ``lexicon.REQUIREMENT_OPENINGS``) and either starts with an
       emoji or names a section topic (see below). So "Strong communication"
       or "Go (preferred)" alone on a line are items, not headings.
    Rules 4 and 5 give way to *continuation*: right after a bullet, a line
    that is indented deeper than the bullet, starts with a lower-case letter
    or follows a bullet ending in a dangling word ("and", "with", ",") is
    part of that bullet. Any other non-heading line right after a bullet is
    joined to it too (a wrapped bullet); a blank line ends a bullet.

Heading classifier (keywords -> section kind, see ``lexicon.HEADING_TOPICS``)
    Each heading gets a *topic* from the first matching keyword group (other,
    benefits, compensation, education, skills, experience, responsibilities,
    skills-by-"requirements", company, responsibilities-by-"role"), plus
    optional modifiers: priority (``preferred``, ``nice to have``, ``bonus``
    ... or ``required``, ``minimum`` ...) and kind (``technical``/``hard``
    or ``soft``/``interpersonal``). A heading with a topic opens a new
    section context. A heading without one is a sub-heading: it keeps the
    enclosing topic (so "Preferred:" under "Experience Requirements" stays
    experience and yields no skills), refines priority and kind inside a
    skills context, and opens a nice-to-have skills context only when it
    says "preferred"/"bonus"... outside education, experience, compensation
    and benefits. A Markdown heading with as many or fewer ``#`` than the
    heading that opened the context is a sibling, never a sub-heading.

*Skills* contexts produce skills: in a section with bullets, each bullet
(with its wrapped lines) is one requirement, and a paragraph next to the list
only when it states a requirement; in a section without bullets each
paragraph gives its requirement sentences. Items ending in ``:`` are
lead-ins, not requirements. Outside skills contexts (title, unknown headings,
and duties when nothing else is found) a sentence is a requirement when it
says one (``lexicon.REQUIREMENT_CUES``); as a last resort, a sentence that
names a skill. Boilerplate (``lexicon.BOILERPLATE``: legal, eligibility, how
to apply, benefits, hiring steps) never is. A paragraph ending in ":" decides
what the list under it is (``lexicon.DUTY_LEAD_INS``: duties even in a skills
section; a requirement sentence: requirements even under an unknown heading),
and a plain requirement sentence (``lexicon.STRONG_REQUIREMENT_CUES``) counts
in duties and overview sections too. Headings phrased as a sentence
about the job ("You will ...") introduce duties. Kind, priority and short
names are explained in ``docs/job-descriptions.md``; the word lists live in
``lexicon.py``; other file formats are turned into text by ``formats.py``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, islice, pairwise, takewhile
from pathlib import Path
from typing import Literal, NamedTuple

from interview_planner.errors import InputError
from interview_planner.jd import lexicon
from interview_planner.jd.collector import fewer_young_collections
from interview_planner.jd.coordination import POINTS_BACK, is_adverb
from interview_planner.jd.enumeration import (
    MAX_PARTS,
    after_first_clause,
    enumerated_parts,
    known_technology,
    mask_parentheses,
    offered_choice,
    shares_the_last_head,
    technology_base,
)
from interview_planner.jd.formats import (  # noqa: F401  (MAX_FILE_BYTES, html_to_text, looks_like_html re-exported)
    CJK_CHAR,
    JOB_TITLE,
    MAX_FILE_BYTES,
    NAVIGATION_LINK,
    ends_mid_phrase,
    has_chinese,
    heading_topic,
    html_to_text,
    in_chinese,
    looks_like_html,
    names_a_job,
)
from interview_planner.jd.jsondoc import json_as_text
from interview_planner.jd.lexicon import Topic, normalise
from interview_planner.jd.markup import strip_site_markup, table_row_item
from interview_planner.jd.matching import (
    Openings,
    alternation,
    first_characters,
    holds_any,
    lower_case_alternation,
    lower_case_alternation_source,
    lower_case_pattern,
    required_literal,
    word_list,
)
from interview_planner.jd.model import (
    ParsedJobDescription,
    SalaryRange,
    Section,
    SectionKind,
    SkillRequirement,
)
from interview_planner.jd.templates import rendered, unescaped

Kind = Literal["hard", "soft"]
Priority = Literal["must", "nice"]
LineKind = Literal["blank", "bullet", "heading", "candidate", "text"]

NAME_SOURCE_CHARS = 300  # a short name comes from the opening words; longer input is only slower
MAX_LINE_CHARS = 10_000  # a posting's longest paragraph is a few thousand characters: a line is read this far


def _capped(lines: list[str]) -> list[str]:
    """(Round 34) Each line at most ``MAX_LINE_CHARS`` long: one line of 1.8 MB (a page's markup run together) took
    every per-line pattern seconds."""
    return [line if len(line) <= MAX_LINE_CHARS else line[:MAX_LINE_CHARS] for line in lines]


MAX_SALARY_LINE = 400  # longer lines are prose; skipping them keeps the search linear
MAX_SALARY = (
    10**9
)  # no salary is larger (per year, month or hour); a larger figure is not one, and would not fit the database
NESTING_TOPICS: frozenset[Topic] = frozenset({"education", "experience", "compensation", "benefits"})

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[^\W_]")  # a character ``str.isalnum`` accepts (``\w`` is those and "_")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ANSWERS = frozenset({"yes", "no"})
ANSWER_CHARS = 3  # the longest answer (most lines are longer: no case folding for them)
_ONLY_TAGS = re.compile(r"(?:</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>\s*)+$")
# AsciiDoc's "= Title", "== Section", "=== Sub": as Markdown's "#" (a line of "=" alone underlines a heading)
_ADOC_HEADING = re.compile(r"^(={1,6})[ \t]+(?=[^\W\d_])(.*)$")  # (no lazy run before "\s*$": that backtracks)
# (round 28: no lazy run before "[\s#*]*$" either: a heading of 100 KB with a run of spaces inside took a minute; the
# closing marks are stripped in ``_scan_line``)
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+|(?<=##)(?=[^\W\d_]))(.*)$")
# "-", "*", "+", "1.", "1)", "(1)", and the letters and roman numbers of an outline: "a)", "(b)", "iv."
_ASCII_BULLET = re.compile(
    r"^(?:[-*+]|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z]\)|\([a-z]\)|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+(?P<text>\S.*)$"
)
# ... and the bullets a word processor's symbol fonts leave in copied text (private use: "\uf0b7", "\uf0a7")
_SYMBOL_BULLET = re.compile(
    "^[•–—·▪▫◦●○■□►▶▸▹➢➤➣➜➔→⁃∙‣✓✔✅☑◆◇❖❑✦✧★☆»›🔹🔸🔷🔶👉➡・･▼▽▲△◎\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf0e0]"
    "\ufe0f?\\s*(?P<text>[^\\s•].*)$"
)
# a Chinese list's numbers: "1、熟悉 Go", a number and a full-width stop, a number in full-width brackets (no space
# after them); written as escapes, which read unlike ASCII
_CJK_BULLET = re.compile(r"^(?:\d{1,3}[\u3001\uff0e]|\uff08\d{1,3}\uff09)\s*(?P<text>\S.*)$")
_CJK_MARK_ENDS = (
    "\u3001\uff0e\uff09\u30fb\uff65"  # such a number's last character: the item's text follows it without a space
)
# "o Experience with PostgreSQL": a word processor's second-level bullet, when the lines around say so
_LETTER_O_BULLET = re.compile(r"^o\s+(?P<text>\S.*)$")
# "*Experiencia con Rails": a bullet typed without its space (an asterisk with no closing one: not emphasis)
_TIGHT_BULLET = re.compile(r"^\*(?P<text>[^\W\d_][^*]*)$")
_EMPHASIS_LINE = re.compile(r"^(\*{1,3}|_{1,3})(?P<text>[^*_].*?)\1\s*:?\s*$")
_MARKUP = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
# a Markdown link: its text (no bracket inside) and its address (no space but around it, where an address taken out
# leaves one, or in "<…>"; one pair of brackets inside, as in "…/wiki/Go_(programming_language)"; a title in quotes or
# brackets after it). Each part possessive: a "[Go](" with no ")" after it is tried once from its "(", whatever
# spaces follow, not once for each way of sharing them out (round 32)
_LINK = re.compile(
    r"\[([^\[\]]*)\]\(\s*+(?:<[^<>\n]*+>|[^()\s]*+(?:\([^()\s]*+\)[^()\s]*+)?)"
    r"(?:\s++(?:\"[^\"\n]*+\"|'[^'\n]*+'|\([^()\n]*+\)))?\s*+\)"
)
# "- [How we use Elixir, part 1](https://…)": a reading list under a requirement, not one; a link named by a
# word or two ("- [GraphQL](https://…)") is the technology it names, and a bare address says nothing
_ONLY_A_LINK = re.compile(
    # (the words of a link's text stay inside its brackets: "\W" crossing "](" read a run of links again and again)
    # (possessive: the words and what follows them never hold "]", so giving one back cannot help; an unclosed "[Go [Go
    # …" was tried at every count of words, round 32)
    r"^\s*(?:!?\[[^\w\]]*(?:\w+[^\w\]]+){3,}+[^\]]*+\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)|<?https?://\S+>?)\s*[.,;]?\s*$"
)
_LABEL_VALUE = re.compile(r":\s*\S")  # "Location: Remote" is a field, not a heading
_DECORATION_CATEGORIES = frozenset({"So", "Sk", "Co", "Cn", "Mn", "Me", "Cf"})

_HEADING_NICE = word_list(lexicon.HEADING_NICE)
_HEADING_MUST = word_list(lexicon.HEADING_MUST)
_HEADING_HARD = word_list(lexicon.HEADING_HARD)
_HEADING_SOFT = word_list(lexicon.HEADING_SOFT)
_TEXT_NICE = word_list(lexicon.TEXT_NICE, from_word_starts=True)
_TEXT_NICE_WEAK = re.compile("|".join(lexicon.TEXT_NICE_WEAK), re.IGNORECASE)
_TEXT_NICE_IDIOM = re.compile("|".join(lexicon.TEXT_NICE_IDIOMS), re.IGNORECASE)
_HARD_OVERRIDES = word_list(lexicon.HARD_OVERRIDES, from_word_starts=True)
_SOFT_TERMS = word_list(lexicon.SOFT_TERMS)
_HARD_TERMS = word_list(lexicon.HARD_TERMS, from_word_starts=True)
_SOFT_HEADS = word_list(lexicon.SOFT_HEADS)
_ASIDE = word_list(lexicon.ASIDE_LEAD_INS)
_REQUIREMENT_CUES = word_list(lexicon.REQUIREMENT_CUES)
# the cues but those that also read as talk to the reader, and what makes one of those firm (see lexicon.TALK_CUES)
_FIRM_CUES = word_list(lexicon.ASKING_CUES + lexicon.FIRM_REQUIREMENT_CUES)
_BOILERPLATE = word_list(lexicon.BOILERPLATE)
_BOILERPLATE_OPENINGS = word_list(lexicon.BOILERPLATE_OPENINGS)
# the breaks as one alternation, tried only where a candidate starts: at one place its alternatives are tried in
# order, so it matches where the first of them that matches there would (one call instead of one per break)
_CLAUSE_BREAKS = re.compile("|".join(f"(?:{p})" for p in lexicon.CLAUSE_BREAKS), re.IGNORECASE)
# where a break may start (each CLAUSE_BREAKS pattern opens with a comma or a space before its word): one cheap
# scan, then the breaks tried only there (searched everywhere they cost a third of a second per 1 MB posting).
# The same matches as ",?\s+(?=...)|;(?=\s)", written to open with the comma, space or ";" they start at (``re``
# skips to those characters instead of trying the pattern at each one)
_CLAUSE_CANDIDATE = re.compile(
    # (a white space only where its run starts: one tried inside a run of spaces would read the rest of the run, and
    # it matches only where the run's first does: a bullet of 100 KB of spaces took minutes)
    r"[\s,;](?<!\s\s)(?:(?:(?<=,)\s+|(?<=\s)\s*)(?=(?:and|as well as|as is|as are|along with|plus|together with"
    r"|with|but|und|et|ainsi que|are|y|e|i|oraz|vous|du|en|och|og|who|[-–—]|[a-zäöü][a-zäöüß]{2,}st)\s)"
    r"|(?<=;)(?=\s))",
    re.IGNORECASE,
)
# the same two for ASCII text in lower case, without IGNORECASE (``_clause_breaks`` needs only where they match)
_CLAUSE_BREAKS_LOWER = lower_case_pattern(_CLAUSE_BREAKS.pattern)
_CLAUSE_CANDIDATE_LOWER = lower_case_pattern(_CLAUSE_CANDIDATE.pattern)
_STRONG_CUES = word_list(lexicon.STRONG_REQUIREMENT_CUES)
_LANGUAGE_ALONE = re.compile(lexicon.LANGUAGE_ALONE)
_DUTY_LEAD_IN = word_list(lexicon.DUTY_LEAD_INS)
_DESCRIPTIVE_HEADING = word_list(lexicon.DESCRIPTIVE_HEADINGS)
# a pictograph or an emoticon (and the selector that may follow it)
_EMOJI = "\U0001f300-\U0001faff\ufe0f"
# white space after ".", "!", "?" or ";" before a capital: the same matches as "(?<=[.!?;])\s+(?=...)", written to
# open with the white space (``re`` skips to it instead of trying the pattern at each character); not after an
# abbreviation ("ein Profil (z.B. GitHub)", "e.g. Python", "bzw. Go")
_SENTENCE_END = re.compile(
    # (an emoji ends a sentence as a full stop does when the reader or the company opens the next: "... get your
    # hands dirty 😎 You should have ..."; not an icon inside one, "You love 🐍 Python")
    rf"\s(?:(?<=[.!?;]\s)|(?<=[{_EMOJI}]\s)(?=(?:You|We|Our|Your|If|This|It|That|Du|Vi|Wir|Ihr|Jij|Je|Wij|Nous|Vous"
    r"|Tu)\b))"
    r"(?<![zZ]\.B\.\s)(?<![zZ]\. B\.\s)(?<!\b[zZ]\.\s)(?<![eE]\.g\.\s)(?<![iI]\.e\.\s)(?<![uU]\.a\.\s)"
    r"(?<![dD]\.h\.\s)(?<!\bbzw\.\s)(?<!\bca\.\s)(?<!\bvs\.\s)(?<!\bp\.ex\.\s)(?<!\bincl\.\s)"
    # (round 37) a title or a saint's abbreviation before a name: "Dr. Smith", "St. Louis"
    r"(?<!\bDr\.\s)(?<!\bMr\.\s)(?<!\bMs\.\s)(?<!\bMrs\.\s)(?<!\bProf\.\s)(?<!\bSt\.\s)(?<!\bJr\.\s)"
    # (round 38) nor before an alternative after a semicolon: "A degree in physics; OR three years of experience"
    r"(?!(?<=;\s)\s*(?:OR|Or)\s)"
    r"\s*(?=[\"“(\[¿¡]?[A-ZÀ-ÖØ-Þ])"
)
# what every sentence end (and every piece end of ``hedged_extras``) follows: a text without one is one sentence,
# found without the search (most list items); with one, no end starts before the first, and the search starts
# there (its look-behind still sees the text before)
_END_MARK = re.compile(rf"[.!?;{_EMOJI}]")
# Sections whose sentences may still state requirements (prose postings, unknown headings).
PROSE_TOPICS: frozenset[Topic] = frozenset({"title", "other", "responsibilities"})
# Sections where a list led in by a requirement sentence ("You should know the following:") gives requirements.
LEAD_IN_TOPICS: frozenset[Topic] = frozenset({"title", "other", "responsibilities"})
# sections whose technology list ("Core technologies") is read when the posting has no requirements section
STACK_TOPICS: frozenset[Topic] = frozenset({"title", "other", "company"})


def _openings(patterns: tuple[str, ...]) -> Openings:
    """Match one of ``patterns`` at the start, ending at a word boundary (or after ``'``)."""
    # grouped by first character (``jd/matching.py``): at the start only the openings that can begin there are tried
    return Openings([rf"(?:{p})(?:(?<=')|(?!\w))" for p in patterns], after=r"\s*")


_LEAD_IN = _openings(lexicon.NAME_LEAD_INS)
# (the article in either case, the word after it in lower case: the lists above match lower-cased text)
_LATER_ARTICLE = re.compile(r"(?i:" + "|".join(lexicon.LATER_ARTICLES) + r")(?=\s+[a-zà-ÿ])")
_REQUIREMENT_OPENING = _openings(lexicon.REQUIREMENT_OPENINGS)
# All cuts in one pattern, so the leftmost cut is found in one pass; a cut that falls inside its match (after
# "experience" in "experience with") is apart, because its group "cut" may appear only once in a pattern.
# The cuts that open with white space share one "\s+" (tried once at each space, not once per cut); only where a
# cut starts matters (``_first_cut``), and that is the same.
_SPACE_CUTS = [p.removeprefix(r"\s+") for p in lexicon.NAME_CUTS if p.startswith(r"\s+") and "(?P<cut>" not in p]
_ANY_NAME_CUT = alternation(
    [rf"\s+(?:{'|'.join(_SPACE_CUTS)})"]
    + [p for p in lexicon.NAME_CUTS if not p.startswith(r"\s+") and "(?P<cut>" not in p],
    flags=re.IGNORECASE,
)
_INNER_NAME_CUT = re.compile("|".join(f"(?:{p})" for p in lexicon.NAME_CUTS if "(?P<cut>" in p), re.IGNORECASE)

# the cuts that open with a letter ("e.g.", "i.e."), or with a look-behind and hold a word ("like"): ``re`` tries
# them at every "e" and "i" of a text, or three look-behinds at every space; a text that holds none of their literals
# is searched without them (1.3x faster again, 1.5x more on a long requirement; never when a literal is not known)
_LETTER_CUTS = [
    p
    for p in lexicon.NAME_CUTS
    if "(?P<cut>" not in p
    and ((p.startswith("(?<") and required_literal(p)) or any(key.isalpha() for key in first_characters(p) or "a"))
]
_LETTER_CUT_LITERALS = tuple((required_literal(p) or "").lower() for p in _LETTER_CUTS)


def _lower_case_cuts(*, letter_cuts: bool = True) -> re.Pattern[str] | None:
    """The cuts of ``_ANY_NAME_CUT`` for ASCII text lower-cased (``_first_cut`` needs only where they fall, the same
    on both); without the cuts that open with a letter unless ``letter_cuts``. The cuts that open with white space
    are grouped by the character after it, like a word list: at each space ``re`` tries the few that can start
    with the next character, not all twenty-five one after the other (1.4x faster on a long requirement)."""
    # (only its text is wanted here: not compiled)
    spaced = lower_case_alternation_source(_SPACE_CUTS)
    after_space = spaced if spaced is not None else f"(?:{'|'.join(_SPACE_CUTS)})"
    others = [p for p in lexicon.NAME_CUTS if not p.startswith(r"\s+") and "(?P<cut>" not in p]
    return lower_case_alternation([rf"\s+{after_space}"] + [p for p in others if letter_cuts or p not in _LETTER_CUTS])


_NAME_CUTS_LOWER = (_lower_case_cuts(), lower_case_pattern(_INNER_NAME_CUT.pattern))
_NAME_CUTS_LOWER_WITHOUT_LETTERS = _lower_case_cuts(letter_cuts=False) if all(_LETTER_CUT_LITERALS) else None


def _opening_words(cuts: list[str]) -> tuple[str, ...] | None:
    """The words one of which opens each of ``cuts`` ("\\b(?:experience|expertise|...)..."; None: a cut opens
    otherwise): a text that holds none of them needs no search for those cuts."""
    openings = [re.match(r"\\b\(\?:([a-z]+(?:\|[a-z]+)*)\)", cut) for cut in cuts]
    if not openings or any(opening is None for opening in openings):
        return None
    return tuple(word for opening in openings if opening is not None for word in opening[1].split("|"))


_INNER_CUT_WORDS = _opening_words([p for p in lexicon.NAME_CUTS if "(?P<cut>" in p])
_SALARY_WORDS = word_list(lexicon.SALARY_WORDS)
_PERIODS = tuple((period, word_list(words)) for period, words in lexicon.PERIODS)

_TITLE_LABEL = re.compile(
    r"^(?:job\s+title|title|(?:open\s+)?position|role|jobs?|job\s+opening|vacancy|poste|intitulé du poste|stelle"
    r"|stanowisko|posizione|vaga|pozice|pozisyon|tehtävänimike|tjänst|stilling"
    # (round 25) "Stellenangebot: Softwareentwickler (m/w/d)", "Vacature: Frontend Developer", "Offre d'emploi : …"
    r"|stellenangebot|stellenausschreibung|vacature|offre d'emploi|oferta de (?:empleo|trabajo)|ledig stilling"
    r"|ledig tjänst|job offer|job posting"
    r"|(?P<hiring>(?:now\s+|we(?:'re|\s+are)\s+)?hiring))"
    r"\s*[:\-–—]\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
# Japanese: "【募集職種】フロントエンドエンジニア", "募集ポジション：SRE" (the same groups: "hiring" never takes part)
_JA_TITLE_LABEL = re.compile(
    r"^[【［]?(?:募集職種名?|職種名?|募集ポジション|ポジション名?)[】］：:]\s*(?P<hiring>(?!x)x)?(?P<title>\S.*)$"
)
# ... and the label alone, the title on the next line ("【募集職種】" over "Webアプリケーションエンジニア")
_JA_TITLE_LABEL_ALONE = re.compile(r"^[【［]?(?:募集職種名?|職種名?|募集ポジション|ポジション名?)[】］：:]?$")
# a line of tags only, a job board's banner ("【未経験歓迎】【リモート可】"); and such tags opening a title
_JA_TAGS = re.compile(r"(?:[【［][^】］]{1,15}[】］]\s*)+")
# a row of a table of facts (a list item; a table's cells are joined by " — ") or a list item that names the title
_TITLE_ROW = re.compile(r"^(?:working|job|position)\s+title\s*(?:[:—–]|\s-)\s*(?P<title>\S.*)$", re.IGNORECASE)
_CELL_BORDER = re.compile(r"(?:(?<!\s)\s*)?\|\s*")


def _cells(row: str) -> str:
    """A Markdown table's row as its cells joined by " — ", as a list item of one is ("Job Title — Data Engineer")."""
    return _CELL_BORDER.sub(" — ", row.strip("| ")) if row[:1] == "|" else row


# "We are hiring - Backend Engineer", "We're hiring: a Data Engineer"
_HIRING_TEMPLATE = re.compile(
    r"^(?:we(?:'|’)re|we\s+are|now)\s+hiring(?:\s*:|\s+[–—-])?\s+(?:an?\s+)?(?P<title>\S.*)$", re.IGNORECASE
)
# what a call to the reader says after "We are hiring -" where a job would stand ("join us!", "come build with us")
_HIRING_SLOGAN = re.compile(r"!|\b(?:join|come|apply|help|us|you|your|we|our)\b", re.IGNORECASE)
_TITLE_TEMPLATES = (
    re.compile(
        r"^(?:key\s+)?(?:responsibilities|duties|requirements|skills|qualifications)\b.*?"
        r"\bfor\s+(?:an?\s+|the\s+)?(?P<title>\S.*)$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:job\s+(?:description|posting)|jd)\s*(?:[:\-–—]|for)\s*(?P<title>\S.*)$", re.IGNORECASE),
    re.compile(r"^(?P<title>\S.*?)\s*[-–—|:]?\s*job\s+description$", re.IGNORECASE),
    _HIRING_TEMPLATE,
    # "Stiamo cercando un Programmatore PHP", "Poszukujemy: Programista Java", "Estamos contratando: Desenvolvedor"
    re.compile(
        r"^(?:stiamo\s+cercando|cerchiamo|poszukujemy|szukamy|zatrudnimy|estamos\s+contratando|procuramos|etsimme"
        r"|hledáme|přijmeme)\s*:?\s*(?:(?:un[ao]?|un'|uma?|um|nowego|nową|nowej)\s+)?(?P<title>[^\s!][^!]{1,60})$",
        re.IGNORECASE,
    ),
)


# --- public API ---------------------------------------------------------------------


@fewer_young_collections  # a parse allocates many objects and frees them without the collector
def parse_job_description(
    text: str, *, source_name: str | None = None, most: int | None = None
) -> ParsedJobDescription:
    """Parse a posting; raise :class:`InputError` when it holds no usable requirements.

    ``most``: stop reading and raise :class:`TooManySkills` as soon as the posting is certain to give more skills
    than that (an import refuses such a text anyway: reading the rest of 1 MB of requirements would only delay it).
    """
    _check_has_text(text, source_name)
    text = as_read(text.removeprefix("\ufeff"))
    if (held := json_as_text(text)) is not None:
        text = held  # a job board's record pasted as JSON
    # a page's HTML written escaped, a framework's template: read as the page a browser shows
    text = rendered(unescaped(text), file=source_name)
    # Markdown or text may come from a website's sources: its front matter, template tags and HTML tags go
    html = looks_like_html(text)
    raw_lines = (
        _capped(split_lines(html_to_text(text))) if html else _table_rows(strip_site_markup(_capped(split_lines(text))))
    )
    lines = _resolve(_scan(raw_lines))
    lines, more_postings = _first_posting(lines)
    title, title_line = _find_title(lines)
    builder = _Builder(title_line, salary_possible=_may_state_salary(lines), most=most)
    try:
        for line in lines:
            builder.feed(line)
        builder.finish()
    except TooManySkills as exc:
        raise TooManySkills(exc.most, line=exc.line_number, lines=len(raw_lines), file=source_name) from None
    # requirement sentences in duties sections count when the posting has no requirements section
    skills = builder.skills + [s for s in builder.prose if s.section != "responsibilities" or not builder.skills]
    if not builder.skills:  # (round 31) no section or list of asks: the opening's offers may be its asks after all
        skills += builder.offered
    if not builder.skills:  # no requirements section: the experience it lists, a technology list, is what it asks for
        skills += builder.invited + builder.experience_skills() + builder.stack
    if not skills:
        skills = builder.loose
    skills.sort(key=lambda skill: skill.line)
    skills = _without_company_sentences(skills, builder.sections)
    parsed = ParsedJobDescription(
        title=title,
        salary=_pick_salary(builder.salaries),
        sections=builder.sections,
        responsibilities=builder.responsibilities,
        skills=distinct_names(
            _without_repeats(
                _without_nice_repeats(
                    _wishes_as_asks(
                        [s for s in skills if not _names_only_a_list(s.name)], builder.wished, builder.plain_asks
                    )
                )
            )
        ),
        line_count=len(raw_lines),
        more_postings=more_postings,
    )
    if not skills:
        raise NoRequirementsFound(parsed, source_name)
    return parsed


def _names_only_a_list(name: str) -> bool:
    """A name that says nothing but that a list follows ("These technologies", "The following", "Tools below"): the
    sentence only led in the list it points at, whose items are the skills."""
    words = _WORD_RE.findall(name.casefold())
    return any(word in _POINTER_WORDS for word in words) and all(
        word in lexicon.GENERIC_LEAD_WORDS or word in _POINTER_WORDS for word in words
    )


_POINTER_WORDS = frozenset({"these", "those", "following", "below", "listed"})


def _first_posting(lines: list[_Line]) -> tuple[list[_Line], list[str]]:
    """The lines of the text's first posting, and "<title> (line n)" of each further one, when the text holds
    several: two headings of one level or more that name no section, each over a requirements section of its own
    ("# Frontend Engineer ... ## Requirements ... --- # Backend Engineer ... ## Requirements"). Read as one, the
    role would ask for both jobs' skills. Below the top level (a careers page: "# Careers at Acme", then "## Backend
    Engineer ... ### Requirements", "## Frontend Engineer ... ### Requirements") the headings must name a job."""
    for level in range(1, MULTI_POSTING_LEVELS + 1):
        tops = [
            index
            for index, line in enumerate(lines)
            if line.kind == "heading"
            and line.level == level
            and classify_heading(line.heading).topic in (None, "title")
            and not _PAGE_NAME.match(line.heading)
            and (level == 1 or _says_a_job(line.heading))
        ]
        if len(tops) < 2:
            continue
        ends = [*tops[1:], len(lines)]
        postings = [
            start
            for start, end in zip(tops, ends, strict=True)
            if any(
                line.kind == "heading"
                and (line.level or 0) > level
                and classify_heading(line.heading).topic == "skills"
                for line in lines[start + 1 : end]
            )
        ]
        if len(postings) >= 2:
            return lines[: postings[1]], [
                f"{_clean_title(lines[i].heading)} (line {lines[i].number})" for i in postings[1:]
            ]
    return lines, []


MULTI_POSTING_LEVELS = 3  # the heading levels a page of several jobs names them at ("#", "##", "###")


# characters a reader does not see but a word does: zero-width spaces and joiners between letters ("X\u200bero"),
# soft hyphens ("recon\u00adcil\u00adiations"), a byte-order mark pasted mid-text
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad\ufeff"))
# letters "styled" with Unicode's mathematical alphabets (LinkedIn posts write "𝗥𝗲𝗾𝘂𝗶𝗿𝗲𝗺𝗲𝗻𝘁𝘀" for a bold heading)
# and the ligatures of PDFs ("ﬁ", "ﬂ"): the plain letters, which is how a reader reads them
_STYLED = re.compile(r"[\U0001d400-\U0001d7ff\ufb00-\ufb06]+")


def as_read(text: str) -> str:
    """``text`` as a reader reads it: invisible characters left out, styled letters plain. Nothing else changes,
    so every line keeps its number (the source shown beside each skill)."""
    if text.isascii():
        return text
    if any(chr(code) in text for code in _INVISIBLE):  # (most texts hold none: four fast scans, no copy)
        text = text.translate(_INVISIBLE)
    return _STYLED.sub(lambda match: unicodedata.normalize("NFKC", match[0]), text)


class NoRequirementsFound(InputError):
    """The posting states no requirement the parser recognises; ``parsed`` holds what was read (title, sections).

    ``role import`` keeps such a posting: it stores the role with its text and no skills, and says why.
    """

    MESSAGE = (
        "no skill requirements found: add a section such as 'Requirements', 'Qualifications' "
        "or 'Skills' with one requirement per bullet"
    )

    def __init__(self, parsed: ParsedJobDescription, source_name: str | None) -> None:
        super().__init__(self.MESSAGE, file=source_name)
        self.parsed = parsed


class TooManySkills(InputError):
    """More skills than a caller's ``most`` (see :func:`parse_job_description`): no single posting."""

    def __init__(self, most: int, *, line: int = 0, lines: int = 0, file: str | None = None) -> None:
        # (where the count passed the limit, of how many lines: the user sees how much more the text holds)
        where = f" by line {line:,} of {lines:,}" if line and lines else ""
        super().__init__(
            f"the posting lists more than {most} skills{where}; a role holds at most {most} (is this one posting?)",
            file=file,
        )
        self.most, self.line_number, self.lines = most, line, lines


def read_job_description(path: Path) -> str:
    """Read a posting file (.txt, .md, .html, .pdf, .docx) as text, or raise a one-line :class:`InputError`."""
    from interview_planner.jd.formats import read_posting

    return read_posting(Path(path))


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` as an editor numbers them (a final newline adds no line)."""
    # (most texts hold no "\r": split at "\n" alone, the same lines, several times faster than the pattern)
    lines = _LINE_BREAK.split(text) if "\r" in text else text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def _check_has_text(text: str, source_name: str | None) -> None:
    if not text.strip():
        raise InputError("the job description is empty", file=source_name)
    if not any(ch.isalpha() for ch in text):
        raise InputError("the job description contains no words (no letters found)", file=source_name)


# --- lines -----------------------------------------------------------------------------


# (a named tuple, immutable as a frozen dataclass: one is built for every line, and a frozen dataclass sets each of
# its nine fields through ``object.__setattr__``, three to four times the cost: 1.5 % of a 1 MB posting's parse)
class _Line(NamedTuple):
    number: int
    kind: LineKind
    content: str  # the stripped line, minus a bullet marker
    indent: int = 0
    heading: str = ""  # cleaned heading text (no markup, emoji or trailing colon)
    level: int | None = None  # Markdown heading level
    strong: bool = False  # Markdown or emphasis heading: never a continuation
    emoji: bool = False
    marker: str = ""  # a bullet's marker ("-", "2.", "•"), kept in the skill's source
    whole: str = ""  # the line this one is an item of ("HTML | CSS | Sketch (pré)"), the source of its skills


# a Markdown table's line under its header row: "|---|:---:|", "--- | ---"
# (one way to read each space: no "\s*\|?\s*", which a long line of spaces made cubic)
_TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
TABLE_RULE_MAX = 2000  # characters: a longer line is no table's rule


def _table_rows(lines: list[str]) -> list[str]:
    """A Markdown table as a list: each row a bullet of its cells ("| Kubernetes | Nice to have |" ->
    "- Kubernetes — Nice to have"); its header and rule lines blank, so every other line keeps its number."""
    if not any("-" in line and len(line) <= TABLE_RULE_MAX and _TABLE_RULE.match(line) for line in lines):
        return lines
    out = list(lines)
    index = 1
    while index < len(out):
        if "|" in out[index - 1] and len(out[index]) <= TABLE_RULE_MAX and _TABLE_RULE.match(out[index]):
            out[index - 1] = out[index] = ""
            index += 1
            while index < len(out) and "|" in out[index]:
                cells = [cell.strip() for cell in out[index].strip().strip("|").split("|")]
                out[index] = table_row_item(cells) if any(cells) else ""
                index += 1
        index += 1
    return out


BLANK_RUN = 3  # blank lines in a row read as such; more say nothing more (each keeps its number)


def _scanned(raw_lines: list[str]) -> list[_Line]:
    """Each line read (:func:`_scan_line`), numbered as in the file; of a run of blank lines only the first
    ``BLANK_RUN`` (round 34: 1 MB of empty lines took the parser 1.7 s, a line at a time)."""
    lines: list[_Line] = []
    blank = 0
    for number, raw in enumerate(raw_lines, start=1):
        if raw and not raw.isspace():
            blank = 0
            lines.append(_scan_line(number, raw))
        elif (blank := blank + 1) <= BLANK_RUN:
            lines.append(_Line(number, "blank", ""))
    return lines


def _scan(raw_lines: list[str]) -> list[_Line]:
    if sum(1 for raw in raw_lines if ">" in raw and raw.lstrip()[:1] == ">") >= QUOTED_LINES:
        # a posting quoted in an e-mail: every quoted line is the posting's ("> 5 years of Go" too)
        raw_lines = [_ANY_QUOTE_MARK.sub("", raw, count=1) for raw in raw_lines]
    lines = _scanned(raw_lines)
    _letter_o_bullets(lines)
    for index, line in enumerate(lines[:-1]):
        if line.kind not in ("candidate", "text", "heading"):
            continue  # (a bullet or a blank line: no underline looked for)
        underline = _SETEXT.match(raw_lines[line.number])  # (the raw line after it: numbers count from 1)
        if underline and _heading_shape(line.content, 15):
            level = 1 if underline[1][0] == "=" else 2
            lines[index] = _Line(
                line.number, "heading", line.content, line.indent, _clean_heading(line.content), level, strong=True
            )
    lines = _choice_lists(lines)
    _bold_bullet_headings(lines)
    _lone_bullet_headings(lines)
    if any(line.kind == "bullet" and line.marker in _FLATTENED_MARKS and line.marker in line.content for line in lines):
        lines = [piece for line in lines for piece in _flattened_list(line)]
    if any(line.kind in ("text", "candidate") and len(line.content) >= ONE_LINE_CHARS for line in lines):
        lines = [piece for line in lines for piece in _one_line_posting(line)]
    if any(line.kind in ("text", "candidate") and _INLINE_SEPARATOR_HINT.search(line.content) for line in lines):
        # (the first line is no line of tags: "Senior Backend Engineer | Acme | Berlin" is a page's title)
        first = next((i for i, line in enumerate(lines) if line.kind != "blank"), -1)
        return [piece for i, line in enumerate(lines) for piece in _inline_list(line, tags=i != first)]
    return lines


_FLATTENED_MARKS = frozenset("•·▪●")


ONE_LINE_CHARS = 300  # a posting written on one line is longer than this
# "... online across Scandinavia. Requirements: - 3+ years ...": a section's label and its first item's dash
_ONE_LINE_SECTION = re.compile(r"(?:(?<=[.!?])\s+|^)([A-Z][^.:!?]{1,40}?):\s+(?=-\s)")
_ONE_LINE_ITEM = re.compile(r"(?:^|(?<!\s)\s+)-\s+")


def _one_line_posting(line: _Line) -> list[_Line]:
    """A posting whose line breaks were lost ("Customer Support Lead. ... Requirements: - Zendesk administration -
    Fluent Swedish. Nice to have: - Norwegian. Benefits: - ..."): its sentences, headings and items as lines of
    their own, all numbered as the one line. Two labels over dashed items at least, else the line as it is."""
    if line.kind not in ("text", "candidate") or len(line.content) < ONE_LINE_CHARS or line.content.count(": -") < 2:
        return [line]  # (a long paragraph of prose holds no ": - ", and is not searched)
    heads = list(_ONE_LINE_SECTION.finditer(line.content))
    if len(heads) < 2:
        return [line]
    text, number = line.content, line.number
    pieces = [line._replace(kind="text", content=s.strip()) for s in _SENTENCE_END.split(text[: heads[0].start()])]
    for head, end in zip(heads, [*(h.start() for h in heads[1:]), len(text)], strict=True):
        label = head[1].strip()
        pieces.append(_Line(number, "heading", label, heading=_clean_heading(label), strong=True))
        items = [item.strip() for item in _ONE_LINE_ITEM.split(text[head.end() : end]) if item.strip()]
        if items:  # the last item ends at its sentence's end: what follows is a sentence of its own
            last, *after = _SENTENCE_END.split(items[-1], maxsplit=1)
            items[-1] = last
            pieces += [_Line(number, "bullet", item.rstrip(". "), marker="-") for item in items if _ALNUM.search(item)]
            pieces += [line._replace(kind="text", content=rest.strip()) for rest in after if _ALNUM.search(rest)]
    return [piece for piece in pieces if _ALNUM.search(piece.content)]


def _flattened_list(line: _Line) -> list[_Line]:
    """ "• Kubernetes in production • Terraform • Linux": a list whose line breaks a page or a paste lost (LinkedIn
    shows a posting's bullets so when copied), each item a bullet of its own on the same line."""
    if line.kind != "bullet" or line.marker not in _FLATTENED_MARKS or f" {line.marker} " not in line.content:
        return [line]
    items = [item.strip() for item in line.content.split(f" {line.marker} ") if _ALNUM.search(item)]
    return [line._replace(content=item) for item in items]


def _letter_o_bullets(lines: list[_Line]) -> None:
    """Lines that open with "o " next to another that does: a list (changed in place). One alone is a word
    ("o Go", Spanish "or" at the start of a wrapped line)."""
    content = [i for i, line in enumerate(lines) if line.kind != "blank"]
    marked = {
        i: match
        for i in content
        if lines[i].kind in ("text", "candidate") and (match := _LETTER_O_BULLET.match(lines[i].content))
    }
    if not marked:
        return
    for position, index in enumerate(content):
        if index not in marked:
            continue
        neighbours = content[max(0, position - 1) : position] + content[position + 1 : position + 2]
        if any(n in marked for n in neighbours):
            line = lines[index]
            lines[index] = _Line(line.number, "bullet", marked[index]["text"], line.indent, marker="o")


CHOICE_ITEM_WORDS = 6  # a choice's option is a name: "Node.js (JavaScript oder TypeScript)"


def _choice_lists(lines: list[_Line]) -> list[_Line]:
    """A list item that offers a choice between the deeper items under it ("- Mehrjährige Erfahrung in einem von:"
    over "- C#", "- Java", "- Python"): one item, its options after its colon (a requirement met by any of them)."""
    if not any(line.kind == "bullet" and line.content.rstrip().endswith(":") for line in lines):
        return lines
    merged: list[_Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        lead = line.content.rstrip()
        options: list[_Line] = []
        if line.kind == "bullet" and lead.endswith(":") and offered_choice(lead) is not None:
            while index + len(options) < len(lines):
                option = lines[index + len(options)]
                if option.kind != "bullet" or option.indent <= line.indent:
                    break
                options.append(option)
        if (
            len(options) < 2
            or any(option.indent != options[0].indent for option in options)  # ("- AWS" over "- EC2, Lambda")
            or any(len(option.content.split()) > CHOICE_ITEM_WORDS for option in options)
        ):
            merged.append(line)
            continue
        merged.append(line._replace(content=f"{lead} {', '.join(option.content.strip() for option in options)}"))
        index += len(options)
    return merged


def _bold_bullet_headings(lines: list[_Line]) -> None:
    """ "- **Dein Profil**" over deeper bullets: a heading written as a bold list item; so is a plain item that
    names a section ("- Nice to have", "- People skills" over deeper items; "- Cloud" over "AWS" stays an item)
    (changed in place)."""
    for index, line in enumerate(lines):
        if line.kind != "bullet":
            continue
        if line.content[:1] in "*_":
            emphasis = _EMPHASIS_LINE.match(line.content)
            if emphasis is None or not _heading_shape(emphasis["text"].rstrip(": "), 8):
                continue
            label = emphasis["text"]
        elif _heading_shape(line.content.rstrip(": "), 4) and _names_a_section_of_requirements(line.content):
            label = line.content
        else:
            continue
        following = next((lines[i] for i in range(index + 1, len(lines)) if lines[i].kind != "blank"), None)
        if following is not None and following.kind == "bullet" and following.indent > line.indent:
            lines[index] = _Line(line.number, "heading", line.content, line.indent, _clean_heading(label))


LONE_BULLET_HEADING_WORDS = 6
LONE_BULLETS = 2  # a posting with at least this many list items, none next to another, writes its headings so


def _lone_bullet_headings(lines: list[_Line]) -> None:
    """ "* Habilidades" over a paragraph: in a posting whose list items all stand alone, each over a paragraph of
    lines of its own, and each naming a section, the items are its headings, written as bullets (changed in place).
    One item that does not ("- Bonus: dbt experience" over "Thanks for reading!") and none is."""
    content = [i for i, line in enumerate(lines) if line.kind != "blank"]
    bullets = [position for position, index in enumerate(content) if lines[index].kind == "bullet"]
    if len(bullets) < LONE_BULLETS or any(b - a == 1 for a, b in pairwise(bullets)):
        return  # only in a posting whose every list item stands alone: its author's way of writing headings
    if all(_heads_a_paragraph(lines, content, position) for position in bullets):
        for position in bullets:
            line = lines[content[position]]
            lines[content[position]] = _Line(
                line.number, "heading", line.content, line.indent, _clean_heading(line.content)
            )


LONE_BULLET_PARAGRAPH = 2  # lines a list item written as a heading stands over, at least


def _heads_a_paragraph(lines: list[_Line], content: list[int], position: int) -> bool:
    """Whether the lone list item at ``content[position]`` names a section ("Habilidades", "Pontos extras", not
    "Experience with Python required" nor "Preferred: Tableau") and stands over a paragraph of its own lines."""
    index = content[position]
    text = lines[index].content
    if text[-1:] in ".;," or ":" in text.rstrip(": "):
        return False
    if index + 1 >= len(lines) or lines[index + 1].kind != "blank":
        return False  # (a plain line right under an item goes on with it: a wrapped item)
    following = content[position + 1 : position + 1 + LONE_BULLET_PARAGRAPH]
    if len(following) < LONE_BULLET_PARAGRAPH or any(lines[i].kind not in ("text", "candidate") for i in following):
        return False
    if following[-1] - following[0] != LONE_BULLET_PARAGRAPH - 1:  # (consecutive: one paragraph)
        return False
    label = _clean_heading(text)
    if not _heading_shape(label, LONE_BULLET_HEADING_WORDS) or _REQUIREMENT_OPENING.match(label):
        return False
    info = classify_heading(label)
    if info.topic in ("experience", "title"):
        return False
    return info.topic is not None or (info.priority is not None and len(label.split()) <= PRIORITY_LABEL_WORDS)


PRIORITY_LABEL_WORDS = 3  # a label that says only a priority ("Pontos extras", "Nice to have") is this short


def _names_a_section_of_requirements(text: str) -> bool:
    """A label that says what priority or kind of skill its items are ("Nice to have", "Bonus", "People skills"),
    not a duty's heading in a ladder of duties ("Knowledge Sharing", "Domain specific expertise")."""
    label = _clean_heading(text)
    info = classify_heading(label)
    return info.topic in ("skills", None) and (info.priority is not None or _SKILLS_WORD.search(label) is not None)


_SKILLS_WORD = re.compile(r"\bskills?\b|\bcompétences\b|\bkenntnisse\b", re.IGNORECASE)


# "Requirements: Python; SQL; Docker", "Nice to have • dbt • Airflow": a label and its list on one line (a list
# pasted from a page whose bullets were lost)
_INLINE_SEPARATOR_HINT = re.compile(r"[:•·▪|]")
# (round 37: and a label whose emphasis closes after its colon, "**About you:** …")
_INLINE_LABEL = re.compile(r"^(?P<label>[^:•·▪|;]{2,40}?)\s*(?::(?:\*\*|__|\*|_)?(?=\s)|(?=[•·▪|]))\s*(?P<rest>\S.*)$")
INLINE_LABEL_WORDS = 5
# (the spaces before a separator are taken from the first of their run only: "\s*" tried from every space of a long
# run took seconds, round 32; tests/core/jd/test_round32.py checks such forms find what the plain ones found)
_INLINE_SEPARATOR = re.compile(r"(?:(?<!\s)\s*)?[•·▪|;]\s*")


def _inline_list(line: _Line, *, tags: bool = True) -> list[_Line]:
    """``line`` as a heading and its items when it is a requirements label followed by its list; as its items when
    it is a line of tags (``tags``: "HTML | CSS | TypeScript | Storybook (pré)", "Tools: AWS | Terraform")."""
    if line.kind not in ("text", "candidate"):
        return [line]
    if (match := _INLINE_LABEL.match(line.content)) is None:
        return _tags(line, line.content) if tags else [line]
    label = _clean_heading(match["label"])
    info = classify_heading(label)
    if (
        not label[:1].isupper()
        or not _heading_shape(label, INLINE_LABEL_WORDS)
        or not (info.topic == "skills" or (info.topic is None and info.priority))
    ):
        if not tags:
            return [line]
        if not line.content[match.end("label") :].lstrip().startswith(":"):
            return _tags(line, line.content)  # "HTML | CSS | ...": its first tag read as a label
        # "Tools: AWS | Terraform" (a kind of skill, then its tags), not "Share: LinkedIn · X", "Location: A | B"
        named = info.kind is not None or _SKILLS_WORD.search(label) is not None
        return _tags(line, match["rest"]) if named else [line]
    items = [i.strip(" .") for i in _INLINE_SEPARATOR.split(match["rest"]) if any(ch.isalnum() for ch in i)]
    if not items:
        return [line]
    if len(items) == 1 and (asks := _asking_sentences(match["rest"])):
        # (round 37) "About you: you've spent four years in security. You understand IAM deeply. …": a paragraph
        # under its label, one item per sentence but those in the company's voice (not one item of the paragraph)
        items = asks
    heading = _Line(line.number, "heading", f"{label}:", line.indent, label)
    bullets = [_Line(line.number, "bullet", item, line.indent + 2) for item in items]
    return [heading, *bullets, _Line(line.number, "blank", "")]  # the next line starts afresh


# a sentence in the company's voice, or of how to apply: "We reply within two weeks", "Our office is in Berlin",
# "Please send your CV", "Interviews are remote"
_COMPANY_VOICE = re.compile(
    r"^(?:we|we're|we'll|we've|our|us|please|interviews?|the (?:team|company|office|role|position|job)"
    r"|this (?:role|job|position)|salary|compensation|relocation|visa)\b",
    re.IGNORECASE,
)


def _asking_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph of several but those in the company's voice or of how to apply ("We reply within
    two weeks", "Our office is in Berlin": ``_COMPANY_VOICE``, boilerplate); [] for a paragraph of one sentence or
    none left (read whole, as before)."""
    sentences = [s.strip(" .") for s in _SENTENCE_END.split(paragraph) if any(ch.isalnum() for ch in s)]
    if len(sentences) < 2:
        return []
    return [s for s in sentences if not _COMPANY_VOICE.match(s) and not _boilerplate(normalise(s))]


TAG_ITEMS = 3  # a line of at least this many short items between "|" or "·" is a list of tags
TAG_WORDS = 5  # ...each of at most this many words


def _tags(line: _Line, content: str) -> list[_Line]:
    """``content`` (``line``'s, or what follows its label) when it is short items between "|" or "·" (not a Markdown
    table's row, which opens or ends with "|"), as one list item each: the items of a list whose line breaks a page
    lost, or a careers page's skill tags. Links to elsewhere ("Home | About | Careers") are the page's navigation."""
    separator = "|" if content.count("|") >= TAG_ITEMS - 1 else " · "  # (not "Développeur·se", French inclusive)
    if content.count(separator) < TAG_ITEMS - 1 or content.startswith("|") or content.endswith("|"):
        return [line]
    items = [item.strip() for item in content.split(separator)]
    if not all(item and len(item.split()) <= TAG_WORDS and item[-1] not in ".!?:" for item in items):
        return [line]
    if all(NAVIGATION_LINK.match(item.strip(" *")) for item in items):
        return [line]
    return [_Line(line.number, "bullet", item, line.indent, whole=line.content) for item in items] + [
        _Line(line.number, "blank", "")
    ]


# a quoted line of an e-mail or a Markdown block quote ("> - Zendesk"), not "> 5 years" (more than five)
_QUOTE_MARK = re.compile(r"^(?:>[ \t]?)+(?=[^\d\s])|^>{2,}[ \t]?")
_ANY_QUOTE_MARK = re.compile(r"^\s*(?:>[ \t]?)+")
QUOTED_LINES = 3  # this many quoted lines make a quoted posting
# a task-list box after a bullet ("- [ ] Python", "- [x] Python")
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+(?=\S)")


def _without_closing_marks(text: str) -> str:
    """A Markdown heading's text without its closing "#"s (after a blank only: "## C#" is C#) and closing "*"s."""
    text = text.rstrip()
    unhashed = text.rstrip("#")
    if unhashed != text and (not unhashed or unhashed[-1].isspace()):
        text = unhashed.rstrip()
    return text.rstrip(" \t*")


def _scan_line(number: int, raw: str) -> _Line:
    content = raw.strip()
    if content[:1] == ">":
        content = _QUOTE_MARK.sub("", content, count=1).strip()
    if (
        not _ALNUM.search(content)
        or (content[:1] == "<" and _ONLY_TAGS.match(content))
        or (len(content) <= ANSWER_CHARS and content.casefold() in _ANSWERS)
    ):
        # (a line of tags alone shows nothing: "<benefits.snippet/>", "</skills>"; "Yes" / "No" under a job board's
        # screening question is its buttons)
        return _Line(number, "blank", "")
    indent = len(raw) - len(raw.lstrip())
    first = content[:1]  # (each pattern below opens with its own characters: the others are not tried)
    heading_mark = _MD_HEADING if first == "#" else _ADOC_HEADING if first == "=" else None
    if heading_mark is not None and (match := heading_mark.match(content)):
        heading = _clean_heading(_without_closing_marks(match[2]))
        return _Line(number, "heading", content, indent, heading, len(match[1]), strong=True)
    symbol = None if first.isascii() else _SYMBOL_BULLET.match(content)  # (its symbols: none is ASCII)
    if symbol and first in _JA_HEADING_MARKS and _ja_section_heading(symbol["text"]):
        # "■必須スキル", "▼求める人物像", "●勤務地：横浜市": a Japanese job board's headings, each a section of its own
        return _Line(number, "heading", content, indent, _clean_heading(symbol["text"]), strong=True)
    if symbol and (
        (symbol["text"].rstrip().endswith(("?", ":")) and _heading_shape(symbol["text"].rstrip("?: "), 10))
        or _names_a_section(symbol["text"])
    ):
        # "✅ Is this you?", "✅ What we're looking for": a decorated heading, not a bullet
        return _Line(number, "candidate", content, indent, _clean_heading(symbol["text"]), emoji=True)
    if match := (
        _ASCII_BULLET.match(content)
        or symbol
        or (_TIGHT_BULLET.match(content) if first == "*" else None)
        or (_CJK_BULLET.match(content) if not content.isascii() else None)
    ):
        text = match["text"].strip()
        if text[:1] == "[":
            text = _TASK_BOX.sub("", text, count=1)
        return _Line(number, "bullet", text, indent, marker=content[: len(content) - len(text)].strip())
    return _scan_plain(number, content, indent)


_CJK_BRACKETS = "【［〔"
_JA_TAGGED_ITEM = re.compile(r"^[【［](?:必須|歓迎|尚可|MUST|WANT|Must|Want)[】］]\s*\S")
_JA_HEADING_MARKS = frozenset("■◆▼●◇□◎★☆▽▲△")
JA_HEADING_CHARS = 24  # a Japanese heading after a mark is this short ("■求める人物像", "●勤務地：神奈川県横浜市")


def _ja_section_heading(text: str) -> bool:
    text = text.strip()
    return (
        len(text) <= JA_HEADING_CHARS and has_chinese(text) and classify_heading(_clean_heading(text)).topic is not None
    )


_CJK_BRACKET_HEADING = re.compile(r"^[【［〔]\s*(?P<text>[^】］〕]{1,30}?)\s*[】］〕]\s*[:：]?$")
_SECTION_TOPICS = frozenset({"skills", "benefits", "responsibilities", "company", "compensation"})


def _names_a_section(text: str) -> bool:
    """A short text that a heading of requirements, duties, benefits or the company would say ("What we're
    looking for"), and no requirement ("Experience with Go", "Communication skills": a skill's word)."""
    text = text.strip()
    return (
        _heading_shape(text, 6)
        and not _REQUIREMENT_OPENING.match(text)
        and classify_heading(_clean_heading(text)).topic in _SECTION_TOPICS
        and classify_kind(text) is None
    )


def _scan_plain(number: int, content: str, indent: int) -> _Line:
    if content[:1] in _CJK_BRACKETS and _JA_TAGGED_ITEM.match(content):
        # "【必須】AWSでのインフラ構築経験", "【歓迎】Terraformの経験": an item tagged with its priority (the tag
        # stays in its text: 歓迎 makes it nice)
        return _Line(number, "bullet", content, indent, marker="")
    if content[:1] in _CJK_BRACKETS and (match := _CJK_BRACKET_HEADING.match(content)):
        # "【必須スキル】", "［歓迎スキル］": a Japanese posting's headings, each a section of its own
        return _Line(number, "heading", content, indent, _clean_heading(match["text"]), strong=True)
    if content[:1].islower() and len(content.split()) >= LOWER_CASE_TEXT_WORDS:
        return _Line(number, "text", content, indent)  # "who have experience in the following:" leads in
    if content[:1] in ("*", "_") and (match := _EMPHASIS_LINE.match(content)):  # (what emphasis opens with)
        if _heading_shape(match["text"].rstrip(": "), 15):
            return _Line(number, "heading", content, indent, _clean_heading(match["text"]), strong=True)
        # a whole sentence in bold: the text it says ("**To strengthen our team we look for people who know:**"
        # leads its list in like the same sentence unstyled)
        inner = match["text"].rstrip()
        content = inner + ":" if content.endswith(":") and not inner.endswith(":") else inner
    core, emoji = _strip_decoration(content)
    if core.endswith(":") and _heading_shape(core[:-1], 10):
        return _Line(number, "heading", content, indent, _clean_heading(core), emoji=emoji)
    if _heading_shape(core, 8) and not _LABEL_VALUE.search(core):
        return _Line(number, "candidate", content, indent, _clean_heading(core), emoji=emoji)
    return _Line(number, "text", content, indent)


def _heading_shape(text: str, max_words: int) -> bool:
    text = text.strip()
    # (the length first, and words counted up to one past the limit: a long line, most lines, is not split whole)
    return (
        len(text) <= 90
        and 0 < len(text.split(maxsplit=max_words)) <= max_words
        and text[-1] not in ".!;,"
        and any(ch.isalpha() for ch in text)
    )


_PLAIN_EDGE = re.compile(r"[^\W_]|[!-~](?<![\^`_])")  # a letter or digit, or ASCII punctuation other than ^ ` _


@lru_cache(maxsize=4096)
def _plain_edge(ch: str) -> bool:
    """``_PLAIN_EDGE`` on one character, asked once per distinct character."""
    return _PLAIN_EDGE.match(ch) is not None


def _strip_decoration(text: str) -> tuple[str, bool]:
    """Drop emoji and other symbols around ``text``; say whether any led it."""
    if text and _plain_edge(text[0]) and _plain_edge(text[-1]):
        if text[0] != ":" and text[-1] != ":":
            return text, False  # the common case (letters, digits, ASCII punctuation), without a look at each character
        return _without_shortcodes(text)
    start, end = 0, len(text)
    while start < end and _is_decoration(text[start]):
        start += 1
    while end > start and _is_decoration(text[end - 1]):
        end -= 1
    return text[start:end], any(not ch.isspace() for ch in text[:start])


# (round 38) emoji written as Markdown shortcodes, which GitHub and chat tools show as emoji: ":rocket: What we
# need", "- :white_check_mark: :one: You write clear reviews" (lower case, between colons, standing alone)
_SHORTCODES_FIRST = re.compile(r"^(?::(?:[a-z][a-z0-9_+-]*|\+1|-1):(?:\s+|$))+")
_SHORTCODE_LAST = re.compile(r"(?:^|\s):(?:[a-z][a-z0-9_+-]*|\+1|-1):\s*$")
# a shortcode is shorter than this: its end is looked for there only (a search of a long line for a pattern anchored
# at its end tries every position)
SHORTCODE_CHARS = 48


def _without_shortcodes(text: str) -> tuple[str, bool]:
    """``text`` without the emoji shortcodes around it, and whether one led it (and any other decoration)."""
    first = _SHORTCODES_FIRST.match(text)
    core = text[first.end() :] if first else text
    while (core.endswith(":") or core[-1:].isspace()) and (cut := _shortcode_at_end(core)) is not None:
        core = core[:cut]
    if not first and core == text:
        return text, False
    stripped, led = _strip_decoration(core) if core else (core, False)
    return stripped, led or first is not None


def _shortcode_at_end(text: str) -> int | None:
    """Where the emoji shortcode that ends ``text`` starts (with the space before it), or None."""
    tail = text[-SHORTCODE_CHARS:]
    last = _SHORTCODE_LAST.search(tail)
    return None if last is None else len(text) - len(tail) + last.start()


def _is_decoration(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in _DECORATION_CATEGORIES


def _clean_heading(text: str) -> str:
    if "](" in text:  # (as in ``_plain``: most headings hold no link and no markup)
        text = _LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "`" in text:
        text = _MARKUP.sub("", text)
    core, _ = _strip_decoration(text)
    return " ".join(core.rstrip(": ").split())


def _resolve(lines: list[_Line]) -> list[_Line]:
    """Decide, with their neighbours, which heading-like lines are headings."""
    resolved: list[_Line] = []
    bullet_indent: int | None = None
    following = _following_content(lines)
    before: _Line | None = None  # the last line with content
    open_marker = ""  # the open bullet's marker
    for index, line in enumerate(lines):
        if line.kind in ("heading", "candidate"):
            previous = resolved[-1] if resolved else None
            line = _resolve_heading(line, previous, bullet_indent, following[index], before)
        elif (
            line.kind == "bullet"
            and bullet_indent is not None
            and (line.indent > bullet_indent or line.marker != open_marker)
            and _GOES_ON.match(line.content)
        ):
            # a sub-item that only goes on with its item ("● QuickBooks Online" / "○ including bank feeds"): the
            # item's words, as a wrapped line's
            line = line._replace(kind="text", indent=bullet_indent + 1)
        if line.kind != "blank":
            before = line
        if line.kind == "bullet":
            bullet_indent, open_marker = line.indent, line.marker
        elif line.kind != "text":
            bullet_indent = None
        resolved.append(line)
    return resolved


def _resolve_heading(
    line: _Line, previous: _Line | None, bullet_indent: int | None, following: _Line | None, before: _Line | None
) -> _Line:
    if line.strong:
        return line
    if _continues(line, previous, bullet_indent):
        return line._replace(kind="text")
    if line.kind == "candidate" and _opens_a_run(line, previous, following):
        return line._replace(kind="text")
    if line.kind == "heading" or _candidate_is_heading(line, following, before):
        return line._replace(kind="heading")
    return line._replace(kind="text")


# the words a sub-item opens with when it only goes on with its item
# (not "ideally"/"preferably": a sub-item so opened is a nice-to-have of its own)
_GOES_ON = re.compile(r"(?:including|incl\.|such as|e\.g\.|especially|particularly|notably)\b", re.IGNORECASE)


def _continues(line: _Line, previous: _Line | None, bullet_indent: int | None) -> bool:
    """Whether ``line`` wraps the open bullet (``bullet_indent`` is None when none is open)."""
    if previous is None or bullet_indent is None:
        return False
    return line.indent > bullet_indent or line.content[:1].islower() or ends_mid_phrase(previous.content)


def _candidate_is_heading(line: _Line, following: _Line | None, before: _Line | None = None) -> bool:
    if following is not None and following.kind == "heading" and _ends_a_run(line, before):
        return False
    if following is not None and following.kind in ("bullet", "heading"):
        return True
    if _REQUIREMENT_OPENING.match(line.heading):
        return False
    if line.emoji:
        return True
    topic = classify_heading(line.heading).topic
    if topic in ("education", "experience") and _names_its_subject(line.heading):
        # "Degree or HND in electronics", "Abgeschlossenes Studium der Informatik", "Payroll experience in the
        # education sector": an item of a list without markers that names its subject, not a heading over it
        return False
    return topic is not None


def _names_its_subject(heading: str) -> bool:
    """ "Degree or HND in electronics", "Payroll experience in the education sector", "CIPP Foundation Degree":
    a phrase that goes on past its topic's word, or names a thing by its acronym (in a heading not all capitals)."""
    if len(heading.split()) >= 4 and _DESCRIBES_ITS_TOPIC.match(heading):
        return True
    return not heading.isupper() and _ACRONYM.search(heading) is not None


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# a phrase that goes on past its topic's word: "... in electronics", "... der Informatik", "... with SQL"
_DESCRIBES_ITS_TOPIC = re.compile(
    r"\S+.*?\s(?:in|with|of|for|or|der|des|im|oder|en|de|du|dans|con|del)\s+(?!the following\b)\S",
    re.IGNORECASE,
)


def _opens_a_run(line: _Line, previous: _Line | None, following: _Line | None) -> bool:
    """Whether ``line``, right under a heading and right over a plain line (no blank line between), is the first
    of a run of plain lines: "## Desirable", "A library qualification", "British Sign Language" (a Word list
    typed as plain paragraphs) is a heading over two items, not over a heading over one."""
    return (
        previous is not None
        and previous.kind == "heading"
        and following is not None
        and following.number == line.number + 1
        and following.kind in ("text", "candidate")
        and not line.emoji
        # a heading's words stay a heading ("What you need", "Benefits" over a paragraph), unless an article opens
        # them: "A library qualification" is an item
        and (classify_heading(line.heading).topic is None or _ARTICLE_OPENING.match(line.heading) is not None)
    )


_ARTICLE_OPENING = re.compile(r"(?:a|an|ein|eine|un|une)\s", re.IGNORECASE)


def _ends_a_run(line: _Line, before: _Line | None) -> bool:
    """Whether ``line``, over a heading, is the last of a run of short plain lines ("Driving licence class B",
    "German C1 and good English", then "## Why us?": a list without markers, as careers pages that break lines
    with ``<br>`` give), not a heading over nothing. A line that names a section stays a heading."""
    return (
        before is not None
        and before.kind == "text"
        and bool(before.heading)  # a short line too, read as text
        and not line.emoji
        and classify_heading(line.heading).topic is None
    )


def _following_content(lines: list[_Line]) -> list[_Line | None]:
    """For each line, the next non-blank line after it (one backward pass)."""
    following: list[_Line | None] = [None] * len(lines)
    upcoming: _Line | None = None
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if lines[index].kind != "blank":
            upcoming = lines[index]
    return following


# --- headings -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeadingInfo:
    """What a heading's words say: its topic and the priority/kind it imposes."""

    topic: Topic | None
    priority: Priority | None
    kind: Kind | None
    # a heading naming the duties and the requirements together ("Responsibilities and Requirements", "任职资格与岗位
    # 职责"): its list holds both, each item read by what it says (``_asks_something``)
    mixed: bool = False


_DUTY_HEADING = re.compile(
    r"^(?:\d+[.)]\s*)?(?:you(?:'ll| will)|als .{0,60} wirst du|en tant que .{0,60} vous"
    # Swedish, Norwegian, Danish: "Du kommer att arbeta med", "Du kommer til at arbejde med", "Du vil jobbe med"
    r"|du kommer (?:att|til at|til å) (?:arbeta|arbejde|arbeide|jobba|jobbe|ansvara|utveckla|udvikle|utvikle|bygga"
    r"|bygge|vara med|være med|ingå|indgå|inngå)|du (?:vil|skal) (?:jobbe|arbeide|arbejde|arbeta|jobba))"
    r"(?!\s+(?:also\s+)?(?:need|have|bring|be expected to have|ideally|get (?:this|these|the following) from us))\b"
    r"(?!.*\b(?:if|fit|thrive|succeed|stand out|great at)\b)",  # "You'll thrive here if": who is wanted
    re.IGNORECASE,
)


# (round 28) a heading over what the reader would be up for ("And if you're up to:" over "- be writing articles about
# our database", "- travel to conferences"): the work, after what the reader should have
_READY_FOR = re.compile(r"^(?:and |but )?if you(?:'re| are) (?:also )?(?:up (?:to|for)|ready to)\W*$")


# a heading that announces the hire ("The Tor Project is looking for an Android developer!", "Acme is hiring a
# Senior SRE", "Nonprofit Seeks Data Architect"): the posting's title, not "what we are looking for"
_ANNOUNCES_HIRE = re.compile(
    r"\b(?:is|are|we're|we are|'re|'s|now|currently)\s+(?:(?:now|currently)\s+)?(?:looking for|seeking|hiring"
    r"|searching for|recruiting)\s+|\b(?:seeks|hires|recruits)\s+",
    re.IGNORECASE,
)
_HIRED_ROLE = re.compile(
    r"(?:(?:an?|our|one|two|several|(?:an? )?new|(?:our )?next|(?:our )?first)\s+)*(?:[\w+#./&()-]+\s+){0,5}?"
    rf"(?:{'|'.join(lexicon.TITLE_NOUNS)})\b(?:\s*\([^)]*\))?\s*[!.]?\s*$",
    re.IGNORECASE,
)


def _announces_hire(text: str) -> bool:
    announced = _ANNOUNCES_HIRE.search(text)
    return announced is not None and _HIRED_ROLE.match(text, announced.end()) is not None


# "About" and a name of up to four capitalised words (not "About You", "About the role"; "Om" too, round 25: not "Om
# deg", "Om uppdraget")
# (not the reader, in any language's forms; not the job, the work or the hiring; not a technology: see its use)
_ABOUT_A_NAME = re.compile(
    # ("Om Variant": Swedish, Norwegian, Danish "About")
    r"^(?i:about|über|à propos de|a propos de|sobre|over|om)\s+"
    r"(?!(?i:you|your|yourself|the|this|our|us|me|it|jou|jezelf|u|dich|du|dir|sie|ihnen|euch|vous|toi|você|voce"
    r"|vocês|ti|usted|ustedes|vós|a|o|os|as|die|der|das|den|dem|la|le|les|el|los|las|de|het|een|candidates?"
    r"|applicants?|working|work|life|role|job|jobs|team|position|vacancy|stelle|vaga|cargo|poste|puesto|rolle"
    r"|applying|application|hiring|interviews?|remote|hybrid|growth|benefits|compensation|salary|pay|perks"
    r"|culture|values|mission|process|location|opportunity|engineering|product|design|deg|dig|oss|os|rollen"
    r"|jobbet|jobben|tjänsten|stillingen|uppdraget|oppdraget|opgaven|teamet|arbetet|arbeidet|arbejdet|projektet"
    r"|prosjektet|tjenesten|avdelningen|avdelingen)\b)"
    r"(?P<name>[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9&][\w.&'’-]*|of|for|and|de|für))?(?:\s+[A-Z0-9][\w.&'’-]*){0,2})$"
)


@lru_cache(maxsize=4096)  # a posting's headings come from a small vocabulary ("Requirements", "Nice to have")
def classify_heading(heading: str) -> HeadingInfo:
    """Classify a heading by keywords (see ``lexicon.HEADING_TOPICS`` for the precedence).

    A heading phrased as a sentence about the job ("You will ...", "Als SRE wirst Du")
    introduces duties.
    """
    text = normalise(heading)
    if _DUTY_HEADING.match(text) or _READY_FOR.match(text):
        return HeadingInfo("responsibilities", None, None)
    if _WAIVER_HEADING.fullmatch(text.strip(" #*:.!")):
        return HeadingInfo("other", None, None)  # (round 39) "What you don't need": what is waived
    if _announces_hire(text):
        return HeadingInfo("title", None, None)
    topic = heading_topic(text)
    # ("Cosa offriamo e cosa cerchiamo", "What we offer and what we're looking for": the perks and the requirements)
    mixed = (topic in ("responsibilities", "skills", "other") and _names_duties_and_needs(text)) or (
        topic == "benefits" and _names_needs(text)
    )
    if mixed:
        topic = "skills"
    if topic is None and (about := _ABOUT_A_NAME.match(heading.strip(" #*:"))) and classify_kind(about["name"]) is None:
        topic = "company"  # "About Whetstone Research", "Über Acme GmbH": the organisation, by its name
    nice, must = _HEADING_NICE.search(text), _HEADING_MUST.search(text)
    priority: Priority | None = "nice" if nice or in_chinese(_CJK_NICE, text) else ("must" if must else None)
    if nice is not None and must is not None and _joins_must_and_nice(text, must, nice):
        # "Required and optional skills", "Essential & Desirable": the requirements, must but where an item says
        # otherwise ("(Optional) …")
        priority, topic = "must", topic or "skills"
    hard = bool(_HEADING_HARD.search(text))
    soft = bool(_HEADING_SOFT.search(text)) or in_chinese(_CJK_HEADING_SOFT, text) is not None
    kind: Kind | None = "hard" if hard and not soft else ("soft" if soft and not hard else None)
    if "soft skill" in text or "hard skill" in text:
        kind = "soft" if "soft skill" in text else "hard"
    return HeadingInfo(topic, priority, kind, mixed)


# a heading over what the job does not ask: "What you don't need", "You won't need" (not "Not required" or "Not
# mandatory", often said over a list of wishes; nor "Not required, but a plus")
_WAIVER_HEADING = re.compile(
    r"(?:(?:what|things|skills) )?(?:you )?(?:do not|don't|won't|will not) need(?: to (?:have|know|bring))?"
)


def _joins_must_and_nice(text: str, must: re.Match[str], nice: re.Match[str]) -> bool:
    """Whether a heading that says a must (``must``) and a nice-to-have (``nice``) names those of one list, joined
    ("Required and optional skills", "Must-haves & nice-to-haves"), not a must it denies ("Not required, but a
    plus")."""
    if _HEADING_NEGATION.search(text):
        return False
    first, second = sorted((must, nice), key=lambda m: m.start())
    return _HEADING_JOIN.fullmatch(text[first.end() : second.start()]) is not None


_HEADING_JOIN = re.compile(r"\s*(?:(?:and|or|und|oder|et|ou|y|o|en|of)\b|&|/)\s*", re.IGNORECASE)
_HEADING_NEGATION = re.compile(r"\b(?:not|no|don't|without|kein\w*|nicht|pas|sans|sin)\b", re.IGNORECASE)


_HEADING_DUTIES = word_list(lexicon.HEADING_DUTY_WORDS)
_AMBIGUOUS_HEADING = word_list(lexicon.AMBIGUOUS_HEADINGS)
_HEADING_NEEDS = word_list(lexicon.HEADING_NEED_WORDS)
_CJK_HEADING_DUTIES = re.compile(lexicon.CJK_HEADING_DUTY_WORDS)
_CJK_HEADING_SOFT = re.compile(lexicon.CJK_HEADING_SOFT)
_CJK_HEADING_NEEDS = re.compile(lexicon.CJK_HEADING_NEED_WORDS)


def _names_duties_and_needs(text: str) -> bool:
    """Whether a heading (normalised) names both the job's duties and what it requires."""
    return _names_duties(text) and _names_needs(text)


def _names_duties(text: str) -> bool:
    return _HEADING_DUTIES.search(text) is not None or in_chinese(_CJK_HEADING_DUTIES, text) is not None


def _names_needs(text: str) -> bool:
    return _HEADING_NEEDS.search(text) is not None or in_chinese(_CJK_HEADING_NEEDS, text) is not None


@dataclass(frozen=True, slots=True)
class _Context:
    """The section a line belongs to: the topic and what its headings imposed."""

    topic: Topic
    heading: str = ""
    root: str = ""  # the heading that set the topic
    level: int | None = None
    priority: Priority | None = None
    priority_heading: str = ""
    kind: Kind | None = None
    kind_heading: str = ""
    # a sibling heading with no known word ("### Leadership" after "### Technology expertise", "### Nos
    # attentes"), or an experience heading among requirement siblings: its topic stands until its list says
    # what it is (``_lists_requirements``)
    unnamed: bool = False
    after_skills: bool = False  # ...and the sibling before it was a requirements section
    mixed: bool = False  # its heading names duties and requirements together (``HeadingInfo.mixed``)
    # a heading no word list knows, a plain line right under the title ("A few points before I dive into specifics:"):
    # a Markdown heading after it opens a section of its own (not under "Requirements:", which holds "#### Backend")
    plain: bool = False


def _enter(context: _Context, line: _Line) -> _Context:
    """The context after heading ``line`` (see the module docstring)."""
    info = classify_heading(line.heading)
    if context.topic == "skills" and _nested_experience(line, info):
        return _refine(context, info, line.heading)  # "Experience:" inside "Requirements" is part of them
    if _inside_boilerplate(line, info, context):
        # "##### Work Samples" and "Here's what we want to see:" under "### Interview process": still how to apply
        return replace(context, heading=line.heading)
    if _heading_states_requirement(line, info):
        fresh = _fresh("skills", info, line)
        if info.priority is None and context.priority is not None and _deeper(line, context):
            # (round 32) "#### We would like to see the following:" under "### Preferred Technical Experience": the
            # section's priority, as a plain line there keeps it
            fresh = replace(fresh, priority=context.priority, priority_heading=context.priority_heading)
        return fresh
    if info.topic is None and _AMBIGUOUS_HEADING.search(normalise(line.heading)):
        # "## Conditions", "## Values": the terms and the culture, unless the list says what the candidate must meet
        return replace(_fresh("other", info, line), unnamed=True)
    if _nested_skills(line, info, context):
        # "Bonus points if you have" over "Technical skills:" and its list, "Skills we prefer" over "We would love
        # applicants who also meet the following:": a line that names what its list holds keeps the section's
        # priority (its own kind, not the kind of a line like it before)
        refined = _refine(context, info, line.heading)
        return replace(refined, kind=info.kind, kind_heading=line.heading if info.kind else "")
    if info.topic == "experience" and context.topic == "skills" and _sibling(line, context):
        # "### Project and digital experience" among "### Leadership", "### Management" under "How do I qualify?":
        # one more list of what the reader brings, if its bullets say so (``_lists_requirements``)
        return replace(_fresh("experience", info, line), unnamed=True, after_skills=True)
    if info.topic is not None:
        return _fresh(info.topic, info, line)
    if _is_boilerplate(line.heading):  # "To apply, please send the following:" closes any section
        return _fresh("other", info, line)
    if not line.strong and context.topic in LEAD_IN_TOPICS and _lead_role(line.content) == "requirement":
        return _fresh("skills", info, line)  # "You should know the following:" over a list, in an "Our stack" section
    if _sibling(line, context):
        if info.priority == "nice":
            return _fresh("skills", info, line)
        sibling = replace(_fresh("other", info, line), unnamed=True, after_skills=context.topic == "skills")
        return replace(sibling, plain=context.plain)  # (still under the plain lead-in: its list decides alike)
    if context.topic == "skills":
        return _refine(context, info, line.heading)
    if info.priority == "nice" and context.topic not in NESTING_TOPICS:
        return _fresh("skills", info, line)
    if context.topic == "title":  # a heading no word list knows, right under the title: its list decides
        return replace(context, heading=line.heading, unnamed=True, plain=_unmarked(line))
    return replace(context, heading=line.heading)


def _inside_boilerplate(line: _Line, info: HeadingInfo, context: _Context) -> bool:
    """A heading below one that is boilerplate ("Interview process", "How to apply"): deeper in its Markdown
    levels, or a plain or emphasised line inside it."""
    if context.topic != "other" or not context.root or not _is_boilerplate(context.root):
        return False
    if info.topic == "skills" and len(line.heading.split()) <= NAMED_SECTION_WORDS:
        return False  # "Requirements:", "Nice to have" start their own section wherever they stand
    if line.level is None and line.content.rstrip().endswith("?"):
        return True  # a question to the applicant ("Do you have a current driver's licence?")
    return context.level is not None and (line.level is None or line.level > context.level)


NAMED_SECTION_WORDS = 3  # a requirements heading this short names its section ("Here's what we want to see" talks)


def _nested_skills(line: _Line, info: HeadingInfo, context: _Context) -> bool:
    """A requirements line over a list (no Markdown heading, no emphasis; or a Markdown heading deeper than the
    section's that leads its list as a sentence) inside a section whose heading set the priority."""
    return (
        context.topic == "skills"
        and context.priority is not None
        # (round 36) set by a heading over it, not by the plain line before, which this one follows as its sibling:
        # "In addition, you will have:" after "You should have experience with most of the following:" (nice) asks
        # as a requirements section does
        and not (context.level is None and context.priority_heading == context.heading)
        and info.topic == "skills"
        # (round 32) or a deeper Markdown heading: "### Preferred Technical Experience" over "#### We are seeking
        # individuals with the following experience, skills, and abilities:"
        and (_unmarked(line) or (_deeper(line, context) and _leads_a_list(line)))
    )


def _leads_a_list(line: _Line) -> bool:
    """A heading written as the sentence that leads its list ("We are seeking individuals with the following
    experience, skills, and abilities:"), not a section's name ("Requirements", "What you will need")."""
    said = _as_written(line)
    return said.endswith(":") and len(said.split()) >= HEADING_SENTENCE_WORDS


def _as_written(line: _Line) -> str:
    """A heading as written, its closing emphasis gone: "### Strong ... following:", "**We expect:**"."""
    return line.content.rstrip().rstrip("*_ ").rstrip()


def _deeper(line: _Line, context: _Context) -> bool:
    """A Markdown heading below the one that opened ``context`` ("####" under "###")."""
    return line.level is not None and context.level is not None and line.level > context.level


def _sibling(line: _Line, context: _Context) -> bool:
    """A Markdown heading at the level of the one that opened ``context``, or above it; or any Markdown heading
    after a section a plain line opened ("A few points before I dive into specifics:" holds no "### Architect")."""
    if line.level is None:
        return False
    return line.level <= context.level if context.level is not None else context.plain


def _heading_states_requirement(line: _Line, info: HeadingInfo) -> bool:
    """A heading written as the sentence that leads a list of requirements ("Strong candidates will have
    experience with, or a desire to learn, some of the following:"): skills, whatever word of another topic
    ("experience") it holds. A short heading ("Experience", "Required experience") is named by its words."""
    said = _as_written(line)
    return (
        info.topic in (None, "experience")
        # (or, without the colon, a sentence that points at the list: "*Experience with these technologies a plus*")
        and (said.endswith(":") or _POINTS_TO_LIST.search(normalise(line.heading)) is not None)
        and len(said.split()) >= HEADING_SENTENCE_WORDS
        and _lead_role(line.heading + ":") == "requirement"
    )


HEADING_SENTENCE_WORDS = 6  # words from which a heading ending in ":" reads as a sentence


def _lists_requirements(items: list[_Item], *, after_skills: bool = False) -> bool:
    """Whether the list of a section under an unknown heading states requirements: at least two bullets and
    most of them saying they are one ("You have ...", "Experience with ...", "Capacité à ..."). After a
    requirements section (``after_skills``: "### Leadership" after "### Technology expertise") a bullet that
    describes the reader in the present ("You lead with empathy", "You can give feedback") counts too."""
    bullets = [_plain(item.text) for item in items if item.bullet]
    stated = sum(
        1
        for text in bullets
        if _is_requirement(text)
        or _REQUIREMENT_OPENING.match(text)
        or in_chinese(_CJK_ASKS, text)  # "3年以上Python开发经验", "Dockerの利用経験"
        or (after_skills and _DESCRIBES_READER.match(text) and not _is_boilerplate(text))
    )
    return len(bullets) >= 2 and stated * 2 > len(bullets)


def _each_asks_something(items: list[_Item]) -> bool:
    bullets = [item for item in items if item.bullet]
    return bool(bullets) and all(_asks_something(item) for item in bullets)


def _asks_something(item: _Item) -> bool:
    """Whether an item of a list that holds duties and requirements together asks something of the reader: it says
    so ("5+ years of Python", "Experience with Kafka", "精通React"), or it only names a skill ("Python", "Kubernetes,
    Helm"); "Build and run our payment APIs", "负责后端服务的开发" are duties."""
    text = _plain(item.text)
    if _is_requirement(text) or _REQUIREMENT_OPENING.match(text) or in_chinese(_CJK_ASKS, text):
        return True
    if has_chinese(text):
        return False
    words = text.split()
    names_a_skill = classify_kind(text) is not None
    if len(words) <= NAMED_SKILL_WORDS and names_a_skill:
        return True
    # a longer item that names a skill or a qualification asks for it ("Go or Python for tooling", "Degree in CS"),
    # unless it opens with what the person will do ("Build and run our payment APIs")
    if words and words[0].lower().strip(",:") in lexicon.DUTY_VERBS:
        return False
    return names_a_skill or _DEGREE.search(normalise(text)) is not None


DUTY_LIST_LEAST = 3  # bullets a list needs before its voice alone says it lists duties
DUTY_ITEM_LEAST_WORDS = 10  # ...and words each duty says after its label (a duty names its object and purpose)
# a lead-in that asks with a modal ("You should be able to:", "Candidates must:", "What you'll need"): the
# imperatives after it are asks
_ASKS_WITH_A_MODAL = re.compile(
    r"\b(?:should|must|can|could|will|need|needs|able|expect|expected)\b|'ll\b", re.IGNORECASE
)
# a bullet's short label before what it says ("Team Leadership: Lead and guide …")
_ITEM_LABEL = re.compile(r"^[^:.;!?]{1,60}:\s+")


def _lists_duties(items: list[_Item]) -> bool:
    """Whether a list says what the person will do, each bullet a label and a duty: "Team Leadership: Lead and guide
    cross-functional teams", "Risk Management: Proactively identify risks" (a label, then a capitalised duty verb,
    an adverb in -ly allowed before it, ``DUTY_ITEM_LEAST_WORDS`` words at least after the label);
    ``DUTY_LIST_LEAST`` bullets at least, none saying it is a requirement, and nothing but the bullets (imperatives
    without labels, "Design and document REST APIs", or short ones under labels, "Python: Write idiomatic Python",
    are asks said that way; the caller leaves a list under a lead-in that asks with a modal or a nice heading)."""
    if len(items) < DUTY_LIST_LEAST or not all(item.bullet for item in items):
        return False
    for item in items:
        text = _plain(item.text)
        if (label := _ITEM_LABEL.match(text)) is None:
            return False
        said = text[label.end() :]
        if not said[:1].isupper():
            return False
        words = said.split()
        if len(words) < DUTY_ITEM_LEAST_WORDS:
            return False  # ("Python: Write idiomatic Python": an ask said as an imperative under its label)
        verb = words[1] if len(words) > 1 and is_adverb(words[0]) else words[0]
        if verb.lower().strip(",:") not in lexicon.DUTY_VERBS:
            return False
        if _is_requirement(text) or _REQUIREMENT_OPENING.match(text):
            return False
    return True


NAMED_SKILL_WORDS = 3  # an item this short that names a skill ("Python", "Kubernetes, Helm") asks for it
_DEGREE = word_list(lexicon.DEGREES)
_CJK_ASKS = re.compile(lexicon.CJK_REQUIREMENT_CUES)


# "You lead ...", "You can ...", "Du arbeitest ...", "Vous savez ...": not "You will ...", "You'll get ..."
_DESCRIBES_READER = re.compile(
    r"^(?:you|du|vous|tu)\s+(?!will\b|would\b|may\b|might\b|get\b|receive\b|enjoy\b|wirst\b|serez\b|allez\b)"
    r"[^\W\d_]+",
    re.IGNORECASE,
)


def _unmarked(line: _Line) -> bool:
    """A heading that is a plain line: no Markdown heading mark, no emphasis."""
    return line.level is None and not line.strong


def _nested_experience(line: _Line, info: HeadingInfo) -> bool:
    """A line like "Experience:" or "Professional experience with Linux administration:" (no Markdown heading,
    no emphasis): inside a requirements section it says what follows, it does not end the section."""
    return info.topic == "experience" and _unmarked(line)


def _requirement_lead_in(context: _Context, line: _Line) -> bool:
    """In a requirements section, a lead-in line that is itself a requirement ("Professional experience with
    Linux system administration:" over the list of what it covers): read as a paragraph, which counts."""
    return (
        context.topic == "skills"
        and _nested_experience(line, info := classify_heading(line.heading))
        and info.priority is None
        and _is_requirement(line.heading)
        and not _GENERIC_LEAD_OBJECT.search(normalise(line.heading))
    )


# "Experience with the following:", "Experience in some of these:" - the list says what; the lead-in says nothing
_GENERIC_LEAD_OBJECT = re.compile(
    r"\b(?:the following|following|these|those|below|some of|any of|one or more of|at least (?:one|two|some) of"
    r"|several of|many of|most of)\W*$"
)


def _fresh(topic: Topic, info: HeadingInfo, line: _Line) -> _Context:
    return _Context(
        topic=topic,
        heading=line.heading,
        root=line.heading,
        level=line.level,
        priority=info.priority,
        priority_heading=line.heading if info.priority else "",
        kind=info.kind,
        kind_heading=line.heading if info.kind else "",
        mixed=info.mixed,
    )


def _refine(context: _Context, info: HeadingInfo, heading: str) -> _Context:
    """A sub-heading of a skills section; a new priority starts a new list: it resets the kind."""
    context = replace(context, heading=heading)
    if info.priority:
        context = replace(context, priority=info.priority, priority_heading=heading, kind=None, kind_heading="")
    if info.kind:
        context = replace(context, kind=info.kind, kind_heading=heading)
    return context


def _section(context: _Context, line: int) -> Section:
    return Section(
        heading=context.heading,
        line=line,
        kind=_section_kind(context),
        produces_skills=context.topic == "skills",
        parent=context.root if context.root != context.heading else None,
        priority=context.priority if context.topic == "skills" else None,
        skill_kind=context.kind if context.topic == "skills" else None,
    )


def _section_kind(context: _Context) -> SectionKind:
    if context.topic != "skills":
        return context.topic
    if context.kind:
        return "hard_skills" if context.kind == "hard" else "soft_skills"
    return "nice_to_have" if context.priority == "nice" else "skills"


# --- walking the posting ----------------------------------------------------------------


@dataclass(eq=False, slots=True)  # identity: the same text may stand twice
class _Item:
    line: int
    parts: list[str]
    bullet: bool
    marker: str = ""
    nice_note: str = ""  # the next sentence, when it only says this one is a plus ("That's a bonus.")
    whole: str = ""  # the line the item is one of the items of (a line of tags)

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    @property
    def source(self) -> str:
        """The original text: the bullet's marker, then its lines joined (a tag: its whole line)."""
        if self.whole:
            return self.whole
        if not self.marker:
            return self.text
        return f"{self.marker}{self.text}" if self.marker[-1] in _CJK_MARK_ENDS else f"{self.marker} {self.text}"


# (round 29) what the experience a federal posting asks is: "Specialized experience for this role is defined as
# experience delivering ...", "Qualifying experience for this position means experience building ..."
_DEFINED_EXPERIENCE = re.compile(lexicon.EXPERIENCE_DEFINED_AS + r" (?:experience|work) (?:in )?[a-z]+ing\b")
# (round 29) a paragraph's sentence there that asks for the experience by its length ("You must have one full year of
# specialized experience …"; not "Current federal employees must have served 52 weeks at the GS-11 level", "You must
# meet time-in-grade requirements", "You must submit transcripts")
_ASKS_EXPERIENCE = re.compile(
    r"\b(?:one|two|three|four|five|a|\d+)\+?\s+(?:full(?:[- ]time)?\s+)?(?:years?|months)\b[^.;]{0,80}?\bexperience\b"
)
# (round 29) a federal posting's lead of the experience it lists, on a line of its own: "This includes experience:",
# "In addition to those at the GS-9 level, this includes experience:"
_EXPERIENCE_INCLUDES = re.compile(
    r"^(?:in addition to [^,]{1,60},\s*)?(?:this|it|which|such experience) (?:includes|may include|consists of"
    r"|covers|is) (?:experience|work)(?: (?:in|with))?\W*$"
)
# (round 35) a heading that says the experience under it is required: "Required experience", "Experience required"
# (not "Experience:", "Work experience": an Indeed-style list of years, read only when nothing else asks; nor "Minimum
# experience", a federal posting's, read with its grades below)
_EXPERIENCE_REQUIRED = re.compile(
    r"^(?:(?:required|preferred|desired|desirable|essential)\s+(?:work\s+|professional\s+|relevant\s+)?"
    r"experiences?|(?:work\s+|professional\s+|relevant\s+)?experiences?\s+"
    r"(?:required|needed|we (?:need|require|expect)))\W*$"
)
_NO_EXPERIENCE = re.compile(
    r"(?:none|n/a|-|no (?:prior |previous )?experience (?:is )?(?:required|needed|necessary))\W*$"
)
# a heading over the experience a posting asks for ("Experience:", "Work experience", "Experience required"), not
# "The Acme Experience", "Candidate experience", "What you'll experience"
_GRADE = r"g[sg][- ]?\d+(?:\s*/\s*\d+)*"  # a US federal grade: "GS-11", "GS-11/12", "GG-13"
_EXPERIENCE_ASKED = re.compile(
    rf"^(?:{_GRADE}\s+)?(?:(?:work|professional|relevant|required|minimum|preferred|your|previous|prior|specialized"
    r"|specialised|specific|qualifying)\s+)?(?:experiences?|erfahrung|berufserfahrung|expérience|experiencia"
    r"|experiência|ervaring|werkervaring)"
    # (a federal posting's grades: "Specialized experience for GS-9", "(GS-12)", ": GS-12", "at the GS-11 level")
    rf"(?:\s+(?:required|requirements|and (?:skills|qualifications)|needed|(?:for|at) (?:the )?{_GRADE}(?: level)?))?"
    rf"(?:\s*(?:\(|:|-|–)\s*{_GRADE}\)?)?\W*$"
)


# (round 36) an experience heading that is the word alone, and a list item that gives a skill its years
_EXPERIENCE_ALONE = re.compile(
    r"^(?:work\s+|professional\s+|relevant\s+)?(?:experiences?|erfahrung|berufserfahrung|expérience|experiencia"
    r"|experiência|ervaring|werkervaring)\W*$"
)


def _asks_as_experience(text: str) -> bool:
    """(Round 36) Whether an item of an "Experience" list asks what the person has done: it opens as a qualification
    ("Familiarity with …"), with a practice in -ing ("Building pipelines") or with its years or track record, or it
    reads as a requirement and names a skill; not a list of years per skill ("Python: 3 years"), a fact about the
    company ("Founded in 2009"), a line of a résumé ("Senior Engineer, Acme (2019 – present)") or a perk."""
    written = _plain(text)
    said = normalise(written)
    if _YEARS_OF_A_SKILL.match(said) or _DATES_OF_A_JOB.search(said) or _is_boilerplate(written):
        return False
    if _QUALIFICATION_OPENING.match(written) or _DOING.match(said) or _DONE_BEFORE.match(said):
        # "Familiarity with event sourcing", "Building pipelines", "At least three years running an on-call rotation",
        # "Track record of …": asks, whatever they name
        return True
    return (_is_requirement(written) or _asks_a_skill(written)) and _names_a_skill_itself(written)


# a line of a résumé: the years a job lasted ("(2015 – 2019)", "2019 - present")
_DATES_OF_A_JOB = re.compile(r"\b(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now|today|heute|aujourd'hui)\b")
# a practice said by its verb in -ing: "Building pipelines", "Working with Airflow"
_DOING = re.compile(
    r"(?!(?:nothing|something|everything|anything|funding|during)\b)[a-z]{3,}ing\b(?! (?:is|are|was|were)\b)"
)
# what the person has done, said by its years or its record: "Two years running meetups", "Track record of …"
_DONE_BEFORE = re.compile(
    r"(?:(?:at least|over|more than|some)\s+)?(?:\d+|one|two|three|four|five|six|several|many)\+?\s+years?\b"
    r"|(?:an?\s+)?(?:(?:proven|strong|demonstrated|solid|good)\s+)?track record\b|involvement\b"
)
_YEARS_OF_A_SKILL = re.compile(
    r"^[^:]{1,60}:\s*(?:\d+|one|two|three|four|five)\+?\s*(?:years?|yrs?|jahre?|ans?|años?)\b"
)


# (round 28) a posting's header field stating the experience asked: "**Experience**: 4+ years.", "Years of
# experience: 5+", "Experience required: 3-5 years" (the label and its value on one line, among other fields)
_EXPERIENCE_FIELD = re.compile(
    # (each gap one run of blanks, each optional piece opening with its own character: no run of spaces is tried two
    # ways; the field is the whole of its line or of its piece, ``_field_pieces``: "Our experience: 12 years of
    # uptime" and "Customer experience: 5 years of NPS data" are no such field)
    r"[*_]{0,2}(?:(?:required|minimum|professional|work)[ \t]+)?(?:years[ \t]+of[ \t]+)?experience"
    r"(?:[ \t]+(?:required|level))?[*_]{0,2}[ \t]*:[ \t]*(?:[*_]{1,2}[ \t]*)?"
    r"(?P<years>\d{1,2}[ \t]*(?:\+[ \t]*)?(?:(?:-|–|to)[ \t]*\d{1,2}[ \t]*(?:\+[ \t]*)?)?(?:years?|yrs?)\b\+?)"
    r"(?:[*_]{1,2})?[ \t]*(?P<wish>\(?(?:preferred|desired|a plus|nice[ \t]+to[ \t]+have|ideally)\)?[ \t]*)?[.;]?",
    re.IGNORECASE,
)


def _field_pieces(line: str) -> list[str]:
    """The fields of a header line: apart by "|", "·", "•", a tab, ", " before a capitalised label, or a blank before a
    label in bold ("**Location**: Remote | **Experience**: 4+ years", "Location: Remote, Experience: 5+ years",
    "**Experience:** 5+ years **Level:** Senior")."""
    line = line.replace("\t", "|").replace("·", "|").replace("•", "|")
    return [piece.strip() for part in line.split("|") for piece in _FIELD_BREAK.split(part) if piece.strip()]


_FIELD_BREAK = re.compile(r",[ ](?=[A-Z][\w ]{0,20}:)|(?<=\S)[ ](?=\*\*[^*\n]{1,30}\*\*)")
# the sections whose lines may be such fields: the title's (a header under it), any section of no requirements, and a
# description of the role ("About the role" over "... Experience: 4+ years")
FIELD_TOPICS: frozenset[Topic] = frozenset({"title", "other", "responsibilities"})


def _experience_fields(items: list[_Item], context: _Context) -> list[SkillRequirement]:
    """The requirements the header fields among ``items`` state (``_EXPERIENCE_FIELD``): each named as the years
    of work experience it asks, its source the field; nice when the field says so ("Experience: 2-3 years
    preferred"). One per field said (a field repeated is asked once)."""
    asked = replace(context, topic="skills", priority=None, kind=None, kind_heading="")
    found: dict[str, SkillRequirement] = {}
    for item in items:
        if (item.bullet and not item.whole) or "XPERIENCE" not in item.text.upper():
            continue  # (a tag of a header line is one of its fields: "**Location:** Remote · **Experience:** 5+ years")
        for line_offset, line in enumerate(item.parts):
            for piece in _field_pieces(line):
                if (field_match := _EXPERIENCE_FIELD.fullmatch(piece)) is None or piece in found:
                    continue
                said = f"{field_match['years']} of work experience" + (" preferred" if field_match["wish"] else "")
                found[piece] = _skill(_Item(item.line + line_offset, [piece], bullet=False), said, asked)
    return list(found.values())


# a paragraph that opens by picturing the person sought: "We think you are an experienced engineering leader ..."
_PICTURES_PERSON = re.compile(rf"\b{lexicon.PICTURES_PERSON}")


def _prose_sentences(items: list[_Item]) -> Iterator[tuple[_Item, bool]]:
    """The sentences of ``items``, each with whether it goes on picturing the person sought: in a paragraph whose
    first sentence pictures that person, a sentence about the reader that states a requirement or a quality ("You
    earn trust through technical depth, communicate with clarity", "You thrive in ..."), not a fact of the job
    ("You report to the CTO")."""
    for item in items:
        sentences = _sentences(item)
        if len(sentences) > 1 and _is_hook(sentences[0].text, sentences[1].text):
            sentences = sentences[1:]
        opening = sentences[0].text if sentences else ""
        # ("you" first: most paragraphs say nothing to the reader, and need no closer look)
        pictures = "you" in opening.lower() and _PICTURES_PERSON.search(normalise(opening)) is not None
        for index, sentence in enumerate(sentences):
            yield sentence, pictures and index > 0 and _goes_on_picturing(sentence.text)


def _question_checklist(items: list[_Item]) -> frozenset[str]:
    """The questions of a list that asks the reader only questions, one of them a requirement (round 33), that ask
    whether the reader is keen to do something that names a skill: in "Do you have experience of C++ ...?" / "Would
    you also be keen to teach others about research computing?", the second is a requirement too (a checklist to
    select oneself by). Not a wish the job fulfils ("Do you want to change how people bank?", "Would you like to work
    from anywhere?": the posting's hook or its perks), nor such a question in a list that asks for nothing."""
    bullets = [_plain(item.text) for item in items if item.bullet]
    if len(bullets) < 2 or not all(_ASKS_THE_READER.match(text) for text in bullets):
        return frozenset()
    if not any(_is_requirement(text) for text in bullets):
        return frozenset()
    keen = ((text, _KEEN_TO.match(normalise(text))) for text in bullets)
    return frozenset(
        text
        for text, wish in keen
        if wish and classify_kind(text[wish.end() :]) is not None and not _is_boilerplate(text)
    )


# a question to the reader, about them: "Do you have ...?", "Would you also be keen to ...?", "Are you ...?"
_ASKS_THE_READER = re.compile(r"(?:do|would|are|have|can|could|will|did) you\b[^?]*\?\W*$", re.IGNORECASE)
# whether the reader is keen to do something: "Would you also be keen for the opportunity to teach ..." (not "Do you
# want to ...", "Would you like to ...": what the job offers)
_KEEN_TO = re.compile(
    r"(?:do|would|are) you (?:also )?(?:be )?(?:keen|willing|happy|eager)"
    r" (?:(?:for|in) the (?:opportunity|chance) )?to ",
    re.IGNORECASE,
)


def _is_hook(first: str, second: str) -> bool:
    """A question that opens a paragraph to draw the reader in, answered by the company's search: "Are you passionate
    about open science? The Acme Research Lab is looking for a colleague who will ..." asks the
    reader nothing the loop assesses (what the role needs is said below). Not a question that names a technical
    skill ("Do you have deep experience with Kafka? We are looking for ..." asks for Kafka)."""
    if not first.rstrip().endswith("?") or _RECRUITING_SENTENCE.match(_plain(second)) is None:
        return False
    kind = classify_kind(first)
    return kind is None or kind[0] == "soft"


# the company saying whom it seeks: "We are looking for", "The Freiburg Galaxy Team is seeking", "Acme is hiring"
_RECRUITING_SENTENCE = re.compile(
    # (the company, not the reader: "You are looking for a role where you can grow" is no search)
    r"^(?!you\b)(?:we|(?:the |our )?[\w&.'’-]+(?: [\w&.'’-]+){0,5}?)(?:'re| are| is)? (?:currently |now )?"
    r"(?:looking for|seeking|searching for|hiring|recruiting)\b",
    re.IGNORECASE,
)


def _goes_on_picturing(text: str) -> bool:
    if _DESCRIBES_READER.match(_plain(text)) is None or _is_boilerplate(text):
        return False
    kind = classify_kind(text)
    return _is_requirement(text) or (kind is not None and kind[0] == "soft")


@dataclass
class _Builder:
    """Walks resolved lines, tracking the section context and collecting items."""

    title_line: int | None
    context: _Context = field(default_factory=lambda: _Context(topic="other"))
    sections: list[Section] = field(default_factory=list)
    skills: list[SkillRequirement] = field(default_factory=list)
    prose: list[SkillRequirement] = field(default_factory=list)  # requirement sentences outside skills sections
    # sentences of prose that invite the reader to apply ("We'd love to hear from you if you enjoy Rust"): asks only
    # when no section lists requirements
    invited: list[SkillRequirement] = field(default_factory=list)
    loose: list[SkillRequirement] = field(default_factory=list)  # sentences naming a skill: the last resort
    # lists under a technology heading ("Core technologies", "Tech stack") outside requirement sections:
    # the requirements of a posting that has no requirements section
    stack: list[SkillRequirement] = field(default_factory=list)
    # the items of an "Experience:" section ("Help desk: 2 years (Required)"), read as requirements when no section
    # states any (only then: most postings have a requirements section, and reading these would be wasted)
    experience: list[tuple[_Item, _Context]] = field(default_factory=list)
    experience_said: set[str] = field(default_factory=set)  # the words of the paragraphs' sentences read there
    responsibilities: list[str] = field(default_factory=list)
    salaries: list[tuple[SalaryRange, bool]] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    item_open: bool = False
    led_from: _Context | None = None  # the context around a plain duties lead-in line (see ``feed``)
    seen: dict[tuple[str, str, _Context, str | None], list[SkillRequirement]] = field(default_factory=dict)
    salary_possible: bool = True  # False: no line names a currency (``_may_state_salary``), none is read for a salary
    most: int | None = None  # stop past this many skills that will surely be kept (see ``parse_job_description``)
    counted: int = 0  # how many of ``skills`` ``_count`` has looked at
    counted_prose: int = 0  # and of ``prose``
    counted_names: set[tuple[str, str]] = field(default_factory=set)  # (``_first_of_its_name``)
    line_number: int = 0  # the number of the line fed last
    kept: int = 0  # how many of those will be kept whatever follows
    # (round 25) the requirements of lists led by a polite wish alone ("it would be great if you:"), by id (held, so
    # that no id is reused), and how many requirements the posting asks in plainer words (``_wishes_as_asks``)
    wished: dict[int, SkillRequirement] = field(default_factory=dict)
    plain_asks: int = 0
    # (round 31) the opening context whose paragraph announced what the job offers ("… tell you openly what is
    # expecting you"): its later paragraphs are the offers ("✅ You have direct contact with the clients"), not asks
    offering: _Context | None = None
    offered: list[SkillRequirement] = field(default_factory=list)

    def feed(self, line: _Line) -> None:
        self.line_number = line.number
        if line.number == self.title_line:
            self.title_line = None  # (the first piece only: a posting on one line gives all its pieces one number)
            title = _clean_title(line.content)
            self._start(_Context(topic="title", heading=title, root=title, level=line.level), line)
        elif line.kind == "heading" and _requirement_lead_in(self.context, line):
            # a requirement that leads its list in: read as a paragraph stating it (the colon would make it a lead)
            self._add_to_item(line._replace(kind="text", content=line.content.rstrip().rstrip(":").rstrip()))
        elif line.kind == "heading":
            self.finish()  # first: the section ending may turn out to be requirements, which the next one follows
            before = self.context
            self._start(_enter(self.context, line), line)
            # "You'll be working on things like:" (a plain line, no heading mark) leads in its list only
            self.led_from = before if self.context.topic == "responsibilities" and _plain_lead_in(line) else None
        elif line.kind == "blank":
            self.item_open = False
        else:
            self._add_to_item(line)
        if line.kind != "blank" and self.salary_possible:
            self._look_for_salary(line)

    def finish(self) -> None:
        if not self.items:  # (a heading right after another, or ``_start`` after ``feed`` finished: nothing to read)
            self.item_open = False
            return
        context = self.context
        if tagged := [item for item in self.items if item.bullet and _JA_TAGGED_ITEM.match(item.text)]:
            # "【必須】AWSでのインフラ構築経験" wherever it stands: its tag says it is a requirement and its priority
            # (the section's own priority and kind do not reach it)
            tagged_context = replace(context, topic="skills", priority=None, kind=None, kind_heading="")
            self.skills.extend(s for item in tagged for s in self._skills(item, tagged_context))
            self.items = [item for item in self.items if item not in tagged]
            if not self.items:
                self.item_open = False
                return
        if (
            context.topic == "skills"
            and context.priority != "nice"
            and not (context.mixed or context.plain or _ASKS_WITH_A_MODAL.search(context.heading))
            and _lists_duties(self.items)
        ):
            # (round 37) a requirements heading over a list of what the person will do, every bullet a label and a
            # duty ("Team Leadership: Lead and guide cross-functional teams, …"): duties, misplaced by the page
            self.responsibilities.extend(item.text for item in self.items)  # (nothing but its bullets)
            self.items, self.item_open = [], False
            return
        if context.mixed:  # "Responsibilities and Requirements": the duties listed there are no requirements
            duties = [item for item in self.items if not _asks_something(item)]
            if _names_duties(normalise(context.root)):  # (not the perks of "What we offer and what we need")
                self.responsibilities.extend(item.text for item in duties)
            self.items = [item for item in self.items if item not in duties]
            if not self.items:
                self.item_open = False
                return
        if (
            context.unnamed
            and not _names_the_stack(context.heading)
            and (
                _lists_requirements(self.items, after_skills=context.after_skills)
                # under a plain lead-in ("A few things we look for:" over "#### Backend"), a list of which every item
                # asks something ("4+ years with Python", "PostgreSQL query tuning")
                or (context.plain and _each_asks_something(self.items))
            )
        ):
            # "### Leadership" after "### Technology expertise", "### Nos attentes :" after the duties: their
            # bullets say they are requirements ("You have ...", "Connaissance des ...")
            context = self.context = replace(context, topic="skills", unnamed=False)
            self.sections[-1] = _section(context, self.sections[-1].line)
        if context.topic == "other" and context.root and _is_boilerplate(context.root):
            # "Sold? Apply now", "To apply, send us:": what to send is no requirement, said as a list or not,
            # but "If you have strong skills in PHP, send us your CV" states one on the way
            self.prose.extend(s for item in self.items for u in _sentences(item) for s in _apply_condition(u, context))
            self.items, self.item_open = [], False
            return
        led = _led_lists(self.items)
        # "There are no hard requirements ..." right after a list: that list is nice to have
        nice_list, disclaimer = _disclaimed(self.items)  # (the paragraph itself is no requirement)
        if context.topic == "skills":  # "You will be responsible for:" before a list: duties, even here
            self.responsibilities.extend(item.text for item, (role, _) in led.items() if role == "duty")
        elif context.topic in LEAD_IN_TOPICS:  # "You should know the following:" before a list: requirements
            conditions: set[int] = set()
            contexts: set[int] = set()  # leads whose lists say where the skills are used, not which
            for item, (role, lead) in led.items():
                if role == "requirement":
                    lead_context = _lead_context(context, lead)
                    if id(lead) not in conditions:  # "If you have the skills of an ops lead and, on top of that:"
                        conditions.add(id(lead))
                        stated = _lead_condition(lead, lead_context)
                        self.skills.extend(stated)
                        if stated and _lead_holds_contexts(lead.text):
                            contexts.add(id(lead))
                    if id(lead) in contexts:  # "... will provide X, Y and Z for:" a list of projects
                        continue
                    if item in nice_list:
                        lead_context = replace(lead_context, priority="nice", priority_heading=disclaimer.note)
                    self.skills.extend(s for s in self._skills(item, lead_context) if not _boilerplate_item(item))
        # the lists used above; the others are read as before
        wanted: LeadRole | None = (
            "duty" if context.topic == "skills" else "requirement" if context.topic in LEAD_IN_TOPICS else None
        )
        taken = {item for item, (role, _) in led.items() if role == wanted}
        # (and a lead-in of one sentence that only points at its list without a colon: "Experience with these
        # technologies a plus": the list holds what it asks for; with a colon, prose skips it anyway)
        taken |= {lead for role, lead in led.values() if role == wanted and _points_only(lead)}
        remaining = [item for item in self.items if item not in taken and item is not disclaimer.paragraph]
        # in a list, the paragraphs around it count only when they state a requirement, and then only their
        # sentences that do (a closing paragraph about the company holds one "if you're ..." at most)
        listed = any(i.bullet for i in remaining)
        # (in a requirements section, a paragraph of boilerplate gives the skills its sentences prefer: "Please share
        # this work in your resume. Active GitHub contributors will be looked at closer.")
        says = _states_a_requirement if context.topic == "skills" else _is_requirement
        items = [i for i in remaining if i.bullet or says(i.text)] if listed else remaining
        read_around: set[int] = set()  # (the paragraphs read as around a duties lead-in, below: not read again)
        if context.topic == "skills":
            for item, item_context in _paragraph_leads(items, context):
                if item in nice_list:
                    item_context = replace(item_context, priority="nice", priority_heading=disclaimer.note)
                units = _units(item, stated_only=listed)
                if listed and not item.bullet and _is_boilerplate(item.text):
                    units = [unit for unit in units if _preferred_in_passing(unit.text)]
                    # "If you have experience with embedded Linux too, get in touch with us!": the condition
                    self.skills.extend(s for u in _sentences(item) for s in _apply_condition(u, item_context))
                # (a paragraph that leads into lists: what it states before them is no list of asks of its own)
                leads = not item.bullet and item.text.rstrip().endswith(":")
                self.skills.extend(
                    s for u in units if not _boilerplate_item(u) for s in self._skills(u, item_context, asks=not leads)
                )
                self._count()
        elif context.topic == "responsibilities" and self.led_from is not None and (after := _after_the_list(items)):
            # the paragraphs after a duties lead-in's list are no longer its duties: read as around the lead-in
            self.responsibilities.extend(item.text for item in items[: len(items) - len(after)])
            outer = self.led_from if self.led_from.topic in PROSE_TOPICS else replace(self.led_from, topic="other")
            self.sections.append(_section(outer, after[0].line))  # the section around the lead-in goes on
            self._read_prose(outer, after)
            read_around = {id(item) for item in after}
        elif context.topic == "responsibilities":
            self.responsibilities.extend(item.text for item in items)
            # a bullet naming a quality, not a task ("Excellent communication skills (we work in the open ...)")
            qualities = [
                i
                for i in items
                if i.bullet and _QUALITY_BULLET.match(normalise(_plain(i.text))) and classify_kind(i.text) is not None
            ]
            self.skills.extend(s for item in qualities for s in self._skills(item, context, context.heading))
            # (round 25) a requirement glued onto a duty without a stop ("Ensure backups and firewalls Must understand
            # the security implications of configuration choices"): what it asks, the line its source
            for item in items:
                if item.bullet and (glued := _GLUED_MUST.search(item.text)) is not None:
                    asked = item.text[glued.end() :]
                    found = _stated(item, asked, replace(context, topic="skills"), context.heading, whole=False)
                    self.plain_asks += len(found)
                    self.skills.extend(found)
        if context.topic in FIELD_TOPICS:
            # (round 28) a header's field of the experience asked ("**Experience**: 4+ years." under the title): a
            # requirement, as the same years said in a list are
            self.skills.extend(_experience_fields(items, context))
        if context.topic == "experience" and _EXPERIENCE_REQUIRED.match(normalise(context.heading)):
            # (round 35) "Required experience:" beside "Required skills and traits:" asks as that one does: its
            # list and the sentences of its paragraphs that ask ("I am looking for someone who has experience
            # teaching", "You also need experience developing games") are requirements, whatever else the posting
            # lists (an "Experience:" section of another kind is read only when no section asks)
            required = replace(context, topic="skills")
            for item in remaining:
                if _NO_EXPERIENCE.match(normalise(_plain(item.text))):
                    continue  # "- None", "No experience required"
                units = [item] if item.bullet else [u for u in _sentences(item) if _is_requirement(u.text)]
                for unit in units:
                    self.skills.extend(self._skills(unit, required))
        elif context.topic == "experience" and (
            _EXPERIENCE_ASKED.match(heading := normalise(context.heading)) or _EXPERIENCE_INCLUDES.match(heading)
        ):
            listed_experience = replace(context, topic="skills")
            # (round 36) under a heading that is the word alone ("## Experience" beside "## Skills"), a list of what
            # the person has done ("Experience creating technical content", "Track record of steering volunteer
            # groups") asks as the skills section does; a list of years per skill ("Python: 3 years"), an
            # Indeed-style summary of the other sections, is read only when nothing else asks
            own_list = _EXPERIENCE_ALONE.match(normalise(context.heading)) is not None
            for item in remaining:
                if item.bullet and own_list and _asks_as_experience(item.text):
                    self.skills.extend(self._skills(item, listed_experience))
                    continue
                if item.bullet:
                    self.experience.append((item, listed_experience))
                    continue
                # (round 29) a paragraph's sentences that ask for the experience by its length ("You must have one
                # full year of specialized experience at the GS-11 level") or say what it is ("Specialized experience
                # for this role is defined as experience building data reports"), as federal postings write them
                for unit in _sentences(item):
                    if _DEFINED_EXPERIENCE.match(normalise(_plain(unit.text))):
                        # (its list's lead joined to it, "… engineering team. This includes experience:": the
                        # definition alone)
                        defined = _SENTENCE_END.split(unit.text, maxsplit=1)[0].rstrip(" .")
                        unit = _Item(unit.line, [defined], False)
                    elif not _is_requirement(unit.text) or not _ASKS_EXPERIENCE.search(normalise(unit.text)):
                        continue
                    words = " ".join(_WORDS_AND_NUMBERS.findall(normalise(_plain(unit.text))))
                    if words not in self.experience_said:  # (each grade's section may say it again: asked once)
                        self.experience_said.add(words)
                        self.experience.append((unit, listed_experience))
        if context.topic in STACK_TOPICS and context.heading and classify_heading(context.heading).kind == "hard":
            stack = replace(context, topic="skills", root=context.heading, kind="hard", kind_heading=context.heading)
            # (not a perk listed there: "Full Remote Flexibility: Work from anywhere.")
            self.stack.extend(
                s for item in items if item.bullet and not _boilerplate_item(item) for s in self._skills(item, stack)
            )
        if context.topic in PROSE_TOPICS and classify_heading(context.root).topic != "other":
            # (round 30: the paragraphs after a duties list, read above as the lead-in's section, once)
            self._read_prose(context, [item for item in remaining if id(item) not in read_around])
        elif context.topic == "other" and _DESCRIPTIVE_HEADING.search(normalise(context.root)):
            self._read_prose(context, remaining, plain_only=True)
        self.items, self.item_open = [], False
        self._count()

    def _count(self) -> None:
        """Stop (:class:`TooManySkills`) once more than ``most`` skills are sure to be kept: every skill of
        ``skills``, and of ``prose`` outside a duties section, reaches the result, and of those only a nice-to-have
        listed under a nice-to-have heading may be dropped later (``_without_nice_repeats``), and a skill said again
        under one name may be one requirement with the others (``_without_repeats``: each name is counted once)."""
        if self.most is None:
            return
        for skill in self.skills[self.counted :]:
            self.kept += (
                skill.priority == "must" or not skill.priority_reason.startswith("heading")
            ) and self._first_of_its_name(skill)
        for skill in self.prose[self.counted_prose :]:
            self.kept += (
                skill.section != "responsibilities"
                and (skill.priority == "must" or not skill.priority_reason.startswith("heading"))
                and self._first_of_its_name(skill)
            )
        self.counted, self.counted_prose = len(self.skills), len(self.prose)
        # (invitations count only without a requirements section; a page of more of them than that is no posting)
        if self.kept > self.most or len(self.invited) > self.most:
            # (the line of the latest skill: a section's items are read when it ends, past that line)
            latest = max(
                (skill.line for skill in (*self.skills[-1:], *self.prose[-1:], *self.invited[-1:])),
                default=self.line_number,
            )
            raise TooManySkills(self.most, line=latest)

    def _first_of_its_name(self, skill: SkillRequirement) -> bool:
        """Whether no skill of this name and kind was counted yet: ``_without_repeats`` may keep one of them for
        all, and which depends on the order of their lines, not of their reading (counting each name once counts
        no more than are kept; a page of one name said thousands of ways is read to its end, and the import refuses
        it then)."""
        key = (skill.name.casefold(), skill.kind)
        if key in self.counted_names:
            return False
        self.counted_names.add(key)
        return True

    def experience_skills(self) -> list[SkillRequirement]:
        """The requirements the experience sections list (see ``experience``)."""
        return [skill for item, context in self.experience for skill in self._skills(item, context)]

    def _read_prose(self, context: _Context, items: list[_Item], *, plain_only: bool = False) -> None:
        """Requirement sentences outside requirement sections; sentences naming a skill as a last resort.

        In a duties section they count only when nothing else is found, unless they say so plainly
        ("The ideal candidate will have ...": ``lexicon.STRONG_REQUIREMENT_CUES``); ``plain_only``: only those."""
        duties = context.topic == "responsibilities"
        checklist = _question_checklist(items) if not duties else frozenset()
        for sentence, goes_on_picturing in _prose_sentences(items):
            section = "responsibilities" if duties else context.heading
            if (
                context.topic == "title"
                and _OFFERS_AHEAD.search(sentence.text)
                and not _OFFERS_AND_ASKS.search(sentence.text)
                and not _is_requirement(sentence.text)  # ("Here is what awaits you: we need 5+ years of Go")
            ):
                self.offering = context
                continue
            # (what the opening goes on to say is what the job offers: dropped when the posting asks in a section or
            # list of its own, kept for a posting with no headings, whose every sentence is its opening)
            offered = self.offering is context
            read = self.offered if offered else self.prose
            if goes_on_picturing:  # "... You earn trust through technical depth, communicate with clarity ..."
                read.extend(self._skills(sentence, context, context.heading, asks=not offered))
                continue
            if plain_only:
                if _is_requirement(sentence.text) and _STRONG_CUES.search(normalise(sentence.text)):
                    read.extend(self._skills(sentence, context, section, asks=not offered))
                continue
            if _is_requirement(sentence.text) or (sentence.bullet and _plain(sentence.text) in checklist):
                said = normalise(sentence.text)
                if not duties and _DUTY_SENTENCE.search(said) and not _STRONG_CUES.search(said):
                    continue  # what the person will do ("For most projects you should make a research ...")
                if not duties and _talk_names_nothing(sentence.text, said):
                    continue  # "We're here to answer any questions you have": talk to the reader, naming nothing
                target = self.invited if _INVITATION.search(said) else read
                if duties and _STRONG_CUES.search(said):
                    section = context.heading
            elif section != "responsibilities" and _names_a_skill(sentence.text):
                target = self.loose
            else:
                continue
            target.extend(self._skills(sentence, context, section, asks=target is not self.offered))
            self._count()

    def _skills(
        self, item: _Item, context: _Context, section: str | None = None, *, asks: bool = True
    ) -> list[SkillRequirement]:
        """:func:`_skills`, read once per distinct text and context: a posting that repeats a requirement
        (a careers page pasted twice, the same list under two roles) costs no more than one that does not.
        ``asks``: its must-haves count as asked in plain words (``plain_asks``); not a lead-in paragraph's."""
        if item.nice_note:  # "That would be a plus." after it
            context = replace(context, priority="nice", priority_heading=item.nice_note)
        key = (item.source, item.text, context, section)  # (a tag: its whole line and its text)
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = _skills(item, context, section)
        else:
            found = [SkillRequirement(**{**skill.__dict__, "line": item.line}) for skill in found]
        if context.priority == "nice" and _asks_politely(context.priority_heading):
            self.wished.update((id(skill), skill) for skill in found)
        elif asks:
            self.plain_asks += sum(skill.priority == "must" for skill in found)
        return found

    def _start(self, context: _Context, line: _Line) -> None:
        self.finish()
        self.context = context
        self.sections.append(_section(context, line.number))

    def _add_to_item(self, line: _Line) -> None:
        current = self.items[-1] if self.items and self.item_open else None
        joins = current is not None and (
            (current.bullet and not _starts_a_paragraph(current, line)) or _joins_paragraph(current, line)
        )
        if line.kind == "text" and current is not None and joins:
            current.parts.append(line.content)
        else:
            self.items.append(_Item(line.number, [line.content], line.kind == "bullet", line.marker, whole=line.whole))
        self.item_open = True

    def _look_for_salary(self, line: _Line) -> None:
        salary = find_salary(line.content, line.number)
        if salary is not None:
            # "Learning budget: $1,000 - $2,000" under Benefits is not the salary.
            plausible = self.context.topic != "benefits" or bool(_SALARY_WORDS.search(line.content))
            self.salaries.append((salary, plausible))


def _names_the_stack(label: str | None) -> bool:
    """(Round 38) A lead-in that names the team's stack ("Tech Stack:", "Our stack:" over "- Backend: Java, REST
    APIs"): what the team uses, read as asked only when the posting asks nothing else (as under a heading so named),
    however much its items look like requirements."""
    if not label or _STACK_WORD.search(label) is None or _YOUR.match(label):
        return False  # ("Your stack:", "Your tech stack:": what the reader brings)
    info = classify_heading(label)
    return info.topic is None and info.kind == "hard"


_STACK_WORD = re.compile(r"\bstack\b", re.IGNORECASE)
_YOUR = re.compile(r"\W*your\b", re.IGNORECASE)


def _starts_a_paragraph(item: _Item, line: _Line) -> bool:
    """Whether the plain ``line`` right under the short list item ``item`` (no blank line between) is a paragraph
    of its own: a long sentence at the margin under an item of a few words ("* Oracle" / "Chas har utsetts till
    Europas bästa arbetsgivare av …"), not the wrapped rest of the item."""
    return (
        len(item.parts) == 1
        and len(item.parts[0].split()) <= SHORT_ITEM_WORDS
        and line.indent == 0
        and line.content[:1].isupper()
        and len(line.content.split()) >= PARAGRAPH_WORDS
        and not ends_mid_phrase(item.parts[0])
    )


SHORT_ITEM_WORDS = 3  # an item this short is whole ("Oracle", "HTML5, jQuery eller CSS")
PARAGRAPH_WORDS = 10  # a line this long under it is a paragraph of its own


_OFFERS_AHEAD = re.compile(lexicon.OFFERS_AHEAD, re.IGNORECASE)
_OFFERS_AND_ASKS = re.compile(lexicon.OFFERS_AND_ASKS, re.IGNORECASE)


def _plain_lead_in(line: _Line) -> bool:
    """A heading that is a plain line ending in ":" (no Markdown mark, no emphasis): it leads in the list below."""
    return _unmarked(line) and line.content.rstrip().endswith(":")


def _after_the_list(items: list[_Item]) -> list[_Item]:
    """The paragraphs after the first list of ``items`` (``[]`` when there is no list or nothing after it)."""
    first = next((i for i, item in enumerate(items) if item.bullet), None)
    if first is None:
        return []
    end = next((i for i in range(first, len(items)) if not items[i].bullet), len(items))
    return items[end:]


def _paragraph_leads(items: list[_Item], context: _Context) -> Iterator[tuple[_Item, _Context]]:
    """Each item with its context: after a paragraph that ends in ":" and says nice-to-have ("Knowledge of any
    of the following is a big plus:"), the paragraphs that follow are nice, as under a "Nice to have" heading
    (a posting without bullets writes its sub-headings as such sentences)."""
    current = context
    for item in items:
        if not item.bullet and item.text.rstrip().endswith(":"):
            # (the paragraph's own sentences before its lead are read in the context before it)
            yield item, context if _SENTENCE_END.search(item.text) else _lead_context(context, item)
            current = _lead_context(context, item)
            continue
        yield item, current


# a paragraph right after a list saying that nothing in it is required ("There are no hard requirements and
# we're more interested in your background", "None of these are strictly required"): the list is nice to have
_NOTHING_REQUIRED = re.compile(
    r"\b(?:there (?:are|is) no|we have no) (?:hard |strict |firm |formal |absolute )?requirements?\b"
    r"|\bnone of (?:these|this|the above|them|the (?:above|following) (?:\w+ )?)\s*(?:is|are)"
    r" (?:strictly |absolutely )?(?:required|mandatory|requirements?|a requirement|must[- ]haves?)\b"
    r"|\b(?:these|the above|they) (?:are|is) not (?:hard |strict |strictly |absolute )?"
    r"(?:requirements|required|mandatory|must[- ]haves)\b"
)


@dataclass(frozen=True)
class _Disclaimer:
    paragraph: _Item | None = None
    note: str = ""  # its text, cleaned: the reason its list is nice


_NO_DISCLAIMER = _Disclaimer()  # (immutable: one for every section without one, not one built for each)


def _disclaimed(items: list[_Item]) -> tuple[set[_Item], _Disclaimer]:
    """The bullets a paragraph right after them says are not required (``_NOTHING_REQUIRED``), and it."""
    for index, item in enumerate(items):
        if not item.bullet and index and items[index - 1].bullet and _NOTHING_REQUIRED.search(normalise(item.text)):
            start = index
            while start and items[start - 1].bullet:  # the list just before it, not an earlier one
                start -= 1
            return set(items[start:index]), _Disclaimer(item, _clean_heading(item.text))
    return set(), _NO_DISCLAIMER


LeadRole = Literal["duty", "requirement"]


def _led_lists(items: list[_Item]) -> dict[_Item, tuple[LeadRole, _Item]]:
    """The bullets whose lead-in (a paragraph ending in ":" just before them) says what they are."""
    led: dict[_Item, tuple[LeadRole, _Item]] = {}
    role: LeadRole | None = None
    lead: _Item | None = None
    judged = False  # a paragraph is judged only when a list follows it (most paragraphs lead nothing in)
    for item in items:
        if not item.bullet:
            lead, judged = item, False
        elif lead is not None:
            if not judged:
                role, judged = _lead_role(lead.text), True
            if role is not None:
                led[item] = (role, lead)
    return led


LEAD_SENTENCE_WORDS = 14  # "Here are some skills and attributes we look for." - a heading said as a sentence


def _lead_role(text: str) -> LeadRole | None:
    if not text.rstrip().endswith(":"):
        # a paragraph just before a list, one of whose short sentences names what a requirements heading
        # would ("Here are the skills and attributes we look for. We know nobody has all of them.")
        sentences = [normalise(_plain(s)) for s in _SENTENCE_END.split(text)]
        # its last sentence, which leads to the list, asks for what the list holds ("Experience with these
        # technologies a plus, but not strictly required", "Knowledge of the tools below is required")
        if _POINTS_TO_LIST.search(sentences[-1]) and _is_requirement(sentences[-1]):
            return "requirement"
        if any(
            len(s.split()) <= LEAD_SENTENCE_WORDS
            and not _DUTY_LEAD_IN.search(s)
            and not _is_boilerplate(s)
            and classify_heading(s).topic == "skills"
            for s in sentences
        ):
            return "requirement"
        return None
    last = normalise(_plain(_SENTENCE_END.split(text)[-1]))
    if _DUTY_LEAD_IN.search(last):
        return "duty"
    if _is_requirement(last):
        return "requirement"
    # "If you have the technical skills of an ops lead and, on top of that:" - what a requirements heading says
    # ("We are hiring talents (full-time or interns) with the following skills:": a remark in brackets aside)
    said = _without_parentheses(last)
    return "requirement" if classify_heading(last).topic == "skills" and not _is_boilerplate(said) else None


def _points_only(lead: _Item) -> bool:
    """A lead-in of one sentence, no colon, that points at the list under it ("Experience with these technologies a
    plus, but not strictly required")."""
    text = _plain(lead.text).rstrip()
    return not text.endswith(":") and len(_SENTENCE_END.split(text)) == 1 and _POINTS_TO_LIST.search(text) is not None


# the words by which a lead-in without a colon points at the list under it
_POINTS_TO_LIST = re.compile(
    # (after a label: "Our tools: Experience with these is a plus")
    r"^(?:[\w /&-]{1,30}:\s+)?(?:"
    # what it asks for is the list: "Experience with these technologies", "Knowing the tools below", "Familiarity with
    # any of the following"
    r"(?:(?:some|any|prior|previous|hands-on|practical)\s+)?(?:experience|knowledge|familiarity|proficiency|expertise"
    r"|skills?|exposure|knowing|using|having used)(?:\s+(?:with|in|of|using|on))?(?:\s+(?:any|some|all|most|one"
    r"|several)\s+of)?\s+(?:these|those|the following|the\s+(?:[\w-]+\s+){0,2}(?:below|listed(?:\s+(?:here|below))?))\b"
    # or the list is the subject: "These are a plus", "The tools below are required" (not "These days ...")
    r"|(?:these(?!\s+days\b)|the following|the\s+(?:[\w-]+\s+){0,2}(?:below|listed))\s+(?:[\w-]+\s+){0,3}"
    r"(?:is|are|would be|will be|helps?)\b)",
    re.IGNORECASE,
)


# "If you have the technical skills of an ops lead (…) and, on top of that:": the condition is a requirement too
_CONDITION_LEAD = re.compile(
    r"^(?:if|si|wenn|falls) (?:you have|you are|you're|tu as|tu es|vous avez|vous êtes|du hast|du bist|sie haben"
    r"|tienes|tenés|eres|sos) (?P<condition>.{3,200}?)"
    r"(?:,?\s+(?:and|et|und|y)\b[^:]{0,40}(?:on top of that|in addition|also|en plus|qu['’]en plus|außerdem"
    r"|zusätzlich|además)[^:]{0,20})?\s*:$",
    re.IGNORECASE,
)


def _lead_condition(lead: _Item, context: _Context) -> list[SkillRequirement]:
    sentence = _plain(_SENTENCE_END.split(lead.text)[-1])
    match = _CONDITION_LEAD.match(sentence)
    if match is None:
        return _lead_statement(lead, sentence, context)
    if match["condition"].rstrip().endswith(":") or _is_boilerplate(sentence):
        return []
    condition = _without_parentheses(match["condition"]).strip(" ,")
    if len(condition.split()) < 2:
        return []
    return [_skill(lead, condition, context, part=condition)]


def _lead_statement(lead: _Item, sentence: str, context: _Context) -> list[SkillRequirement]:
    """A lead-in that states a requirement of its own before its list ("The successful candidate will have
    exceptional DevOps skills in the current technology stack:"): one more requirement, unless all it names is
    what the list holds ("You will need the following skills:", "Experience with one of these languages:")."""
    statement = sentence.rstrip().removesuffix(":").rstrip()
    if not _is_requirement(normalise(statement)) or _is_boilerplate(statement):
        return []
    # "In this role the successful candidate will provide X, Y and Z for:": what follows the cue, without the
    # preposition that leads to the list
    if (who := _WHO_WILL.search(statement)) is not None:
        statement = statement[who.end() :]
    statement = _TRAILING_PREPOSITION.sub("", statement)
    if _POINTS_TO_LIST.match(statement):
        return []  # "Experience with the tools below helps", "Our tools: Experience with these is a plus": the list
    name = short_name(statement)
    named = [w for w in _WORD_RE.findall(name) if w.casefold() not in lexicon.GENERIC_LEAD_WORDS]
    # it names a skill: a word of the word lists, or a technology's name ("DevOps", "AWS")
    if not named or (classify_kind(name) is None and not any(_NAMED_TECH.match(w) for w in named)):
        return []
    return _stated(lead, statement, context, None, whole=False)


def _lead_holds_contexts(lead: str) -> bool:
    """Whether a list's lead-in says what its skills are used for ("... will provide X, Y and Z for:"): its items
    are the projects or areas, not skills."""
    return _FOR_LEAD.search(_plain(lead)) is not None


_WHO_WILL = re.compile(
    r"\b(?:(?:the|our)\s+)?(?:successful|ideal|right|qualified)\s+(?:candidates?|applicants?|persons?|people|hires?)"
    r"\s+(?:will|should|must|would)\s+(?:also\s+)?(?:have|provide|bring|possess|offer|demonstrate|show)\s+",
    re.IGNORECASE,
)
_TRAILING_PREPOSITION = re.compile(r"(?<!\s)\s+(?:for|in|on|across|with|to|within|at)$", re.IGNORECASE)
_FOR_LEAD = re.compile(r"\s(?:for|pour|für|para)\s*:\s*$", re.IGNORECASE)


# a sentence that says what something named is or does: "Zarr is a community developed data format", "Both Xarray
# and Zarr are built to integrate with ..."; not "Python is a must", "Rust is a bonus", "SQL is an asset" (which the
# requirement and nice-to-have cues find)
_DEFINITION = re.compile(
    r"^(?:[Bb]oth\s+)?[A-Z][\w.+#-]*(?:\s+(?:and|&)\s+[A-Z][\w.+#-]*)?\s+(?:is|are)\s+(?:the|a|an|our|built|designed"
    r"|used|developed|written|maintained)\s"
)
_WORD_RE = re.compile(r"[^\W\d_][\w+#.-]*")
_NAMED_TECH = re.compile(r"\w+[A-Z]|[A-Z]{2,}")  # a capital after the first letter: "DevOps", "GitLab", "AWS"


# "If you have strong skills in PHP send us an email", "Wenn du Erfahrung mit Go hast, bewirb dich": how to
# apply, on the condition of a requirement
_CONDITION_APPLY = re.compile(
    r"^(?:if|si|wenn|falls) (?:you have|you've got|tienes|tenés|vous avez|tu as|du|sie) "
    r"(?P<condition>[^,.;:!?]{3,150}?)"
    r"(?:,|\s+(?:hast|haben|then|dann|alors|entonces)\b|\s+(?=(?:send|e-?mail|write|apply|get in touch|drop us|contact"
    r"|reach out|envía|escríbe|postul|écri|bewirb|schreib|meld)))",
    re.IGNORECASE,
)


# "If you have any questions, email us", "If you have what it takes, apply": a condition that names no skill
_NO_SKILL_CONDITION = re.compile(
    r"^(?:any |some |further |more )?(?:questions?|queries|doubts?|what it takes|a disability|(?:the|these) "
    r"(?:skills|qualifications|experience|requirements)(?: (?:we|you|listed|above|below)\b.*)?$)",
    re.IGNORECASE,
)


def _apply_condition(sentence: _Item, context: _Context) -> list[SkillRequirement]:
    match = _CONDITION_APPLY.match(_plain(sentence.text))
    if match is None or len(match["condition"].split()) < 2 or _is_boilerplate(match["condition"]):
        return []
    condition = match["condition"].strip()
    if _NO_SKILL_CONDITION.match(condition) or not (
        classify_kind(condition) is not None or _REQUIREMENT_CUES.search(normalise(condition))
    ):
        return []
    skills_context = _Context(topic="skills", heading=context.heading, root=context.root)
    return [_skill(sentence, condition, skills_context, part=condition)]


def _lead_context(context: _Context, lead: _Item) -> _Context:
    """The context a requirement lead-in gives its list: nice-to-have when its last sentence, the one that leads to
    the list, says so ("Bonus if you know:"; "Python is required. Ideal candidates may demonstrate:")."""
    last = _SENTENCE_END.split(lead.text)[-1]
    if _says_nice(last, context) or (
        # the lead-in's other sentences when its last says nothing ("The following are nice to have but not
        # required. You should have:"), not when it says must ("Bonus points for Go. Required:")
        last != lead.text and not _HEADING_MUST.search(normalise(last)) and _says_nice(lead.text, context)
    ):
        return replace(context, priority="nice", priority_heading=_clean_heading(last))
    return context


def _says_nice(text: str, context: _Context) -> bool:
    """Whether a lead-in's words make its list nice to have: as an item's ("Bonus if you know:") or as a heading's
    ("... applicants will meet several or most of the following:")."""
    _, reason = _priority(text, context)
    return reason.startswith("text") or _HEADING_NICE.search(normalise(text)) is not None


def _sentences(item: _Item) -> list[_Item]:
    """A paragraph's sentences, each on the line where it starts (a bullet stays whole: one requirement)."""
    if item.bullet:
        return [item]
    text = item.text
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    ends = [*starts[1:], len(text)]
    part_starts = list(accumulate((len(p) + 1 for p in item.parts[:-1]), initial=0))
    sentences: list[_Item] = []
    for start, end in zip(starts, ends, strict=True):
        sentence = text[start:end].strip()
        if sentences and _ENUMERATES_THE_LAST.match(sentence):  # "... tools. These include X, Y and Z."
            sentences[-1].parts[0] += " " + sentence
        elif sentences and (_QUALIFIES_THE_LAST.match(sentence) or _WAIVES_THE_LAST.match(sentence)):
            sentences[-1].nice_note = sentence  # "Know Rust? That would be a plus.", "Don't let a lack of it stop you."
        elif sentence:
            line = item.line + bisect_right(part_starts, start) - 1
            sentences.append(_Item(line, [sentence], False))
    return sentences


# a sentence that lists what the one before it named ("Applicants should know some of the relevant tools.
# These include scientific software, programming, networking."): part of that sentence
_ENUMERATES_THE_LAST = re.compile(
    r"^(?:these|this|they|those) (?:include|includes|including|are|cover|covers|mean|means|could be|might be)\b"
    r"|^(?:examples|for example|for instance|e\.g\.|such as|including)\b"
    r"|^(?:ceux-ci|celles-ci|cela) (?:comprend|comprennent|inclut|incluent)\b|^(?:dazu gehören|dies sind)\b",
    re.IGNORECASE,
)


_WAIVES_THE_LAST = re.compile(lexicon.WAIVES_THE_LAST, re.IGNORECASE)


# a sentence that only says the one before it is nice to have: "Experience with React? That's a plus, not a must."
_QUALIFIES_THE_LAST = re.compile(
    r"^(?:then |dan |alors |dann |y )?(?:(?:that|this|it|dat|dit|het|das|dies|cela|ça|c'|eso|esto)\s*"
    r"(?:'s|'d be|is|would be|will be|ist|wäre|est|serait|es|sería|zou)?|(?:is|ist|wäre|est|es) (?:dat|dit|het|das"
    r"|dies|cela|eso|esto))\s*"
    r"(?:(?:also|really|definitely|ook|aussi|auch|también) )?(?:a |an |een |ein |un |une )?"
    r"(?:(?:big|huge|real|definite|great|nice|grand|groot) )?"
    r"(?:plus|bonus|pré|pluspunt|advantage|atout|vorteil|ventaja)"
    # nothing more, or only that it is not required: "..., maar het is geen vereiste", "..., not a must"
    r"\b(?:\s*[,;]?\s*(?:but|maar|mais|aber|pero|not|no|niet|geen|kein|pas)\b[^.!?]{0,50})?[.!]?$",
    re.IGNORECASE,
)


# a sentence saying what the person will do, not what they bring: "you should make a research", "You build code",
# "you are responsible for writing tests"; not "you should have", "you always learn", "you enjoy", nor what "you
# must" do ("You must own a car", "You must be ready to work weekends": conditions of the job)
_DUTY_SENTENCE = re.compile(
    r"\byou (?:(?:should|will|would|are expected to|are going to) )?(?:(?:always|also|typically|usually|often"
    r"|then) )?(?:make(?! sure)|build|plot|document|design|develop|implement|create|research|contribute|manage|run"
    r"|deploy|maintain|present|deliver|review|set aside|discuss|be responsible for|are responsible for)\b"
    # what "you will" do, said with a verb that asks nothing of the person, opening the sentence ("You will enhance
    # the university's capability ... and will collaborate closely with IT services"; not "you should collaborate
    # well", nor "You have hands-on experience with robots, and you will help our scientists")
    r"|^\W*you(?: will|'ll| are going to) (?:also )?(?:enhance|improve|support|work (?:on|within|closely|alongside)"
    r"|collaborate|lead|provide|join|help|ensure|drive|partner|shape|coordinate|organi[sz]e|teach|train)\b"
    # (round 30) the same said of the one hired: "The successful applicant will work with the existing team to manage
    # ..." (not "... will be able to balance ...", "... will have ...", nor a sentence that asks something besides:
    # "... will work closely with our data team, so strong SQL skills are needed", "... and will be fluent in Rust")
    r"|^\W*(?:the )?(?:successful|selected|chosen) (?:candidate|applicant|person|hire)s? will (?:also )?(?:work|join"
    r"|report|manage|lead|oversee|collaborate|maintain|build|develop|design|provide|ensure)\b"
    r"(?![^.;]*\b(?:will (?:be|have|bring)|bring|so|skills|knowledge|experience|fluent|familiar|proficient"
    r"|in (?:english|french|german|spanish))\b)"
    # (round 25) the same in Dutch, German, Swedish: "ben je verantwoordelijk voor", "bist du verantwortlich für",
    # "är du ansvarig för"
    r"|\b(?:ben|bent) (?:je|jij) verantwoordelijk voor|\b(?:je|jij) bent verantwoordelijk voor"
    r"|\b(?:bist du|du bist) (?:\w+ )?verantwortlich für|\b(?:är du|du är) ansvarig för|\b(?:er du|du er) ansvarlig for"
)


def _units(item: _Item, *, stated_only: bool = False) -> list[_Item]:
    """A paragraph in a requirements section: its sentences that state a requirement, with a cue or plainly
    ("Terraform and Ansible are your everyday tools.", "Strong Linux fundamentals."); all of it when none does.
    ``stated_only``: a paragraph beside a list, only its sentences with a cue."""
    if item.bullet:
        return _glued_asks(item) or [item, *_later_asks(item)]
    sentences = _sentences(item)
    wanted = [
        s
        for s in sentences
        if (_is_requirement(s.text) or (not stated_only and _states_a_quality(s.text)))
        and not _MATTERS_LITTLE.search(s.text)
        # (round 33) beside the list, an invitation sums it up: "So, if you enjoy working with developers ..., this
        # job is for you." (not when it names a technical skill: "If you know Kubernetes as well, ... a great fit")
        and not (stated_only and _INVITATION.search(normalise(_plain(s.text))) and _names_no_technology(s.text))
        # (round 33) a sentence of a paragraph that says what the person will do and names no technology: "Usted
        # trabajaría ofreciendo apoyo en persona … . Buscamos a una persona …" (not "You build reliable software in
        # Go.", "You will develop in Python and TypeScript.": what they name is asked)
        and not (len(sentences) > 1 and _WILL_DO.match(normalise(_plain(s.text))) and _names_no_technology(s.text))
    ]
    if stated_only and len(sentences) > 1:
        return wanted  # (none: its cue was in a sentence of boilerplate, "You will have a budget of 2,000 EUR")
    if not wanted and all(_NOT_A_QUALITY.match(normalise(_plain(s.text))) for s in sentences):
        return []  # "In return we will be open with you about our finances. You are joining a founding team."
    return wanted if len(sentences) > 1 and wanted else [item]


# what the person will do, said as the sentence's opening: "You will review pull requests", "You'll run …",
# "Usted trabajaría …", "Trabajarás con …" (not "You will need …", "You will have …", "You will be …": asks)
_WILL_DO = re.compile(
    r"\W*(?:you(?: will|'ll| would| are going to) (?!(?:need|have|be|bring|know|possess)\b)[a-z]+|(?:usted |tú )?"
    r"(?:trabajaría|trabajará|trabajarás|trabajarías|serás responsable|será responsable)\b)",
    re.IGNORECASE,
)


def _names_no_technology(text: str) -> bool:
    """No technical word of the lexicon, and no word written as a technology ("SAP", "gRPC", "C++")."""
    plain = _plain(text)
    return _HARD_TERMS.search(normalise(plain)) is None and not any(
        known_technology(word.strip(".,;:()")) for word in plain.split() if word[:1].isupper() or not word.isalpha()
    )


def _later_asks(item: _Item) -> list[_Item]:
    """(round 28) A bullet that opens with a label in bold and says it in sentences ("**Technical foundation:** You
    are a senior TypeScript engineer. You are comfortable diving into Postgres queries and AWS CDK."): each later
    sentence that asks something of its own and names a skill is a unit of its own, named and linked by its own words,
    its source the bullet's line (as every requirement of a bullet's). Not a sentence about the company or the work
    ("We work in the open."), nor one pointing back ("This matters because ...")."""
    if not _BOLD_LABEL.match(item.text) or not _STOP.search(item.text):
        return []
    sentences = _sentences(_Item(item.line, list(item.parts), False))
    if len(sentences) < 2 or not _states_a_quality(_BOLD_LABEL.sub("", sentences[0].text)):
        return []  # (a bullet that opens about the company: "**Remote:** We are a remote team. You ...")
    # (what the bullet's whole reading takes as its extra: "... Knowledge of Go is a plus." is read once)
    extras = [extra for _, extra in hedged_extras(item.text)[1]]
    asks: list[_Item] = []
    asked: set[str] = set()
    for sentence in sentences[1:]:
        text = sentence.text
        if (
            _ENDS_STOPPED.search(text)
            and _is_requirement(text)
            and _states_a_quality(text)
            and classify_kind(text) is not None  # (it names a skill: not "... the essentials of the stack.")
            # not waived or taught ("Experience with Terraform isn't required, we will teach you."), nor the
            # company's own ("Knowledge of our Kafka setup comes with onboarding."): lexicon.NOT_ASKED_OF_THE_READER
            and not _NOT_ASKED.search(text)
            and not any(text in extra or extra in text for extra in extras)
            and text not in asked
        ):
            # (its source the bullet's line, as every requirement of a bullet's: the sentence names and links it)
            asks.append(_Item(item.line, [text], False, whole=item.source))
            asked.add(text)
    return asks


_NOT_ASKED = re.compile(r"\b(?:" + lexicon.NOT_ASKED_OF_THE_READER + r")\b", re.IGNORECASE)


def _glued_asks(item: _Item) -> list[_Item]:
    """(round 30) A plain bullet of short sentences, each a requirement of its own and not all of one kind ("Strong
    Python skills. Ability to learn quickly.", "Extensive experience with Objective-C. Willingness to learn how to
    apply best practices."): one unit per sentence, each named and classed by its own words, its source the bullet's
    line. [] when the bullet is one requirement (a sentence and its explanation, a hedge, sentences of one kind)."""
    if _BOLD_LABEL.match(item.text) or not _STOP.search(item.text) or len(item.text) > GLUED_ASKS_CHARS:
        return []
    sentences = _sentences(_Item(item.line, list(item.parts), False))
    if not 2 <= len(sentences) <= GLUED_ASKS_MOST or hedged_extras(item.text)[1]:
        return []
    kinds: set[Kind] = set()
    for sentence in sentences:
        text = sentence.text
        kind = classify_kind(text)
        # (_states_a_quality also keeps out a sentence about the company or the posting: _NOT_A_QUALITY)
        if kind is None or not _ENDS_STOPPED.search(text) or not _states_a_quality(text) or _NOT_ASKED.search(text):
            return []
        kinds.add(kind[0])
    if len(kinds) < 2:
        return []
    return [_Item(item.line, [sentence.text], False, whole=item.source) for sentence in sentences]


GLUED_ASKS_CHARS = 300  # a bullet this long at most: short sentences, each a requirement
GLUED_ASKS_MOST = 3


_BOLD_LABEL = re.compile(r"^(?:\*\*|__)[^*_\n]{2,40}?:?(?:\*\*|__):?\s+")  # "**Technical foundation:** ..."
_STOP = re.compile(r"[.!?][\"'”’)*_]*\s")  # a sentence's end inside a bullet (not ";": a list's separator)
_ENDS_STOPPED = re.compile(r"[.!?][\"'”’)*_]*$")


# sentences of a requirements paragraph that talk about the company, the posting or the applicant's doubts
_NOT_A_QUALITY = re.compile(
    # (also after a linking phrase: "In return we will be transparent with you"; and the situation the reader joins:
    # "You are joining a founding team")
    r"^(?:(?:in return|in turn|in exchange|and|also|together|then),? )?"
    r"(?:we|we'[a-z]+|you(?:'re| are|'ll be| will be) joining|our|us|the (?:team|role|position|company|project)|here"
    r"|nous|notre|nos|on|wir|unser\w*|uns"
    r"|das|die firma|le projet|nuestr\w*|somos|don't|do not|if you don't|if you do not|even if|no one|nobody|please"
    r"|feel free|apply|however|but|so|of course|that|that's|this|these|those|it|it's|you (?:might|may) not"
    r"|acceptance|le |la |les |el |los |las |der |die "
    # (round 25) with us, the company, linking words, in Swedish, Norwegian, Danish, Dutch and the others: "Hos oss
    # kommer du att arbeta i olika uppdrag", "Vi vet inte exakt ...", "Men samtidigt är jobbet ...", "Oavsett om ..."
    r"|with us|hos oss|hos os|bij ons|bei uns|chez nous|con nosotros|vi|vår|vårt|våra|vores|oss|wij|ons|onze|men|maar"
    r"|tillsammans|sammen|samen|oavsett|uanset|uansett|regardless|ongeacht|unabhängig)(?!\w)",
    re.IGNORECASE,
)
# a sentence that ends saying what does not matter: "Exactly which stack you come from matters less", "... spelar
# inte så stor roll" (not "Your degree doesn't matter, you need three years of Go": what follows still asks)
_MATTERS_LITTLE = re.compile(lexicon.MATTERS_LITTLE, re.IGNORECASE)
_INVITATION = re.compile(lexicon.INVITATION, re.IGNORECASE)
_BARE_WEB_ADDRESS = re.compile(lexicon.BARE_WEB_ADDRESS, re.IGNORECASE)  # (a Markdown link's target: ``_plain``)
QUALITY_MIN_WORDS = 2


def _states_a_quality(text: str) -> bool:
    plain = normalise(_plain(text))
    return (
        len(plain.split()) >= QUALITY_MIN_WORDS
        and plain[:1].isalpha()  # not a piece of a time or a figure the sentence split left
        and not plain.endswith(("?", ":", "!"))
        and not _NOT_A_QUALITY.match(plain)
        and not _is_boilerplate(plain)
    )


def _is_requirement(text: str) -> bool:
    """A sentence that says it is a requirement (``lexicon.REQUIREMENT_CUES``) or a nice-to-have ("is a plus",
    "se valorará"), and is no boilerplate."""
    normalised = normalise(text)
    if _boilerplate(normalised):
        return False
    if _REQUIREMENT_CUES.search(normalised):
        return True
    # a question about a liking asks for what it names: "Do you love to use technologies like Python ...?", not
    # "Do you love the sense of accomplishment in launching a new product?"
    if "you " in normalised and _ASKED_LIKING.search(normalised):
        return classify_kind(text) is not None
    nice = _TEXT_NICE.search(normalised)
    if nice is None:
        return False
    if _TEXT_NICE_WEAK.fullmatch(nice[0]):
        if _WISH_TO_THE_READER.match(normalised):
            # (round 39) said first, to the reader, of what they have done or know: "Ideally you've also defined SLOs
            # with product teams" (not "Ideally the team sits in Berlin", "Ideally you can send us a link")
            return classify_kind(text) is not None
        # said last, of the whole sentence, as the sentences beside it say "required." (round 27): a technical
        # skill, or a qualification naming one by its acronym: "Knowledge of HIPAA regulations preferred.",
        # "Certification of CISSP or CISM preferred." (not "Remote work preferred.", "Certification of residency in
        # Germany preferred.", "Experience as a parent preferred.")
        return _said_last(normalised, nice) and (
            classify_kind(text) == "hard"
            or (_QUALIFICATION_LEAD.match(normalised) is not None and _ACRONYM.search(text) is not None)
        )
    return not _TEXT_NICE_IDIOM.fullmatch(nice[0]) or classify_kind(text) is not None


def _wished_with_the_opening(main: str, piece: str) -> bool:
    """Whether a clause of a sentence that opens with a wish ("Ideally, …") is wished for with it: said in that first
    sentence, not right after ", but", nor after a ", but" that says a must ("Ideally you know Rust, but you must have
    shipped Go services, and you have led an on-call rotation": the last two are the sentence's own; "…, but not
    necessarily both, and you have used Kafka" keeps Kafka wished), not saying a must of its own ("…, and you need to
    hold a security clearance", "…, and you should be fluent in SQL"). A clause not found as written in the sentence
    is not (it was rebuilt: read as its own words say)."""
    at = main.find(piece)
    if at < 0 or ((end := _SENTENCE_END.search(main)) is not None and at >= end.end()):
        return False
    if _MUST_SAID.search(normalise(piece)):
        return False
    buts = list(_BUT_BEFORE.finditer(main, 0, at))
    if not buts:
        return True
    after = main[buts[-1].end() : at]
    return bool(after.strip(" ,")) and not _MUST_SAID.search(normalise(after))


_BUT_BEFORE = re.compile(r",\s+but\b", re.IGNORECASE)
_ONE_COMMON_WORD = re.compile(r"[a-z]+")  # (a word in lower case, no technology's name: "research", "development")
# a clause's own must: "you must …", "you should …", "you need to …", "… is required" (not "… is not required")
_MUST_SAID = re.compile(
    r"\b(?:must|should|need(?:s)? to|have to|has to)\b"
    r"|(?<!\bnot )(?<!n't )(?<!\bno )(?<!\bnever )(?<!\bstrictly )\b(?:required|mandatory|essential|non-negotiable)\b"
)
# a wish that opens a sentence: "Ideally, …", "Preferably …"
_OPENING_WISH = re.compile(r"\W*(ideally|preferably)\b")
# a wish said first, to the reader: "Ideally you've also …", "Preferably, you know …"
_WISH_TO_THE_READER = re.compile(
    r"(?:ideally|preferably),? (?:(?:also|too),? )?you(?:'ve| have| know| are|'re| speak| bring)\b"
)


# what opens a qualification: "Certification of", "Knowledge of", "Experience with" (a prose sentence's too)
_QUALIFICATION = (
    r"(?:(?:prior|previous|some|working|demonstrated|proven|professional|hands-on|solid|strong|good|deep)\s+)?"
    r"(?:certifications?|certified|experience|knowledge|familiarity|proficiency|background|understanding|exposure"
    r"|expertise)\s+(?:of|with|in|as|on|to)\b"
)
_QUALIFICATION_LEAD = re.compile(_QUALIFICATION + r"\s*", re.IGNORECASE)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9+]*\b")  # "CISSP", "HIPAA", "GDPR" (not "I", "A")


# a must glued onto a duty, after a word in lower case and no stop: "... and firewalls Must understand ..."
_GLUED_MUST = re.compile(r"(?<=[a-z])\s+(?=Must (?:have|know|understand|be|possess|demonstrate|hold)\b)")
# a duty list's bullet that is a quality asked for: "Excellent communication skills", "Strong knowledge of Go"
_QUALITY_BULLET = re.compile(
    r"(?:excellent|strong|solid|good|great|outstanding|exceptional|superb|very good) (?:[\w-]+ ){0,3}"
    r"(?:skills(?!\s+(?:built|gained|developed|shared|grown)\b)|(?:knowledge|understanding|command) of)\b"
)


def _talk_only(text: str, normalised: str) -> bool:
    """Whether a requirement sentence says so only with cues that also read as talk to the reader
    (``lexicon.TALK_CUES``: "The positions are renewable for up to 4 years", "We're here to answer any questions you
    have"), not firmly, not as a nice-to-have."""
    return not _FIRM_CUES.search(normalised) and not _STRONG_CUES.search(normalised) and _nice_cue(text) is None


def _talk_names_nothing(text: str, normalised: str) -> bool:
    """A requirement sentence (or a bullet's sentences) said only in talk to the reader (:func:`_talk_only`) where
    no sentence that says it names something to assess ("We maintain every submission of the last 32 years." in a
    bullet about TeX: the count of years names nothing; "You have a good grasp of Rust." names Rust)."""
    if not _talk_only(text, normalised):
        return False
    pieces = _SENTENCE_END.split(text)
    return not any(classify_kind(piece) is not None for piece in pieces if len(pieces) == 1 or _is_requirement(piece))


def _states_a_requirement(text: str) -> bool:
    """:func:`_is_requirement` of the text or, when it holds boilerplate, :func:`_preferred_in_passing` of one of its
    later sentences ("Please share this work in your resume. Active GitHub contributors will be looked at closer.")."""
    if _is_requirement(text):
        return True
    return _is_boilerplate(text) and any(
        _preferred_in_passing(s) or _CONDITION_APPLY.match(_plain(s)) for s in _SENTENCE_END.split(text)
    )


def _preferred_in_passing(sentence: str) -> bool:
    """A sentence among boilerplate that prefers a skill: a nice-to-have cue and a skill named ("Active GitHub
    contributors will be looked at closer"; not "You are welcome here", "Internal candidates will be given
    preference")."""
    return not _is_boilerplate(sentence) and _nice_cue(sentence) is not None and classify_kind(sentence) is not None


# (Chinese text is read with ``lexicon.CJK_*`` too: see ``formats.in_chinese``)
_CJK_SOFT = re.compile(lexicon.CJK_SOFT)
_CJK_NICE = re.compile(lexicon.CJK_NICE)
_CJK_BOILERPLATE = re.compile(lexicon.CJK_BOILERPLATE)


_ASKED_LIKING = re.compile(r"\b(?:do|don't|would) you (?:also |really )?(?:love|enjoy|like|care)\b")


def _names_a_skill(text: str) -> bool:
    return classify_kind(text) is not None and not _is_boilerplate(text) and len(text.split()) >= 3


def _is_boilerplate(text: str) -> bool:
    return _boilerplate(normalise(text))


def _boilerplate_item(item: _Item) -> bool:
    """An item that is boilerplate; a bullet of several sentences not when its first one names a skill and is none
    ("Be very comfortable writing in C++. ... If you believe you are up to the task, we encourage you to apply." asks
    for C++; "We don't expect that you're an expert. ... You're encouraged to apply" asks nothing)."""
    if not _is_boilerplate(item.text):
        return False
    # (a clause or a part after ";": "Authorized to work in the EU; strong Linux skills")
    if len(pieces := _parts_of_boilerplate(item.text)) > 1 and any(
        not _is_boilerplate(piece) and classify_kind(piece) is not None for piece in pieces
    ):
        return False  # "Permanent residence in Canada and 3+ years of Java": the skill's clause (see _skills)
    if not item.bullet or not _SENTENCE_END.search(item.text):
        return True
    # (a first sentence that asks, "Not a Terraform expert yet? Don't worry. We encourage you to apply.", waives)
    first = _SENTENCE_END.split(item.text, maxsplit=1)[0]
    if first.rstrip().endswith("?") or _WAIVES.match(first) or not _states_a_quality(first):
        return True
    return _is_boilerplate(first) or classify_kind(first) is None


def _parts_of_boilerplate(text: str) -> list[str]:
    """The clauses of a text that holds boilerplate, its parts after ";" each read apart (:func:`clauses`)."""
    return [piece for part in text.split(";") for piece in clauses(part.strip())]


_WAIVES = re.compile(r"\W*(?:no|not|don't|do not|never|without)\b", re.IGNORECASE)
_WORD_START = re.compile(r"[\W_]*")


def _boilerplate(normalised: str) -> bool:
    """Normalised text that is boilerplate (``lexicon.BOILERPLATE``), or opens with what is boilerplate alone."""
    if _BOILERPLATE.search(normalised):
        return True
    if in_chinese(_CJK_BOILERPLATE, normalised):
        return True
    start = _WORD_START.match(normalised)
    return _BOILERPLATE_OPENINGS.match(normalised, start.end() if start else 0) is not None


def _joins_paragraph(current: _Item, line: _Line) -> bool:
    """A text line continues the paragraph above it when it starts in lower case or when the line above stops
    mid-phrase ("... comfortable with both" / "GCP and Azure."). A long line that merely ends no sentence is not
    enough: postings pasted without bullets put one requirement per line, without a full stop. But when the line
    below ends the sentence, a long line above without an end was wrapped ("... that MDA does not only mean" /
    "Malondialdehyde, and that UML ...": Markdown written at a fixed width), unless the line below opens as a
    requirement does."""
    if line.content[:1].islower() or ends_mid_phrase(current.parts[-1]):
        return True
    above = current.parts[-1].rstrip()
    return (
        len(above) >= WRAPPED_WIDTH
        and above[-1:] not in _LINE_ENDS
        and line.content.rstrip().endswith((".", "!", "?"))
        # (a line that opens as a requirement does ("Experience serving as ...", "5+ years of ...") is one of its own)
        and not _REQUIREMENT_OPENING.match(line.content)
    )


WRAPPED_WIDTH = 60  # a line this long that ends no sentence, over one that does, was wrapped
_LINE_ENDS = frozenset(".!?:;)")


# --- skills ---------------------------------------------------------------------------------


def _skills(item: _Item, context: _Context, section: str | None = None) -> list[SkillRequirement]:
    """One requirement per skill the item names: the whole item, or each skill of a list it enumerates; an
    optional extra the item adds ("..., ideally in a newsroom", "Perhaps you have ...") is one more, nice."""
    text = item.text
    if not any(ch.isalpha() for ch in text) or _leads_in(text) or _ONLY_A_LINK.match(text):
        return []
    if not item.bullet and _OPEN_LEAD_END.search(text) and classify_kind(text) is None:
        return []  # "We are looking for a Senior Engineer who has" over its list: a lead-in without its colon
    if _DEFINITION.match(text) and not _is_requirement(text) and not _HEADING_NICE.search(normalise(text)):
        return []  # what a product is ("Xarray is the focus of this hire. It provides ..."), not what to bring
    if not item.bullet and (asked := _asked_after_semicolon(text)) is not None:
        text = asked  # "Our users are everywhere; patience with their questions is a needed trait": what it asks
    if ":" in text and (listed := _listed_after_label(text)) is not None:
        text = listed  # "Key skills: Python/R, AWS/HPC, postgres, javascript": the list, each of it a skill
    main, extras = hedged_extras(text)
    # ("Authorized to work in the EU; strong Linux skills": the skill's part)
    pieces = _parts_of_boilerplate(main) if ";" in main and _is_boilerplate(main) else series(main) or clauses(main)
    if (remark := _requirement_remark(main)) is not None:
        # "Python or R for general programming tasks (need to be open to learning both)": two requirements
        pieces = [*clauses(main[: remark.start()]), remark["inner"]]
    if len(pieces) > 1:  # "Fluent English, and willing to travel": the condition of the job is left out
        pieces = [piece for piece in pieces if not _is_boilerplate(piece)] or pieces
        # the last clause ends with its sentence: "... resolve issues and be able to debug. You will talk with
        # customers ..." is debugging, not talk (the sentences after it say how the job goes)
        if (end := _SENTENCE_END.search(pieces[-1])) is not None and classify_kind(pieces[-1][: end.start()]):
            pieces[-1] = pieces[-1][: end.start()].rstrip(" .!?;")
    if not extras and pieces == [main]:
        if (items := _listed_after_lead(main)) is not None and len(enumerated_parts(_plain(main))) < 2:
            # (round 39) "Ideally, you will have experience in some of: SoC design, driver development and …": each
            # item of the list after the sentence's colon, of the sentence's priority unless it says its own
            sentence = _priority(main, context)
            return [_skill(item, piece, context, section=section, part=piece, sentence=sentence) for piece in items]
        return _stated(item, text, context, section)
    wish = _OPENING_WISH.match(normalise(main))
    found = []
    for piece in pieces:
        stated = _stated(item, piece, context, section, whole=False)
        if wish is not None and _wished_with_the_opening(main, piece):
            # (round 39) a wish that opens the sentence is said of its later clauses too: "Ideally you've also defined
            # SLOs with product teams, and you can write Go well enough to build your own tools" (both nice)
            stated = [
                s.model_copy(update={"priority": "nice", "priority_reason": f"text: {wish[1]}"})
                if not s.priority_reason.startswith("text")
                else s
                for s in stated
            ]
        found += stated
    main_skill = found[0] if found else None
    for cue, extra in extras:
        for skill in _stated(item, extra, context, section, whole=False, extra_cue=cue):
            if skill.kind_reason == "default" and main_skill is not None:
                # "Fluent in English, and preferably one other language": with no word of its own, the extra
                # is of the kind of what it adds to
                skill.kind, skill.kind_reason = main_skill.kind, f"as the requirement it adds to: {main_skill.name}"
            found.append(skill)
    return found


def _leads_in(text: str) -> bool:
    """Whether an item ends with the colon of a lead-in ("Experience with the following:"), not with an emoji
    shortcode's ("Python :snake:", round 38)."""
    said = text.rstrip()
    return said.endswith(":") and _shortcode_at_end(said) is None


def _listed_after_label(text: str) -> str | None:
    """(Round 38) The list after a label of skills, said in a sentence or an item ("Key skills: Go/Rust, AWS/GCP,
    postgres, typescript."): three or more short items between commas (at most ``TAG_WORDS`` words each). None for any
    other text (a label over a sentence, "About you: you have run Kubernetes", is read as it was)."""
    match = _INLINE_LABEL.match(text)
    if match is None or len((label := _clean_heading(match["label"])).split()) > LIST_LABEL_WORDS:
        return None
    # (a label that says skills, and of the asked ones: not "Skills you'll gain: …")
    if _OF_A_KIND.search(label) or not _SKILLS_WORD.search(label) or classify_heading(label).topic != "skills":
        # (a kind of skill with its examples, "Kenntnisse mit dezentralen Protokollen: Matrix, …", is one; a label of
        # no skills, "Technical requirements: a webcam, …", lists terms)
        return None
    rest = match["rest"].rstrip(" .")
    items = rest.split(",")
    if len(items) < TAG_ITEMS or not all(0 < len(piece.split()) <= TAG_WORDS for piece in items):
        return None
    return rest


LIST_LABEL_WORDS = 3  # "Key skills", "Required technical skills"


def _listed_after_lead(text: str) -> list[str] | None:
    """(Round 39) The items of the list a requirement's sentence gives after its colon, its lead saying how many of
    them it asks ("Candidates will ideally have experience in some of: SoC design, hardware or software security,
    driver development and technical writing"): the list's parts as a list is read (:func:`enumerated_parts`), else
    its items between commas outside brackets, the last two joined by "and" when each has two words or more;
    ``LED_LIST_ITEMS`` to ``MAX_PARTS`` items of at most ``LED_ITEM_WORDS`` words. None for any other text: a short
    label (:func:`_listed_after_label`), a lead that offers a choice or waives ("one of", "either of", "two of", "none
    of", "You don't need any of the following"), a lead that asks nothing ("You will work on some of: …"), a series of
    qualities of one thing ("large, distributed, high-traffic systems")."""
    lead, colon, rest = text.partition(": ")
    if not colon or ":" in rest or len(lead.split()) <= LIST_LABEL_WORDS or offered_choice(lead + ":") is not None:
        return None
    if not _LEAD_QUANTIFIER.search(lead) or _NO_LIST_ASKED.search(lead) or not _is_requirement(lead):
        return None
    rest = _LIST_FILLER_END.sub("", rest.rstrip(" .!;"))
    if len(parts := [part.text for part in enumerated_parts(rest)]) >= LED_LIST_ITEMS:
        if len(parts) > MAX_PARTS or shares_the_last_head(parts):
            return None  # ("frontend, backend and mobile development": one field said three ways)
        if rest.endswith(f"{parts[-2]} and {parts[-1]}") and all(_ONE_COMMON_WORD.fullmatch(p) for p in parts[-2:]):
            parts[-2:] = [f"{parts[-2]} and {parts[-1]}"]  # "research and development": one field (not "S3 and Go")
        return parts
    masked = mask_parentheses(rest)
    cuts = [0, *(at + 1 for at, ch in enumerate(masked) if ch == ","), len(rest) + 1]
    items = [rest[start : end - 1].strip() for start, end in pairwise(cuts)]
    if items[-1].startswith(("and ", "or ")):
        items[-1] = items[-1].split(" ", 1)[1]
    elif " and " in items[-1] and all(len(side.split()) >= 2 for side in items[-1].split(" and ", 1)):
        items[-1:] = items[-1].split(" and ", 1)  # "board support package development and driver development"
    if not LED_LIST_ITEMS <= len(items) <= MAX_PARTS or shares_the_last_head(items):
        return None
    if not all(0 < len(item.split()) <= LED_ITEM_WORDS and any(ch.isalpha() for ch in item) for item in items):
        return None
    return items


LED_LIST_ITEMS = 3  # a list after a lead of this many items at least...
LED_ITEM_WORDS = 5  # ...each of at most this many words
# what ends a list without naming a skill: "Linux, BSD, macOS, etc.", "Kafka, NATS, RabbitMQ and more"
_LIST_FILLER_END = re.compile(r",?\s+(?:etc\.?|and (?:more|so on|the like)|or similar)\W*$", re.IGNORECASE)
# a lead that offers a choice or waives its list: "either of", "two of", "none of", "you don't need …"
_NO_LIST_ASKED = re.compile(
    r"\b(?:either|neither|none|one|both|two|three|four|five|\d+) of\b"
    r"|\b(?:never|don't|do not|doesn't|does not|won't|will not|no need)\b|\b(?:fine|ok|okay) if\b",
    re.IGNORECASE,
)


# "some of", "any of the following", "several of these areas", "in the following areas": a lead over the list of
# what it asks
_LEAD_QUANTIFIER = re.compile(
    r"\b(?:(?:some|any|several|most|many|all|a few|a number) of|(?:in|with|of|on)(?: (?:the following|these|those)"
    r"(?: [\w-]+)?))$",
    re.IGNORECASE,
)
_OF_A_KIND = re.compile(r"\b(?:with|of|in|on|mit|von|im|de|du|des|en|avec|con|del)\b", re.IGNORECASE)


def _asked_after_semicolon(text: str) -> str | None:
    """(Round 35) A sentence of prose whose first clause only sets the scene and whose clause after ";" asks ("Our
    users come from everywhere; willingness to learn their needs is a needed trait"): the asking clause, which names
    the requirement. None for any other sentence."""
    first, semicolon, rest = text.partition("; ")
    if not semicolon or ";" in rest or _is_requirement(first) or not _is_requirement(rest):
        return None
    # (the scene is a statement about the team, the job or the people around it, not a list of skills before what
    # it asks: "Python and Django; experience with AWS is a plus", "The role requires Kubernetes; …", "We use Kafka
    # daily; …" keep both)
    if not _SETS_THE_SCENE.match(first) or len(first.split()) < 3 or _ASKS_IN_A_SCENE.search(first):
        return None
    kind = classify_kind(first)
    return rest if kind is None or kind[0] == "soft" else None


_SETS_THE_SCENE = re.compile(r"(?:our|we|the|this|these|it|they|their|its|here)\b", re.IGNORECASE)
_ASKS_IN_A_SCENE = re.compile(r"\b(?:requir\w*|needs?|must|expect\w*|knows?|should)\b", re.IGNORECASE)


# a sentence that stops where what it asks for would begin: its list follows ("... an engineer who has", "... with")
_OPEN_LEAD_END = re.compile(r"\s(?:who|that)(?:\s+(?:has|have|is|are|can|brings?))?\s*$|\swith\s*$", re.IGNORECASE)


def _stated(
    item: _Item, text: str, context: _Context, section: str | None, *, whole: bool = True, extra_cue: str | None = None
) -> list[SkillRequirement]:
    """The requirements ``text`` (all of ``item`` when ``whole``, else a piece of it) states; ``extra_cue``: ``text``
    is an optional extra of the item, nice for that cue (:func:`hedged_extras`)."""
    # a part without a letter ("—", the "000" of "$160,000") is no skill; with fewer than two left, no list
    # (nor a version: "Python, ideally 3.12" is Python)
    parts = [
        p
        for p in enumerated_parts(_plain(text))
        if any(ch.isalpha() for ch in p.text)
        and not (_DIGIT.search(p.text) and _VERSION_ONLY.fullmatch(_HEDGE_CUE_START.sub("", p.text)))
        and not _refers_back(p.text)  # "JSON and XML schemas, and exposure to using them daily": no third one
    ]
    if len(parts) < 2 and (halves := _two_lists(text)) is not None:
        # (round 36) "Du solltest sowohl Erfahrung mit … mitbringen als auch Know-How in den Bereichen API-Gestaltung,
        # Performance, … mitbringen": each side as if it stood alone
        return [s for half in halves for s in _stated(item, half, context, section, whole=False, extra_cue=extra_cue)]
    if len(parts) < 2:
        # (a tag is one item of its line, its source: linked by its own words, as a listed skill is)
        part = None if whole and not item.whole else _plain(text)
        skill = _skill(item, text, context, section=section, part=part, extra_cue=extra_cue)
        # a sentence of prose that names only "skills and experience" asks for nothing a loop can assess ("We are
        # looking for someone with a foundation of experiences and skills."); a bullet saying so is kept
        return [] if not item.bullet and _names_nothing(skill.name) else [skill]
    sentence_priority = _priority(text, context) if extra_cue is None else None
    # each part: its own kind (as if it stood alone); the sentence's priority unless the part has its own cue
    skills = [
        _skill(
            item,
            p.text,
            context,
            section=section,
            part=p.text,
            sentence=_clause_priority(text, p.text, context, sentence_priority),
            extra_cue=extra_cue,
        )
        for p in parts
    ]
    rest = after_first_clause(_plain(text))
    if rest and not after_first_clause(rest) and _asks_after_a_list(rest):
        # (round 36) "Kubernetes, Terraform and Go; knowledge of Rust is required": a list is read from its first
        # clause, and the one clause the item asks after it is a requirement too (not "we use them daily"; a run of
        # clauses, "Go, Rust; Go, Rust; …", is read as before: its first)
        skills += _stated(item, rest, context, section, whole=False, extra_cue=extra_cue)
    return skills if item.bullet else [skill for skill in skills if not _names_nothing(skill.name)]


def _clause_priority(
    text: str, part: str, context: _Context, sentence: tuple[Priority, str] | None
) -> tuple[Priority, str] | None:
    """(Round 37) The priority a part of a list takes from its sentence, unless the sentence's nice-to-have cue is in
    another clause than the part's: "Python is required, and Go is a big plus" (Python: its own clause's priority,
    or the section's)."""
    if sentence is None or sentence[0] != "nice" or not sentence[1].startswith("text"):
        return sentence
    at = text.casefold().find(part.casefold())
    if at < 0:
        return sentence
    cuts = list(_CLAUSE_CUT.finditer(text))
    cuts += [
        cut
        for cut in _COMMA_BEFORE_A_CLAUSE.finditer(text)
        if _SAID_WITH_A_VERB.search(text, text.rfind(",", 0, cut.start()) + 1, cut.start())  # (its clause's own verb)
    ]
    start = max((cut.end() for cut in cuts if cut.end() <= at), default=0)
    end = min((cut.start() for cut in cuts if cut.start() >= at + len(part)), default=len(text))
    if start == 0 and end == len(text):
        return sentence  # (one clause: "Python, Go and Rust are a plus")
    clause = text[start:end]
    return sentence if _nice_cue(clause) is not None else _priority(clause, context)


# where one clause of a sentence ends and another starts
_CLAUSE_CUT = re.compile(r";\s+|,\s+(?:and|but|while|whereas|whilst)\s+", re.IGNORECASE)
# (round 39) a comma between two clauses each said with its verb: "Gute Deutschkenntnisse sind wichtig, Englisch ist
# ein Plus" (not a list whose verb comes after its last item: "WordPress, PHP, React of Canvas is een pré")
_COPULA = r"(?:is|are|ist|sind|est|sont|es|son|wäre|would be)"
_COMMA_BEFORE_A_CLAUSE = re.compile(r",\s+(?=[\w/+#.-]+(?:\s+[\w/+#.-]+){0,3}\s+" + _COPULA + r"\s)", re.IGNORECASE)
_SAID_WITH_A_VERB = re.compile(r"\b" + _COPULA + r"\b", re.IGNORECASE)


def _asks_after_a_list(rest: str) -> bool:
    """Whether the words after a list's clause ask a skill of their own: they open as a qualification or read as
    a requirement, and name a skill (:func:`_names_a_skill_itself`)."""
    if not (_asks_a_skill(rest) or _is_requirement(rest)):
        return False
    # (round 39: or a technology the lexicon does not know, wished for: "React and TypeScript; Next.js a bonus")
    return _names_a_skill_itself(rest) or (_nice_cue(rest) is not None and known_technology(short_name(rest)))


def _two_lists(text: str) -> list[str] | None:
    """The two sides of a requirement that joins two asks by "both … as well as" or "sowohl … als auch" when one
    side at least lists skills (:func:`enumerated_parts`); None for any other text (and for one longer than
    ``TWO_LISTS_MAX_CHARS``, or whose sides would join two lists again: one level only)."""
    if len(text) > TWO_LISTS_MAX_CHARS:
        return None
    lowered = text.lower()
    if ("both " not in lowered or " as well as " not in lowered) and (
        "sowohl " not in lowered or " als auch " not in lowered
    ):
        return None  # (the common case: no search at all)
    if (joined := _BOTH_AND.search(text)) is None:
        return None
    first = (text[: joined.start("both")] + text[joined.end("both") : joined.start("join")]).strip(" ,")
    second = text[joined.end("join") :].strip()
    sides = [first, second]
    if not all(_word_count(side) >= 2 for side in sides) or not any(
        len(enumerated_parts(_plain(side))) >= 2 for side in sides
    ):
        return None
    if any(_BOTH_AND.search(side) for side in sides):
        return None  # ("both … as well as both … as well as …": no reading of its own, one level only)
    if any(word.casefold().strip(",;.") in POINTS_BACK for word in second.split()[:3]):
        return None  # ("both Go and Rust, as well as their ecosystems": what the first side named, one requirement)
    return sides


TWO_LISTS_MAX_CHARS = 600  # a requirement's sentence; a longer text is read as before
# (each side bounded: a run of "both both both …" is tried in linear time)
_BOTH_AND = re.compile(
    r"\b(?P<both>both\s+|sowohl\s+)(?:[^,;.]|,(?!\s+as well as)){1,300}?(?P<join>,?\s+as well as\s+|,?\s+als auch\s+)",
    re.IGNORECASE,
)


def _names_nothing(name: str) -> bool:
    """Whether a requirement's name says only that skills are wanted: "Foundation of experiences and skills",
    "Skills and perspectives", "Relevant experience"."""
    words = _NAME_WORD.findall(name.casefold())
    return bool(words) and all(word in lexicon.GENERIC_NAME_WORDS for word in words)


_NAME_WORD = re.compile(r"[^\W\d_]+")
_WORDS_AND_NUMBERS = re.compile(r"[^\W_]+")  # ("GS-7" and "GS-9" differ)


def _skill(
    item: _Item,
    text: str,
    context: _Context,
    *,
    section: str | None = None,
    part: str | None = None,
    sentence: tuple[Priority, str] | None = None,
    extra_cue: str | None = None,
) -> SkillRequirement:
    """The requirement ``text`` (all of ``item``, or one skill it lists) states; its source is the whole item."""
    name = short_name(text)
    kind, kind_reason = _kind(name, text, context)
    if extra_cue is not None:  # an optional extra is nice for its cue, whatever its words say (not read for them)
        priority, priority_reason = "nice", f"text: {extra_cue}"
    else:
        priority, priority_reason = _priority(text, context)
        if sentence is not None and not priority_reason.startswith("text"):
            priority, priority_reason = sentence
    return SkillRequirement(
        name=name,
        source=item.source,
        kind=kind,
        priority=priority,
        line=item.line,
        section=context.heading if section is None else section,
        kind_reason=kind_reason,
        priority_reason=priority_reason,
        part=part,
    )


def _kind(name: str, text: str, context: _Context) -> tuple[Kind, str]:
    """The heading's kind ("Technical skills"), unless the requirement opens with an ability of the other kind
    ("You have grown and mentored a team of iOS engineers" under "Technology expertise"); else the lexicon's."""
    found = classify_kind(text)
    if context.kind and not _names_the_job(context.kind_heading):
        if found is not None and found[0] != context.kind and found[1].startswith(SOFT_HEAD_REASON):
            return found
        return context.kind, f"heading: {context.kind_heading}"
    plain = _plain(text)
    if (
        found is None
        and _JA_PERSON.search(plain)
        and not _JA_TECHNICAL.search(plain)
        and not _LATIN_LETTER.search(plain)
    ):
        return "soft", "no technical word; describes the person sought"  # "素直で前向きな方"
    person = _DESCRIBES_A_PERSON.match(plain) if found is None else None
    if (
        person is not None
        and not NAMES_A_THING.search(plain, person.end("who"))
        and not _NAMES_A_TOOL.search(plain, person.end("who"))
    ):
        return "soft", "no technical word; says how the person is or works"
    if found is None and _LANGUAGE_ALONE.fullmatch(named := normalise(name).strip(" .;,")):
        return "soft", f"lexicon: {named}"  # (round 39) named by a language alone: "Spanisch ist ein Plus"
    return found if found is not None else ("hard", "default")


# (round 30) a tool named as its makers write it, in lower case: "You must have dbt", "You should have hands-on
# experience with airflow" name a thing ("You must have stamina" does not: a word of the person's)
_NAMES_A_TOOL = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(map(re.escape, sorted(lexicon.LOWER_CASE_NAMES)))
    + r"|"
    + "|".join(lexicon.NAMED_TECHNOLOGIES)
    + r")(?![\w-])",
    re.IGNORECASE,
)
_JA_PERSON = re.compile(lexicon.JA_PERSON)
_JA_TECHNICAL = re.compile(lexicon.JA_TECHNICAL)
# a name the lexicon may not know ("GitLab", "S3", "C#"): a capital after the first word, a digit, "+" or "#"
# a capitalised word after the first, or a digit: a thing named by its name (also read by services/roles.py)
NAMES_A_THING = re.compile(r"(?<=\s)[^\W\d_]*[A-Z0-9+#]|\d")
# with no technical word at all, a requirement about the person ("Ability to work with minimal supervision",
# "You think digital by default", "An enthusiasm for the role") is a soft skill
_DESCRIBES_A_PERSON = re.compile(
    # a label before the description is the skill's name: "Simplicity: You love complex questions"
    r"^(?:[-*•]\s*)?(?:[^:\s][^:]{0,40}:\s+)?(?P<who>you (?!will\b|would\b|could\b|have\b|'ve\b|are\b|'re\b|can\b)\w+"
    r"|(?:(?:a |an |the )?(?:demonstrated|proven|strong|excellent|good|great|real|genuine) )?"
    r"(?:the )?(?:ability|able|willing(?:ness)?|eager(?:ness)?|enthusias\w*|passion\w*|desire|motivat\w*"
    r"|capacité|aptitude|fähigkeit|bereitschaft|capacidad|disposición)\b"
    r"|an? (?:enthusias\w*|passion|desire|willingness|eagerness|commitment|drive)\b"
    # (round 30) an interest in people's work or in a domain named with its article, naming no technical thing:
    # "You have an interest in building a support structure for engineers", "Intérêt pour les politiques publiques"
    # (not "Interest in compilers": a technical word the lexicon may not know)
    r"|(?:you have )?(?:an? )?(?:(?:genuine|strong|keen|deep|real) )?interest (?:in|for) (?:the|our|how|what|why"
    r"|people|helping|supporting|working with|building (?:a|the|our) (?:team|culture|community|support))\b"
    r"|(?:(?:un|une) )?(?:(?:vrai|réel|fort) )?(?:intérêt|goût|appétence|curiosité) (?:pour|envers) (?:les?|la|l'|des"
    r"|ce|cette|ces)(?=\s|(?<=')\w)"
    # the person sought, described: "We are looking for someone who can learn the contours of an organisation"
    r"|(?:(?:we are|we're|we) (?:looking for|seeking|want|need) )?(?:someone|a person|people|individuals|folks)"
    r" (?:who|that) (?:can |is |are )?\w+)",
    re.IGNORECASE,
)


SOFT_HEAD_REASON = "lexicon: opens with"  # what classify_kind says when a soft ability opens the requirement


# An optional extra inside a requirement: a later sentence or clause that opens with a hedge ("Ideally you have
# ...", "You may have led ...", "Perhaps you ...") or a clause "..., ideally <more than a technology's name>".
_HEDGE_OPENING = re.compile(
    r"^(?P<cue>ideally|preferably|perhaps|maybe|possibly|optionally|even better(?: if)?|bonus(?: points)? if"
    r"|you (?:may|might) (?:also |even )?have|idéalement|de préférence|éventuellement|idealerweise|vorzugsweise"
    r"|idealmente|preferiblemente|preferibilmente|preferencialmente|de preferência)(?!\w)",
    re.IGNORECASE,
)
# ("..., and preferably one other language" with its comma left out: the "and" opens it)
_HEDGE_INSIDE = re.compile(
    r"(?:(?P<open>[,;(]|\s[-–—])\s*|\s(?=(?:and|or|et|und|y)\s))(?:(?:and|or|but|et|und|y)\s*,?\s*)?"
    r"(?P<cue>ideally|preferably|idéalement|de préférence|idealerweise|vorzugsweise|idealmente|preferibilmente"
    r"|preferencialmente|de preferência|gradit[aoie]|mile widzian[aeyio]?)(?!\w),?\s*",
    re.IGNORECASE,
)
# a later sentence of an item that ends by saying it is nice to have ("... is a plus.")
_NICE_CLOSING = re.compile(
    r"\s(?P<cue>(?:is|are|would be|will be)\s+(?:a\s+|an\s+)?(?:(?:very\s+|really\s+)?(?:big|huge|real|definite)\s+)?"
    r"(?:plus|bonus|advantage|nice[- ]to[- ]have)"
    # (round 31) "Experience with writing software documentation is ideal but not necessary;"
    r"|(?P<wish>(?:is|are|would be)\s+" + lexicon.WISH_INTENSIFIER + r"(?:ideal|desirable|helpful|beneficial|preferred)"
    r"(?:\s+but\s+not\s+(?:necessary|required|essential|mandatory|a\s+must))?)"
    r"|(?:ist|wäre|sind|wären)\s+(?:ein\s+)?(?:plus|von vorteil)"
    r"|(?:est|serait|sont|seraient)\s+(?:un\s+)?(?:" + lexicon.FR_INTENSIFIER + r"\s+)?(?:plus|atout)"
    r"|(?:es|sería|son)\s+(?:un\s+)?plus"
    r"|se valorar[áa])[.!]?\s*$",
    re.IGNORECASE,
)
# a piece of each of its cues (the same letters, so the same case-insensitive matches): most requirements have
# none; written to open with a character class, which ``re`` scans for in one loop
_HEDGE_CUE_HINT = re.compile(
    r"[dpv](?:(?<=d)[eé]al|(?<=p)r[eé]f|(?<=v)orzugsweise)|plus|bonus|advantage|appreciated|welcome|vorteil|atout"
    r"|valorar|gradit|apprezzat|preferenzial|diferencial|atutem|widzian|eduksi|tercih|výhodou|pré|pluspunt|meriter"
    # (round 31: "…, Terraform would be very helpful"; round 33: "… es un punto favorable")
    r"|fordel|fördel|helpful|desirab|benefic|punto (?:a favor|favorable)",
    re.IGNORECASE,
)
# what it matches in ASCII text lower-cased ("é" is no ASCII): three substring tests cost a third of the search
_HEDGE_CUE_HINT_ASCII = (
    "deal",
    "pref",
    "vorzugsweise",
    "plus",
    "bonus",
    "advantage",
    "appreciated",
    "welcome",
    "vorteil",
    "atout",
    "valorar",
    "gradit",
    "apprezzat",
    "diferencial",
    "atutem",
    "widzian",
    "eduksi",
    "tercih",
    "pluspunt",
    "meriter",
    "fordel",
    "helpful",
    "desirab",
    "benefic",
    "punto a favor",
    "punto favorable",
)
# the same matches as "(?<=[.!?])\s+(?=[\"“(\[]?[A-ZÀ-ÖØ-Þ])|;\s+", opening with the character they start at
_PIECE_END = re.compile(r"[\s;](?:(?<=[.!?]\s)\s*(?=[\"“(\[]?[A-ZÀ-ÖØ-Þ])|(?<=;)\s+)")
_TECH_NAME = re.compile(r"[A-Z0-9.][\w.+#/-]*")


# "Security, compliance, and privacy: threat modeling, ..., and experience with SOC 2": one requirement, named
# before its colon, whatever its details join
_NAMED_HEAD = re.compile(r"^[^:]{2,60}:\s")


SERIES_MIN = 3  # clauses
SERIES_MAX_CHARS = 4_000  # a federal posting's bullet is some 800 characters: a longer line is read as before
NAMES_MAX_WORDS = 3
# words no name of a skill holds: "Strong SQL; we use Postgres; dbt a plus" is no list of names
_NOT_A_NAME = re.compile(
    r"\b(?:we|you|our|us|is|are|be|for|to|a|an|the|bonus|plus|nice|preferred|ideally|must|should|required|etc"
    r"|similar|other|others|more)\b",
    re.IGNORECASE,
)
# a series' label: "*Required specialized experience for GS-9:* ", "Specialized experience: " (a label's words only)
_SERIES_LABEL = re.compile(r"^\W{0,3}[^:;.()]{2,80}?:\W{0,3}\s+")
# the joining word before a series' last clause ("; or knowledge of ...", "; oder Rust")
_SERIES_JOIN = re.compile(r"^(?:and|or|and/or|und|oder|sowie|et|ou|y|o|e|en|of|och|eller|og)\s+", re.IGNORECASE)
# a stop after a single letter ends no sentence: "U.S. Army", "J. Smith"
_INITIAL = re.compile(r"(?:^|[\s.])[A-Za-z]$")


def series(text: str) -> list[str]:
    """The clauses of a requirement written as a series apart by semicolons, each one requirement, its label left
    out: "*Specialized experience:* The use of CI methods to test and deploy; the use of version control; familiarity
    with containers; or knowledge of agile practices. At this level, the person can use judgment in ..." (a federal
    posting's way); a sentence before the series is a clause too, one after it only when it names a skill. A list of
    names apart so ("Python; Go; Rust") is its names. ``[]`` (the text is read as before) when it is no such series:
    fewer than ``SERIES_MIN`` clauses, a clause shorter than ``CLAUSE_MIN_WORDS`` words among longer ones, more than
    ``MAX_PARTS`` pieces, a label with a nice-to-have cue ("Bonus: Go; Rust; Elixir") or one that names the skill
    the names are of ("5+ years with Python: Django; Flask; FastAPI")."""
    if len(text) > SERIES_MAX_CHARS or text.count(";") < SERIES_MIN - 1:
        return []
    label = _SERIES_LABEL.match(text)
    if label is not None and _nice_cue(label[0]) is not None:
        return []
    body = text[label.end() :] if label is not None else text
    found: list[str] = []  # the clauses: the series', and the sentences before it
    after: list[str] = []  # the sentences after the series
    for sentence in _top_level_sentences(body):
        if len(sentence) > 1:
            found += sentence
        elif len(found) > 1 or after:
            after += sentence
        else:
            found += sentence
    found = [_SERIES_JOIN.sub("", piece.strip(" ,;.")) for piece in found]
    if len(found) < SERIES_MIN or len(found) + len(after) > MAX_PARTS:
        return []
    # (round 28: a name the series labels a wish, "AWS; GCP; Terraform; Nice to have: Pulumi", is a name too, nice
    # as the names after it: each said with the wish, which its priority and name read)
    if not after and all(_is_a_name(_WISH_LABEL.sub("", piece, count=1)) for piece in found):
        if label is not None and classify_kind(label[0]) is not None:
            return []
        wished, named = False, []
        for piece in found:
            wished = wished or _WISH_LABEL.match(piece) is not None
            named.append(f"{_WISH_LABEL.sub('', piece, count=1)} (nice to have)" if wished else piece)
        return named
    if any(_word_count(piece) < lexicon.CLAUSE_MIN_WORDS for piece in found):
        return []
    return found + [sentence for sentence in after if _names_a_skill_itself(sentence)]


_WISH_LABEL = re.compile(
    r"^(?:nice[- ]to[- ]haves?|bonus(?: points)?|plus|preferred|optional(?:ly)?|ideally|a plus)\s*:\s*(?=\S)",
    re.IGNORECASE,
)


def _top_level_sentences(text: str) -> list[list[str]]:
    """``text``'s sentences, each as its pieces apart by semicolons, neither inside brackets."""
    sentences: list[list[str]] = []
    pieces: list[str] = []
    start = 0
    for stop in _SERIES_STOP.finditer(mask_parentheses(text)):
        position = stop.start()
        if stop[0] == ";":
            pieces.append(text[start:position])
            start = position + 1
        elif _SENTENCE_END.match(text, position + 1) and not _INITIAL.search(text, max(0, position - 2), position):
            sentences.append([*pieces, text[start:position]])
            pieces, start = [], position + 1
    last = [*pieces, text[start:]]
    return [*sentences, last] if any(piece.strip() for piece in last) else sentences


_SERIES_STOP = re.compile(r"[;.]")


def _is_a_name(piece: str) -> bool:
    """A piece of a series that is a skill's name alone ("Python", "Machine learning", "Linux (Ubuntu; RHEL)": its
    brackets an aside; not "dbt deseable", "etc")."""
    said = _without_parentheses(piece)
    return 0 < _word_count(said) <= NAMES_MAX_WORDS and not _NOT_A_NAME.search(said) and _nice_cue(said) is None


def _names_a_skill_itself(sentence: str) -> bool:
    """A sentence after a series that asks something of its own ("At this level, the employee can use judgment in
    ..."), not the posting's talk ("This definition of specialized experience is typical of ...", "We pay for
    conferences")."""
    plain = _plain(sentence)
    return (
        classify_kind(plain) is not None
        and not _is_boilerplate(plain)
        and _NOT_A_QUALITY.match(normalise(plain)) is None
    )


def clauses(text: str) -> list[str]:
    """The requirements one item joins (``lexicon.CLAUSE_BREAKS``), each at least ``CLAUSE_MIN_WORDS`` words;
    ``[text]`` when it states one. Breaks inside parentheses do not count."""
    if len(text) < 2 * lexicon.CLAUSE_MIN_WORDS * 3 or _NAMED_HEAD.match(text):
        return [text]
    if (reader := _READER_IS_AND_CAN.match(text)) is not None:
        # "You are a patient listener and can turn goals into plans": what the reader is, then what they can do
        return [reader["is"], text[reader.end() :].strip(" ,;.")]
    pieces: list[str] = []
    start = 0
    refused = 0
    for match in _clause_breaks(text):
        before = text[: match.start()]
        if before.count("(") > before.count(")"):
            continue
        piece = text[start : match.start()].strip(" ,;")
        # ("You should understand and be able to apply X": a modal's bare verb shares the next clause's object)
        if _word_count(piece) >= lexicon.CLAUSE_MIN_WORDS and not _BARE_MODAL_VERB.search(piece):
            pieces.append(piece)
            start = match.end()
            if len(pieces) >= MAX_PARTS:  # more clauses than a requirement joins: a run of text, read whole
                return [text]
        elif (refused := refused + 1) > MAX_REFUSED_BREAKS:
            return [text]  # (each refusal reads the growing piece again: a run of them is no requirement's text)
    last = text[start:].strip(" ,;.")
    if pieces and _word_count(last) < lexicon.CLAUSE_MIN_WORDS:
        return [text]  # the break left too little behind it: one requirement after all
    if pieces and _refers_back(last):
        # "... know what VXLAN means and are excited to use them daily": a closing clause about what the one before
        # it named is no requirement of its own
        return pieces
    return [*pieces, last] if pieces else [text]


# a feeling about what was named before ("are excited to use them daily"; not "the ability to teach it to others"), or
# practice with it
_REFERS_BACK = re.compile(
    r"^(?:(?:are|be|is)\s+)?(?:(?:very|really|always)\s+)?(?:excited|eager|keen|happy|thrilled|glad)\s+to\s+"
    r"(?:use|apply|work with|learn|try|play with|dig into)\s+(?:them|it|these|those)"
    r"(?:\s+(?:daily|every day|often|more|at work))?\W*$"
    # (round 26) or practice with it: "... JSON and XML schemas, and exposure to using them daily"
    r"|^(?:(?:some|basic|hands-on|practical|good|proven)\s+)?(?:experience|exposure|familiarity|practice)\s+"
    r"(?:(?:in|with|to)\s+)?(?:using|applying|working with|handling)\s+(?:them|it|these|those)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
REFERS_BACK_WORDS = 8


def _refers_back(text: str) -> bool:
    """A clause about what the one before it named (:data:`_REFERS_BACK`), naming nothing new: no requirement of its
    own ("and exposure to using them in Python applications" names Python, and stays)."""
    if _word_count(text) > REFERS_BACK_WORDS or (found := _REFERS_BACK.match(text.strip(" ,;."))) is None:
        return False
    after = _PRONOUN_OBJECT.split(found[0], maxsplit=1)[-1]
    return classify_kind(after) is None


_PRONOUN_OBJECT = re.compile(r"\b(?:them|it|these|those)\b", re.IGNORECASE)


# a closing bracketed remark that asks for something of its own ("(need to be open to learning both)")
_REQUIREMENT_REMARK = re.compile(
    r"(?:(?<!\s)\s*)?\((?P<inner>(?:and\s+)?(?:you(?:'ll|\s+will)?\s+)?(?:need\s+to|must|should|have\s+to|(?:be\s+)?(?:willing|open|able)\s+to"
    r"|willingness\s+to|be\s+comfortable)\b[^()]{8,})\)\s*[.;]?$",
    re.IGNORECASE,
)


def _requirement_remark(text: str) -> re.Match[str] | None:
    """A closing bracketed remark that asks for an attitude of its own ("(need to be open to learning both)", "(and
    willing to learn Go)"), after a requirement of three words or more; not a condition of the job ("(must be
    willing to travel)")."""
    if ")" not in text or (remark := _REQUIREMENT_REMARK.search(text)) is None:
        return None
    if _word_count(text[: remark.start()]) < REMARK_AFTER_WORDS or _is_boilerplate(remark["inner"]):
        return None
    verdict = classify_kind(remark["inner"])
    return remark if verdict is not None and verdict[0] == "soft" else None


REMARK_AFTER_WORDS = 3
MAX_REFUSED_BREAKS = 20
# (round 26) the reader's quality, then an ability: "You are a keen listener and can translate the objectives", "You're
# an attentive reviewer and can explain trade-offs" (only after "You are …": "APIs that are stable and can evolve" is
# one requirement)
_READER_IS_AND_CAN = re.compile(
    r"\W*(?P<is>(?:you are|you're)(?: also)? (?:an? |the )?(?:[\w-]+ ){0,3}[\w-]+)\s+and\s+(?=can\s+(?!be\b)[a-z]+\s)",
    re.IGNORECASE,
)
_BARE_MODAL_VERB = re.compile(r"\b(?:should|must|shall|can|could|will|would)\s+[a-z]+$", re.IGNORECASE)


def _word_count(text: str) -> int:
    """Words with a letter or digit: "— — —" is no clause."""
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def _clause_breaks(text: str) -> Iterator[re.Match[str]]:
    """Each ``lexicon.CLAUSE_BREAKS`` match in ``text``, left to right, none overlapping (on ASCII text, matches
    of the lower-cased text: the same places)."""
    candidates, breaks, said = _CLAUSE_CANDIDATE, _CLAUSE_BREAKS, text
    if _CLAUSE_CANDIDATE_LOWER is not None and _CLAUSE_BREAKS_LOWER is not None and text.isascii():
        candidates, breaks, text = _CLAUSE_CANDIDATE_LOWER, _CLAUSE_BREAKS_LOWER, text.lower()
    end = 0
    for candidate in candidates.finditer(text):
        if candidate.start() < end:
            continue
        if (found := breaks.match(text, candidate.start())) is not None:
            if (verb := found.start("de_verb")) >= 0 and not said[verb].islower():
                continue  # a German noun ("und Test Automation"), not the reader's next verb
            end = found.end()
            yield found


_DIGIT = re.compile(r"\d")
_HEDGE_CUE_START = re.compile(r"^(?:ideally|preferably|preferred|optionally)\s+", re.IGNORECASE)
_VERSION_ONLY = re.compile(
    # "version 17", "v3", "3.12", "2.x" (not "5+": years)
    r"(?:(?:version|release|edition|v\.?)\s*\d[\w.+]*|\d+(?:\.\d+)+\+?|\d+\.x)"
    r"(?:\s+(?:or|and)\s+(?:later|newer|above|higher|up))?",
    re.IGNORECASE,
)


def _asks_a_skill(sentence: str) -> bool:
    """Whether ``sentence`` opens as a qualification ("Experience with …", "Knowledge of …") or with a technology's
    name ("Kafka would be ideal")."""
    plain = _plain(sentence).strip()
    if _QUALIFICATION_OPENING.match(plain):
        return True
    first = plain.split(maxsplit=1)[0].strip(",.;:") if plain else ""
    return bool(first) and _names_a_technology(first)


_QUALIFICATION_OPENING = re.compile(
    r"(?:(?:some|prior|previous|hands-on|practical|solid|strong|good|basic|any|deep)\s+)?(?:experience|knowledge"
    r"|familiarity|understanding|exposure|background|proficiency|expertise|skills?|fluency|a degree|certification"
    r"|working knowledge)\b",
    re.IGNORECASE,
)


EXTRAS_MOST = 12  # the optional extras read from one requirement's later sentences, at most (each keeps its line)


def hedged_extras(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` without its optional extras, and each extra with its cue (``[]``: none).

    "Web development, ideally in a newsroom" -> ("Web development", [("ideally", "ideally in a newsroom")]);
    a must that merely prefers one technology ("a cloud platform, ideally AWS") keeps it."""
    mark = _END_MARK.search(text)
    if mark is None and not _may_hedge_inside(text):  # one piece, no cue in it (most requirements): what the
        return text, []  # steps below return then (they test the text stripped of spaces and ";"; cues are letters)
    ends = _PIECE_END.finditer(text, mark.start()) if mark else ()
    starts = [0, *(m.end() for m in ends)]
    kept: list[str] = []  # each piece with the separator after it ("Python; ", "SQL. ")
    extras: list[tuple[str, str]] = []
    for index, (start, end) in enumerate(zip(starts, [*starts[1:], len(text)], strict=True)):
        piece = text[start:end]
        hedge = _HEDGE_OPENING.match(piece.strip()) if index else None
        if hedge and _VERSION_ONLY.fullmatch(piece.strip()[hedge.end() :].strip(" .,;()")):
            hedge = None  # "Python, ideally 3.12": which version, part of the requirement
        # (round 31: the last piece without the ";" a bullet of a ";"-list ends with; only the last, so that a line
        # of many "…; X is a plus;" pieces is not read as as many requirements)
        said = piece.rstrip(" ;") if end == len(text) else piece
        closing = _NICE_CLOSING.search(said) if index and not hedge else None
        if closing and closing["wish"] and not _asks_a_skill(said):
            # ("A clear head is desirable.", "Remote work is desirable.": no skill; the older cues, "is a plus", say
            # any later sentence is nice)
            closing = None
        if len(extras) >= EXTRAS_MOST:
            kept.append(piece)  # (round 31) a line of thousands of "… is a plus." is no list of thousands of wishes
        elif hedge:
            extras.append((hedge["cue"].lower(), piece.strip(" ;")))
        elif closing:  # "Expert in C#. Knowing .NET internals is a plus.": the later sentence is nice
            extras.append((" ".join(closing["cue"].lower().split()), piece.strip(" ;")))
        else:
            kept.append(piece)
    main = "".join(kept).strip(" ;")
    if _may_hedge_inside(main) and (inside := _HEDGE_INSIDE.search(main)) is not None and inside.start() > 0:
        closer = main.find(")", inside.end()) if inside["open"] == "(" else -1
        end = closer if closer >= 0 else len(main)
        rest = main[inside.end() : end].strip(" .,;")
        # "ideally AWS": a preferred option; "(ideally version 17)": which version, no skill of its own
        if rest and not _TECH_NAME.fullmatch(rest.split()[0].strip(",")) and not _VERSION_ONLY.fullmatch(rest):
            extras.insert(0, (inside["cue"].lower(), f"{inside['cue']} {rest}"))
            main = " ".join((main[: inside.start()] + main[end + 1 if closer >= 0 else end :]).split())
    if _may_hedge_inside(main) and (tail := _nice_tail(main)) is not None:
        # "Python (Django is a plus)", "PostgreSQL - mandatory, MongoDB mile widziane": the must-have keeps its
        # priority, the extra its own
        head = main[: tail.start()].rstrip(" ,;-–—(")
        if any(ch.isalpha() for ch in head) and not _nice_tail(head) and _names_its_own_skill(tail["extra"]):
            extras.append((" ".join(tail["cue"].lower().split()), f"{tail['extra']} {tail['cue']}"))
            main = _MUST_MARK.sub("", head).rstrip(" ,;-–—")
    if not extras and _may_hedge_inside(main) and (comma := _NICE_AFTER_COMMA.search(main)) is not None:
        # "Strong Java, Kotlin is a plus", "5+ years of Go, Rust is a plus", "Bardzo dobra znajomość Javy, Kotlin mile
        # widziany": the head asks firmly and the verb is singular, the plus is the last name alone ("Experience with
        # Kafka, RabbitMQ is a plus" and "Java, Kotlin are a plus" are wholly nice lists)
        head = main[: comma.start()].rstrip(" ,;")
        if (
            _ASKED_FIRMLY.search(head) is not None
            and _names_its_own_skill(comma["extra"])
            and len(comma["extra"].split()) <= 2
        ):
            extras.append((" ".join(comma["cue"].lower().split()), f"{comma['extra']} {comma['cue']}"))
            main = head
    if not extras or not any(ch.isalpha() for ch in main):
        return text, []
    return main, extras


# what makes a head before "…, Kotlin is a plus" a must-have of its own: a strength, years, a must
_ASKED_FIRMLY = re.compile(
    r"\b(?:strong|solid|excellent|deep|proven|expert|advanced|fluent|proficien\w*|required|must|mandatory|essential"
    r"|\d+\+?\s*(?:years?|yrs?)|bardzo dobr\w*|dobr[aąe]|biegł\w*|ottim\w*|buon\w*|sehr gute?|gute?|fundierte?)\b",
    re.IGNORECASE,
)
_NICE_AFTER_COMMA = re.compile(
    r",\s+(?P<extra>[^(),;]{2,40}?)\s+(?P<cue>(?:is|would be|will be)\s+(?:a\s+|an\s+)?"
    r"(?:(?:very\s+|really\s+)?(?:big|huge|real)\s+)?(?:plus|bonus|advantage)|is\s+(?:highly\s+)?(?:appreciated|welcome)"
    r"|mile widzian[ya]"
    # (round 31) "5+ years of Python, AWS is ideal", "…, Terraform would be very helpful"
    r"|(?:is|would be)\s+" + lexicon.WISH_INTENSIFIER + r"(?:" + lexicon.IDEAL + r"|helpful|desirable|beneficial))"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)


# a nice-to-have said at the end of a must-have, in brackets or after a dash or a "mandatory": "Python (Django is a
# plus)", "Go - Rust would be a plus", "PostgreSQL - obowiązkowe, MongoDB mile widziane"
_NICE_TAIL_CUES = (
    r"(?:is|are|would be|will be)\s+(?:a\s+|an\s+)?(?:(?:very\s+|really\s+)?(?:big|huge|real)\s+)?"
    r"(?:plus|bonus|advantage"
    r"|nice[- ]to[- ]have)"
    r"|(?:is|are|would be)\s+"
    + lexicon.WISH_INTENSIFIER
    + r"(?:"
    + lexicon.IDEAL
    + r"|helpful|desirable)"  # (round 31)
    + r"|(?:is\s+|are\s+|would be\s+)?(?:highly\s+)?(?:appreciated|welcome)"
    # said without a verb, in brackets or after a dash: "Java (Kotlin a plus)", "SQL (PostgreSQL preferred)"
    r"|(?<=\w\s)(?:a\s+|an\s+)?(?:(?:very\s+|really\s+)?(?:big|huge|real)\s+)?(?:plus|bonus|advantage)|(?:strongly\s+)?preferred"
    r"|(?:ist|wäre|sind|wären)\s+(?:ein\s+)?(?:plus|von vorteil)|(?:est|serait|sont)\s+(?:un\s+)?(?:plus|atout)"
    r"|(?:es|sería|son)\s+(?:un\s+)?(?:plus|punto (?:a\s+favor|favorable))|se valorar[áa]"
    r"|(?:è|sarebbe|sarà)\s+(?:un\s+)?plus|(?:è\s+"
    r"|sarà\s+)?gradit[aoie]"
    r"|(?:è\s+|sarà\s+)?apprezzat[aoie]|costituisce\s+(?:un\s+)?(?:plus|titolo preferenziale)"
    r"|(?:é|será|seria)\s+um\s+(?:diferencial|plus)|(?:będzie\s+|jest\s+)?(?:dodatkowym\s+|dużym\s+)?(?:atutem|plusem)"
    r"|mile widzian[aeyio]?|(?:katsotaan|luetaan|on)\s+eduksi|tercih sebebi(?:dir)?|(?:je|bude)\s+výhodou"
    r"|is een (?:pr[ée]\b|pluspunt)|är meriterande|(?:er|är)\s+(?:en|ett|et)\s+(?:fordel|fördel|plus|pluss)"
)
_NICE_TAIL = re.compile(
    r"(?:(?<!\s)\s*\(\s*|(?<!\s)\s+[-–—]\s+|\s(?:mandatory|required|obowiązkow[eay]|obbligatori[oa]|obrigatóri[oa]|vyžadováno"
    r"|pflicht|requis|obligatoire|imprescindible)\s*,\s+)"
    r"(?P<extra>[^(),]{2,80}?)\s++(?P<cue>" + _NICE_TAIL_CUES + r")"
    # (round 33) and waived: "(English is a plus but not required)", "(… es un punto favorable pero no es
    # imprescindible)"
    r"(?:,?\s++(?:but|pero|mais|aber|ma)\s++(?:(?:is|es|est|ist|è)\s++)?(?:not|no|pas|nicht|non)\s++(?:(?:es|est|è)\s++)?"
    r"(?:strictly\s+)?"
    r"(?:required|necessary|essential|mandatory|a must|imprescindible|necesari[oa]|obligatori[oa]|nécessaire"
    r"|obligatoire|erforderlich|notwendig|richiest[oa]))?"
    # (possessive: a run of spaces around the bracket and the stop was split every way, seconds; round 33's review)
    r"\s*+\)?+\s*+[.!]?+\s*+$",
    re.IGNORECASE,
)


def _nice_tail(text: str) -> re.Match[str] | None:
    """:data:`_NICE_TAIL` at the end of ``text``, looked for in its last characters only: the last
    ``NICE_TAIL_REACH`` that are not white space, and the spaces among them (it ends the text and holds at most 80
    characters of extra: a line of thousands of " - a plus" was tried at each, round 32)."""
    start = 0
    if len(text) > NICE_TAIL_REACH:  # (counting only what is not a space: a run of them does not push the cue out)
        start, shown = len(text), 0
        while start > 0 and shown < NICE_TAIL_REACH:
            start -= 1
            shown += not text[start].isspace()
    return _NICE_TAIL.search(text, max(0, start - 1))


NICE_TAIL_REACH = 400


def _names_its_own_skill(extra: str) -> bool:
    """Whether the extra of :data:`_NICE_TAIL` names a skill of its own: a name ("Django", "MongoDB"), or a
    requirement's opening and a name ("experience with Vue"); not an aside between dashes ("even hobby projects"),
    "especially Lambda", an adverb ("highly") or a remark about people ("career changers")."""
    if any(dash in extra for dash in ("–", "—", " - ")):
        return False
    opening = _REQUIREMENT_OPENING.match(extra)
    rest = extra[opening.end() :] if opening else extra
    if rest[:1].isdigit() or _LEVEL.match(rest):
        return False  # a number, a version or a level: "(7+ preferred)", "(3.10+ preferred)", "(C1 level preferred)"
    if _A_LANGUAGE.search(rest):
        return True  # (round 33) a language, in lower case where it is so written: "(el dominio del inglés es un …)"
    return bool(_TECH_NAME.match(rest)) and rest.split()[0].lower() not in ("a", "an", "the", "i")


# (English names a language with a capital, "polish" in lower case is a finish; other languages write it in lower
# case: "inglés", "anglais")
_A_LANGUAGE = re.compile(
    r"\b(?:English|French|German|Spanish|Dutch|Portuguese|Italian|Polish|Swedish|Danish|Norwegian|Finnish|Japanese"
    r"|Mandarin|Cantonese|Arabic|Hindi|Welsh|Irish|inglés|ingles|anglais|englisch|inglese|inglês|angielski|español"
    r"|français|deutsch|Deutsch|portugués|portugais|francés|alemán|allemand|italiano|italien|espagnol|catalán"
    r"|chino|japonés|quechua|aymara|guaraní|euskera|gallego)\b"
)
_LEVEL = re.compile(r"[ABC][12]\b|(?:native|fluent|advanced|intermediate|basic|senior|junior)\b", re.IGNORECASE)


# the word saying the part before the nice-to-have is a must ("PostgreSQL - obowiązkowe"): no part of its name
_MUST_MARK = re.compile(
    # (round 31: from the first space of a run only; "\s*[-–—,]?\s*" tried at each space of a run of a thousand took
    # seconds)
    r"(?<!\s)(?:\s*[-–—,])?\s*(?:mandatory|required|obowiązkow[eay]|obbligatori[oa]|obrigatóri[oa]|vyžadováno|pflicht|requis"
    r"|obligatoire|imprescindible)\s*$",
    re.IGNORECASE,
)


def _may_hedge_inside(text: str) -> bool:
    """Whether ``text`` holds a piece of a cue of ``_HEDGE_INSIDE`` or ``_NICE_TAIL`` (most requirements hold
    none)."""
    if text.isascii():
        return holds_any(text.lower(), _HEDGE_CUE_HINT_ASCII)
    return _HEDGE_CUE_HINT.search(text) is not None


LEAD_CHARS = 40  # a soft word this close to the start names what the requirement is about


# (round 31) a wish said after the skill ("… would be very helpful"), not of the person ("you are helpful")
_WISH_TAIL = re.compile(
    r"(?<!\byou)(?<!\bwe)(?<!\bthey)(?<!\s)\s+(?:is|are|would be|will be)\s+"
    + lexicon.WISH_INTENSIFIER
    + r"(?:helpful|beneficial|useful)(?:,? but (?:is )?not (?:strictly )?(?:required|necessary|essential|a must))?\W*$"
)


@lru_cache(maxsize=4096)  # a list's items ("Python", "Go") come back in posting after posting
def classify_kind(text: str) -> tuple[Kind, str] | None:
    """The lexicon's verdict on ``text``: soft when its soft words outweigh its technical ones.

    Each soft word counts 1, or 2 within the first words (the requirement's head); each
    technical word counts 1; a tie goes to soft when there is a soft word in the head.
    """
    normalised = normalise(_plain(text[:NAME_SOURCE_CHARS]))
    if "helpful" in normalised or "beneficial" in normalised or "useful" in normalised:
        # (round 31) a wish said after the skill is no quality of the person's: "Experience with Kafka would be helpful"
        normalised = _WISH_TAIL.sub("", normalised)
    if match := _HARD_OVERRIDES.search(normalised):
        return "hard", f"lexicon: {match[0]}"
    if said := in_chinese(_CJK_SOFT, normalised):
        return "soft", f"lexicon: {said[0]}"  # "良好的沟通能力" (Chinese: no word boundaries for the lists below)
    if _LANGUAGE_ALONE.fullmatch(normalised.strip(" .;,")):  # "French", a part of "Fluent in French and ..."
        return "soft", f"lexicon: {normalised.strip(' .;,')}"
    hard = list(_HARD_TERMS.finditer(normalised))
    if hard and (head := _soft_head(normalised, hard)):
        return "soft", f"{SOFT_HEAD_REASON} {head}"
    soft = list(_SOFT_TERMS.finditer(normalised))
    if soft and hard and (liking := _KNOWLEDGE_AND_LIKING.search(normalised)):
        # (round 32) "Knowledge and passion for React internals": the knowledge of a technology, liked
        soft = [m for m in soft if not liking.start() <= m.start() < liking.end()]
    if soft and (aside := _aside_end(normalised)):  # "In addition to communication skills, a good coder": said
        soft = [m for m in soft if m.start() >= aside]  # in passing, what the requirement is comes after the comma
    if not soft:
        return ("hard", f"lexicon: {hard[0][0]}") if hard else None
    # (round 28: a word in brackets is said in passing, never the head: "any experience with C/C++ (most team
    # members are C/C++ developers)")
    soft_score = sum(2 if m.start() < LEAD_CHARS and not _in_brackets(normalised, m.start()) else 1 for m in soft)
    if soft_score >= len(hard):
        return "soft", f"lexicon: {soft[0][0]}"
    return "hard", f"lexicon: {hard[0][0]} (and {len(hard) - 1} more technical words)"


JOB_HEADING_WORDS = 6  # a heading this short that names a job is the job's title


def _names_the_job(heading: str) -> bool:
    """A heading that names the job, not a kind of skills (round 32): "Full-Stack Software Engineer" read as
    technical for its "Stack" and made "You should be comfortable working in a startup environment" under it hard
    (its list is still read as the heading's kind made it; only the kind of each requirement is its own)."""
    return (
        len(heading.split()) <= JOB_HEADING_WORDS and classify_heading(heading).topic is None and names_a_job(heading)
    )


_KNOWLEDGE_AND_LIKING = re.compile(
    r"\b(?:knowledge|experience|expertise|skills?) (?:of |in |with )?(?:and|&) (?:a )?"
    r"(?:passion|interest|enthusiasm|love) (?:for|in)\b"
)


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a bracket opened before it in ``text`` (and not closed before it)."""
    before = text[:at]
    return before.count("(") > before.count(")")


def _aside_end(normalised: str) -> int | None:
    """Where an opening aside ends ("in addition to communication skills, "), if the text opens with one."""
    start = len(normalised) - len(normalised.lstrip("-*• "))  # (a bullet's marker before it)
    if (aside := _ASIDE.match(normalised, start)) is None or (comma := normalised.find(",", aside.end())) < 0:
        return None
    return comma + 1 if comma - aside.end() <= ASIDE_CHARS else None


ASIDE_CHARS = 60  # an aside is a few words: "In addition to strong communication and writing skills,"


_ASKED_WISH = re.compile(lexicon.ASKED_WISH, re.IGNORECASE)


def _soft_head(normalised: str, hard: list[re.Match[str]]) -> str | None:
    """The ability a requirement opens with (``SOFT_HEADS``) when every technical word comes after it, as its
    domain: "Leading teams to develop ML prototypes" is leadership, not ML."""
    head = _SOFT_HEADS.search(normalised)
    # (round 33) after a question's wish, the requirement starts: "would you be keen to teach others about ..."
    lead = LEAD_CHARS + (wish.end() if (wish := _ASKED_WISH.match(normalised)) else 0)
    if head is None or head.start() >= lead or any(m.start() < head.start() for m in hard):
        return None
    if _ASIDE.search(normalised, 0, head.start()):  # "In addition to communication skills, a good coder"
        return None
    return head[0]


LOWER_CASE_TEXT_WORDS = 4  # a line this long starting in lower case continues a sentence
WEAK_NICE_LEAD = 12  # "Ideally, ..." / "Preferably ...": the cue opens the item
WEAK_NICE_WORDS = 6  # "Go (preferred)": a short item qualified as a whole


def _priority(text: str, context: _Context) -> tuple[Priority, str]:
    """Nice when the item's first sentence says so; a must that prefers one option stays must."""
    if (cue := _nice_cue(text)) is not None:
        return "nice", f"text: {cue}"
    if context.priority == "nice" and (must := _TEXT_MUST.search(normalise(_plain(text[:NAME_SOURCE_CHARS])))):
        return "must", f"text: {must[0]}"  # "English is a must" in a list of wishes
    if context.priority:
        return context.priority, f"heading: {context.priority_heading}"
    return "must", "default"


_TEXT_MUST = re.compile(lexicon.TEXT_MUST, re.IGNORECASE)


def priority_of_part(part: str, requirement: SkillRequirement) -> tuple[Priority, str]:
    """(Round 36) The priority of ``part``, some words of ``requirement`` read as a requirement of their own: nice
    or must when they say so ("Must have X and technical writing is a plus", "X (required) and Y (preferred)");
    else the requirement's ("X and Y are a plus": both)."""
    if (cue := _nice_cue(part)) is not None:
        return "nice", f"text: {cue}"
    if must := _TEXT_MUST.search(normalise(_plain(part[:NAME_SOURCE_CHARS]))):
        return "must", f"text: {must[0]}"
    return requirement.priority, requirement.priority_reason


@lru_cache(maxsize=1024)  # a list's items ("Python", "Go") come back
def _nice_cue(text: str) -> str | None:
    """The words of the item's first sentence that make it nice-to-have ("is a plus"), if any."""
    end = _SENTENCE_END.search(text, mark.start()) if (mark := _END_MARK.search(text)) else None
    first = normalise(_plain(text[: end.start()] if end else text))
    match = _TEXT_NICE.search(first)
    if match and _in_a_list_of_examples(first, match.start()):
        # "Cocoa Touch (insbesondere UIKit, CoreData, weitere von Vorteil)": the cue is the last example's
        match = _TEXT_NICE.search(first, first.index(")", match.end()) + 1) if ")" in first[match.end() :] else None
    if match and match[0].endswith("helps") and _MUST_SAID.search(first, 0, match.start()):
        match = None  # (round 39) "Strong SQL is required and dbt helps": the item is a must
    if match and (not _TEXT_NICE_WEAK.fullmatch(match[0]) or _weak_cue_applies(match, first)):
        return match[0]
    if said := in_chinese(_CJK_NICE, first):
        return said[0]  # "有开源项目经验者优先"
    return None


def _in_a_list_of_examples(text: str, position: int) -> bool:
    """Whether ``position`` is inside brackets that list examples before it: a part of the bracket's list
    ("(especially UIKit, CoreData, others a plus)", "(e.g. Helm, others a bonus)"), not said of the bracket as a
    whole ("Go (preferred)", "Kubernetes (not essential, but a big plus)")."""
    opened = text.rfind("(", 0, position)
    if opened < 0 or ")" in text[opened:position] or "," not in text[opened:position]:
        return False
    inside = text[opened + 1 : position]
    return inside.count(",") >= EXAMPLES_BEFORE_A_CUE or _BRACKET_EXAMPLES.match(inside) is not None


EXAMPLES_BEFORE_A_CUE = 2  # "(UIKit, CoreData, others a plus)": two commas, a list before the cue
_BRACKET_EXAMPLES = re.compile(
    r"\s*(?:e\.\s?g\.|z\.\s?b\.|such as|like|including|especially|in particular|notably|insbesondere|vor allem"
    r"|par exemple|notamment|por ejemplo|especialmente|bijvoorbeeld|vooral)(?!\w)",
    re.IGNORECASE,
)


def _weak_cue_applies(match: re.Match[str], sentence: str) -> bool:
    """ "Ideally, ..." opens the item; "Go (preferred)": qualifies a short item as a whole, not one option of it
    ("Cloud platforms (ideally GCP)", "Python, ideally 3.12": a must that prefers an option; "Java (ideally version
    21)": the version it prefers); said last of one thing (:func:`_said_of_the_whole`)."""
    if _VERSION_ONLY.fullmatch(sentence[match.end() :].strip(" .,;:()")):
        return False
    # "Python (3.10+ preferred)", "5+ years (7+ preferred)", "English (C1 level preferred)": the bracket prefers a
    # version, a number or a level of a must-have
    opened = sentence.rfind("(", 0, match.start())
    if opened >= 0 and _PREFERRED_DEGREE.fullmatch(sentence[opened + 1 : match.start()].strip()):
        return False
    if match.start() <= WEAK_NICE_LEAD:
        return True
    if _PREFERRED_PREDICATE.search(sentence, 0, match.start()) and _CLAUSE_ENDS.match(sentence, match.end()):
        # (round 37) said of its clause's subject, last in the clause, another clause after it: "Experience with SOC
        # 2 audits is strongly preferred, and AWS IAM knowledge is a big plus"
        return True
    if not _said_last(sentence, match):
        return False
    return len(sentence.split()) <= WEAK_NICE_WORDS or _said_of_the_whole(sentence[: match.start()])


_PREFERRED_PREDICATE = re.compile(r"\b(?:is|are) (?:strongly |highly |very much |much )?$")
_CLAUSE_ENDS = re.compile(r",?\s+(?:and|but)\s|;\s")  # (said last of all: ``_said_of_the_whole`` decides)


def _said_last(sentence: str, cue: re.Match[str]) -> bool:
    """Whether nothing but punctuation follows the cue in its sentence ("... regulations preferred.")."""
    return not any(ch.isalnum() for ch in sentence[cue.end() :])


def _said_of_the_whole(before: str) -> bool:
    """Whether a weak cue said last is said of the whole requirement (round 27): "Knowledge of HIPAA privacy and
    security regulations preferred.", "Experience with automation tools, such as Chef or Puppet preferred." (examples
    illustrate the one thing), "Certification of CISSP, CISM, CCSP preferred." (a qualification's list of names);
    not when ``before``, the words before the cue, names a must first: "Python is a must and Go preferred", "Strong
    C++ and experience with CUDA preferred", "Relational databases, PostgreSQL preferred", "Backend services in Go
    preferred", "Java development experience with Spring Boot preferred"."""
    if len(before) > CUE_SCOPE_CHARS:
        return False  # a long sentence ends with its last clause's wish (and the patterns below stay cheap)
    before = _EXAMPLES_TO_END.sub("", before)
    if _MUST_BEFORE.search(before):
        return False
    lead = _QUALIFICATION_LEAD.match(before)
    rest = before[lead.end() :] if lead else before
    if lead and _NAMES_ONLY.fullmatch(rest.strip()):
        return True
    return not _OPTIONS_BEFORE.search(rest)


CUE_SCOPE_CHARS = 300  # a sentence this long before its last cue is no one thing
_NAME = r"(?!(?:with|in|on|for|and|or|but)\b)[\w.+#'-]+(?:\s+[\w.+#'-]+)?"
_NEXT_NAME = rf"\s*,\s*{_NAME}"
_LAST_NAME = rf",?\s+(?:and|or)\s+{_NAME}"
# names apart by commas and a last "and"/"or": "CISSP, CISM, CCSP", "Kafka or RabbitMQ" (not "RabbitMQ, with Kafka")
_NAMES = rf"{_NAME}(?:{_NEXT_NAME})*(?:{_LAST_NAME})?"
# three or more ("CISSP, CISM, CCSP", "CISSP, CISM or CCSP"; "Relational databases, PostgreSQL" is a must and its
# option)
_NAMES_ONLY = re.compile(
    rf"{_NAME}(?:(?:{_NEXT_NAME}){{2,}}(?:{_LAST_NAME})?|(?:{_NEXT_NAME})+{_LAST_NAME})", re.IGNORECASE
)
# an example list of names running to the cue ("tools, such as Chef or Puppet"): illustrates the one thing preferred
_EXAMPLES_TO_END = re.compile(
    r",?\s*(?<!\w)(?:" + "|".join(lexicon.EXAMPLE_CUES) + rf"|like|including)\s+{_NAMES}\s*$", re.IGNORECASE
)
# a must said before the cue: "Python is a must and Go preferred", "... and working knowledge of Kotlin preferred"
_MUST_BEFORE = re.compile(
    r"\b(?:required|must|essential|mandatory|needed|necessary)\b|\b(?:and|but)\s+(?:(?:some|working|hands-on"
    r"|practical|prior|basic)\s+)?(?:experience|knowledge|familiarity|exposure|understanding|proficiency)\b",
    re.IGNORECASE,
)
# where a must names its option: a list's comma, a clause's semicolon, a bracket, a dash, or a word that adds the
# option to what was named ("services in Go", "experience with Spring Boot", "Python, but Go")
_OPTIONS_BEFORE = re.compile(r"[,;(]|\s[-–—]\s|\s(?:with|in|using|but|ideally|preferably)\s", re.IGNORECASE)


_PREFERRED_DEGREE = re.compile(
    r"\d[\w.+]*(?:\s+(?:years?|yrs?))?|(?:[ABC][12]|native|fluent|advanced|intermediate)(?:\s+level)?|version\s+\S+",
    re.IGNORECASE,
)


def _first_clause(text: str) -> str:
    text = _plain(text[:NAME_SOURCE_CHARS])
    return text[: _first_cut(text)]


# --- short names ----------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def short_name(text: str) -> str:
    """A label of a few words for a requirement ("Experience with Kafka, ..." -> "Kafka")."""
    # a curly apostrophe reads as the plain one: "It\u2019s important that" is a lead-in too
    text = text[:NAME_SOURCE_CHARS].replace("\u2019", "'")
    if "://" in text or "www." in text:
        text = _BARE_WEB_ADDRESS.sub(" ", text)  # "Familiar with https://www.terraform.io" is not named "Https"
    if not text.isascii() and _mostly_japanese(text):
        return _japanese_name(text)
    # (a Spanish question's or exclamation's opening mark leads in: "¿Tienes ganas de aprender?")
    name = _clause_name(_without_parentheses(_plain(text).lstrip("¿¡")))
    if name.casefold() in lexicon.NAME_GENERIC_HEADS and (examples := _examples_named(_plain(text), name)):
        name = examples  # "Experience with tools like Terraform and Kubernetes": "Terraform and Kubernetes"
    if " " not in name and (base := technology_base(name)) is not None:
        name = base  # "Pythona", "Javasta": the technology's own name
    if (choice := _choice_named(_plain(text))) is not None:
        name = choice  # "Several years of experience in one of: C#, Java, Python": "C#, Java, Python"
    elif _names_only_a_list(name) and (listed := _plain(text).partition(":")[2].strip(" .;")) and _ALNUM.search(listed):
        # "Experience with some of the following: Kafka, Flink, Spark": the list on the same line names the skills
        name = _clause_name(_without_parentheses(listed))
    if not _ALNUM.search(name):
        opening = " ".join(_plain(text).split()[: lexicon.NAME_MAX_WORDS])
        name = _tidy_end(opening)
        if not any(ch.isalnum() for ch in name):  # "— 🚀 with": tidying left only the emoji
            name = opening if any(ch.isalnum() for ch in opening) else text.strip()[:60]
    return _capitalise(name)


def _choice_named(text: str) -> str | None:
    """The name of a requirement that offers a choice (``lexicon.CHOICE_LEADS``) after words naming nothing: the
    list it offers ("Experience with one or more of Go, Rust or C++" -> "Go, Rust or C++")."""
    if (choice := offered_choice(text)) is None:
        return None  # (none, or after a skill of its own: "Strong Python and one of Django or Flask")
    listed = text[choice.end() :].strip(" :.;")
    if ":" in listed[:CHOICE_LABEL_CHARS]:
        listed = listed.partition(":")[2].strip(" .;")  # "one of these languages: Go, Rust": the options
    elif (bracket := _CHOICE_BRACKET.match(listed)) is not None and _LISTED.search(bracket[1]):
        listed = bracket[1]  # "one of the major clouds (AWS, GCP or Azure)": the options in brackets
    if not _ALNUM.search(listed) or not _LISTED.search(listed):
        return None  # "one of the most important skills": no list
    return _clause_name(_without_parentheses(listed))


_CHOICE_BRACKET = re.compile(r"[^(),;:]{0,40}\(([^()]{1,120})\)")
CHOICE_LABEL_CHARS = 40  # "one of these languages: …": the words that name the options' kind, before the colon
_LISTED = re.compile(r",|\s(?:or|and|oder|und|ou|et|o|y|en)\s", re.IGNORECASE)


_KANA = re.compile(r"[\u3040-\u30ff]")  # Japanese writes kana between its words; Chinese writes none
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _mostly_japanese(text: str) -> bool:
    """A requirement written in Japanese: kana, and at least half as many Japanese characters as Latin letters once
    its brackets are gone (a technology's name is many letters: "Kubernetesの運用経験"); "Experience with Zengin
    (全銀システム)" is English with a Japanese aside."""
    said = _FULL_WIDTH_BRACKETS.sub("", _without_parentheses(text))
    return _KANA.search(said) is not None and len(CJK_CHAR.findall(said)) * 2 >= len(_LATIN_LETTER.findall(said))


_JA_TRAILERS = re.compile(f"(?:{lexicon.JA_NAME_TRAILERS})$")
_JA_USING = re.compile(lexicon.JA_NAME_USING)
_JA_OPENERS = re.compile(lexicon.JA_NAME_OPENERS)
_FULL_WIDTH_BRACKETS = re.compile(r"(?:(?<!\s)\s*)?（[^（）]*）")
JA_NAME_CHARS = 30  # a Japanese name this long at most (it writes no spaces: words are not counted)


def _japanese_name(text: str) -> str:
    """A Japanese requirement's name: without its brackets, its opening years and the words around the skill
    (``lexicon.JA_NAME_*``); "X を用いた Y" is "Y（X）" when that is short."""
    name = _FULL_WIDTH_BRACKETS.sub("", _without_parentheses(_plain(text))).strip(" ・･-。")
    name = _without_ja_tags(name)  # "【歓迎】Terraformの経験": the priority tag is no part of the name
    name = _JA_OPENERS.sub("", name)
    shorter = _JA_TRAILERS.sub("", name).rstrip("、。 ")
    name = shorter or name
    using = _JA_USING.search(name)
    tool, thing = (name[: using.start()], name[using.end() :]) if using else ("", name)
    if tool and thing:
        name = f"{thing}（{tool}）" if len(thing) + len(tool) + 2 <= JA_NAME_CHARS else thing
    return name if len(name) <= JA_NAME_CHARS else name[:JA_NAME_CHARS].rstrip("、。 ") + "…"


_EXAMPLES_START = re.compile(r"\s*(?:\(|,?\s+(?:such as|like|e\.g\.|including|for example|for instance|especially)\b)")


def _examples_named(text: str, head: str) -> str:
    """The name of the examples after a generic ``head`` in ``text`` ("tools (Ansible, Salt)", "languages such as
    Go or Rust"), or "" when none follow it."""
    at = text.casefold().find(head.casefold())
    opening = _EXAMPLES_START.match(text, at + len(head)) if at >= 0 else None
    if opening is None:
        return ""
    rest = text[opening.end() :].lstrip(" ,:")
    rest = _EXAMPLES_END.split(_EXAMPLES_OPENING.sub("", rest, count=1), maxsplit=1)[0]  # "(e.g. Java, C#)"
    words = rest.split()
    # examples are names ("Terraform", "C#", "dbt"): not "systems like ours", "tools such as the ones listed above",
    # "platforms (mobile and web)", "languages (we use Go and Elixir)"
    if not words or not (
        _TECH_NAME.fullmatch(words[0].strip(",")) or _HARD_TERMS.fullmatch(words[0].strip(",").lower())
    ):
        return ""
    # they end where the sentence goes on ("... like Terraform and Kubernetes to run services")
    end = next((i for i, word in enumerate(words) if i and word.lower() in lexicon.NAME_PREPOSITIONS), len(words))
    return _clause_name(" ".join(words[:end]))


_EXAMPLES_OPENING = re.compile(r"^(?:e\.g\.|i\.e\.|such as|like|for example|for instance|including),?\s*")
_EXAMPLES_END = re.compile(r"[);!?]|\.(?=\s|$)")


@lru_cache(maxsize=1024)  # a list's items come back with other remarks in parentheses ("Python (3+ years)")
def _clause_name(clause: str) -> str:
    """The name ``clause`` (a requirement made plain, its parentheses left out) gives: its lead-ins, what follows
    the first cut and trailing fillers gone, at most ``lexicon.NAME_MAX_WORDS`` words."""
    clause = _strip_lead_ins(clause)
    joined = _JOINED_ON.match(clause)
    if joined is not None and len(clause.split()) > 2 and not joined[0].strip().isupper():
        # (round 39) a lead-in shared with another ask: "Knowledge of [and commitment to open source]", "Experience
        # using [or developing Rosetta tools]", "Vous aimez [et avez des compétences en …]": the ask after the word
        # (not an acronym: "OR and optimisation methods")
        clause = _strip_lead_ins(clause[joined.end() :])
    clause = _tidy_end(clause[: _first_cut(clause)])
    words = _drop_fillers(clause.split())
    if len(words) > lexicon.NAME_MAX_WORDS:
        words = _verb_series_ends(words)
    if len(words) > lexicon.NAME_MAX_WORDS:
        words = _shorten(words)
    return _tidy_end(" ".join(words))


_JOINED_ON = re.compile(r"(?:and|or|and/or|et|ou|und|oder)\s+", re.IGNORECASE)


def _verb_series_ends(words: list[str]) -> list[str]:
    """ "Building, deploying, and maintaining production web applications" -> "Building and maintaining production
    web applications": a series of three or more verbs ending in -ing said before their object keeps its first and
    last verb, so that the name reaches the object (a cut at the series' commas names two verbs and no thing)."""
    verbs: list[int] = []  # where the series' verbs stand ("Designing," "building," "testing" and "operating")
    for index, word in enumerate(words[:-1]):
        if _GERUND.fullmatch(word.rstrip(",")) and (not verbs or words[verbs[-1]].endswith(",")):
            verbs.append(index)
        elif verbs and word.lower() in ("and", "or") and _GERUND.fullmatch(words[index + 1]):
            if len(verbs) < 2 or index + 2 >= len(words):  # (two verbs fit a name; a series with no object stays)
                return words
            # the whole series fits with its object when a preposition ends the object in time: "Pricing, billing,
            # and invoicing systems [for our SaaS platform]" names all three
            limit = min(len(words), lexicon.NAME_MAX_WORDS + 1)
            end = next((j for j in range(index + 3, limit) if words[j].lower() in lexicon.NAME_PREPOSITIONS), None)
            if end is not None:
                return words[:end]
            return [words[0].rstrip(","), word, *words[index + 1 :]]
        else:
            return words
    return words


_GERUND = re.compile(r"[^\W\d_]{2,}ing", re.IGNORECASE)


def item_text(source: str) -> str:
    """A requirement's ``source`` without the list marker it opens with, read as the scan reads a bullet ("-", "1.",
    "(a)", "•", "1、" …): the item's own words."""
    content = source.strip()
    match = _ASCII_BULLET.match(content) or (
        None if content[:1].isascii() else _SYMBOL_BULLET.match(content) or _CJK_BULLET.match(content)
    )
    return match["text"].strip() if match else content


def plain(text: str) -> str:
    """``text`` without Markdown emphasis, links and surrounding emoji, its spaces collapsed (:func:`_plain`)."""
    return _plain(text)


@lru_cache(maxsize=1024)  # a requirement's text is made plain by each step (name, kind, priority, list)
def _plain(text: str) -> str:
    """``text`` without Markdown emphasis, links and surrounding emoji, its spaces collapsed."""
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "`" in text:
        text = _MARKUP.sub("", text)
    core, _ = _strip_decoration(text)
    return " ".join(core.split())


_PARENTHESES = re.compile(r"(?:(?<!\s)\s*)?\([^()]*\)")


def _without_parentheses(text: str) -> str:
    for _ in range(3):
        if "(" not in text:
            break
        text = _PARENTHESES.sub("", text)
    return text


ELIDED_ARTICLE_CHARS = 3  # "l'", "d'", "qu'"


def _strip_lead_ins(text: str) -> str:
    for _ in range(8):
        match = _LEAD_IN.match(text) or _LATER_ARTICLE.match(text)
        rest = text[match.end() :] if match else ""
        if not match or not any(ch.isalnum() for ch in rest) or _is_acronym(match[0]):
            break
        if rest.startswith("-") and match[0][-1:].isalnum():  # "on-call", "in-house": a word, not a lead-in
            break
        # "L'Oréal": a name, not "l'" and a word (but "expérience d'Ansible" leads in to Ansible)
        if match[0].rstrip()[-1:] in "'’" and rest[:1].isupper() and len(match[0].strip()) <= ELIDED_ARTICLE_CHARS:
            break
        text = rest.lstrip(" ,:-–—")  # "Bonus: experience with X"
    return text


def _is_acronym(word: str) -> bool:
    word = word.strip()
    # (two letters at least: "L'" of "L'expérience avec Go", "L'esperienza con Go" is an article)
    return sum(ch.isalpha() for ch in word) > 1 and word.isupper()


@lru_cache(maxsize=1024)  # a list's items, their remarks in parentheses left out, come back ("Python")
def _first_cut(text: str) -> int:
    """Where the earliest name cut falls after the first letter or digit (one scan, left to right)."""
    first = _ALNUM.search(text)
    first_alnum = first.start() if first else len(text)
    best = len(text)
    any_cut, inner_cut = _NAME_CUTS_LOWER
    patterns: tuple[re.Pattern[str] | None, re.Pattern[str] | None]
    if any_cut is not None and inner_cut is not None and text.isascii():
        searched = text.lower()  # the same places, found faster
        if _NAME_CUTS_LOWER_WITHOUT_LETTERS is not None and not holds_any(searched, _LETTER_CUT_LITERALS):
            any_cut = _NAME_CUTS_LOWER_WITHOUT_LETTERS  # no "e.g." nor "i.e." to find
        if _INNER_CUT_WORDS is not None and not holds_any(searched, _INNER_CUT_WORDS):
            inner_cut = None  # no "experience with" to cut after
        patterns = (any_cut, inner_cut)
    else:
        patterns, searched = (_ANY_NAME_CUT, _INNER_NAME_CUT), text
    for index, pattern in enumerate(patterns):
        if pattern is None:
            continue
        for match in pattern.finditer(searched):
            if match.start() >= best:
                break
            cut = match.start("cut") if index == 1 else match.start()
            if cut > first_alnum and not (text[cut - 1 : cut] == "-" and text[cut - 2 : cut - 1].isalnum()):
                # (round 32: not after half of a compound, "front- and backend systems", "Plugin- & Block-Entwicklung")
                best = min(best, cut)
                break
    return best


_NAME_QUALIFIER = re.compile(r"[a-z-]+(?:al|ic|ive|ous|ful|ary)|" + "|".join(lexicon.NAME_QUALIFIERS))


def _drop_fillers(words: list[str]) -> list[str]:
    """ "Cloud platforms experience" -> "Cloud platforms"; a lone qualifier keeps its noun ("International
    experience", "Work experience": the qualifier alone names nothing)."""
    while len(words) > 1 and words[-1].lower().strip(".,") in lexicon.NAME_FILLERS:
        if len(words) == 2 and _NAME_QUALIFIER.fullmatch(words[0].lower()):
            break
        words = words[:-1]
    return words


def _shorten(words: list[str]) -> list[str]:
    """Cut a long name at a natural place within the first words."""
    limit = lexicon.NAME_MAX_WORDS
    window = [w.lower().strip(".,;") for w in words[: limit + 1]]
    for index, word in enumerate(window):
        if index >= 2 and word == "as" and words[index + 1 : index + 3] == ["well", "as"]:
            return words[:index]  # "Works well independently [as well as on a team]": its first conjunct
        if (
            index >= 2
            and word in lexicon.NAME_PREPOSITIONS
            and not (word == "with" and _only_a_way_of_doing(window[:index]))
        ):
            if index == 2 and (verb := _relative_verb(window, index)):
                return words[: index + verb]  # "Building services that scale [to millions of users]"
            return _whole_conjuncts(words[:index], window[:index])
    for index in range(min(limit, len(words) - 1), 1, -1):
        if _suspended(words[index - 1]):
            continue  # (round 32) "Plugin- & Block-Entwicklung": one compound, no place to cut
        if window[index] in lexicon.NAME_CONJUNCTIONS or words[index - 1].endswith(","):
            return words[:index]
    if (group := _suspended_group(words)) is not None and group[0] < limit:
        first, completed = group
        if completed < min(len(words), limit + SUSPENDED_EXTRA_WORDS):
            return words[: completed + 1]  # "System-, Netzwerk- und Anwendungsprobleme", whole
        kept = words[:first]  # the compound would not fit: what comes before it
        while len(kept) > 1 and kept[-1].lower() in lexicon.NAME_TRAILING_STOPWORDS:
            kept.pop()
        return kept or words[:limit]
    return words[:limit]


def _relative_verb(window: list[str], index: int) -> int:
    """(Round 35) How many words of a relative clause at ``index`` ("that", "which") a two-word name keeps: its verb
    when the verb takes no object ("Building services [that scale] to millions of users", not "Building services"
    alone; "Writing code that is easy to read" stays "Writing code"): 2 ("that scale"), or 0 when it does not."""
    if window[index] not in ("that", "which") or index + 1 >= len(window):
        return 0
    verb = window[index + 1]
    after = window[index + 2] if index + 2 < len(window) else ""
    if not verb.isalpha() or verb in lexicon.NAME_TRAILING_STOPWORDS or verb in _NOT_A_VERB:
        return 0
    # only after a plural thing, whose verb has no -s ("services that scale"): a word in -s is the clause's subject
    # ("Building systems that teams [in Europe rely on]"), and after "software", "code" or "tooling" it may as well be
    # ("Designing software that customers [trust]")
    plural = window[index - 1].endswith("s") and not window[index - 1].endswith("ss")
    if not plural or verb.endswith("s"):
        return 0
    return 2 if after == "" or after in lexicon.NAME_PREPOSITIONS or after in lexicon.NAME_CONJUNCTIONS else 0


_NOT_A_VERB = frozenset({"have", "had", "were", "do", "did", "may", "might", "shall", "we", "you", "they"})


def _only_a_way_of_doing(words: list[str]) -> bool:
    """(Round 34) Words that say how something is done and not what: a verb and its adverbs ("Working directly",
    "Collaborating closely", "Work well"); a cut at the "with" after them would leave out whom it is done with
    ("Working directly [with customers to solve their problems]"; "Thinks strategically [when …]" stays cut). Only
    verbs of working with someone: "Communicating clearly [with stakeholders]" is the communicating."""
    adverbs = all((word.endswith("ly") and len(word) > 4) or word in ("well", "together") for word in words[1:])
    return adverbs and words[0] in _WORKING_WITH


_WORKING_WITH = frozenset(
    {
        "work",
        "works",
        "working",
        "collaborate",
        "collaborates",
        "collaborating",
        "partnering",
        "engaging",
        "interacting",
    }
)
SUSPENDED_EXTRA_WORDS = 2  # a name may grow this much past its limit to end a compound it began


def _suspended(word: str) -> bool:
    """Half of a compound that shares its end with a later word: "Plugin-" in "Plugin- & Block-Entwicklung",
    "System-," in "System-, Netzwerk- und Anwendungsprobleme"."""
    word = word.rstrip(",")
    return len(word) > 1 and word[-1] == "-" and word[-2].isalnum()


def _shares_its_end(words: list[str], at: int) -> bool:
    """Whether the suspended half ``words[at]`` is followed by its partner ("System-, Netzwerk- und …", "front- and
    backend"), not a word broken at a line's end ("devel- opment", a PDF's hyphenation)."""
    following = words[at + 1].lower() if at + 1 < len(words) else ""
    return words[at].endswith(",") or following in lexicon.NAME_CONJUNCTIONS or _suspended(following)


def _suspended_group(words: list[str]) -> tuple[int, int] | None:
    """Where the first compound with a suspended half begins in ``words`` and the index of the word that ends it
    (``len(words)`` when none does)."""
    first = next((i for i, word in enumerate(words) if _suspended(word) and _shares_its_end(words, i)), None)
    if first is None:
        return None
    at = first
    while at < len(words) and (_suspended(words[at]) or words[at].lower() in lexicon.NAME_CONJUNCTIONS):
        at += 1
    return first, at


def _whole_conjuncts(words: list[str], lowered: list[str]) -> list[str]:
    """A name cut inside its second conjunct keeps the first one alone: "Problem-solving skills and the
    ability [to work under pressure]" -> "Problem-solving skills"; "Work both independently and as part [of
    a team]" -> "Work independently" (the "both" lost its pair). A second conjunct is cut when it keeps at most
    two words and opens with an article or "as" or ends in a word that needs what was cut ("Social skills and
    ability [to integrate]" -> "Social skills")."""
    for index in range(len(lowered) - 1, 1, -1):
        if lowered[index] in lexicon.NAME_CONJUNCTIONS:
            tail = lowered[index + 1 :]
            if (
                tail
                and len(tail) <= 2
                and (tail[0] in lexicon.NAME_CONJUNCT_OPENERS or tail[-1] in lexicon.NAME_NEEDS_COMPLEMENT)
            ):
                return [
                    w for w, low in zip(words[:index], lowered[:index], strict=True) if low not in lexicon.NAME_PAIRED
                ]
            break
    return words


def _tidy_end(text: str) -> str:
    words = _strip_name(text).split()
    while words and words[-1].lower().strip(".,;:") in lexicon.NAME_TRAILING_STOPWORDS:
        if len(words) > 1 and words[-2].lower() == "big" and words[-1].strip(".,;:") == "O":
            break  # (round 28) "Big O" (notation), not Spanish or Italian "o" (or) left over from a cut
        words.pop()
    return _strip_name(" ".join(words))


_DOTTED_NAME = re.compile(r"\.[A-Za-z]\w")  # ".NET", ".net": a name that opens with its dot


def _strip_name(text: str) -> str:
    stripped = text.strip(" \t.,;:!?-–—/&；。，、：！？")  # (and the full-width marks of Chinese)
    opening = text.lstrip(" \t")
    if opening[:1] == "." and _DOTTED_NAME.match(opening):  # (most names open with no dot: no regex call)
        return "." + stripped
    return stripped


def _capitalise(name: str) -> str:
    first = name.split(" ", 1)[0]
    # (an ASCII word holds a capital when lower-casing changes it: one call, not a look at each character)
    capital = first.lower() != first if first.isascii() else any(ch.isupper() for ch in first)
    if first and not capital and first.rstrip(",.;:") not in lexicon.LOWER_CASE_NAMES:
        return name[0].upper() + name[1:]
    return name


def _without_company_sentences(skills: list[SkillRequirement], sections: list[Section]) -> list[SkillRequirement]:
    """Without a sentence of prose that says what the company is or does, by its name ("Acme lives where design and
    engineering meet." beside the requirements), the name read from a company section's heading ("About Acme", "Om
    Acme"); a sentence that asks for something ("Acme experience is a plus") or names a technology ("Acme engineers
    know SQL", "Acme zoekt iemand met ervaring in React") stays."""
    names = {
        about["name"]
        for section in sections
        if section.kind == "company" and (about := _ABOUT_A_NAME.match(section.heading.strip(" #*:")))
    }
    if not names:
        return skills
    opening = re.compile(rf"(?:{'|'.join(map(re.escape, names))})\s+(?=[a-zà-ÿ])")
    return [
        s
        for s in skills
        if not opening.match(s.source)
        or _is_requirement(s.source)
        or _SEEKS_SOMEONE.search(s.source) is not None
        or any(_names_a_technology(word.strip(".,;:!?()")) for word in s.source.split()[1:])
    ]


def _names_a_technology(word: str) -> bool:
    """A technology named by its name ("React", "SQL", "C++"), not a field said in a word ("engineering")."""
    return (word[:1].isupper() or not word.isalpha()) and known_technology(word)


# the company, by its name, seeking or valuing someone: "Acme values people who write clearly", "Acme zoekt iemand"
_SEEKS_SOMEONE = re.compile(
    r"\b(?:values?|wants?|needs?|seeks?|looks? for|zoekt|söker|søker|sucht|cherche|busca)\b", re.IGNORECASE
)


def _wishes_as_asks(
    skills: list[SkillRequirement], wished: dict[int, SkillRequirement], plain_asks: int
) -> list[SkillRequirement]:
    """Must-haves, the items of lists led by a polite wish alone ("If you are a senior tester, it would be great if
    you:", "Ideally you have:"; ``wished``: their ids) when they are at least half of what the posting asks and it asks
    nothing in plainer words (``plain_asks``: a list or prose under "Requirements" keeps them nice; a paragraph that
    leads into them, "We need to see that you are a self-driven tester. You should bring:", does not count): the
    wishes are the requirements it lists, not extras to them. A list that is plainly extra ("Bonus:") stays nice
    beside them, and so does an item that says it is ("German is an advantage", "(optional)")."""
    polite = [s for s in skills if id(s) in wished and s.priority == "nice"]
    if not polite or plain_asks or len(polite) * 2 < len(skills):
        return skills
    asks = {id(s) for s in polite if not _TEXT_NICE.search(normalise(_plain(s.source)))}
    return [
        s.model_copy(update={"priority": "must", "priority_reason": f"{s.priority_reason} (the posting's only asks)"})
        if id(s) in asks
        else s
        for s in skills
    ]


def _asks_politely(lead: str) -> bool:
    """Whether a list's lead or heading asks with a polite wish and nothing else ("it would be great if you",
    "Ideally you have"), not for more ("Ideally you also have"), not plainly extra ("Nice to have (it would be
    great if you know any of these)")."""
    said = normalise(lead)
    if (wish := _POLITE_WISH.search(said)) is None or _EXTRA_WISH.search(said):
        return False
    return _HEADING_NICE.search(f"{said[: wish.start()]} {said[wish.end() :]}") is None


_POLITE_WISH = re.compile(lexicon.POLITE_WISH, re.IGNORECASE)
_EXTRA_WISH = re.compile(lexicon.EXTRA_WISH, re.IGNORECASE)


def _without_nice_repeats(skills: list[SkillRequirement]) -> list[SkillRequirement]:
    """Without a nice-to-have that says word for word what a must-have says ("Airflow" under Requirements and
    under Preferred): the must-have asks for it already ("Advanced SQL" over "SQL" says more, and stays)."""
    # a repeat stands in a section of nice-to-haves ("Preferred"); one a sentence makes nice ("Kubernetes is a plus")
    # says so on its own line (most of a long posting's nice-to-haves: then no line needs reading)
    listed = [skill for skill in skills if skill.priority == "nice" and skill.priority_reason.startswith("heading")]
    if not listed:
        return skills
    said: dict[str, str] = {}  # each line's words, read once (a line's enumerated skills share it)
    must: dict[str, set[int]] = {}
    for skill in skills:
        if skill.priority == "must":
            must.setdefault(_said(skill.source, said), set()).add(skill.line)
    # (on the must-have's own line a nice-to-have is its optional extra: "... (ideally in Terraform)")
    repeats = {
        id(skill) for skill in listed if (lines := must.get(_said(skill.source, said))) and skill.line not in lines
    }
    return [skill for skill in skills if id(skill) not in repeats]


def _said(source: str, said: dict[str, str]) -> str:
    """What a requirement's line says, its marker, markup and case left out (its whole line: "AWS" of "Azure/AWS
    certification, preferably" is no repeat of "AWS" of "Experience with Azure/AWS"), remembered in ``said``."""
    found = said.get(source)
    if found is None:
        found = said[source] = normalise(_plain(source)).strip(" -*•.;")
    return found


def distinct_names(skills: list[SkillRequirement]) -> list[SkillRequirement]:
    """Number repeated names: "Python", "Python (2)", "Python (3)" (a repeated name is changed in place)."""
    taken = {skill.name.casefold() for skill in skills}
    used: set[str] = set()
    next_number: dict[str, int] = {}
    result = []
    for skill in skills:
        key = skill.name.casefold()
        if key in used:
            skill.name = _numbered(skill.name, taken, next_number)  # the parser's own new object
            key = skill.name.casefold()
        used.add(key)
        result.append(skill)
    return result


def _without_repeats(skills: list[SkillRequirement]) -> list[SkillRequirement]:
    """(Round 38) A skill said again under the same name and kind is one requirement, not "Python" and "Python (2)"
    (a loop would assess it twice), when the repeat says nothing that one of its earlier sayings kept does not: the
    words of its line beyond the name and a requirement's framing (``_said_beyond``) are among that one's ("Python"
    and "Python is required, and Elixir is a big plus"; a line repeated word for word; each is compared with the
    first ``REPEATS_COMPARED`` kept of its name only). A must-have that says as much as a nice-to-have stands for
    both ("Terraform" under Nice to have, then under Requirements). Lines that say more than a name they share stay
    two, numbered: "Java (Spring Boot)" and "Java (Android SDK)", "Kubernetes" and
    "Kubernetes: operators and CRDs", "Leading teams to build prototypes" and "Leading teams through a migration"."""
    groups: dict[tuple[str, str], list[SkillRequirement]] = {}
    for skill in skills:
        groups.setdefault((skill.name.casefold(), skill.kind), []).append(skill)
    dropped: set[int] = set()
    for same in groups.values():
        if len(same) < 2:
            continue
        kept: list[tuple[SkillRequirement, frozenset[str]]] = []
        for skill in same:
            said = _said_beyond(skill)
            for index, (other, other_said) in enumerate(kept[:REPEATS_COMPARED]):
                if not said <= other_said:
                    continue
                if skill.priority == other.priority or skill.priority == "nice":
                    dropped.add(id(skill))
                elif said == other_said:  # (a must-have saying what a nice-to-have says: it stands for both)
                    dropped.add(id(other))
                    kept[index] = (skill, said)
                else:
                    continue  # (a must-have, saying less than a nice-to-have: both stay)
                break
            else:
                kept.append((skill, said))
    return [skill for skill in skills if id(skill) not in dropped] if dropped else skills


REPEATS_COMPARED = 20  # (a page of 8,000 "Go (…)" lines compares each with 20, not with all before it)


def _said_beyond(skill: SkillRequirement) -> frozenset[str]:
    """The words a requirement's text says beyond its name and the framing of any requirement ("experience",
    "required", "you have", ...: ``lexicon.FRAMING_WORDS``), in lower case; levels ("strong", "deep") and numbers
    count."""
    words = _SAID_WORD.findall(normalise(plain(skill.part) if skill.part else plain(item_text(skill.source))))
    named = set(_SAID_WORD.findall(normalise(skill.name)))
    return frozenset(word for word in words if word not in named and word not in lexicon.FRAMING_WORDS)


_SAID_WORD = re.compile(r"[^\W_]+")  # (digits too: "GS-11" and "GS-12" say different levels, "3.12" a version)


def _numbered(name: str, taken: set[str], next_number: dict[str, int]) -> str:
    folded = name.casefold()  # (case folding goes character by character: "Go (2)" folds to "go" + " (2)")
    number = next_number.get(folded, 2)
    while f"{folded} ({number})" in taken:
        number += 1
    next_number[folded] = number + 1
    taken.add(f"{folded} ({number})")
    return f"{name} ({number})"


# --- title ---------------------------------------------------------------------------------


def _find_title(lines: list[_Line]) -> tuple[str | None, int | None]:
    """The job title, and the line consumed as the title heading (the first one only)."""
    title, line = _title_and_line(lines)
    if title and (job := _sought(title)) is not None:
        title = job  # "The Tor Project Seeks Backend Engineer for OONI!"
    return title, line


def _title_and_line(lines: list[_Line]) -> tuple[str | None, int | None]:
    # (the first ten lines shown: the rest of a long posting is not looked at)
    shown = (line for line in lines if line.kind != "blank" and not _ja_banner(line) and not _language_link(line))
    content = list(islice(shown, 10))
    if not content:
        return None, None
    first = content[0]
    for at, line in enumerate(content):
        said = line.heading if line.kind == "heading" and line.level else _plain(line.content)
        if not said.isascii() and _JA_TITLE_LABEL_ALONE.match(said) and at + 1 < len(content):
            title_line = content[at + 1]  # "【募集職種】" over the title
            return _clean_title(_plain(title_line.content)), title_line.number
        field = _TITLE_FIELD.fullmatch(said.strip(" `*_:")) if at == 0 else None
        if field and (value := _field_value(content[1:2])) and ("title" in field[0].lower() or _says_a_job(value)):
            return value, None  # a template's field names over their values: "`title`", then "Python Developer"
        row = _TITLE_ROW.match(_cells(said)) if line.kind == "bullet" or said[:1] == "|" else None
        if row and _heading_shape(row["title"], 12):
            return _clean_title(row["title"]), None  # a table of the job's facts: "| Job Title | Data Engineer |"
        match = _TITLE_LABEL.match(said) or (_JA_TITLE_LABEL.match(said) if not said.isascii() else None)
        if match and not _labels_the_title(line, said, match, first=line is first):
            continue
        if match and match["hiring"] and not _says_a_job(match["title"]):
            continue  # "We're hiring - come build the future of payments!": a slogan, no title
        if match and _PAGE_NAME.match(_clean_title(match["title"])) and (job := _job_heading(content)) is not None:
            return _clean_title(job[0]), job[1]  # "title: Careers at KeyDB" over "## C++ Developer Position"
        if match and line.kind != "bullet":
            # the job before a tagline: before a question, whatever the shape ("Data Engineer : Envie de rendre les
            # données utiles ?"); before a tagline too long for a title ("Backend Engineer – help us rebuild how
            # farms sell …")
            tagged = _job_before_a_tagline(match["title"])
            if tagged is not None and match["title"].rstrip().endswith("?"):
                return tagged, first.number if line is first else None
            if _heading_shape(match["title"].rstrip("! "), 12):  # "Join us!"
                title = match["title"]
                if (inner := _TITLE_LABEL.match(title)) is not None:  # "Title: Open Position: Cryptography Engineer"
                    title = inner["title"]
                return _clean_title(title), first.number if line is first else None
            if tagged is not None:
                return tagged, first.number if line is first else None
    if (first.level != 1 or _PAGE_NAME.match(first.heading)) and (top := _top_heading(content)) is not None:
        # a saved page whose first lines are its cookie banner or breadcrumbs: its one <h1> (a "# " line) names
        # the job
        return _clean_title(top.heading if top.kind == "heading" else _plain(top.content)), top.number
    if (under := _job_under_a_name(content)) is not None:
        return _clean_title(under.heading), under.number
    about_the_company = first.kind == "heading" and classify_heading(first.heading).topic not in (None, "title")
    if about_the_company and (job := _job_heading(content)) is not None:
        return _clean_title(job[0]), job[1]  # "# What we do" (the company), then "# Full-stack Engineer"
    title = _title_from_first_line(first)
    if title:
        return title, first.number
    if len(content) > 1 and first.kind != "bullet" and _PAGE_NAME.match(_clean_title(_plain(first.content))):
        # "Hiring!" over "Embedded Software Engineer (Bristol, hybrid)": the page's name, then the job's
        following = content[1]
        said = following.heading if following.kind == "heading" else _plain(following.content)
        if following.kind != "bullet" and _says_a_job(said) and not _a_sentence(said):
            return _clean_title(said), following.number
    return _sought_title(lines), None


def _job_before_a_tagline(title: str) -> str | None:
    """The job named before a colon or a dash that opens a tagline too long for a title ("Ingénieur·e Génie Logiciel :
    Envie de contribuer à la prochaine génération d'IA ?", "Backend Engineer – help us rebuild how farms sell their
    produce"), if it names one (round 25)."""
    cleaned = _clean_title(title)
    head = _TAGLINE_BREAK.split(cleaned, 1)[0]
    return head if head != cleaned and _says_a_job(head) else None


_TAGLINE_BREAK = re.compile(r"(?<!\s)\s+[:–—|]\s+|:\s+")


# a template's label of the title field, alone on its line over the title ("`title`", "**Job title**")
_TITLE_FIELD = re.compile(
    r"(?:job\s+)?title|position|titre(?:\s+du\s+poste)?|intitulé\s+du\s+poste|stellen(?:titel|bezeichnung)",
    re.IGNORECASE,
)


def _field_value(following: list[_Line]) -> str | None:
    """The title a field's label stands over: the next line, when it is one in the shape of a title."""
    if not following or following[0].kind not in ("text", "heading", "candidate"):
        return None
    value = _clean_title(following[0].heading if following[0].kind == "heading" else _plain(following[0].content))
    return value if _heading_shape(value, 12) and classify_heading(value).topic in (None, "title") else None


# a word of a job's title said in a sentence ("Ura is looking for a Frontend Developer working with ReactJS"):
# capitalised, a dot only inside it ("Node.js", not "Engineer. Apply"), no preposition ("Senior Engineer In Berlin")
# (a German job's name in both genders: "Software-Entwickler*in", "Entwickler:in", "Entwickler(in)")
_SOUGHT_WORD = (
    r"(?!(?:For|In|At|To|With|On|From|And|Or|Who|That)\b)[A-Z][\w+#/-]*(?:\.[\w+#]+)*(?:[*:_]in(?:nen)?\b|\(in\))?"
)
_SOUGHT_TITLE = rf"{_SOUGHT_WORD}(?:\s+{_SOUGHT_WORD}){{0,4}}"
_SOUGHT = re.compile(
    # the company seeks, not the reader ("you will be hiring Senior Engineers")
    r"(?:\b(?:is|are|am)|['’](?:re|s))\s+(?:currently\s+|now\s+|actively\s+)?"
    r"(?:looking for|hiring|seeking|searching for|recruiting)\s+(?:an?\s+|our\s+(?:next|new|first)\s+)?"
    rf"(?P<title>{_SOUGHT_TITLE})"
    rf"|\b[Ss]eeks(?:\s+to\s+fill)?\s+(?:an?\s+)?(?P<sought>{_SOUGHT_TITLE})"
    # German and French: "Wir suchen eine*n Software-Entwickler*in", "Acme sucht", "Pix cherche : un(e) SRE"
    # (also "suchen wir ab sofort eine*n Data Analyst*in", "Wir suchen Dich als Backend-Entwickler*in")
    r"|\b(?:[Ww]ir\s+suchen|suchen\s+wir|sucht)\s+(?:(?:ab\s+sofort|zum\s+\w+|dich|Dich|Sie)\s+)?(?:als\s+)?"
    r"(?:ein(?:e[nr]?)?(?:[*:/](?:n|r)|\(n\)|\(r\))?\s+)*"
    rf"(?P<gesucht>{_SOUGHT_TITLE})"
    rf"|\b(?:re)?(?:cherch|recrut)(?:e|ons|ent)\s*:?\s+(?:(?:une?(?:\(e\)|·e)?|son|sa|ses|notre|nos|des)\s+)?"
    rf"(?P<cherche>{_SOUGHT_TITLE})"
    # (round 25) Swedish, Norwegian, Danish, Dutch: "Vi söker en Backendutvecklare", "Wij zoeken een Data Engineer";
    # the reader invited: "Join our team as a Site Reliability Engineer!"
    r"|\b(?:[Vv]i|[Ww]ij|[Ww]e)\s+(?:söker|søker|søger|zoeken)\s+(?:(?:nu|nå|en|ett|et|een|ny|nya|nye|nieuwe)\s+)*"
    rf"(?P<nordic>{_SOUGHT_TITLE})"
    r"|\b[Jj]oin\s+(?:us|our\s+(?:[\w-]+\s+)?team|the\s+(?:[\w-]+\s+)?team)\s+as\s+(?:an?|our)\s+"
    rf"(?P<join>{_SOUGHT_TITLE})"
    # the reader as the job: "As a Site Reliability Engineer, you will", "Als Site Reliability Engineer wirst Du"
    # (a team after it: "As a Senior Machine Learning Engineer on the Search team, you will")
    rf"|^(?:As\s+(?:an?|our)|Als|En\s+tant\s+que)\s+(?P<as>{_SOUGHT_TITLE})"
    r"(?:\s+(?:on|in|within|at|for)\s+(?:the|our)\s+[\w&-]+(?:\s+[\w&-]+)?\s+team)?,?\s+(?:you|wirst|werden|vous)\b"
)
SOUGHT_TITLE_REACH = 30  # the lines a posting without a title names its job in, before its requirements


def _sought_title(lines: list[_Line]) -> str | None:
    """The job a posting's first lines say it seeks, for a posting whose headings name none."""
    for line in lines[:SOUGHT_TITLE_REACH]:
        said = line.heading if line.kind == "heading" else line.content  # "# Acme Seeks Backend Engineer for X!"
        if line.kind in ("text", "heading") and (job := _sought(said)) is not None:
            return job
    return None


def _sought(text: str) -> str | None:
    """The job ``text`` says the company seeks, if it names one (see ``_SOUGHT``)."""
    if (found := _SOUGHT.search(text)) is None:
        return None
    title = next(job for job in found.groupdict().values() if job)
    last = title.split()[-1]
    plural = last.endswith("s") and JOB_TITLE.fullmatch(normalise(last[:-1])) is not None  # "Senior Engineers"
    return _clean_title(title) if _says_a_job(title) and not plural else None


def _labels_the_title(line: _Line, said: str, match: re.Match[str], *, first: bool) -> bool:
    """Whether a "Title:" label's match on ``line`` names the job: in a heading only with a colon, over a job's name
    ("## Jobs: Backend Engineer"; "## Role: what you'll do" and "## Job - Description" are sections); "Jobs:" in
    plain text only on the first line ("Jobs: 3 open roles in Berlin" further down is the site's)."""
    label = said[: match.start("title")].lower()
    heading = line.kind == "heading" and bool(line.level)
    if label.startswith("jobs") and not first and not heading:
        return False
    if heading:
        title = match["title"].strip()
        return ":" in label and title[:1].isupper() and classify_heading(title).topic in (None, "title")
    return True


def _top_heading(content: list[_Line]) -> _Line | None:
    """The only heading of the top level among the first lines, when it names no section ("# Senior iOS Engineer",
    not "# About us") and no heading stands before it (a site's header: its tagline, then its name as the <h1>).
    A page with no level-1 heading ("Whetstone Research", "Back", then "## Smart Contract Engineer") names the job
    with its top heading only when that says a job and the first line does not. A jobs page's name ("# Jobs",
    "# NumFOCUS Jobs Board") gives the next heading or one of the lines just under it that says a job (a plain
    line "Earthmover / Xarray Community Developer" too)."""
    marked = [i for i, line in enumerate(content) if line.kind == "heading" and line.level is not None]  # "#", <h2>
    if not marked:
        return None
    level = min(content[index].level or 0 for index in marked)  # (every one has a level)
    tops = [index for index in marked if content[index].level == level]
    if len(tops) != 1 or tops[0] != marked[0]:
        return None  # (a plain line before it, breadcrumbs or the site's name, does not count)
    top = content[tops[0]]
    if _PAGE_NAME.match(top.heading):  # "# Jobs" over "## Senior Backend Engineer": the next heading, if it says a job
        following = [
            line
            for line in content[tops[0] + 1 : tops[0] + 1 + _PAGE_NAME_REACH]
            if line.kind in ("text", "candidate") or (line.kind == "heading" and line.level is not None)
        ]
        following += [content[i] for i in marked[1:2] if content[i] not in following]
        return next(
            (
                line
                for line in following
                if _says_a_job(line.heading if line.kind == "heading" else _plain(line.content))
            ),
            None,
        )
    if classify_heading(top.heading).topic not in (None, "title"):
        return None
    if level != 1 and (
        not JOB_TITLE.search(normalise(top.heading)) or JOB_TITLE.search(normalise(_plain(content[0].content)))
    ):
        return None
    return top


def _job_heading(content: list[_Line]) -> tuple[str, int | None] | None:
    """The job the first heading among the first lines that says one names, and that heading's line when the whole
    heading is the title: a Markdown heading, or a bold line ("**Penn State: System administrators/analysts**":
    what follows its label)."""
    for line in content:
        if line.kind != "heading" or not (line.level or line.strong):
            continue
        if not line.level and ": " in line.heading and _says_a_job(after := line.heading.split(": ", 1)[1]):
            return after, None  # a bold line "Place: Job"
        if _says_a_job(line.heading):
            return line.heading, line.number
    return None


def _job_under_a_name(content: list[_Line]) -> _Line | None:
    """The heading right under a page's only level-1 heading when that names the company or the site, not a job
    ("# Acme Robotics" over "## Backend Engineer", after a tagline or not), and this one names a job."""
    names = [line for line in content if line.kind == "heading" and line.level == 1]
    if (
        len(names) != 1
        or _says_a_job(names[0].heading)
        or classify_heading(names[0].heading).topic not in (None, "title")
    ):
        return None
    at = content.index(names[0])
    for line in content[at + 1 : at + 1 + _PAGE_NAME_REACH]:
        if line.kind == "heading" and line.level is not None:
            return line if line.level > 1 and _says_a_job(line.heading) else None
    return None


def _says_a_job(text: str) -> bool:
    """Whether ``text`` could be a job's title: it names one ("Xarray Community Developer", "napari /
    Developer-in-Residence") in the shape of a heading, and names no section."""
    cleaned = _clean_title(text)
    return _heading_shape(cleaned, 12) and names_a_job(cleaned) and classify_heading(cleaned).topic in (None, "title")


# how many lines under a jobs page's name the job's title may stand: a board's header, then the posting's title
# (under its own heading, or a plain line "Earthmover / Xarray Community Developer" after a line of the board's)
_PAGE_NAME_REACH = 3


def _language_link(line: _Line) -> bool:
    """A line that is one link to elsewhere and says where ("[In English](/career/backend/)", "[Read this in
    English](…)"): the page in another language, over the posting, not its title."""
    return _LINK_ALONE.fullmatch(line.content.strip()) is not None and bool(
        NAVIGATION_LINK.match(_plain(line.content).strip(" *."))
    )


_LINK_ALONE = re.compile(r"\[[^\]\n]+\]\([^)\s]*\)")  # a line that is one Markdown link and nothing else


# a page's navigation read as its first line: "Home", "Home » About » Jobs", "Skip to content"
_NAVIGATION = re.compile(
    r"^(?:home|menu|skip to (?:main )?content|back(?: to [\w ]+)?)(?:\s*[»>›/|]\s*[\w ]+)*$", re.IGNORECASE
)


# the name of a site's jobs page, over every posting on it ("# Jobs", "Careers", "Vagas"): no job's title
# ("NumFOCUS Jobs Board", "Acme Careers", "Careers at Acme": the same with the site's name)
_PAGE_NAME = re.compile(
    r"^(?:jobs?|careers?|vagas?|empregos?|empleos?|stellen(?:angebote|anzeigen)?|jobbörse|vacatures?|offres d'emploi"
    r"|open (?:positions|roles|jobs)|job (?:board|openings|offers)|(?:(?:we['’]re|we are|now) )?hiring"
    r"|join (?:us|our team)"
    r"|(?:(?!(?:head|director|manager|adviser|advisor|lead|officer|coordinator|of)\b)[\w&.'-]+ ){1,3}"
    r"(?:jobs?(?: board)?|careers)"
    r"|(?:jobs|careers) (?:at|@|with) [\w&.'-]+(?: [\w&.'-]+){0,2}"
    r"|[\w&.'-]+(?: [\w&.'-]+){0,2} (?:is|are) (?:hiring|recruiting)"  # "Galaxy is hiring"
    # Chinese: "本月招聘" (this month's openings), "社会招聘" (not "Go开发招聘": a job's)
    r"|(?:社会|校园|本月|本周|热门|最新|长期|诚聘|实习生?)?招聘(?:信息|职位|岗位|启事)?|热招(?:职位|岗位)?)\W*$",
    re.IGNORECASE,
)
# a site's tagline in lower case ("a cooperative building privacy tools"), not the name of a job
_TAGLINE = re.compile(r"^(?:a|an|the|we|our)\s")


def _title_from_first_line(first: _Line) -> str | None:
    text = _plain(first.content).lstrip("# ").strip()
    if first.content[:1] == "=" and first.level:  # AsciiDoc's "= Title"
        text = _plain(first.content).lstrip("= ").strip()
    if first.kind == "bullet" or _NAVIGATION.match(text) or _a_sentence(text):
        return None
    for separator in (" | ", " · "):  # a page's title: "Senior Backend Engineer | Acme | Berlin"
        if separator in text and JOB_TITLE.search(normalise(head := text.split(separator, 1)[0])):
            text = head
    # a board's one-line header, "Acme - Mid-level Android Developer - REMOTE - Full Time" (one opening with the
    # job, "Backend Engineer - Acme - Berlin", is read as any first line)
    if len(pieces := _TITLE_PIECES.split(text[:TITLE_HEADER_CHARS])) >= 3:
        at = next((i for i, piece in enumerate(pieces) if piece[:1].isupper() and _says_a_job(piece)), None)
        if at:  # and the field after it ("Senior Software Engineer - Data"), not a place or the company
            more = takewhile(lambda piece: piece.casefold() in lexicon.TITLE_FIELDS, pieces[at + 1 :])
            return _clean_title(" - ".join([pieces[at], *more]))
    if _is_boilerplate(text):
        return None  # "> write hello@acme.com to apply": how to apply, over the posting
    for template in _TITLE_TEMPLATES:
        if (match := template.match(text)) and any(ch.isalpha() for ch in match["title"]):
            if template is _HIRING_TEMPLATE and _HIRING_SLOGAN.search(match["title"]):
                break  # "We are hiring - join us!": a call, no job; the line as it is
            return _clean_title(match["title"])
    cleaned = _clean_title(text)
    if not _heading_shape(cleaned, 12) or _TAGLINE.match(cleaned) or _PAGE_NAME.match(cleaned):
        return None
    if JOB_TITLE.search(normalise(cleaned)) or classify_heading(cleaned).topic is None:
        return cleaned
    return None


def _a_sentence(text: str) -> bool:
    """Whether a first line is a sentence, not a title: a full stop after a word, and words in lower case a title
    has few of ("Die Position soll zum nächstmöglichen Zeitpunkt besetzt werden.", not "Workshop Coordinator - Alder
    Canoes.")."""
    if not (text.endswith(".") and text[-2:-1].isalpha()):
        return False
    return sum(word[:1].islower() for word in text.split()) >= SENTENCE_LOWER_WORDS and bool(_FINITE_VERB.search(text))


SENTENCE_LOWER_WORDS = 3
# a verb a sentence holds and a title does not ("soll ... besetzt werden", "is", "we offer")
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|will|shall|can|must|should|we|you|soll|sollte|wird|werden|ist|sind|kann|muss|wir|est|sont"
    r"|sera|nous|vous|es|son|será)\b",
    re.IGNORECASE,
)
TITLE_HEADER_CHARS = 200  # a board's header is short: a long first line is split no further than this
_TITLE_PIECES = re.compile(r"(?<!\s)\s+[-–—|]\s+")  # a board's one-line header: company, title, place, terms
_WRITTEN_OUT_BREAK = re.compile(r"\\n(?=\s)")  # (not "C:\new")


def _ja_banner(line: _Line) -> bool:
    """A line of a Japanese job board's tags and nothing else ("【未経験歓迎】【リモート可】"): no title (one tag alone,
    "【必須スキル】", is a heading)."""
    text = line.content.strip()
    return text[:1] in "【［" and _JA_TAGS.fullmatch(text) is not None and text.count("【") + text.count("［") >= 2


def _without_ja_tags(text: str) -> str:
    """``text`` without the Japanese tags that open it ("【リモート可】iOSエンジニア", "【歓迎】Terraformの経験"),
    unless they are all it says."""
    if text[:1] in "【［" and (tags := _JA_TAGS.match(text)) is not None and text[tags.end() :].strip():
        return text[tags.end() :]
    return text


def _clean_title(text: str) -> str:
    text = _WRITTEN_OUT_BREAK.split(text, 1)[0]  # a line break written out ("Developer\n Contratação: CLT")
    text = _without_ja_tags(text)  # "【リモート可】iOSエンジニア": the tags go
    core, _ = _strip_decoration(_MARKUP.sub("", text.lstrip("#")))
    return " ".join(core.strip(" \"'“”:.!").split())


# --- salary --------------------------------------------------------------------------------

_CURRENCY = r"(?:US\$|CA\$|AU\$|NZ\$|HK\$|C\$|A\$|S\$|\$|€|£|¥|₹|\b(?:" + "|".join(lexicon.CURRENCY_CODES) + r")\b)"
# (a number opens at its first digit and has at most 12: a line of 300 digits was tried from each digit at each
# length, round 32)
# (also the Indian grouping, "12,00,000" (twelve lakh), and the Swiss apostrophe, "120'000"; round 32)
_NUMBER = (
    r"(?<!\d)(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
    r"|\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d{1,2}(?!\d))?"
    r"|\d{1,12}(?:[.,]\d{1,2}(?!\d))?)"
)
_INDIAN_GROUPING = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


def _amount_pattern(before: str, number: str, thousands: str, after: str) -> str:
    return (
        rf"(?P<{before}>{_CURRENCY})?\s?(?P<{number}>{_NUMBER})\s?"
        rf"(?P<{thousands}>[kK](?![a-zA-Z]))?\s?(?P<{after}>{_CURRENCY})?"
    )


_SALARY_RANGE = re.compile(
    _amount_pattern("c1", "n1", "k1", "c2")
    + r"\s*(?:-|–|—|\bto\b|\bbis\b|\bà\b|\band\b)\s*"
    + _amount_pattern("c3", "n2", "k2", "c4")
)
_SINGLE_AMOUNT = re.compile(r"(?P<c1>" + _CURRENCY + r")\s?(?P<n1>" + _NUMBER + r")\s?(?P<k1>[kK](?![a-zA-Z]))?")
_ANY_CURRENCY = re.compile(_CURRENCY)
# a character or code every currency ``_CURRENCY`` matches holds: ``re`` finds these quickly (no "\b" first)
# (written to open with a character class, the symbols and the codes' first letters, which ``re`` scans for in one
# loop; the look-behinds then check the codes: the same lines as "[$€£¥₹]|USD|EUR|...")
_CURRENCY_HINT = re.compile(
    "[$€£¥₹" + "".join(sorted({code[0] for code in lexicon.CURRENCY_CODES})) + "]"
    "(?:(?<=[$€£¥₹])|" + "|".join(f"(?<={code[0]}){code[1:]}" for code in lexicon.CURRENCY_CODES) + ")"
)
_NOT_SALARY_AFTER = re.compile(r"^\s*(?:%|m\b|mm\b|bn\b|b\b|million|billion|x\b)", re.IGNORECASE)


def find_salary(line: str, number: int) -> SalaryRange | None:
    """A salary range stated on one line ("$160,000 - $240,000", "€60k-80k a year"), if any."""
    if len(line) > MAX_SALARY_LINE or not _DIGIT.search(line) or not _CURRENCY_HINT.search(line):
        return None
    if not _ANY_CURRENCY.search(line):
        return None  # prose, or no amount at all, or no currency (every salary found names one)
    for match in _SALARY_RANGE.finditer(line):
        salary = _range_from(match, line, number)
        if salary is not None:
            return salary
    return _single_amount(line, number) if _SALARY_WORDS.search(line) else None


def _may_state_salary(lines: list[_Line]) -> bool:
    """Whether a line may state a salary (:func:`find_salary`): it is short enough and names a currency, whose symbol
    or code (what ``_CURRENCY_HINT`` matches: plain characters, never a line break) is then in the lines joined. One
    scan of the posting instead of two pattern calls per line: most long postings name no currency (1 MB of different
    requirements, 15,000 lines: 13 ms line by line, 6.5 ms in one scan, and no call of ``find_salary``)."""
    short = [line.content for line in lines if len(line.content) <= MAX_SALARY_LINE]
    return _CURRENCY_HINT.search("\n".join(short)) is not None


def _range_from(match: re.Match[str], line: str, number: int) -> SalaryRange | None:
    symbol = next((match[g] for g in ("c1", "c2", "c3", "c4") if match[g]), None)
    if symbol is None or _NOT_SALARY_AFTER.match(line[match.end() :]):
        return None
    low = _value(match["n1"]) * (1000 if match["k1"] else 1)
    high = _value(match["n2"]) * (1000 if match["k2"] or match["k1"] else 1)
    if match["k2"] and not match["k1"] and low * 1000 <= high:
        low *= 1000  # "60-80k": the k belongs to both
    if not 0 < low <= high <= MAX_SALARY:
        return None
    return _salary(round(low), round(high), _currency(symbol), line, number)


def _single_amount(line: str, number: int) -> SalaryRange | None:
    """One figure on a line that says it is the salary ("Base salary: $150,000")."""
    match = _SINGLE_AMOUNT.search(line)
    if match is None or _NOT_SALARY_AFTER.match(line[match.end() :]):
        return None
    value = _value(match["n1"]) * (1000 if match["k1"] else 1)
    if not 0 < value <= MAX_SALARY:
        return None
    amount = round(value)
    return _salary(amount, amount, _currency(match["c1"]), line, number)


def _salary(low: int, high: int, currency: str, line: str, number: int) -> SalaryRange:
    return SalaryRange(minimum=low, maximum=high, currency=currency, period=_period(line, high), line=number)


def _value(text: str) -> float:
    """ "160,000", "65.000", "55 000", "120'000", "12,00,000" and "85.50" as numbers."""
    if _INDIAN_GROUPING.fullmatch(text):
        return float(text.replace(",", ""))
    digits = re.sub(r"[,.'’\u00a0\u202f ](?=\d{3}(?!\d))", "", text).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return 0.0


def _currency(symbol: str) -> str:
    return lexicon.CURRENCY_SYMBOLS.get(symbol, symbol.upper())


def _period(line: str, high: int) -> Literal["year", "month", "hour"] | None:
    text = normalise(line)
    for period, pattern in _PERIODS:
        if pattern.search(text):
            return period
    return "year" if high >= 10_000 else None


def _pick_salary(candidates: Iterable[tuple[SalaryRange, bool]]) -> SalaryRange | None:
    """The first salary found where salaries are stated (not a benefit budget)."""
    return next((salary for salary, plausible in candidates if plausible), None)
