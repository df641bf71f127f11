"""``kiosk core lookup`` and ``kiosk core status``: the kiosk's side of the core-system link.

``lookup`` asks the configured core system (``[core]``, ``docs/core-link.md``) for a
resident's household, or with ``--reservation`` for a 転入予約, by name, birth date and
optionally sex and address. It shows personal data, so it needs ``--staff ID`` and writes
an audit row first (``core_find_resident`` / ``core_find_reservation``); without the row
nothing is asked. ``status`` says whether the link answers. The ``kiosk core`` group itself
belongs to ``kiosk.cli.core``, which calls :func:`register_client_commands`.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.domain.core_records import MoveInReservation, RecordedHousehold

_SEX_WORDS = {"1": "男", "2": "女", "9": "記載なし"}


def register_client_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``lookup`` and ``status`` to the ``kiosk core`` group's sub-commands."""
    lookup = sub.add_parser("lookup", help="find a resident's household (or a 転入予約) in the "
                            "core system; audited")
    lookup.add_argument("--name", required=True, help="name as on the card (kanji)")
    lookup.add_argument("--birth-date", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    lookup.add_argument("--sex", choices=("1", "2", "9"),
                        help="1 male, 2 female, 9 not stated (without it, 1 and 2 are tried)")
    lookup.add_argument("--address", default="", help="address as on the card")
    lookup.add_argument("--reservation", action="store_true",
                        help="look for a 転入予約 (転出証明書情報) instead of a household")
    lookup.add_argument("--json", action="store_true", help="print the record as JSON")
    lookup.add_argument("--staff", metavar="ID",
                        help="the staff account asking (written to the audit log; required)")
    lookup.set_defaults(func=_lookup)
    status = sub.add_parser("status", help="is the core-system link configured and answering?")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(func=_status)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _lookup(args: argparse.Namespace) -> int:
    from kiosk.app.core_audit import audited_core_system
    from kiosk.cli.main import fail
    from kiosk.config import ConfigError
    from kiosk.corelink import wire
    from kiosk.domain.core_records import CallContext, CoreUnavailable
    from kiosk.domain.resident import BasicFour, Sex
    from kiosk.personal.audit import NO_VISIT
    from kiosk.storage.db import make_engine
    from kiosk.visits.terminal import terminal_id

    staff = (args.staff or "").strip()
    if not staff or len(staff) > 64:
        return fail("a lookup shows personal data: it needs --staff ID (the staff account, "
                    "written to the audit log)")
    config: Config = args.config
    people = [BasicFour(args.name, args.address, args.birth_date, Sex(code))
              for code in ([args.sex] if args.sex else ["1", "2"])]
    engine = make_engine(config.database.url, connect_timeout=3)
    try:
        core = audited_core_system(config.core, engine)
        if core is None:
            return fail("no core system is configured (core.kind = none)")
        context = CallContext(terminal_id(config), staff, NO_VISIT)
        try:
            if args.reservation:
                reservations = [r for who in people
                                if (r := core.find_reservation(who, context)) is not None]
                households: list[RecordedHousehold] = []
            else:
                households = [h for who in people
                              if (h := core.find_resident(who, context)) is not None]
                reservations = []
        finally:
            core.close()
    except ConfigError as exc:
        return fail(str(exc))
    except CoreUnavailable as exc:
        return fail(str(exc), code=2)
    finally:
        engine.dispose()
    found = len(households) + len(reservations)
    if found != 1:
        what = "reservation" if args.reservation else "resident"
        print(f"No {what} matches." if not found
              else "More than one person matches: give --sex.")
        return 1
    if args.json:
        body = ({"reservation": wire.reservation_to_json(reservations[0])} if reservations
                else {"household": wire.household_to_json(households[0])})
        print(json.dumps(body, ensure_ascii=False, indent=2))
    else:
        print(_describe_reservation(reservations[0]) if reservations
              else _describe_household(households[0]))
    return 0


def _status(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.config import ConfigError
    from kiosk.corelink.factory import make_core_system
    from kiosk.domain.core_records import LinkStatus

    try:
        core = make_core_system(args.config.core)
    except ConfigError as exc:
        return fail(str(exc))
    if core is None:
        status = LinkStatus("none", False, "No core system is configured (core.kind = none): "
                            "residents enter everything themselves.")
    else:
        try:
            status = core.status()
        finally:
            core.close()
    if args.json:
        print(json.dumps({"kind": status.kind, "reachable": status.reachable,
                          "detail": status.detail, "system": status.system},
                         ensure_ascii=False))
    else:
        state = "reachable" if status.reachable else "not reachable"
        name = f" ({status.system})" if status.system else ""
        print(f"core system: {status.kind}, {state}{name}\n{status.detail}")
    return 0 if status.reachable or status.kind == "none" else 1


def _describe_household(record: RecordedHousehold) -> str:
    lines = [f"世帯 {record.household_key}  {record.address}"]
    for m in record.members:
        mark = "*" if m.key == record.resident_key else " "
        since = f"  住民となった日 {m.resident_since}" if m.resident_since else ""
        lines.append(f"{mark} {m.relation}  {m.name}（{m.kana}）  {m.birth_date}  "
                     f"{_SEX_WORDS[m.sex.value]}{since}  [{m.key}]")
        lines.extend(_codes(m.insurances, m.registrations))
    return "\n".join(lines)


def _describe_reservation(record: MoveInReservation) -> str:
    planned = record.planned_address
    lines = [f"転入予約 {record.reservation_id}  転入予定日 {record.planned_date}",
             f"  前住所 {record.previous_address} ({record.previous_municipality})",
             f"  転入先 {planned.oaza} {planned.banchi} {planned.katagaki}".rstrip()]
    for m in record.members:
        lines.append(f"  {m.relation}  {m.name}（{m.kana}）  {m.birth_date}  "
                     f"{_SEX_WORDS[m.sex.value]}")
        lines.extend(_codes(m.insurances, m.registrations))
    return "\n".join(lines)


def _codes(insurances: frozenset[str], registrations: frozenset[str]) -> list[str]:
    out = []
    if insurances:
        out.append(f"      保険 {', '.join(sorted(insurances))}")
    if registrations:
        out.append(f"      登録 {', '.join(sorted(registrations))}")
    return out
