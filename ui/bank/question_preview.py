"""The question the interviewer reads, with what to ask next and what to listen for."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from interview_planner.services.search import QuestionView
from interview_planner_ui.common import rich_text as rt
from interview_planner_ui.common.labels import difficulty_label, kind_label


class QuestionPreview(QTextBrowser):
    """Read-only view of one question; all of its text is escaped, links are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rt.prepare_viewer(self)
        self.setPlaceholderText(self.tr("Select a question to see its follow-ups and signals."))
        self.setAccessibleName(self.tr("Question details"))
        self.question: QuestionView | None = None

    def show_question(self, question: QuestionView | None) -> None:
        self.question = question
        if question is None:
            self.clear()
            return
        self.setHtml(self.to_html(question))

    def to_html(self, q: QuestionView) -> str:
        meta = self.tr("{kind} · {difficulty} · {minutes} min · {bank}/{id}").format(
            kind=kind_label(q.kind),
            difficulty=difficulty_label(q.difficulty),
            minutes=q.minutes,
            bank=q.bank,
            id=q.external_id,
        )
        return rt.document(
            rt.paragraph(meta, italic=True),
            rt.heading(q.text, 3),
            rt.paragraph(self.tr("Skills: {skills}").format(skills=", ".join(q.skills))),
            rt.section(self.tr("Follow-ups"), q.follow_ups),
            rt.section(self.tr("Strong signals"), q.strong_signals),
            rt.section(self.tr("Weak signals"), q.weak_signals),
        )
