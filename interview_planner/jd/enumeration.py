"""Find the skills one requirement sentence enumerates ("Experience with Kafka, Spark and Airflow").

A bullet or sentence that lists several skills is several requirements: each
is interviewed, rated and linked to the catalogue on its own. This module
only *finds* the parts; the parser turns each into a requirement that keeps
the whole sentence as its ``source``. The rules, in order:

1. Only the first clause counts (up to ``;``, ``:`` is kept as a lead-in, a
   full stop ends it) and text in parentheses never splits: "Python (Django
   or Flask), Go and Rust" lists three skills, the first with its remark.
2. A list of *examples* of one skill is one requirement: items after "such
   as", "e.g.", "including", "like", "for example", "i.e." or inside
   parentheses after a noun ("cloud platforms (AWS, GCP)") stay whole.
3. Separators are commas, "and", "or", "and/or", "&", and slashes between
   two technology names ("AWS/GCP/Azure"), but not the slashes of one name
   (``lexicon.SLASH_COMPOUNDS``: CI/CD, TCP/IP, UI/UX, A/B, I/O, ...).
4. The first item is what follows the sentence's lead-in ("Experience with",
   "Proficiency in": ``lexicon.REQUIREMENT_OPENINGS`` and a last
   preposition); the last item ends at a preposition or a relative word
   ("Airflow *in* production"). Every item has at most
   :data:`MAX_ITEM_WORDS` words, else the sentence is prose, not a list.
5. It is a list of skills only when at least two items name a technology
   (a capitalised or symbol-bearing word that does not open the sentence,
   or a technical word of the lexicon), or when at least three items each
   name a skill the lexicon knows ("communication, teamwork and
   ownership"). "Design, build and operate services" and "written and
   verbal communication" stay whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from interview_planner.jd import lexicon
from interview_planner.jd.lexicon import normalise
from interview_planner.jd.matching import (
    Openings,
    alternation,
    holds_any,
    lower_case_pattern,
    required_literals,
    word_list,
)

MAX_ITEM_WORDS = 4
MAX_PARTS = 8  # a longer list is a keyword dump: kept whole, a person splits it
MAX_CLAUSE_CHARS = 300


def _marks_pattern(*marks: str) -> re.Pattern[str]:
    """Where one of ``marks`` is in a text lower-cased with its brackets masked: each match of a separator, a clause
    break or a foreign "and"/"or" holds one of its marks after nothing but the spaces it opens with (:func:`_places`).
    A word (" and") is a mark with a space after it, looked at, not taken: marks in a row are each found (" o and ")."""
    characters = [re.escape(mark) for mark in marks if not mark.startswith(" ")]
    words = [re.escape(mark[1:]) for mark in marks if mark.startswith(" ")]
    # (each alternative opens with its character as a literal, not "[,;&]": ``re`` scans for those characters in one
    # loop instead of trying the pattern at every character)
    return re.compile("|".join([*characters, *([f" (?:{'|'.join(words)})(?= )"] if words else [])]))


# ", ", ", and ", " or ": written so that every match opens with the white space or comma it starts at (the
# same matches as "\s*,\s*(?:(?:and/or|and|or|&)\s+)?|\s+(?:and/or|and|or|&)\s+"), which lets ``re`` skip to
# those characters instead of trying the pattern at each one
_SEPARATOR = re.compile(
    # (each opens where a run of spaces does: one tried inside a run reads the rest of the run again, round 32)
    r"(?:,|(?<!\s)\s)(?:(?<=,)\s*(?:(?:and/or|and|or|&)\s+)?|(?<=\s)\s*,\s*(?:(?:and/or|and|or|&)\s+)?"
    r"|(?<=\s)\s*(?:and/or|and|or|&)\s+)",
    re.IGNORECASE,
)
# the same pattern for ASCII text in lower case, without IGNORECASE, and the marks one of which each match holds
# after nothing but the spaces it opens with (:func:`_places`)
_SEPARATOR_LOWER = lower_case_pattern(_SEPARATOR.pattern)
_SEPARATOR_MARKS = _marks_pattern(",", "&", " and/or", " and", " or")
_EXAMPLES = re.compile(
    r"(?:\bsuch as|\be\.g\.?|\beg\.?(?= [A-Z])|\bi\.e\.?|\bincluding|\blike|\bfor example|\bfor instance"
    r"|\bnotamment|\bpar exemple|\bpor ejemplo|\bzum beispiel|\bbijvoorbeeld|\bad esempio|\bpor exemplo"
    r"|\bt\.\s?ex\.|\bf\.\s?eks\.|\bz\.\s?b\.|\bbspw\.|\bpar ex\.|\bwie(?! auch\b))(?!\w)",
    re.IGNORECASE,
)
# the same pattern for ASCII text in lower case, without IGNORECASE (two to three times faster)
_EXAMPLES_LOWER = lower_case_pattern(_EXAMPLES.pattern)
_INVITATION_CLOSE = re.compile(lexicon.INVITATION_CLOSE, re.IGNORECASE)
_WAIVED = re.compile(r"\b" + lexicon.SKILL_WAIVED + r"\W*$", re.IGNORECASE)
_LAST_LEAD = re.compile(
    # (and Italian and Portuguese: "Esperienza di almeno 2 anni con React e TypeScript"; not ".com")
    r"^.*\b(?:with|in|of|using|on|across|for|to|around|about|like|avec|en|de|mit|in|von|di|con|nel|nella|(?<!\.)com"
    r"|em"
    # (round 36) the fields a German list names: "Know-how in den Bereichen API-Gestaltung, Performance, …"
    r"|(?<=den )(?:bereichen|gebieten|themen|themenfeldern)|(?<=dem )(?:bereich|gebiet)"
    # (round 24) Dutch "met" and the Nordic "med", "av", "inom", "innen", after a word of those languages only
    # ("ervaring met", "erfarenhet av"; not the acronyms of "Experience with AV systems, Zoom and Teams")
    r"|(?:(?<=ervaring )|(?<=kennis )|(?<=erfarenhet )|(?<=erfaring )|(?<=kunskaper )|(?<=kunnskap )|(?<=kendskab )"
    r"|(?<=gewerkt )|(?<=arbetat )|(?<=jobbat )|(?<=jobbet )|(?<=arbeidet ))(?:met|med|av|inom|innen))\s+",
    re.IGNORECASE,
)
# the same pattern for ASCII text in lower case, without IGNORECASE (about half the time on a long lead)
_LAST_LEAD_LOWER = lower_case_pattern(_LAST_LEAD.pattern)
_ITEM_END = re.compile(
    r"\s+(?:in|for|at|to|with|on|from|across|when|that|which|who|where|as|is|are|within|via|through|"
    r"would|will|can|could|should|must|be|a plus|pref+err?ed|desirable|"
    r"experience|skills|knowledge|environments?|ecosystems?|"
    # how often the list is used: "... Terraform and Ansible every day" (round 27)
    r"every\s?day|daily|day[- ]to[- ]day|regularly|"
    # the same in the other languages read (the last item of "Python und Go Kenntnisse", "PostgreSQL ve Redis
    # konusunda bilgi sahibi", "Django nebo FastAPI je výhodou", "Docker e Kubernetes è un plus")
    r"kenntnisse|erfahrung\w*|mit|im|von|"
    # (round 36) a German sentence's verb at its end: "… Postgresql und OAuth mitbringen"
    r"mitbringen|mitbringst|mitbringt|beherrschen|beherrschst|beherrscht|besitzen|besitzt|vorweisen|vorweist|"
    r"konusunda|alan\wnda|deneyim\w*|tecrübe\w*|bilgi\w*|ile|olan|bilen|hakim\w*|"
    r"tercih|je|jsou|bude|będzie|jest|è|é|sarà|será|costituisce|är|er|vore|사용|운영|개발|경험|경력)\b.*$",
    re.IGNORECASE,
)
_OPENING = alternation(
    [rf"(?:{p})(?!\w)" for p in lexicon.REQUIREMENT_OPENINGS], before="^", after=r"\s*", flags=re.IGNORECASE
)
_CHOICE = word_list(lexicon.CHOICE_LEADS)
_SENTENCE_ADVERB = re.compile(r"\W*(?:of course|naturally|obviously),\s+", re.IGNORECASE)
_LEAD_IN = Openings([rf"(?:{p})(?:(?<=')|(?!\w))" for p in lexicon.NAME_LEAD_INS], after=r"\s*")
# "Communication skills, written and verbal": the items qualify one skill
_MODIFIERS = frozenset(
    [
        "written",
        "verbal",
        "oral",
        "spoken",
        "both",
        "native",
        "fluent",
        "basic",
        "advanced",
        "intermediate",
        "senior",
        "junior",
        "écrit",
        "oral",
        "écrite",
        "schriftlich",
        "mündlich",
    ]
)
_CLAUSE_START = (
    # (round 33: an article before the adjective, "and a sound understanding of MPI"; "grasp" as "understanding")
    r"(?:(?:(?:a|an)\s+)?(?:(?:strong|solid|sound|deep|good|thorough|working|firm|proven|some|prior|hands-on)\s+)?"
    r"(?:experience|expertise|knowledge|understanding|grasp|familiarity|proficiency|background|exposure|passion|"
    r"interest|curiosity|enthusiasm|ability|willingness|track record|connaissances?|maîtrise|expérience|"
    r"kenntnisse|erfahrung(?:en)?)\b"
    # "..., and should be familiar with modern DevOps environments": the sentence's subject asked for more
    r"|(?:should|must)\s+(?:also\s+)?be\s+(?:familiar|comfortable|experienced|proficient|fluent|skilled)\b)"
)
# the same matches as "(?:\s*[,;]\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)(?=...)", opening with the
# character they start at (see ``_SEPARATOR``)
_CLAUSE_START_ONLY = re.compile(_CLAUSE_START, re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_CLAUSE_BREAK = re.compile(
    r"(?:[,;]|(?<!\s)\s)(?:(?<=[,;])\s*(?:and\s+|as well as\s+)?|(?<=\s)\s*[,;]\s*(?:and\s+|as well as\s+)?"
    rf"|(?<=\s)\s*(?:and|as well as)\s+)(?={_CLAUSE_START})",
    re.I,
)
_CLAUSE_BREAK_LOWER = lower_case_pattern(_CLAUSE_BREAK.pattern)
_CLAUSE_BREAK_MARKS = _marks_pattern(",", ";", " and", " as well as")
# the words one of which every clause break is followed by ("experience", "ability", ...; from the pattern itself,
# so the two stay in step): most list items hold none after their first mark, and then have no clause break
_CLAUSE_START_WORDS = required_literals(_CLAUSE_START) or ()
# a full stop (not of "e.g.", "i.e.", "etc." or an initial); the "." first lets ``re`` look for it quickly
_SENTENCE_END = re.compile(r"\.(?<![A-Z.]\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?=\s|$)")
_CLAUSE_END = re.compile(r";|" + _SENTENCE_END.pattern)
_OPEN_TAIL = re.compile(r"\b(?:of|in|with|on|for|to|about|de|en|avec|mit|von|im|con)$", re.IGNORECASE)
_VERB_LEAD = re.compile(r"\b(?:to|zu|à|de)\s*$", re.IGNORECASE)  # "Ability to design, build and run": actions
TAIL_CHARS = 8  # longer than any word of ``_OPEN_TAIL`` and ``_VERB_LEAD``
_CONNECTORS = frozenset(
    [
        # a modal opens a clause of its own: "... Information Science, and should be familiar with DevOps"
        "should",
        "must",
        "shall",
        "would",
        "so",
        "but",
        "which",
        "while",
        "because",
        "as",
        "since",
        "although",
        "though",
        "then",
        "thus",
        "whereas",
        "yet",
        "who",
        "that",
        "where",
        "donc",
        "mais",
        "car",
        "qui",
        "que",
        "alors",
        "sondern",
        "aber",
        "weil",
        "dass",
        "denn",
        # a subject or a condition opens a clause: "If you're into databases, we also work with the core team"
        "we",
        "you",
        "they",
        "it",
        "i",
        "if",
        "when",
        "nous",
        "vous",
        "on",
        "wir",
        "du",
        "si",
        "wenn",
        "falls",
    ]
)
# "..., or similar tools", "etc.": the list's open end, not a skill
_OPEN_END = re.compile(
    r"^(?:etc\.?|and more|more|others?|usw\.?|u\.\s?a\.?|…|\.\.\."
    r"|(?:similar|comparable|equivalent|other|related|another|any other|alternatives?)\b.*)$",
    re.IGNORECASE,
)
_GENERIC_LABEL = re.compile(
    r"^(?:(?:the\s+)?(?:following|tools?|technolog(?:y|ies)|(?:tech(?:nical)?\s+)?stack|languages?|frameworks?|"
    r"platforms?|skills?|technical skills|requirements?|outils|technologies|werkzeuge|technologien)\s*)?$",
    re.IGNORECASE,
)
_TECH_TOKEN = re.compile(r"[A-Z][\w.+#-]*|[\w.-]*[0-9+#][\w.+#-]*|\.[A-Za-z]+")
_HARD_TERMS = word_list(lexicon.HARD_TERMS)
_SOFT_TERMS = word_list(lexicon.SOFT_TERMS)
_DEGREE = word_list(lexicon.DEGREES)
_SLASH_COMPOUNDS = frozenset(c.casefold() for c in lexicon.SLASH_COMPOUNDS)


@dataclass(frozen=True, slots=True)
class Part:
    """One skill of an enumeration: its words and the sentence's words before the list."""

    text: str
    lead: str


