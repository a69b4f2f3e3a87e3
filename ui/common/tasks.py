"""Run blocking core calls off the GUI thread and get the answer back on it.

Searching 100,000 questions or importing a large bank takes from a tenth of
a second to several seconds; doing that on the GUI thread freezes typing and
painting. A :class:`TaskRunner` runs each call on its own small thread pool
(one thread by default, so calls on one database never overlap) and calls
``on_done``/``on_error`` on the GUI thread. SQLite releases the GIL while it
works, so the interface keeps painting.

:class:`InlineRunner` has the same interface and runs at once; tests use it
where threads would only add waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, Signal

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Runner(Protocol):
    def submit(self, fn: Callable[[], Any], on_done: OnDone, on_error: OnError) -> int: ...

    def cancel_pending(self) -> None: ...

    def shutdown(self) -> None: ...


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class TaskRunner(QObject):
    """A private thread pool whose results come back as queued signals.

    Signals:
        busy_changed(bool): work started (True) or everything finished (False).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[OnDone, OnError]] = {}
        self._cancelled: set[int] = set()
        self._tokens = count(1)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def submit(self, fn: Callable[[], Any], on_done: OnDone, on_error: OnError) -> int:
        token = next(self._tokens)
        was_busy = self.busy
        self._callbacks[token] = (on_done, on_error)
        self._pool.start(lambda: self._run(token, fn))
        if not was_busy:
            self.busy_changed.emit(True)
        return token

    def cancel_pending(self) -> None:
        """Forget every call in flight: queued ones don't start, running ones are ignored."""
        if not self._callbacks:
            return
        self._cancelled.update(self._callbacks)
        self._callbacks.clear()
        self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Cancel and wait for the running call (before closing the database it uses)."""
        self.cancel_pending()
        self._pool.waitForDone()

    def _run(self, token: int, fn: Callable[[], Any]) -> None:  # on a pool thread
        if token in self._cancelled:
            self._cancelled.discard(token)
            return
        try:
            result = fn()
        except BaseException as exc:  # handed to the GUI thread, which decides how to show it
            self._relay.failed.emit(token, exc)
        else:
            self._relay.done.emit(token, result)

    def _on_done(self, token: int, result: object) -> None:
        callbacks = self._finish(token)
        if callbacks:
            callbacks[0](result)

    def _on_failed(self, token: int, exc: BaseException) -> None:
        callbacks = self._finish(token)
        if callbacks:
            callbacks[1](exc)

    def _finish(self, token: int) -> tuple[OnDone, OnError] | None:
        self._cancelled.discard(token)
        callbacks = self._callbacks.pop(token, None)
        if callbacks and not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks


class InlineRunner:
    """Runs each call at once on the calling thread (same interface as TaskRunner)."""

    def __init__(self) -> None:
        self._tokens = count(1)

    def submit(self, fn: Callable[[], Any], on_done: OnDone, on_error: OnError) -> int:
        try:
            result = fn()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
        return next(self._tokens)

    def cancel_pending(self) -> None:
        pass

    def shutdown(self) -> None:
        pass
