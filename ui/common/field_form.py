"""Validation as you type for the content editors: problems from the core's pydantic models shown on the
fields they belong to (a red frame, the message under the field and in its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

INVALID_STYLE = "border: 1px solid #b3261e;"


class FieldErrors:
    """Widgets by field path ("text", "levels[2].anchors"); a problem goes to the longest matching path."""

    def __init__(self) -> None:
        self._widgets: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, key: str, widget: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"error_{key}".replace("[", "_").replace("]", "").replace(".", "_"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #b3261e;")
        label.hide()
        self._widgets[key] = (widget, label)
        return label

    def key_for(self, field: str) -> str | None:
        matches = [k for k in self._widgets if field == k or field.startswith((k + ".", k + "["))]
        return max(matches, key=len) if matches else None

    def show(self, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Mark the fields with problems, clear the others; returns the problems no field shows."""
        by_key: dict[str, list[str]] = {}
        unplaced = []
        for field, message in problems:
            key = self.key_for(field)
            if key is None:
                unplaced.append((field, message))
            else:
                by_key.setdefault(key, []).append(message)
        for key, (widget, label) in self._widgets.items():
            messages = by_key.get(key, [])
            text = "; ".join(dict.fromkeys(messages))
            widget.setStyleSheet(INVALID_STYLE if messages else "")
            widget.setToolTip(text)
            label.setText(text)
            label.setVisible(bool(messages))
        return unplaced

    def message(self, key: str) -> str:
        return self._widgets[key][1].text() if key in self._widgets else ""

    def report(self, problems: list[tuple[str, str]], *, save: QPushButton, summary: QLabel, ready: str) -> None:
        """Show ``problems`` on their fields, allow saving only without any, and sum them up under the form."""
        unplaced = self.show(problems)
        save.setEnabled(not problems)
        if problems:
            extra = "".join(f"\n{f}: {m}" for f, m in unplaced)
            text = QCoreApplication.translate("FieldErrors", "{count} problem(s) to fix before saving.")
            summary.setText(text.format(count=len(problems)) + extra)
        else:
            summary.setText(ready)