def enumerated_parts(text: str) -> list[Part]:
    """The skills ``text`` lists, or ``[]`` when it states one requirement."""
    sentence = _first_sentence(text)
    if ", " in sentence and (close := _INVITATION_CLOSE.search(sentence)) is not None:
        sentence = sentence[: close.start()]  # "If you know Go and Rust, this job is for you": Go, Rust
    if (adverb := _SENTENCE_ADVERB.match(sentence)) is not None:
        sentence = sentence[adverb.end() :]  # "Of course, prior experience with Haxe would be a plus": no list
    if offered_choice(sentence) is not None:
        return []  # "Experience in one of: C#, Java, Python": any of them meets it, one requirement
    masked = mask_parentheses(sentence)
    marks = _marks(masked)
    clauses = _recruiting_clauses(sentence) or _requirement_clauses(sentence, masked, marks)
    if len(clauses) < 2:
        # ``_list_parts(text)`` without reading the text again: its first clause is the sentence up to a ";" (the
        # sentence ends at the first full stop, the clause at that or an earlier ";"), and a prefix of the sentence,
        # so its brackets mask as the sentence's do (a bracket that closes after it masks the rest in both)
        clause = sentence.split(";", 1)[0].strip(" .")
        return _clause_parts(clause, masked[: len(clause)], marks)
    parts = [part for clause in clauses for part in (_list_parts(clause) or [Part(clause, "")])]
    return parts if len(parts) <= MAX_PARTS else []


