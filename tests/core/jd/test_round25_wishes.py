"""Round 25 of issue #18: lists asked for politely, guessed backgrounds, examples, and Dutch and Swedish prose.

Every posting here is written for the project (the types come from postings we read; none of their lines)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import classify_heading, parse_job_description


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(s.name, s.kind, s.priority) for s in parse_job_description(text).skills]


TIERS = (
    "# Test Engineer\n\n## About you\n\n"
    "If you join us as a junior, it would be great if you:\n"
    "- have tested web shops for a year\n- know the basics of exploratory testing\n- Spanish is a must\n\n"
    "If you join us as a senior, it would be great if you:\n"
    "- have written Playwright suites\n- have coached new testers\n"
    "- have an interest in managing people (optional, if you want to go that way)\n"
)


def test_wishes_that_are_the_only_lists_are_must_haves() -> None:
    got = {name: priority for name, _, priority in rows(TIERS)}
    assert got["Written Playwright suites"] == "must"
    assert got["Coached new testers"] == "must"
    assert got["Basics of exploratory testing"] == "must"
    # an item that says it is a must is one; an item that says it is optional stays nice
    assert got["Spanish"] == "must"
    assert [p for n, p in got.items() if "managing people" in n.casefold()] == ["nice"]


def test_wishes_beside_a_plain_requirements_list_stay_nice() -> None:
    text = (
        "# Test Engineer\n\n## Requirements\n- Three years of testing web shops\n- Playwright\n\n"
        "## Extras\n\nIt would be great if you:\n- have coached new testers\n- know k6\n"
    )
    got = {name: priority for name, _, priority in rows(text)}
    assert got["Playwright"] == "must"
    assert got["K6"] == "nice" or got.get("k6") == "nice"
    # beside a list that is plainly extra ("Bonus:"), the wishes are still the asks; the extras stay nice
    text = "# Test Engineer\n\n## About you\n\nIdeally you have:\n- Playwright\n- Cypress\n\nBonus:\n- k6\n- Gatling\n"
    assert [p for _, _, p in rows(text)] == ["must", "must", "nice", "nice"]


@pytest.mark.parametrize(
    "lead",
    ["Es wäre toll, wenn du:", "Het zou mooi zijn als je:", "Ce serait super si tu as :", "Sería genial si tienes:"],
)
def test_polite_wishes_in_other_languages_are_nice_beside_a_plain_list(lead: str) -> None:
    text = f"# Dev\n\n## Requirements\n- Python\n- SQL\n\n## Extras\n\n{lead}\n- Kafka\n- Spark\n"
    assert [p for _, _, p in rows(text)] == ["must", "must", "nice", "nice"]
    # and the asks when they are the only list
    text = f"# Dev\n\n## Profil\n\n{lead}\n- Kafka\n- Spark\n"
    assert [p for _, _, p in rows(text)] == ["must", "must"]


def test_an_item_saying_it_is_required_is_must_under_a_nice_heading() -> None:
    got = rows("# Support engineer\n\n## Nice to have\n- Portuguese is a must\n- Zendesk\n")
    assert [(name, priority) for name, _, priority in got] == [("Portuguese", "must"), ("Zendesk", "nice")]


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("Wat is vereist?", "skills"),
        ("Vereist", "skills"),
        ("Dit ben jij", "skills"),
        ("Wat krijg je?", "benefits"),
        ("Wat bieden wij?", "benefits"),
        ("Vacature", None),  # the vacancy: its list or its sentences say what it holds
        ("Solliciteren bij Acme", "other"),
        ("Om Acme", "company"),
        ("Om Uppdraget", "responsibilities"),
        ("Om teamet", "company"),
        ("Werken bij Acme", None),  # its sentences say whether they ask (round 25 review)
        ("Vem letar vi efter?", "skills"),
        ("Om deg", "skills"),
    ],
)
def test_dutch_and_nordic_headings(heading: str, topic: str | None) -> None:
    assert classify_heading(heading).topic == topic


def test_a_dutch_posting_keeps_its_perks_and_company_out() -> None:
    text = (
        "# Vacature Backend Developer\n\n# Wat is vereist?\n\n* Ervaring met Python en SQL\n"
        "* Zelfstandig, nieuwsgierig, analytisch en resultaatgericht\n\n# Wat krijg je?\n\n"
        "* Een salaris tussen 4.000 en 5.000 euro\n* Dertig vakantiedagen\n\n# Vacature\n\n"
        "Als developer bij Acme bouw je aan onze planningssoftware. Je werkt in een klein team.\n\n"
        "# Werken bij Acme\n\nAcme maakt software voor tuinders. Wij groeien snel.\n"
    )
    got = rows(text)
    names = [name for name, _, _ in got]
    assert names[:2] == ["Python", "SQL"]
    # four qualities in a row, each its own soft requirement
    assert names[2:] == ["Zelfstandig", "Nieuwsgierig", "Analytisch", "Resultaatgericht"]
    assert all(kind == "soft" for _, kind, _ in got[2:])


def test_two_qualities_joined_stay_one_requirement() -> None:
    assert [n for n, _, _ in rows("# Dev\n\n## Profil\n- Teamgeist und Kommunikationsstärke\n")] == [
        "Teamgeist und Kommunikationsstärke"
    ]


SWEDISH = (
    "# Utvecklare i Malmö\n\n## Vem letar vi efter?\n\n"
    "Hos oss kommer du att arbeta i olika kunduppdrag. Vi vet inte i förväg vilka uppdrag det blir. "
    "Det viktigaste för oss är att du vill utvecklas tillsammans med oss och att du också trivs nära kunden.\n\n"
    "Vi söker dig som har minst tre års erfarenhet av webbutveckling. Exakt vilken bakgrund du har spelar "
    "mindre roll. Kanske har du jobbat med Elixir eller Clojure? Du bör vara en person som håller dig "
    "uppdaterad. Därför är det meriterande om du har arbetat i tvärfunktionella team.\n\n"
    "## Vi tror att du exempelvis kan\n\n- TypeScript\n- Terraform\n- och inte minst: empati för användarna\n"
)


def test_swedish_prose_asks_what_matters_and_guesses_politely() -> None:
    got = rows(SWEDISH)
    by_name = {name: (kind, priority) for name, kind, priority in got}
    assert by_name["Utvecklas tillsammans med oss"] == ("soft", "must")
    assert by_name["Trivs nära kunden"][1] == "must"
    assert by_name["Håller dig uppdaterad"] == ("soft", "must")
    assert by_name["Elixir eller Clojure"] == ("hard", "nice")
    assert by_name["Arbetat i tvärfunktionella team"] == ("soft", "nice")
    # a list given as examples of what the reader may know: nice to have
    assert by_name["TypeScript"][1] == by_name["Terraform"][1] == "nice"
    assert by_name["Empati för användarna"] == ("soft", "nice")
    # the company's work, what is not known yet and what matters little are no requirements
    assert not [n for n in by_name if n.startswith(("Hos oss", "Vi vet", "Exakt", "Därför", "Och inte"))]


def test_a_guessed_background_in_english_is_nice_and_named_by_what_it_names() -> None:
    got = rows(
        "# Developer\n\n## Who we are looking for\n\n"
        "The most important thing for us is that you enjoy learning. Maybe you are a fan of Elixir? Or maybe you "
        "have worked with Haskell? Which framework you used before matters less.\n"
    )
    assert got == [
        ("Enjoy learning", "soft", "must"),
        ("Elixir", "hard", "nice"),
        ("Haskell", "hard", "nice"),
    ]


def test_an_emoji_between_sentences_ends_the_first() -> None:
    text = (
        "# QA Engineer\n\n## About you\n\n"
        "We will not quiz you on five-year plans but we need to see that you are a curious tester with a "
        "hands-on attitude 🚀 You should bring some testing background to build on:\n\n"
        "If you join as a junior, it would be great if you:\n- have tested mobile apps\n"
    )
    got = rows(text)
    assert got[0][0] == "Curious tester with a hands-on attitude"
    assert got[0][2] == "must"


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        ("- Goede beheersing van de Engelse taal, zowel in woord als geschrift", "soft", "written-communication"),
        ("- You have no fear of presenting ideas in front of clients", "soft", "written-communication"),
        ("- Thinking outside the box", "soft", "problem-solving"),
        ("- You have a real team spirit", "soft", "cross-functional-collaboration"),
        ("- Erfahrung als Teamlead in einem Produktteam", "soft", "technical-leadership"),
        ("- Minst tre års erfarenhet av webbutveckling", "hard", "programming-proficiency"),  # Swedish "webb"
    ],
)
def test_qualities_said_in_other_words_are_soft_and_linked(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, kind: str, slug: str
) -> None:
    assert parsed_links(line) == [(kind, slug)]


def test_how_a_language_is_used_and_a_fearless_lead_in_leave_the_name() -> None:
    got = rows(
        "# Dev\n\n## Requirements\n- Vloeiend Nederlands, zowel mondeling als schriftelijk\n"
        "- You have no fear of presenting ideas in front of clients\n"
        "- You already came up with improvements to a release process\n"
    )
    assert [name for name, _, _ in got] == [
        "Vloeiend Nederlands",
        "Presenting ideas in front of clients",
        "Improvements to a release process",
    ]


def test_a_liking_asked_besides_experience_in_german_is_its_own_requirement() -> None:
    got = rows("# Lead\n\n## Profil\n- Erfahrung als Teamlead und Freude an der Weiterentwicklung junger Entwickler\n")
    assert [(name, kind) for name, kind, _ in got] == [
        ("Erfahrung als Teamlead", "soft"),
        ("Weiterentwicklung junger Entwickler", "soft"),
    ]


def test_a_sentence_about_the_company_by_its_name_is_no_requirement() -> None:
    text = (
        "# Utvecklare\n\n## Krav\n\n"
        "Du har flera års erfarenhet av Kotlin. Acme lever för god design och hållbar kod. "
        "Acme experience is a plus.\n\n## Om Acme\n\nVi bygger appar för kollektivtrafik.\n"
    )
    names = [name for name, _, _ in rows(text)]
    assert names[0] == "Kotlin"
    assert not [n for n in names if "lever" in n]
    assert any(n.startswith("Acme") for n in names)  # it asks for something: it stays


def test_a_second_thing_done_or_a_practice_added_is_its_own_requirement() -> None:
    got = rows(
        "# SRE\n\n## Requirements\n- Has deep PostgreSQL experience and has successfully scaled read replicas before\n"
        "- Gives clear code reviews as well as mentoring junior engineers\n"
    )
    assert [name for name, _, _ in got] == [
        "PostgreSQL",
        "Successfully scaled read replicas",
        "Gives clear code reviews",
        "Mentoring junior engineers",
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("For this role, you must be a careful and analytical thinker.", "Careful and analytical thinker"),
        ("In this position, you should have strong SQL skills.", "SQL skills"),
        ("You should be seasoned at writing fast and secure code.", "Writing fast and secure code"),
    ],
)
def test_the_role_named_first_and_seasoned_at_lead_in(sentence: str, name: str) -> None:
    from interview_planner.jd.parser import short_name

    assert short_name(sentence) == name


NORWEGIAN = (
    "# Utvikler i Bergen\n\n## Hvem leter vi etter?\n\n"
    "Hos oss kommer du til å jobbe i ulike kundeoppdrag. Det viktigste for oss er at du vil utvikle deg sammen med "
    "oss og at du trives nær kunden. Kanskje har du jobbet med Elixir eller Clojure? Derfor er det en fordel om du "
    "har jobbet i tverrfaglige team.\n\n## Vi tror at du for eksempel kan\n\n- TypeScript\n- og ikke minst: empati\n"
)
DANISH = (
    "# Udvikler\n\n## Hvem leder vi efter?\n\n"
    "Det vigtigste for os er at du vil udvikle dig sammen med os og at du trives tæt på kunderne. Måske har du "
    "arbejdet med Elixir eller Clojure? Derfor er det en fordel hvis du har arbejdet i tværfaglige teams.\n\n"
    "## Vi tror at du for eksempel kan\n\n- TypeScript\n- og ikke minst: empati\n"
)


@pytest.mark.parametrize("text", [NORWEGIAN, DANISH], ids=["norwegian", "danish"])
def test_the_same_prose_in_norwegian_and_danish(text: str) -> None:
    got = rows(text)
    assert [kind for _, kind, _ in got] == ["soft", "soft", "hard", "soft", "hard", "soft"]
    assert [priority for _, _, priority in got] == ["must", "must", "nice", "nice", "nice", "nice"]
    assert got[2][0] == "Elixir eller Clojure"
    assert got[-1][0] == "Empati"


def test_wishes_after_prose_that_asks_the_rest_stay_nice() -> None:
    text = (
        "# Data Engineer\n\n## About you\n\nYou have five years of Python. You know SQL well. You write clear "
        "documentation.\n\nIdeally you have:\n- Kafka\n- Spark\n"
    )
    assert [(name, priority) for name, _, priority in rows(text)][-2:] == [("Kafka", "nice"), ("Spark", "nice")]
    text = "# Data Engineer\n\n## About you\n\nIt would be great if you also have:\n- Kafka\n- Spark\n"
    assert {priority for _, _, priority in rows(text)} == {"nice"}


@pytest.mark.parametrize("key", ["job_title", "jobTitle", "position", "position_title"])
def test_a_front_matter_key_naming_the_job_titles_a_page_without_a_title(key: str) -> None:
    text = (
        f'---\nlayout: job\n{key}: "Backend Engineer"\ndate: 2024-01-01\n---\n\nWe grow.\n\n## Requirements\n\n- Go\n'
    )
    assert parse_job_description(text).title == "Backend Engineer"
    # a page's own title wins; a number is no title
    text = "---\ntitle: Data Engineer\nposition: Backend Engineer\n---\n\n## Requirements\n\n- Go\n"
    assert parse_job_description(text).title == "Data Engineer"
    text = "---\nposition: 3\n---\n\n# Data Engineer\n\n## Requirements\n\n- Go\n"
    assert parse_job_description(text).title == "Data Engineer"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Stellenangebot: Softwareentwickler (m/w/d)", "Softwareentwickler (m/w/d)"),
        ("Vacature: Frontend Developer", "Frontend Developer"),
        ("Offre d'emploi : Développeur Python", "Développeur Python"),
        ("Join our team as a Site Reliability Engineer!", "Site Reliability Engineer"),
        ("Vi söker en Backendutvecklare till vårt team i Malmö", "Backendutvecklare"),
        ("Wij zoeken een Data Engineer", "Data Engineer"),
    ],
)
def test_a_first_line_that_labels_or_announces_the_job_gives_its_title(first_line: str, title: str) -> None:
    text = f"{first_line}\n\nAcme builds tools for farmers.\n\n## Requirements\n\n- Python\n"
    assert parse_job_description(text).title == title
