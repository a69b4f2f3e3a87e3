"""Job descriptions: parse a posting into skill requirements (pure, no database)."""
