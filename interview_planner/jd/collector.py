"""Fewer young collections by Python's cyclic garbage collector while a posting is parsed.

A parse allocates hundreds of thousands of small container objects (the regular expressions' matches, lines,
items, records) that live until it ends or are freed by reference counting; almost none is part of a cycle. At
the interpreter's default threshold (a young collection every 700 allocations) the collector walks them over
and over: on a 1 MB posting about 130 young, 12 middle and one full collection, 3-5 % of the parse, to free
next to nothing. Collected every :data:`YOUNG_THRESHOLD` allocations instead, each object is walked far less
often; nothing is left uncollected (the collector still runs, later and on more objects at once).

The threshold is the interpreter's, not the parse's: while a parse runs, other threads (the UI's) collect less
often too, nothing else changes for them, and the threshold is set back when the parse ends. A parse that finds
it already raised (one running on another thread) or automatic collection switched off leaves it alone.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

YOUNG_THRESHOLD = 10_000  # allocations between young collections while parsing (the interpreter's default: 700)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def fewer_young_collections(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` run with young collections every :data:`YOUNG_THRESHOLD` allocations (see the module)."""

    @wraps(function)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        young, *older = gc.get_threshold()
        if young == 0 or young >= YOUNG_THRESHOLD:  # switched off, or raised already (another parse is running)
            return function(*args, **kwargs)
        gc.set_threshold(YOUNG_THRESHOLD, *older)
        try:
            return function(*args, **kwargs)
        finally:
            if gc.get_threshold()[0] == YOUNG_THRESHOLD:  # (unless the application set its own meanwhile)
                gc.set_threshold(young, *older)

    return run
