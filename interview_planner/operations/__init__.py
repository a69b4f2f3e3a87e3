"""Undoable changes: every change is one operation that returns its result, what changed and its inverse.

``apply(db, op)`` runs an :class:`Op` (a change as data); the :class:`OpResult` carries the
inverse ``Op``, which undoes it in one transaction with the same ids, and whose own result
carries the redo. The Qt layer's undo commands only replay these (docs/operations.md).

Modules: :mod:`.core` (Op, Changes, OpResult, the registry), :mod:`.rows` (rows kept for an
inverse), :mod:`.stages` (the loop designer), :mod:`.roles` (roles and their skills),
:mod:`.records` (renames, loops, candidates).

The package imports only :mod:`.core`: ``.stages`` and ``.records`` load the loop services and the
planner, which a screen that edits roles does not need (the app's first page, at start-up). Import
the module whose operations you make (``from interview_planner.operations import roles``);
:func:`apply` loads the others when an ``Op`` names one of theirs.
"""

from interview_planner.operations.core import OPERATIONS, Changes, Op, OpResult, apply

__all__ = ["OPERATIONS", "Changes", "Op", "OpResult", "apply"]
