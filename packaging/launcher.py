"""Entry point of the frozen app: exactly the ``interview-planner`` console script.

With no command it opens the desktop window (``interview_planner.cli`` imports
``interview_planner_ui.app`` with importlib, which is why the spec lists the UI
package as hidden imports); with a command it is the CLI.

``freeze_support`` comes first: exporting every candidate's packets starts
worker processes with ``spawn``, which in a frozen app re-runs this
executable; without it each worker would start another app instead of
rendering (a no-op when not frozen).
"""

import multiprocessing
import sys

from interview_planner.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
