"""Say which system package is missing when Qt cannot start on X11.

Qt's X11 plugin (xcb) loads a dozen system libraries when the application starts; without one
of them (``libxcb-cursor0`` is not installed on a stock Debian or Ubuntu desktop) Qt prints a
page of plugin diagnostics and aborts. Looking the libraries up first turns that into one line
that names the package to install. Only the xcb platform needs them: Wayland, offscreen, macOS
and Windows are not checked.
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping

# (soname stem for ctypes.util.find_library, Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0", "xcb-util-cursor"),
    ("xkbcommon-x11", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("xcb-icccm", "libxcb-icccm4", "xcb-util-wm"),
    ("xcb-image", "libxcb-image0", "xcb-util-image"),
    ("xcb-keysyms", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("xcb-render-util", "libxcb-render-util0", "xcb-util-renderutil"),
    ("xcb-shape", "libxcb-shape0", "libxcb"),
    ("xcb-xinerama", "libxcb-xinerama0", "libxcb"),
    ("xcb-xkb", "libxcb-xkb1", "libxcb"),
    ("EGL", "libegl1", "libglvnd-egl"),
    ("fontconfig", "libfontconfig1", "fontconfig"),
    ("dbus-1", "libdbus-1-3", "dbus-libs"),
)


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will pick its X11 plugin in this environment."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_packages(
    env: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    find: Callable[[str], str | None] | None = None,
) -> list[tuple[str, str]]:
    """The (Debian, Fedora) packages of the X11 libraries Qt needs that cannot be found."""
    if not uses_xcb(os.environ if env is None else env, platform):
        return []
    find = find or _finder()
    return [(debian, fedora) for stem, debian, fedora in XCB_LIBRARIES if find(stem) is None]


def _finder() -> Callable[[str], str | None]:
    """Look names up in one ``ldconfig -p`` listing (find_library would run it once per library)."""
    for ldconfig in ("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"):
        try:
            listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, timeout=5, check=True).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        return lambda stem: stem if f"lib{stem}.so" in listing else None
    return ctypes.util.find_library


def explain(missing: list[tuple[str, str]]) -> str:
    """One line for the terminal (and the log)."""
    debian = " ".join(d for d, _ in missing)
    fedora = " ".join(sorted({f for _, f in missing}))
    return (
        f"the desktop app cannot start: Qt needs system libraries that are not installed; "
        f"install them (Debian/Ubuntu: sudo apt install {debian}; Fedora: sudo dnf install {fedora}) "
        "and start it again"
    )
