"""``kiosk card …``: list readers, read a My Number card, run the card emulator.

``read`` follows the same PIN safety as the kiosk: it asks the card for the tries left
before asking for the PIN, refuses to spend the last try without ``--confirm-last-try``,
and never sends a PIN to a blocked card. The 個人番号 is printed only with
``--with-number --staff ID``, after an audit row (who, when, which terminal) is written;
without a staff id, or when the audit log cannot be written, the read is refused. Heavy
imports (pyscard) happen inside the commands.
"""

# Imports sit inside the commands on purpose (docs/conventions.md: CLI start-up stays fast
# and pyscard loads only for the card commands).

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.card.service import ReadResult

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("card", help="My Number card readers, reading, emulator")
    card_sub = parser.add_subparsers(dest="card_command", metavar="ACTION", required=True)

    readers = card_sub.add_parser("readers", help="list the PC/SC card readers")
    readers.set_defaults(func=_readers)

    read = card_sub.add_parser("read", help="read the basic four items (PIN needed)")
    read.add_argument("--reader", metavar="PATTERN",
                      help="reader name substring or glob (default: the configured one)")
    read.add_argument("--with-number", action="store_true",
                      help="also print the 個人番号 (needs --staff; audited)")
    read.add_argument("--staff", metavar="ID",
                      help="the staff account reading the 個人番号 (written to the audit log)")
    read.add_argument("--json", action="store_true", help="print JSON")
    read.add_argument("--pin-stdin", action="store_true",
                      help="read the PIN from standard input instead of the terminal")
    read.add_argument("--confirm-last-try", action="store_true",
                      help="allow sending the PIN when only one try is left")
    read.set_defaults(func=_read)

    emulate = card_sub.add_parser("emulate", help="run the card emulator as a vpcd client")
    emulate.add_argument("--profile", required=True, metavar="FILE.json",
                         help="the emulated resident (or a bundled sample's name)")
    emulate.add_argument("--port", type=int, default=35963)
    emulate.add_argument("--host", default="127.0.0.1")
    emulate.add_argument("--state", metavar="FILE",
                         help="keep the PIN try counter in this file across runs")
    emulate.add_argument("--transport", choices=("t1", "t0"), default="t1")
    emulate.add_argument("--no-extended", action="store_true",
                         help="refuse extended-length APDUs (67 00)")
    emulate.add_argument("--wrong-aid", action="store_true",
                         help="answer 6A 82 to the My Number AID (a non-My-Number card)")
    emulate.add_argument("--drop-after", type=int, metavar="N",
                         help="close the connection at the (N+1)-th APDU (card pulled out)")
    emulate.add_argument("--hang-after", type=int, metavar="N",
                         help="answer N APDUs, then swallow the rest (a card that never answers)")
    emulate.add_argument("--no-quickack", action="store_true",
                         help="keep delayed ACKs (the stock ~40 ms vpcd round trip; benchmarks)")
    emulate.add_argument("--once", action="store_true",
                         help="exit when the connection ends instead of re-inserting the card")
    emulate.set_defaults(func=_emulate)


def _fail(message: str) -> int:
    from kiosk.cli.main import fail

    return fail(message)


def _readers(args: argparse.Namespace) -> int:
    from kiosk.card.errors import CardError
    from kiosk.card.pcsc import PcscBackend

    backend = PcscBackend()
    try:
        names = backend.list_readers()
    except CardError as exc:
        return _fail(exc.message())
    if not names:
        return _fail("No card reader is connected.")
    for name in names:
        state = "card present" if backend.card_present(name) else "empty"
        print(f"{name}\t{state}")
    return 0


def _read_pin(args: argparse.Namespace, tries: int) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    return getpass.getpass(f"Card PIN, 4 digits ({tries} tries left): ")


def _apdu_timeout(args: argparse.Namespace) -> float:
    """``card.apdu_timeout_seconds`` of the configuration (its default without one)."""
    from kiosk.config import CardConfig

    card = getattr(args.config, "card", None) or CardConfig()
    return float(card.apdu_timeout_seconds)


