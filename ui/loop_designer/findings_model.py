"""The loop's findings (errors first, as the core sorts them) with an icon for their severity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from interview_planner.planning.model import Finding
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.record_model import Column, RecordTableModel

CONTEXT = "FindingsModel"
ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
}
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 30


def finding_key(finding: Finding) -> str:
    return "|".join((finding.code, finding.stage or "", finding.skill or "", finding.message))


def severity_label(severity: str) -> str:
    text = {
        "error": QT_TRANSLATE_NOOP("FindingsModel", "Error"),
        "warning": QT_TRANSLATE_NOOP("FindingsModel", "Warning"),
    }.get(severity, severity)
    return QCoreApplication.translate(CONTEXT, text)


COLUMNS: tuple[Column[Finding], ...] = (
    Column(
        "message",
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
        lambda f: f.message,
        tooltip=lambda f: f"{severity_label(f.severity)} ({f.code}): {f.message}",
    ),
)


class FindingsModel(RecordTableModel[Finding]):
    """What is wrong or thin about the loop; the page selects a finding's stage or skill."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent, key=finding_key)
        self._icons: dict[str, QIcon] = {}

    def counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        errors = sum(1 for f in self.rows() if f.severity == "error")
        return errors, len(self.rows()) - errors

    def extra_data(self, record: Finding, column: Column[Finding], role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(record.severity)
        if role == SEVERITY_ROLE:
            return record.severity
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return severity_label(record.severity)
        return None

    def _icon(self, severity: str) -> QIcon:
        if severity not in self._icons:
            pixmap = ICONS.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._icons[severity] = QApplication.style().standardIcon(pixmap)
        return self._icons[severity]
