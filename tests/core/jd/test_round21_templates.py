"""A careers page kept as a framework's template, a page's HTML written escaped, and the count of years in other
languages (round 21 of #18; our own files, in the shapes a hiring manager takes from a website's sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_planner.jd.formats import read_posting
from interview_planner.jd.parser import parse_job_description, short_name
from interview_planner.jd.templates import rendered, unescaped

_BLADE = """@extends('layouts.app')

@section('content')
<div class="container">
    <h1>{{ __('Backend Developer') }}</h1>
    <p>{{ __('We build booking software for sports clubs and look for a backend developer.') }}</p>
    <h2>{{ __('What you will do') }}</h2>
    <ul>
        <li>{{ __('Build and maintain our Laravel API') }}</li>
    </ul>
    <h2>{{ __('What we expect') }}</h2>
    <ul>
        <li>{{ __('At least three years of experience with PHP') }}</li>
        <li>{!! __('Good knowledge of <strong>MySQL</strong>') !!}</li>
        <li>@lang('Experience writing automated tests with PHPUnit')</li>
        <li>{{ __("You communicate clearly with clients") }}</li>
    </ul>
    @if($showBenefits)
    <h2>{{ __('What we offer') }}</h2>
    <ul>
        @foreach($benefits as $benefit)
            <li>{{ $benefit->name }}</li>
        @endforeach
    </ul>
    @endif
</div>
@endsection
"""


def test_a_blade_template_reads_as_the_page_it_renders(tmp_path: Path) -> None:
    path = tmp_path / "backend.blade.php"
    path.write_text(_BLADE, encoding="utf-8")
    parsed = parse_job_description(read_posting(path), source_name=str(path))
    assert parsed.title == "Backend Developer"
    assert [s.name for s in parsed.skills] == [
        "PHP",
        "MySQL",
        "Writing automated tests with PHPUnit",
        "Communicate clearly with clients",
    ]
    assert not any("{" in s.source or "@" in s.source for s in parsed.skills)


@pytest.mark.parametrize(
    ("template", "shown"),
    [
        ("<li>{{ 'Experience with Go'|trans }}</li>", "<li>Experience with Go</li>"),
        ("<li>{% trans %}Experience with Go{% endtrans %}</li>", "<li>Experience with Go</li>"),
        ('<li>{% trans "Experience with Go" %}</li>', "<li>Experience with Go</li>"),
        ("<li><%= t('Experience with Go') %></li>", "<li>Experience with Go</li>"),
        ("<li><?= __('Experience with Go') ?></li>", "<li>Experience with Go</li>"),
        ("<li>{{ __('We\\'re hiring') }}</li>", "<li>We're hiring</li>"),
        ("<li>{{ __('jobs.backend.title') }}</li>", "<li></li>"),  # a translation key, not a text
        ("<li>{{ $job->salary }}</li>", "<li></li>"),
    ],
)
def test_each_template_language_s_translated_text_is_kept_and_other_expressions_go(template: str, shown: str) -> None:
    text = f"{template}\n{{{{ $x }}}}\n"
    assert rendered(text).split("\n")[0] == shown


def test_a_text_with_one_template_construct_is_left_as_it_is() -> None:
    text = "# Vue developer\n\n## Requirements\n\n- You know what {{ message }} does in Vue\n"
    assert rendered(text) == text


def test_a_template_keeps_every_line_where_it_is() -> None:
    assert rendered(_BLADE).count("\n") == _BLADE.count("\n")


_ESCAPED = (
    "Développeur Python\n"
    "&lt;h3&gt;Vos missions&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Développer notre API en Django&lt;/li&gt;&lt;/ul&gt;\n"
    "&lt;h3&gt;Profil recherch&amp;eacute;&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Trois ans d&amp;#39;exp&amp;eacute;rience"
    " en Python&lt;/li&gt;&lt;li&gt;Bonne connaissance de PostgreSQL&lt;/li&gt;&lt;/ul&gt;\n"
)


def test_a_page_s_html_written_escaped_reads_as_html(tmp_path: Path) -> None:
    path = tmp_path / "offre.txt"
    path.write_text(_ESCAPED, encoding="utf-8")
    parsed = parse_job_description(read_posting(path))
    assert [(s.name, s.source) for s in parsed.skills] == [
        ("Python", "- Trois ans d'expérience en Python"),
        ("PostgreSQL", "- Bonne connaissance de PostgreSQL"),
    ]
    pasted = parse_job_description(_ESCAPED)  # (pasted into the app: the same)
    assert [s.name for s in pasted.skills] == ["Python", "PostgreSQL"]


def test_a_posting_that_mentions_a_tag_keeps_its_text() -> None:
    text = "We use the &lt;dialog&gt; element and &lt;li&gt; items.\n"
    assert unescaped(text) == text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Trois ans d'expérience en Python", "Python"),
        ("Deux ans minimum d'expérience en Java", "Java"),
        ("Mindestens zwei Jahre Berufserfahrung mit Java", "Java"),
        ("Tres años de experiencia con Python", "Python"),
        ("3 jaar ervaring met Java", "Java"),
        ("Minst tre års erfarenhet av Java", "Java"),
    ],
)
def test_a_count_of_years_in_another_language_is_no_part_of_the_name(line: str, name: str) -> None:
    assert short_name(line) == name


_COMPONENT = """import React from "react";
import Layout from "../components/layout";

const requirements = [
  "Three years of experience with Go",
  'Kubernetes in production',
];

export default function PlatformEngineer(): JSX.Element {
  return (
    <Layout>
      <h1 className="title">Platform Engineer</h1>
      <p>Join the team that runs our build farm.</p>
      <h2>Requirements</h2>
      <ul>
        {requirements.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>Nice to have</h2>
      <ul className="list">
        <li>{"Knowledge of Docker & Podman"}</li>
        {/* TODO: add Rust */}
        <li>{t('Experience with Rust')}</li>
      </ul>
    </Layout>
  );
}
"""


def test_a_react_component_reads_as_the_page_it_draws(tmp_path: Path) -> None:
    path = tmp_path / "PlatformEngineer.tsx"
    path.write_text(_COMPONENT, encoding="utf-8")
    parsed = parse_job_description(read_posting(path))
    assert parsed.title == "Platform Engineer"
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("Go", "must"),
        ("Kubernetes in production", "must"),
        ("Docker", "nice"),
        ("Podman", "nice"),
        ("Rust", "nice"),
    ]
    assert rendered(_COMPONENT).count("\n") == _COMPONENT.count("\n")
