"""The rubric page: pick a skill, read four anchored levels."""

from __future__ import annotations

from typing import Any

from interview_planner.services.rubrics import (
    CatalogueSkillView,
    RubricLevelView,
    RubricView,
    list_catalogue,
)


def _page(window: Any) -> Any:
    window.show_page(1)
    return window.pages["rubrics"]


def test_the_skill_list_passes_the_model_tester(qtmodeltester: Any, main_window: Any) -> None:
    qtmodeltester.check(_page(main_window).model)


def test_a_skill_with_a_rubric_shows_four_levels(main_window: Any) -> None:
    page = _page(main_window)
    assert page.select_skill("ci-cd")
    text = page.text.toPlainText()
    for label in ("1 · Strong no", "2 · No", "3 · Yes", "4 · Strong yes"):
        assert label in text
    assert "expand and contract" in text  # an anchor


def test_a_skill_is_selected_at_first(main_window: Any) -> None:
    page = _page(main_window)
    assert page.skills.currentIndex().isValid()
    assert page.text.toPlainText()


def test_a_skill_without_a_rubric_says_so(main_window: Any) -> None:
    page = _page(main_window)
    with main_window.db.raw() as conn:  # arrange: a catalogue skill whose rubric is not written yet
        conn.execute(
            "DELETE FROM rubric_level WHERE rubric_id IN (SELECT r.id FROM rubric r "
            "JOIN catalogue_skill s ON s.id = r.skill_id WHERE s.slug = 'observability')"
        )
        conn.execute(
            "DELETE FROM rubric WHERE skill_id = (SELECT id FROM catalogue_skill WHERE slug = 'observability')"
        )
    page.refresh()
    missing = next(s for s in list_catalogue(main_window.db) if not s.has_rubric)
    assert page.select_skill(missing.slug)
    assert "no rubric for this skill yet" in page.text.toPlainText()
    assert missing.name in page.text.toPlainText()


def test_rubric_text_is_never_read_as_markup(main_window: Any) -> None:
    page = _page(main_window)
    skill = CatalogueSkillView(
        id="x",
        slug="x",
        name="X",
        kind="hard",
        definition="<b>def</b>",
        questions=0,
        has_rubric=True,
    )
    levels = [
        RubricLevelView(level=n, label=f"<i>L{n}</i>", summary="<u>s</u>", anchors=["<img src=a>", "b"])
        for n in range(1, 5)
    ]
    page.text.setHtml(
        page.to_html(skill, RubricView(id="r", skill="x", skill_name="X", title="<h1>T</h1>", levels=levels))
    )
    shown = page.text.toPlainText()
    assert "<h1>T</h1>" in shown and "<b>def</b>" in shown and "<i>L1</i>" in shown and "<img src=a>" in shown
