"""``python -m interview_planner`` is the same as the ``interview-planner`` command."""

from interview_planner.cli import main

raise SystemExit(main())
