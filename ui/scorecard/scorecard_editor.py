"""Keep one scorecard in step with the database while it is being filled in.

Every change (a rating, a note, the overall recommendation) is merged into
a pending :class:`ScorecardPatch` and saved :data:`AUTOSAVE_MS` after the
last one, in one ``scorecards.save_draft`` call that names the version it
was based on. A save that finds a newer version (the scorecard was changed
in another window or imported from a kit) raises ``ConflictError``: it goes
to the error presenter and the user is offered to reload.

Nothing here decides anything about scorecards; the core validates and
stores. This object only batches, remembers the version and says what
state the draft is in (:class:`SaveState`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from interview_planner.errors import ConflictError
from interview_planner.services import scorecards
from interview_planner.services.scorecards import ScorecardPatch, ScorecardView

if TYPE_CHECKING:
    from interview_planner.db.database import Database

AUTOSAVE_MS = 500


class SaveState(Enum):
    CLEAN = "clean"  # nothing to save (the time of the last save is shown)
    PENDING = "pending"  # changes waiting for the autosave timer or being saved
    FAILED = "failed"  # the last save failed; the changes are kept


class ScorecardEditor(QObject):
    """The loaded scorecard, its unsaved changes and the autosave timer.

    Signals:
        loaded(object): a scorecard (ScorecardView) was loaded or reloaded.
        saved(object): a save or submission stored this ScorecardView.
        state_changed(object): the SaveState changed.
        conflicted(object): a save met a newer version (the ConflictError).
    """

    loaded = Signal(object)
    saved = Signal(object)
    state_changed = Signal(object)
    conflicted = Signal(object)

    def __init__(self, db: Database, on_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._on_error = db, on_error
        self.card: ScorecardView | None = None
        self.pending = ScorecardPatch()
        self.state = SaveState.CLEAN
        self.amend_reason = ""  # set while a submitted scorecard is being amended
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

    # --- loading ------------------------------------------------------------------

    def load(self, interview_id: str) -> ScorecardView:
        """Load a scorecard (saving what is pending for the previous one first)."""
        self.flush()
        card = scorecards.get_scorecard(self._db, interview_id)
        self._set_loaded(card)
        return card

    def reload(self) -> None:
        """Drop unsaved changes and read the stored scorecard again."""
        if self.card is not None:
            self._timer.stop()
            self._set_loaded(scorecards.get_scorecard(self._db, self.card.interview_id))

    def _set_loaded(self, card: ScorecardView) -> None:
        self.card, self.pending, self.amend_reason = card, ScorecardPatch(), ""
        self._set_state(SaveState.CLEAN)
        self.loaded.emit(card)

    @property
    def editable(self) -> bool:
        """Drafts are, and submitted scorecards while an amendment is being written."""
        return self.card is not None and (self.card.status == "draft" or bool(self.amend_reason))

    # --- changes ------------------------------------------------------------------

    def set_rating(self, skill_id: str, value: int | None) -> None:
        self.pending.ratings[skill_id] = value
        self.pending.not_assessed.pop(skill_id, None)
        self._changed()

    def set_not_assessed(self, skill_id: str, reason: str) -> None:
        """Mark a skill not assessed with a short reason (an empty reason makes it not rated again)."""
        self.pending.not_assessed[skill_id] = reason
        self.pending.ratings.pop(skill_id, None)
        self._changed()

    def set_evidence(self, skill_id: str, text: str) -> None:
        self.pending.evidence[skill_id] = text
        self._changed()

    def set_overall(self, code: str | None) -> None:
        """Choose a recommendation, or with None take the choice back (a draft only)."""
        self.pending.overall, self.pending.clear_overall = code, code is None
        self._changed()

    def set_key_takeaways(self, text: str) -> None:
        self.pending.key_takeaways = text
        self._changed()

    def set_private_notes(self, text: str) -> None:
        self.pending.private_notes = text
        self._changed()

    def _changed(self) -> None:
        if not self.editable:
            return
        self._set_state(SaveState.PENDING)
        if not self.amend_reason:
            self._timer.start()

    # --- saving -------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is pending now; False if that failed (the changes are kept)."""
        self._timer.stop()
        if self.card is None or self.amend_reason or self.pending.is_empty():
            return True
        try:
            stored = scorecards.save_draft(
                self._db,
                interview_id=self.card.interview_id,
                patch=self.pending,
                expected_version=self.card.version,
            )
        except Exception as exc:
            self._failed(exc)
            return False
        self.card, self.pending = stored, ScorecardPatch()
        self._set_state(SaveState.CLEAN)
        self.saved.emit(stored)
        return True

    def keep_mine(self) -> None:
        """After a conflict: save the pending changes on top of the newest version."""
        if self.card is not None:
            self.card = scorecards.get_scorecard(self._db, self.card.interview_id)
            self.flush()

    def submit(self) -> ScorecardView | None:
        """Submit with the pending changes; None if it failed (the error was reported)."""
        if self.card is None:
            return None
        self._timer.stop()
        try:
            stored = scorecards.submit(
                self._db,
                interview_id=self.card.interview_id,
                patch=self.pending,
                expected_version=self.card.version,
            )
        except scorecards.IncompleteScorecard as exc:
            kept = scorecards.get_scorecard(self._db, self.card.interview_id)  # the changes were saved as a draft
            self._set_loaded(kept)
            self.saved.emit(kept)
            self._failed(exc)
            return None
        except Exception as exc:
            self._failed(exc)
            return None
        self._set_loaded(stored)
        self.saved.emit(stored)
        return stored

    # --- amending a submitted scorecard ------------------------------------------------

    def start_amendment(self, reason: str) -> None:
        """Collect changes (without autosave) until :meth:`save_amendment` stores them."""
        if self.card is not None and self.card.status == "submitted" and reason.strip():
            self.amend_reason = reason.strip()
            self.pending = ScorecardPatch()
            self.loaded.emit(self.card)

    def cancel_amendment(self) -> None:
        self.reload()

    def save_amendment(self) -> ScorecardView | None:
        if self.card is None or not self.amend_reason:
            return None
        try:
            stored = scorecards.amend(
                self._db,
                interview_id=self.card.interview_id,
                patch=self.pending,
                reason=self.amend_reason,
            )
        except Exception as exc:
            self._on_error(exc)
            return None
        self._set_loaded(stored)
        self.saved.emit(stored)
        return stored

    def _failed(self, exc: BaseException) -> None:
        self._set_state(SaveState.FAILED)
        if isinstance(exc, ConflictError):
            self.conflicted.emit(exc)
        else:
            self._on_error(exc)

    def _set_state(self, state: SaveState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def stop(self) -> None:
        self._timer.stop()
