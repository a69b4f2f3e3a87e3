"""The Scorecard page: an interviewer fills in one interview's scorecard.

Pick the candidate and the interview (or come here with "Open Scorecard"
from the Candidates page). The stage's questions and the other scorecards
are on the left, the form in the middle and the rubric on the right.
Everything typed is saved as a draft half a second after the last change
(:class:`ScorecardEditor`); the header says whether it is saving, saved or
not saved. Submitting asks for confirmation and makes the scorecard
read-only; "Amend…" changes it afterwards, with a reason that is logged.
Rating a skill and choosing the overall recommendation (the first choice too) are undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from interview_planner.packets.model import InterviewerPacket
from interview_planner.services import candidates as candidate_service
from interview_planner.services import scorecards
from interview_planner.services.scorecards import ScorecardPatch
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.commands import ServiceCommand
from interview_planner_ui.common.page_actions import PageActions
from interview_planner_ui.common.pages import Page, PageContext
from interview_planner_ui.common.scoring_labels import rating_label, recommendation_label
from interview_planner_ui.scorecard.scorecard_editor import SaveState, ScorecardEditor
from interview_planner_ui.scorecard.scorecard_header import ScorecardHeader
from interview_planner_ui.scorecard.scorecard_layout import ScorecardLayout
from interview_planner_ui.scorecard.scorecard_reference import questions_html

Button = QMessageBox.StandardButton


class ScorecardView(Page):
    """Fill in, submit and amend one interview's scorecard."""

    key = "scorecard"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = ScorecardEditor(context.db, self._show_error, self)
        self.packet: InterviewerPacket | None = None
        self._shown_overall: str | None = None  # what the bar shows (for the undo command)
        self._versions: dict[str, int] = {}  # interview id -> the version of its scorecard last seen here
        self.ui = ScorecardLayout(self)
        self.header: ScorecardHeader = self.ui.header
        self.form = self.ui.form
        self.actions = PageActions(self, {ActionId.SUBMIT_SCORECARD: self.submit, ActionId.AMEND_SCORECARD: self.amend})
        self.header.add_actions(self.actions[ActionId.SUBMIT_SCORECARD], self.actions[ActionId.AMEND_SCORECARD])
        self._wire()
        self._loaded = False
        self._update_actions()

    def _wire(self) -> None:
        self.header.interview_chosen.connect(self._on_interview_chosen)
        self.header.save_amendment.clicked.connect(self.save_amendment)
        self.header.cancel_amendment.clicked.connect(self.cancel_amendment)
        self.form.rating_requested.connect(self.rate)
        self.form.overall_requested.connect(self.choose_overall)
        self.form.evidence_edited.connect(self.editor.set_evidence)
        self.form.takeaways_edited.connect(self.editor.set_key_takeaways)
        self.form.notes_edited.connect(self.editor.set_private_notes)
        self.editor.loaded.connect(self._on_loaded)
        self.editor.saved.connect(self._on_saved)
        self.editor.state_changed.connect(self._on_state_changed)
        self.editor.conflicted.connect(self._on_conflict)

    # --- choosing the interview --------------------------------------------------------

    @property
    def card(self) -> scorecards.ScorecardView | None:
        return self.editor.card

    def refresh(self) -> None:
        """Reload the pickers, and the scorecard unless there are unsaved changes."""
        self._loaded = True
        try:
            people = candidate_service.list_candidates(self.context.db)
        except Exception as exc:
            self._show_error(exc)
            return
        self.header.set_candidates(people)
        self.ui.set_empty(not any(p.interviews for p in people))
        wanted = self.card.interview_id if self.card else self.header.first_open_interview()
        if wanted and self.editor.state != SaveState.FAILED:
            self.open_interview(wanted, focus=False)

    def open_interview(self, interview_id: str, *, focus: bool = True) -> bool:
        """Show this interview's scorecard; the first skill gets the keyboard."""
        if not self._loaded:
            self.refresh()
        if not self.editor.flush():
            return False
        try:
            self.packet = scorecards.reference(self.context.db, interview_id)
            self.editor.load(interview_id)
        except Exception as exc:
            self._show_error(exc)
            return False
        self.header.select_interview(interview_id)
        self.ui.questions.setHtml(questions_html(self.packet))
        if focus:
            self.form.focus_skill(0)
        return True

    def _on_interview_chosen(self, interview_id: str) -> None:
        if not self.card or self.card.interview_id != interview_id:
            self.open_interview(interview_id)

    # --- edits (undoable) ------------------------------------------------------------------

    def rate(self, skill_id: str, value: int | None) -> None:
        card, old = self.card, self.form.rating(skill_id)
        if card is None or old == value or not self.editor.editable:
            return
        skill = next((r.skill for r in card.ratings if r.skill_id == skill_id), "")
        text = self.tr("Rate {skill} {rating}").format(skill=skill, rating=rating_label(value))
        interview = card.interview_id
        before = next((r for r in card.ratings if r.skill_id == skill_id), None)
        undo = ScorecardPatch(ratings={skill_id: old})
        if before is not None and before.state == "not_assessed":
            undo = ScorecardPatch(not_assessed={skill_id: before.not_assessed_reason})
        change = ScorecardPatch(ratings={skill_id: value})
        if value is None:  # not assessed: say why, or it stays not rated and the scorecard cannot be submitted
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Not assessed"),
                self.tr("Why was {skill} not assessed? (a short reason, shown in the debrief)").format(skill=skill),
            )
            if not ok or not reason.strip():
                return
            change = ScorecardPatch(not_assessed={skill_id: reason})
        self.context.undo_stack.push(
            ServiceCommand(
                text,
                lambda: self._apply(interview, change),
                lambda: self._apply(interview, undo),
                self.context.presenter,
            )
        )

    def choose_overall(self, code: str) -> None:
        card = self.card
        if card is None or not self.editor.editable:
            return
        old = self._shown_overall
        self._shown_overall = code
        if old == code:
            return
        interview = card.interview_id
        # Undoing the first choice takes the recommendation back.
        before = ScorecardPatch(overall=old, clear_overall=old is None)
        text = self.tr("Choose {choice} overall").format(choice=recommendation_label(code))
        self.context.undo_stack.push(
            ServiceCommand(
                text,
                lambda: self._apply(interview, ScorecardPatch(overall=code)),
                lambda: self._apply(interview, before),
                self.context.presenter,
            )
        )

    def _apply(self, interview_id: str, patch: ScorecardPatch) -> None:
        """Apply a rating/overall change to the shown draft, or store it if another is shown."""
        if self.card is None or self.card.interview_id != interview_id or not self.editor.editable:
            # Another scorecard than the one shown: saved against the version last seen of it, so a change
            # made elsewhere meanwhile is refused (the conflict is shown) instead of overwritten.
            stored = scorecards.save_draft(
                self.context.db,
                interview_id=interview_id,
                patch=patch,
                expected_version=self._versions.get(interview_id),
            )
            self._versions[interview_id] = stored.version
            return
        for skill_id, value in patch.ratings.items():
            self.editor.set_rating(skill_id, value)
            self.form.set_rating(skill_id, value)
        for skill_id, reason in patch.not_assessed.items():
            self.editor.set_not_assessed(skill_id, reason)
            self.form.set_rating(skill_id, None)
        if patch.overall is not None or patch.clear_overall:  # not a rating's patch
            self._shown_overall = patch.overall
            self.form.overall.set_value(patch.overall)
            self.editor.set_overall(patch.overall)

    # --- submit and amend ----------------------------------------------------------------------

    def submit(self) -> None:
        card = self.card
        if card is None or card.status != "draft" or not self._confirm_submit(card):
            return
        if self.editor.submit() is not None:
            # A submitted scorecard is final: its edits can no longer be undone (Amend… is the way back)
            self.context.undo_stack.clear()
            self.context.post_status(self.tr("Submitted the scorecard."))

    def _confirm_submit(self, card: scorecards.ScorecardView) -> bool:
        rated = sum(1 for r in self.form.rows.values() if r.rating is not None)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Submit Scorecard"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Submit your scorecard for {candidate} ({stage})?\n\n"
                "{rated} of {total} skills rated; overall: {overall}.\n\n"
                "A submitted scorecard is read-only: changing it later needs an amendment "
                "with a reason, which is logged."
            ).format(
                candidate=card.candidate,
                stage=card.stage,
                rated=rated,
                total=len(self.form.rows),
                overall=recommendation_label(self.form.overall.value()),
            )
        )
        box.setStandardButtons(Button.Yes | Button.Cancel)
        box.button(Button.Yes).setText(self.tr("Submit"))
        box.setDefaultButton(Button.Yes)
        answer = box.exec()
        box.deleteLater()
        return answer == Button.Yes

    def amend(self) -> None:
        card = self.card
        if card is None or card.status != "submitted" or self.editor.amend_reason:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Amend Scorecard"),
            self.tr("Why does this submitted scorecard need to change? The reason is logged."),
        )
        if ok and reason.strip():
            self.editor.start_amendment(reason)
            self.form.focus_skill(0)

    def save_amendment(self) -> None:
        if self.editor.save_amendment() is not None:
            self.context.post_status(self.tr("Saved the amendment."))

    def cancel_amendment(self) -> None:
        self.editor.cancel_amendment()

    # --- what the editor reports ------------------------------------------------------------------

    def _on_loaded(self, card: scorecards.ScorecardView) -> None:
        self._versions[card.interview_id] = card.version
        self._shown_overall = card.overall
        self.form.show_card(card, self.packet)
        self.form.set_read_only(not self.editor.editable)
        self.header.show_card(card, amending=self.editor.amend_reason)
        self._refresh_others(card)
        self._update_actions()

    def _on_saved(self, card: scorecards.ScorecardView) -> None:
        self._versions[card.interview_id] = card.version
        self.header.show_card(card, amending=self.editor.amend_reason)
        self.header.show_state(self.editor.state, card)

    def _on_state_changed(self, state: SaveState) -> None:
        self.header.show_state(state, self.card)

    def _on_conflict(self, exc: BaseException) -> None:
        self.context.presenter.show(exc, self)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Scorecard Changed Elsewhere"), "", parent=self)
        box.setText(
            self.tr(
                "This scorecard was changed somewhere else since you opened it.\n\n"
                "Reload it (your unsaved changes are dropped), or keep your changes and "
                "save them over the newer version?"
            )
        )
        box.setStandardButtons(Button.Yes | Button.No)
        box.button(Button.Yes).setText(self.tr("Reload"))
        box.button(Button.No).setText(self.tr("Keep My Changes"))
        answer = box.exec()
        box.deleteLater()
        try:
            self.editor.reload() if answer == Button.Yes else self.editor.keep_mine()
        except Exception as error:
            self._show_error(error)

    def _refresh_others(self, card: scorecards.ScorecardView) -> None:
        try:
            seen = scorecards.scorecards_seen_by(
                self.context.db, candidate_id=card.candidate_id, viewer_interviewer_id=card.interviewer_id
            )
        except Exception as exc:
            self._show_error(exc)
            return
        others = [v for v in seen.cards if v.interview_id != card.interview_id and v.status == "submitted"]
        self.ui.show_others(others, hidden=seen.others_hidden)

    def _update_actions(self) -> None:
        card = self.card
        self.actions.set_available(ActionId.SUBMIT_SCORECARD, bool(card and card.status == "draft"))
        self.actions.set_available(
            ActionId.AMEND_SCORECARD,
            bool(card and card.status == "submitted" and not self.editor.amend_reason),
        )

    def _show_error(self, exc: BaseException) -> None:
        self.context.presenter.show(exc, self)

    # --- Page hooks ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.editor.pending.is_empty() and not self.editor.amend_reason:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.editor.flush()
        super().hideEvent(event)

    def save_state(self) -> None:
        self.ui.save_state(self.context.state, self.state_key("layout"))

    def restore_state(self) -> None:
        self.ui.restore_state(self.context.state, self.state_key("layout"))

    def shutdown(self) -> None:
        self.editor.flush()
        self.editor.stop()
        self.actions.release()
