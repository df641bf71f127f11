"""Reusable touch widgets: keypads, overlays, big buttons."""
