"""Typed ORM models shared by every terminal.

Tables (the visit and personal-data tables of ``kiosk.storage.tables`` add theirs to the same ``Base``):

``terminal``
    One row per kiosk, clerk console or manager terminal that has connected: its id,
    role and the last time it was seen (the database server's clock). ``kiosk doctor``
    and the manager use it to see which terminals are alive. ``instance`` names the process
    holding the id now (``kiosk.visits.terminal``): a second live one is refused. No
    personal data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so migrations behave the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Terminal(Base):
    __tablename__ = "terminal"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    instance: Mapped[str | None] = mapped_column(String(36))


# Every module that declares tables on ``Base``: a comparison of the migrations with the models
# (Alembic's autogenerate, the migration test) must see all of them, not only those some earlier
# import happened to load.
TABLE_MODULES = (
    "kiosk.storage.tables",
    "kiosk.storage.help_calls",
    "kiosk.storage.prefill_prints",
    "kiosk.storage.print_failures",
    "kiosk.storage.staff_tables",
)


def load_all_tables() -> MetaData:
    """Import every table module and return the metadata that now holds all the tables."""
    import importlib

    for name in TABLE_MODULES:
        importlib.import_module(name)
    return Base.metadata
