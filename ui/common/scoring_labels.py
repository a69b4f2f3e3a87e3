"""How ratings, recommendations, decisions and scorecard states read and look on screen.

Presentation only: the codes and their meaning belong to the core
(``interview_planner.scoring.model``, docs/decision.md). Colours are chosen
to stay readable on a light palette, with the text colour always darker
than its background, and are never the only signal: every badge has words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ScoringLabels"


@dataclass(frozen=True)
class Tone:
    """A badge's colours: background, text, and a stronger accent (borders, bars)."""

    background: QColor
    text: QColor
    accent: QColor


def _tone(background: str, text: str, accent: str) -> Tone:
    return Tone(QColor(background), QColor(text), QColor(accent))


RED = _tone("#f8d7da", "#842029", "#d9534f")
ORANGE = _tone("#fde5cc", "#8a4500", "#ef8a2b")
LIGHT_GREEN = _tone("#dcefd3", "#2f6b1f", "#7fbf5f")
GREEN = _tone("#b9e0b0", "#17510f", "#3d9a2f")
GREY = _tone("#e9ecef", "#495057", "#adb5bd")
AMBER = _tone("#fff1c2", "#6b4e00", "#e0a800")
BLUE = _tone("#dbe8fb", "#1d4f91", "#3b7dd8")

RATING_TONES: dict[int, Tone] = {1: RED, 2: ORANGE, 3: LIGHT_GREEN, 4: GREEN}

RATINGS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("ScoringLabels", "Strong no"),
    2: QT_TRANSLATE_NOOP("ScoringLabels", "No"),
    3: QT_TRANSLATE_NOOP("ScoringLabels", "Yes"),
    4: QT_TRANSLATE_NOOP("ScoringLabels", "Strong yes"),
}
RECOMMENDATIONS: dict[str, int] = {"strong_no": 1, "no": 2, "yes": 3, "strong_yes": 4}
DECISIONS: dict[str, str] = {
    "hire": QT_TRANSLATE_NOOP("ScoringLabels", "Hire"),
    "no_hire": QT_TRANSLATE_NOOP("ScoringLabels", "No hire"),
    "incomplete": QT_TRANSLATE_NOOP("ScoringLabels", "Incomplete"),
}
DECISION_TONES: dict[str, Tone] = {"hire": GREEN, "no_hire": RED, "incomplete": AMBER}
STATUSES: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("ScoringLabels", "Not started"),
    "draft": QT_TRANSLATE_NOOP("ScoringLabels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("ScoringLabels", "Submitted"),
}
STATUS_TONES: dict[str, Tone] = {"none": GREY, "draft": AMBER, "submitted": GREEN}
PRIORITIES: dict[str, str] = {
    "must": QT_TRANSLATE_NOOP("ScoringLabels", "Must"),
    "nice": QT_TRANSLATE_NOOP("ScoringLabels", "Nice"),
}
FLAGS: dict[str, str] = {
    "disagreement": QT_TRANSLATE_NOOP("ScoringLabels", "Disagreement"),
    "single-observer": QT_TRANSLATE_NOOP("ScoringLabels", "Single observer"),
    "nice-below": QT_TRANSLATE_NOOP("ScoringLabels", "Nice-to-have low"),
    "late-submission": QT_TRANSLATE_NOOP("ScoringLabels", "Late submission"),
}
NOT_RATED = "–"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rating_label(value: int | None) -> str:
    """ "3 · Yes", or "Not assessed"."""
    if value is None:
        return tr("Not assessed")
    return f"{value} · {tr(RATINGS[value])}"


def rating_tone(value: int | None) -> Tone:
    return RATING_TONES.get(value or 0, GREY)


def recommendation_label(code: str | None) -> str:
    if code is None:
        return NOT_RATED
    value = RECOMMENDATIONS.get(code)
    return tr(RATINGS[value]) if value else code.replace("_", " ").capitalize()


def recommendation_tone(code: str | None) -> Tone:
    return rating_tone(RECOMMENDATIONS.get(code or ""))


def decision_label(code: str) -> str:
    source = DECISIONS.get(code)
    return tr(source) if source else code.replace("_", " ").capitalize()


def decision_tone(code: str) -> Tone:
    return DECISION_TONES.get(code, GREY)


def status_label(code: str) -> str:
    source = STATUSES.get(code)
    return tr(source) if source else code.capitalize()


def status_tone(code: str) -> Tone:
    return STATUS_TONES.get(code, GREY)


def priority_label(code: str) -> str:
    source = PRIORITIES.get(code)
    return tr(source) if source else code.capitalize()


def flag_label(code: str) -> str:
    source = FLAGS.get(code)
    return tr(source) if source else code.replace("-", " ").capitalize()
