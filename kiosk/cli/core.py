"""``kiosk core``: the reference core system (基幹系) for demos and tests.

* ``kiosk core serve [--host H] [--port 8700] [--db URL] [--token-file F] [--folder DIR]
  [--delay-ms N]`` runs it (``docs/core-link.md``); it prints ``core system listening on
  http://HOST:PORT`` once it accepts connections (``--port 0`` picks a free port and the
  line says which) and stops cleanly on SIGTERM or Ctrl+C. ``--folder`` also answers the
  folder contract in DIR. ``--delay-ms`` answers every request late (a demo of the kiosk's
  fallback when the core system is slow).
* ``kiosk core import FILE.csv [--reservations] [--db URL]`` loads the documented CSV.
* ``kiosk core seed [--demo] [--residents N] [--seed S] [--db URL]`` loads the demo
  households and 転入予約 (``kiosk/coreserver/demo/``), then N synthetic residents.

The database defaults to ``core-system.sqlite3`` in the user data folder. The kiosk's own
client commands (``kiosk core lookup|status``) live in ``kiosk.cli.core_client_cmd``,
added to this group by :func:`_register_client_commands` when that module is present.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.main import fail

if TYPE_CHECKING:
    from kiosk.coreserver.store import CoreStore

#: The kiosk-side client commands' module; it defines ``register_client_commands(subparsers)``.
CLIENT_COMMANDS_MODULE = "kiosk.cli.core_client_cmd"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("core", help="the core-system link and its reference core system")
    commands = parser.add_subparsers(dest="core_command", metavar="COMMAND")
    parser.set_defaults(func=lambda args: _usage(parser))

    serve = commands.add_parser("serve", help="run the reference core system (REST, folder)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700, help="0 picks a free port")
    _db_option(serve)
    serve.add_argument("--token-file", metavar="FILE",
                       help="require the bearer token this file holds")
    serve.add_argument("--folder", metavar="DIR", help="also answer the folder contract in DIR")
    serve.add_argument("--delay-ms", type=int, default=0, metavar="N",
                       help="answer every request N ms late (demo of a slow core system)")
    serve.set_defaults(func=_serve)

    load = commands.add_parser("import", help="load residents (or reservations) from CSV")
    load.add_argument("file", metavar="FILE.csv")
    load.add_argument("--reservations", action="store_true",
                      help="the file holds 転入予約 in the reservations layout")
    _db_option(load)
    load.set_defaults(func=_import)

    seed = commands.add_parser("seed", help="load the demo households, then synthetic ones")
    seed.add_argument("--demo", action="store_true", help="only the demo households")
    seed.add_argument("--residents", type=int, default=0, metavar="N")
    seed.add_argument("--seed", type=int, default=0, metavar="S")
    _db_option(seed)
    seed.set_defaults(func=_seed)

    _register_client_commands(commands)


def _register_client_commands(commands: argparse._SubParsersAction[
        argparse.ArgumentParser]) -> None:
    """``kiosk core lookup|status`` from the kiosk's client side, once it is merged."""
    if importlib.util.find_spec(CLIENT_COMMANDS_MODULE) is not None:
        importlib.import_module(CLIENT_COMMANDS_MODULE).register_client_commands(commands)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: a SQLite file in the user data folder)")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _store(args: argparse.Namespace) -> CoreStore:
    from kiosk.coreserver.store import CoreStore

    return CoreStore(args.db or default_db_url())


def default_db_url() -> str:
    from kiosk.paths import data_dir

    return f"sqlite:///{(data_dir() / 'core-system.sqlite3').as_posix()}"


def _serve(args: argparse.Namespace) -> int:
    token = None
    if args.token_file:
        token = Path(args.token_file).read_text(encoding="utf-8").strip()
        if not token:
            return fail("the token file is empty")
    from kiosk.coreserver.server import serve

    return serve(_store(args), host=args.host, port=args.port, token=token,
                 folder=Path(args.folder) if args.folder else None, delay_ms=args.delay_ms)


def _import(args: argparse.Namespace) -> int:
    from kiosk.coreserver.csv_io import CsvLayoutError, read_reservations, read_residents

    path = Path(args.file)
    try:
        if args.reservations:
            reservations = read_reservations(path)
            count = _store(args).add_reservations(reservations)
            print(f"imported {count} reservations")
        else:
            households = read_residents(path)
            count = _store(args).add_households(households)
            print(f"imported {count} residents in {len(households)} households")
    except CsvLayoutError as exc:
        return fail(f"{path.name}: {exc}")
    return 0


def _seed(args: argparse.Namespace) -> int:
    from kiosk.coreserver.seeding import seed_demo, seed_synthetic

    store = _store(args)
    added = seed_demo(store)
    print(f"demo: {added.residents} residents, {added.reservations} reservations")
    if args.residents and not args.demo:
        count = seed_synthetic(store, args.residents, seed=args.seed)
        print(f"synthetic: {count} residents")
    sys.stdout.flush()
    return 0
