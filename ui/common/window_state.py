"""Where windows, splitters and table columns were left.

This is UI state, not a preference: it lives in its own QSettings INI file
next to the user's settings (``settings.json``), so resetting the layout
never touches what the user chose and vice versa. Keys are plain strings
such as ``"main_window/geometry"`` or ``"pages/bank/splitter"``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

FILE_NAME = "window-state.ini"


def default_path() -> Path:
    from interview_planner.paths import user_config_dir

    return user_config_dir() / FILE_NAME


class WindowState:
    """Saves and restores Qt's opaque layout blobs under string keys."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, key: str) -> QByteArray | None:
        raw = self._store.value(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_value(self, key: str, blob: QByteArray) -> None:
        self._store.setValue(key, blob)

    def text(self, key: str, default: str = "") -> str:
        raw = self._store.value(key, default)
        return raw if isinstance(raw, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._store.setValue(key, value)

    def save_geometry(self, key: str, widget: QWidget) -> None:
        self.set_value(f"{key}/geometry", widget.saveGeometry())

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        blob = self.value(f"{key}/geometry")
        return blob is not None and widget.restoreGeometry(blob)

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self.set_value(f"{key}/splitter", splitter.saveState())

    def restore_splitter(self, key: str, splitter: QSplitter) -> bool:
        blob = self.value(f"{key}/splitter")
        return blob is not None and splitter.restoreState(blob)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self.set_value(f"{key}/header", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        blob = self.value(f"{key}/header")
        return blob is not None and header.restoreState(blob)

    def sync(self) -> None:
        self._store.sync()
