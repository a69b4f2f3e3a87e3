"""This database's identity: its id (printed on every packet and kit) and its sealing secret.

Small on purpose: exports, imports and packets all need these two values, and importing this
module loads nothing else of the services.
"""

from __future__ import annotations

import secrets

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.errors import NotFoundError
from interview_planner.packets.seal import SECRET_KEY, SealUnavailable


def database_id(session: Session) -> str:
    row = session.execute(text("SELECT value FROM app_meta WHERE key = 'database_id'")).first()
    if row is None:
        raise NotFoundError("this database has no id; run 'interview-planner init' once")
    return str(row.value)


def database_secret(session: Session, *, create: bool = False) -> str:
    """This database's sealing secret; with ``create`` (inside a write transaction) made on first use."""
    row = session.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": SECRET_KEY}).first()
    if row is not None and row.value:
        return str(row.value)
    if create:
        value = secrets.token_hex(32)
        session.execute(text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"), {"k": SECRET_KEY, "v": value})
        return value
    raise SealUnavailable(
        "packets and kits are sealed with a secret of this database that only a hiring manager's login can read; "
        "ask a manager to export or import them"
    )