def offered_choice(text: str) -> re.Match[str] | None:
    """The words that offer a choice between the skills after them (``lexicon.CHOICE_LEADS``: "one of", "einem
    von"), when the words before them name no skill ("Several years of experience in one of: C#, Java"; not "Strong
    communication skills and experience with one of AWS, GCP or Azure", whose list is read as any list)."""
    choice = _CHOICE.search(text)
    if choice is None:
        return None
    before = normalise(text[: choice.start()])
    return None if _HARD_TERMS.search(before) or _SOFT_TERMS.search(before) else choice


# "We are looking for a backend engineer with ...", "à la recherche d'un·e responsable avec ...": who is
# wanted (at most six words), then what that person brings
_RECRUITING_HEAD = re.compile(
    r"^.{0,80}?\b(?:(?:à la |en )?recherche d['’]\s*|(?:looking for|seeking|searching for|hiring|cherchons"
    r"|recherchons|cherche|suchen|sucht|buscamos|necesitamos|busca)\s+)"
    r"(?P<who>[^,;:()]{0,60}?)\s+(?P<link>with|who|that|avec|ayant|qui|mit|die|der|con|que)\s+",
    re.IGNORECASE,
)
RECRUITING_HEAD_CHARS = 120
# words one of which every recruiting head holds: plain substring tests rule out most sentences in a microsecond
_RECRUITING_WORDS = ("looking for", "seeking", "searching for", "hiring", "cherch", "such", "busca", "necesitamos")
# where a recruiting sentence's next quality starts: "..., who enjoys", "et qui aime", "and a solid grasp of"
_QUALITY_BREAK = re.compile(
    # (spaces taken from the first of their run only, round 32)
    r"(?:(?<!\s)\s*)?,\s*(?:and\s+|et\s+|und\s+|y\s+)?(?:who|qui|die|der|que)\s+"
    r"|(?<!\s)\s+(?:and|et|und|y)\s+(?:who|qui|die|der|que)\s+"
    r"|(?:(?:(?<!\s)\s*)?,\s*|(?<!\s)\s+(?:and|et|und)\s+)(?=(?:an?\s+|une?\s+|eine?n?\s+)?(?:strong|solid|good|deep|proven"
    r"|excellent|real|genuine|bonne|solide|solides|fundierte|fundierten|gute|guten|sehr)\s)",
    re.IGNORECASE,
)
# (round 33) where the next of the qualities said as verbs starts, after "people who": "... who are curious, bring
# diverse perspectives, can communicate well with non-technical colleagues, and are passionate about ..." (and where
# a duty starts, "..., will build our platform", for the sentence to be read whole)
_VERB_BREAK_PATTERN = (
    r"(?:(?<!\s)\s*)?,\s*(?:and\s+)?(?=(?:are|is|can|have|has|bring|brings|enjoy|enjoys|love|loves|share|shares"
    r"|thrive|thrives|care|cares|take|takes|want|wants|will|would|shall)\s)"
)
_VERB_BREAK = re.compile(_VERB_BREAK_PATTERN, re.IGNORECASE)
_QUALITY_OR_VERB_BREAK = re.compile(_QUALITY_BREAK.pattern + "|" + _VERB_BREAK_PATTERN, re.IGNORECASE)
_FUTURE_VERB = re.compile(r"^(?:will|would|shall)\b", re.IGNORECASE)
_DUTY_VERB = re.compile(r"^(?:will|would|shall|can|va|sera|devra|nous aidera|wird|va a)\b", re.IGNORECASE)


