"""How ratings, recommendations, decisions and scorecard states read and look on screen.

Presentation only: the codes and their meaning belong to the core
(``interview_planner.scoring.model``, docs/decision.md). Every tone has a
light and a dark variant, picked by the scheme on screen (:mod:`theme`);
text on its background reaches 4.5:1 in both (tests/ui/common/test_theme.py).
Colours are never the only signal: every badge has words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.theme import current_scheme

CONTEXT = "ScoringLabels"


@dataclass(frozen=True)
class Tone:
    """A badge's colours: background, text, and a stronger accent (borders, bars), as
    (background, text, accent) hex triples for the light and the dark scheme."""

    light: tuple[str, str, str]
    dark: tuple[str, str, str]

    def _pick(self, index: int) -> QColor:
        return QColor((self.dark if current_scheme() == "dark" else self.light)[index])

    @property
    def background(self) -> QColor:
        return self._pick(0)

    @property
    def text(self) -> QColor:
        return self._pick(1)

    @property
    def accent(self) -> QColor:
        return self._pick(2)


RED = Tone(("#f8d7da", "#842029", "#d9534f"), ("#4a1c20", "#f5c2c7", "#e06c75"))
ORANGE = Tone(("#fde5cc", "#8a4500", "#ef8a2b"), ("#4a2e12", "#fdd5a8", "#ef8a2b"))
LIGHT_GREEN = Tone(("#dcefd3", "#2f6b1f", "#7fbf5f"), ("#22381c", "#c5e8b7", "#7fbf5f"))
GREEN = Tone(("#b9e0b0", "#17510f", "#3d9a2f"), ("#1d4a17", "#cdeec4", "#5cb84d"))
GREY = Tone(("#e9ecef", "#495057", "#adb5bd"), ("#343a40", "#dee2e6", "#6c757d"))
AMBER = Tone(("#fff1c2", "#6b4e00", "#e0a800"), ("#4a3b0a", "#ffe08a", "#e0a800"))
BLUE = Tone(("#dbe8fb", "#1d4f91", "#3b7dd8"), ("#1a2f50", "#c2d8f7", "#5a9be6"))
TONES = {"red": RED, "orange": ORANGE, "light_green": LIGHT_GREEN, "green": GREEN, "grey": GREY}
TONES |= {"amber": AMBER, "blue": BLUE}

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
