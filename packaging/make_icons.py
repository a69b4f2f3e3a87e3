"""Render the app icon from its SVG source into every raster format the installers need.

    python packaging/make_icons.py          # needs PySide6 (the project's own dependency)

Source of truth: ``packaging/icons/interview-loop-planner.svg`` (hand-written).
Outputs, all committed so that a build never depends on this script:

* ``icons/png/interview-loop-planner-<N>.png`` for N in 16 ... 512 (Linux hicolor theme, AppStream);
* ``icons/interview-loop-planner.ico`` (Windows: the .exe, the installer, the uninstaller entry);
* ``icons/interview-loop-planner.icns`` (macOS: the .app bundle).

The SVG is rendered with Qt's own SVG renderer (QtSvg ships in PySide6-Essentials).
ICO and ICNS are written here in plain Python: both formats can hold PNG images,
so they are a small header around the PNG files rendered above (no Pillow needed).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE / "icons"
NAME = "interview-loop-planner"
SVG = ICONS / f"{NAME}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data (as written by Apple's iconutil), and their pixel size.
ICNS_TYPES = (
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(size: int) -> bytes:
    """The SVG rendered to a ``size`` x ``size`` PNG (transparent outside the rounded square)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: Qt could not parse the SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG image per size (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements, with a table of contents like iconutil writes."""
    elements = [(kind, pngs[size]) for kind, size in ICNS_TYPES]
    toc = b"TOC " + struct.pack(">I", 8 + 8 * len(elements))
    toc += b"".join(kind + struct.pack(">I", 8 + len(data)) for kind, data in elements)
    body = toc + b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(size) for size in sizes}
    out = ICONS / "png"
    out.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (out / f"{NAME}-{size}.png").write_bytes(pngs[size])
    (ICONS / f"{NAME}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, {NAME}.ico ({len(ICO_SIZES)} sizes), {NAME}.icns ({len(ICNS_TYPES)} elements)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