def _first_sentence(text: str) -> str:
    """``text``'s first sentence (its first :data:`MAX_CLAUSE_CHARS` characters), white space collapsed."""
    sentence = " ".join(text.split())[:MAX_CLAUSE_CHARS]
    # every sentence end is a full stop: most list items hold none, and need no search; nor does one whose only
    # full stop is its last character (cut there or not, the strip below leaves the same text)
    if 0 <= sentence.find(".") < len(sentence) - 1:
        sentence = _SENTENCE_END.split(sentence, maxsplit=1)[0]
    return sentence.strip(" .")


def _recruiting_clauses(sentence: str) -> list[str]:
    """ "We're looking for an engineer with strong Go skills and a solid grasp of distributed systems, who
    enjoys mentoring": each quality the sentence (:func:`_first_sentence`) asks of the person it looks for is
    one requirement."""
    head_text = sentence[:RECRUITING_HEAD_CHARS].lower()
    if not holds_any(head_text, _RECRUITING_WORDS):  # most sentences: a quick look
        return []
    head = _RECRUITING_HEAD.match(sentence)
    if head is None or len(head["who"].split()) > 6:
        return []
    tail = sentence[head.end() :]
    masked = mask_parentheses(tail)
    breaks = _QUALITY_BREAK
    if head["link"].lower() in ("who", "that") and _VERB_BREAK.search(masked):
        breaks = _QUALITY_OR_VERB_BREAK  # "people who are curious, bring ..., can communicate ..., and are ..."
    cuts = [(m.start(), m.end()) for m in breaks.finditer(masked)]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(tail)]
    clauses = [tail[a:b].strip(" ,;") for a, b in zip(starts, ends, strict=True)]
    # (what the person "will" do is a duty; among qualities said as verbs, "can communicate well" is one of them)
    duty = _DUTY_VERB if breaks is _QUALITY_BREAK else _FUTURE_VERB
    if any(not c or duty.match(c) for c in clauses):
        return []
    if breaks is not _QUALITY_BREAK:
        clauses = _naming_something(clauses)
    return clauses if 2 <= len(clauses) <= MAX_PARTS else []


def _naming_something(clauses: list[str]) -> list[str]:
    """Qualities said as verbs, without those that name no skill or quality of the lexicon and no technology by its
    spelling: "care about quality, and want to grow" asks the first (round 33: "Grow" was a requirement of its own);
    "is based in Berlin", "can start in January" are conditions of the job."""
    named = []
    for clause in clauses:
        said = normalise(clause)
        if _HARD_TERMS.search(said) or _SOFT_TERMS.search(said) or _SPELLED_AS_TECHNOLOGY.search(clause):
            named.append(clause)
    return named


# a technology by its spelling, not a number: "gRPC", "TypeScript", "AWS" (not "2 days a week")
_SPELLED_AS_TECHNOLOGY = re.compile(r"[A-Za-z]+[a-z][A-Z][\w.+#-]*|[A-Z]{2,}[\w.+#-]*|[A-Za-z][\w.-]*[+#]")


def _requirement_clauses(sentence: str, masked: str, marks: str | None) -> list[str]:
    """ "Background in Linux and containers, passion for automation and experience at scale": each clause
    that opens like a requirement of its own ("experience", "passion for", "ability to") is one (``sentence``:
    :func:`_first_sentence`, ``masked``: its brackets masked, ``marks``: its :func:`_marks`)."""
    cuts = _places(
        _CLAUSE_BREAK, _CLAUSE_BREAK_LOWER, _CLAUSE_BREAK_MARKS, masked, marks, followed_by=_CLAUSE_START_WORDS
    )
    if not cuts:
        return [sentence]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(sentence)]
    clauses = [sentence[a:b].strip(" ,;") for a, b in zip(starts, ends, strict=True)]
    # "Knowledge of and experience with X": a clause ending in a preposition shares the next one's object
    whole = all(
        len(c.split()) >= 2 and not _CLAUSE_START_ONLY.fullmatch(c) and not _ends_with(_OPEN_TAIL, c) for c in clauses
    )
    # "Database design and operations ..., and experience with caching": a topic with its details, one skill
    opening = _LEAD_IN.match(clauses[0])
    opens_as_requirement = opening is not None and opening[0].strip().casefold() not in ("a", "an", "the", "")
    return clauses if whole and opens_as_requirement and ":" not in masked else [sentence]


# "and"/"or" in the other languages the lexicon reads ("Java, Kotlin und Scala", "Python, Go y Rust"), read as an
# English word of the same length so the separator finds them; a list joined by one splits only into items the
# lexicon knows as technologies or written like one ("C++", "PostgreSQL"): German capitalises every noun
# ("Planung und Durchführung von Projekten" is one requirement), so a capital says nothing there
_FOREIGN_AND_OR = re.compile(
    r"(?<=\s)(?:und/oder|und|oder|sowie|et|ou|y|o|och|og|eller|samt|e|oppure|i|oraz|lub|albo|ja|tai|ve|veya|nebo|en|또는|및|혹은)(?=\s)",
    re.IGNORECASE,
)
_FOREIGN_AND_OR_LOWER = lower_case_pattern(_FOREIGN_AND_OR.pattern)
_FOREIGN_AND_OR_MARKS = _marks_pattern(
    " und/oder",
    " und",
    " oder",
    " sowie",
    " et",
    " ou",
    " y",
    " o",
    " och",
    " og",
    " eller",
    " samt",
    " e",
    " oppure",
    " i",
    " oraz",
    " lub",
    " albo",
    " ja",
    " tai",
    " ve",
    " veya",
    " nebo",
    " en",
    " 또는",
    " 및",
    " 혹은",
)
_AS_ENGLISH = {
    "und/oder": "and/or  ",
    "und": "and",
    "oder": "or  ",
    "sowie": "and  ",
    "et": "or",
    "ou": "or",
    "y": "&",
    "o": "&",
    "och": "and",  # Swedish, Norwegian and Danish
    "og": "or",
    "eller": "or   ",
    "samt": "and ",
    "e": "&",  # Italian, Portuguese
    "oppure": "or    ",
    "i": "&",  # Polish "and" (Swedish, Norwegian and Danish "in": split only between technologies)
    "en": "or",  # Dutch "and" (French and Spanish "in": split only between technologies)
    "oraz": "and ",
    "lub": "or ",
    "albo": "or  ",
    "ja": "or",  # Finnish
    "tai": "or ",
    "ve": "or",  # Turkish
    "veya": "or  ",
    "nebo": "or  ",  # Czech, Slovak ("a", their "and", is English "a")
    "또는": "or",  # Korean
    "및": "&",
    "혹은": "or",
}
_WRITTEN_AS_TECHNOLOGY = re.compile(r"[\w.-]*[0-9+#][\w.+#-]*|[A-Za-z]+[a-z][A-Z][\w.+#-]*|[A-Z]{2,}[\w.+#-]*")


