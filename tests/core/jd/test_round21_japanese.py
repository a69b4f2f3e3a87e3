"""Japanese "求める人材" lists skills, not only the person; an internship's gains asked as a question (round 21 of
#18; our own lines, in the shape of a Japanese volunteer team's page and an English internship page)."""

from __future__ import annotations

from interview_planner.jd.parser import classify_heading, parse_job_description

_TEAM_PAGE = """# Webチーム募集

<h4>業務内容</h4>
<ul>
  <li>新サイトの構築(Next.js)</li>
</ul>
<h4>求める人材</h4>
<ul>
  <li>TypeScriptを使ったプログラミングができる方</li>
  <li>Reactの開発経験がある方</li>
  <li>チームで協力して働ける方</li>
</ul>
"""


def test_the_people_sought_heading_keeps_each_line_s_own_kind() -> None:
    kinds = [(s.source.lstrip("- "), s.kind) for s in parse_job_description(_TEAM_PAGE).skills]
    assert kinds == [
        ("TypeScriptを使ったプログラミングができる方", "hard"),
        ("Reactの開発経験がある方", "hard"),
        ("チームで協力して働ける方", "soft"),
    ]


def test_the_person_sought_heading_is_still_soft() -> None:
    assert classify_heading("求める人物像").kind == "soft"


def test_gains_asked_as_a_question_are_benefits_not_requirements() -> None:
    text = (
        "# Research Intern\n\n**What will you learn?**\n\n+ Learning Python for data mining\n\n"
        "**What can you get?**\n\n+ Bonus depending on your performance.\n\n"
        "**What we need**\n\n+ Experience with pandas\n"
    )
    assert [s.name for s in parse_job_description(text).skills] == ["pandas"]
    assert classify_heading("What can you get?").topic == "benefits"
    assert classify_heading("What will you get done?").topic is None
