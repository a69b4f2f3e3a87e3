"""The other interviewers' scorecards for this candidate, when the loop allows it.

With the loop's "hide other scorecards until you submit yours" setting on,
an interviewer sees nothing here until their own scorecard is submitted
(``services.scorecards.scorecards_seen_by`` decides). Private notes are
never shown to others.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QWidget

from interview_planner.services.scorecards import ScorecardView
from interview_planner_ui.common import rich_text as rt
from interview_planner_ui.common.scoring_labels import (
    rating_label,
    rating_tone,
    recommendation_label,
    status_label,
    tr,
)


class OthersPanel(QTextBrowser):
    """Read-only view of what the viewer may see of the other scorecards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("others_panel")
        self.setAccessibleName(tr("Other scorecards"))
        rt.prepare_viewer(self)
        self.hidden = False

    def show_hidden(self) -> None:
        self.hidden = True
        self.setHtml(
            rt.document(
                rt.heading(tr("Hidden until you submit yours"), 3),
                rt.paragraph(
                    tr(
                        "This loop keeps each interviewer's judgement independent: the other "
                        "scorecards for this candidate appear here once you have submitted "
                        "your own."
                    )
                ),
            )
        )

    def show_cards(self, cards: Sequence[ScorecardView]) -> None:
        self.hidden = False
        if not cards:
            self.setHtml(rt.document(rt.paragraph(tr("No other scorecard has been submitted yet."), italic=True)))
            return
        self.setHtml(rt.document(*(_card(c) for c in cards)))


def _rating_row(skill: str, rating: int | None) -> str:
    tone = rating_tone(rating)
    style = f"background:{tone.background.name()}; color:{tone.text.name()}"
    label = rt.esc(rating_label(rating))
    return f'<tr><td>{rt.esc(skill)}</td><td style="{style}">&nbsp;{label}&nbsp;</td></tr>'


def _card(card: ScorecardView) -> str:
    head = tr("{stage} · {interviewer}").format(stage=card.stage, interviewer=card.interviewer)
    overall = tr("Overall: {choice} ({status})").format(
        choice=recommendation_label(card.overall), status=status_label(card.status).lower()
    )
    rows = "".join(_rating_row(r.skill, r.rating) for r in card.ratings)
    parts = [rt.heading(head, 3), rt.paragraph(overall)]
    parts.append(f'<table cellspacing="2" cellpadding="2">{rows}</table>')
    if card.key_takeaways:
        parts.append(rt.section(tr("Key take-aways"), [card.key_takeaways]))
    return "".join(parts)
