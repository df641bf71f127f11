"""``kiosk prefill decode``: check a pre-application code and show what it carries.

For staff and for tests: the code comes from a picture (``FILE``, PNG or JPEG) or as the
scanned text (``--text``); it is checked exactly as the kiosk checks it (the public keys of
``--keys`` or ``[prefill] keys_folder``, today's date, the catalog's version). Without
``--json`` only the header is printed (no names); ``--json`` prints the whole content,
personal data included, to the terminal only.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.prefill import PrefillCode, VerifyKey


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("prefill", help="pre-application codes: check and show one")
    actions = parser.add_subparsers(dest="prefill_command", metavar="ACTION", required=True)
    decode = actions.add_parser("decode", help="check a code (a QR picture or its text)")
    source = decode.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE", help="a PNG or JPEG of the QR code")
    source.add_argument("--text", metavar="DATA", help="the code's text, as a scanner types it")
    decode.add_argument("--json", action="store_true", help="print the whole content as JSON")
    decode.add_argument("--keys", metavar="FOLDER",
                        help="folder of trusted public keys (*.pub); default: "
                             "[prefill] keys_folder")
    decode.add_argument("--catalog", metavar="FOLDER",
                        help="catalog folder (default: [catalog] folder, else the bundled one)")
    decode.set_defaults(func=_decode)


class _Refused(Exception):
    """A sentence for ``fail``."""


def _decode(args: argparse.Namespace) -> int:
    from datetime import date

    from kiosk.cli.main import fail
    from kiosk.prefill import PrefillError, read_code

    try:
        keys, catalog_version = _trust(args)
        text = _code_text(args)
        code = read_code(text, keys=keys, today=date.today(), catalog_version=catalog_version)
    except _Refused as exc:
        return fail(str(exc))
    except PrefillError as exc:
        return fail(f"{exc.message(args.config.ui.language)} ({exc.reason})")
    _print(code, as_json=args.json)
    return 0


def _trust(args: argparse.Namespace) -> tuple[tuple[VerifyKey, ...], int]:
    """The trusted public keys and this catalog's version."""
    from forms.catalog import CatalogError, load_catalog
    from kiosk.prefill.keys import KeyFileError, load_verify_keys

    folder = args.keys or args.config.prefill.keys_folder
    if not folder:
        raise _Refused("no public keys: pass --keys FOLDER or set [prefill] keys_folder")
    try:
        keys = load_verify_keys(folder)
        catalog = load_catalog(args.catalog or args.config.catalog.folder or None)
    except KeyFileError as exc:
        raise _Refused(str(exc)) from None
    except CatalogError:
        raise _Refused("the catalog has problems; run `kiosk catalog check`") from None
    return keys, catalog.town.catalog_version


def _code_text(args: argparse.Namespace) -> str:
    from pathlib import Path

    from kiosk.prefill import decode_image

    if args.text is not None:
        return str(args.text)
    texts = decode_image(Path(args.file).read_bytes())
    if not texts:
        raise _Refused(f"{args.file}: no QR code found in the picture")
    return texts[0]


def _print(code: PrefillCode, *, as_json: bool) -> None:
    import json

    if as_json:
        json.dump({"code_id": code.code_id, "town": code.town,
                   "catalog_version": code.catalog_version, "language": code.language,
                   "issued": code.issued.isoformat(), "expires": code.expires.isoformat(),
                   "scenario": code.scenario}, sys.stdout, ensure_ascii=False, indent=2,
                  default=dict)
        print()
        return
    household = code.scenario.get("household")
    members = 1 + (len(household) if isinstance(household, list) else 0)
    print(f"code:     {code.code_id}")
    print(f"town:     {code.town} (catalog version {code.catalog_version})")
    print(f"language: {code.language}")
    print(f"issued:   {code.issued.isoformat()}, valid through {code.expires.isoformat()}")
    print(f"event:    {code.scenario.get('event', '?')}")
    print(f"members:  {members}")
