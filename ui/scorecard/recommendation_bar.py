"""The overall recommendation: four buttons, Strong no to Strong yes.

Keyboard: Tab reaches the bar, Left/Right move to the neighbouring choice
and choose it, Space or Enter chooses the focused one, and 1 to 4 choose
directly. The chosen button takes the choice's colour, so the choice is
visible at a glance and never only by colour (the words are on it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import RATING_TONES, RATINGS, RECOMMENDATIONS, tr

CODES = tuple(RECOMMENDATIONS)  # strong_no, no, yes, strong_yes
KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


def _style(code: str) -> str:
    tone = RATING_TONES[RECOMMENDATIONS[code]]
    return (
        "QPushButton { padding: 5px 14px; }"
        f" QPushButton:checked {{ background: {tone.background.name()};"
        f" color: {tone.text.name()}; border: 2px solid {tone.accent.name()};"
        " border-radius: 4px; font-weight: 600; }"
    )


def checked_width(button: QPushButton) -> int:
    """The width the chosen (bold, thick-bordered) button needs, so its words are never cut."""
    bold = QFont(button.font())
    bold.setWeight(QFont.Weight.Bold)
    return QFontMetrics(bold).horizontalAdvance(button.text().replace("&", "")) + 2 * 14 + 2 * 2 + 6


class RecommendationBar(QWidget):
    """Choose one of the four recommendations.

    Signals:
        chosen(str): the user chose this code (strong_no / no / yes / strong_yes).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overall_bar")
        self.label = QLabel(tr("Overall recommendation:"), self)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        for code in CODES:
            layout.addWidget(self._button(code))
        layout.addStretch(1)
        self.read_only = False

    def _button(self, code: str) -> QPushButton:
        button = named(QPushButton(tr(RATINGS[RECOMMENDATIONS[code]]), self), f"overall_{code}")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setStyleSheet(_style(code))
        button.setMinimumWidth(checked_width(button))
        button.setAccessibleName(tr("Overall recommendation: {choice}").format(choice=button.text()))
        button.installEventFilter(self)
        button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
        self.group.addButton(button)
        self.buttons[code] = button
        return button

    def value(self) -> str | None:
        return next((c for c, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, code: str | None) -> None:
        """Show ``code`` as chosen, without emitting ``chosen``."""
        self.group.setExclusive(code is not None)
        for c, button in self.buttons.items():
            button.setChecked(c == code)
        self.group.setExclusive(True)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in self.buttons.values():
            button.setEnabled(not read_only or button.isChecked())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(watched, event)
        return False

    def _on_key(self, watched: QObject, event: QKeyEvent) -> bool:
        codes = [c for c, b in self.buttons.items() if b is watched]
        if not codes or self.read_only or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        index = CODES.index(codes[0])
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            index = max(0, min(len(CODES) - 1, index + (1 if key == Qt.Key.Key_Right else -1)))
        elif key in KEYS:
            index = KEYS[key]
        elif key not in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        self.buttons[CODES[index]].setFocus(Qt.FocusReason.OtherFocusReason)
        self._choose(CODES[index])
        return True

    def _choose(self, code: str) -> None:
        if self.read_only:
            return
        self.set_value(code)
        self.chosen.emit(code)
