"""Persistence: SQLAlchemy 2 models, the engine factory and Alembic migrations.

Nothing here opens a dialog or imports Qt: failures surface as exceptions that the
caller turns into a message (``DatabaseUnavailable`` carries a plain sentence).
"""
