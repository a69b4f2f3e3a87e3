"""Guard against the PySide6 6.12.0 + CPython 3.11 crash.

That combination leaks a reference to ``None`` on every Qt call that returns
nothing; after a few thousand calls ``None``'s count hits zero and CPython
aborts in ``none_dealloc``. pyproject pins PySide6 < 6.12 on 3.11; this test
fails loudly if an environment slips past the pin. It runs in a subprocess
because the failure is an abort, not an exception.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 20_000

SCRIPT = textwrap.dedent(f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    for n in range({CALLS}):
        label.setText("x")          # returns None
        label.setToolTip("tip")     # returns None
    print("ok", sys.getrefcount(None) > 0)
""")


def test_many_qt_calls_returning_none_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok True"
