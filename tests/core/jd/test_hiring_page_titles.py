"""A page that calls itself "Hiring" names no job; a saved page names its job in its browser tab (our own postings,
round 17 of #18)."""

from __future__ import annotations

from interview_planner.jd.formats import html_to_text
from interview_planner.jd.parser import parse_job_description

REQUIREMENTS = "\n## Requirements\n\n- 3+ years of Python\n- Experience with PostgreSQL\n"

# a site whose menu is no <nav>: its links in plain <div>s, read as lines before the posting's own heading
PAGE = """<html><head><title>{title}</title></head><body>
<div class="top"><div>Lantern Trust</div><div><a href="/about">About</a></div><div><a href="/board">Board</a></div>
<div>News and events</div><div><a href="/press">Press</a></div></div>
<h1>Platform Reliability Engineer</h1>
<p><b>Posted:</b> 2024-05-02</p>
<h1>Description</h1>
<p>Lantern Trust keeps the archive of three hundred local newspapers online.</p>
<h1>Qualifications</h1>
<ul><li>Experience running PostgreSQL in production</li><li>Comfort with Terraform</li></ul>
</body></html>"""


def test_a_pages_browser_title_names_its_job_heading_over_the_menu_before_it() -> None:
    for title in ("Platform Reliability Engineer", "Platform Reliability Engineer | Lantern Trust"):
        parsed = parse_job_description(PAGE.format(title=title))
        assert parsed.title == "Platform Reliability Engineer", title
        assert [s.source.lstrip("-* ") for s in parsed.skills] == [
            "Experience running PostgreSQL in production",
            "Comfort with Terraform",
        ]


def test_a_browser_title_naming_only_the_site_or_no_heading_says_nothing() -> None:
    # (a page of several <h1>s, the menu's first line over them: taken for the title, as before)
    for title in ("Careers | Lantern Trust", "Welcome", ""):
        text = html_to_text(PAGE.format(title=title))
        assert not text.startswith("Title:"), title
        assert parse_job_description(PAGE.format(title=title)).title == "Lantern Trust"


def test_a_heading_that_only_says_hiring_is_no_title() -> None:
    for heading in ("# Hiring", "# We're hiring!", "# We’re hiring", "# Now hiring"):
        text = f"{heading}\n\nFernhill Labs builds survey tools for ecologists.\n" + REQUIREMENTS
        assert parse_job_description(text).title is None, heading


def test_a_hiring_page_title_gives_way_to_the_job_heading_under_it() -> None:
    text = (
        "---\ndate: 2021-03-04\ntitle: Hiring\n---\n\n# We are hiring!\n\nOpen positions:\n\n"
        "## [Data Engineer](/static/data-engineer.pdf) (posted March 4, 2021)\n\nWe build a search engine for maps.\n"
        + REQUIREMENTS
    )
    assert parse_job_description(text).title == "Data Engineer (posted March 4, 2021)"
