"""Interview times between the core (UTC) and the screen (the user's local time).

The core stores times in UTC; naive values read back from SQLite are UTC
too. People read and type local times.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale

DISPLAY_FORMAT = "ddd d MMM yyyy, HH:mm"


def to_qt(value: datetime | None) -> QDateTime | None:
    """A stored time as a local QDateTime (None stays None)."""
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    """A local QDateTime as an aware UTC datetime for the core."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def display(value: datetime | None, empty: str = "") -> str:
    shown = to_qt(value)
    return QLocale().toString(shown, DISPLAY_FORMAT) if shown is not None else empty


def short_time(value: datetime) -> str:
    """ "10:42" in local time (for "Saved 10:42")."""
    shown = to_qt(value)
    return QLocale().toString(shown, "HH:mm") if shown is not None else ""
