"""What a window needs before it starts, each failure turned into one sentence for staff.

Plain Python (no Qt): the kiosk and the clerk console call these before building their
windows, so a broken configuration or catalog is found at start-up, not at a resident's
first tap. The sentences match what ``kiosk doctor`` and ``kiosk catalog check`` say.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from kiosk.config import Config, ConfigError, load_config
from kiosk.ui.startup.guard import StartProblem

log = logging.getLogger(__name__)

T = TypeVar("T")


def config_problem(message: str) -> StartProblem:
    return StartProblem(f"The configuration cannot be used: {message}.")


def load_config_or_problem(config_file: str | None) -> Config | StartProblem:
    """The configuration (``--config``, ``KIOSK_CONFIG`` or the default file), read again."""
    try:
        return load_config(config_file)
    except ConfigError as exc:
        return config_problem(str(exc))


def catalog_problem(folder: str, problems: tuple[str, ...]) -> StartProblem:
    where = f"The life-event catalog in {folder}" if folder else "The bundled life-event catalog"
    count = len(problems)
    first = problems[0] if problems else "it cannot be read"
    return StartProblem(
        f"{where} has {count} problem{'s' * (count != 1)} (first: {first}). Run `kiosk "
        "catalog check` to list them and fix the files, or empty [catalog] folder in the "
        "configuration to use the bundled catalog."
    )


def guarded(config: Config, build: Callable[[], T]) -> T | StartProblem:
    """``build()``, or the sentence for the start-up failure it raised.

    A catalog error, a configuration error, or a ``StartError`` (database, printer) each
    have their own sentence; anything else names only the exception's type (its text may
    quote data) and points to ``kiosk doctor``.
    """
    try:
        return build()
    except Exception as exc:  # noqa: BLE001 - each kind becomes its sentence below
        return start_problem(config, exc)


def start_problem(config: Config, exc: Exception) -> StartProblem:
    """The sentence for a start-up failure (see :func:`guarded`).

    The catalog's and the composition's error types are imported only once something
    failed: the kiosk's first frame must not wait for the catalog package.
    """
    from forms.catalog import CatalogError
    from kiosk.app.composition import StartError

    if isinstance(exc, CatalogError):
        return catalog_problem(config.catalog.folder, exc.problems)
    if isinstance(exc, ConfigError):
        return config_problem(str(exc))
    if isinstance(exc, StartError):
        return StartProblem(str(exc))
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return StartProblem(f"A file or folder cannot be used{where}: "
                            f"{exc.strerror or type(exc).__name__}. Check the path and its "
                            "permissions.")
    # logged with its type: a window must say something, not die
    log.error("start-up failed", extra={"error": type(exc).__name__}, exc_info=exc)
    return StartProblem(f"The start stopped on an unexpected {type(exc).__name__}. Run "
                        "`kiosk doctor` and report it with the log if that finds nothing.")
