"""Postings as job boards serve them (round 14 of issue #18).

The pages and lines here are our own writing, built on what set 5j's unseen half (a job board's built pages, read
for the first time this round) showed: a posting pasted into one ``<p>`` with its lines kept only in the page's
source, the board's name as the page's only heading, the hiring process written as a list of steps, a list that
describes the company's products, and a lead-in whose last sentence makes its list nice to have.
"""

from __future__ import annotations

from interview_planner.jd.enumeration import enumerated_parts
from interview_planner.jd.formats import html_to_text
from interview_planner.jd.parser import parse_job_description, short_name

# a board's page: the posting's text pasted into paragraphs, its line breaks kept only in the source
BOARD_PAGE = """<!DOCTYPE html><html><head><title>Jobs</title></head><body>
<div class="header"><h1>Lantern Jobs Board</h1></div>
<div class="posting">
<div class="tag">This job is open to remote applicants</div>
<div class="title">Tidewater Labs / Senior Data Platform Engineer</div>
<div class="description">
<p>We are hiring an engineer to run our data platform.</p>
<p>Responsibilities
Plan the platform's roadmap with the product team
Keep the on-call runbooks current</p>
<p>Requirements
Operating PostgreSQL in production
Terraform and infrastructure as code
Experience running Kubernetes clusters</p>
<p>Candidate Journey
Screening call: you talk with a recruiter about your experience with data platforms.
Technical interview: you present code you wrote in Python to two engineers.</p>
</div>
</div></body></html>
"""


def test_lines_a_posting_kept_only_in_the_source_are_its_lines() -> None:
    text = html_to_text(BOARD_PAGE)
    assert "Operating PostgreSQL in production\nTerraform and infrastructure as code\n" in text
    result = parse_job_description(text, source_name="board.html")
    # each requirement from its own line (not one run-together paragraph), and nothing of the duties
    assert [(skill.line, skill.name) for skill in result.skills] == [
        (14, "Operating PostgreSQL in production"),
        (15, "Terraform"),
        (15, "Infrastructure"),
        (16, "Running Kubernetes clusters"),
    ]


def test_the_hiring_process_is_no_requirement() -> None:
    result = parse_job_description(html_to_text(BOARD_PAGE), source_name="board.html")
    sources = " ".join(skill.source for skill in result.skills)
    assert "recruiter" not in sources and "present code" not in sources


def test_a_link_back_to_the_board_is_no_requirement() -> None:
    page = (
        "<h1>Backend Engineer</h1><h2>Requirements</h2><p>Experience with Go\nExperience with Kafka\n"
        "Experience with PostgreSQL</p><p><a href='/'>Return to jobs listing.</a></p>"
    )
    assert "Return to" not in html_to_text(page)


def test_a_boards_name_is_no_title_the_postings_line_under_it_is() -> None:
    result = parse_job_description(html_to_text(BOARD_PAGE), source_name="board.html")
    assert result.title == "Tidewater Labs / Senior Data Platform Engineer"


def test_a_paragraph_wrapped_in_the_source_stays_one_paragraph() -> None:
    page = (
        "<h1>Backend Engineer</h1><h2>Requirements</h2><p>You have built services in Go\n"
        "and operated them with Kubernetes,\nand you enjoy reviewing code.</p>"
    )
    assert "You have built services in Go and operated them with Kubernetes, and you enjoy" in html_to_text(page)
    # German capitalises its nouns: a wrap goes on with one after "mit", "und", "an"
    german = "<p>Wir suchen eine Entwicklerin mit\nErfahrung in Python und\nDjango sowie Freude an\nGuter Software.</p>"
    assert "Wir suchen eine Entwicklerin mit Erfahrung in Python und Django sowie Freude an Guter" in (
        html_to_text(german)
    )


