"""Paste a job description: a title and the posting's text, as plain text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interview_planner_ui.common.naming import named


@dataclass(frozen=True)
class PastedJob:
    text: str
    title: str | None  # None: the parser takes the posting's own title


class PasteJobDialog(QDialog):
    """Asks for the posting's text (and, optionally, the role's title)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste_job_dialog")
        self.setWindowTitle(self.tr("Paste Job Description"))
        self.resize(720, 560)
        self.title = named(QLineEdit(self), "paste_job_title")
        self.title.setAccessibleName(self.tr("Role title"))
        self.title.setPlaceholderText(self.tr("Taken from the posting when left empty"))
        self.text = named(QPlainTextEdit(self), "paste_job_text")
        self.text.setAccessibleName(self.tr("Job description text"))
        self.text.setPlaceholderText(
            self.tr(
                "Paste the job posting here: the requirements under headings such as "
                "“Required skills” or “Nice to have”, one per line or bullet."
            )
        )
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._on_text_changed)
        self._lay_out()
        self._on_text_changed()
        self.text.setFocus()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        hint = QLabel(self.tr("The text is read as plain text; nothing in it is run or followed."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _on_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def job(self) -> PastedJob:
        title = self.title.text().strip()
        return PastedJob(self.text.toPlainText(), title or None)
