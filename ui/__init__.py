"""Interview Loop Planner's Qt layer (installed as ``interview_planner_ui``).

Only widgets, models/views over core read models, actions and undo commands
live here; every rule is in the Qt-free core, ``interview_planner``.
"""
