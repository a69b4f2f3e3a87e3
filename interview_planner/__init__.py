"""Interview Loop Planner: the Qt-free core.

Everything a user can do is available from here without a display: content
loading, job-description parsing, planning, scoring, PDF rendering and the CLI.
The Qt layer (``interview_planner_ui``) only calls into this package.
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("interview-loop-planner")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Interview Loop Planner"
APP_SLUG = "interview-loop-planner"

__all__ = ["APP_NAME", "APP_SLUG", "__version__"]
