"""The "what now?" strip above the pages: one sentence and the button that does it.

After a job description is imported it offers "Plan a Loop…", after a loop
is planned "Add a Candidate…", and a page with nothing to show yet offers
the command that fills it (:meth:`Page.next_step`). It never acts on its
own and goes away when the user clicks its button or closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from interview_planner_ui.common.naming import named


@dataclass(frozen=True)
class Step:
    """A suggestion: what to say, the button's text, and what the button does."""

    text: str
    button: str
    run: Callable[[], object]


class NextStepBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_step")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#next_step { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; }"
        )
        self.label = named(QLabel(self), "next_step_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = named(QPushButton(self), "next_step_button")
        self.button.clicked.connect(self._on_clicked)
        close = named(QToolButton(self), "next_step_close")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this suggestion"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.step: Step | None = None
        self.hide()

    def suggest(self, step: Step | None) -> None:
        self.step = step
        if step is None:
            self.hide()
            return
        self.label.setText(step.text)
        self.button.setText(step.button)
        self.show()

    def _on_clicked(self) -> None:
        step, self.step = self.step, None
        self.hide()
        if step is not None:
            step.run()