def test_breadcrumbs_written_over_lines_stay_one_line() -> None:
    page = "<p>Home »\nAbout »\nJobs</p><h1>Backend Engineer</h1>"
    assert html_to_text(page).startswith("Home » About » Jobs\n")


def test_a_list_describing_the_companys_products_is_no_requirement() -> None:
    text = """Research Software Engineer

## You're a great fit if you
- Have experience with NumPy and Dask
- Enjoy helping scientists

**Our open source stack**:
- Quillmark is the focus of this hire. It provides a document model for archives.
- Both Quillmark and Inkwell are built to integrate with the rest of the ecosystem.

## Requirements
- Python is a must
- Rust is a plus
"""
    result = parse_job_description(text, source_name="stack.md")
    sources = " ".join(skill.source for skill in result.skills)
    assert "Quillmark" not in sources and "Inkwell" not in sources
    priorities = {skill.name: skill.priority for skill in result.skills}
    assert priorities.get("Python") == "must" and priorities.get("Rust") == "nice"


def test_a_lead_ins_last_sentence_sets_its_lists_priority_not_the_sentences_before() -> None:
    text = """Imaging Developer

## Selection Criteria

Qualified candidates should have advanced experience developing software in Python. Ideal candidates may \
demonstrate one or more of the following:
- Experience with Qt and image rendering
- Training in microscopy or geosciences
"""
    result = parse_job_description(text, source_name="lead.md")
    by_line = {skill.line: skill for skill in result.skills}
    assert by_line[5].priority == "must"
    assert by_line[5].name == "Developing software in Python"
    assert [by_line[line].priority for line in (6, 7)] == ["nice", "nice"]


def test_who_is_sought_is_no_part_of_a_name() -> None:
    assert short_name("Qualified candidates should have strong knowledge of SQL") == "SQL"
    assert short_name("Candidates must have excellent written communication") == "Written communication"
    assert short_name("The successful candidate has experience with Terraform") == "Terraform"


def test_a_field_of_study_shared_by_two_names_is_one_requirement() -> None:
    sentence = (
        "Applicants should have a strong background in Computer and Information Science, and should be familiar "
        "with modern DevOps environments."
    )
    parts = [part.text for part in enumerated_parts(sentence)]
    assert len(parts) == 2 and parts[1].startswith("should be familiar with modern DevOps")
    names = [skill.name for skill in parse_job_description(f"Sysadmin\n\n## Requirements\n\n{sentence}\n").skills]
    assert names == ["Computer and Information Science", "Modern DevOps environments"]
    # two technologies' names still split, as do names not of a field ("Anaplan or Adaptive Insights")
    assert [part.text for part in enumerated_parts("Experience with Java and Spring Boot")] == ["Java", "Spring Boot"]
    assert [part.text for part in enumerated_parts("Experience with Anaplan or Adaptive Insights")] == [
        "Anaplan",
        "Adaptive Insights",
    ]


def test_a_title_keeps_what_stands_before_a_line_break_written_out() -> None:
    page = "<h1>Jobs</h1><p>Full-Stack Developer - Lisbon\\n Contract: permanent</p><h2>Requirements</h2><ul>" + (
        "<li>Python</li><li>Django</li></ul>"
    )
    assert parse_job_description(html_to_text(page), source_name="x.html").title == "Full-Stack Developer - Lisbon"


def test_a_requirement_line_under_a_long_line_without_an_end_is_its_own() -> None:
    text = """Consultant

Qualifications
5+ years of work experience in a relevant role; ideally professional services or consulting
Experience serving as a leader for the full life-cycle of projects from requirements to roll-out.
In-depth understanding of Python
"""
    result = parse_job_description(text, source_name="q.txt")
    leader = [skill for skill in result.skills if "leader" in skill.name]
    assert leader and leader[0].line == 5 and "consulting" not in leader[0].name


