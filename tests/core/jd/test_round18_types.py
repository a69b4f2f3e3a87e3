"""Failure types met in round 18 of #18 (our own postings): an HTML list item wrapping in a Markdown page, code that
is written, and clusters of a named technology."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_kind, parse_job_description

WRAPPED = """# Platform Engineer

We run the software behind home batteries.

## What you'll do
- Run our Kubernetes clusters on AWS
- Build the deploy pipeline
- Keep the on-call load low

<div class="requirements">
<h3>What you'll need</h3>
<ul>
  <li>Several years of experience operating
      PostgreSQL clusters in production</li>
  <li>Experience with Terraform, including writing
      your own modules</li>
</ul>
</div>
"""


def test_an_html_list_item_that_wraps_in_a_markdown_page_is_one_requirement() -> None:
    parsed = parse_job_description(WRAPPED)
    assert [s.source for s in parsed.skills] == [
        "- Several years of experience operating PostgreSQL clusters in production",
        "- Experience with Terraform, including writing your own modules",
    ]
    assert [s.line for s in parsed.skills] == [13, 15]  # (the line the item opens on)
    assert parsed.title == "Platform Engineer"


@pytest.mark.parametrize(
    "text",
    [
        "Experience with Terraform, including writing your own modules",
        "Writing Ansible playbooks",
        "Comfortable writing Helm charts and Kubernetes manifests",
    ],
)
def test_writing_code_of_any_kind_is_no_writing_skill(text: str) -> None:
    kind = classify_kind(text)
    assert kind is None or kind[0] == "hard"


def test_writing_prose_is_still_a_people_skill() -> None:
    kind = classify_kind("Writing clear documentation for other teams")
    assert kind is not None and kind[0] == "soft"


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("- Several years of experience operating PostgreSQL clusters in production", "databases-caching"),
        ("- Operating Kafka clusters", "streaming-messaging"),
        ("- Running Kubernetes clusters", "containers-kubernetes"),
        ("- Running clusters of containers", "containers-kubernetes"),
    ],
)
def test_clusters_of_a_named_technology_are_that_technologys(slugs_of, line: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    assert slugs_of(line) == [slug]
