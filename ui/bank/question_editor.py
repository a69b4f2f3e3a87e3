"""The question editor: write or change one bank question, checked as you type.

Every field is checked by the core's own model (``BankQuestion``) on each change, and the problem is
shown on the field it belongs to; Save is enabled only when the question is valid. Saving makes the
question the user's (``init`` never overwrites it) and clears its "needs review" mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interview_planner.content.loader import field_problems
from interview_planner.content.schema import ArtefactKind, BankQuestion, Difficulty, QuestionKind
from interview_planner.services.content import question_model, save_question
from interview_planner.services.rubrics import list_catalogue
from interview_planner_ui.common.field_form import FieldErrors
from interview_planner_ui.common.labels import difficulty_label, kind_label
from interview_planner_ui.common.naming import named

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner_ui.common.errors import ErrorPresenter


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _words(edit: QLineEdit) -> list[str]:
    return [w.strip() for w in edit.text().replace(";", ",").split(",") if w.strip()]


class QuestionEditorDialog(QDialog):
    """Edit the question ``question_id`` (an id or 'bank/external-id'), or write a new one when None."""

    def __init__(
        self,
        db: Database,
        presenter: ErrorPresenter | None,
        question_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.presenter = db, presenter
        self.setObjectName("question_editor")
        self.setWindowTitle(self.tr("Edit Question") if question_id else self.tr("New Question"))
        self.errors = FieldErrors()
        self._build()
        if question_id:
            bank, question = question_model(db, question_id)
            self.load(bank, question)
        self._wire()
        self.revalidate()

    # --- layout -----------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        form = QFormLayout(body)
        self.bank = named(QLineEdit(body), "question_bank")
        self.bank.setPlaceholderText(self.tr("e.g. frontend-team"))
        self.qid = named(QLineEdit(body), "question_id")
        self.qid.setPlaceholderText(self.tr("e.g. fe-07 (stable: re-imports update it)"))
        self.text = named(QPlainTextEdit(body), "question_text")
        self.kind = named(QComboBox(body), "question_kind")
        for k in QuestionKind:
            self.kind.addItem(kind_label(k.value), k.value)
        self.minutes = named(QSpinBox(body), "question_minutes")
        self.minutes.setRange(0, 240)
        self.minutes.setValue(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.difficulty = named(QComboBox(body), "question_difficulty")
        for d in Difficulty:
            self.difficulty.addItem(difficulty_label(d.value), d.value)
        self.difficulty.setCurrentIndex(1)
        self.primary = named(QComboBox(body), "question_primary_skill")
        self.primary.addItem(self.tr("(choose the skill it probes)"), "")
        for skill in list_catalogue(self.db):
            self.primary.addItem(f"{skill.name} ({skill.slug})", skill.slug)
        self.secondary = named(QLineEdit(body), "question_secondary_skills")
        self.secondary.setPlaceholderText(self.tr("other skill slugs it also probes, separated by commas"))
        self.follow_ups = named(QPlainTextEdit(body), "question_follow_ups")
        self.follow_ups.setPlaceholderText(self.tr("one follow-up per line (at least two)"))
        self.strong = named(QPlainTextEdit(body), "question_strong_signals")
        self.strong.setPlaceholderText(self.tr("one observable sign of a strong answer per line"))
        self.weak = named(QPlainTextEdit(body), "question_weak_signals")
        self.weak.setPlaceholderText(self.tr("one observable sign of a weak answer per line"))
        for edit in (self.text, self.follow_ups, self.strong, self.weak):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        self.artefact_kind = named(QComboBox(body), "question_artefact_kind")
        self.artefact_kind.addItem(self.tr("No artefact"), None)
        for a in ArtefactKind:
            self.artefact_kind.addItem(a.value, a.value)
        self.artefact_title = named(QLineEdit(body), "question_artefact_title")
        self.artefact_language = named(QLineEdit(body), "question_artefact_language")
        self.artefact_content = named(QPlainTextEdit(body), "question_artefact_content")
        self.artefact_content.setPlaceholderText(self.tr("the code, diff, data or text the candidate works on"))
        rows: list[tuple[str, str, QWidget]] = [
            ("bank", self.tr("Bank"), self.bank),
            ("id", self.tr("Id"), self.qid),
            ("text", self.tr("Question"), self.text),
            ("kind", self.tr("Kind"), self.kind),
            ("minutes", self.tr("Minutes"), self.minutes),
            ("difficulty", self.tr("Difficulty"), self.difficulty),
            ("skills", self.tr("Primary skill"), self.primary),
            ("skills[1]", self.tr("Also probes"), self.secondary),
            ("follow_ups", self.tr("Follow-ups"), self.follow_ups),
            ("strong_signals", self.tr("Strong signals"), self.strong),
            ("weak_signals", self.tr("Weak signals"), self.weak),
            ("artefact.kind", self.tr("Artefact"), self.artefact_kind),
            ("artefact.title", self.tr("Artefact title"), self.artefact_title),
            ("artefact.language", self.tr("Language"), self.artefact_language),
            ("artefact.content", self.tr("Artefact content"), self.artefact_content),
        ]
        for key, label, widget in rows:
            error = self.errors.add(key, widget, body)
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.summary = named(QLabel(self), "question_problems")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, 760)

    def _wire(self) -> None:
        for line in (self.bank, self.qid, self.secondary, self.artefact_title, self.artefact_language):
            line.textChanged.connect(self.revalidate)
        for edit in (self.text, self.follow_ups, self.strong, self.weak, self.artefact_content):
            edit.textChanged.connect(self.revalidate)
        for combo in (self.kind, self.difficulty, self.primary, self.artefact_kind):
            combo.currentIndexChanged.connect(self.revalidate)
        self.minutes.valueChanged.connect(self.revalidate)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # --- data -------------------------------------------------------------------

    def load(self, bank: str, q: BankQuestion) -> None:
        self.bank.setText(bank)
        self.bank.setReadOnly(True)
        self.qid.setText(q.id)
        self.qid.setReadOnly(True)
        self.text.setPlainText(q.text)
        self.kind.setCurrentIndex(self.kind.findData(q.kind.value))
        self.minutes.setValue(q.minutes)
        self.difficulty.setCurrentIndex(self.difficulty.findData(q.difficulty.value))
        self.primary.setCurrentIndex(max(0, self.primary.findData(q.skills[0])))
        self.secondary.setText(", ".join(q.skills[1:]))
        self.follow_ups.setPlainText("\n".join(q.follow_ups))
        self.strong.setPlainText("\n".join(q.strong_signals))
        self.weak.setPlainText("\n".join(q.weak_signals))
        if q.artefact is not None:
            self.artefact_kind.setCurrentIndex(self.artefact_kind.findData(q.artefact.kind.value))
            self.artefact_title.setText(q.artefact.title)
            self.artefact_language.setText(q.artefact.language or "")
            self.artefact_content.setPlainText(q.artefact.content)

    def data(self) -> dict[str, Any]:
        """The question as plain data for the model (what the fields say now)."""
        primary = self.primary.currentData()
        data: dict[str, Any] = {
            "id": self.qid.text().strip(),
            "text": self.text.toPlainText().strip(),
            "kind": self.kind.currentData(),
            "minutes": self.minutes.value(),
            "difficulty": self.difficulty.currentData(),
            "skills": ([primary] if primary else []) + _words(self.secondary),
            "follow_ups": _lines(self.follow_ups),
            "strong_signals": _lines(self.strong),
            "weak_signals": _lines(self.weak),
        }
        if self.artefact_kind.currentData():
            data["artefact"] = {
                "kind": self.artefact_kind.currentData(),
                "title": self.artefact_title.text().strip(),
                "language": self.artefact_language.text().strip() or None,
                "content": self.artefact_content.toPlainText(),
            }
        return data

    def problems(self) -> list[tuple[str, str]]:
        found = field_problems(BankQuestion, self.data())
        if not self.bank.text().strip():
            found.append(("bank", self.tr("name the bank this question belongs to")))
        return found

    def revalidate(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.errors.report(self.problems(), save=save, summary=self.summary, ready=self.tr("Ready to save."))

    def save(self) -> None:
        if self.problems():
            return
        try:
            save_question(self.db, self.bank.text().strip(), BankQuestion.model_validate(self.data()))
        except Exception as exc:
            if self.presenter is None:
                raise
            self.presenter.show(exc, self)
            return
        self.accept()