def _read(args: argparse.Namespace) -> int:
    from kiosk.card.errors import CardError, LastTryNotConfirmed, PinBlocked
    from kiosk.card.pcsc import PcscBackend
    from kiosk.card.service import ReaderService

    if args.with_number:
        refusal = _audit_number_read(args)
        if refusal is not None:
            return _fail(refusal)
    pattern = args.reader if args.reader is not None else _configured_reader(args)
    service = ReaderService(PcscBackend(), pattern, apdu_timeout=_apdu_timeout(args))
    try:
        reader = service.pick_reader()
        tries = service.tries_left(reader)
        if tries == 0:
            raise PinBlocked("reported by the card before asking for the PIN")
        if tries == 1 and not args.confirm_last_try:
            raise LastTryNotConfirmed()
        pin = _read_pin(args, tries)
        result = service.read(pin, confirm_last_try=args.confirm_last_try,
                              with_number=args.with_number, reader=reader)
        del pin
    except LastTryNotConfirmed as exc:
        return _fail(exc.message() + " (kiosk card read --confirm-last-try)")
    except CardError as exc:
        log.info("card read failed: %s (%s)", type(exc).__name__, exc.detail)
        return _fail(exc.message())
    with result:
        print(_format(result, as_json=args.json))
    return 0


def _audit_number_read(args: argparse.Namespace) -> str | None:
    """Write the audit row of a 個人番号 read; the reason to refuse, or None."""
    from kiosk.personal.audit import card_number_read
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine
    from kiosk.visits.clock import utc_now
    from kiosk.visits.terminal import terminal_id

    staff = (args.staff or "").strip()
    if not staff or len(staff) > 64:
        return "reading the 個人番号 needs --staff ID (the staff account, written to the audit log)"
    config = getattr(args, "config", None)
    if config is None:
        return "reading the 個人番号 needs a working configuration (for the audit log)"
    engine = make_engine(config.database.url, connect_timeout=3)
    try:
        check_connection(engine)
        card_number_read(engine, at=utc_now(), terminal_id=terminal_id(config), staff_id=staff)
    except DatabaseUnavailable as exc:
        return f"the 個人番号 is not read without its audit row: {exc}"
    except Exception as exc:  # noqa: BLE001 - any failure to audit refuses the read
        return f"the 個人番号 is not read without its audit row ({type(exc).__name__})"
    finally:
        engine.dispose()
    log.info("個人番号 read at the command line by staff %s", staff)
    return None


def _configured_reader(args: argparse.Namespace) -> str:
    config = getattr(args, "config", None)
    return str(config.card.reader) if config is not None else ""


def _format(result: ReadResult, *, as_json: bool) -> str:
    basic = result.basic
    items: dict[str, str] = {
        "name": basic.name,
        "address": basic.address,
        "birth_date": basic.birth_date.isoformat(),
        "sex": basic.sex.value,
        "sex_label": f"{basic.sex.label_ja} / {basic.sex.label_source}",
    }
    if result.my_number is not None:
        items["my_number"] = result.my_number.digits
    if as_json:
        return json.dumps(items, ensure_ascii=False, indent=2)
    labels = {"name": "氏名 Name", "address": "住所 Address", "birth_date": "生年月日 Birth date",
              "sex_label": "性別 Sex", "my_number": "個人番号 My Number"}
    return "\n".join(f"{label}: {items[key]}" for key, label in labels.items() if key in items)


def _emulate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.card.emulator import EmulatedCard, load_profile, sample_profile
    from kiosk.card.emulator.profile import ProfileError, sample_names
    from kiosk.card.emulator.vpcd import VpcdClient

    try:
        if not Path(args.profile).exists() and args.profile in sample_names():
            profile = sample_profile(args.profile)
        else:
            profile = load_profile(args.profile)
    except ProfileError as exc:
        return _fail(str(exc))
    card = EmulatedCard(profile, transport=args.transport, extended_length=not args.no_extended,
                        wrong_aid=args.wrong_aid,
                        state_file=Path(args.state) if args.state else None)
    client = VpcdClient(card, args.host, args.port, drop_after=args.drop_after,
                        hang_after=args.hang_after, quickack=not args.no_quickack)
    print(f"emulating a card in the vpcd reader at {args.host}:{args.port} "
          f"({card.tries_left} PIN tries left); Ctrl-C to stop", file=sys.stderr)
    try:
        if args.once:
            try:
                client.connect()
            except OSError as exc:
                return _fail(f"cannot reach vpcd at {args.host}:{args.port} "
                             f"({type(exc).__name__}); is pcscd running?")
            client.serve()
        else:
            client.serve_forever()
    except KeyboardInterrupt:
        client.stop()
    return 0