@lru_cache(maxsize=4096)
def technology_base(word: str) -> str | None:
    """A technology's name as written without the case ending of Polish, Finnish, Czech or Turkish ("Pythona",
    "Dockerem", "w Javie", "Kafką", "Javasta", "TypeScriptistä", "AWS:stä", "Python'a" are Python, Docker, Java,
    Kafka, Java, TypeScript, AWS, Python), or None: not such a word (or already the name)."""
    if len(word) < 3 or not word[:1].isupper() or _named_technology(word):
        return None
    if (apostrophe := _SUFFIX_MARK.search(word)) and _named_technology(head := word[: apostrophe.start()]):
        return head
    for ending in lexicon.CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            if _named_technology(stem):
                return stem
            if ending in lexicon.CASE_ENDINGS_OF_A and _named_technology(stem + "a"):  # "Javie", "Kafką": -a words
                return stem + "a"
    return None


_SUFFIX_MARK = re.compile(r"['’:][^\W\d_]{1,6}$")  # Turkish "Python'a", Finnish "AWS:stä"


def _named_technology(word: str) -> bool:
    """A word the lexicon knows as a named technology ("Python", "Kafka"; not "software", "data")."""
    lowered = word.lower()
    return lowered not in lexicon.GENERIC_HARD_WORDS and bool(
        _HARD_TERMS.fullmatch(lowered) or _NAMED_TECHNOLOGIES.fullmatch(lowered)
    )


_NAMED_TECHNOLOGIES = word_list(lexicon.NAMED_TECHNOLOGIES)


def known_technology(item: str) -> bool:
    """Whether ``item`` is a technology the lexicon knows or one written like one ("C++", "PostgreSQL")."""
    said = normalise(item)
    return bool(_HARD_TERMS.fullmatch(said) or _NAMED_TECHNOLOGIES.fullmatch(said)) or any(
        _WRITTEN_AS_TECHNOLOGY.fullmatch(word) or technology_base(word) for word in item.split()
    )


def _list_parts(text: str) -> list[Part]:
    """The list ``text`` opens with, one part per item (:func:`_clause_parts`)."""
    clause = _first_clause(text)
    masked = mask_parentheses(clause)
    return _clause_parts(clause, masked, _marks(masked))


def _clause_parts(clause: str, masked: str, marks: str | None) -> list[Part]:
    """The list ``clause`` opens with (``masked``: its brackets masked; ``marks``: the :func:`_marks` of it or of a
    text it opens). "und", "et", "y" ... separate items too when every item is a technology
    (:func:`known_technology`); otherwise the list is read with English words and commas only."""
    if (examples := _examples_of_categories(clause, masked)) is not None:
        return examples
    # (only where the separators are looked for: a foreign word elsewhere would change nothing but the cost)
    if _places(_FOREIGN_AND_OR, _FOREIGN_AND_OR_LOWER, _FOREIGN_AND_OR_MARKS, masked, marks):
        english = _FOREIGN_AND_OR.sub(lambda match: _AS_ENGLISH[match[0].lower()], masked)
        # (a lone "i" is Polish "and" or Swedish "in": "Goda kunskaper i Kotlin eller Java" is read again as "in")
        readings = [english]
        if " i " in masked.lower():
            readings.append(_FOREIGN_AND_OR.sub(lambda match: _as_english_but_i(match[0]), masked))
        for text in readings:
            bounds = _places(_SEPARATOR, _SEPARATOR_LOWER, _SEPARATOR_MARKS, text, _marks(text))
            parts = _parts(clause, masked, bounds)
            if parts and (all(known_technology(p.text) for p in parts) or _qualities_only(parts)):
                return parts
    if "," in masked and (after_comma := _FOREIGN_AFTER_COMMA.search(masked)) is not None:
        # (round 36) "API-Gestaltung, Performance, Sicherheit, Testing, und Deployment": a foreign "and" after the
        # list's last comma joins its last item
        # (as German capitalises every noun, two of them technologies: "Planung, Durchführung, und Auswertung von
        # Projekten" is one requirement)
        masked_join = (
            masked[: after_comma.start(1)] + _AS_ENGLISH[after_comma[1].lower()] + masked[after_comma.end(1) :]
        )
        parts = _parts(clause, masked, _places(_SEPARATOR, _SEPARATOR_LOWER, _SEPARATOR_MARKS, masked_join, None))
        if sum(known_technology(part.text) for part in parts) >= 2:
            return parts
    return _parts(clause, masked, _places(_SEPARATOR, _SEPARATOR_LOWER, _SEPARATOR_MARKS, masked, marks))


def _examples_of_categories(clause: str, masked: str) -> list[Part] | None:
    """(Round 37) The examples two joined kinds of technology give (``_CATEGORIES``), each a requirement of its own
    when every one is a technology: "Experience with languages and technologies such as Ruby, Python, PostgreSQL and
    OAuth", "Erfahrung mit Sprachen und Technologien wie Ruby, Python und OAuth" (the kinds name no skill; their
    examples name several). None when the clause is no such list: the examples of one kind ("Cloud platforms such
    as AWS or GCP") are one requirement, and those of two technologies ("Java and Kotlin such as Spring Boot") are
    read as before."""
    if " such as " not in masked and " wie " not in masked:
        return None
    found = _CATEGORIES_THEN_EXAMPLES.search(masked)
    if found is None or not {found["first"].casefold(), found["second"].casefold()} <= _CATEGORIES:
        return None  # ("Java and Kotlin such as Spring Boot": the examples of two technologies, read as before)
    offset = found.end()
    tail = clause[offset:]
    parts = _clause_parts(tail, masked[offset:], None)
    if len(parts) < 2 or not all(known_technology(part.text) for part in parts):
        return None
    return [Part(part.text, clause[:offset] + part.lead) for part in parts]