# a careers page with the chrome site builders put around a posting: a list of the site's other postings, social
# links and footer columns, none of them in <nav>, <aside> or <footer>
CHROME_PAGE = """<html><body>
<div class="site-header"><a href="/">Acme</a></div>
<div class="main"><h1>Senior Backend Engineer</h1>
<p>Acme runs the billing platform behind a thousand small shops, and we are hiring a backend engineer to help the
payments team make it faster and easier to run.</p>
<h2>What we're looking for</h2><ul><li>Experience with PostgreSQL</li><li>Clear written communication</li>
<li><a href="https://go.dev">Go</a></li><li><a href="/jobs/tags/kafka">Kafka</a></li></ul>
</div>
<ul class="menu"><li><a href="/handbook/values">Our values</a></li><li><a href="#benefits">Benefits</a></li>
<li><a href="/handbook/remote">Working remotely</a></li></ul>
<div class="sidebar">{related}<ul><li><a href="/jobs/2">Frontend Engineer</a></li>
<li><a href="/jobs/3">Engineering Manager, Platform</a></li></ul>
<h3>Follow us</h3><ul><li><a href="https://github.com/acme">GitHub</a></li><li><a href="https://example.social/@acme">Mastodon</a></li></ul>
</div></body></html>"""


def test_a_list_of_links_within_the_site_or_to_its_accounts_is_no_requirement() -> None:
    for related in ("<h3>Related jobs</h3>", "<h3>You might also like</h3>", ""):
        result = parse_job_description(html_to_text(CHROME_PAGE.format(related=related)), source_name="p.html")
        assert [skill.name for skill in result.skills] == ["PostgreSQL", "Written communication", "Go", "Kafka"]


def test_a_list_of_skills_linked_to_their_documentation_stays() -> None:
    page = (
        "<h1>Platform Engineer</h1><h2>Requirements</h2><ul><li><a href='https://go.dev'>Go</a></li>"
        "<li><a href='https://kubernetes.io'>Kubernetes</a></li><li><a href='/glossary/sre'>Site reliability</a></li>"
        "</ul>"
    )
    names = [skill.name for skill in parse_job_description(html_to_text(page), source_name="p.html").skills]
    assert names == ["Go", "Kubernetes", "Site reliability"]


# what a blog-built careers page puts after the posting, in plain <div>s: comments, a newsletter box, a cookie
# banner at the end of the body, the footer's credits
AFTER_THE_POSTING = """<html><body><div class="content"><h1>Data Engineer</h1>
<h2>Requirements</h2><ul><li>Experience with Airflow and dbt</li><li>Strong SQL skills</li></ul>
<div class="comments"><h3>{comments}</h3><p>Great role! Do you accept candidates with experience in Snowflake only?</p>
<p>Is this position open to people outside the EU?</p></div>
<div class="newsletter"><p>Get the latest jobs in your inbox.</p><p>Enter your email</p><p>Subscribe</p></div></div>
<div class="cookie-consent"><p>This website uses cookies to ensure you get the best experience on our website.</p>
<p>Accept all</p><p>Decline</p></div>
<div class="copyright"><p>Copyright © 2026 Acme Inc.</p><p>Built with Hugo and the Ananke theme.</p></div>
</body></html>"""


def test_comments_a_newsletter_a_cookie_banner_and_credits_are_no_requirements() -> None:
    for comments in ("3 comments", "Leave a reply", "Kommentare"):
        page = AFTER_THE_POSTING.format(comments=comments)
        names = [skill.name for skill in parse_job_description(html_to_text(page), source_name="p.html").skills]
        assert names == ["Airflow and dbt", "SQL skills"]


def test_cookies_as_a_skill_and_a_stack_built_with_a_tool_stay() -> None:
    text = """Web Security Engineer

## Requirements
- Knowledge of how browsers handle cookies, sessions and CORS
- Experience with services built with Go
"""
    names = [skill.name for skill in parse_job_description(text, source_name="s.md").skills]
    assert any("cookies" in name.lower() or "browsers" in name.lower() for name in names)
    assert any("Go" in name or "services" in name.lower() for name in names)


