"""The decision side of the debrief: the call, any override, the reasons, flags and rule.

The decision is big and coloured (Hire green, No hire red, Incomplete
amber) and always in words. An override is shown beside the computed
decision, never instead of it. Every reason and flag is the core's own
sentence, with its numbers; the rule in force is listed in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from interview_planner.services.decisions import Consolidated
from interview_planner_ui.common import rich_text as rt
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.scoring_labels import decision_label, decision_tone, flag_label, tr
from interview_planner_ui.common.when import display

DECISION_WIDTH = 300


def _label(parent: QWidget, name: str) -> QLabel:
    label = named(QLabel(parent), name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class DecisionSummary(QWidget):
    """Shows one candidate's consolidated decision (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = _label(self, "decision")
        self.decision.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.decision.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.decision.setFont(font)
        self.caption = _label(self, "decision_caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.override = _label(self, "override_note")
        self.details = named(QTextBrowser(self), "decision_details")
        rt.prepare_viewer(self.details)
        self.details.setAccessibleName(tr("Reasons, flags and the decision rule"))
        card = QVBoxLayout()
        card.addWidget(self.decision)
        card.addWidget(self.caption)
        card.addWidget(self.override)
        card.addStretch(1)
        side = QWidget(self)
        side.setLayout(card)
        side.setFixedWidth(DECISION_WIDTH)
        card.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(side)
        layout.addWidget(self.details, 1)

    def show_consolidated(self, data: Consolidated) -> None:
        result, override = data.result, data.override
        final = override.decision if override else result.decision
        tone = decision_tone(final)
        self.decision.setText(decision_label(final))
        self.decision.setStyleSheet(
            f"background: {tone.background.name()}; color: {tone.text.name()};"
            f" border: 2px solid {tone.accent.name()}; border-radius: 10px; padding: 12px;"
        )
        self.caption.setText(self._caption(data))
        self._show_override(data)
        self.details.setHtml(self._details_html(data))

    def _caption(self, data: Consolidated) -> str:
        counts = tr("{submitted} of {expected} scorecards submitted").format(
            submitted=data.result.submitted, expected=data.result.expected
        )
        if data.override:
            return tr("Overridden by the hiring manager · {counts}").format(counts=counts)
        return tr("Computed by the loop's decision rule · {counts}").format(counts=counts)

    def _show_override(self, data: Consolidated) -> None:
        override = data.override
        self.override.setVisible(override is not None)
        if override is None:
            return
        self.override.setText(
            tr("Computed decision: {computed}. Override: {decision}, recorded {when}{by}.\nReason: {reason}").format(
                computed=decision_label(override.computed),
                decision=decision_label(override.decision),
                when=display(override.at),
                by=tr(" by {name}").format(name=override.by) if override.by else "",
                reason=override.reason,
            )
        )
        self.override.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; padding: 8px;"
        )

    @staticmethod
    def _details_html(data: Consolidated) -> str:
        result = data.result
        reasons_title = tr("Why it is incomplete") if result.decision == "incomplete" else tr("Reasons")
        flags = [f"{flag_label(f.code)}: {f.message}" for f in result.flags]
        parts = [
            rt.section(reasons_title, [r.message for r in result.reasons]),
            rt.section(tr("Flags (they never change the decision)"), flags)
            or rt.paragraph(tr("No flags."), italic=True),
            rt.section(tr("The rule for this loop"), data.policy.summary()),
        ]
        return rt.document(*parts)
