"""Reads the UI needs that the core does not offer yet.

WORKAROUND, to remove: ``roles.RoleView`` does not carry the job
description's text, which the roles page shows with the selected skill's
line highlighted. Until the core adds it (``RoleInfo.source_text``, or a
``roles.role_source(db, role)`` service), this reads the stored text in one
read-only transaction. It writes nothing and applies no rule.
"""

from __future__ import annotations

from interview_planner.db.database import Database


def role_source_text(db: Database, role_id: str) -> str:
    from interview_planner.db.models import Role

    with db.read() as session:
        role = session.get(Role, role_id)
        return role.source_text if role is not None and role.source_text else ""