# blocks a page names as its chrome, holding text that reads like requirements
NAMED_CHROME = """<html><body>
<div class="navbar" role="navigation"><a class="navbar-brand" href="/">Acme</a>
<ul class="nav navbar-nav"><li><a href="/blog">Blog</a></li></ul></div>
<div class="{layout}"><div class="post">
<h1>Platform Engineer</h1><p>We run the cloud platform our product teams build on, and we are hiring an engineer
to make it faster, cheaper and easier to use.</p><h2>Requirements</h2>
<ul><li>Experience with Terraform</li><li>Strong Linux skills</li></ul>
<a class="back-breadcrumb" href="/">Back to all jobs</a>
<div id="comments"><p>Does this role require experience with Kubernetes?</p></div>
</div>
<div class="widget-area sidebar"><p>Also hiring: engineers with strong Python skills</p></div></div>
<div class="cookie-notice"><p>You must have cookies enabled; accept them to continue.</p></div>
</body></html>"""


def test_blocks_a_page_names_as_its_chrome_are_left_out() -> None:
    for layout in ("page-with-sidebar", "has-sidebar", "content sidebar-layout", "container"):
        text = html_to_text(NAMED_CHROME.format(layout=layout))
        assert "Kubernetes" not in text and "Python skills" not in text and "cookies" not in text
        names = [skill.name for skill in parse_job_description(text, source_name="p.html").skills]
        assert names == ["Terraform", "Linux skills"], layout
        # what follows a skipped link and a skipped list is read as before: not as links, not indented
        assert "- Experience with Terraform\n- Strong Linux skills\n" in text


def test_a_page_whose_chrome_holds_its_title_or_its_text_is_read_whole() -> None:
    page = (
        "<div class='sidebar'><h1>Site Reliability Engineer</h1></div><h2>Requirements</h2>"
        "<ul><li>Experience with Prometheus</li><li>On-call experience</li></ul>"
    )
    result = parse_job_description(html_to_text(page), source_name="p.html")
    assert result.title == "Site Reliability Engineer"
    everything_in_a_menu = (
        "<div class='menu'><h2>Backend Engineer</h2><h3>Requirements</h3><ul><li>Experience with Elixir</li>"
        "<li>Experience with PostgreSQL</li></ul></div>"
    )
    assert "Elixir" in html_to_text(everything_in_a_menu)


def test_a_site_name_in_the_sidebar_is_no_title_when_the_posting_has_its_own() -> None:
    page = (
        "<div class='sidebar'><h1>Campus Coders</h1><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/roles'>Student Roles</a></li></ul></div>"
        "<div class='content'><h1>Mobile Developer</h1><h3>Requirements</h3>"
        "<ul><li>background in Kotlin</li><li>understanding of databases</li></ul></div>"
    )
    text = html_to_text(page)
    assert "Campus Coders" not in text
    result = parse_job_description(text, source_name="p.html")
    assert result.title == "Mobile Developer"
    assert [skill.name for skill in result.skills] == ["Kotlin", "Databases"]


# a competency framework kept as templated Markdown: snippet tags on lines of their own, a duties paragraph of
# "you should ..." sentences, "Why we might like you", a <skills> block
TEMPLATED = """# Engineering - Data Developer
<welcome.snippet/>

## What it's like to be a Data Developer
For most projects you should make a survey of the tools that could help. You should have a strong background in \
statistics. You build services and document them for the team. You are responsible for writing tests for your code.

<benefits.snippet/>

## Why we might like you
You always learn new data tools and teach them to others. You are a strong communicator.

## Skills that are important to this role

<skills>
Stream Processing
Kubernetes
</skills>

<inherit doc="base.md"/>
"""


