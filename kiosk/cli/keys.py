"""``kiosk keys …``: the town key pair (``init``, ``status``) and this terminal's key (``rotate``).

* ``init`` — on a clerk terminal: make the town key pair, keep the private half in this
  terminal's key folder and publish the public half in the database, so every kiosk seals
  the clerks' copy to it. Refuses when a town key is already published and this terminal
  does not hold it (copy the key folder's ``town-*.key`` instead), unless ``--new``.
* ``status`` — which keys this terminal holds, which town key is published, and whether
  this terminal can open the clerks' copies; never prints a key.
* ``rotate`` — a new terminal key; what waits in the outbox sealed with the old key is
  re-sealed (and every hook in ``RESEALERS``), then the old keys are forgotten. Stop the
  kiosk first: it keeps its keyring in memory.
* ``generate --out DIR`` — the pre-application signing pair (``kiosk.prefill.keys``): the
  private half for the web server, the public half for every kiosk's ``keys_folder``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.sealing.box import Keyring

#: Whatever else this terminal sealed with its own key (failed print jobs, previews …):
#: ``(config, new keyring) -> how many re-sealed``. The new keyring still opens the old
#: blobs; a hook that raises keeps the old keys.
RESEALERS: list[Callable[[Config, Keyring], int]] = []


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("keys", help="encryption keys: the town key pair, this terminal's key")
    keys_sub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    init = keys_sub.add_parser("init", help="make and publish the town key pair (clerk terminal)")
    init.add_argument("--new", action="store_true",
                      help="publish a new town key even though one exists")
    init.set_defaults(func=_init)
    status = keys_sub.add_parser("status", help="which keys this terminal holds")
    status.set_defaults(func=_status)
    rotate = keys_sub.add_parser("rotate", help="new terminal key; re-seal; forget the old ones")
    rotate.set_defaults(func=_rotate)
    generate = keys_sub.add_parser(
        "generate", help="make the pre-application signing key pair (web server and kiosks)")
    generate.add_argument("--out", metavar="DIR", required=True,
                          help="folder for prefill-signing.key and prefill-signing.pub")
    generate.set_defaults(func=_generate)


def _init(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.cli.main import fail
    from kiosk.personal import town_key
    from kiosk.sealing.errors import SealError
    from kiosk.sealing.keystore import default_keystore
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine

    keys = default_keystore()
    engine = make_engine(args.config.database.url)
    try:
        check_connection(engine)
        published = town_key.published(engine)
        held = {pair.public_key for pair in town_key.held_pairs(keys)}
        if published and published[0][0] in held and not args.new:
            print("The town key is already published and this terminal holds it.")
            return 0
        if published and not args.new:
            return fail("A town key is already published and this terminal does not hold it: "
                        "copy the town-*.key file from the clerk terminal that made it into "
                        f"{keys.folder}, or pass --new to publish a new one.")
        pair = town_key.create(engine, keys)
    except DatabaseUnavailable as exc:
        return fail(str(exc))
    except SQLAlchemyError as exc:
        return fail(f"the town key cannot be published ({type(exc).__name__}); "
                    "run 'kiosk db upgrade' first")
    except SealError as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    print(f"Town key {pair.key_id.hex()} published; its private half is in {keys.folder}.")
    print("Copy that town-*.key file to the other clerk terminals only, never to a kiosk.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.cli.main import fail
    from kiosk.personal import town_key
    from kiosk.sealing.box import key_id_of
    from kiosk.sealing.errors import SealError
    from kiosk.sealing.files import is_private
    from kiosk.sealing.keystore import default_keystore
    from kiosk.sealing.terminal_keys import terminal_keyring
    from kiosk.storage.db import make_engine

    keys = default_keystore()
    try:
        ring = terminal_keyring(keys)
        held = town_key.held_pairs(keys)
    except SealError as exc:
        return fail(str(exc))
    private = keys.folder.is_dir() and is_private(keys.folder)
    print(f"key folder: {keys.folder} ({'private' if private else 'READABLE BY OTHERS'})")
    print(f"terminal key: {ring.current.key_id.hex()} (+{len(ring.older)} older)")
    print("town keys held: " + (", ".join(p.key_id.hex() for p in held) or
                                "none (this terminal cannot open the clerks' copies)"))
    engine = make_engine(args.config.database.url, connect_timeout=3)
    try:
        published = town_key.published(engine)
    except SQLAlchemyError as exc:
        print(f"published town key: unknown (the database does not answer: "
              f"{type(exc).__name__})")
        return 0
    finally:
        engine.dispose()
    if not published:
        print("published town key: none (run 'kiosk keys init' on a clerk terminal)")
        return 0
    newest, created = published[0]
    holds = newest in {p.public_key for p in held}
    print(f"published town key: {key_id_of(newest).hex()} since {created:%Y-%m-%d %H:%M} "
          f"({'held here' if holds else 'not held here'})")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    import sqlite3

    from kiosk.app.personal_copies import reseal_outbox
    from kiosk.app.spool_maintenance import reseal_spools
    from kiosk.cli.main import fail
    from kiosk.sealing.errors import SealError
    from kiosk.sealing.keystore import default_keystore
    from kiosk.sealing.terminal_keys import forget_older, rotate, terminal_keyring
    from kiosk.visits.outbox import Outbox, outbox_path

    keys = default_keystore()
    try:
        terminal_keyring(keys)  # a terminal without a key gets one first
        ring = rotate(keys)
        resealed = reseal_outbox(Outbox(outbox_path(args.config)), ring, ring)
        resealed += reseal_spools(ring)  # failed print jobs waiting for a retry
        for hook in RESEALERS:
            resealed += hook(args.config, ring)
    except (SealError, sqlite3.Error, OSError) as exc:
        return fail(f"the new key is in place, but the old ones are kept: {exc}")
    dropped = forget_older(keys)
    print(f"New terminal key {ring.current.key_id.hex()}; {resealed} waiting item(s) "
          f"re-sealed; {dropped} old key(s) forgotten.")
    return 0


def _generate(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.prefill.keys import generate_pair

    try:
        private, public = generate_pair(args.out)
    except FileExistsError as exc:
        return fail(f"{exc.filename} already exists and is never overwritten; choose another "
                    "folder, or move the old pair away first")
    print(f"Private key: {private} (only for the web server: [prefill] signing_key_file)")
    print(f"Public key:  {public} (copy it into every kiosk's [prefill] keys_folder)")
    return 0
