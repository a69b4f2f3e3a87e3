"""Translation helpers.

Texts declared in tables (actions, pages, columns, labels) are marked with
:func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` extracts them, and are
translated when shown (``QCoreApplication.translate(context, text)``), after
the translator is installed. Qt's own ``QT_TRANSLATE_NOOP`` is typed as
returning ``object``; this one keeps the ``str`` type and the name lupdate
looks for.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; return it untranslated."""
    del context
    return source