def test_templated_markdown_reads_its_requirements_not_its_duties_or_tags() -> None:
    result = parse_job_description(TEMPLATED, source_name="data-developer.md")
    sources = [skill.source for skill in result.skills]
    assert not any("<" in source for source in sources)
    assert not any("you should make" in s or "You build" in s or "responsible for" in s for s in sources)
    names = [skill.name for skill in result.skills]
    assert "Statistics" in names and "Stream Processing" in names and "Kubernetes" in names
    assert any("learn new data tools" in source for source in sources)  # under "Why we might like you"
    assert any("strong communicator" in source for source in sources)


# a WordPress theme's single post, as saved: Jetpack's share and related-posts blocks inside the post's content,
# the comment form, a widget sidebar, the theme's credits
WORDPRESS_POST = """<!DOCTYPE html><html><head><title>Senior PHP Developer – Kestrel Media</title></head>
<body class="post-template-default single single-post">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">
<a href="/">Kestrel Media</a></p><p class="site-description">Stories from the coast</p></div>
<div id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item">
<a href="/about/">About</a></li><li class="menu-item"><a href="/jobs/">Jobs</a></li></ul></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-42" class="post-42 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Senior PHP Developer</h1><div class="entry-meta">
<span class="posted-on">Posted on <a href="/2026/03/"><time>March 3, 2026</time></a></span>
<span class="byline"> by <a href="/author/anna/">Anna</a></span></div></header>
<div class="entry-content">
<p>Kestrel Media runs news sites for three coastal towns.
We are looking for a senior PHP developer to look after our WordPress platform.</p>
<h3>What you bring</h3>
<ul><li>Five years of PHP, including modern PHP 8</li><li>Experience building WordPress plugins</li>
<li>MySQL query tuning</li><li>A calm way of explaining technical choices to editors</li></ul>
<h3>Nice to have</h3><ul><li>Experience with Varnish</li></ul>
<div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-social">
<h3 class="sd-title">Share this:</h3><ul><li class="share-twitter">
<a href="https://twitter.com/share">Twitter</a></li><li class="share-facebook">
<a href="https://facebook.com/share">Facebook</a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<p>Junior Editor wanted</p><p>We are hiring a photographer with strong Lightroom skills</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/jobs/">Jobs</a></span>
</footer></article>
<nav class="navigation post-navigation"><div class="nav-links"><a href="/prev">Previous post</a>
<a href="/next">Next post</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p>Comment *</p><p>Name *</p></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul><li><a href="/p1">Harbour festival returns</a></li></ul>
</section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">
<a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div></body></html>
"""


def test_a_wordpress_posts_share_related_comment_and_widget_blocks_are_left_out() -> None:
    result = parse_job_description(html_to_text(WORDPRESS_POST), source_name="post.html")
    assert result.title == "Senior PHP Developer"
    sources = " ".join(skill.source for skill in result.skills)
    for chrome in ("Lightroom", "Twitter", "Comment", "Harbour", "WordPress.org", "Previous post"):
        assert chrome not in sources
    assert [skill.priority for skill in result.skills].count("must") == 4
    assert [skill.name for skill in result.skills if skill.priority == "nice"] == ["Varnish"]


# the round's review: pages and lines where the rules above must NOT fire (our own writing, after its cases)
def _names(page: str) -> list[str]:
    return [skill.name for skill in parse_job_description(html_to_text(page), source_name="p.html").skills]


INTRO = "<p>Our payments team builds a ledger for small businesses across Europe and is hiring.</p>"


def test_a_requirements_list_linked_to_pages_of_the_site_stays() -> None:
    page = (
        f"<article><h1>Backend Engineer</h1>{INTRO}<h2>What you'll need</h2><ul>"
        "<li><a href='/wiki/Go'>Production Go experience</a></li><li><a href='/tags/kubernetes'>Kubernetes</a></li>"
        "</ul></article>"
    )
    assert _names(page) == ["Production Go", "Kubernetes"]


