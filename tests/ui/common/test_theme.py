"""Light and dark: every text colour on the background it is drawn on reaches WCAG AA (4.5:1),
in both schemes; the app follows the desktop unless the user chose a scheme."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from interview_planner.services import candidates
from interview_planner_ui.common import theme
from interview_planner_ui.common.scoring_labels import RATING_TONES, TONES
from interview_planner_ui.common.theme import COLOURS, PALETTES, TEXT_ON, TEXT_PAIRS, apply_theme, contrast

AA = 4.5
SCHEMES = ("light", "dark")


@pytest.fixture(autouse=True)
def _back_to_light() -> Any:
    yield
    apply_theme("light")


def test_the_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_palette_text_pairs(scheme: str) -> None:
    colours = PALETTES[scheme]  # type: ignore[index]
    for text, background in TEXT_PAIRS:
        ratio = contrast(colours[text], colours[background])
        assert ratio >= AA, (scheme, text.name, background.name, round(ratio, 2))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_named_text_colours(scheme: str) -> None:
    def resolve(name: str | QPalette.ColorRole) -> str:
        if isinstance(name, QPalette.ColorRole):
            return PALETTES[scheme][name]  # type: ignore[index]
        return COLOURS[name][SCHEMES.index(scheme)]

    for text, background in TEXT_ON:
        ratio = contrast(resolve(text), resolve(background))
        assert ratio >= AA, (scheme, text, background, round(ratio, 2))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_badge_tones_and_rubric_headings(scheme: str) -> None:
    base = PALETTES[scheme][QPalette.ColorRole.Base]  # type: ignore[index]
    for name, tone in TONES.items():
        background, text, _accent = getattr(tone, scheme)
        assert contrast(text, background) >= AA, (scheme, name, round(contrast(text, background), 2))
    for level, tone in RATING_TONES.items():  # rubric level headings: tone text on the page
        text = getattr(tone, scheme)[1]
        assert contrast(text, base) >= AA, (scheme, level, round(contrast(text, base), 2))


def test_dark_theme_reaches_widgets_and_the_no_hire_box(demo_window: Any) -> None:
    apply_theme("dark")
    demo_window.rebuild_pages()
    assert theme.current_scheme() == "dark"
    page = demo_window.open_page("debrief")
    page.show_candidate(candidates.get_candidate(demo_window.db, "Jordan Rivera").id)
    box = page.summary.decision.styleSheet()
    assert "#4a1c20" in box and "#f8d7da" not in box  # the dark red, not the light pink
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() < 80


def test_system_follows_the_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    assert apply_theme("system") == "dark"
    assert apply_theme("light") == "light"  # the user's choice wins
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    assert apply_theme("system") == "light"
