"""File > Settings…: the typed settings model (:mod:`interview_planner.settings`) as a form.

Only what the user chooses is here: paper size of exported PDFs, colours
(the desktop's scheme, light or dark), backups kept, retention, and the
database opened at start-up. The dialog edits a copy; OK returns the new
:class:`Settings` (validated by the model) and the window saves and applies it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interview_planner.settings import Settings
from interview_planner_ui.common.naming import named


class SettingsDialog(QDialog):
    """Edit a copy of ``settings``; :meth:`value` is the result."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.paper = self._combo("paper", ((self.tr("A4"), "a4"), (self.tr("US Letter"), "letter")), settings.paper)
        self.theme = self._combo(
            "theme",
            ((self.tr("Follow the desktop"), "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")),
            settings.theme,
        )
        self.backups = named(QSpinBox(self), "backups_keep")
        self.backups.setRange(1, 1000)
        self.backups.setValue(settings.backups_keep)
        self.retain = named(QCheckBox(self.tr("&Clear candidates' data after their decision"), self), "retention")
        self.retain.setChecked(settings.retention_days is not None)
        self.days = named(QSpinBox(self), "retention_days")
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(settings.retention_days or 365)
        self.action = self._combo(
            "retention_action",
            ((self.tr("anonymise them"), "anonymise"), (self.tr("erase them"), "erase")),
            settings.retention_action,
        )
        self.records = named(QSpinBox(self), "records_keep_days")
        self.records.setRange(1, 36_500)
        self.records.setSuffix(self.tr(" days after the decision"))
        self.records.setValue(settings.records_keep_days)
        self.records.setToolTip(
            self.tr(
                "Before clearing a decided candidate, the decision is kept without their name, email or "
                "interviewers' words, under a random pseudonym, for audits and the adverse-impact report."
            )
        )
        self.retain.toggled.connect(self._update_enabled)
        self.database = named(QLineEdit(settings.default_database or "", self), "default_database")
        self.database.setPlaceholderText(self.tr("the file in your data folder"))
        browse = named(QPushButton(self.tr("&Browse…"), self), "browse_database")
        browse.clicked.connect(self._browse)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(browse)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.days)
        retention_row.addWidget(self.action, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow(self.tr("&Colours:"), self.theme)
        form.addRow(self.tr("&Backups kept:"), self.backups)
        form.addRow(self.retain)
        form.addRow(self._buddy(self.tr("&After:"), self.days), retention_row)
        form.addRow(self.tr("&Keep decision records:"), self.records)
        form.addRow(self._buddy(self.tr("&Database at start-up:"), self.database), database_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_enabled()

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        """A row label for a row that is a layout: QFormLayout gives those no buddy, and the "&"
        would show as is."""
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _combo(self, name: str, choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
        combo = named(QComboBox(self), name)
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _update_enabled(self) -> None:
        self.days.setEnabled(self.retain.isChecked())
        self.action.setEnabled(self.retain.isChecked())
        self.records.setEnabled(self.retain.isChecked())

    def _browse(self) -> None:
        start = str(Path(self.database.text()).parent) if self.database.text() else ""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database at Start-up"),
            start,
            self.tr("Planner databases (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(path)

    def value(self) -> Settings:
        """The edited settings (validated: the model refuses out-of-range values)."""
        return Settings.model_validate(
            {
                **self._settings.model_dump(),
                "paper": self.paper.currentData(),
                "theme": self.theme.currentData(),
                "backups_keep": self.backups.value(),
                "retention_days": self.days.value() if self.retain.isChecked() else None,
                "retention_action": self.action.currentData(),
                "records_keep_days": self.records.value(),
                "default_database": self.database.text().strip() or None,
            }
        )
