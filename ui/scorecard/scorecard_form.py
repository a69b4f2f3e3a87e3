"""The fill-in part of the scorecard: skills with evidence, the rubric, the overall call, notes.

Layout: the assessed skills (one :class:`SkillRow` each) beside the rubric
of the skill in hand; below, the overall recommendation, the key take-aways
and private notes. The form shows a scorecard and reports what the user
does; the page decides what that means (undo, autosave).

Keyboard: Tab order is skill, its evidence, next skill..., then the
overall recommendation, take-aways and notes. On a skill row, 1 to 4 rate, N
is "not assessed", Up/Down move between skills.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from interview_planner.packets.model import InterviewerPacket, PacketSkill
from interview_planner.services.scorecards import ScorecardView
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import tr
from interview_planner_ui.scorecard.recommendation_bar import RecommendationBar
from interview_planner_ui.scorecard.rubric_panel import RubricPanel
from interview_planner_ui.scorecard.skill_rating_row import SkillRow

NOTES_LINES = 3


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ScorecardForm(QWidget):
    """Shows one scorecard for editing (or reading).

    Signals:
        rating_requested(str, object): rate a skill (skill id, 1..4 or None).
        evidence_edited(str, str): a skill's evidence text changed.
        overall_requested(str): choose this overall recommendation.
        takeaways_edited(str), notes_edited(str): the notes changed.
        skill_focused(str): the user moved to this skill.
    """

    rating_requested = Signal(str, object)
    evidence_edited = Signal(str, str)
    overall_requested = Signal(str)
    takeaways_edited = Signal(str)
    notes_edited = Signal(str)
    skill_focused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, SkillRow] = {}
        self.skills: dict[str, PacketSkill] = {}
        self.current_skill = ""
        self.read_only = False
        self._build()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.skills_caption = _caption(tr("Skills"), self)
        self.skills_hint = QLabel(tr("1–4 rate · N not assessed · ↑/↓ next skill · Tab evidence"), self)
        self.skills_hint.setStyleSheet("color: palette(placeholder-text);")
        self.rows_box = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(2, 2, 8, 2)
        self.rows_layout.setSpacing(8)
        self.skills_scroll = named(QScrollArea(self), "skills_scroll")
        self.skills_scroll.setWidget(self.rows_box)
        self.skills_scroll.setWidgetResizable(True)
        self.skills_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.skills_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rubric = named(RubricPanel(self), "rubric_panel")
        self.rubric.level_clicked.connect(self._on_level_clicked)
        self.overall = RecommendationBar(self)
        self.overall.chosen.connect(self.overall_requested)
        self.takeaways = self._notes("key_takeaways", tr("Key take-aways"))
        self.notes = self._notes("private_notes", tr("Private notes (only you see these)"))
        self.takeaways.textChanged.connect(lambda: self._emit_text(self.takeaways, self.takeaways_edited))
        self.notes.textChanged.connect(lambda: self._emit_text(self.notes, self.notes_edited))
        self._lay_out()

    def _notes(self, name: str, title: str) -> QPlainTextEdit:
        box = named(QPlainTextEdit(self), name)
        box.setTabChangesFocus(True)
        box.setAccessibleName(title)
        box.setPlaceholderText(title)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * NOTES_LINES + 14)
        return box

    def _lay_out(self) -> None:
        skills = QWidget(self)
        column = QVBoxLayout(skills)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.skills_caption)
        column.addWidget(self.skills_hint)
        column.addWidget(self.skills_scroll, 1)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "scorecard_form_splitter")
        self.splitter.addWidget(skills)
        self.splitter.addWidget(self.rubric)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        notes = QGridLayout()
        notes.setHorizontalSpacing(12)
        notes.addWidget(_caption(tr("Key take-aways"), self), 0, 0)
        notes.addWidget(_caption(tr("Private notes"), self), 0, 1)
        notes.addWidget(self.takeaways, 1, 0)
        notes.addWidget(self.notes, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addSpacing(4)
        layout.addWidget(self.overall)
        layout.addLayout(notes)

    # --- showing a scorecard ---------------------------------------------------------

    def show_card(self, card: ScorecardView, packet: InterviewerPacket | None) -> None:
        self.skills = {s.id: s for s in packet.skills} if packet else {}
        ratings = {r.skill_id: r for r in card.ratings}
        if list(self.rows) != list(ratings):
            self._rebuild_rows(card)
        for skill_id, rating in ratings.items():
            skill = self.skills.get(skill_id)
            self.rows[skill_id].set_level_hints({lv.level: lv.summary for lv in skill.rubric} if skill else {})
            self.rows[skill_id].set_rating(rating.rating)
            self.rows[skill_id].set_evidence(rating.evidence)
        self.overall.set_value(card.overall)
        self._set_text(self.takeaways, card.key_takeaways)
        self._set_text(self.notes, card.private_notes)
        self.skills_caption.setText(tr("Skills ({count})").format(count=len(ratings)))
        self.show_skill(self.current_skill if self.current_skill in self.rows else next(iter(self.rows), ""))

    def _rebuild_rows(self, card: ScorecardView) -> None:
        for row in self.rows.values():
            row.hide()  # gone from the screen now, deleted once the event loop runs
            row.deleteLater()
        self.rows = {}
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        for rating in card.ratings:
            row = SkillRow(rating.skill_id, rating.skill, rating.priority, self.rows_box)
            row.rated.connect(self.rating_requested)
            row.evidence_edited.connect(self.evidence_edited)
            row.move_requested.connect(lambda delta, r=row: self._move(r, delta))
            row.focused.connect(self._on_row_focused)
            self.rows_layout.addWidget(row)
            row.setVisible(self.rows_box.isVisible())  # now, so it can take the focus at once
            self.rows[rating.skill_id] = row
        self.rows_layout.addStretch(1)
        self._chain_tab_order()
        self.set_read_only(self.read_only)

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = []
        for row in self.rows.values():
            chain += [row, row.evidence]
        chain += [*self.overall.buttons.values(), self.takeaways, self.notes]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_rating(self, skill_id: str, value: int | None) -> None:
        row = self.rows.get(skill_id)
        if row is not None:
            row.set_rating(value)
        if skill_id == self.current_skill:
            self.rubric.set_rating(value)

    def rating(self, skill_id: str) -> int | None:
        row = self.rows.get(skill_id)
        return row.rating if row else None

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.rows.values():
            row.set_read_only(read_only)
        self.rubric.set_read_only(read_only)
        self.overall.set_read_only(read_only)
        self.takeaways.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)

    def show_skill(self, skill_id: str) -> None:
        """Put this skill's rubric beside the rows and mark its row."""
        self.current_skill = skill_id
        for key, row in self.rows.items():
            row.set_current(key == skill_id)
        self.rubric.show_skill(self.skills.get(skill_id), self.rating(skill_id))

    def focus_skill(self, index: int = 0) -> bool:
        rows = list(self.rows.values())
        if not rows:
            return False
        row = rows[max(0, min(index, len(rows) - 1))]
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- slots ---------------------------------------------------------------------------

    def _move(self, row: SkillRow, delta: int) -> None:
        rows = list(self.rows.values())
        self.focus_skill(rows.index(row) + delta)

    def _on_row_focused(self, skill_id: str) -> None:
        if skill_id != self.current_skill:
            self.show_skill(skill_id)
        row = self.rows.get(skill_id)
        if row is not None:
            self.skills_scroll.ensureWidgetVisible(row, 0, 6)
        self.skill_focused.emit(skill_id)

    def _on_level_clicked(self, level: int) -> None:
        if self.current_skill and not self.read_only:
            self.rating_requested.emit(self.current_skill, level)

    @staticmethod
    def _set_text(box: QPlainTextEdit, text: str) -> None:
        if box.toPlainText() != text:
            box.blockSignals(True)
            box.setPlainText(text)
            box.blockSignals(False)

    def _emit_text(self, box: QPlainTextEdit, signal: SignalInstance) -> None:
        if not self.read_only:
            signal.emit(box.toPlainText())