def test_a_nested_list_and_a_line_after_a_break_keep_their_list() -> None:
    nested = (
        f"<article><h1>Platform Engineer</h1>{INTRO}<h2>Requirements</h2><ul>"
        "<li><a href='/teams/infra'>Infrastructure</a><ul><li>Terraform</li><li>Kubernetes in production</li></ul>"
        "</li></ul></article>"
    )
    assert "Terraform" in _names(nested)
    broken = (
        f"<h1>Android Developer</h1>{INTRO}<h2>Requirements</h2><ul><li><a href='/stack/kotlin'>Kotlin</a><br>"
        "4+ years shipping Android apps</li></ul>"
    )
    assert "Kotlin" in " ".join(_names(broken))
    # a list with no item of its own (Lever: <ul class="posting-requirements"><ul><li>...) stays
    lever = (
        f"<h1>Docs Engineer</h1>{INTRO}<h3>Requirements</h3><ul class='posting-requirements plain-list'>"
        "<ul><li>Technical writing</li><li>Docs as code with Git</li></ul></ul>"
    )
    assert len(_names(lever)) == 2


def test_a_block_of_the_posting_named_like_chrome_stays() -> None:
    for name in ("posting-sidebar", "job-sidebar", "social-impact", "related-experience", "menu-panel"):
        page = (
            f"<main><div class='posting'><h1>Site Reliability Engineer</h1>{INTRO}<div class='{name}'>"
            "<h2>Requirements</h2><ul><li>Terraform</li><li>Strong Linux skills</li></ul></div></div></main>"
        )
        assert _names(page) == ["Terraform", "Linux skills"], name
    genesis = (
        "<header class='site-header'><p class='site-title'><a href='/'>Riverside Trust</a></p></header>"
        f"<div class='content-sidebar-wrap'><main><h2>Finance Officer</h2>{INTRO}<h3>Requirements</h3>"
        "<ul><li>Sage 50</li><li>Charity accounting</li></ul></main><aside class='sidebar'>News</aside></div>"
    )
    assert _names(genesis) == ["Sage 50", "Charity accounting"]
    # inside the article, only the names no posting gives its own blocks are chrome
    footer_in_article = (
        f"<article><h1>Data Analyst</h1>{INTRO}<h2>Requirements</h2><ul><li>SQL</li><li>Looker</li></ul>"
        "<div class='entry-footer'><p><strong>Nice to have:</strong> dbt</p></div></article>"
    )
    assert "Dbt" in _names(footer_in_article) or "dbt" in _names(footer_in_article)


def test_bracketed_technologies_and_a_bonus_said_with_is_stay() -> None:
    text = """Platform Engineer

## Requirements
- Cloud experience (AWS/GCP)
- Rust is a bonus
- Kubernetes is a big plus
- SQL is an asset
"""
    result = parse_job_description(text, source_name="r.md")
    names = [skill.name for skill in result.skills]
    assert "AWS" in names and "GCP" in names
    assert {"Rust", "Kubernetes", "SQL"} <= set(names)


def test_conditions_of_the_job_said_with_you_must_stay() -> None:
    text = """Care Worker

We provide home care in rural Devon. You must own a car and hold a full UK driving licence. You must be ready to
work every other weekend.

## What we offer
- Mileage paid
"""
    sources = " ".join(skill.source for skill in parse_job_description(text, source_name="c.md").skills)
    assert "driving licence" in sources


def test_an_ideally_sub_item_stays_a_nice_to_have_and_yes_no_lines_end_nothing() -> None:
    text = "Bookkeeper\n\nWhat you'll need\n●\tXero\n○\tideally with payroll\n●\tExcel\n"
    priorities = {skill.name: skill.priority for skill in parse_job_description(text, source_name="g.txt").skills}
    assert priorities.get("Xero") == "must" and "nice" in priorities.values()
    answers = (
        "# Support Engineer\n\n## Requirements\n- Linux administration\n- Do you need visa sponsorship?\nNo\n"
        "- Customer-facing communication\n- Zendesk\n"
    )
    names = [skill.name for skill in parse_job_description(answers, source_name="a.md").skills]
    assert "Zendesk" in names and "Linux administration" in names


