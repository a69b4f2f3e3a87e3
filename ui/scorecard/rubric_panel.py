"""The rubric of the skill being rated: four level cards with their anchors.

Clicking a card (its title, summary or any anchor) rates the skill at that
level; the card of the current rating is highlighted in its colour. The
cards never take the keyboard focus, so clicking one leaves the focus on
the skill row, where 1 to 4 keep working. All text is plain: rubric files are
written by anyone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QEnterEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from interview_planner.packets.model import PacketSkill, RubricLevelData
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import RATING_TONES, tr


def _plain_label(text: str, parent: QWidget, *, small: bool = False, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    font = label.font()
    if small:
        font.setPointSizeF(font.pointSizeF() * 0.92)
    font.setBold(bold)
    label.setFont(font)
    return label


class LevelCard(QFrame):
    """One rubric level; a click chooses it.

    Signals:
        clicked(int): the level (1..4).
    """

    clicked = Signal(int)

    def __init__(self, level: RubricLevelData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level.level
        self.selected = False
        self.enabled_for_rating = True
        self._hover = False
        self.setObjectName(f"level_card_{level.level}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(tr("Click to rate {level} · {label}").format(level=level.level, label=level.label))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        self.title = _plain_label(f"{level.level} · {level.label}", self, bold=True)
        self.title.setStyleSheet(f"color: {RATING_TONES[level.level].text.name()};")
        layout.addWidget(self.title)
        layout.addWidget(_plain_label(level.summary, self))
        for anchor in level.anchors:
            layout.addWidget(_plain_label(f"•  {anchor}", self, small=True))

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.enabled_for_rating:
            self.clicked.emit(self.level)
            event.accept()
            return
        super().mousePressEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = False
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        tone = RATING_TONES[self.level]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.selected:
            painter.setPen(QPen(tone.accent, 2))
            painter.setBrush(tone.background)
        else:
            hover = self._hover and self.enabled_for_rating
            painter.setPen(QPen(tone.accent if hover else self.palette().color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 8, 8)
        painter.fillRect(QRectF(rect.left(), rect.top() + 8, 4, rect.height() - 16), tone.accent)


class RubricPanel(QWidget):
    """The rubric of one skill, or a note when it has none.

    Signals:
        level_clicked(int): the user clicked the card of this level.
    """

    level_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[LevelCard] = []
        self.read_only = False
        self.heading = named(_plain_label("", self, bold=True), "rubric_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.definition = named(_plain_label("", self, small=True), "rubric_definition")
        self.definition.setStyleSheet("color: palette(placeholder-text);")
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        self.body_layout.setSpacing(8)
        self.scroll_area = named(QScrollArea(self), "rubric_scroll")
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.definition)
        layout.addWidget(self.scroll_area, 1)
        self.show_skill(None)

    def show_skill(self, skill: PacketSkill | None, rating: int | None = None) -> None:
        self._clear()
        if skill is None:
            self.heading.setText(tr("Rubric"))
            self.definition.setText(tr("Select a skill to see its rubric."))
            return
        self.heading.setText(tr("Rubric: {skill}").format(skill=skill.name))
        self.definition.setText(skill.definition)
        self.definition.setVisible(bool(skill.definition))
        self._add_cards(skill.rubric)
        self.set_rating(rating)

    def _add_cards(self, levels: Sequence[RubricLevelData]) -> None:
        if not levels:
            note = _plain_label(
                tr("There is no rubric for this skill yet: rate it 1 to 4 on your judgement."),
                self.body,
            )
            self.body_layout.addWidget(note)
        for level in levels:
            card = LevelCard(level, self.body)
            card.clicked.connect(self.level_clicked)
            self.body_layout.addWidget(card)
            card.setVisible(self.body.isVisible())
            self.cards.append(card)
        self.body_layout.addStretch(1)
        self.set_read_only(self.read_only)

    def _clear(self) -> None:
        self.cards = []
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # off the screen now, deleted once the event loop runs
                widget.deleteLater()

    def set_rating(self, rating: int | None) -> None:
        for card in self.cards:
            card.set_selected(card.level == rating)
        chosen = next((c for c in self.cards if c.selected), None)
        if chosen is not None:
            self.scroll_area.ensureWidgetVisible(chosen, 0, 8)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for card in self.cards:
            card.enabled_for_rating = not read_only
            card.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.PointingHandCursor)
