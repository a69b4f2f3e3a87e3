"""Find records by what people type: an id, an id prefix, or a unique name.

Names match whatever their case and Unicode form, on both engines alike: ``zoë ødegård``,
``ZOË ØDEGÅRD`` and ``Zoe\u0308 Ødegård`` (a decomposed ë) all find "Zoë Ødegård";
``strasse`` finds "Straße". SQLite's ``lower()`` folds ASCII letters only, so names are
compared in Python by :func:`name_key` (NFC, then ``str.casefold``, spaces collapsed).
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.errors import NotFoundError


def name_key(name: str) -> str:
    """What two names must share to be the same name to a person typing them."""
    folded = unicodedata.normalize("NFC", name).casefold()
    return " ".join(unicodedata.normalize("NFC", folded).split())


def resolve(
    session: Session, table: str, label_column: str, ref: str, *, what: str, where: str = "", params: dict | None = None
) -> str:
    """The id of the row whose id, label (any case, any Unicode form) or id prefix (≥ 6 chars) is ``ref``."""
    ref = ref.strip()
    extra = f" AND {where}" if where else ""
    args = {"ref": ref, "low": ref.lower(), "prefix": ref.lower() + "%", **(params or {})}
    row = session.execute(text(f"SELECT id FROM {table} WHERE id = :ref{extra}"), args).first()
    if row:
        return str(row.id)
    key = name_key(ref)
    # The indexed fast path finds ASCII names (PostgreSQL's lower() folds more, and differently: it is
    # only a pre-filter); the others (Ø, É, İ, ß, Greek, Cyrillic...) are compared by their key.
    fast = session.execute(
        text(f"SELECT id, {label_column} AS label FROM {table} WHERE lower({label_column}) = :low{extra}"), args
    ).all()
    rows = [r for r in fast if r.label is not None and name_key(str(r.label)) == key]
    if not rows:
        every = session.execute(text(f"SELECT id, {label_column} AS label FROM {table} WHERE 1 = 1{extra}"), args)
        rows = [r for r in every if r.label is not None and name_key(str(r.label)) == key]
    if not rows and len(ref) >= 6:
        rows = list(session.execute(text(f"SELECT id FROM {table} WHERE id LIKE :prefix{extra}"), args).all())
    if len(rows) == 1:
        return str(rows[0].id)
    if not rows:
        raise NotFoundError(f"no {what} {ref!r}")
    raise NotFoundError(f"{len(rows)} {what}s match {ref!r}; use the id instead")
