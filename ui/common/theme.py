"""Light and dark: follow the desktop's colour scheme, or the user's choice in Settings.

"system" follows ``QStyleHints.colorScheme`` (and its changes while the app
runs); "light" and "dark" force one. Either way the app's palette comes from
:data:`PALETTES`, a table whose text/background pairs are checked for WCAG AA
contrast (4.5:1) by the tests, so widgets that use palette roles
(``palette(text)``, ``palette(placeholder-text)``…) stay readable in both.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Scheme = Literal["light", "dark"]
Role = QPalette.ColorRole

PALETTES: dict[Scheme, dict[Role, str]] = {
    "light": {
        Role.Window: "#f3f4f6",
        Role.WindowText: "#1f2328",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#f6f8fa",
        Role.Text: "#1f2328",
        Role.PlaceholderText: "#5c636a",
        Role.Button: "#e9ecef",
        Role.ButtonText: "#1f2328",
        Role.Highlight: "#1d5fb4",
        Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#fffbe6",
        Role.ToolTipText: "#1f2328",
        Role.Link: "#0b57b0",
        Role.BrightText: "#ffffff",
        Role.Mid: "#b6bcc3",
        Role.Dark: "#8a9199",
        Role.Light: "#ffffff",
    },
    "dark": {
        Role.Window: "#202326",
        Role.WindowText: "#e6e8eb",
        Role.Base: "#17191c",
        Role.AlternateBase: "#23272b",
        Role.Text: "#e6e8eb",
        Role.PlaceholderText: "#a3aab2",
        Role.Button: "#2d3136",
        Role.ButtonText: "#e6e8eb",
        Role.Highlight: "#3b82d6",
        Role.HighlightedText: "#0b0d0f",
        Role.ToolTipBase: "#2d3136",
        Role.ToolTipText: "#e6e8eb",
        Role.Link: "#7cb4f5",
        Role.BrightText: "#000000",
        Role.Mid: "#4a5057",
        Role.Dark: "#121416",
        Role.Light: "#3a3f45",
    },
}

# Named colours outside the palette, (light, dark). Text colours are listed in TEXT_ON with the
# backgrounds they are drawn on; the tests hold each pair to 4.5:1 in both schemes.
COLOURS: dict[str, tuple[str, str]] = {
    "muted_text": ("#5c636a", "#a3aab2"),  # secondary lines, hints
    "strong_text": ("#2f6b1f", "#8fd17a"),  # "Strong answers" headings (rich text)
    "weak_text": ("#842029", "#f1a7ae"),  # "Weak answers" headings (rich text)
    "warning_background": ("#fff3cd", "#3d3210"),
    "warning_border": ("#e0c36a", "#8a7330"),
    "warning_text": ("#5c4400", "#ffe08a"),
    "covered_background": ("#cdebd3", "#1f4427"),
    "covered_text": ("#14532d", "#c3ecd0"),
    "thin_background": ("#ffe7a6", "#4a3b0a"),
    "thin_text": ("#5c4400", "#ffe08a"),
    "missing_background": ("#f6c6c6", "#4f1d1d"),
    "missing_text": ("#7f1d1d", "#f8c4c4"),
    "must_badge": ("#9f1239", "#fda4af"),
    "line_highlight": ("#fde68a", "#5a4700"),  # the job description line of the selected skill
    "time_fits": ("#2e7d4f", "#2e7d4f"),  # the stage time bar while its questions fit...
    "time_over": ("#b42318", "#c0392b"),  # ...and once they do not
    "time_on_fill": ("#ffffff", "#ffffff"),  # the figures written on the fill
}
TEXT_ON: tuple[tuple[str | Role, str | Role], ...] = (
    (Role.Text, "line_highlight"),
    ("muted_text", Role.Base),
    ("muted_text", Role.Window),
    ("strong_text", Role.Base),
    ("weak_text", Role.Base),
    ("warning_text", "warning_background"),
    ("covered_text", "covered_background"),
    ("thin_text", "thin_background"),
    ("missing_text", "missing_background"),
    ("must_badge", Role.Base),
    ("must_badge", Role.AlternateBase),
    ("time_on_fill", "time_fits"),
    ("time_on_fill", "time_over"),
)

# (text, background) role pairs the widgets draw text with; each must reach 4.5:1.
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
)


def colour(name: str, scheme: Scheme | None = None) -> QColor:
    """A named colour of :data:`COLOURS` for ``scheme`` (default: the one on screen)."""
    light, dark = COLOURS[name]
    return QColor(dark if (scheme or current_scheme()) == "dark" else light)


def hex_colour(name: str) -> str:
    """:func:`colour` as ``#rrggbb``, for style sheets and rich text."""
    return colour(name).name()


def contrast(foreground: str | QColor, background: str | QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str | QColor) -> float:
        c = QColor(colour)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(scheme: Scheme) -> QPalette:
    result = QPalette()
    for role, colour in PALETTES[scheme].items():
        result.setColor(role, QColor(colour))
    disabled = QColor(PALETTES[scheme][Role.PlaceholderText])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def system_scheme() -> Scheme:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def current_scheme() -> Scheme:
    """The scheme the app shows now (from its palette, whatever set it)."""
    window = QApplication.palette().color(Role.Window)
    return "dark" if window.lightness() < 128 else "light"


class ThemeSwitcher:
    """Applies the user's choice and, for "system", follows the desktop while the app runs."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.choice = "system"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_changed)

    def apply(self, choice: str) -> Scheme:
        self.choice = choice
        scheme: Scheme = "dark" if choice == "dark" else "light" if choice == "light" else system_scheme()
        if self._app.style().name().lower() not in ("fusion",):
            self._app.setStyle("Fusion")  # the one style that draws every palette role on every platform
        self._app.setPalette(palette(scheme))
        return scheme

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")


_switcher: ThemeSwitcher | None = None


def apply_theme(choice: str) -> Scheme:
    """Apply ``choice`` ("system", "light" or "dark") to the running application."""
    global _switcher
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    if _switcher is None or _switcher._app is not app:
        _switcher = ThemeSwitcher(app)
    return _switcher.apply(choice)
