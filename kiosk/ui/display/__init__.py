"""``kiosk display``: the waiting-area screen (called tickets, counters, chime and voice)."""
