"""Start-up that never crashes: the staff-facing error window and the guarded start."""
