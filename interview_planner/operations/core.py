"""What an operation is: one change in one transaction that returns its result, what changed and its inverse.

An :class:`Op` is a change described as data (a registered operation's name and its keyword
arguments, all JSON values), so an undo stack can hold it, a log can print it and a test can
serialise it. :func:`apply` runs one; the :class:`OpResult` it returns carries the inverse
``Op``, which, applied, puts the database back as it was (re-creating removed rows under the
same ids) in one transaction, and returns the inverse of *that*: undo and redo are the same
step (docs/operations.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from interview_planner.db.database import Database
from interview_planner.errors import InputError

T = TypeVar("T")
Operation = Callable[..., "OpResult[Any]"]
OPERATIONS: dict[str, Operation] = {}
# The modules whose operations register themselves when imported (the package imports none of them).
MODULES = (
    "interview_planner.operations.records",
    "interview_planner.operations.roles",
    "interview_planner.operations.stages",
)


def operation(fn: Callable[..., OpResult[T]]) -> Callable[..., OpResult[T]]:
    """Register ``fn`` under its name so an :class:`Op` can name it."""
    if fn.__name__ in OPERATIONS:
        raise RuntimeError(f"operation {fn.__name__!r} is registered twice")
    OPERATIONS[fn.__name__] = fn
    return fn


class Op(BaseModel):
    """A change as data: the operation's name and its keyword arguments (JSON values only)."""

    name: str
    args: dict[str, Any] = {}
    guard: str | None = None  # the versioned row (a loop or a role) whose version the operation checks

    @classmethod
    def of(cls, fn: Callable[..., OpResult[Any]], *, guard: str | None = None, **args: Any) -> Op:
        if OPERATIONS.get(fn.__name__) is not fn:
            raise RuntimeError(f"{fn.__name__!r} is not a registered operation")
        return cls(name=fn.__name__, args=args, guard=guard)


class Changes(BaseModel):
    """What an operation changed, so a screen refreshes just that: entity kind -> ids.

    Kinds: ``role``, ``role_skill``, ``loop``, ``stage``, ``candidate``. ``versions`` holds the row
    version, after the change, of every versioned row it bumped (a screen passes it back as the next
    edit's ``expected_version``).
    """

    changed: dict[str, list[str]] = {}
    removed: dict[str, list[str]] = {}
    versions: dict[str, int] = {}

    def touches(self, kind: str, record_id: str | None = None) -> bool:
        ids = self.changed.get(kind, []) + self.removed.get(kind, [])
        return bool(ids) if record_id is None else record_id in ids


@dataclass
class OpResult(Generic[T]):
    """What an operation returns: its result (the view a screen shows), what changed, and its inverse."""

    result: T
    inverse: Op
    changes: Changes = field(default_factory=Changes)


def apply(db: Database, op: Op, *, expected_version: int | None = None) -> OpResult[Any]:
    """Run ``op`` (one transaction); ``expected_version`` is checked against the op's guarded row."""
    fn = OPERATIONS.get(op.name) or _registered().get(op.name)
    if fn is None:
        raise InputError(f"unknown operation {op.name!r}")
    args = dict(op.args)
    if expected_version is not None:
        args["expected_version"] = expected_version
    return fn(db, **args)


def _registered() -> dict[str, Operation]:
    """Every operation: an ``Op`` read back from JSON may name one whose module is not imported yet."""
    for module in MODULES:
        importlib.import_module(module)
    return OPERATIONS
