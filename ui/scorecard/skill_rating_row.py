"""One assessed skill on the scorecard: its name, rating and evidence notes.

Each row has its own rating buttons, 1 to 4 and N (not assessed), so rating
is one click; hovering a button shows what the level means (the rubric's
level when the page gives it, :meth:`SkillRow.set_level_hints`). The chosen
button stays pressed, N included. The buttons take no focus: the keyboard
stays with the row, where 1 to 4 rate the skill, N (or 0)
marks it not assessed, Up/Down go to the previous/next skill and Tab goes
on to its evidence box (Tab again: the next skill). Escape in the evidence
box returns to the row. The row never stores anything; it reports what the
user did through its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import (
    GREY,
    Tone,
    priority_label,
    rating_label,
    rating_tone,
    tr,
)

RATING_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
NOT_ASSESSED_KEYS = (Qt.Key.Key_N, Qt.Key.Key_0)
EVIDENCE_LINES = 3


def chip_style(tone: Tone, *, bold: bool = True) -> str:
    weight = "600" if bold else "normal"
    return (
        f"background: {tone.background.name()}; color: {tone.text.name()};"
        f" border-radius: 9px; padding: 2px 9px; font-weight: {weight};"
    )


class EvidenceEdit(QPlainTextEdit):
    """Plain-text evidence notes; Tab moves on, Escape goes back to the skill row.

    Signals:
        escaped(): Escape was pressed.
    """

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class SkillRow(QFrame):
    """A focusable skill row with its evidence box.

    Signals:
        rated(str, object): the user chose a rating (1..4, or None = not assessed).
        evidence_edited(str, str): the evidence text changed (skill id, text).
        move_requested(int): go to the previous (-1) or next (+1) skill.
        focused(str): the row or its evidence box got the focus (skill id).
    """

    rated = Signal(str, object)
    evidence_edited = Signal(str, str)
    move_requested = Signal(int)
    focused = Signal(str)

    def __init__(self, skill_id: str, name: str, priority: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.skill_id, self.name = skill_id, name
        self.rating: int | None = None
        self.read_only = False
        self.current = False
        self.setObjectName(f"skill_row_{skill_id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._build(name, priority)
        self.set_rating(None)

    def _build(self, name: str, priority: str) -> None:
        self.title = QLabel(name, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.priority = QLabel(priority_label(priority), self)
        self.priority.setStyleSheet(chip_style(GREY, bold=False) + " font-size: small;")
        self.priority.setToolTip(tr("Must-have skill") if priority == "must" else tr("Nice-to-have skill"))
        self.chip = named(QLabel(self), "rating_chip")
        self.not_assessed = False
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)  # set_rating checks at most one; none for "not rated"
        self.rating_buttons: dict[int | None, QToolButton] = {}
        for value in (1, 2, 3, 4, None):
            button = named(QToolButton(self), f"rate_{value or 'n'}")
            button.setText(str(value) if value else "N")
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row keeps the keyboard (1-4, N)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("N") + 18)
            button.setAccessibleName(
                tr("Rate {skill}: {level}").format(skill=name, level=rating_label(value))
                if value
                else tr("{skill}: not assessed").format(skill=name)
            )
            tone = rating_tone(value)  # the chosen level in its colour, as the chip (never only colour: digits)
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {tone.background.name()}; color: {tone.text.name()};"
                f" border: 2px solid {tone.accent.name()}; border-radius: 3px; font-weight: 600; }}"
            )
            button.clicked.connect(lambda _checked=False, v=value: self._on_button(v))
            self.buttons.addButton(button)
            self.rating_buttons[value] = button
        self.set_level_hints({})
        self.evidence = named(EvidenceEdit(self), "evidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(tr("Evidence: what the candidate said or did…"))
        self.evidence.setAccessibleName(tr("Evidence for {skill}").format(skill=name))
        line = self.evidence.fontMetrics().lineSpacing()
        self.evidence.setFixedHeight(line * EVIDENCE_LINES + 14)
        self.evidence.textChanged.connect(self._on_evidence_changed)
        self.evidence.escaped.connect(lambda: self.setFocus(Qt.FocusReason.OtherFocusReason))
        self.evidence.installEventFilter(self)
        self._lay_out()

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title, 1)
        head.addWidget(self.priority, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        scale = QHBoxLayout()
        scale.setSpacing(4)
        for button in self.rating_buttons.values():
            scale.addWidget(button)
        scale.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 9, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(scale)
        layout.addWidget(self.evidence)

    # --- shown state ---------------------------------------------------------------

    def set_level_hints(self, hints: dict[int, str]) -> None:
        """What each level means for this skill (the rubric), shown on hover."""
        for value, button in self.rating_buttons.items():
            if value is None:
                button.setToolTip(tr("Not assessed: this interview did not cover the skill (key N)"))
                continue
            hint = hints.get(value, "")
            label = tr("{level} (key {key})").format(level=rating_label(value), key=value)
            button.setToolTip(f"{label}\n{hint}" if hint else label)

    def _on_button(self, value: int | None) -> None:
        if self.read_only:
            self.set_rating(self.rating)  # a click on a read-only row changes nothing, not even the button
            return
        self.rated.emit(self.skill_id, value)  # first: the page compares with the rating shown
        if value is None:
            self.mark_not_assessed()
        else:
            self.set_rating(self.rating)  # the button shows the stored rating, whatever the click did

    def mark_not_assessed(self) -> None:
        """Show the N choice (the stored rating is None, as for a skill not rated yet)."""
        self.not_assessed = True
        self.set_rating(None)

    def set_rating(self, value: int | None) -> None:
        if value is not None:
            self.not_assessed = False
        self.rating = value
        for level, button in self.rating_buttons.items():
            button.setChecked(level == value if level is not None else self.not_assessed and value is None)
        text = rating_label(value) if value else tr("Not assessed") if self.not_assessed else tr("Not rated")
        self.chip.setText(text)
        self.chip.setStyleSheet(chip_style(rating_tone(value), bold=value is not None or self.not_assessed))
        self.setAccessibleName(tr("{skill}: {rating}").format(skill=self.name, rating=self.chip.text()))
        self.setAccessibleDescription(tr("Press 1 to 4 to rate, N for not assessed."))

    def set_evidence(self, text: str) -> None:
        if text != self.evidence.toPlainText():
            self.evidence.blockSignals(True)
            self.evidence.setPlainText(text)
            self.evidence.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.evidence.setReadOnly(read_only)
        for button in self.rating_buttons.values():
            button.setEnabled(not read_only)

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    # --- input ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in RATING_KEYS and not self.read_only:
            self.rated.emit(self.skill_id, RATING_KEYS[key])
        elif plain and key in NOT_ASSESSED_KEYS and not self.read_only:
            self.rated.emit(self.skill_id, None)
            self.mark_not_assessed()
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.evidence.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.skill_id)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.evidence and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.skill_id)
        return False

    def _on_evidence_changed(self) -> None:
        if not self.read_only:
            self.evidence_edited.emit(self.skill_id, self.evidence.toPlainText())

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        focused = self.hasFocus()
        border = palette.color(QPalette.ColorRole.Highlight) if self.current else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2.0 if focused else (1.5 if self.current else 1.0)))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