def test_a_paragraph_wrapped_after_a_subject_stays_prose() -> None:
    page = (
        "<h1>Frontend Developer</h1><h2>Requirements</h2><p>You can read\nPython or JavaScript well enough\n"
        "For a code review.</p>"
    )
    assert "You can read Python or JavaScript" in html_to_text(page)


def test_two_fields_titles_with_careers_and_lead_ins_that_say_nice_before_their_last_sentence() -> None:
    assert [p.text for p in enumerated_parts("Background in Economics and Political Science")] == [
        "Economics",
        "Political Science",
    ]
    assert parse_job_description("# Head of Careers\n\n## Requirements\n- Careers guidance\n").title == (
        "Head of Careers"
    )
    text = """Analyst

## Requirements

The following are nice to have but not required. Please apply anyway. You should have:
- Python
- SQL
"""
    assert {skill.priority for skill in parse_job_description(text, source_name="n.md").skills} == {"nice"}


def test_research_interviewing_stays_hard_and_a_path_in_a_title_is_kept() -> None:
    from interview_planner.jd.parser import classify_kind

    found = classify_kind("Cognitive interviewing (PEACE model)")
    assert found is None or found[0] == "hard"
    page = "<h1>Support Engineer (C:\\new tools)</h1><h2>Requirements</h2><ul><li>Windows Server</li></ul>"
    assert parse_job_description(html_to_text(page), source_name="t.html").title == "Support Engineer (C:\\new tools)"


def test_a_page_whose_chrome_named_block_holds_its_requirements_is_read_whole() -> None:
    page = (
        f"<main><h1>Data Analyst</h1>{INTRO}<p>We measure outcomes for families across the north of England.</p>"
        "</main><div class='sidebar'><h2>Requirements</h2><ul><li>SQL</li><li>Power BI</li></ul></div>"
    )
    assert _names(page) == ["SQL", "Power BI"]
    # a sidebar of the site's own ("Job details", "Share this job") is still left out
    details = page.replace("Requirements", "Job details").replace("<li>SQL</li><li>Power BI</li>", "<li>Remote</li>")
    assert "Remote" not in html_to_text(details)


def test_a_title_said_where_no_heading_names_the_job() -> None:
    def title(text: str) -> str | None:
        return parse_job_description(text, source_name="t").title

    requirements = "\n\n## Requirements\n- Python\n"
    # a board's one-line header: company, title, the field it is in, place and terms
    assert title("Lumen Labs - Senior Software Engineer - Data - Remote (EU) - Full Time" + requirements) == (
        "Senior Software Engineer - Data"
    )
    assert title("Harbor Credit Union - QA Testers - Norfolk, VA - USA only" + requirements) == "QA Testers"
    # one that opens with the job is read as any first line
    assert title("Backend Engineer - Acme Corp - Berlin" + requirements) == "Backend Engineer - Acme Corp - Berlin"
    # a company's name as the page's only <h1>, the job as the heading under it
    assert title("# Acme Robotics\n\n## Backend Engineer\n\nWe build arms." + requirements) == "Backend Engineer"
    assert title("# Acme Robotics\n\n## About us\n\nWe build arms." + requirements) == "Acme Robotics"
    # no heading says it: the sentence saying whom the company seeks does
    assert title(
        "# Jobs\n\nOpen positions\n\nAcme is looking for a Frontend Developer to build our editor." + requirements
    ) == ("Frontend Developer")
    assert title("# The Lantern Project Seeks Backend Engineer for Its Probes!\n\nText." + requirements) == (
        "Backend Engineer"
    )
    assert title("# Jobs\n\nAcme is looking for motivated people to join us." + requirements) is None
