"""The words the job-description parser reacts to, kept apart from its logic.

Postings are written by people, so every rule of the parser comes down to a
list of words: which headings mean "skills", which phrases make a requirement
a nice-to-have, which words make a skill soft, which lead-ins a short name
drops. Keeping the lists here lets a reviewer tune them (or add a language)
without reading the parser, and lets the documentation point at one place.

All patterns are regular-expression fragments matched case-insensitively
against text whose typographic apostrophes were replaced by ``'``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

Topic = Literal[
    "title", "skills", "responsibilities", "company", "benefits",
    "compensation", "education", "experience", "other",
]

# --- headings -----------------------------------------------------------------
# A heading's topic is the FIRST group below with a matching pattern, so the
# order encodes precedence: "Education & Experience" is education,
# "Skills & Experience" is skills, "Experience Requirements" is experience,
# "Responsibilities & Requirements" is responsibilities, "Role requirements"
# is skills.
HEADING_TOPICS: Final[tuple[tuple[Topic, tuple[str, ...]], ...]] = (
    ("other", (
        r"physical", r"how to apply", r"application process",
        r"(?:interview|hiring|recruit\w*) process", r"next steps", r"career (?:progression|path)",
        r"location", r"disclaimer", r"work(?:ing)? (?:hours|schedule|environment|conditions)",
        r"travel", r"overview", r"summary", r"definition", r"job (?:details|type|description)",
        r"about the (?:job|position|opportunity)", r"contact", r"visa", r"sponsorship",
        r"start date",
    )),
    ("benefits", (
        r"benefits?", r"perks?", r"what we offer", r"we offer", r"why (?:join|work|you'll love)",
        r"why us", r"in return", r"what's in it for you", r"avantages",
        r"nous (?:offrons|proposons)", r"wir bieten", r"unser angebot",
    )),
    ("compensation", (
        r"compensation", r"salary", r"pay", r"pay range", r"total rewards", r"remuneration",
        r"rémunération", r"salaire", r"gehalt", r"vergütung",
    )),
    ("education", (
        r"educat\w*", r"degrees?", r"certifications?", r"fields? of study", r"academic\w*",
        r"diplomas?", r"diplôme\w*", r"formation", r"ausbildung", r"studium",
    )),
    ("skills", (
        r"skills?", r"skill ?set", r"competenc\w*", r"compétences?", r"qualifications?",
        r"qualifikation\w*", r"must[- ]haves?", r"nice[- ]to[- ]haves?", r"good[- ]to[- ]haves?",
        r"bonus points", r"pluses", r"what you(?:'ll| will)? bring", r"what you(?:'ll| will)? need",
        r"you bring", r"about you", r"you have", r"you've got", r"who you are", r"profile?",
        r"ideal candidate", r"looking for", r"expertise", r"knowledge", r"kenntnisse",
        r"proficienc\w*", r"abilities", r"prerequisites?", r"capabilities", r"savoir[- ]être",
        r"savoir[- ]faire", r"mitbringst", r"mitbringen",
    )),
    ("experience", (r"experience", r"years", r"expérience", r"erfahrung\w*", r"berufserfahrung")),
    ("responsibilities", (
        r"responsibilit\w*", r"duties", r"what you(?:'ll| will)? (?:do|work on|be doing|achieve)",
    )),
    ("skills", (
        r"requir\w*", r"must", r"what we (?:need|expect)", r"exigences", r"prérequis",
        r"anforderung\w*", r"voraussetzung\w*",
    )),
    ("company", (
        r"about us", r"our company", r"who we are", r"our mission", r"our team", r"about the team",
        r"the team", r"company", r"culture", r"our values", r"equal opportunit\w*", r"eeo",
        r"diversity", r"à propos", r"qui sommes[- ]nous", r"l'entreprise", r"über uns",
        r"das unternehmen", r"wer wir sind",
    )),
    ("responsibilities", (
        r"you(?:'ll| will)", r"your (?:role|impact|mission|day)", r"role", r"day[- ]to[- ]day",
        r"functions", r"tasks?", r"missions?", r"aufgaben", r"tâches", r"activités", r"objectives",
        r"impact", r"deliverables",
    )),
)

# Words in a heading that make its requirements nice-to-have or must-have.
HEADING_NICE: Final = (
    r"nice[- ]to[- ]haves?", r"good[- ]to[- ]haves?", r"preferred", r"preferably", r"bonus",
    r"desir(?:able|ed)", r"a plus", r"pluses", r"plus", r"optional", r"ideally", r"extra credit",
    r"would be (?:great|nice|a plus)", r"wünschenswert", r"von vorteil", r"pluspunkte?",
    r"un plus", r"atouts?", r"souhait\w*", r"appréci\w*", r"idéalement", r"optionnel\w*",
)
HEADING_MUST: Final = (
    r"required", r"must(?:[- ]haves?)?", r"minimum", r"basic", r"essential", r"mandatory",
    r"obligatoire\w*", r"indispensable\w*", r"zwingend", r"erforderlich",
)

# Words in a heading that decide the kind of every skill under it.
HEADING_HARD: Final = (
    r"hard skills?", r"technical", r"tech", r"tools?", r"technolog\w*", r"stack",
    r"techni(?:que|ques|sch|sche|schen)", r"fachlich\w*", r"programming",
)
HEADING_SOFT: Final = (
    r"soft skills?", r"soft", r"interpersonal", r"people skills", r"social skills",
    r"personal (?:qualities|skills|attributes|traits)", r"behaviou?ral", r"savoir[- ]être",
    r"qualités", r"comportement\w*", r"persönlich\w*", r"soziale kompetenz\w*",
    r"leadership", r"communication", r"collaboration",
)

# Words in a first line that make it a job title rather than a section name.
TITLE_NOUNS: Final = (
    r"engineers?", r"developers?", r"managers?", r"designers?", r"scientists?", r"analysts?",
    r"architects?", r"lead", r"director", r"head", r"staff", r"specialist", r"consultant",
    r"administrator", r"officer", r"intern", r"associate", r"coordinator", r"technician",
    r"researcher", r"programmer", r"sre", r"devops", r"ingénieur\w*", r"développeu\w*",
    r"entwickler\w*", r"ingenieur\w*", r"chef", r"responsable", r"leiter\w*",
)

# --- priority -----------------------------------------------------------------
# Phrases inside a requirement's own text that make it nice-to-have.
TEXT_NICE: Final = (
    r"nice[- ]to[- ]have", r"good[- ]to[- ]have",
    r"(?:is|are|would be|as) an? (?:plus|bonus|advantage)",
    r"an? (?:big |huge |strong |definite )?plus", r"bonus",
    r"(?<!your )(?<!their )(?<!our )preferred", r"preferably", r"desirable", r"ideally",
    r"optional",
    r"not required", r"advantageous", r"(?:would be|is) (?:helpful|beneficial|great|nice)",
    r"wünschenswert", r"von vorteil", r"pluspunkt\w*", r"un (?:plus|atout)", r"souhaitée?s?",
    r"appréciée?s?", r"idéalement",
)

# --- kind -----------------------------------------------------------------------
# A skill is soft when its short name (or, failing that, its first clause)
# contains one of these; everything else is hard. HARD_OVERRIDES are checked
# first, for technical phrases that contain a soft word.
HARD_OVERRIDES: Final = (
    r"communication protocols?", r"(?:network|inter-?service|inter-?process|serial) communication",
    r"leader election",
)
SOFT_TERMS: Final = (
    r"communicat\w*", r"mentor\w*", r"coach\w*", r"influenc\w*", r"collaborat\w*", r"empath\w*",
    r"negotiat\w*", r"leadership", r"teamwork", r"team player", r"team spirit", r"stakeholders?",
    r"ownership", r"adaptab\w*", r"adaptation", r"curiosity", r"curious", r"problem[- ]solving",
    r"critical thinking", r"strategic thinking", r"time management", r"prioriti[sz]\w*",
    r"priority management", r"presentation skills", r"public speaking", r"interpersonal",
    r"self[- ]?(?:starter|motivated|directed|driven)", r"proactiv\w*", r"attention to detail",
    r"detail[- ]oriented", r"organi[sz]ational skills", r"conflict resolution",
    r"emotional intelligence", r"customer[- ]focus\w*", r"growth mindset", r"continuous learning",
    r"willingness to learn", r"eager\w* to learn", r"accountab\w*", r"integrity", r"inclusiv\w*",
    r"storytelling", r"facilitat\w*", r"persua\w*", r"verbal", r"listening", r"humility",
    r"relationship[- ]building", r"decision[- ]making", r"judge?ment", r"ambiguity",
    r"feedback", r"teaching", r"explain(?:ing)?", r"articulat\w*", r"convey\w*",
    r"people management", r"managing (?:\w+ )?(?:engineers|people|teams?)", r"autonomy",
    r"autonomie", r"rigueur", r"curiosité",
    r"esprit d'équipe", r"travail en équipe", r"pédagog\w*", r"teamfähig\w*", r"teamgeist",
    r"kommunikat\w*", r"eigeninitiative", r"selbstständig\w*", r"empathie",
)

# --- short names ----------------------------------------------------------------
_ADJECTIVES: Final = (
    r"strong", r"proven", r"excellent", r"advanced",
    r"deep(?! learning| neural| reinforcement| tech)",
    r"solid", r"hands[- ]on", r"good", r"great", r"exceptional", r"outstanding", r"demonstrated",
    r"demonstrable", r"extensive", r"significant", r"substantial", r"broad", r"thorough",
    r"in[- ]depth", r"sound", r"practical", r"professional", r"relevant", r"prior", r"previous",
    r"basic", r"some", r"very good", r"superb", r"expert(?:-level)?", r"effective", r"clear",
    r"bonnes?", r"solides?", r"excellentes?", r"très bonnes?", r"fortes?", r"sehr gute", r"gute",
    r"fundierte", r"mehrjährige", r"erste", r"tiefgehende", r"umfassende", r"ausgeprägte",
)
_NOUNS: Final = (
    r"experience", r"expertise", r"knowledge", r"understanding", r"familiarity", r"proficiency",
    r"competency", r"competence", r"fluency", r"background", r"exposure", r"comfort",
    r"grounding", r"skills?", r"mastery", r"command", r"working knowledge", r"track record",
)
# How requirements open ("5+ years of", "Experience with", "Strong"): a short name
# drops them, and a short plain line opening with one is an item, not a heading.
REQUIREMENT_OPENINGS: Final = (
    r"\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs?)\.?(?:\s+of)?",
    r"you(?:'re| are| have| bring| will have| should have| possess)",
    r"(?:at least|a minimum of|minimum of)",
    r"(?:" + "|".join(_NOUNS) + r")\s+(?:of|in|with|using|on|around|across|to)",
    r"(?:familiar|experienced|skilled|proficient|comfortable|fluent|versed|well[- ]versed"
    r"|competent|adept|expert)\s+(?:with|in|at|using)",
    r"(?:ability|able|capacity|willingness|eagerness|desire)\s+to",
    r"experience(?=\s+\w+ing\b)",
    r"(?:maîtrise|connaissances?|expérience|pratique)\s+(?:de|des|du|en|avec|dans|d')",
    r"(?:kenntnisse|erfahrung(?:en)?|know-how)\s+(?:in|mit|von|im|bei)",
    r"(?:" + "|".join(_ADJECTIVES) + r")(?=\s)",
)
ARTICLES: Final = (r"(?:a|an|the|le|la|les|un|une|der|die|das|ein|eine)(?=\s)", r"l'")
# Openings a short name drops (stripped repeatedly; each ends at a word boundary).
NAME_LEAD_INS: Final = ARTICLES + REQUIREMENT_OPENINGS
# Where a short name ends (the earliest one found wins).
NAME_CUTS: Final = (
    r":", r";", r"\s+including\b", r"\s+incl\.", r"\s+such as\b", r"\s+with (?:the|an) ability\b",
    r"\s+—\s+", r"\s+–\s+", r"\s+-\s+", r"\(", r"\)", r"\be\.g\.", r"\bi\.e\.", r"\s+etc\b",
    r"\s+like\s", r"\s+especially\b", r"\s+particularly\b", r"\s+ideally\b", r"\s+preferably\b",
    r"\s+(?:is|are|would be) (?:a |an )?(?:plus|bonus|preferred|desirable|advantage)",
    r"\s+preferred\b", r"\s+nice[- ]to[- ]have\b", r"\s+desirable\b",
    r"(?<![A-Z])(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\betc)\.(?=\s|$)",
    # "Containerization expertise with Docker": the cut falls after the noun (group "cut").
    r"\b(?:experience|expertise|knowledge|proficiency|familiarity|background|skills)(?P<cut>)"
    r"\s+(?:with|in|of|using|on|across)\b",
)
# Words a short name never ends with ("Cloud platforms experience" -> "Cloud platforms").
NAME_FILLERS: Final = (
    "experience", "expertise", "knowledge", "fundamentals", "familiarity", "exposure",
    "background", "understanding",
)
# Natural places to shorten a long name: before a preposition (preferred) ...
NAME_PREPOSITIONS: Final = frozenset({
    "for", "in", "to", "of", "with", "on", "at", "by", "across", "using", "from", "into",
    "under", "over", "through", "within", "when", "while", "that", "which", "who", "where",
    "via", "including", "pour", "dans", "avec", "sur", "en", "für", "mit", "von", "bei", "zur",
    "zum", "auf",
})
# ... or before a conjunction.
NAME_CONJUNCTIONS: Final = frozenset({"and", "or", "&", "et", "ou", "und", "oder", "as well as"})
NAME_TRAILING_STOPWORDS: Final = (
    NAME_PREPOSITIONS | NAME_CONJUNCTIONS
    | {"a", "an", "the", "le", "la", "les", "de", "des", "du", "der", "die", "das"}
    | {"etc", "e.g", "as"}
)
NAME_MAX_WORDS: Final = 6

# --- salary ---------------------------------------------------------------------
CURRENCY_SYMBOLS: Final = {
    "US$": "USD", "CA$": "CAD", "C$": "CAD", "AU$": "AUD", "A$": "AUD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
}
CURRENCY_CODES: Final = (
    "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "INR", "SEK", "NOK", "DKK", "PLN", "NZD",
    "SGD", "HKD",
)
SALARY_WORDS: Final = (
    r"salary", r"compensation", r"pay", r"base", r"ote", r"wage", r"rémunération", r"salaire",
    r"gehalt", r"vergütung",
)
PERIODS: Final[tuple[tuple[Literal["hour", "month", "year"], tuple[str, ...]], ...]] = (
    ("hour", (r"/\s?h(?:ou)?r\b", r"/h\b", r"per hour", r"hourly", r"an hour", r"par heure",
              r"de l'heure", r"pro stunde", r"stündlich")),
    ("month", (r"/\s?mo(?:nth)?\b", r"per month", r"monthly", r"a month", r"par mois", r"pro monat",
               r"monatlich", r"mensuel\w*")),
    ("year", (r"/\s?y(?:ea)?r\b", r"per (?:year|annum)", r"annual(?:ly)?", r"a year", r"yearly",
              r"p\.?a\.?", r"par an", r"annuel\w*", r"pro jahr", r"jährlich")),
)


def compile_words(patterns: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns`` as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


def normalise(text: str) -> str:
    """Lower-case text with typographic apostrophes made plain, for matching."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()
