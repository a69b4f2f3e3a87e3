"""Ask which database to open: a SQLite file (typed or browsed) or a team database URL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_planner_ui.common.naming import named

URL_EXAMPLE = "postgresql://ann@db.example.com/hiring?sslmode=verify-full"


class OpenDatabaseDialog(QDialog):
    """One field takes a file path or a server URL; Browse… fills it from the file dialog.

    OK stays disabled while the field is empty.
    """

    def __init__(self, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_database_dialog")
        self.setWindowTitle(self.tr("Open Database"))
        self._folder = folder
        self.target_edit = named(QLineEdit(self), "database_target")
        self.target_edit.setAccessibleName(self.tr("File or server URL"))
        self.target_edit.setPlaceholderText(self.tr("a .db file, or {example}").format(example=URL_EXAMPLE))
        self.target_edit.setMinimumWidth(420)
        self.browse_button = named(QPushButton(self.tr("&Browse…"), self), "database_browse")
        hint = QLabel(
            self.tr(
                "A team database is a PostgreSQL URL. Leave the password out: it is read from "
                "your ~/.pgpass file or the PGPASSWORD variable, and never stored by the app."
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self._lay_out(hint)
        self.browse_button.clicked.connect(self._on_browse)
        self.target_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _lay_out(self, hint: QLabel) -> None:
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        label = QLabel(self.tr("&File or URL:"), self)
        label.setBuddy(self.target_edit)  # without a buddy the "&" would show as is
        form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def target(self) -> str:
        return self.target_edit.text().strip()

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.target()))

    def _on_browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Database"),
            self._folder,
            self.tr("Planner databases (*.db *.sqlite *.sqlite3);;All files (*)"),
        )
        if path:
            self.target_edit.setText(path)
