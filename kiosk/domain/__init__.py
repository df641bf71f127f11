"""Plain-Python domain model: no Qt, no database, no I/O."""