# the words of categories of technologies, in the languages postings come in
_CATEGORIES = frozenset(
    {
        *("languages", "technologies", "tools", "frameworks", "platforms", "databases", "libraries", "services"),
        *("stacks", "systems", "sprachen", "programmiersprachen", "technologien", "plattformen", "datenbanken"),
        *("bibliotheken", "systeme"),
    }
)
# two categories joined ("languages and technologies", "Sprachen und Technologien"), then the examples of them
_CATEGORIES_THEN_EXAMPLES = re.compile(
    r"\b(?P<first>[^\W\d_]{3,})\s+(?:and|und|&)\s+(?P<second>[^\W\d_]{3,})\s+(?:such as|wie)\s*:?\s+", re.IGNORECASE
)


# a foreign "and"/"or" right after a comma, the last in the text (the join of a list's last item): the words of
# ``_FOREIGN_AND_OR`` (``_AS_ENGLISH``'s) written in Latin letters but "o", "e" and "i", which a comma precedes as
# often in other senses
_FOREIGN_JOINS = "|".join(re.escape(word) for word in _AS_ENGLISH if word.isascii() and word not in ("o", "e", "i"))
_FOREIGN_AFTER_COMMA = re.compile(
    rf",\s+({_FOREIGN_JOINS})\s(?!.*,\s+(?:{_FOREIGN_JOINS})\s)",
    re.IGNORECASE,
)


QUALITIES_IN_A_LIST = 3  # (two, "Teamfähigkeit und Kommunikationsstärke", may be one quality said twice)


def _qualities_only(parts: list[Part]) -> bool:
    """Whether every part is one word the lexicon knows as a quality of a person ("Initiatiefrijk, creatief,
    communicatief en oplossingsgericht", "teamfähig, kommunikativ und lösungsorientiert"): a list of them."""
    return len(parts) >= QUALITIES_IN_A_LIST and all(
        len(words := part.text.split()) == 1 and _SOFT_TERMS.fullmatch(normalise(words[0]).strip(".,;")) is not None
        for part in parts
    )


def _as_english_but_i(word: str) -> str:
    return word if word.lower() == "i" else _AS_ENGLISH[word.lower()]


def _parts(clause: str, masked: str, bounds: list[tuple[int, int]]) -> list[Part]:
    """The parts of the list ``clause`` opens with (``masked``: its brackets masked), ``bounds`` its separators
    (found in ``masked``, or in it with foreign "and"/"or" written in English when they count)."""
    if not bounds:
        return _slash_parts(clause, masked)
    # the lead before the first item first: it decides most lists (each test below only rules the list out, so
    # their order does not change the answer), and the other items are not cut out for nothing
    first_segment = clause[: bounds[0][0]].strip()
    # (the clause opens with no white space, so the segment is a prefix of it, masked as the clause is)
    first_masked = masked[: len(first_segment)]
    split = _split_lead(first_segment, first_masked)
    if split is None:
        return []
    lead, first = split
    if _lead_names_a_skill(lead) or _gives_examples(first_masked) or _ends_with(_VERB_LEAD, lead):
        return []
    edges = [0, *chain.from_iterable(bounds), len(clause)]  # each segment: from a separator's end to the next start
    segments = [clause[edges[i] : edges[i + 1]].strip() for i in range(0, len(edges), 2)]
    if examples := [i for i, segment in enumerate(segments) if i and _EXAMPLES.match(segment)]:
        # "Relational databases, e.g. PostgreSQL or MySQL", "Kubernetes, including Helm, Operators and networking":
        # examples to the end of the list, one requirement; but "Docker, Kubernetes, like Helm charts, and
        # Terraform", "Strong SQL, including window functions, Python and Airflow": an example of the technology
        # before it, and the list of technologies goes on after it
        peers = [segment for i, segment in enumerate(segments) if i not in examples]
        if examples[-1] == len(segments) - 1 or not all(known_technology(s) for s in (first, *peers[1:])):
            return []
        segments = peers
    if len(segments) > 1 and _WAIVED.search(segments[-1]):
        # "Go, Python, and Kubernetes is not required": the last is waived; "Go is a must, Kubernetes is not
        # required" asks one thing
        if len(segments) == 2:
            return []
        segments = segments[:-1]
    rest = " ".join(segments[1:])
    if ":" in rest and ":" in mask_parentheses(rest):  # (masking only hides characters)
        return []  # "Security, compliance and privacy: ...": a label before its details
    items = [first, *(_OPENING.sub("", s) for s in segments[1:-1]), _ITEM_END.sub("", _OPENING.sub("", segments[-1]))]
    items = [item.strip() for item in items if not _OPEN_END.match(item.strip())]
    if any(_rules_out(item) for item in items) or (len(items) == 2 and _shared_head(items)):
        return []
    parts = [Part(piece, lead) for item in items for piece in (_slash_pieces(item) or [item])]
    if not 2 <= len(parts) <= MAX_PARTS or not _is_skill_list([p.text for p in parts], sentence_start=not lead):
        return []
    return parts


@lru_cache(maxsize=1024)  # items come back ("Python", "Kafka")
def _rules_out(item: str) -> bool:
    """An item no list of skills holds: empty, longer than :data:`MAX_ITEM_WORDS`, a clause or an action, a modifier
    of one skill ("written", "verbal") or a degree ("Master's, PhD or MBA degree": one requirement)."""
    if not item or len(_words(item)) > MAX_ITEM_WORDS or _is_clause_or_verb(item):
        return True
    return item.casefold() in _MODIFIERS or _DEGREE.match(normalise(item)) is not None


