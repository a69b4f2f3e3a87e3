"""Loop planning over plain data: templates, the coverage checks and the auto-planner."""
