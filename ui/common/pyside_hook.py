"""PySide6 asks every module imported after it whether it uses PySide; answer it without ``inspect``.

Importing PySide6 replaces ``__import__`` so that ``from __feature__ import snake_case`` can work
(PYSIDE-1019). As a side effect, each module imported afterwards is checked once by
``shibokensupport.feature._mod_uses_pyside``, which reads the module's whole source with
``inspect.getsource`` (through ``linecache``: the file decoded, split into lines and kept in
memory) only to look for the word "PySide6". The app imports about 380 modules after Qt
(pydantic, SQLAlchemy, the services), all on the way to its first page's data: that check alone
cost about 60 ms of the start.

:func:`install` puts in its place a check that gives the same answer from the file's bytes, and
falls back to PySide's own check for anything that is not a plain ``.py`` file. The answer decides
whether PySide's feature switching looks at the module at all; the app selects no feature, so
either answer behaves the same, and this one is the same anyway. When PySide's internals are not
as expected (another PySide version), nothing is replaced and the app starts as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # PySide6's own, loaded by ``import PySide6``
CHECK = "_mod_uses_pyside"
WORD = b"PySide6"  # what PySide's check looks for in the source


def install() -> bool:
    """Replace PySide's per-import check by :func:`uses_pyside`; False if there was nothing to replace."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original) or getattr(original, "fallback", None) is not None:
        return False  # no PySide hook, another version's, or installed already
    setattr(feature, CHECK, _check_with_fallback(original))
    return True


def uses_pyside(module: ModuleType) -> bool | None:
    """Whether the source file of ``module`` names PySide6; None when it has no plain ``.py`` file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None  # built-in, compiled only, or from an archive: PySide's check knows what to do
    try:
        with open(path, "rb") as source:
            return WORD in source.read()
    except OSError:
        return None


def _check_with_fallback(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def check(module: ModuleType) -> bool:
        answer = uses_pyside(module)
        return original(module) if answer is None else answer

    check.fallback = original  # type: ignore[attr-defined]  # how install() and the tests know it
    return check
