"""Mends of round 21's review (`/work/helpers/review-21/REVIEW.md`; our own inputs in the shapes it found)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from interview_planner.errors import InputError
from interview_planner.jd.formats import read_posting
from interview_planner.jd.parser import classify_heading, parse_job_description, short_name
from interview_planner.jd.templates import rendered


@pytest.mark.parametrize(
    "text",
    [
        "className=\n{'" + "a\\n" * 40 + "' + extra}\n",  # (H1: every escape read two ways)
        "@extends('x')\n@section('c')\n<h2>Requirements</h2><ul><li>Go</li></ul>\n" + "{" * 100_000,  # (H2)
        "<html><body><h1>Engineer</h1><ul><li>Go</li></ul><script>" + "a{%b<%c{{d" * 30_000 + "</script>",
        "className= {{ }} {{ }} @if @if\n" + "{ /*" * 100_000,
        "className=\nconst x = [" + " " * 50_000,
        "<!--a-->" * 5_000 + "x <script>",  # (found on the last read: 25 comments took 8 s)
    ],
)
def test_crafted_templates_are_read_in_a_moment(text: str) -> None:
    started = time.perf_counter()
    rendered(text)
    assert time.perf_counter() - started < 2.0  # (each took minutes or never ended; a loose bound, not a benchmark)


def test_php_said_in_a_sentence_keeps_the_rest_of_the_posting() -> None:
    text = (
        "# PHP Developer\n\n## Requirements\n\n- Laravel and Blade (`{{ $x }}` and `{!! $y !!}`)\n"
        "- You start every file with <?php and strict types\n- MySQL\n- Redis\n\n## Nice to have\n\n- Livewire\n"
    )
    names = [s.name for s in parse_job_description(text).skills]
    assert "MySQL" in names and "Redis" in names and "Livewire" in names


def test_technology_names_with_a_dot_are_no_translation_keys() -> None:
    text = "<ul>\n<li>{{ __('Node.js') }}</li>\n<li>{{ __('socket.io') }}</li>\n<li>{{ __('ASP.NET') }}</li>\n</ul>\n"
    assert rendered(text).split("\n")[1:4] == ["<li>Node.js</li>", "<li>socket.io</li>", "<li>ASP.NET</li>"]


def test_a_template_whose_texts_are_all_keys_says_so(tmp_path: Path) -> None:
    path = tmp_path / "show.html.erb"
    path.write_text(
        "<h1><%= t('.heading') %></h1>\n<ul>\n<li><%= t('.requirements.ruby') %></li>\n"
        "<li><%= t('.requirements.postgres') %></li>\n</ul>\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="translation keys") as raised:
        read_posting(path)
    assert str(path) in str(raised.value)


def test_django_s_translate_tag_and_blade_directives_inside_a_line() -> None:
    text = (
        '{% load i18n %}\n<h1>{% translate "Backend Engineer" %}</h1>\n<h2>Requirements</h2>\n<ul>\n'
        '<li>{% translate "Experience with Django" %}</li>\n'
        "<li>Laravel @if($senior) (five years) @endif</li>\n"
        "@if($remote) <li>Remote work across time zones</li> @endif\n</ul>\n"
    )
    shown = rendered(text).split("\n")
    assert shown[1] == "<h1>Backend Engineer</h1>"
    assert shown[4] == "<li>Experience with Django</li>"
    assert "@" not in shown[5] and "Laravel" in shown[5]
    assert "Remote work across time zones" in shown[6]  # (a line that opens with a directive keeps its text)


def test_wordpress_s_echoing_calls_and_jsx_records() -> None:
    text = "<li><?php _e('Solid PHP and MySQL', 'theme'); ?></li>\n<li><?php esc_html_e('WooCommerce'); ?></li>\n"
    assert rendered(text).split("\n")[:2] == ["<li>Solid PHP and MySQL</li>", "<li>WooCommerce</li>"]
    component = (
        'import React from "react";\nconst skills = [\n  "Go", // the main language\n  "Kafka",\n] as const;\n'
        "export default function Job({ job }) {\n  return (<main>\n<h1>{job.title}</h1>\n<h2>Requirements</h2>\n"
        "<ul>{skills.map((s) => <li key={s}>{s}</li>)}</ul>\n</main>);\n}\n"
    )
    shown = rendered(component)
    assert "<li>Go</li><li>Kafka</li>" in shown and "{job.title}" not in shown


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Docker, Kubernetes, like Helm charts, and Terraform", ["Docker", "Kubernetes", "Terraform"]),
        ("Strong SQL, including window functions, Python, and Airflow", ["SQL", "Python", "Airflow"]),
        ("Erfahrung mit Docker, Kubernetes, wie auch Terraform", ["Docker", "Kubernetes", "Terraform"]),
        ("Kubernetes, including Helm, Operators and networking", ["Kubernetes"]),  # examples to the end
    ],
)
def test_peers_after_an_example_stay_peers(line: str, names: list[str]) -> None:
    text = f"# Platform Engineer\n\n## Requirements\n\n- {line}\n"
    assert [s.name for s in parse_job_description(text).skills] == names


def test_the_person_sought_in_japanese_is_soft_and_a_technical_line_stays_hard() -> None:
    text = (
        "# バックエンドエンジニア\n\n## 求める人材\n\n- 素直で前向きな方\n- 自ら考えて行動できる方\n\n"
        "## 歓迎スキル\n\n- 他チームと協力してKubernetes環境を構築した経験\n"
    )
    kinds = [s.kind for s in parse_job_description(text).skills]
    assert kinds == ["soft", "soft", "hard"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("3 à 5 ans d'expérience en développement Java", "Développement Java"),
        ("Minimum 3 années d'expérience en Python", "Python"),
        ("2-3 Jahre Erfahrung mit Spring Boot", "Spring Boot"),
    ],
)
def test_more_counts_of_years_are_no_part_of_the_name(line: str, name: str) -> None:
    assert short_name(line) == name


def test_what_you_get_to_work_with_is_no_benefits_heading() -> None:
    assert classify_heading("What will you get to work with?").topic != "benefits"
