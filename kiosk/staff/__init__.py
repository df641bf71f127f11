"""Personal staff accounts: roles, password hashing, log-in with a lock-out kept in the database."""
