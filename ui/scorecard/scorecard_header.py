"""The top of the Scorecard page: which interview, its state, and Submit / Amend.

Two pickers choose the candidate and the interview. The title names the
candidate, the line below the stage, interviewer and time. On the right:
the scorecard's status badge, the autosave state ("Saving…", "Saved 10:42",
"Not saved") and the Submit / Amend buttons; while amending, Save and
Cancel buttons replace them. A banner says why the form is read-only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from interview_planner.services.candidates import CandidateView, InterviewView
from interview_planner.services.scorecards import ScorecardView
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import (
    AMBER,
    BLUE,
    RED,
    Tone,
    status_label,
    status_tone,
    tr,
)
from interview_planner_ui.common.when import display, short_time
from interview_planner_ui.scorecard.scorecard_editor import SaveState
from interview_planner_ui.scorecard.skill_rating_row import chip_style


def _plain(parent: QWidget, name: str) -> QLabel:
    label = named(QLabel(parent), name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _interview_text(i: InterviewView) -> str:
    return tr("{n}. {stage} · {interviewer} ({status})").format(
        n=i.stage_position + 1,
        stage=i.stage,
        interviewer=i.interviewer,
        status=status_label(i.scorecard_status),
    )


class ScorecardHeader(QWidget):
    """Pickers, title, state and commands.

    Signals:
        interview_chosen(str): the user picked this interview.
    """

    interview_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[CandidateView] = []
        self._build()
        self.candidate_combo.currentIndexChanged.connect(self._on_candidate_changed)
        self.interview_combo.activated.connect(self._on_interview_activated)

    def _build(self) -> None:
        self.candidate_combo = self._combo("scorecard_candidate", tr("Candidate"))
        self.interview_combo = self._combo("scorecard_interview", tr("Interview"))
        self.title = _plain(self, "scorecard_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = _plain(self, "scorecard_subtitle")
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.subtitle.setWordWrap(True)
        self.title.setWordWrap(True)
        self.status = _plain(self, "scorecard_status")
        self.status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_state = _plain(self, "save_state")
        self.save_state.setMinimumWidth(110)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toolbar = named(QToolBar(self), "scorecard_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.save_amendment = named(QPushButton(tr("Save Amendment"), self), "save_amendment")
        self.cancel_amendment = named(QPushButton(tr("Cancel"), self), "cancel_amendment")
        self.banner = _plain(self, "scorecard_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._lay_out()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = named(QComboBox(self), name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(18)
        return combo

    def _lay_out(self) -> None:
        pickers = QHBoxLayout()
        for text, combo in (
            (tr("Ca&ndidate:"), self.candidate_combo),
            (tr("&Interview:"), self.interview_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            pickers.addWidget(label)
            pickers.addWidget(combo)
            pickers.addSpacing(10)
        pickers.addStretch(1)
        commands = QHBoxLayout()
        commands.setSpacing(10)
        for widget in (
            self.status,
            self.save_state,
            self.toolbar,
            self.save_amendment,
            self.cancel_amendment,
        ):
            commands.addWidget(widget)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.subtitle, 1, 0)
        grid.addLayout(commands, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pickers)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.banner)

    def add_actions(self, *actions: QAction) -> None:
        for action in actions:
            self.toolbar.addAction(action)
        # Submit and Amend always in view (never behind the toolbar's » menu): the heading wraps instead
        self.toolbar.setMinimumWidth(self.toolbar.sizeHint().width())

    # --- pickers -------------------------------------------------------------------------

    def set_candidates(self, people: Sequence[CandidateView]) -> None:
        chosen = self.candidate_combo.currentData()
        self.people = list(people)
        self.candidate_combo.blockSignals(True)
        self.candidate_combo.clear()
        for person in self.people:
            self.candidate_combo.addItem(person.name, person.id)
        self.candidate_combo.setCurrentIndex(max(0, self.candidate_combo.findData(chosen)))
        self.candidate_combo.blockSignals(False)
        self._fill_interviews()

    def candidate(self, candidate_id: str) -> CandidateView | None:
        return next((p for p in self.people if p.id == candidate_id), None)

    def first_open_interview(self) -> str:
        """The first interview without a submitted scorecard (else the first one)."""
        interviews = [i for p in self.people for i in p.interviews]
        waiting = [i for i in interviews if i.scorecard_status != "submitted"]
        return (waiting or interviews)[0].id if interviews else ""

    def select_interview(self, interview_id: str) -> None:
        owner = next((p for p in self.people if any(i.id == interview_id for i in p.interviews)), None)
        if owner is None:
            return
        self.candidate_combo.blockSignals(True)
        self.candidate_combo.setCurrentIndex(self.candidate_combo.findData(owner.id))
        self.candidate_combo.blockSignals(False)
        self._fill_interviews()
        self.interview_combo.setCurrentIndex(self.interview_combo.findData(interview_id))

    def _fill_interviews(self) -> None:
        person = self.candidate(self.candidate_combo.currentData() or "")
        chosen = self.interview_combo.currentData()
        self.interview_combo.clear()
        for i in person.interviews if person else []:
            self.interview_combo.addItem(_interview_text(i), i.id)
        self.interview_combo.setCurrentIndex(max(0, self.interview_combo.findData(chosen)))

    def _on_candidate_changed(self, _index: int) -> None:
        self._fill_interviews()
        if self.interview_combo.count():
            self.interview_chosen.emit(self.interview_combo.currentData())

    def _on_interview_activated(self, _index: int) -> None:
        if self.interview_combo.currentData():
            self.interview_chosen.emit(self.interview_combo.currentData())

    # --- the shown scorecard --------------------------------------------------------------

    def show_card(self, card: ScorecardView, *, amending: str = "") -> None:
        self.title.setText(card.candidate)
        person = self.candidate(card.candidate_id)
        interview = next((i for i in person.interviews if i.id == card.interview_id), None) if person else None
        parts = [card.stage, tr("with {name}").format(name=card.interviewer)]
        if interview and interview.scheduled_at:
            parts.append(display(interview.scheduled_at))
        if person:
            parts.append(person.loop)
        self.subtitle.setText(" · ".join(parts))
        self._show_status(card, amending)
        self._update_interview_item(card)
        self.show_state(SaveState.CLEAN, card)
        self.save_amendment.setVisible(bool(amending))
        self.cancel_amendment.setVisible(bool(amending))
        self.toolbar.setVisible(not amending)

    def _update_interview_item(self, card: ScorecardView) -> None:
        """Keep the picker's "(Draft)"/"(Submitted)" in step without reloading the list."""
        row = self.interview_combo.findData(card.interview_id)
        person = self.candidate(card.candidate_id)
        if row < 0 or person is None:
            return
        for i, interview in enumerate(person.interviews):
            if interview.id == card.interview_id:
                status = card.status if card.version else interview.scorecard_status
                person.interviews[i] = interview.model_copy(update={"scorecard_status": status})
                self.interview_combo.setItemText(row, _interview_text(person.interviews[i]))

    def _show_status(self, card: ScorecardView, amending: str) -> None:
        tone = BLUE if amending else status_tone(card.status)
        self.status.setText(tr("Amending") if amending else status_label(card.status))
        self.status.setStyleSheet(chip_style(tone))
        if amending:
            self._banner(
                tr("Amending this submitted scorecard. Reason: {reason}").format(reason=amending),
                BLUE,
            )
        elif card.status == "submitted":
            when = display(card.submitted_at)
            self._banner(
                tr("Submitted {when}. The scorecard is read-only; use Amend… to change it.").format(when=when),
                AMBER,
            )
        else:
            self.banner.hide()

    def _banner(self, text: str, tone: Tone) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"background: {tone.background.name()}; color: {tone.text.name()}; border-radius: 6px; padding: 6px 10px;"
        )
        self.banner.show()

    def show_state(self, state: SaveState, card: ScorecardView | None) -> None:
        if state is SaveState.PENDING:
            text, style = tr("Saving…"), "color: palette(placeholder-text);"
        elif state is SaveState.FAILED:
            text, style = tr("Not saved"), f"color: {RED.text.name()}; font-weight: 600;"
        elif card is not None and card.version > 0 and card.status == "draft":
            text, style = (
                tr("Saved {time}").format(time=short_time(card.updated_at)),
                "color: palette(placeholder-text);",
            )
        else:
            text, style = "", ""
        self.save_state.setText(text)
        self.save_state.setStyleSheet(style)
