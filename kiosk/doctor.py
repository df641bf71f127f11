"""Terminal health checks for IT staff setting a terminal up (``kiosk doctor``).

Each check returns a ``Finding``: a status and one plain sentence saying what was found
and, when something is wrong, what to do. A check never raises: an unexpected error is
itself a failing finding. The checks are plain Python (no Qt), so they run on a terminal
with no screen.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.config import Config


class Status(enum.Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Finding:
    area: str
    status: Status
    message: str


REQUIRED_FONTS = (
    "BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf",
    "BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "BIZUDMincho-Regular.ttf",
    "KioskCJK-SC-Regular.ttf", "KioskCJK-KR-Regular.ttf",
)


def check_config(config: Config) -> Finding:
    if config.staff.pin_hash:
        return Finding("configuration", Status.OK, f"valid ({config.source})")
    return Finding(
        "configuration", Status.WARN,
        f"valid ({config.source}), but no staff PIN is set: the demo PIN is accepted. "
        "Run `kiosk config set-staff-pin`.",
    )


def check_database(config: Config) -> Finding:
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, describe, make_engine

    engine = make_engine(config.database.url, connect_timeout=3)
    try:
        check_connection(engine)
        current, head = migrate.current_revision(engine), migrate.head_revision()
    except DatabaseUnavailable as exc:
        low = _low_disk(config)
        if low is not None:  # a full disk is not a network problem
            return Finding("database", Status.FAIL, f"{exc} {low}")
        return Finding("database", Status.FAIL, f"{exc} Check database.url and the network.")
    finally:
        engine.dispose()
    try:
        migrate.refuse_unknown(current)
    except migrate.SchemaTooNew as exc:
        return Finding("database", Status.FAIL, str(exc))
    if current != head:
        return Finding(
            "database", Status.FAIL,
            f"{describe(engine)} is at revision {current or 'none'}, not {head}: "
            "run `kiosk db upgrade`.",
        )
    return Finding("database", Status.OK, f"{describe(engine)} reachable, schema {head}")


def check_staff_accounts(config: Config) -> Finding:
    """No account: the clerk console lets in only the demo account, under --demo."""
    from kiosk.staff.directory import StaffDirectory
    from kiosk.storage.db import make_engine

    engine = make_engine(config.database.url, connect_timeout=3)
    try:
        accounts = StaffDirectory(engine).accounts()
    except Exception as exc:  # noqa: BLE001 (a check never raises; the database check says why)
        return Finding("staff accounts", Status.WARN,
                       f"cannot be read ({type(exc).__name__}); see the database check")
    finally:
        engine.dispose()
    active = [a for a in accounts if not a.disabled]
    if not active:
        return Finding("staff accounts", Status.WARN,
                       "none: an unconfigured terminal (only `kiosk clerk --demo` logs in). "
                       "Add the first admin with `kiosk staff add ID --name NAME --role admin`.")
    admins = sum(1 for a in active if a.role.id == "admin")
    return Finding("staff accounts", Status.OK, f"{len(active)} active, {admins} admin(s)")


def check_fonts(config: Config) -> Finding:
    from kiosk.resources_path import resource

    try:
        missing = [name for name in REQUIRED_FONTS if not resource("fonts", name).is_file()]
    except FileNotFoundError as exc:
        return Finding("fonts", Status.FAIL, str(exc))
    if missing:
        return Finding(
            "fonts", Status.FAIL,
            f"missing {', '.join(missing)}: Japanese (or Chinese, Korean, Vietnamese) text "
            "cannot be shown or printed. "
            "Reinstall the kiosk package.",
        )
    from printing.fonts import fallback_path

    fallback = fallback_path()
    if fallback is None:
        return Finding(
            "fonts", Status.WARN,
            f"{len(REQUIRED_FONTS)} bundled fonts found, but not IPAmj明朝 (ipamjm.ttf): "
            "rare name characters such as 𠮷 will print as 〓 for staff to write by hand.",
        )
    return Finding("fonts", Status.OK,
                   f"{len(REQUIRED_FONTS)} bundled fonts found; fallback {fallback}")


def check_card_readers(config: Config) -> Finding:
    try:
        from kiosk.card.pcsc import describe_readers
    except ImportError:
        return Finding("card readers", Status.WARN, "card support is not installed")
    ok, message = describe_readers(config.card.reader)
    return Finding("card readers", Status.OK if ok else Status.FAIL, message)


def check_printer(config: Config) -> Finding:
    try:
        from printing.doctor import check_printer as printer_check
    except ImportError:
        return Finding("printer", Status.WARN, "printing support is not installed")
    ok, message = printer_check(config)
    return Finding("printer", Status.OK if ok else Status.FAIL, message)


def check_outbox(config: Config) -> Finding:
    try:
        from kiosk.visits.outbox import describe_outbox
    except ImportError:
        return Finding("event outbox", Status.WARN, "metrics support is not installed")
    ok, message = describe_outbox(config)
    return Finding("event outbox", Status.OK if ok else Status.WARN, message)


def _low_disk(config: Config) -> str | None:
    from kiosk.paths import data_dir
    from kiosk.visits.outbox_safety import low_disk_message

    return low_disk_message(data_dir(), config.terminal.min_free_disk_mb)


def check_disk(config: Config) -> Finding:
    from kiosk.paths import data_dir
    from kiosk.visits.outbox_safety import free_bytes

    low = _low_disk(config)
    if low is not None:
        return Finding("disk space", Status.FAIL, low)
    free = free_bytes(data_dir()) // (1024 * 1024)
    return Finding("disk space", Status.OK, f"{free} MB free in the data folder {data_dir()}")


def check_waiting_copies(config: Config) -> Finding:
    import sqlite3

    from kiosk.visits.outbox import Outbox, outbox_path

    path = outbox_path(config)
    if not path.exists():
        return Finding("clerks' copies", Status.OK, "none waiting")
    try:
        copies = Outbox(path).sealed_copies()
    except sqlite3.Error as exc:
        return Finding("clerks' copies", Status.WARN, f"{path} cannot be read "
                       f"({type(exc).__name__})")
    if not copies:
        return Finding("clerks' copies", Status.OK, "none waiting")
    to_terminal = sum(c.sealed_to == "terminal" for c in copies)
    note = (f"; {to_terminal} still sealed with this terminal's key until it learns the town "
            "key (kiosk keys status)") if to_terminal else ""
    return Finding("clerks' copies", Status.WARN,
                   f"{len(copies)} sealed copy(ies) waiting for the central database{note}")


def check_purge(config: Config) -> Finding:
    from kiosk.app.purge_service import describe_last_purge

    ok, message = describe_last_purge()
    return Finding("retention purge", Status.OK if ok else Status.WARN, message)


def check_print_spool(config: Config) -> Finding:
    """Failed print jobs waiting (count, age, visit ids; sealed, never read here)."""
    from kiosk.app.spool_maintenance import describe_spool

    empty, message = describe_spool(config)
    return Finding("print spool", Status.OK if empty else Status.WARN, message)


def check_catalog(config: Config) -> Finding:
    from forms.catalog import CatalogError, load_catalog

    folder = config.catalog.folder
    try:
        catalog = load_catalog(folder or None)
    except CatalogError as exc:
        count = len(exc.problems)
        first = exc.problems[0] if exc.problems else str(exc)
        return Finding(
            "catalog", Status.FAIL,
            f"{folder or 'the bundled catalog'} has {count} problem{'s' * (count != 1)} "
            f"(first: {first}); the kiosk will not start. Run `kiosk catalog check` and fix "
            "them, or empty [catalog] folder to use the bundled catalog.",
        )
    return Finding("catalog", Status.OK, f"{catalog.folder}: {len(catalog.events)} events, "
                                         f"{len(catalog.procedures)} procedures")


def check_core_link(config: Config) -> Finding:
    """The core-system link (issue 12): none configured, reachable, or why not."""
    from kiosk.config import ConfigError
    from kiosk.corelink.factory import make_core_system

    try:
        core = make_core_system(config.core)
    except ConfigError as exc:
        return Finding("core system link", Status.FAIL, f"{exc}")
    if core is None:
        return Finding("core system link", Status.OK,
                       "none configured: residents enter their household themselves")
    try:
        status = core.status()
    finally:
        core.close()
    if status.reachable:
        return Finding("core system link", Status.OK,
                       f"{status.system or status.kind} reachable ({status.kind})")
    return Finding("core system link", Status.FAIL,
                   f"unreachable: {status.detail} Until it answers, visits go on the manual "
                   "path.")


def check_display(config: Config) -> Finding:
    """The waiting-area display's voices and board file. A warning at most: a terminal that
    is not a display needs no voice, and a silent display still shows every call."""
    from pathlib import Path

    from kiosk.speech.speaker import Speaker, engines_for

    settings = config.display
    speaker = Speaker(engines_for(settings.voice))
    voices = ", ".join(f"{locale}: {engine.name if engine else 'silent'}"
                       for locale in settings.languages
                       for engine in [speaker.engine_for(locale)])
    problems = []
    silent = speaker.silent_languages(settings.languages) if settings.voice != "none" else []
    if silent:
        problems.append(f"no voice for {', '.join(silent)} (install the `display` extra for "
                        "Japanese, `espeak-ng` for the others)")
    folder = Path(settings.publish_file).parent
    if settings.publish_file and not folder.is_dir():
        problems.append(f"display.publish_file: the folder {folder} does not exist")
    summary = f"voices {voices}" + (
        f"; publishes the board to {settings.publish_file}" if settings.publish_file else "")
    status = Status.WARN if problems else Status.OK
    return Finding("waiting-area display", status, "; ".join([summary, *problems]))


CHECKS: tuple[Callable[[Config], Finding], ...] = (
    check_config, check_catalog, check_database, check_staff_accounts, check_fonts, check_card_readers,
    check_printer, check_outbox, check_disk, check_waiting_copies, check_purge,
    check_print_spool, check_core_link, check_display,
)


def run_checks(config: Config) -> list[Finding]:
    findings = []
    for check in CHECKS:
        try:
            findings.append(check(config))
        except Exception as exc:  # noqa: BLE001 - a broken check must not hide the others
            area = check.__name__.removeprefix("check_").replace("_", " ")
            findings.append(Finding(area, Status.FAIL, f"check failed: {type(exc).__name__}"))
    return findings