def _gives_examples(text: str) -> bool:
    """``_EXAMPLES`` in ``text`` ("Cloud platforms such as AWS or GCP"); "like" as a verb is none ("You like using Go,
    Python and Terraform", round 27)."""
    pattern, scanned = _EXAMPLES, text
    if _EXAMPLES_LOWER is not None and text.isascii():
        pattern, scanned = _EXAMPLES_LOWER, text.lower()  # the same places (ASCII keeps its length)
    found = pattern.search(scanned)
    while (
        found is not None
        and found[0].lower() == "like"
        and _LIKING.search(scanned[max(0, found.start() - 6) : found.start()])
    ):
        found = pattern.search(scanned, found.end())
    return found is not None


# who likes, in the six characters before "like": then it is the verb
_LIKING = re.compile(r"(?:^|\W)(?:you|we|they)\s+$", re.IGNORECASE)


def _marks(text: str) -> str | None:
    """``text`` (a sentence or clause whose only white space is spaces: it was joined by them; its brackets masked)
    as the list scans read it: lower-cased; None when it is not ASCII (lower-casing keeps only ASCII text's length,
    and IGNORECASE folds a few other letters into ASCII ones). (Each scan looks for its own first mark: listing
    every mark once for the three scans cost more than the three searches.)"""
    return text.lower() if text.isascii() else None


