"""Interview Loop Planner: the Qt-free core.

Everything a user can do is available from here without a display: content
loading, job-description parsing, planning, scoring, PDF rendering and the CLI.
The Qt layer (``interview_planner_ui``) only calls into this package.
"""

from __future__ import annotations

APP_NAME = "Interview Loop Planner"
APP_SLUG = "interview-loop-planner"

__all__ = ["APP_NAME", "APP_SLUG", "__version__"]


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package metadata the first time it is asked for.

    ``importlib.metadata`` costs about 30 ms to import; ``--help`` and the app's first paint do not pay it.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("interview-loop-planner")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        version = "0.0.0+source"
    globals()["__version__"] = version
    return version
