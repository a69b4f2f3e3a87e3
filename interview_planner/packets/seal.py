"""Seals: a keyed MAC over the identifying fields of a packet PDF or a scorecard kit.

A packet or kit names the interview it belongs to (database, interview,
candidate, stage, interviewer, and for a kit the skills to rate). Anyone can
edit those fields in a PDF editor or a text editor; the seal is an
HMAC-SHA256 over them with a secret only this database holds (``app_meta``
key ``seal_secret``, created by schema migration 6; in team mode only manager
logins can read it). An import recomputes the seal over the fields as the file
states them: an edited interview id, candidate, stage or interviewer no longer
matches and the file is refused as tampered.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from interview_planner.errors import UserError

SECRET_KEY = "seal_secret"
PREFIX = "hmac-sha256:"


class SealUnavailable(UserError):
    """The secret cannot be read (an interviewer login in team mode)."""

    exit_code = 2


def seal(secret: str, fields: dict[str, Any]) -> str:
    """The seal of ``fields`` (any JSON values) under ``secret``: ``hmac-sha256:<hex>``."""
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    # a field read from a hostile file may hold a lone surrogate ("\udc80" in a kit's JSON): hashed as is
    return PREFIX + hmac.new(secret.encode(), payload.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def verify(secret: str, fields: dict[str, Any], stated: str | None) -> bool:
    """Does ``stated`` (as the file says it) match the seal of ``fields``? Compared as bytes:
    ``hmac.compare_digest`` refuses str with non-ASCII characters, which a tampered seal may hold."""
    if not stated:
        return False
    expected = seal(secret, fields).encode("ascii")
    return hmac.compare_digest(expected, str(stated).encode("utf-8", "surrogatepass"))


def packet_fields(database_id: str, interview_id: str, candidate: str, stage: str, interviewer: str) -> dict[str, str]:
    return {
        "kind": "packet",
        "database_id": database_id,
        "interview_id": interview_id,
        "candidate": candidate,
        "stage": stage,
        "interviewer": interviewer,
    }
