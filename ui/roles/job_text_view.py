"""The job description as imported, with the line a skill came from highlighted.

A read-only plain-text editor: the posting is shown exactly as written (never
as markup), the requirement's line gets a full-width highlight (an extra
selection, so the user's own text selection still works) and is scrolled
into the middle of the view.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from interview_planner_ui.common.theme import colour


class JobTextView(QPlainTextEdit):
    """Shows a posting; :meth:`highlight_line` marks one (1-based) line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Job description"))
        self.setPlaceholderText(self.tr("The job description of the selected role appears here."))
        self.highlighted_line: int | None = None

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self.highlight_line(None)

    def highlight_line(self, line: int | None) -> None:
        """Highlight and show ``line`` (1-based); None clears the highlight."""
        block = self.document().findBlockByNumber(line - 1) if line else None
        if block is None or not block.isValid():
            self.highlighted_line = None
            self.setExtraSelections([])
            return
        self.highlighted_line = line
        whole = QTextCursor(block)
        whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(colour("line_highlight"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = whole  # every wrapped line of the requirement, edge to edge
        self.setExtraSelections([selection])
        self.setTextCursor(QTextCursor(block))
        self.centerCursor()