def _places(
    pattern: re.Pattern[str],
    lower_case: re.Pattern[str] | None,
    kinds: re.Pattern[str],
    text: str,
    marks: str | None,
    *,
    followed_by: tuple[str, ...] = (),
) -> list[tuple[int, int]]:
    """Where ``pattern`` (a separator, a clause break or a foreign "and"/"or", compiled with IGNORECASE) matches
    ``text``, a text whose only white space is spaces, its :func:`_marks` ``marks`` (or those of a text it opens).

    ``re`` tries such a pattern at every space, most of a list's time on a long requirement. Each match holds one
    of the marks ``kinds`` (:func:`_marks_pattern`) finds after nothing but the spaces it opens with, so no match
    starts before the spaces in front of the first of them: the scan starts there (no such mark: no match, most
    requirements), on the text lower-cased, with the ``lower_case`` form (:func:`matching.lower_case_pattern`),
    which folds no case. A look-behind still sees the text before the start and a look-ahead nothing after
    ``text``'s end: the same matches. ``followed_by``: literals (lower case) one of which each match's look-ahead
    reads; when the scanned part holds none, there is no match and no scan."""
    if marks is None or lower_case is None:
        return [match.span() for match in pattern.finditer(text)]
    first = kinds.search(marks)
    if first is None:
        return []
    start = len(marks[: first.start()].rstrip())
    if followed_by and not holds_any(marks[start : len(text)], followed_by):
        return []
    return [match.span() for match in lower_case.finditer(marks, start, len(text))]


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)`` for ``_OPEN_TAIL`` and ``_VERB_LEAD``, which match a short word where the text
    ends (white space aside): searched from just before it, not at each character of a long clause (``\b`` still
    sees the character before the start)."""
    return pattern.search(text, max(0, len(text.rstrip()) - TAIL_CHARS)) is not None


def _first_clause(text: str) -> str:
    clause = " ".join(text.split())[:MAX_CLAUSE_CHARS]
    if "." in clause or ";" in clause:  # (what every clause end is: most list items hold neither)
        clause = _CLAUSE_END.split(clause, maxsplit=1)[0]
    return clause.strip(" .")


def after_first_clause(text: str) -> str:
    """What ``text`` says after the clause a list is read from (:func:`_first_clause`): "" when nothing."""
    said = " ".join(text.split())
    if "." not in said and ";" not in said:
        return ""
    pieces = _CLAUSE_END.split(said, maxsplit=1)
    return pieces[1].strip(" .;") if len(pieces) > 1 else ""


_INNERMOST = re.compile(r"\([^()]*\)")


def mask_parentheses(text: str) -> str:
    """``text`` with everything inside (round) brackets replaced by ``_`` (positions kept); an unclosed ``(``
    masks the rest of the text."""
    if "(" not in text:
        return text
    while "(" in text:  # innermost pairs first, then the pairs they were inside (none left without a "(")
        masked = _INNERMOST.sub(lambda m: "_" * len(m[0]), text)
        if masked == text:
            break
        text = masked
    opened = text.find("(")
    return text if opened < 0 else text[:opened] + "_" * (len(text) - opened)


def _split_lead(segment: str, masked: str) -> tuple[str, str] | None:
    """The sentence's words before the list and the list's first item (None: the list is a label's details);
    ``masked``: ``segment`` with its brackets masked."""
    cut = masked.rindex(":") + 1 if ":" in masked else 0
    if cut and not _GENERIC_LABEL.match(_OPENING.sub("", segment[: cut - 1].strip()).strip()):
        return None  # "Observability: tracing, metrics and logs": the list details the skill before the colon
    if _LAST_LEAD_LOWER is not None and masked.isascii():
        match = _LAST_LEAD_LOWER.match(masked.lower(), cut)  # the same places (ASCII keeps its length)
    else:
        match = _LAST_LEAD.match(masked, cut)
    if match:
        cut = match.end()
    rest = segment[cut:].strip()
    opening = _OPENING.match(rest)
    if opening:
        cut, rest = cut + opening.end(), rest[opening.end() :]
    return segment[:cut], rest.strip()


@lru_cache(maxsize=1024)  # leads come back ("Experience with ", "Knowledge of ")
def _lead_names_a_skill(lead: str) -> bool:
    """ "Experience building backend services in Python or Go": the list qualifies the skill the lead names."""
    rest = lead.rsplit(":", 1)[-1]  # a label before a colon was checked to be generic ("Tech stack:")
    for _ in range(8):
        match = _LEAD_IN.match(rest)
        if not match or not match.end():
            break
        rest = rest[match.end() :].lstrip(" ,-–—")
    return any(w[0].casefold() not in lexicon.NAME_PREPOSITIONS for w in _WORD.finditer(rest))  # the first decides


def _shared_head(items: list[str]) -> bool:
    """ "SQL and PostgreSQL performance tuning", "Computer and Information Science": the last item's noun belongs
    to both (a capitalised field of study only after a word that names no field alone: not "Java and Spring Boot",
    "Anaplan or Adaptive Insights", "Economics and Political Science")."""
    if not shares_the_last_head(items):
        return False
    words = _words(items[-1])
    return words[-1].islower() or (words[-1].casefold() in _DISCIPLINES and items[0].casefold() in _FIELD_MODIFIERS)


# a word that names no field alone, only with the head it shares ("Computer and Information Science"; not
# "Economics and Political Science", two fields)
_FIELD_MODIFIERS = frozenset(
    [
        "computer",
        "information",
        "data",
        "software",
        "electrical",
        "electronic",
        "mechanical",
        "civil",
        "chemical",
        "environmental",
        "political",
        "social",
        "natural",
        "applied",
        "life",
        "earth",
        "materials",
        "systems",
    ]
)
# the head of a field of study, which two names may share ("Computer and Information Science")
_DISCIPLINES = frozenset(
    ["science", "sciences", "engineering", "studies", "technology", "technologies", "mathematics", "informatics"]
)


def _is_clause_or_verb(item: str) -> bool:
    """ "so NLP knowledge", "designing", "implementing enterprise AI": a clause or an action, not a skill's name."""
    words = _words(item)
    if not words or words[0].casefold() in _CONNECTORS:
        return True
    head = words[0]
    verb_like = head.islower() and head.endswith("ing") and not _HARD_TERMS.fullmatch(normalise(head))
    return verb_like and (len(words) > 1 or not _SOFT_TERMS.fullmatch(normalise(head)))


@lru_cache(maxsize=1024)  # asked four times of each item of a list, and items ("Python", "Kafka") come back
def _words(item: str) -> tuple[str, ...]:
    return tuple((_INNERMOST.sub("", item) if "(" in item else item).split())  # most items hold no brackets


def _slash_pieces(item: str) -> list[str]:
    """ "AWS/GCP/Azure" -> its names; one name with a slash (CI/CD) or prose stays whole."""
    if len(item.split()) != 1 or "/" not in item or item.casefold() in _SLASH_COMPOUNDS:
        return []
    if item.casefold().partition("-")[0] in _SLASH_COMPOUNDS:
        return []  # "Client/Server-Kommunikation", "CI/CD-Pipelines": one name with a slash, then its noun
    pieces = [p for p in item.split("/") if p]
    if len(pieces) < 2 or any(len(p) < 2 or not _TECH_TOKEN.fullmatch(p) for p in pieces):
        return []
    return pieces


# a slash-joined pair given as examples of a kind named before it ("a HDL such as Verilog/SystemVerilog")
# ("like" as a preposition: not "You like Python/Go")
_SLASH_EXAMPLES = re.compile(
    r"\w\s+(?:such as|e\.g\.,?|for example|for instance|(?<!\byou )(?<!\bwe )(?<!\bthey )(?<!\bi )like)\s+\S+/",
    re.IGNORECASE,
)


def _slash_parts(clause: str, masked: str) -> list[Part]:
    """A sentence without list separators may still name alternatives with slashes ("AWS/GCP experience"); in its
    brackets only technologies the lexicon knows ("Cloud experience (AWS/GCP)"), not examples of one skill
    ("Multi-currency accounting (EUR/GBP)"; ``masked``: the clause with its brackets masked)."""
    if "/" not in clause:  # (most: no word to read)
        return []
    found = [w.strip(",.()") for w in clause.split() if "/" in w]
    pieces = [p for word in found for p in _slash_pieces(word)]
    if len(found) != 1 or len(pieces) < 2:
        return []
    if _SLASH_EXAMPLES.search(clause):
        return []  # (round 39) examples of what the clause names: "experience with a HDL such as Verilog/SystemVerilog"
    if "/" not in masked and not all(_HARD_TERMS.fullmatch(normalise(piece)) for piece in pieces):
        return []  # (in brackets: alternatives the lexicon knows, "Cloud experience (AWS/GCP)", still count)
    return [Part(piece, "") for piece in pieces]


def _is_skill_list(items: list[str], *, sentence_start: bool) -> bool:
    tech = 0
    for index, item in enumerate(items):
        tech += _names_technology(item, opens_sentence=sentence_start and index == 0)
        if tech >= 2:  # the rest cannot change the answer
            return True
    known = sum(bool(_HARD_TERMS.search(normalise(i)) or _soft(i)) for i in items)
    if tech == 1 and known == len(items):  # "Linux, networking and containers", "French or Dutch"
        return True
    soft = sum(_soft(i) for i in items)
    if (
        len(items) >= 3
        and known == len(items)
        and not any(_PREPOSITION.search(item) for item in items)
        and not shares_the_last_head(items)
    ):
        # "reliability engineering, distributed systems, and cloud native design": three things the lexicon
        # knows, each a skill to assess (not "architecture, performance and security of web applications": what the
        # last one is of, all three are)
        return True
    return len(items) >= 3 and soft == len(items)


def shares_the_last_head(items: list[str]) -> bool:
    """ "frontend, backend, and mobile development": single words before a last item of more, whose last word all of
    them qualify (frontend development, backend development)."""
    return all(len(_words(item)) == 1 for item in items[:-1]) and len(_words(items[-1])) > 1


_PREPOSITION = re.compile(
    r"\s(?:of|for|in|on|with|to|at|by|from|de|du|des|von|für|mit|zu|en|con|para)\s", re.IGNORECASE
)


@lru_cache(maxsize=1024)  # items come back ("Python", "Kafka")
def _soft(item: str) -> bool:
    """Whether ``item`` names a soft skill the lexicon knows, or a language ("Dutch")."""
    said = normalise(item)
    return bool(_SOFT_TERMS.search(said) or _LANGUAGE_ALONE.fullmatch(said.strip(" .;,")))


_LANGUAGE_ALONE = re.compile(lexicon.LANGUAGE_ALONE)


def _names_technology(item: str, *, opens_sentence: bool) -> bool:
    """A technology's name: a capitalised or symbol-bearing word (the sentence's first word only if the
    lexicon knows it as technical: "Python, Go and Rust")."""
    words = [w.strip(",.") for w in _words(item)]
    if opens_sentence and words and _HARD_TERMS.fullmatch(normalise(words[0])):
        return True
    candidates = words[1:] if opens_sentence else words
    return any(_TECH_TOKEN.fullmatch(w) for w in candidates)
