"""Visits: append-only visit events, their outbox, ticket numbers, the terminal clock and the visit lifecycle."""
