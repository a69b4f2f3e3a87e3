"""Exporting packets and the consolidated scorecard: progress, cancel, open folder, errors."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from people_helpers import candidates_page, trigger
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

import interview_planner.pdf as pdf
from interview_planner import settings as settings_store
from interview_planner.settings import Settings
from interview_planner_ui.common.actions import ActionId

PACKETS = 8  # seven interviews and the loop overview


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Folders the app asked the desktop to open (nothing is really opened)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _wait_done(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: not page.exporter.running, timeout=60_000)


def _export_page(window: Any, name: str = "Sam Okafor") -> Any:
    return candidates_page(window, name)


def test_export_packets_with_progress_then_open_the_folder(
    qtbot: Any, demo_window: Any, dialogs: Any, tmp_path: Path, opened: list[str]
) -> None:
    page = _export_page(demo_window)
    out = tmp_path / "packets"
    out.mkdir()
    dialogs.answer("directory", str(out))
    dialogs.answer("exec", QMessageBox.StandardButton.Open)
    steps: list[tuple[int, int]] = []
    page.exporter._relay.moved.connect(lambda done, total, _label: steps.append((done, total)))
    trigger(demo_window, "export_packets")
    progress = page.findChild(QProgressDialog, "export_progress")
    assert progress is not None and progress.isVisible()
    assert not page.actions[ActionId.EXPORT_PACKETS].isEnabled()  # one export at a time
    _wait_done(qtbot, page)
    files = sorted(out.glob("*.pdf"))
    assert len(files) == PACKETS
    assert all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert steps[0] == (0, PACKETS) and steps[-1] == (PACKETS, PACKETS)
    (offer,) = dialogs.of("exec")
    assert offer.title == "Packets Exported" and str(out) in offer.text
    assert opened == [str(out)]
    assert page.actions[ActionId.EXPORT_PACKETS].isEnabled()


def test_cancelling_after_the_first_file_leaves_fewer_files(
    qtbot: Any, demo_window: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _export_page(demo_window)
    dialogs.answer("directory", str(tmp_path))
    real = pdf.render_interviewer_packet
    rendered: list[int] = []
    cancelled = threading.Event()

    def render(*args: Any, **kwargs: Any) -> bytes:  # on the worker thread
        if rendered:
            cancelled.wait(30)  # the second packet waits until the user has cancelled
        rendered.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "render_interviewer_packet", render)
    trigger(demo_window, "export_packets")
    progress = page.findChild(QProgressDialog, "export_progress")
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.pdf"))) == 1, timeout=30_000)
    (cancel,) = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    cancelled.set()
    _wait_done(qtbot, page)
    written = list(tmp_path.glob("*.pdf"))
    assert 1 <= len(written) < PACKETS
    assert not any("loop-overview" in f.name for f in written)
    assert "Export cancelled" in demo_window.statusBar().currentMessage()
    assert dialogs.of("exec") == []  # no "open folder" offer after a cancel


def test_a_failing_write_goes_to_the_presenter(qtbot: Any, demo_window: Any, dialogs: Any, tmp_path: Path) -> None:
    page = _export_page(demo_window)
    not_a_folder = tmp_path / "occupied"
    not_a_folder.write_text("a file, not a folder")
    dialogs.answer("directory", str(not_a_folder))
    trigger(demo_window, "export_packets")
    qtbot.waitUntil(lambda: bool(demo_window.presenter.history), timeout=30_000)
    report = demo_window.presenter.history[-1]
    assert not report.unexpected and "cannot create the folder" in report.text
    assert page.findChild(QProgressDialog, "export_progress") is None or not page.exporter.running


def test_export_the_consolidated_scorecard_on_letter_paper(
    qtbot: Any, demo_window: Any, dialogs: Any, tmp_path: Path, opened: list[str]
) -> None:
    from pypdf import PdfReader

    settings_store.save(Settings(paper="letter"))
    page = _export_page(demo_window, "Jordan Rivera")
    target = tmp_path / "jordan"
    dialogs.answer("save_file", (str(target), ""))
    trigger(demo_window, "export_consolidated")
    _wait_done(qtbot, page)
    written = tmp_path / "jordan.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    box = PdfReader(written).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Scorecard Exported" in [c.title for c in dialogs.of("exec")]
    assert opened == []  # the offer was declined


def test_export_every_candidates_packets_in_worker_processes(
    qtbot: Any, demo_window: Any, dialogs: Any, tmp_path: Path, opened: list[str]
) -> None:
    page = _export_page(demo_window)
    out = tmp_path / "everyone"
    out.mkdir()
    dialogs.answer("directory", str(out))
    dialogs.answer("exec", QMessageBox.StandardButton.Close)
    counted: list[tuple[int, int]] = []
    page.exporter._relay.counted.connect(lambda done, total: counted.append((done, total)))
    action = page.actions[ActionId.EXPORT_ALL_PACKETS]
    menus = [a.menu() for a in demo_window.menuBar().actions() if a.menu() is not None]
    assert action.isEnabled() and any(action in menu.actions() for menu in menus)  # reachable from the menu bar
    trigger(demo_window, "export_all_packets")
    assert not action.isEnabled() and not page.actions[ActionId.EXPORT_PACKETS].isEnabled()  # one export at a time
    _wait_done(qtbot, page)
    names = [page.candidates.index(row, 0).data() for row in range(page.candidates.rowCount())]
    files = sorted(out.glob("*.pdf"))
    assert len(names) == 2 and len(files) == len(names) * PACKETS
    assert counted[0] == (0, 2) and counted[-1] == (2, 2)
    (offer,) = dialogs.of("exec")
    assert offer.title == "Packets Exported" and f"{len(files)} PDF files for 2 candidates" in offer.text
    assert opened == [] and action.isEnabled()
