"""Properties of the job-description parser on arbitrary and posting-like text.

Users paste anything; the parser must answer with a result or a one-line
InputError, never a traceback, and every skill must point back at the line
it came from so the UI can show the source.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from interview_planner.errors import InputError
from interview_planner.jd.formats import html_to_text, looks_like_html
from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import TooManySkills, as_read, parse_job_description, split_lines

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADINGS = [
    "Requirements",
    "## Nice to have",
    "**Bonus points**",
    "Soft Skills",
    "Hard Skills (Technical)",
    "Education:",
    "Preferred:",
    "What you'll do",
    "### What you'll bring",
    "Benefits",
    "🎯 About you",
    "Qualifications",
    "Experience Requirements",
    "Compétences techniques",
    "Wünschenswert",
]
MARKERS = ["- ", "* ", "• ", "– ", "1. ", "2) ", "✅ ", "  - ", "    ", ""]
WORDS = st.sampled_from(
    [
        "Experience",
        "with",
        "Kubernetes",
        "strong",
        "communication",
        "is a plus",
        "preferred",
        "(AWS,",
        "GCP)",
        "—",
        "desirable",
        "and",
        "Python;",
        "e.g.",
        "mentoring",
        "Ability to",
        "Knowledge of:",
        "$160,000",
        "-",
        "€80k",
        "café",
        "ß",
        "🚀",
        "**bold**",
        ":",
        "5+ years",
        "including",
        "such as",
    ]
)
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def posting_lines(draw: st.DrawFn) -> str:
    """Text shaped like a posting: headings, bullets, wrapped lines, blanks, odd characters."""
    item = st.builds(
        lambda marker, words: marker + " ".join(words),
        st.sampled_from(MARKERS),
        st.lists(WORDS, min_size=1, max_size=12),
    )
    line = st.one_of(
        st.sampled_from(HEADINGS),
        item,
        st.text(max_size=40),
        st.just(""),
    )
    lines = draw(st.lists(line, min_size=1, max_size=25))
    return draw(NEWLINES).join(lines)


def parse_or_none(text: str) -> ParsedJobDescription | None:
    try:
        return parse_job_description(text, source_name="fuzz.txt")
    except InputError as exc:
        assert exc.message.startswith("fuzz.txt: ")
        assert "\n" not in exc.message
        return None


def check_invariants(text: str, parsed: ParsedJobDescription) -> None:
    text = as_read(text.removeprefix("\ufeff"))  # (soft hyphens and zero-width spaces left out, as a reader sees)
    lines = split_lines(html_to_text(text) if looks_like_html(text) else text)  # the lines as read
    assert parsed.line_count == len(lines)
    assert parsed.skills
    names = [skill.name.casefold() for skill in parsed.skills]
    assert len(names) == len(set(names))
    for skill in parsed.skills:
        assert 1 <= skill.line <= len(lines)
        assert skill.source.split()[0] in lines[skill.line - 1]
        assert any(ch.isalnum() for ch in skill.name)
    section_lines = [section.line for section in parsed.sections]
    assert section_lines == sorted(section_lines)


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    parsed = parse_or_none(text)
    if parsed is not None:
        check_invariants(text, parsed)


@SETTINGS
@given(posting_lines())
@example("Requirements\nRequirements\n## Nice to have\n<LI\n<LI\n<LI")  # "<LI" is no tag: read as text
@example("Requirements\n- Go\n<li>Rust</li>\n<li>Kafka</li>\n<p>More</p>")  # HTML: lines as converted
def test_posting_like_text_never_crashes_and_skills_point_at_their_lines(text: str) -> None:
    parsed = parse_or_none(text)
    if parsed is not None:
        check_invariants(text, parsed)


DETERMINISM_LINES = ["Requirements", "- Go", "- Strong communication", "  and more", ""]


@SETTINGS
@given(st.lists(st.sampled_from(DETERMINISM_LINES), max_size=12), NEWLINES)
def test_parsing_is_deterministic(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    assert parse_or_none(text) == parse_or_none(text)


@SETTINGS
@given(st.lists(WORDS, min_size=1, max_size=10), NEWLINES)
def test_a_bullet_under_requirements_is_found_on_its_line(words: list[str], newline: str) -> None:
    bullet = " ".join(words)
    text = newline.join(["Senior Engineer", "", "Requirements", f"- {bullet}", ""])
    parsed = parse_or_none(text)
    if parsed is not None:
        # one requirement, or one per skill the bullet lists: all on its line, all with the bullet as source
        assert parsed.skills and {skill.line for skill in parsed.skills} == {4}
        assert {skill.source for skill in parsed.skills} == {f"- {bullet}"}
        check_invariants(text, parsed)


@SETTINGS
@given(posting_lines(), st.integers(min_value=0, max_value=8))
def test_stopping_at_most_skills_refuses_only_what_has_more(text: str, most: int) -> None:
    # ``most`` lets an import stop early; it must never refuse a posting that gives ``most`` skills or fewer, and
    # below the limit it changes nothing
    full = parse_or_none(text)
    try:
        limited = parse_job_description(text, source_name="fuzz.txt", most=most)
    except TooManySkills as exc:
        assert full is not None and len(full.skills) > most
        assert exc.message.startswith(f"fuzz.txt: the posting lists more than {most} skills by line ")
        return
    except InputError:
        assert full is None
        return
    assert full is not None and limited == full
