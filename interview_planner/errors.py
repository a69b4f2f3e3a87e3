"""The two kinds of error.

A :class:`UserError` is the environment's fault (a bad file, a missing record,
a database written by a newer version...). Its message is complete, one line,
and is shown to the user as is. Anything else is a bug: the CLI and the UI
log it with its traceback and say "unexpected error".
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """An error whose message is meant for the user, verbatim."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(UserError):
    """A file or value from the user is malformed.

    The message names the file, the line and the field where they are known,
    in the ``file:line: field: problem`` form compilers use, so editors can
    jump to it.
    """

    exit_code = 2

    def __init__(
        self,
        problem: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.problem = problem
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        elif self.line:
            where = f"line {self.line}: "
        what = f"{self.field}: " if self.field else ""
        return f"{where}{what}{self.problem}"


class InputErrors(InputError):
    """Every problem found in one or more files, reported together (one ``file:line: field: problem`` line
    each), so a user fixes a file in one pass rather than one error per run."""

    problems: list[InputError]

    def __init__(self, problems: list[InputError]) -> None:
        flat: list[InputError] = []
        for p in problems:
            flat.extend(p.problems if isinstance(p, InputErrors) else [p])
        self.problems = flat
        first = flat[0]
        super().__init__(first.problem, file=first.file, line=first.line, field=first.field)
        if len(flat) > 1:
            self.message = f"{len(flat)} problems:\n" + "\n".join(str(p) for p in flat)
            self.args = (self.message,)


class NotFoundError(UserError):
    """A record the user named does not exist (or the name is ambiguous)."""

    exit_code = 3


class ConflictError(UserError):
    """The change clashes with the current state (stale edit, duplicate, locked record)."""

    exit_code = 4


class StorageError(UserError):
    """The database cannot be opened, read or written as asked."""

    exit_code = 5
