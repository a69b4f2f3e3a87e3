"""Entry point of the frozen app: exactly the ``interview-planner`` console script.

With no command it opens the desktop window (``interview_planner.cli`` imports
``interview_planner_ui.app`` with importlib, which is why the spec lists the UI
package as hidden imports); with a command it is the CLI.
"""

import sys

from interview_planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
